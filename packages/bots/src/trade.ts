// A trade: two amendments one seat posts together (the same table time, consecutive ids), meant to
// be taken together — "we give way on A if we get B". It is how the bots logroll: a change of two
// issues can leave every seat better off where no single change does (the inefficient frameworks
// the simulator finds are all one such trade away from a better one). Every seat weighs a trade
// as a whole; the pen-holder writes both in when every other seated seat backs it.
import { type Amendment, openAmendments, type PlayerView, type SeatId } from "@ironclad/engine";
import type { OpponentModel } from "./opponent-model.ts";
import { likingMoves } from "./opponent-model.ts";
import type { OwnTable } from "./own-table.ts";

/** Two open amendments posted together by one seat, as issue and option indices of the reader's table. */
export interface Trade {
  by: SeatId;
  a: Amendment;
  b: Amendment;
  i: number;
  o: number;
  j: number;
  p: number;
}

function optionOf(t: OwnTable, m: Amendment): { i: number; o: number } {
  const i = t.issueIds.indexOf(m.issue);
  const o = m.option === null ? -1 : (t.optionIds[i]?.indexOf(m.option) ?? -1);
  return { i, o };
}

/** The amendments of `list` posted as one trade with another (by the same seat, same time, consecutive ids). */
function partner(list: readonly Amendment[], k: number): number {
  const m = list[k];
  if (!m) return -1;
  const next = list[k + 1];
  if (next && next.id === m.id + 1 && next.by === m.by && next.at === m.at) return k + 1;
  const prev = list[k - 1];
  if (prev && prev.id === m.id - 1 && prev.by === m.by && prev.at === m.at) return k - 1;
  return -1;
}

/** Whether an amendment was posted as half of a trade (open or not). */
export function inTrade(view: PlayerView, m: Amendment): boolean {
  const k = view.amendments.indexOf(m);
  return k >= 0 && partner(view.amendments, k) >= 0;
}

/** The open trades on the table (both halves open). */
export function openTrades(view: PlayerView, t: OwnTable): Trade[] {
  const out: Trade[] = [];
  // Both halves open: neighbours in the open list as in the whole one (their ids are consecutive).
  const list = openAmendments(view.amendments);
  for (let k = 0; k + 1 < list.length; k++) {
    const a = list[k];
    const b = list[k + 1];
    if (!a || !b || a.status !== "open" || b.status !== "open" || partner(list, k) !== k + 1) continue;
    const x = optionOf(t, a);
    const y = optionOf(t, b);
    if (x.i < 0 || y.i < 0 || x.o < 0 || y.o < 0 || x.i === y.i) continue;
    out.push({ by: a.by, a, b, i: x.i, o: x.o, j: y.i, p: y.o });
    k++;
  }
  return out;
}

/** Trades this seat posted earlier this round that did not go through (not worth posting again). */
export function failedTrades(view: PlayerView, seat: SeatId, t: OwnTable): Set<string> {
  const out = new Set<string>();
  const list = view.amendments;
  for (let k = 0; k + 1 < list.length; k++) {
    const a = list[k];
    const b = list[k + 1];
    if (!a || !b || a.by !== seat || a.round !== view.round || partner(list, k) !== k + 1) continue;
    if (a.status === "open" || a.status === "accepted") continue;
    const x = optionOf(t, a);
    const y = optionOf(t, b);
    out.add(tradeKey(x.i, x.o, y.i, y.o));
    k++;
  }
  return out;
}

/** A trade's key, the same whichever half comes first. */
export function tradeKey(i: number, o: number, j: number, p: number): string {
  return i < j ? `${i}:${o}|${j}:${p}` : `${j}:${p}|${i}:${o}`;
}

/** Points of the seat's own table for the draft with issues i, j set to o, p. */
export function pointsWith(t: OwnTable, idx: readonly number[], i: number, o: number, j: number, p: number): number {
  let u = 0;
  for (let k = 0; k < idx.length; k++) {
    const x = k === i ? o : k === j ? p : (idx[k] ?? -1);
    if (x >= 0) u += t.points[k]?.[x] ?? 0;
  }
  return u;
}

/** A trade this seat could offer: its own gain in points and how likely every other seat is believed to back it. */
export interface TradeOffer {
  i: number;
  o: number;
  j: number;
  p: number;
  gain: number;
  score: number;
}

/**
 * The best trade to offer from draft `idx`: this seat gains points and keeps its worth (`keeps`),
 * and the other seats, as the opponent model reads them, lose least. Only the seat's own table and
 * the model are read. With `any`, the first such trade (unscored): whether there is one at all.
 */
export function bestTrade(
  t: OwnTable,
  model: OpponentModel,
  self: SeatId,
  seats: readonly SeatId[],
  idx: readonly number[],
  skip: ReadonlySet<string>,
  keeps: (i: number, o: number, j: number, p: number) => boolean,
  any = false,
): TradeOffer | null {
  let best: TradeOffer | null = null;
  const others = seats.filter((s) => s !== self && model.seats[s]);
  const n = others.length;
  const move = any ? null : likingMoves(model, others, idx);
  // moves[i][o·n + k]: seat k's believed move when issue i alone is set to option o.
  const moves = idx.map((_, i) => {
    if (!move) return null;
    const count = t.optionIds[i]?.length ?? 0;
    const row = new Float64Array(count * n);
    for (let o = 0; o < count; o++) for (let k = 0; k < n; k++) row[o * n + k] = move(k, i, o);
    return row;
  });
  for (let i = 0; i < idx.length; i++) {
    const ci = idx[i] ?? -1;
    const rowI = t.points[i] ?? [];
    for (let o = 0; o < rowI.length; o++) {
      if (o === ci || t.forbidden[i]?.[o]) continue;
      const di = (rowI[o] ?? 0) - (rowI[ci] ?? 0);
      for (let j = i + 1; j < idx.length; j++) {
        const cj = idx[j] ?? -1;
        const rowJ = t.points[j] ?? [];
        for (let p = 0; p < rowJ.length; p++) {
          if (p === cj || t.forbidden[j]?.[p]) continue;
          const gain = di + (rowJ[p] ?? 0) - (rowJ[cj] ?? 0);
          // A trade gives something on one issue for something on the other: we gain, but not on both.
          if (gain <= 0 || ((rowI[o] ?? 0) >= (rowI[ci] ?? 0) && (rowJ[p] ?? 0) >= (rowJ[cj] ?? 0))) continue;
          if (skip.has(tradeKey(i, o, j, p))) continue;
          if (any) {
            if (keeps(i, o, j, p)) return { i, o, j, p, gain, score: 0 };
            continue;
          }
          // Believed worst-off other seat: a trade needs every one of them.
          let worst = Number.POSITIVE_INFINITY;
          let sum = 0;
          const mi = moves[i];
          const mj = moves[j];
          for (let k = 0; k < n; k++) {
            const d = (mi?.[o * n + k] ?? 0) + (mj?.[p * n + k] ?? 0);
            if (d < worst) worst = d;
            sum += d;
          }
          // Trades that leave everyone better off give each seat a little: prefer a small gain of our own.
          const score = 4 * Math.min(0, n > 0 ? worst : 0) + sum / Math.max(1, n) - gain / 100;
          if (best && score <= best.score) continue;
          if (!keeps(i, o, j, p)) continue;
          best = { i, o, j, p, gain, score };
        }
      }
    }
  }
  return best;
}
