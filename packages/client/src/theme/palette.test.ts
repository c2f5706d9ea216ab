// The one palette (#18, item 6): no colour literal outside palette.ts, the CSS and the scenes read the
// same tokens, and the text pairs the palette defines meet WCAG AA. Before this, styles.css held 91
// raw colours and the scenes' own list had drifted from them (brass-deep and warn differed).
import fs from "node:fs";
import path from "node:path";
import type { Plugin } from "vite";
import { describe, expect, it, vi } from "vitest";
import viteConfig from "../../vite.config.ts";
import { SEAT_COLOURS } from "../facilitator/charts.tsx";
import { C } from "../game/scenes/stage-kit.ts";
import { MAP_COLOURS } from "../map/basemap.ts";
import { aliases, colour, cssVar, palette, paletteCss, type Role, SERIES, type Token, tone } from "./palette.ts";

// The scenes' module extends Phaser's Scene, and Phaser needs a browser to load: a stand-in will do,
// since only the module's colour table is read here.
vi.mock("phaser", () => ({ Scene: class {} }));

const src = path.resolve(import.meta.dirname, "..");
const tokenFile = path.join(src, "theme", "palette.ts");
/** This file: its detector's examples are colours on purpose. */
const thisFile = path.join(src, "theme", "palette.test.ts");

/** Every .ts, .tsx and .css file under src. */
function sourceFiles(dir = src): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return /\.(ts|tsx|css)$/.test(e.name) ? [full] : [];
  });
}

/** Hex (#rgb, #rgba, #rrggbb, #rrggbbaa), 0xrrggbb numbers, rgb()/rgba()/hsl()/hsla(). */
const RAW_COLOUR = /(?<![\w&])#(?:[0-9a-f]{8}|[0-9a-f]{6}|[0-9a-f]{3,4})\b|\b0x[0-9a-f]{6}\b|\b(?:rgb|hsl)a?\(/gi;

/** Raw colours in a text, one "line: match" per hit. */
function rawColours(text: string): string[] {
  return text.split("\n").flatMap((line, i) => [...line.matchAll(RAW_COLOUR)].map((m) => `${i + 1}: ${m[0]}`));
}

const cssFiles = sourceFiles().filter((f) => f.endsWith(".css"));
const roles = Object.keys(colour) as Role[];

