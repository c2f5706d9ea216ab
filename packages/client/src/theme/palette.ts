// The one palette: every colour the client draws, named by its role. The CSS reads these as custom
// properties (`--ink`, `--paper-deep`, …) from a stylesheet the Vite config generates from this
// module; the Phaser scenes read the same tokens as numbers (`tone`); SVG and canvas code reads the
// strings. No other client source file holds a colour literal (palette.test.ts checks it).
//
// Merged on the way here (#18, item 6): near-identical shades became one token, and where the scenes
// had drifted from the CSS the darker, text-safe value won (brass-deep #8a6b1f → #7a5e18 and warn
// #b5651d → #9c5514, both AA on paper). `below` and `ok` were darkened a step for the same reason.

/** Each colour token, by role. Text pairs meet WCAG AA (palette.test.ts lists the pairs it checks). */
export const palette = {
  // Ink and paper: text, bars and the page.
  /** Body text; the masthead, the play bar and the projector's bars. */
  ink: "#0e1a2b",
  /** Secondary text and headings on paper. */
  inkSoft: "#24344d",
  /** The stage's room behind the table (scenes). */
  night: "#13233a",
  /** A dim mark on ink (a ladder step not taken). */
  onInkDim: "#3a4b66",
  /** Secondary text on ink. */
  onInkMuted: "#c8cfda",
  /** The page. */
  paper: "#f5f1e8",
  /** A deeper paper: panels, rows, the timeline's years. */
  paperDeep: "#e9e2d2",
  /** A lighter paper: lists, empty states, Ukraine on the map. */
  paperLight: "#fbf8f1",
  /** Inputs, buttons, messages and cards that sit on paper. */
  surface: "#ffffff",
  /** The seat cards on the table (a warm white). */
  card: "#fffdf8",
  /** Rules and borders. */
  line: "#d9d0bd",
  /** Input borders, dashed tickets, the empty issue marks. */
  lineStrong: "#b9ae97",
  /** Faint rules: chart grids, timeline rows. */
  lineSoft: "#ece6d8",
  /** Secondary text (AA on paper, paper-deep and surface). */
  muted: "#5b6676",
  /** Marks that carry no text: bots, withdrawn, not played, no deal. */
  quiet: "#8f98a6",
  /** Drop shadows (always drawn with an alpha; `--shadow` in the CSS is a whole box-shadow). */
  shade: "#000000",

  // The accent: brass.
  /** The accent: rules under bars, the focus ring on ink, primary buttons. */
  brass: "#c9a44c",
  /** A brass button under the pointer. */
  brassLight: "#d8b662",
  /** Brass as text on paper (eyebrows, labels). */
  brassDeep: "#7a5e18",
  /** A brass fill: the best cell, the briefing phase, the viewer's row. */
  brassTint: "#f3e7c6",
  /** A pale brass wash: the pen-holder's card, a chosen option. */
  brassWash: "#f6edd3",

  // Sky: the calm side, links, focus, "above no deal".
  /** Links, the focus ring, "above no deal", a calm Moscow. */
  sky: "#2f6fb0",
  /** Text on a sky tint. */
  skyInk: "#1d4f82",
  /** A sky fill: a ballot to sign, an open badge, my message. */
  skyTint: "#dbe7f3",
  /** The border of a sky fill. */
  skyLine: "#c4d6ea",
  /** Sky that reads on ink. */
  skyOnInk: "#8cb8e3",

  // States.
  /** Success: a deal, a signature, online (darkened from #2e7d4f: 4.5:1 on paper as text). */
  ok: "#2b774b",
  /** Text on a success tint. */
  okInk: "#1f5c39",
  /** A success fill. */
  okTint: "#dcefe3",
  /** Success on ink (a live status dot, a deal's verdict). */
  okOnInk: "#5fcf8c",
  /** Warning as text on paper. */
  warn: "#9c5514",
  /** Text on a warning tint. */
  warnInk: "#8a3b0f",
  /** A warning fill: declined, a red line near, paused. */
  warnTint: "#f7e0d2",
  /** Warning on ink: connecting, the clock's last thirty seconds. */
  urgent: "#f0a04b",
  /** "Below no deal"; a limited incursion (darkened from #c0561b, 4.1:1 on paper, to pass AA as text). */
  below: "#b04f18",
  /** Danger; the red cell (Moscow), a signature's wax, a major offensive. */
  bad: "#a33a32",
  /** Text on a danger tint; Moscow's legend. */
  badInk: "#7d2a23",
  /** A danger fill: stalled, declined ballots, ratification. */
  badTint: "#f6d6d2",
  /** A pale danger wash: form errors, Moscow's box, occupied land. */
  badWash: "#fbeae6",
  /** The border of Moscow's box. */
  badLine: "#e7b9b3",
  /** Danger on ink: unreachable, no deal's verdict. */
  badOnInk: "#f06b5f",

  // Chart series beyond the named roles (seat colours in the report and the projector).
  seriesViolet: "#6b4fa0",
  seriesTeal: "#1f8a8a",
  seriesRose: "#d0487a",

  // The map.
  sea: "#d3dee7",
  seaLight: "#e3eaef",
  coastGlow: "#f3f6f8",
  land: "#e9e4d8",
  landNato: "#ece6d6",
  landEast: "#dfd9cc",
  border: "#8d8676",
  coast: "#7f8c98",

  // The table's walnut (scenes).
  wood: "#4a3220",
  woodTop: "#573b25",
  woodEdge: "#2e1f13",
} as const;

/** A colour token's name. */
export type Token = keyof typeof palette;

/** Roles that are another token under a second name (one value, two meanings). */
export const aliases = {
  /** A score above no deal. */
  above: "sky",
  /** The red cell (Moscow) on the map and in the legends. */
  redCell: "bad",
  /** Text and marks on a coloured fill (white). */
  white: "surface",
} as const satisfies Record<string, Token>;

/** A token or an alias. */
export type Role = Token | keyof typeof aliases;

const tokens = Object.keys(palette) as Token[];
const roles = [...tokens, ...(Object.keys(aliases) as Array<keyof typeof aliases>)];

/** The token a role stands for. */
export const tokenOf = (role: Role): Token =>
  role in aliases ? aliases[role as keyof typeof aliases] : (role as Token);

/** Each role as a CSS colour string (for SVG, canvas, QR codes and Phaser text). */
export const colour = Object.fromEntries(roles.map((r) => [r, palette[tokenOf(r)]])) as {
  readonly [R in Role]: string;
};

/** Each role as a number, the form Phaser's graphics take. */
export const tone = Object.fromEntries(roles.map((r) => [r, Number.parseInt(palette[tokenOf(r)].slice(1), 16)])) as {
  readonly [R in Role]: number;
};

/** The CSS custom property of a role: `inkSoft` → `--ink-soft`. */
export const cssVar = (role: Role): string => `--${role.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** The stylesheet that declares every role as a custom property on :root (served by the Vite config). */
export function paletteCss(): string {
  const lines = roles.map((r) => `  ${cssVar(r)}: ${colour[r]};`);
  return `:root {\n${lines.join("\n")}\n}\n`;
}

/** The series of colours a chart gives its seats, in order (steady across a page). */
export const SERIES: readonly string[] = (
  [
    "sky",
    "brass",
    "bad",
    "ok",
    "seriesViolet",
    "below",
    "seriesTeal",
    "brassDeep",
    "muted",
    "seriesRose",
  ] as const satisfies readonly Token[]
).map((t) => palette[t]);
