// Every file the server would serve from the built client, scanned for the default scenario's
// private briefs: each seat's objectives and red lines (English and Ukrainian) and its point table
// written as numbers. A browser may learn only its own seat's brief, over its table connection.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { buildClient } from "./client-build.ts";

type Text = { en: string; [lang: string]: string };
type Brief = {
  objectives: Text;
  pointTable: Record<string, Record<string, number>>;
  redLines: { text: Text }[];
};
type RedCellBrief = { objectives: Text; pointTable: Record<string, Record<string, number>> };
type ScenarioFile = { seats: { id: string; brief?: Brief; redCellBrief?: RedCellBrief }[] };

const scenario: ScenarioFile = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json"), "utf8"),
);

/** Every file under `dir`, as text (the served bundle: scripts, styles, pages, source maps if any). */
function servedFiles(dir: string): { file: string; text: string }[] {
  return fs.readdirSync(dir, { recursive: true, withFileTypes: true }).flatMap((entry) => {
    if (!entry.isFile()) return [];
    const file = path.join(entry.parentPath, entry.name);
    if (/\.(png|jpe?g|webp|gif|ico|woff2?|ttf|gz|br)$/.test(entry.name)) return [];
    // A bundler may write non-ASCII text as \u escapes: read it as the browser would.
    const text = fs
      .readFileSync(file, "utf8")
      .replace(/\\u([0-9a-fA-F]{4})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
    return [{ file: path.relative(dir, file), text }];
  });
}

/**
 * Fragments of a prose text that survive minification as they are: runs of 30+ characters between
 * quotes, backslashes and line breaks (a bundler may escape those, nothing else).
 */
function fragments(text: string): string[] {
  return text
    .split(/["'\\\n\u2018\u2019\u201c\u201d`]/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 30);
}

/** A pattern for one issue's row of a point table: `option: points` pairs in order, keys quoted or not. */
function rowPattern(row: Record<string, number>): RegExp {
  const pairs = Object.entries(row).map(([option, points]) => {
    const key = option.replace(/[-]/g, "\\-");
    return `["']?${key}["']?\\s*:\\s*${points < 0 ? "-\\s*" : ""}${Math.abs(points)}(?![\\d.])`;
  });
  return new RegExp(pairs.join("\\s*,\\s*"));
}

describe("the built client", () => {
  let files: { file: string; text: string }[] = [];

  beforeAll(async () => {
    files = servedFiles(await buildClient());
  });

  it("serves no source maps", () => {
    expect(files.filter((f) => f.file.endsWith(".map")).map((f) => f.file)).toEqual([]);
  });

  it("holds no seat's objectives or red lines, in any language", () => {
    const found: string[] = [];
    for (const seat of scenario.seats) {
      // The red cell's brief is as private as any seat's.
      const texts = seat.brief
        ? [seat.brief.objectives, ...seat.brief.redLines.map((r) => r.text)]
        : seat.redCellBrief
          ? [seat.redCellBrief.objectives]
          : [];
      for (const text of texts)
        for (const [lang, prose] of Object.entries(text))
          for (const fragment of fragments(prose))
            for (const f of files) if (f.text.includes(fragment)) found.push(`${seat.id} ${lang} in ${f.file}`);
    }
    expect([...new Set(found)]).toEqual([]);
  });

  it("holds no seat's point table as numbers", () => {
    const found: string[] = [];
    for (const seat of scenario.seats) {
      for (const [issue, row] of Object.entries((seat.brief ?? seat.redCellBrief)?.pointTable ?? {})) {
        const pattern = rowPattern(row);
        for (const f of files) if (pattern.test(f.text)) found.push(`${seat.id}.${issue} in ${f.file}`);
      }
    }
    expect(found).toEqual([]);
  });

  it("would find a brief if one were there (the scan reads what it must)", () => {
    const seat = scenario.seats.find((s) => s.brief);
    if (!seat?.brief) throw new Error("the default scenario has no brief");
    const planted = `const x=${JSON.stringify(seat.brief)};`;
    const [issue, row] = Object.entries(seat.brief.pointTable)[0] ?? [];
    expect(issue).toBeDefined();
    expect(rowPattern(row ?? {}).test(planted)).toBe(true);
    expect(rowPattern(row ?? {}).test(planted.replace(/"([a-z0-9-]+)":/g, "$1:"))).toBe(true);
    expect(fragments(seat.brief.objectives.en).some((f) => planted.includes(f))).toBe(true);
    expect(fragments(seat.brief.objectives.uk ?? "").some((f) => planted.includes(f))).toBe(true);
  });
});
