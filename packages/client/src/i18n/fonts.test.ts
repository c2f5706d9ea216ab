// The font the client ships (IBM Plex Sans from @fontsource, the weights main.tsx imports) has a glyph for
// every character of every catalogue and of the languages the code knows: the letters of French, German and
// Polish, their quotation marks and the narrow no-break space French puts in numbers. A character no subset
// covers would be drawn in the reader's system font, mid-word. The check reads the shipped files themselves:
// each @font-face's unicode-range, then the cmap table inside its WOFF2 file.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { describe, expect, it } from "vitest";

const require = createRequire(import.meta.url);
const here = (file: string) => new URL(file, import.meta.url);

/** Letters and signs each language needs beyond what its catalogue happens to use today. */
const LETTERS: Record<string, string> = {
  fr: "àâæçéèêëîïôœùûüÿÀÂÆÇÉÈÊËÎÏÔŒÙÛÜŸ«»’\u00a0€",
  de: "äöüßÄÖÜẞ„“‚‘–€",
  pl: "ąćęłńóśźżĄĆĘŁŃÓŚŹŻ„”«»–€",
  uk: "абвгґдеєжзиіїйклмнопрстуфхцчшщьюяАБВГҐДЄЖЗИІЇЙКЛМНОПРСТУФХЦЧШЩЬЮЯ’«»–",
};

/**
 * Characters the subsets lack, each drawn from the reader's system font, and why that is acceptable: a space
 * has no shape to clash, and the arrows stand alone between words. Anything else missing fails the test.
 */
const SYSTEM_FONT_OK: Record<number, string> = {
  8239: "the narrow no-break space Intl puts between thousands in French numbers: invisible, only its width differs",
  8594: "→ in catch-up lines (what a draft changed from → to)",
  8596: "↔ between two seats in the facilitator's chat reader",
};

interface Face {
  file: string;
  ranges: [number, number][];
}

/** The @font-face rules of a fontsource CSS file: each WOFF2 file with its unicode-range. */
function faces(cssPath: string): Face[] {
  const css = readFileSync(cssPath, "utf8");
  return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body = ""]) => {
    const file = body.match(/url\(\.\/([^)]+\.woff2)\)/)?.[1] ?? "";
    const ranges = (body.match(/unicode-range:\s*([^;]+);/)?.[1] ?? "").split(",").map((r): [number, number] => {
      const [a = "", b = a] = r.trim().replace(/^U\+/i, "").split("-");
      return [Number.parseInt(a, 16), Number.parseInt(b, 16)];
    });
    return { file: join(dirname(cssPath), file), ranges };
  });
}

/** Reads a UIntBase128 (WOFF2's variable-length integer) at `at`; returns the value and the next offset. */
function base128(buf: Buffer, at: number): [number, number] {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const byte = buf[at + i] ?? 0;
    value = value * 128 + (byte & 0x7f);
    if ((byte & 0x80) === 0) return [value, at + i + 1];
  }
  throw new Error("bad UIntBase128");
}

/** The characters a WOFF2 file maps to a glyph (its cmap's format 4 or 12 subtable). */
function woff2Characters(path: string): Set<number> {
  const buf = readFileSync(path);
  if (buf.toString("latin1", 0, 4) !== "wOF2") throw new Error(`${path} is not WOFF2`);
  const numTables = buf.readUInt16BE(12);
  const compressedSize = buf.readUInt32BE(20);
  let at = 48;
  let offset = 0;
  let cmap: { offset: number; length: number } | undefined;
  for (let i = 0; i < numTables; i++) {
    const flags = buf[at++] ?? 0;
    const tagIndex = flags & 0x3f;
    const version = flags >> 6;
    if (tagIndex === 63) at += 4;
    const [origLength, next] = base128(buf, at);
    at = next;
    // glyf (10) and loca (11) are transformed unless version 3; hmtx (3) when version 1; the rest when not 0.
    const transformed = tagIndex === 10 || tagIndex === 11 ? version !== 3 : version !== 0;
    let length = origLength;
    if (transformed) [length, at] = base128(buf, at);
    if (tagIndex === 0) cmap = { offset, length };
    offset += length;
  }
  if (!cmap) throw new Error(`${path} has no cmap`);
  const data = brotliDecompressSync(buf.subarray(at, at + compressedSize));
  const table = data.subarray(cmap.offset, cmap.offset + cmap.length);
  const chars = new Set<number>();
  const subtables = table.readUInt16BE(2);
  for (let i = 0; i < subtables; i++) {
    const sub = table.subarray(table.readUInt32BE(4 + i * 8 + 4));
    const format = sub.readUInt16BE(0);
    if (format === 4) {
      const segs = sub.readUInt16BE(6) / 2;
      const ends = 14;
      const starts = ends + segs * 2 + 2;
      const deltas = starts + segs * 2;
      const rangeOffsets = deltas + segs * 2;
      for (let s = 0; s < segs; s++) {
        const end = sub.readUInt16BE(ends + s * 2);
        const start = sub.readUInt16BE(starts + s * 2);
        const delta = sub.readInt16BE(deltas + s * 2);
        const rangeOffset = sub.readUInt16BE(rangeOffsets + s * 2);
        for (let c = start; c <= end && c !== 0xffff; c++) {
          const glyph =
            rangeOffset === 0
              ? (c + delta) & 0xffff
              : sub.readUInt16BE(rangeOffsets + s * 2 + rangeOffset + (c - start) * 2);
          if (glyph !== 0) chars.add(c);
        }
      }
    } else if (format === 12) {
      const groups = sub.readUInt32BE(12);
      for (let g = 0; g < groups; g++) {
        const start = sub.readUInt32BE(16 + g * 12);
        const end = sub.readUInt32BE(20 + g * 12);
        for (let c = start; c <= end; c++) chars.add(c);
      }
    }
  }
  return chars;
}

