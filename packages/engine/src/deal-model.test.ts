import { describe, expect, it } from "vitest";

import { checkAgreement } from "./agreement.ts";

import {
  compileScenario,
  crossedRedLines,
  evaluateDeal,
  moscowOdds,
  noDealOdds,
  packagePoints,
  ratificationProbability,
} from "./deal-model.ts";
import { defaultScenario } from "./default-scenario.ts";
import { simulateFutures } from "./futures.ts";
import { defaultSeats } from "./initial-state.ts";
import { DEFAULT_MODEL_CONSTANTS } from "./model-constants.ts";
import { packageAt, packageNumber, sweep } from "./sweep.ts";
import { mini, STRONG, WEAK } from "./test-fixtures/mini.ts";

const seated = ["washington", "paris", "berlin", "kyiv"];
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

describe("deal model, worked by hand on the mini scenario", () => {
  it("reads the strongest package as docs/model.md computes it", () => {
    const r = evaluateDeal(mini, STRONG, { seated });
    if (!r) throw new Error("complete package");
    // Sums: binding 6 of 6, capability 5 of 5, clarity 7 of 7, provocation 5 of 7.
    expect(r.legal).toBeCloseTo(100);
    expect(r.military).toBeCloseTo(100);
    expect(r.clarity).toBeCloseTo(100);
    expect(r.escalation).toBeCloseTo(500 / 7);
    // Support: Washington 50 − 0.3·100; Paris 40 − 0.3·100·(1.5 − 0.5); Berlin 60 − 30·0.5; Kyiv 70 − 60·3/5.
    expect(r.support).toEqual({ washington: 20, paris: 10, berlin: 45, kyiv: 34 });
    expect(r.political).toBeCloseTo(10);
    expect(r.weakestSeat).toBe("paris");
    // Ratification: 1 + 0.4·(support − 50)/100 − 0.3·legal/100.
    expect(r.ratification.washington).toBeCloseTo(0.58);
    expect(r.ratification.paris).toBeCloseTo(0.54);
    expect(r.ratification.berlin).toBeCloseTo(0.68);
    expect(r.ratification.kyiv).toBeCloseTo(0.636);
    // Resolve = 0.3 + 0.4·1 + 0.3·0.10 = 0.73; deterrence = 1 × 0.73 × 1.
    expect(r.resolve).toBeCloseTo(0.73);
    expect(r.deterrence).toBeCloseTo(73);
    const z = 500 / 7 / 100 - 5 * 0.73;
    expect(r.odds.offensive).toBeCloseTo(sigmoid(z - 1.4), 10);
    expect(r.odds.comply).toBeCloseTo(1 - sigmoid(z + 0.8), 10);
    expect(r.asksUs).toBe(true);
    expect(r.automaticSanctions).toBe(true);
    expect(r.pledge).toBe("airDefence");
  });

  it("gives nothing for capitals that decline: military credibility scales with the signed capacity", () => {
    const r = evaluateDeal(mini, STRONG, { seated, signatories: ["washington", "paris", "kyiv"] });
    // Seated capacity 100 + 50 + 50; Berlin's 50 did not sign: share 0.75.
    expect(r?.capacityShare).toBeCloseTo(0.75);
    expect(r?.military).toBeCloseTo(75);
    expect(r?.support.berlin).toBeUndefined();
  });

  it("does not let a weak, vague framework deter better than no deal", () => {
    const r = evaluateDeal(mini, WEAK, { seated });
    expect(r?.military).toBe(0);
    expect(r?.deterrence).toBe(0);
    // Kyiv's support is capped at 100 (sovereignty affirmed); Paris is the weakest at 40.
    expect(r?.political).toBeCloseTo(40);
    const none = noDealOdds(mini);
    expect(none.odds.offensive).toBeCloseTo(sigmoid(-1.4), 10);
    // z = escalation 2/7 + weakness 0.4 × 1.
    expect(r?.odds.offensive).toBeCloseTo(sigmoid(2 / 7 + 0.4 - 1.4), 10);
    expect(r?.odds.offensive ?? 0).toBeGreaterThan(none.odds.offensive);
  });

  it("keeps Moscow's odds a probability distribution ordered by aggression", () => {
    const k = DEFAULT_MODEL_CONSTANTS;
    for (const deterrence of [0, 0.1, 0.5, 1]) {
      for (const escalation of [0, 50, 100]) {
        const o = moscowOdds(k, { deal: true, deterrence, escalation, unity: 50, grievance: 30 });
        const sum = o.comply + o.hybrid + o.incursion + o.offensive;
        expect(sum).toBeCloseTo(1, 12);
        for (const p of Object.values(o)) expect(p).toBeGreaterThanOrEqual(0);
      }
    }
    const low = moscowOdds(k, { deal: true, deterrence: 0.8, escalation: 20, unity: 50, grievance: 30 });
    const high = moscowOdds(k, { deal: true, deterrence: 0.2, escalation: 20, unity: 50, grievance: 30 });
    expect(low.offensive).toBeLessThan(high.offensive);
  });

  it("makes a treaty the hardest form to ratify", () => {
    const k = DEFAULT_MODEL_CONSTANTS;
    expect(ratificationProbability(k, 50, 100)).toBeLessThan(ratificationProbability(k, 50, 0));
    expect(ratificationProbability(k, 90, 50)).toBeGreaterThan(ratificationProbability(k, 20, 50));
    expect(ratificationProbability(k, 0, 100)).toBeGreaterThanOrEqual(k.ratificationMin);
  });

  it("returns null for an incomplete package and reads points from the private tables", () => {
    expect(evaluateDeal(mini, { pledge: "armed" }, { seated })).toBeNull();
    expect(packagePoints(mini, "paris", STRONG)).toBe(25 + 30 + 5 + 20);
    expect(packagePoints(mini, "moscow", STRONG)).toBeNull();
  });
});

