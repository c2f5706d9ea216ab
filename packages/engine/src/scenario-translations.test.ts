// The default scenario speaks Ukrainian as well as English: every localized text has a `uk`.
import { describe, expect, it } from "vitest";
import { defaultScenario, defaultScenarioInput } from "./default-scenario.ts";
import { parseScenario } from "./scenario-load.ts";

/** Every localized text (an object with a string `en`) in a parsed scenario, by path. */
function localizedTexts(node: unknown, path = ""): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof node !== "object" || node === null) return [];
  const record = node as Record<string, unknown>;
  if (typeof record.en === "string") return [{ path, text: record }];
  return Object.entries(record).flatMap(([key, value]) => localizedTexts(value, path ? `${path}.${key}` : key));
}

describe("the default scenario in Ukrainian", () => {
  const texts = localizedTexts(defaultScenario());

  it("walks every localized text (titles, briefs, issues, options, red lines, events, talk)", () => {
    expect(texts.length).toBeGreaterThanOrEqual(164);
    const paths = texts.map((t) => t.path);
    for (const expected of ["title", "setting", "seats[0].brief.objectives", "issues[0].options[0].description"])
      expect(paths).toContain(expected);
    expect(paths.some((p) => p.includes("redLines"))).toBe(true);
    expect(paths.some((p) => p.startsWith("events["))).toBe(true);
  });

  it("has a non-empty `uk` in every localized text", () => {
    const missing = texts.filter((t) => typeof t.text.uk !== "string" || t.text.uk.trim() === "").map((t) => t.path);
    expect(missing).toEqual([]);
  });

  it("writes them in Ukrainian: Cyrillic, no Russian-only letters, typographic apostrophes", () => {
    for (const { path, text } of texts) {
      const uk = String(text.uk);
      // Words, not slots: a talk template's {seat} or a quote mark's {name} is not English.
      const words = (s: string) => s.replace(/\{[a-z]+\}/g, "");
      if (/[a-z]/i.test(words(String(text.en)))) expect(words(uk), path).toMatch(/[а-яієїґ]/i);
      expect(uk, path).not.toMatch(/[ыэъё]/i);
      expect(uk, path).not.toMatch(/[а-яієїґ]'[а-яієїґ]/i);
      expect(uk, path).not.toBe(text.en);
    }
  });

  it("still passes validation as written in its file", () => {
    const result = parseScenario(defaultScenarioInput());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