/** WCAG 2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe("no raw colour outside the token file", () => {
  it("the detector finds the forms it forbids", () => {
    expect(
      rawColours('a { color: #fff; background: rgb(1 2 3 / 0.5) }\nfill(0x0e1a2b); "#0e1a2bcc" hsla(1,2%,3%,1)'),
    ).toHaveLength(5);
    expect(rawColours("&#123; issue #18, table #1, #main, 0x10")).toEqual([]);
  });

  it("finds none in src (.ts, .tsx, .css) or index.html, except in palette.ts", () => {
    const files = [
      ...sourceFiles().filter((f) => f !== tokenFile && f !== thisFile),
      path.resolve(src, "..", "index.html"),
    ];
    const found = files.flatMap((f) =>
      rawColours(fs.readFileSync(f, "utf8")).map((hit) => `${path.relative(src, f)}:${hit}`),
    );
    expect(found).toEqual([]);
  });
});

describe("the CSS and the scenes read the same tokens", () => {
  it("the palette holds only #rrggbb values, each once (a second name for a value is an alias)", () => {
    const values = Object.values(palette);
    for (const v of values) expect(v).toMatch(/^#[0-9a-f]{6}$/);
    expect(new Set(values).size).toBe(values.length);
    for (const t of Object.values(aliases)) expect(palette).toHaveProperty(t);
  });

  it("the generated stylesheet declares every role as its token's value, and nothing else", () => {
    const declared = [...paletteCss().matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2]]);
    expect(declared).toEqual(roles.map((r) => [cssVar(r), colour[r]]));
    expect(cssVar("inkSoft")).toBe("--ink-soft");
    expect(colour.above).toBe(palette.sky);
  });

  it("the Vite config serves that stylesheet as virtual:palette.css, and main.tsx loads it before styles.css", async () => {
    const plugins = (viteConfig.plugins ?? []).flat() as Plugin[];
    const plugin = plugins.find((p) => p?.name === "ironclad-palette");
    if (!plugin) throw new Error("the ironclad-palette plugin is missing from vite.config.ts");
    const call = <A extends unknown[], R>(hook: unknown, ...args: A): R =>
      (typeof hook === "function" ? hook : (hook as { handler: (...a: A) => R }).handler).call({}, ...args) as R;
    const id = call<[string, undefined, object], string>(plugin.resolveId, "virtual:palette.css", undefined, {});
    expect(id).toMatch(/\.css$/);
    expect(await call<[string], string>(plugin.load, id)).toBe(paletteCss());
    const main = fs.readFileSync(path.join(src, "main.tsx"), "utf8");
    expect(main.indexOf('import "virtual:palette.css"')).toBeGreaterThan(-1);
    expect(main.indexOf('import "virtual:palette.css"')).toBeLessThan(main.indexOf('import "./styles.css"'));
  });

  it("every colour variable the CSS files use is a palette role, and none of them redefines one", () => {
    const own = new Set(["--radius", "--font", "--shadow"]);
    const roleVars = new Set(roles.map(cssVar));
    for (const f of cssFiles) {
      const text = fs.readFileSync(f, "utf8");
      const used = [...text.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1] as string);
      expect(
        used.filter((v) => !own.has(v) && !roleVars.has(v)),
        path.relative(src, f),
      ).toEqual([]);
      const defined = [...text.matchAll(/^\s*(--[\w-]+)\s*:/gm)].map((m) => m[1] as string);
      expect(
        defined.filter((v) => roleVars.has(v)),
        path.relative(src, f),
      ).toEqual([]);
    }
  });

  it("the scenes' numbers are the CSS's strings", () => {
    expect(C).toBe(tone);
    for (const r of roles) expect(`#${tone[r].toString(16).padStart(6, "0")}`).toBe(colour[r]);
  });

  it("the map and the charts take their colours from the palette", () => {
    const values = new Set<string>(Object.values(palette));
    for (const v of Object.values(MAP_COLOURS)) expect(values).toContain(v);
    expect(SEAT_COLOURS).toBe(SERIES);
    expect(new Set(SERIES).size).toBe(SERIES.length);
  });
});

describe("contrast", () => {
  // Text (or an icon that stands for text) on the background it sits on, as the CSS and the scenes
  // pair them. WCAG AA asks 4.5:1 of body text.
  const TEXT_PAIRS: Array<[Token, Token[]]> = [
    [
      "ink",
      ["paper", "paperDeep", "paperLight", "surface", "card", "brassWash", "brassTint", "skyTint", "brass", "urgent"],
    ],
    ["inkSoft", ["paper", "paperDeep", "paperLight", "surface", "card"]],
    ["muted", ["paper", "paperDeep", "paperLight", "surface", "card", "brassWash", "skyTint"]],
    ["brassDeep", ["paper", "paperDeep", "paperLight", "surface", "brassWash"]],
    ["sky", ["paper", "paperLight", "surface", "card"]],
    ["ok", ["paper", "surface"]],
    ["warn", ["paper", "surface", "card"]],
    ["below", ["paper", "paperLight", "surface", "card"]],
    ["bad", ["paper", "surface", "card"]],
    ["skyInk", ["skyTint", "surface"]],
    ["okInk", ["okTint"]],
    ["warnInk", ["warnTint", "paper", "surface"]],
    ["badInk", ["badTint", "badWash", "paper"]],
    ["paper", ["ink", "inkSoft", "night", "wood"]],
    ["onInkMuted", ["ink", "inkSoft", "night"]],
    ["brass", ["ink", "night"]],
    ["skyOnInk", ["ink", "night"]],
    ["urgent", ["ink", "night"]],
    ["quiet", ["ink", "night"]],
    ["surface", ["sky", "bad", "ok", "inkSoft"]],
  ];

  it.each(TEXT_PAIRS)("%s reads at 4.5:1 or more on each of its backgrounds", (text, backgrounds) => {
    const short = backgrounds
      .map((bg) => [bg, contrast(palette[text], palette[bg])] as const)
      .filter(([, ratio]) => ratio < 4.5)
      .map(([bg, ratio]) => `${bg} ${ratio.toFixed(2)}`);
    expect(short).toEqual([]);
  });
});
