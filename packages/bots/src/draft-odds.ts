// The odds that the agreement rule holds for the draft and for each draft one change away from
// it, as one decision weighs its candidates: the other seats' sign chances come from the draft's
// sums (opponent-model.ts), and whether the US is asked from a count kept for the draft.
import type { PlayerView, SeatId } from "@ironclad/engine";
import { type DraftChances, draftChances, type OpponentModel } from "./opponent-model.ts";
import type { OwnTable } from "./own-table.ts";
import { type SeatedRule, seatedRule, seatedRuleOdds } from "./rule-odds.ts";

/** P(the rule holds) for one draft and its one-change neighbours; our own signature taken as given. */
export interface DraftOdds {
  /** The draft these odds are about (callers rebuild when theirs changes). */
  readonly idx: readonly number[];
  /** P(the rule holds) for the draft itself (0 while it has a blank). */
  base(): number;
  /** P(the rule holds) for the draft with issue `i` set to option `o`. */
  with(i: number, o: number): number;
  /**
   * The geometric mean of every other seat's sign chance, for the draft and for the draft with
   * issue `i` set to option `o` (i < 0): a Nash-like read of how well the draft serves the whole
   * table, where the rule's odds only count the signatures it needs.
   */
  everyone(i?: number, o?: number): number;
}

const usFlags = new WeakMap<OwnTable, boolean[][]>();

/** Per issue and option, whether the option asks the United States to act (its public flag). */
function asksUsFlags(t: OwnTable, view: PlayerView): boolean[][] {
  let flags = usFlags.get(t);
  if (!flags) {
    flags = t.issueIds.map((id, i) => {
      const issue = view.scenario.issues.find((x) => x.id === id);
      return (t.optionIds[i] ?? []).map((o) => issue?.options.find((x) => x.id === o)?.asksUs === true);
    });
    usFlags.set(t, flags);
  }
  return flags;
}

/** The odds for `idx` and its neighbours, for `seat` deciding at negotiation time `t`. */
export function draftOdds(
  view: PlayerView,
  seat: SeatId,
  table: OwnTable,
  model: OpponentModel,
  t: number,
  idx: readonly number[],
): DraftOdds {
  const complete = idx.every((o) => o >= 0);
  if (!complete)
    return {
      idx,
      base: () => 0,
      everyone: () => 0,
      // Not used while the draft has a blank; worked out from scratch for a change that fills the last one.
      with: (i, o) =>
        draftOdds(
          view,
          seat,
          table,
          model,
          t,
          idx.map((x, k) => (k === i ? o : x)),
        ).base(),
    };
  const flags = asksUsFlags(table, view);
  let asking = 0;
  for (let i = 0; i < idx.length; i++) if (flags[i]?.[idx[i] ?? -1] === true) asking++;
  // Laid out once, on first use: many decisions never weigh the odds.
  let laid: { rule: SeatedRule; chances: DraftChances; out: number[]; last: number[] } | null = null;
  const layOut = () => {
    if (!laid) {
      const rule = seatedRule(view.scenario, view.seatOrder);
      const chances = draftChances(model, rule.seated, seat, idx, t);
      laid = { rule, chances, out: rule.seated.map(() => 0), last: rule.seated.map(() => Number.NaN) };
    }
    return laid;
  };
  // The last candidate's chances, whether it asked the US, and its odds: a candidate whose chances
  // are all the same (a change nobody is known to care about) has the same odds.
  let lastAsks = false;
  let lastOdds = 0;
  let base = -1;
  const geo = (chance: readonly number[]) => {
    let log = 0;
    let n = 0;
    const seated = layOut().rule.seated;
    for (let k = 0; k < chance.length; k++) {
      if (seated[k] === seat) continue;
      log += Math.log(Math.max(1e-6, chance[k] ?? 0));
      n++;
    }
    return n > 0 ? Math.exp(log / n) : 1;
  };
  let scratch: number[] | null = null;
  return {
    idx,
    base() {
      if (base < 0) {
        const { rule, chances } = layOut();
        base = seatedRuleOdds(rule, asking > 0, chances.draft);
      }
      return base;
    },
    with(i, o) {
      const { rule, chances, out, last } = layOut();
      chances.with(i, o, out);
      const cur = idx[i] ?? -1;
      const asks = asking - (flags[i]?.[cur] === true ? 1 : 0) + (flags[i]?.[o] === true ? 1 : 0) > 0;
      let same = asks === lastAsks;
      for (let k = 0; same && k < out.length; k++) same = out[k] === last[k];
      if (same) return lastOdds;
      for (let k = 0; k < out.length; k++) last[k] = out[k] ?? 0;
      lastAsks = asks;
      lastOdds = seatedRuleOdds(rule, asks, out);
      return lastOdds;
    },
    everyone(i = -1, o = -1) {
      const { chances } = layOut();
      if (i < 0) return geo(chances.draft);
      scratch ??= chances.draft.map(() => 0);
      chances.with(i, o, scratch);
      return geo(scratch);
    },
  };
}
