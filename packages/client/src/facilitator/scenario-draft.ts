// The scenario workshop's draft as data: where a problem's path belongs in the form, and the file
// with one value written (a copy each time, so an edit never changes the draft it came from).

/** A scenario file as the form edits it: plain JSON, whatever the facilitator's file holds. */
// biome-ignore lint/suspicious/noExplicitAny: the form edits arbitrary JSON; the server's check judges it.
export type ScenarioJson = any;
type Json = ScenarioJson;
/** One step of a path in the file: a field's name or a list's index. */
export type Key = string | number;

/** The form's tabs, in order. */
export const TABS = ["general", "seats", "issues", "points", "briefs", "events"] as const;
/** One tab of the form. */
export type Tab = (typeof TABS)[number];

/** The tab a problem's path belongs to, so a click on a problem opens the field it names. */
export function tabOf(path: string): Tab {
  if (/^seats[.[].*\.brief\.pointTable/.test(path)) return "points";
  if (/^seats[.[].*\.brief/.test(path)) return "briefs";
  if (path.startsWith("seats")) return "seats";
  if (path.startsWith("issues")) return "issues";
  if (path.startsWith("events")) return "events";
  return "general";
}

/** A list in the file, or none. */
export const list = (x: unknown): Json[] => (Array.isArray(x) ? x : []);
/** Whether a value of the file is an object (not a list). */
export const isObject = (x: unknown): x is Record<string, Json> =>
  typeof x === "object" && x !== null && !Array.isArray(x);

/** The file with `value` written at `path` (a copy: the draft before it stays as it was). */
export function written(file: Json, path: readonly Key[], value: unknown): Json {
  const copy = structuredClone(file);
  let node = copy;
  path.slice(0, -1).forEach((key, i) => {
    if (node[key] === undefined || node[key] === null) node[key] = typeof path[i + 1] === "number" ? [] : {};
    node = node[key];
  });
  const last = path[path.length - 1] as Key;
  if (value === undefined) {
    if (Array.isArray(node) && typeof last === "number") node.splice(last, 1);
    else delete node[last];
  } else node[last] = value;
  return copy;
}

/** A new seat's brief: zero points for every option, so its point table is complete from the start. */
export function emptyBrief(file: Json): Json {
  const pointTable: Record<string, Record<string, number>> = {};
  for (const issue of list(file.issues)) {
    if (!isObject(issue) || typeof issue.id !== "string") continue;
    pointTable[issue.id] = Object.fromEntries(list(issue.options).map((o) => [String(o?.id), 0]));
  }
  return {
    objectives: { en: "" },
    pointTable,
    noDealValue: 50,
    redLines: [],
    outcomePoints: { held: 0, eroded: 0, failed: 0, escalated: 0 },
    brokenPromisePenalty: 10,
  };
}
