import {
  type Action,
  apply,
  type GameState,
  initialState,
  type PlayerView,
  POLL_ANSWER_MS,
  type SeatId,
  view,
} from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { indicesOf, ownTableOf, packageOf, signable } from "./own-table.ts";
import { blockersOf, declaredStances, IGNORED_AFTER_MS, offerVerdict, tableDuties } from "./table-duties.ts";

const scenario = defaultScenario();
const F = { kind: "facilitator" } as const;

function act(s: GameState, a: Record<string, unknown> & { type: Action["type"] }, at = s.now + 1000): GameState {
  const r = apply(s, { actor: F, at, ...a });
  if (!r.ok) throw new Error(`${a.type}: ${r.error.code}: ${r.error.message}`);
  return r.state;
}
const by = (seat: SeatId) => ({ actor: { kind: "seat", seat } as const });

function talks(): GameState {
  let s = initialState(scenario, { seed: "duties", at: 0, timings: { briefingSeconds: 0 } });
  s = act(s, { type: "table/start" });
  return s;
}

function seatView(s: GameState, seat: SeatId): PlayerView {
  return view(s, { kind: "seat", seat });
}

function tableOf(v: PlayerView) {
  const t = ownTableOf(v);
  if (!t) throw new Error("no brief");
  return t;
}

