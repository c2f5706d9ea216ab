import { describe, expect, it } from "vitest";

import { afterActionReport, analyseDeal } from "./after-action.ts";
import { defaultScenario } from "./default-scenario.ts";
import { describeEvent } from "./describe-event.ts";
import { stateHash } from "./hash.ts";
import { packageAt, sweep } from "./sweep.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";

const scenario = defaultScenario();
const init = { seed: "aar-1", tableId: "t-aar", at: 1_000_000 };
const game = playScriptedGame(scenario, init);

describe("afterActionReport", () => {
  const report = afterActionReport(scenario, init, game.log, { futuresRuns: 50 });

  it("replays the whole log to the same final state", () => {
    expect(report.replayError).toBeNull();
    expect(report.actions).toBe(game.log.length);
    expect(stateHash(report.final)).toBe(stateHash(game.final));
    expect(report.phase).toBe("debrief");
  });

  it("has one timeline entry per action, in order, with readable sentences", () => {
    expect(report.timeline.map((t) => t.seq)).toEqual(game.log.map((_, i) => i + 1));
    const sentences = report.timeline.flatMap((t) => t.text);
    expect(sentences.some((s) => /proposed|wrote/.test(s))).toBe(true);
    expect(sentences.some((s) => s.startsWith("The game ended"))).toBe(true);
    for (const s of sentences) expect(s).toMatch(/[.:)]$/);
  });

  it("keeps each action's events, which a screen tells in its reader's language (the English is theirs)", () => {
    expect(report.timeline.some((t) => t.events.length > 0)).toBe(true);
    for (const t of report.timeline)
      expect(t.text).toEqual(t.events.map((e) => describeEvent(scenario, e)).filter((s) => s.length > 0));
  });

  it("draws each seat's concession curve from what it backed, by its own points", () => {
    const seats = Object.keys(report.concession);
    expect(seats).toEqual(report.final.seatOrder);
    const all = Object.values(report.concession).flat();
    expect(all.length).toBeGreaterThan(0);
    for (const p of all) expect(p.filled).toBeGreaterThanOrEqual(1);
    // A signature's points are the seat's own points for the complete package.
    const vote = report.final.votes.find((v) => v.result?.concluded);
    if (vote) {
      for (const [seat, ballot] of Object.entries(vote.ballots)) {
        if (ballot !== "sign") continue;
        const signed = report.concession[seat]?.find((p) => p.kind === "signed" && p.filled === scenario.issues.length);
        const table = scenario.seats.find((s) => s.id === seat)?.brief?.pointTable ?? {};
        const expected = Object.entries(vote.package).reduce((sum, [i, o]) => sum + (table[i]?.[o] ?? 0), 0);
        expect(signed?.points).toBe(expected);
      }
    }
  });

  it("records a coalition edge for each support, from supporter to author", () => {
    const supports = report.timeline.filter((t) => t.type === "draft/support").length;
    expect(report.coalition.reduce((n, e) => n + e.count, 0)).toBe(supports);
    for (const e of report.coalition) expect(e.from).not.toBe(e.to);
  });

  it("sets every bound seat's pledge against its response each year", () => {
    for (const p of report.promises) {
      if (p.broken) expect(p.bound).toBe(true);
    }
    const years = new Set(report.promises.map((p) => p.year));
    expect(years.size).toBeLessThanOrEqual(report.final.years.length);
  });

  it("reports the futures of the table's deal beside no deal", () => {
    expect(report.futures?.noDeal.runs).toBe(50);
  });

  it("stops cleanly at an action the engine refuses, naming it", () => {
    const broken = [...game.log.slice(0, 3), { type: "vote/sign", actor: { kind: "seat", seat: "kyiv" }, at: 1 }];
    const r = afterActionReport(scenario, init, broken);
    expect(r.replayError?.seq).toBe(4);
    expect(r.actions).toBe(3);
  });
});

