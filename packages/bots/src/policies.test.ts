import { defaultScenario } from "@ironclad/engine/default-scenario";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { expectedOutcomePoints } from "./expected-value.ts";
import { honourChance, sharpOdds } from "./stress-policy.ts";
import { say } from "./talk.ts";

const scenario = defaultScenario();

describe("talk", () => {
  it("speaks in the seat's voice from the templates", () => {
    const line = say(scenario, "washington", "red-line", { issue: "us-role", option: "troops", current: "air" });
    expect(line?.text).toMatch(/^Washington cannot put US troops in the force/);
    expect(say(scenario, "berlin", "support", { issue: "pledge", option: "assist" })?.text).toBe(
      "Berlin supports “consult and assist” on pledge.",
    );
  });
});

describe("Moscow's sharp style", () => {
  it("weights aggression up with visible division and keeps a distribution", () => {
    const odds = { comply: 0.4, hybrid: 0.3, incursion: 0.2, offensive: 0.1 };
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1, noNaN: true }), (division) => {
        const s = sharpOdds(odds, division);
        expect(s.offensive).toBeGreaterThan(odds.offensive);
        expect(s.comply + s.hybrid + s.incursion + s.offensive).toBeCloseTo(1);
      }),
    );
    expect(sharpOdds(odds, 0).offensive).toBeCloseTo(odds.offensive);
  });
});

describe("guarantor responses", () => {
  it("honour their pledge more often with more political capital and a clearer pledge", () => {
    expect(honourChance(70, 60)).toBeGreaterThan(honourChance(40, 60));
    expect(honourChance(50, 80)).toBeGreaterThan(honourChance(50, 30));
  });
});

describe("expected outcome points", () => {
  it("are higher when Moscow is likelier to comply", () => {
    const points = { held: 20, eroded: 0, failed: -20, escalated: -25 };
    const calm = expectedOutcomePoints({ comply: 0.8, hybrid: 0.1, incursion: 0.07, offensive: 0.03 }, 3, points);
    const tense = expectedOutcomePoints({ comply: 0.3, hybrid: 0.3, incursion: 0.2, offensive: 0.2 }, 3, points);
    expect(calm).toBeGreaterThan(tense);
  });
});
