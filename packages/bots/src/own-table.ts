// A seat's own preferences, read from its own brief in its own view: per-issue point arrays,
// red lines, its best package and its no-deal value. Nothing here reads another seat's brief.
import type { Draft, Package, PlayerView, PrivateBrief, PublicScenario } from "@ironclad/engine";

/** One seat's preferences as flat arrays, indexed by issue then option. */
export interface OwnTable {
  issueIds: string[];
  optionIds: string[][];
  /** points[i][o]: the seat's points for option o of issue i. */
  points: number[][];
  /** forbidden[i][o]: the option crosses one of the seat's red lines. */
  forbidden: boolean[][];
  noDealValue: number;
  /** The seat's best signable package (best option of every issue, red lines avoided). */
  best: number[];
  /** Points of `best`. */
  bestPoints: number;
}

/** Builds the table from a scenario's public issues and the seat's own brief. */
export function ownTable(scenario: Pick<PublicScenario, "issues">, brief: PrivateBrief): OwnTable {
  const issueIds = scenario.issues.map((i) => i.id);
  const optionIds = scenario.issues.map((i) => i.options.map((o) => o.id));
  const points = scenario.issues.map((issue) => issue.options.map((o) => brief.pointTable[issue.id]?.[o.id] ?? 0));
  const forbidden = scenario.issues.map((issue) =>
    issue.options.map((o) => brief.redLines.some((l) => l.issue === issue.id && l.options.includes(o.id))),
  );
  const best = points.map((row, i) => {
    let bi = -1;
    row.forEach((p, o) => {
      if (forbidden[i]?.[o]) return;
      if (bi < 0 || p > (row[bi] ?? 0)) bi = o;
    });
    return Math.max(0, bi);
  });
  const bestPoints = best.reduce((s, o, i) => s + (points[i]?.[o] ?? 0), 0);
  return { issueIds, optionIds, points, forbidden, noDealValue: brief.noDealValue, best, bestPoints };
}

// Views share their brief and issues with the table's scenario: build each seat's table once.
const tables = new WeakMap<PrivateBrief, WeakMap<object, OwnTable>>();

/** The table of the viewing seat, or null when the view carries no brief (Moscow, observers). */
export function ownTableOf(view: PlayerView): OwnTable | null {
  const brief = view.brief;
  if (!brief) return null;
  let byIssues = tables.get(brief);
  if (!byIssues) {
    byIssues = new WeakMap();
    tables.set(brief, byIssues);
  }
  let t = byIssues.get(view.scenario.issues);
  if (!t) {
    t = ownTable(view.scenario, brief);
    byIssues.set(view.scenario.issues, t);
  }
  return t;
}

/** A draft or package as option indices (-1 for a blank or unknown option). */
export function indicesOf(t: OwnTable, draft: Draft | Package): number[] {
  return t.issueIds.map((id, i) => {
    const chosen = draft[id];
    return chosen == null ? -1 : (t.optionIds[i]?.indexOf(chosen) ?? -1);
  });
}

/** Option indices back to a package. */
export function packageOf(t: OwnTable, idx: readonly number[]): Package {
  const pkg: Package = {};
  t.issueIds.forEach((id, i) => {
    pkg[id] = t.optionIds[i]?.[idx[i] ?? 0] ?? "";
  });
  return pkg;
}

/** The seat's points for option indices (blank issues count 0). */
export function utilityOf(t: OwnTable, idx: readonly number[]): number {
  let u = 0;
  for (let i = 0; i < idx.length; i++) {
    const o = idx[i] ?? -1;
    if (o >= 0) u += t.points[i]?.[o] ?? 0;
  }
  return u;
}

/** Whether the option indices cross one of the seat's red lines. */
export function crossesRedLine(t: OwnTable, idx: readonly number[]): boolean {
  return idx.some((o, i) => o >= 0 && t.forbidden[i]?.[o] === true);
}

/** Whether a complete package may be signed by this seat: no red line and not below its no-deal value. */
export function signable(t: OwnTable, idx: readonly number[], floor: number): boolean {
  if (idx.some((o) => o < 0)) return false;
  if (crossesRedLine(t, idx)) return false;
  const u = utilityOf(t, idx);
  return u >= t.noDealValue && u >= floor;
}
