// What the server's clock must do next: the engine names the action and its time, the room only
// sets one timer for it. The phase's deadline and the pen's lapse are the two timed rules.
import { penLapseAt } from "./pen-requests.ts";
import type { GameState } from "./state.ts";

/** The next action the clock sends on its own, and when. */
export type ClockAction = { type: "phase/expired" | "pen/lapse"; at: number };

/** The clock's next action, or null when nothing is timed (the lobby, a pause, an untimed phase). */
export function nextClockAction(s: GameState): ClockAction | null {
  if (s.paused) return null;
  const lapse = penLapseAt(s);
  if (lapse !== null && (s.deadline === null || lapse < s.deadline)) return { type: "pen/lapse", at: lapse };
  return s.deadline === null ? null : { type: "phase/expired", at: s.deadline };
}
