import { describe, expect, it } from "vitest";
import { awaitedSeats } from "./awaited-seats.ts";
import { defaultScenario } from "./default-scenario.ts";
import type { GameState } from "./state.ts";
import { protectedSeat, responders } from "./stress-readout.ts";
import { F, ok, seat } from "./test-fixtures/helpers.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";

/** What the console should show, worked out from the state's records rather than the rules. */
function expected(s: GameState): Record<string, string> {
  const out: Record<string, string> = {};
  if (s.phase === "vote") {
    const vote = s.votes[s.votes.length - 1];
    for (const id of s.seatOrder) if (!s.seats[id]?.redCell && !vote?.ballots[id]) out[id] = "ballot";
  }
  if (s.phase === "stress" && s.step === "response") {
    const year = s.years[s.years.length - 1];
    for (const id of responders(s)) if (!year?.responses[id]) out[id] = "response";
    const moving = protectedSeat(s);
    if (moving && !year?.protectedMove) out[moving] = "move";
  }
  return out;
}

describe("the seats a table waits on", () => {
  const { states } = playScriptedGame(defaultScenario(), { seed: "awaited", at: 0 });

  it("lists, at every step of a whole game, each seat owing a ballot, a response or the protected move", () => {
    let seen = { ballot: 0, response: 0, move: 0 };
    for (const s of states) {
      const awaited = awaitedSeats(s);
      expect(awaited).toEqual(expected(s));
      for (const step of Object.values(awaited)) if (step) seen = { ...seen, [step]: seen[step] + 1 };
    }
    // The game went through votes and stress-test years, so each kind was awaited at some point.
    expect(seen.ballot).toBeGreaterThan(0);
    expect(seen.response).toBeGreaterThan(0);
    expect(seen.move).toBeGreaterThan(0);
  });

  it("still waits on the same seats while the facilitator pauses the clock", () => {
    const open = states.find((s) => s.phase === "vote" && Object.keys(expected(s)).length > 1);
    if (!open) throw new Error("the scripted game never opened a vote");
    const paused = ok(open, { type: "facilitator/pause", actor: F });
    expect(paused.paused).not.toBeNull();
    expect(awaitedSeats(paused)).toEqual(awaitedSeats(open));
    // A ballot cast takes the seat off the list.
    const first = Object.keys(awaitedSeats(open))[0] ?? "";
    const after = ok(open, { type: "vote/decline", actor: seat(first) });
    expect(Object.keys(awaitedSeats(after))).not.toContain(first);
  });

  it("waits on nobody outside a vote and a response step", () => {
    for (const s of states)
      if (s.phase !== "vote" && !(s.phase === "stress" && s.step === "response")) expect(awaitedSeats(s)).toEqual({});
  });
});