describe("table duties", () => {
  it("answers a straw poll honestly: signs its best package, names blank and red-line issues otherwise", () => {
    let s = talks();
    const holder = s.penHolder ?? "";
    const kyiv = seatView(s, "kyiv");
    const table = tableOf(kyiv);
    const accepts = (idx: readonly number[]) => signable(table, idx, table.noDealValue);
    // Every issue blank: every issue stops Kyiv.
    s = act(s, { type: "poll/ask", ...by(holder) });
    const blank = tableDuties(seatView(s, "kyiv"), "kyiv", table, accepts, s.now);
    expect(blank[0]).toEqual({ type: "poll/answer", poll: 1, sign: false, blockers: table.issueIds });
    // Kyiv's best package: it would sign.
    for (const [issue, option] of Object.entries(packageOf(table, table.best)))
      s = act(s, { type: "draft/set", issue, option, ...by(holder) });
    s = act(s, { type: "poll/ask", ...by("kyiv") }, s.now + POLL_ANSWER_MS);
    expect(tableDuties(seatView(s, "kyiv"), "kyiv", table, accepts, s.now)[0]).toEqual({
      type: "poll/answer",
      poll: 2,
      sign: true,
      blockers: [],
    });
    // One red line crossed: that issue, and only what it takes to be signable again.
    const red = table.forbidden.findIndex((row) => row.some(Boolean));
    const redOption = table.forbidden[red]?.findIndex(Boolean) ?? -1;
    const idx = [...table.best];
    idx[red] = redOption;
    expect(blockersOf(table, idx, accepts)).toEqual([table.issueIds[red]]);
    // Answered once: no second answer.
    s = act(s, { type: "poll/answer", poll: 2, sign: true, ...by("kyiv") });
    expect(tableDuties(seatView(s, "kyiv"), "kyiv", table, accepts, s.now).some((a) => a.type === "poll/answer")).toBe(
      false,
    );
  });

  it("opposes amendments that cross its red lines, once", () => {
    let s = talks();
    const washington = tableOf(seatView(s, "washington"));
    const accepts = () => false;
    // US troops in the force cross Washington's red line.
    s = act(s, { type: "draft/amend", issue: "us-role", option: "troops", ...by("kyiv") });
    const duties = tableDuties(seatView(s, "washington"), "washington", washington, accepts, s.now);
    expect(duties).toContainEqual({ type: "draft/oppose", amendment: 1 });
    s = act(s, { type: "draft/oppose", amendment: 1, ...by("washington") });
    expect(
      tableDuties(seatView(s, "washington"), "washington", washington, accepts, s.now).some(
        (a) => a.type === "draft/oppose",
      ),
    ).toBe(false);
  });

  it("takes an offer that gains it points, declines one that costs it, and keeps its word once given", () => {
    let s = talks();
    const kyiv = tableOf(seatView(s, "kyiv"));
    // Two amendments Kyiv likes (its best options where the draft is blank) by Paris and Berlin.
    const [i, j] = [0, 1];
    const good = (k: number) => ({ issue: kyiv.issueIds[k], option: kyiv.optionIds[k]?.[kyiv.best[k] ?? 0] });
    s = act(s, { type: "draft/amend", ...good(i), ...by("berlin") });
    s = act(s, { type: "draft/amend", ...good(j), ...by("warsaw") });
    s = act(s, {
      type: "offer/make",
      to: "kyiv",
      gives: [{ act: "support", amendment: 1 }],
      asks: [{ act: "support", amendment: 2 }],
      ...by("london"),
    });
    const v = seatView(s, "kyiv");
    const offer = v.offers[0];
    if (!offer) throw new Error("no offer");
    expect(offerVerdict(v, "kyiv", kyiv, offer)).toBe("accept");
    const duties = tableDuties(v, "kyiv", kyiv, () => false, s.now);
    expect(duties).toContainEqual({ type: "offer/accept", offer: 1 });
    s = act(s, { type: "offer/accept", offer: 1, ...by("kyiv") });
    // Kyiv owes its support for amendment 2 and gives it.
    expect(tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => false, s.now)).toContainEqual({
      type: "draft/support",
      amendment: 2,
    });
    // An offer that asks Kyiv to back what crosses its red line is declined.
    const red = kyiv.forbidden.findIndex((row) => row.some(Boolean));
    const redOption = kyiv.optionIds[red]?.[kyiv.forbidden[red]?.findIndex(Boolean) ?? 0];
    s = act(s, { type: "draft/amend", issue: kyiv.issueIds[red], option: redOption, ...by("washington") });
    s = act(s, {
      type: "offer/make",
      to: "kyiv",
      gives: [{ act: "support", amendment: 1 }],
      asks: [{ act: "support", amendment: 3 }],
      ...by("paris"),
    });
    expect(tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => false, s.now)).toContainEqual({
      type: "offer/decline",
      offer: 2,
    });
  });

  it("asks for the pen when its amendment is ignored, and backs requests that serve it", () => {
    let s = talks();
    const holder = s.penHolder ?? "";
    const kyiv = tableOf(seatView(s, "kyiv"));
    const other = s.seatOrder.find((x) => x !== holder && x !== "kyiv") ?? "";
    const worst = kyiv.points[0]?.indexOf(Math.min(...(kyiv.points[0] ?? [0]))) ?? 0;
    s = act(s, { type: "draft/amend", issue: kyiv.issueIds[0], option: kyiv.optionIds[0]?.[worst], ...by("kyiv") });
    const early = tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => false, s.now + 1000);
    expect(early.some((a) => a.type === "pen/request")).toBe(false);
    const late = s.now + IGNORED_AFTER_MS;
    expect(tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => false, late)).toContainEqual({ type: "pen/request" });
    // Another seat asks; its open amendment is Kyiv's best option on an issue: Kyiv backs it.
    s = act(s, {
      type: "draft/amend",
      issue: kyiv.issueIds[2],
      option: kyiv.optionIds[2]?.[kyiv.best[2] ?? 0],
      ...by(other),
    });
    s = act(s, { type: "pen/request", ...by(other) });
    expect(tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => false, s.now)).toContainEqual({
      type: "pen/back",
      seat: other,
    });
  });

  it("holding the pen, hands it to a person the table is about to give it to, and not before", () => {
    let s = talks();
    const holder = s.penHolder ?? "";
    const t = tableOf(seatView(s, holder));
    const [asker, ...rest] = s.seatOrder.filter((x) => x !== holder);
    if (!asker) throw new Error("no other seat");
    s = act(s, { type: "facilitator/set-controller", seat: asker, controller: "human" });
    // The asker's amendment costs the holder points, so only the coming majority moves it.
    const i = 0;
    const worst = t.points[i]?.indexOf(Math.min(...(t.points[i] ?? [0]))) ?? 0;
    s = act(s, { type: "draft/amend", issue: t.issueIds[i], option: t.optionIds[i]?.[worst], ...by(asker) });
    s = act(s, { type: "pen/request", ...by(asker) });
    const passes = () =>
      tableDuties(seatView(s, holder), holder, t, () => false, s.now).some(
        (a) => a.type === "draft/pass-pen" && a.to === asker,
      );
    expect(passes()).toBe(false);
    // Backers until one short of the majority (⌊6/2⌋ + 1 = 4, the asker counting as one).
    for (const seat of rest.slice(0, 2)) s = act(s, { type: "pen/back", seat: asker, ...by(seat) });
    expect(s.penHolder).toBe(holder);
    expect(passes()).toBe(true);
    // Between bots the pen moves by the table's backing alone.
    const botAsker = act(s, { type: "facilitator/set-controller", seat: asker, controller: "bot" });
    expect(
      tableDuties(seatView(botAsker, holder), holder, t, () => false, botAsker.now).some(
        (a) => a.type === "draft/pass-pen",
      ),
    ).toBe(false);
    // Passing it is a legal move for the holder.
    s = act(s, { type: "draft/pass-pen", to: asker, ...by(holder) });
    expect(s.penHolder).toBe(asker);
  });

  it("shows its red lines and its needs on its two weightiest issues on the board, one change at a time", () => {
    let s = talks();
    const kyiv = tableOf(seatView(s, "kyiv"));
    const declared = declaredStances(kyiv);
    const cannot = Object.values(declared)
      .flatMap((row) => Object.values(row))
      .filter((x) => x === "cannot");
    expect(cannot.length).toBe(kyiv.forbidden.flat().filter(Boolean).length);
    expect(
      Object.values(declared)
        .flatMap((row) => Object.values(row))
        .filter((x) => x === "needs"),
    ).toHaveLength(2);
    let moves = 0;
    for (;;) {
      const next = tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => true, s.now).filter(
        (a) => a.type === "position/set",
      );
      if (next.length === 0) break;
      expect(next).toHaveLength(1);
      s = act(s, { ...(next[0] as { type: "position/set" }), ...by("kyiv") });
      moves++;
    }
    expect(moves).toBe(Object.values(declared).reduce((n, row) => n + Object.keys(row).length, 0));
    expect(seatView(s, "berlin").positions.kyiv).toEqual(declared);
    expect(indicesOf(kyiv, {})).toHaveLength(kyiv.issueIds.length);
  });
});

