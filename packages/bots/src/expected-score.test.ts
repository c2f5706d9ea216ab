import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { expectedScorer } from "./expected-score.ts";

const scenario = defaultScenario();
const seats = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"];
const brief = (seat: string) => scenario.seats.find((s) => s.id === seat)?.brief;

describe("expected score", () => {
  it("gives a table with no deal each seat's no-deal value plus its mean outcome points", () => {
    const score = expectedScorer(scenario, 40)({ seats, package: null, signatories: [] });
    for (const seat of seats) {
      const b = brief(seat);
      if (!b) throw new Error(seat);
      const outcomes = Object.values(b.outcomePoints);
      expect(score[seat]).toBeGreaterThanOrEqual(b.noDealValue + Math.min(...outcomes));
      expect(score[seat]).toBeLessThanOrEqual(b.noDealValue + Math.max(...outcomes));
    }
  });

  it("is the same for the same signed table, reckoned once, and differs with what was signed", () => {
    const scorer = expectedScorer(scenario, 40);
    const pkg = scenario.issues.map((i) => i.options[0]?.id ?? "");
    const signed = { seats, package: pkg, signatories: seats };
    const a = scorer(signed);
    expect(scorer({ ...signed, package: [...pkg] })).toBe(a);
    expect(expectedScorer(scenario, 40)(signed)).toEqual(a);
    expect(scorer({ seats, package: null, signatories: [] })).not.toEqual(a);
  });
});
