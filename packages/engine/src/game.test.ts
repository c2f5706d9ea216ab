import { describe, expect, it } from "vitest";

import { apply } from "./apply.ts";
import { defaultScenario } from "./default-scenario.ts";
import { stateHash } from "./hash.ts";
import { legalActions, legalActionTypes } from "./legal-actions.ts";
import { replay } from "./replay.ts";
import { F } from "./test-fixtures/helpers.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";

const scenario = defaultScenario();

describe("a full scripted game of the default scenario", () => {
  const game = playScriptedGame(scenario, { seed: "full-game", at: 1_000_000 });
  const phases = [...new Set(game.states.map((s) => s.phase))];

  it("walks from the lobby through every phase to the debrief", () => {
    expect(phases).toEqual(["lobby", "briefing", "negotiation", "vote", "ratification", "stress", "debrief"]);
    const end = game.final;
    expect(end.framework?.signatories.length).toBeGreaterThanOrEqual(4);
    expect(end.years).toHaveLength(scenario.timings.years);
    for (const y of end.years) {
      expect(y.event).not.toBeNull();
      expect(y.moscowAction).not.toBeNull();
      expect(y.adjudication).not.toBeNull();
    }
    expect(end.outcome).not.toBeNull();
    // Every negotiating seat, then the red cell (which the default scenario scores).
    expect(end.scores?.map((s) => s.seat)).toEqual([...end.seatOrder, "moscow"]);
    for (const s of end.scores ?? [])
      expect(s.total).toBe(
        s.dealPoints + s.outcomePoints + s.unanimityBonus - s.brokenPromisePenalty + (s.redCell?.yearPoints ?? 0),
      );
    // Amendments were posted, supported and settled on the way.
    expect(end.amendments.length).toBeGreaterThan(0);
    expect(end.amendments.some((m) => m.status === "accepted")).toBe(true);
  });

  it("replays to the same state and hash at every step", () => {
    const full = replay(scenario, "full-game", game.log, undefined, { at: 1_000_000 });
    expect(full.error).toBeNull();
    expect(stateHash(full.state)).toBe(stateHash(game.final));
    for (const i of [0, 5, 17, 40, game.log.length - 3]) {
      const r = replay(scenario, "full-game", game.log, i, { at: 1_000_000 });
      expect(stateHash(r.state)).toBe(stateHash(game.states[i] ?? game.final));
    }
  });

  it("gives a different game for a different seed", () => {
    const other = playScriptedGame(scenario, { seed: "another", at: 1_000_000 });
    expect(stateHash(other.final)).not.toBe(stateHash(game.final));
  });

  it("reports where a log stops applying", () => {
    const log = [...game.log.slice(0, 3), { type: "vote/sign", actor: { kind: "seat", seat: "paris" }, at: 0 }];
    const r = replay(scenario, "full-game", log, undefined, { at: 1_000_000 });
    expect(r.applied).toBe(3);
    expect(r.error?.index).toBe(3);
    expect(r.error?.error.code).toBe("vote/not_open");
  });
});

describe("legal actions", () => {
  const { states } = playScriptedGame(scenario, { seed: "legal", at: 1_000_000 });

  it("are exactly what apply accepts, for every viewer in every phase", () => {
    for (const s of states.filter((_, i) => i % 9 === 0)) {
      for (const viewer of [{ kind: "facilitator" }, { kind: "moscow" }, { kind: "seat", seat: "paris" }] as const) {
        for (const a of legalActions(s, viewer)) expect(apply(s, a).ok).toBe(true);
      }
      expect(legalActions(s, { kind: "observer" })).toEqual([]);
    }
  });

  it("name what a seat can do in the lobby, in talks and in a vote", () => {
    const lobby = states[0];
    const talks = states.find((s) => s.phase === "negotiation");
    const vote = states.find((s) => s.phase === "vote");
    if (!lobby || !talks || !vote) throw new Error("scripted game phases");
    expect(legalActionTypes(lobby, { kind: "seat", seat: "paris" })).toEqual([]);
    expect(legalActionTypes(lobby, { kind: "facilitator" })).toContain("table/start");
    const pen = talks.penHolder ?? "";
    expect(legalActionTypes(talks, { kind: "seat", seat: pen })).toContain("draft/set");
    const other = talks.seatOrder.find((x) => x !== pen) ?? "";
    expect(legalActionTypes(talks, { kind: "seat", seat: other })).toContain("draft/amend");
    expect(legalActionTypes(talks, { kind: "seat", seat: other })).not.toContain("draft/set");
    expect(legalActionTypes(vote, { kind: "seat", seat: "kyiv" }).sort()).toEqual(
      vote.votes.at(-1)?.ballots.kyiv ? [] : expect.arrayContaining(["vote/decline"]),
    );
    expect(legalActionTypes(vote, F.kind === "facilitator" ? { kind: "facilitator" } : { kind: "observer" })).toContain(
      "vote/close",
    );
  });
});
