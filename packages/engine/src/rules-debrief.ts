// The end of the game: the outcome, the scores, and what an early end leaves behind.
import { compileScenario } from "./deal-model.ts";
import { type Ctx, clearReady, entered, ownVote } from "./rules-context.ts";
import { settleOffers } from "./rules-offers.ts";
import { computeScores } from "./scores.ts";
import type { GameState, Outcome } from "./state.ts";

/** The debrief's one-line outcome from the table's stats and the years played. */
export function outcomeOf(s: GameState): Outcome {
  const k = compileScenario(s.scenario).constants;
  if (s.table.escalation >= k.clashLevel) return "escalated";
  if (s.table.ukraineSecurity < k.failedBelow) return "failed";
  const attacked = s.years.some((y) => y.moscowAction === "incursion" || y.moscowAction === "offensive");
  if (attacked || s.table.ukraineSecurity < k.startSecurity - k.erodedMargin) return "eroded";
  return "held";
}

/** The game ends: a vote left open closes, offers settle, the outcome and the scores are set. */
export function enterDebrief(c: Ctx, early: boolean): void {
  const { s } = c;
  // Ended by the facilitator before the start: the table was never played.
  const notPlayed = s.phase === "lobby";
  // Ended by the facilitator before the last stress-test year was adjudicated: not tested.
  const tested = !early || (s.phase === "stress" && s.year >= s.timings.years && s.step === "adjudicated");
  // A vote left open by an early end closes without effect.
  const open = s.votes[s.votes.length - 1];
  const vote = open && !open.result ? ownVote(c) : null;
  if (vote) vote.result = { concluded: false, signatories: [], reason: "The game ended during the vote." };
  if (s.phase === "negotiation" || s.phase === "vote") settleOffers(c, null);
  s.phase = "debrief";
  s.step = null;
  s.deadline = null;
  s.paused = null;
  s.roundRemainingMs = null;
  s.endedEarly = early;
  if (notPlayed) s.notPlayed = true;
  const outcome = outcomeOf(s);
  s.outcome = outcome;
  s.scores = computeScores(s, outcome, tested);
  clearReady(c);
  entered(c);
  c.events.push(notPlayed ? { type: "game/ended", outcome, early, notPlayed } : { type: "game/ended", outcome, early });
}
