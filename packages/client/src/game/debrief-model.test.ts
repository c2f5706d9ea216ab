import type { FuturesReport, SeatScore, YearRecord } from "@ironclad/engine";
import { describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import type { PublicPart, TableSnapshot } from "../net/table-types.ts";
import { debriefModel } from "./debrief-model.ts";
import { snapshot as baseSnapshot, full, ORDER, PACKAGE, privatePart, READOUT, scenario } from "./snapshot-fixtures.ts";

const report = (outcomes: FuturesReport["outcomes"], offensive: number): FuturesReport => ({
  runs: 200,
  outcomes,
  offensive,
  attacked: 0.5,
  collapsed: 0.1,
  meanEscalation: 1,
  meanSecurity: 45,
  brokenPromises: 0.3,
});

const MARGINS: Record<string, number> = { washington: 5, paris: -3, london: 12, berlin: 0, warsaw: 7, kyiv: 17 };

function scoresPart() {
  return ORDER.map((seat) => ({ seat, total: 60 + (MARGINS[seat] ?? 0), margin: MARGINS[seat] ?? 0, concluded: true }));
}

const KYIV: SeatScore = {
  seat: "kyiv",
  dealPoints: 62,
  concluded: true,
  outcomePoints: 12,
  unanimityBonus: 5,
  brokenPromisePenalty: 0,
  total: 79,
  noDealValue: 62,
  margin: 17,
};

const yearRecord = (year: number, action: YearRecord["moscowAction"], broken: string[] = []): YearRecord => ({
  year,
  event: null,
  odds: null,
  moscowAction: action,
  moscowDrawn: true,
  responses: {},
  snapBack: false,
  brokenPromises: broken,
  adjudication: null,
});

function pub(over: Partial<PublicPart> = {}): PublicPart {
  return {
    votes: [
      {
        id: 1,
        calledBy: "paris",
        round: 1,
        package: PACKAGE,
        ballots: { paris: "sign", kyiv: "decline" },
        openedAt: 0,
        result: { concluded: false, signatories: [], reason: "Kyiv declined" },
      },
      {
        id: 2,
        calledBy: "kyiv",
        round: 2,
        package: PACKAGE,
        ballots: Object.fromEntries(ORDER.map((s) => [s, "sign"])),
        openedAt: 0,
        result: { concluded: true, signatories: ORDER, reason: "" },
      },
    ],
    framework: {
      package: PACKAGE,
      signatories: ORDER,
      unanimous: true,
      ratification: Object.fromEntries(
        ORDER.map((s) => [s, { probability: 0.8, roll: s === "berlin" ? 0.9 : 0.2, ratified: s !== "berlin" }]),
      ),
      bound: ORDER.filter((s) => s !== "berlin"),
      stands: true,
    },
    table: { unity: 48, grievance: 30, ukraineSecurity: 52, escalation: 1 },
    years: [yearRecord(1, "hybrid"), yearRecord(2, "incursion", ["paris"])],
    outcome: "eroded",
    endedEarly: false,
    readout: READOUT,
    noDeal: { odds: { comply: 0.2, hybrid: 0.3, incursion: 0.2, offensive: 0.3 }, offensiveRisk: 0.48 },
    scores: scoresPart(),
    timings: { ...full.timings, years: 2 },
    futures: {
      deal: report({ held: 120, eroded: 50, failed: 20, escalated: 10 }, 0.12),
      noDeal: report({ held: 40, eroded: 60, failed: 90, escalated: 10 }, 0.5),
    },
    ...over,
  } as PublicPart;
}

function snapshot(over: Partial<TableSnapshot> = {}): TableSnapshot {
  return baseSnapshot({
    phase: "debrief",
    round: 2,
    year: 2,
    deadline: 0,
    penHolder: "",
    seq: 200,
    seats: {},
    draft: PACKAGE,
    pub: pub(),
    mine: privatePart({ myScore: KYIV }),
    ...over,
  });
}

describe("the debrief scene's model", () => {
  it("heads with the outcome and says whether a deal stood", () => {
    const m = debriefModel(snapshot(), scenario, "kyiv");
    expect(m.outcome).toBe("eroded");
    expect(m.headline).toBe("Deterrence eroded.");
    expect(m.subline).toBe("The framework stood through the test.");
    expect(m.header.phaseLabel).toBe("Debrief");
  });

  it("heads a table ended from the lobby 'Not played', not with the outcome the engine computed (#17.8)", () => {
    const m = debriefModel(
      snapshot({ pub: pub({ framework: null, years: [], outcome: "held", endedEarly: true, notPlayed: true }) }),
      scenario,
      "kyiv",
    );
    expect(m.headline).toBe("Not played.");
    expect(m.outcome).toBeNull();
    expect(`${m.headline} ${m.subline}`).not.toMatch(/held/i);
    expect(m.subline).toContain("before it started");
    setLang("uk");
    try {
      expect(debriefModel(snapshot({ pub: pub({ notPlayed: true }) }), scenario, "kyiv").headline).toBe("Не зіграно.");
    } finally {
      setLang("en");
    }
  });

  it("sets every seat's margin against its no-deal value, and only my own no-deal value", () => {
    const m = debriefModel(snapshot(), scenario, "kyiv");
    expect(m.scores.map((s) => s.seat)).toEqual(["kyiv", "london", "warsaw", "washington", "berlin", "paris"]);
    expect(m.scores[0]).toMatchObject({ me: true, total: 77, margin: 17, noDealValue: 62, name: "Kyiv" });
    for (const s of m.scores.slice(1)) expect(s.noDealValue).toBeNull();
    expect(m.mine?.parts).toEqual([
      { label: "Points for the framework", value: 62 },
      { label: "Points from the outcome", value: 12 },
      { label: "Unanimity bonus", value: 5 },
    ]);
    // The total after the outcome, bonuses and penalties: never labelled like the framework's own points (#17.8).
    expect(m.words.yourScore).toBe("Your total score: 79 points · no-deal value 62");
    // An observer sees the public margins and no one's no-deal value.
    const observer = debriefModel(snapshot({ mine: null }), scenario, null);
    expect(observer.mine).toBeNull();
    expect(observer.scores.every((s) => s.noDealValue === null && !s.me)).toBe(true);
  });

  it("gives the standing deal's three criteria, and none without a deal", () => {
    const m = debriefModel(snapshot(), scenario, "kyiv");
    expect(m.criteria?.map((c) => c.value)).toEqual([
      Math.round(READOUT.legal),
      Math.round(READOUT.military),
      Math.round(READOUT.political),
    ]);
    const none = debriefModel(snapshot({ pub: pub({ framework: null }) }), scenario, "kyiv");
    expect(none.criteria).toBeNull();
    expect(none.subline).toBe("The table went into the test without a deal.");
  });

  it("turns the futures' counts into shares, the deal beside no deal", () => {
    const m = debriefModel(snapshot(), scenario, "kyiv");
    expect(m.futures?.runs).toBe(200);
    expect(m.futures?.rows.map((r) => r.key)).toEqual(["deal", "noDeal"]);
    expect(m.futures?.rows[0]?.shares).toEqual({ held: 0.6, eroded: 0.25, failed: 0.1, escalated: 0.05 });
    expect(m.futures?.rows[1]?.offensive).toBe(0.5);
    expect(m.words.futures).toBe("The same choice across 200 futures");
  });

  it("lays the game out as a timeline: rounds and their votes, ratification, the years", () => {
    const m = debriefModel(snapshot(), scenario, "kyiv");
    expect(m.timeline.map((i) => i.kind)).toEqual(["round", "vote", "round", "vote", "ratification", "year", "year"]);
    expect(m.timeline[1]).toMatchObject({ concluded: false, signed: 1, label: "Vote failed · 1 signed" });
    expect(m.timeline[4]).toMatchObject({ stands: true, ratified: 5, signatories: 6, label: "Ratified by 5 of 6" });
    expect(m.timeline[6]).toMatchObject({ action: "incursion", severity: 2, broken: 1 });
  });
});