describe("a bot's own linked offers", () => {
  it("offers its support for an amendment it could live with in return for support of its own, once", () => {
    let s = talks();
    const kyiv = tableOf(seatView(s, "kyiv"));
    // Kyiv's own amendment (its best pledge) and Berlin's on US role: "political backing only" is
    // worth 0 to Kyiv on a blank issue, so Kyiv backs it only as a trade.
    s = act(s, { type: "draft/amend", issue: "pledge", option: "automatic", ...by("kyiv") });
    s = act(s, { type: "draft/amend", issue: "us-role", option: "political", ...by("berlin") });
    const duties = tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => false, s.now);
    const offer = {
      type: "offer/make",
      to: "berlin",
      gives: [{ act: "support", amendment: 2 }],
      asks: [{ act: "support", amendment: 1 }],
    };
    expect(duties).toContainEqual(offer);
    s = act(s, { ...offer, ...by("kyiv") } as never);
    // While it is open, and after Berlin declines it, the same offer is not made again.
    expect(
      tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => false, s.now).some((a) => a.type === "offer/make"),
    ).toBe(false);
    s = act(s, { type: "offer/decline", offer: 1, ...by("berlin") });
    expect(
      tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => false, s.now).some((a) => a.type === "offer/make"),
    ).toBe(false);
    // An amendment that costs Kyiv more than a point is never its side of a trade.
    s = act(s, { type: "draft/amend", issue: "legal-form", option: "declaration", ...by("warsaw") });
    expect(
      tableDuties(seatView(s, "kyiv"), "kyiv", kyiv, () => false, s.now).some(
        (a) => a.type === "offer/make" && a.gives.some((t) => t.amendment === 3),
      ),
    ).toBe(false);
  });
});