describe("the sweep", () => {
  it("numbers packages both ways", () => {
    for (let p = 0; p < 16; p++) expect(packageNumber(mini, packageAt(mini, p))).toBe(p);
    expect(packageNumber(mini, { pledge: "armed" })).toBe(-1);
  });

  it("agrees with evaluateDeal on every mini package", () => {
    const r = sweep(mini);
    expect(r.packageCount).toBe(16);
    for (let p = 0; p < r.packageCount; p++) {
      const pkg = packageAt(mini, p);
      const e = evaluateDeal(mini, pkg, { seated });
      expect(r.deterrence[p]).toBeCloseTo(e?.deterrence ?? -1, 3);
      expect(r.political[p]).toBeCloseTo(e?.political ?? -1, 3);
      expect(r.offensive[p]).toBeCloseTo(e?.odds.offensive ?? -1, 5);
      expect(r.points[r.seats.indexOf("kyiv") * r.packageCount + p]).toBe(packagePoints(mini, "kyiv", pkg));
    }
    // Berlin cannot sign an open door and Kyiv cannot sign neutrality, and the quota needs both capitals.
    for (let p = 0; p < r.packageCount; p++) expect(r.concludable[p]).toBe(0);
  });

  it("covers every package of the default scenario and agrees with evaluateDeal", () => {
    const scenario = defaultScenario();
    const c = compileScenario(scenario);
    expect(c.packageCount).toBe(scenario.issues.reduce((n, i) => n * i.options.length, 1));
    const r = sweep(scenario);
    const seats = defaultSeats(scenario);
    for (let i = 0; i < 300; i++) {
      const p = (i * 7919 + 13) % r.packageCount;
      const e = evaluateDeal(scenario, packageAt(scenario, p), { seated: seats });
      expect(r.deterrence[p]).toBeCloseTo(e?.deterrence ?? -1, 3);
      expect(r.offensiveRisk[p]).toBeCloseTo(e?.offensiveRisk ?? -1, 5);
      expect(r.legal[p]).toBeCloseTo(e?.legal ?? -1, 3);
      const pkg = packageAt(scenario, p);
      const signers = seats.filter((id) => crossedRedLines(scenario, id, pkg).length === 0);
      expect(r.concludable[p]).toBe(checkAgreement(scenario, seats, signers, pkg).met ? 1 : 0);
      for (const [i, id] of r.seats.entries()) {
        expect(r.points[i * r.packageCount + p]).toBe(packagePoints(scenario, id, pkg));
        expect(r.signable[i * r.packageCount + p]).toBe(signers.includes(id) ? 1 : 0);
      }
    }
    expect(r.concludable.some((x) => x === 1)).toBe(true);
    expect(r.concludable.some((x) => x === 0)).toBe(true);
  });
});

describe("calibration of the default scenario (GAME.md targets, seeded Monte Carlo)", () => {
  const scenario = defaultScenario();
  const weak = {
    pledge: "consult",
    force: "none",
    "us-role": "political",
    arms: "yearly",
    "army-cap": "cap-800k",
    sanctions: "consensus",
    "legal-form": "declaration",
    alignment: "nato-deferred",
    burden: "europe-most",
  };
  const strong = {
    pledge: "automatic",
    force: "mfu",
    "us-role": "air",
    arms: "memorandum",
    "army-cap": "uncapped",
    sanctions: "snap-back-assets",
    "legal-form": "treaty",
    alignment: "eu-date",
    burden: "even",
  };
  const runs = 400;
  const noDeal = simulateFutures(scenario, null, { runs, seed: "calibration" });
  const weakDeal = simulateFutures(scenario, weak, { runs, seed: "calibration", ratification: "all" });
  const strongDeal = simulateFutures(scenario, strong, { runs, seed: "calibration", ratification: "all" });

  it("no deal: a major offensive within three years in roughly 40–60 % of futures", () => {
    expect(noDeal.offensive).toBeGreaterThanOrEqual(0.4);
    expect(noDeal.offensive).toBeLessThanOrEqual(0.6);
  });

  it("a strong, clear, ratified framework: under 15 %, with visibly higher escalation risk", () => {
    expect(strongDeal.offensive).toBeLessThan(0.15);
    const r = evaluateDeal(scenario, strong, { seated: defaultSeats(scenario) });
    const w = evaluateDeal(scenario, weak, { seated: defaultSeats(scenario) });
    expect(r?.escalation ?? 0).toBeGreaterThan((w?.escalation ?? 0) + 30);
    expect(strongDeal.outcomes.escalated).toBeGreaterThan(noDeal.outcomes.escalated);
  });

  it("a weak, vague framework is no better than no deal", () => {
    expect(weakDeal.offensive).toBeGreaterThanOrEqual(noDeal.offensive);
  });
});
