import { type Action, apply, type GameState, initialState, type PlayerView, type SeatId, view } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { draftOdds } from "./draft-odds.ts";
import { draftChances, fit, newOpponentModel, type OpponentModel, observe, signChance } from "./opponent-model.ts";
import type { OwnTable } from "./own-table.ts";
import { ownTableOf, packageOf } from "./own-table.ts";
import { seatedRule } from "./rule-odds.ts";
import { declaredStances } from "./table-duties.ts";

const scenario = defaultScenario();
const F = { kind: "facilitator" } as const;

function act(s: GameState, a: Record<string, unknown> & { type: Action["type"] }, at = s.now + 1000): GameState {
  const r = apply(s, { actor: F, at, ...a });
  if (!r.ok) throw new Error(`${a.type}: ${r.error.code}: ${r.error.message}`);
  return r.state;
}
const by = (seat: SeatId) => ({ actor: { kind: "seat", seat } as const });
const seatView = (s: GameState, seat: SeatId): PlayerView => view(s, { kind: "seat", seat });
function tableOf(v: PlayerView) {
  const t = ownTableOf(v);
  if (!t) throw new Error("no brief");
  return t;
}
function talks(): GameState {
  return act(initialState(scenario, { seed: "model", at: 0, timings: { briefingSeconds: 0 } }), {
    type: "table/start",
  });
}

describe("opponent model: public signals", () => {
  it("takes a declared 'cannot' as a red line (no chance of a signature) and a 'needs' as a strong liking", () => {
    let s = talks();
    // Kyiv declares on the board what its own brief says (its red lines and needs).
    const kyivTable = tableOf(seatView(s, "kyiv"));
    const board = declaredStances(kyivTable);
    for (const [issue, row] of Object.entries(board))
      for (const [option, stance] of Object.entries(row))
        s = act(s, { type: "position/set", issue, option, stance, ...by("kyiv") });
    const v = seatView(s, "paris");
    const t = tableOf(v);
    const model = newOpponentModel(t, "paris", v.seatOrder);
    const draft = t.optionIds.map(() => 0);
    const before = signChance(model, "kyiv", draft, 0.5);
    observe(model, t, v);
    const e = model.seats.kyiv;
    if (!e) throw new Error("no estimate");
    // Every option Kyiv declared it cannot accept rules a package out; a needed one raises its fit.
    let checkedCannot = false;
    let checkedNeeds = false;
    for (const [issue, row] of Object.entries(board))
      for (const [option, stance] of Object.entries(row)) {
        const i = t.issueIds.indexOf(issue);
        const o = t.optionIds[i]?.indexOf(option) ?? -1;
        const with_ = draft.map((x, k) => (k === i ? o : x));
        if (stance === "cannot") {
          expect(signChance(model, "kyiv", with_, 0.5)).toBe(0);
          checkedCannot = true;
        } else if (stance === "needs") {
          const other = o === 0 ? 1 : 0;
          expect(fit(e, with_)).toBeGreaterThan(
            fit(
              e,
              draft.map((x, k) => (k === i ? other : x)),
            ),
          );
          checkedNeeds = true;
        }
      }
    expect(checkedCannot && checkedNeeds).toBe(true);
    // The draft odds see the red line too: every other seat's chance of signing it is then 0 for Kyiv.
    const red = Object.entries(board).flatMap(([issue, row]) =>
      Object.entries(row)
        .filter(([, st]) => st === "cannot")
        .map(([option]) => ({
          i: t.issueIds.indexOf(issue),
          o: t.optionIds[t.issueIds.indexOf(issue)]?.indexOf(option) ?? -1,
        })),
    )[0];
    if (!red) throw new Error("Kyiv has no red line in the default scenario");
    // Kyiv's own best package crosses none of its red lines.
    const safe = [...kyivTable.best];
    expect(signChance(model, "kyiv", safe, 0.5)).toBeGreaterThan(0);
    const odds = draftOdds(v, "paris", t, model, 0.5, safe);
    expect(odds.everyone(red.i, red.o)).toBeLessThan(odds.everyone());
    expect(before).toBeGreaterThan(0);
  });

  it("reads a straw poll: a refusal lowers the named issue's option, a yes on the very draft makes a signature likely", () => {
    let s = talks();
    const holder = s.penHolder ?? "";
    const v0 = seatView(s, holder);
    const t = tableOf(v0);
    for (const [issue, option] of Object.entries(packageOf(t, t.best)))
      s = act(s, { type: "draft/set", issue, option, ...by(holder) });
    s = act(s, { type: "poll/ask", ...by(holder) });
    const others = s.seatOrder.filter((x) => x !== holder && !s.seats[x]?.redCell);
    const [no, yes] = others;
    if (!no || !yes) throw new Error("too few seats");
    const blocked = t.issueIds[2] ?? "";
    s = act(s, { type: "poll/answer", poll: 1, sign: false, blockers: [blocked], ...by(no) });
    s = act(s, { type: "poll/answer", poll: 1, sign: true, blockers: [], ...by(yes) });
    const v = seatView(s, holder);
    const model = newOpponentModel(t, holder, v.seatOrder);
    const idx = [...t.best];
    const noBefore = model.seats[no]?.pref[2]?.[idx[2] ?? 0] ?? 0;
    observe(model, t, v);
    expect(model.seats[no]?.pref[2]?.[idx[2] ?? 0] ?? 0).toBeLessThan(noBefore);
    expect(model.seats[no]?.poll).toEqual({ id: 1, idx, sign: false, blockers: [2] });
    // Idempotent: the same view observed again changes nothing.
    const snapshot = JSON.stringify(model);
    observe(model, t, v);
    expect(JSON.stringify(model)).toBe(snapshot);
    // The poll's own draft: the yes-sayer is taken as likely to sign, the refuser as unlikely.
    const k = (seat: SeatId) => draftOddsSeats(v).indexOf(seat);
    const chances = draftChancesOf(v, holder, t, model, idx);
    expect(chances[k(yes)]).toBeGreaterThanOrEqual(0.95);
    expect(chances[k(no)]).toBeLessThanOrEqual(0.35);
  });

  it("reads oppositions as resistance to the amendment's option", () => {
    let s = talks();
    const holder = s.penHolder ?? "";
    const t = tableOf(seatView(s, holder));
    for (const [issue, option] of Object.entries(packageOf(t, t.best)))
      s = act(s, { type: "draft/set", issue, option, ...by(holder) });
    const [poster, against] = s.seatOrder.filter((x) => x !== holder && !s.seats[x]?.redCell);
    if (!poster || !against) throw new Error("too few seats");
    const issue = t.issueIds[0] ?? "";
    const o = (t.best[0] ?? 0) === 0 ? 1 : 0;
    s = act(s, { type: "draft/amend", issue, option: t.optionIds[0]?.[o] ?? "", ...by(poster) });
    s = act(s, { type: "draft/oppose", amendment: 1, ...by(against) });
    const v = seatView(s, holder);
    const model = newOpponentModel(t, holder, v.seatOrder);
    observe(model, t, v);
    expect(model.seats[against]?.pref[0]?.[o] ?? 0).toBeLessThan(0);
    expect(model.seats[poster]?.pref[0]?.[o] ?? 0).toBeGreaterThan(0);
  });
});

