// The red cell's score (issue 17, item 10): Moscow is scored on the terms of the framework that
// stood (or its no-deal value), on what each stress-test year gave and cost it, and on the outcome
// line; and no other seat's score moves because of it.
import { describe, expect, it } from "vitest";
import { defaultScenario } from "./default-scenario.ts";
import { initialState } from "./initial-state.ts";
import { type Scenario, scenarioSchema } from "./scenario.ts";
import { computeScores } from "./scores.ts";
import type { GameState, Outcome, Package, SeatScore, YearRecord } from "./state.ts";
import { mini, miniInput } from "./test-fixtures/mini.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";

const t = (en: string) => ({ en });

/** The mini scenario with a red-cell brief for Moscow (numbers chosen to add up by hand). */
const scored: Scenario = scenarioSchema.parse({
  ...miniInput,
  seats: (miniInput.seats ?? []).map((s) =>
    s.kind === "redcell"
      ? {
          ...s,
          redCellBrief: {
            objectives: t("SECRET-MOSCOW a guarantee nobody honours."),
            pointTable: {
              pledge: { consult: 20, armed: 0 },
              force: { none: 30, mfu: 0 },
              alignment: { neutral: 30, open: 0 },
              sanctions: { consensus: 20, snap: 0 },
            },
            noDealValue: 45,
            outcomePoints: { held: -15, eroded: 10, failed: 25, escalated: -25 },
            yearPoints: { securityTaken: 1, brokenPromise: 8, split: 4, snapBack: -8, unitedAnswer: -12 },
          },
        }
      : s,
  ),
});

const WEAK: Package = { pledge: "consult", force: "none", alignment: "neutral", sanctions: "consensus" };
const STRONG: Package = { pledge: "armed", force: "mfu", alignment: "open", sanctions: "snap" };

/** A stress-test year as adjudication leaves it. */
function year(n: number, action: YearRecord["moscowAction"], over: Partial<YearRecord> = {}, damage = 0): YearRecord {
  return {
    year: n,
    event: null,
    odds: null,
    moscowAction: action,
    moscowDrawn: false,
    responses: {},
    snapBack: false,
    brokenPromises: [],
    adjudication: {
      damage: action === "comply" ? -5 : damage,
      mitigation: 0,
      securityAfter: 50,
      escalationAfter: action === "comply" ? 0 : 1,
      unityAfter: 50,
      capitalAfter: {},
    },
    ...over,
  };
}

/** A finished table of `scenario`: the framework (or none) and the years given. */
function finished(scenario: Scenario, pkg: Package | null, years: YearRecord[], stands = true): GameState {
  const s = initialState(scenario, { seed: 1 });
  s.framework = pkg
    ? {
        package: pkg,
        signatories: [...s.seatOrder],
        unanimous: false,
        ratification: {},
        bound: [...s.seatOrder],
        stands,
      }
    : null;
  s.years = years;
  s.phase = "debrief";
  return s;
}

const moscowOf = (scores: SeatScore[]) => scores.find((x) => x.seat === "moscow");
const quiet = [year(1, "comply"), year(2, "comply"), year(3, "comply")];

