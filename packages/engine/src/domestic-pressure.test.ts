// Domestic pressure: drawn once per table from its seed, on the seats the scenario names, raising
// that seat's no-deal value in the table's own scenario; the dice of the game do not move, and only
// that seat and the facilitator learn it.
import { describe, expect, it } from "vitest";
import { defaultScenario } from "./default-scenario.ts";
import { drawPressure, scenarioUnderPressure } from "./domestic-pressure.ts";
import { stressStart } from "./futures.ts";
import { initialState } from "./initial-state.ts";
import type { Scenario } from "./scenario.ts";
import { computeScores } from "./scores.ts";
import { view } from "./view.ts";

const base = defaultScenario();
const rule = base.pressure;
const seats = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"];
const noDealOf = (s: Scenario, seat: string) => s.seats.find((x) => x.id === seat)?.brief?.noDealValue ?? Number.NaN;

/** A table's seed whose draw put `seat` under pressure. */
function seedFor(seat: string): string {
  for (let i = 0; i < 10_000; i++) if (drawPressure(base, `t${i}`, seats)?.seat === seat) return `t${i}`;
  throw new Error(`no seed puts ${seat} under pressure`);
}

describe("domestic pressure", () => {
  it("falls on the scenario's seats at about its share of tables, the same for the same seed", () => {
    if (!rule) throw new Error("the default scenario has no pressure rule");
    const draws = Array.from({ length: 4000 }, (_, i) => drawPressure(base, `share-${i}`, seats));
    const drawn = draws.filter((d) => d !== null);
    expect(drawn.length / draws.length).toBeGreaterThan(rule.share - 0.02);
    expect(drawn.length / draws.length).toBeLessThan(rule.share + 0.02);
    expect(new Set(drawn.map((d) => d.seat))).toEqual(new Set(rule.seats));
    expect(drawn.every((d) => d.points === rule.points)).toBe(true);
    expect(drawPressure(base, "share-7", seats)).toEqual(draws[7]);
  });

  it("draws nothing without a rule, or when none of its seats is at the table", () => {
    const { pressure: _none, ...without } = base;
    const seed = seedFor("kyiv");
    expect(drawPressure(without as Scenario, seed, seats)).toBeNull();
    expect(drawPressure(base, seed, ["paris", "london", "berlin"])).toBeNull();
  });

  it("raises that seat's no-deal value in the table's scenario, and no other, without moving the dice", () => {
    const seed = seedFor("kyiv");
    const state = initialState(base, { seed });
    expect(state.pressure).toEqual({ seat: "kyiv", points: rule?.points });
    expect(noDealOf(state.scenario, "kyiv")).toBe(noDealOf(base, "kyiv") + (rule?.points ?? 0));
    for (const s of seats.filter((x) => x !== "kyiv")) expect(noDealOf(state.scenario, s)).toBe(noDealOf(base, s));
    // One scenario object per variant: every cache keyed by the scenario is built once per variant.
    expect(initialState(base, { seed }).scenario).toBe(state.scenario);
    // The game's own stream is the one a table without pressure has.
    expect(state.rng).toEqual(initialState(base, { seed, pressure: null }).rng);
    expect(scenarioUnderPressure(base, null)).toBe(base);
  });

  it("scores a table without a deal at the raised value for that seat", () => {
    const state = initialState(base, { seed: seedFor("washington") });
    const score = computeScores(state, "failed").find((s) => s.seat === "washington");
    expect(score?.noDealValue).toBe(noDealOf(base, "washington") + (rule?.points ?? 0));
  });

  it("is told to that seat and the facilitator only", () => {
    const state = initialState(base, { seed: seedFor("kyiv") });
    expect(view(state, { kind: "seat", seat: "kyiv" }).pressure).toEqual(state.pressure);
    expect(view(state, { kind: "facilitator" }).pressure).toEqual(state.pressure);
    for (const seat of seats.filter((s) => s !== "kyiv"))
      expect(view(state, { kind: "seat", seat }).pressure, seat).toBeNull();
    expect(view(state, { kind: "observer" }).pressure).toBeNull();
    expect(view(state, { kind: "moscow" }).pressure).toBeNull();
    // Others read only the rule (how often, how much, on whom it may fall), which the public scenario keeps.
    expect(view(state, { kind: "seat", seat: "paris" }).scenario.pressure).toEqual(rule);
  });

  it("is not drawn again by a future of the table, unless handed over", () => {
    const seed = seedFor("kyiv");
    const future = stressStart(base, null, seed, { runs: 1, seed: "f" });
    expect(future.pressure).toBeUndefined();
    const kept = stressStart(base, null, seed, { runs: 1, seed: "f", pressure: { seat: "kyiv", points: 20 } });
    expect(noDealOf(kept.scenario, "kyiv")).toBe(noDealOf(base, "kyiv") + 20);
  });
});
