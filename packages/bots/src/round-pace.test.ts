import { type Action, applyParsed, type GameState, initialState, parseAction, view } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { decideInPlace, INITIATIVES_BEFORE_READY } from "./bot.ts";
import type { NegotiatorMemory } from "./bot-types.ts";

const F = { kind: "facilitator" } as const;

/**
 * Round 1 of a 300-second round with bots on every seat but Kyiv, which is run by a person who is
 * ready from the start (or by a bot too): each bot decides every 3 s of table time. Returns when
 * round 1 ended and how many initiatives each bot took in it.
 */
function firstRound(kyivPerson: boolean): { endedAt: number; initiatives: Record<string, number> } {
  let s: GameState = initialState(defaultScenario(), {
    seed: "round-pace",
    at: 0,
    timings: { briefingSeconds: 0, rounds: 3, roundSeconds: 300 },
  });
  const act = (a: unknown): boolean => {
    const parsed = parseAction(a);
    if (!parsed.ok) return false;
    const r = applyParsed(s, parsed.action);
    if (r.ok) s = r.state;
    return r.ok;
  };
  if (kyivPerson) act({ type: "facilitator/set-controller", seat: "kyiv", controller: "human", actor: F, at: 0 });
  act({ type: "table/start", actor: F, at: 0 });
  const bots = s.seatOrder.filter((x) => !kyivPerson || x !== "kyiv");
  const memory: Record<string, NegotiatorMemory | null> = {};
  const initiatives: Record<string, number> = {};
  let t = 0;
  while (s.round === 1 && t < 300_000) {
    t += 1000;
    if (kyivPerson && s.phase === "negotiation" && !s.seats.kyiv?.ready)
      act({ type: "seat/ready", ready: true, actor: { kind: "seat", seat: "kyiv" }, at: t });
    if (kyivPerson && s.phase === "vote" && !s.votes.at(-1)?.ballots.kyiv)
      act({ type: "vote/decline", actor: { kind: "seat", seat: "kyiv" }, at: t });
    bots.forEach((seat, k) => {
      if (t % 3000 !== (k * 1000) % 3000) return;
      const d = decideInPlace(
        view(s, { kind: "seat", seat }),
        { personality: "pragmatist", seed: "p" },
        memory[seat] ?? null,
        t,
        false,
      );
      memory[seat] = d.memory;
      for (const a of d.actions) {
        const issue = "issue" in a ? a.issue : null;
        const counts = (a.type === "draft/amend" || a.type === "draft/set") && issue !== null && s.draft[issue] != null;
        if (act({ ...a, actor: { kind: "seat", seat }, at: t } as Action) && counts && s.round === 1)
          initiatives[seat] = (initiatives[seat] ?? 0) + 1;
      }
    });
    if (s.deadline !== null && t >= s.deadline) act({ type: "phase/expired", actor: { kind: "system" }, at: t });
  }
  return { endedAt: t, initiatives };
}

describe("the round's pace", () => {
  it("ends a round early once the person at the table is done and every bot has said its piece", () => {
    const { endedAt, initiatives } = firstRound(true);
    expect(endedAt).toBeLessThan(300_000);
    // Each bot took at most its budget, plus the second half of a trade it had under way.
    for (const n of Object.values(initiatives)) expect(n).toBeLessThanOrEqual(INITIATIVES_BEFORE_READY + 1);
  });

  it("leaves a bot-only table to bargain through its rounds (the simulator's tables)", () => {
    expect(firstRound(false).endedAt).toBe(300_000);
  });
});