describe("analyseDeal", () => {
  const seats = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"];
  const s = sweep(scenario, { seats });

  it("finds a package that maximises the Nash product Pareto-optimal, with ratio 1", () => {
    let best = -1;
    let bestNash = 0;
    const n = s.packageCount;
    for (let p = 0; p < n; p++) {
      if (s.concludable[p] !== 1) continue;
      let prod = 1;
      for (let i = 0; i < s.seats.length; i++) {
        const d = scenario.seats.find((x) => x.id === s.seats[i])?.brief?.noDealValue ?? 0;
        const g = (s.points[i * n + p] ?? 0) - d;
        prod = g > 0 ? prod * g : 0;
      }
      if (prod > bestNash) {
        bestNash = prod;
        best = p;
      }
    }
    expect(best).toBeGreaterThanOrEqual(0);
    const a = analyseDeal(scenario, seats, packageAt(scenario, best));
    expect(a.nashProduct).toBeCloseTo(a.bestNashProduct);
    expect(a.paretoOptimal).toBe(true);
  });

  it("finds the weak declaration package dominated", () => {
    const weak = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options[0]?.id ?? ""]));
    const a = analyseDeal(scenario, seats, weak);
    expect(a.nashProduct).toBe(0);
    expect(a.dominatedBy).toBeGreaterThan(0);
  });
});

describe("describeEvent", () => {
  it("names seats and options in English", () => {
    const text = describeEvent(scenario, {
      type: "amendment/posted",
      amendment: {
        id: 1,
        by: "kyiv",
        issue: "legal-form",
        option: "treaty",
        supporters: [],
        status: "open",
        round: 1,
        at: 0,
      },
    });
    expect(text).toContain("Kyiv");
    expect(text).toMatch(/treat/i);
  });
});

describe("afterActionReport's linked offers", () => {
  it("lists every offer with its terms settled, and counts the words each seat broke", () => {
    const F = { kind: "facilitator" } as const;
    const by = (seat: string) => ({ kind: "seat", seat }) as const;
    const at = (n: number) => 2_000_000 + n * 1000;
    const start = { seed: "aar-offers", tableId: "t-offers", at: 2_000_000, timings: { briefingSeconds: 0 } };
    const log = [
      { type: "table/start", actor: F, at: at(1) },
      { type: "draft/amend", issue: "pledge", option: "article5", actor: by("london"), at: at(2) },
      { type: "draft/amend", issue: "burden", option: "even", actor: by("berlin"), at: at(3) },
      {
        type: "offer/make",
        to: "berlin",
        gives: [{ act: "support", amendment: 2 }],
        asks: [{ act: "support", amendment: 1 }],
        actor: by("london"),
        at: at(4),
      },
      { type: "offer/accept", offer: 1, actor: by("berlin"), at: at(5) },
      { type: "draft/support", amendment: 2, actor: by("london"), at: at(6) },
      { type: "draft/decline", amendment: 2, actor: by("paris"), at: at(7) },
      { type: "draft/decline", amendment: 1, actor: by("paris"), at: at(8) },
    ];
    const report = afterActionReport(scenario, start, log);
    expect(report.replayError).toBeNull();
    expect(report.offers).toHaveLength(1);
    expect(report.offers[0]?.gives[0]?.result).toBe("kept");
    expect(report.offers[0]?.asks[0]?.result).toBe("broken");
    expect(report.brokenWords).toEqual({ berlin: 1 });
    expect(report.timeline.flatMap((t) => t.text)).toContain(
      "Berlin broke its word on offer 1 (to support amendment 1).",
    );
  });
});

describe("a table ended from the lobby", () => {
  it("is reported as not played, with no deterrence outcome in its timeline (#17.8)", () => {
    const r = afterActionReport(
      scenario,
      init,
      [{ type: "facilitator/end", actor: { kind: "facilitator" }, at: init.at + 1000 }],
      {
        futuresRuns: 0,
      },
    );
    expect(r.replayError).toBeNull();
    expect(r.notPlayed).toBe(true);
    const text = r.timeline.flatMap((t) => t.text).join(" ");
    expect(text).toContain("The game ended before it started: not played.");
    expect(text).not.toMatch(/deterrence/i);
    expect(afterActionReport(scenario, init, game.log, { futuresRuns: 0 }).notPlayed).toBe(false);
  });
});