describe("the red cell's score", () => {
  it("scores its no-deal value when no framework stands, plus the outcome line, after every negotiating seat", () => {
    const scores = computeScores(finished(scored, null, quiet), "held");
    expect(scores.map((x) => x.seat)).toEqual(["washington", "paris", "berlin", "kyiv", "moscow"]);
    expect(moscowOf(scores)).toEqual({
      seat: "moscow",
      dealPoints: 45,
      concluded: false,
      outcomePoints: -15,
      unanimityBonus: 0,
      brokenPromisePenalty: 0,
      total: 30,
      noDealValue: 45,
      margin: -15,
      redCell: { yearPoints: 0, years: expect.any(Array) },
    });
  });

  it("scores the terms of the framework that stood by its own table, and a framework that fell as none", () => {
    expect(moscowOf(computeScores(finished(scored, WEAK, quiet), "eroded"))).toMatchObject({
      dealPoints: 100,
      concluded: true,
      outcomePoints: 10,
      total: 110,
      margin: 65,
    });
    expect(moscowOf(computeScores(finished(scored, STRONG, quiet), "held"))).toMatchObject({
      dealPoints: 0,
      total: -15,
    });
    // Ratification broke the agreement rule: the guarantee was never made.
    expect(moscowOf(computeScores(finished(scored, STRONG, quiet, false), "held"))).toMatchObject({
      dealPoints: 45,
      concluded: false,
    });
  });

  it("gains the security its offensive took, and scores a broken promise and a split West as division", () => {
    const offensive = year(
      1,
      "offensive",
      {
        responses: { washington: "nothing", paris: "airDefence", berlin: "sanctions" },
        brokenPromises: ["washington"],
      },
      21.4,
    );
    const red = moscowOf(computeScores(finished(scored, null, [offensive, year(2, "comply")]), "eroded"));
    expect(red?.redCell?.years).toEqual([
      {
        year: 1,
        action: "offensive",
        securityTaken: 21.4,
        brokenPromises: 1,
        split: true,
        snapBack: false,
        unitedAnswer: false,
        gains: 21,
        division: 12,
        costs: 0,
        points: 33,
      },
      expect.objectContaining({ year: 2, action: "comply", securityTaken: 0, points: 0 }),
    ]);
    expect(red).toMatchObject({ outcomePoints: 10, total: 45 + 10 + 33, margin: 43 });
  });

  it("pays for sanctions that snapped back and for an attack met by a united military answer", () => {
    const united = year(
      1,
      "incursion",
      { responses: { washington: "airDefence", paris: "direct", berlin: "sanctions" }, snapBack: true },
      3,
    );
    const red = moscowOf(computeScores(finished(scored, STRONG, [united]), "eroded"));
    expect(red?.redCell?.years[0]).toMatchObject({
      unitedAnswer: true,
      snapBack: true,
      gains: 3,
      costs: -20,
      points: -17,
    });
    expect(red?.total).toBe(0 + 10 - 17);
    // Someone stood aside: not united, and a split instead.
    const divided = year(1, "incursion", { responses: { washington: "airDefence", paris: "nothing" } }, 9);
    expect(moscowOf(computeScores(finished(scored, STRONG, [divided]), "eroded"))?.redCell?.years[0]).toMatchObject({
      unitedAnswer: false,
      split: true,
      points: 9 + 4,
    });
    // Everyone answered, but a bound seat fell short of its pledge: division, not unity.
    const short = year(
      1,
      "offensive",
      { responses: { washington: "sanctions", paris: "direct" }, brokenPromises: ["washington"] },
      6,
    );
    expect(moscowOf(computeScores(finished(scored, STRONG, [short]), "eroded"))?.redCell?.years[0]).toMatchObject({
      unitedAnswer: false,
      split: false,
      points: 6 + 8,
    });
    // Hybrid pressure is no attack: it takes security, but no united answer is owed it.
    const hybrid = year(1, "hybrid", { responses: { washington: "airDefence", paris: "sanctions" } }, 2.5);
    expect(moscowOf(computeScores(finished(scored, STRONG, [hybrid]), "held"))?.redCell?.years[0]).toMatchObject({
      unitedAnswer: false,
      split: false,
      gains: 3,
      points: 3,
    });
  });

  it("keeps its year points but no outcome points when the table was ended before the test was over, and skips unjudged years", () => {
    const unjudged = { ...year(2, "offensive"), adjudication: null };
    const red = moscowOf(
      computeScores(finished(scored, null, [year(1, "incursion", {}, 10), unjudged]), "eroded", false),
    );
    expect(red).toMatchObject({ outcomePoints: 0, total: 45 + 10, redCell: { yearPoints: 10 } });
    expect(red?.redCell?.years.map((y) => y.year)).toEqual([1]);
  });

  it("is not scored where its scenario gives it no red-cell brief", () => {
    const scores = computeScores(finished(mini, STRONG, quiet), "held");
    expect(scores.map((x) => x.seat)).toEqual(["washington", "paris", "berlin", "kyiv"]);
  });

  it("changes no other seat's score", () => {
    const years = [
      year(
        1,
        "offensive",
        { responses: { washington: "nothing", paris: "direct" }, brokenPromises: ["washington"] },
        20,
      ),
      year(2, "incursion", { responses: { washington: "airDefence", paris: "direct" }, snapBack: true }, 4),
    ];
    for (const outcome of ["held", "eroded", "failed", "escalated"] as Outcome[]) {
      const withRed = computeScores(finished(scored, STRONG, years), outcome);
      const without = computeScores(finished(mini, STRONG, years), outcome);
      expect(withRed.filter((x) => x.seat !== "moscow")).toEqual(without);
    }
  });

  it("reads a played game of the default scenario, and leaves its negotiating seats' scores as they were", () => {
    const game = playScriptedGame(defaultScenario(), { seed: "red-cell", at: 1_000 });
    const end = game.final;
    const red = moscowOf(end.scores ?? []);
    expect(red?.redCell?.years).toHaveLength(end.years.length);
    end.years.forEach((y, i) => {
      const scoredYear = red?.redCell?.years[i];
      expect(scoredYear?.action).toBe(y.moscowAction);
      expect(scoredYear?.brokenPromises).toBe(y.brokenPromises.length);
      expect(scoredYear?.snapBack).toBe(y.snapBack);
    });
    // The same table scored as if the scenario gave Moscow no brief: every other seat the same.
    const plain = {
      ...end,
      scenario: { ...end.scenario, seats: end.scenario.seats.map(({ redCellBrief: _r, ...s }) => s) },
    };
    expect(computeScores(plain, end.outcome ?? "held")).toEqual(end.scores?.filter((x) => x.seat !== "moscow"));
  });
});