function draftOddsSeats(v: PlayerView): readonly SeatId[] {
  return seatedRule(v.scenario, v.seatOrder).seated;
}
function draftChancesOf(
  v: PlayerView,
  self: SeatId,
  _t: OwnTable,
  model: OpponentModel,
  idx: number[],
): readonly number[] {
  return draftChances(model, draftOddsSeats(v), self, idx, 0.3).draft;
}

describe("opponent model: a silent seat read by its public record", () => {
  it("reads Washington's public leanings (against what costs the US, for what Europe carries) until Washington says something", () => {
    let s = talks();
    const v = seatView(s, "paris");
    const t = tableOf(v);
    const model = newOpponentModel(t, "paris", v.seatOrder);
    observe(model, t, v);
    const us = t.issueIds.indexOf("us-role");
    const at = (option: string) => t.optionIds[us]?.indexOf(option) ?? -1;
    const draftWith = (option: string) => t.optionIds.map((_, i) => (i === us ? at(option) : 0));
    const washington = model.seats.washington;
    if (!washington) throw new Error("no estimate");
    // Nothing said yet: the record alone ranks US troops (usCost 5) below a political role (usCost 0).
    expect(fit(washington, draftWith("political"))).toBeGreaterThan(fit(washington, draftWith("troops")));
    // ... and, as its public position says Europe must carry the guarantee (#20), a European force in
    // Ukraine (europeCost 4) above none (1): a silent Washington is not read as indifferent to the force.
    const force = t.issueIds.indexOf("force");
    const forceWith = (option: string) => t.optionIds.map((ids, i) => (i === force ? (ids?.indexOf(option) ?? -1) : 0));
    expect(fit(washington, forceWith("mfu"))).toBeGreaterThan(fit(washington, forceWith("trainers")));
    expect(fit(washington, forceWith("trainers"))).toBeGreaterThan(fit(washington, forceWith("none")));
    // Paris has no public leanings in the scenario: it is read as an even chance.
    const paris = newOpponentModel(tableOf(seatView(s, "london")), "london", v.seatOrder).seats.paris;
    if (!paris) throw new Error("no estimate");
    expect(fit(paris, draftWith("political"))).toBe(fit(paris, draftWith("troops")));
    // Once Washington posts an amendment, what it does replaces the record.
    s = act(s, { type: "draft/amend", issue: "us-role", option: "air", ...by("washington") });
    observe(model, t, seatView(s, "paris"));
    expect(washington.prior).toEqual([]);
    expect(fit(washington, draftWith("air"))).toBeGreaterThan(fit(washington, draftWith("political")));
  });
});
