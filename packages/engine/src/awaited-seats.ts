// Which seats the table is waiting on right now: a ballot in an open vote, a guarantor's response
// or the protected state's move in a stress-test year. Read from the engine's own rule of who may
// act (the standing refusals), so the facilitator's console never restates who owes what.
import type { Action } from "./actions.ts";
import { standingRefusal } from "./rules-who-may-act.ts";
import type { SeatId } from "./scenario.ts";
import type { GameState } from "./state.ts";

/** What a seat owes the table now. */
export type AwaitedStep = "ballot" | "response" | "move";

const STEPS: readonly [AwaitedStep, Action["type"]][] = [
  ["ballot", "vote/decline"],
  ["response", "stress/respond"],
  ["move", "stress/protected-move"],
];

/**
 * The seats that owe a step now, and the step, in seat order. A paused table still waits on the
 * same seats (the pause only stops the clock), so the pause is set aside when asking.
 */
export function awaitedSeats(state: GameState): Partial<Record<SeatId, AwaitedStep>> {
  const out: Partial<Record<SeatId, AwaitedStep>> = {};
  if (state.phase !== "vote" && !(state.phase === "stress" && state.step === "response")) return out;
  const s: GameState = state.paused === null ? state : { ...state, paused: null };
  for (const seat of s.seatOrder) {
    if (s.seats[seat]?.redCell) continue;
    for (const [step, type] of STEPS)
      if (standingRefusal(s, type, { kind: "seat", seat }) === null) {
        out[seat] = step;
        break;
      }
  }
  return out;
}
