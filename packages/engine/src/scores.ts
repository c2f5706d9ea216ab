// Scores: each seat's points from its private table (or its no-deal value), the outcome line,
// the unanimity bonus and broken promises; the red cell's own score after them; and duplicate
// scoring across tables.

import { packagePoints } from "./deal-model.ts";
import { redCellScore } from "./red-cell-score.ts";
import type { SeatId } from "./scenario.ts";
import type { GameState, Outcome, SeatScore } from "./state.ts";

/**
 * Every negotiating seat's score for a finished (or ended) game, in seat order, then the red cell's
 * (when it is seated and its scenario gives it a red-cell brief). `outcomeScored` is false when
 * the game ended before the stress test had run its course: the outcome line is then a reading
 * of an untested table, and nobody gets its outcome points.
 */
export function computeScores(state: GameState, outcome: Outcome, outcomeScored = true): SeatScore[] {
  const { scenario, framework } = state;
  const concluded = framework?.stands === true;
  const out: SeatScore[] = [];
  for (const seatId of state.seatOrder) {
    const seat = scenario.seats.find((s) => s.id === seatId);
    const brief = seat?.brief;
    if (!brief) continue;
    const noDealValue = brief.noDealValue;
    const dealPoints =
      concluded && framework ? (packagePoints(scenario, seatId, framework.package) ?? noDealValue) : noDealValue;
    const outcomePoints = outcomeScored ? brief.outcomePoints[outcome] : 0;
    const unanimityBonus =
      concluded && framework?.unanimous && framework.signatories.includes(seatId)
        ? scenario.agreement.unanimityBonus
        : 0;
    const broken = state.seats[seatId]?.brokenPromises ?? 0;
    const brokenPromisePenalty = broken * brief.brokenPromisePenalty;
    const total = dealPoints + outcomePoints + unanimityBonus - brokenPromisePenalty;
    out.push({
      seat: seatId,
      dealPoints,
      concluded,
      outcomePoints,
      unanimityBonus,
      brokenPromisePenalty,
      total,
      noDealValue,
      margin: total - noDealValue,
    });
  }
  const red = redCellScore(state, outcome, outcomeScored);
  if (red) out.push(red);
  return out;
}

/** One table's result, as input to duplicate scoring. */
export interface TableResult {
  tableId: string;
  scores: readonly Pick<SeatScore, "seat" | "total">[];
}

/** A seat's duplicate result: its rank among the same seat at every table (1 = best). */
export interface DuplicateScore {
  tableId: string;
  seat: SeatId;
  total: number;
  /** 1-based rank among the same seat at all tables; ties share the best rank. */
  rank: number;
  /** How many tables seated this seat. */
  of: number;
  /** total minus the mean of the same seat at the other tables (0 when alone). */
  versusOthers: number;
  /** Matchpoints as in duplicate bridge: 1 per table beaten, ½ per tie, over (of − 1); 0.5 when alone. */
  matchpoints: number;
}

/** Ranks each seat against the same seat at the other tables (duplicate scoring). */
export function duplicateScores(results: readonly TableResult[]): DuplicateScore[] {
  const bySeat = new Map<SeatId, { tableId: string; total: number }[]>();
  for (const r of results) {
    for (const s of r.scores) {
      let list = bySeat.get(s.seat);
      if (!list) {
        list = [];
        bySeat.set(s.seat, list);
      }
      list.push({ tableId: r.tableId, total: s.total });
    }
  }
  const out: DuplicateScore[] = [];
  for (const r of results) {
    for (const s of r.scores) {
      const all = bySeat.get(s.seat) ?? [];
      const others = all.filter((x) => x.tableId !== r.tableId);
      const better = others.filter((x) => x.total > s.total).length;
      const beaten = others.filter((x) => x.total < s.total).length;
      const tied = others.length - better - beaten;
      const mean = others.length > 0 ? others.reduce((a, x) => a + x.total, 0) / others.length : s.total;
      out.push({
        tableId: r.tableId,
        seat: s.seat,
        total: s.total,
        rank: better + 1,
        of: all.length,
        versusOthers: s.total - mean,
        matchpoints: others.length > 0 ? (beaten + tied / 2) / others.length : 0.5,
      });
    }
  }
  return out;
}