/** The fontsource CSS files main.tsx imports (one per weight). */
const imported = [...readFileSync(here("../main.tsx"), "utf8").matchAll(/import "(@fontsource\/[^"]+\.css)";/g)].map(
  ([, spec = ""]) => spec,
);

/** Every character of every catalogue, and the letters of every language. */
function neededCharacters(): Map<number, string> {
  const needed = new Map<number, string>();
  const add = (text: string, where: string) => {
    for (const ch of text) {
      const code = ch.codePointAt(0) ?? 0;
      if (code > 0x20 && code !== 0x7f && !needed.has(code)) needed.set(code, where);
      if ((code === 0xa0 || code === 0x202f) && !needed.has(code)) needed.set(code, where);
    }
  };
  for (const [lang, letters] of Object.entries(LETTERS)) add(letters, `${lang} letters`);
  add(new Intl.NumberFormat("fr-FR").format(12345.5), "French numbers");
  // The catalogues and the drafts being written (xx.draft.json), so a draft's characters are checked before it ships.
  for (const file of readdirSync(here(".")).filter((f) => /^[a-z]{2}(\.draft)?\.json$/.test(f))) {
    const cat = JSON.parse(readFileSync(here(file), "utf8")) as Record<string, string>;
    for (const [key, text] of Object.entries(cat)) add(text, `${file} ${key}`);
  }
  return needed;
}

describe("the shipped font", () => {
  it("lists as system-font characters only ones the subsets really lack", () => {
    const rules = faces(require.resolve("@fontsource/ibm-plex-sans/400.css")).map((f) => woff2Characters(f.file));
    for (const code of Object.keys(SYSTEM_FONT_OK).map(Number))
      expect(
        rules.some((chars) => chars.has(code)),
        code.toString(16),
      ).toBe(false);
    // And the reader of the files works: it finds Ukrainian, French and Polish letters.
    for (const ch of "ґœł")
      expect(
        rules.some((chars) => chars.has(ch.codePointAt(0) ?? 0)),
        ch,
      ).toBe(true);
  });

  it("is IBM Plex Sans in the weights main.tsx imports", () => {
    expect(imported).toEqual(["@fontsource/ibm-plex-sans/400.css", "@fontsource/ibm-plex-sans/600.css"]);
  });

  for (const spec of imported) {
    it(`has a glyph for every character of the catalogues and of fr, de, pl and uk (${spec})`, () => {
      const rules = faces(require.resolve(spec)).map((f) => ({ ...f, chars: woff2Characters(f.file) }));
      expect(rules.length).toBeGreaterThan(3);
      const missing: string[] = [];
      for (const [code, where] of neededCharacters()) {
        // Where ranges overlap the browser tries each face that claims the character, the last declared first.
        const covered = rules.some((r) => r.ranges.some(([a, b]) => code >= a && code <= b) && r.chars.has(code));
        if (!covered && !SYSTEM_FONT_OK[code])
          missing.push(
            `U+${code.toString(16).toUpperCase().padStart(4, "0")} ${String.fromCodePoint(code)} (${where})`,
          );
      }
      expect(missing).toEqual([]);
    });
  }
});
