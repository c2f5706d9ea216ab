// How long a game lasts when every clock runs out: the plan a facilitator fits into a lesson. The
// same timed steps as the reducer (apply.ts), summed; planned-length.test.ts plays games through the
// reducer to the debrief and checks that they take exactly this long.
import type { Timings } from "./scenario.ts";

/** What the plan assumes beyond the clock's settings. */
export interface PlanOptions {
  /**
   * Signing votes planned (default 1: the one that concludes). A vote stops the round's clock for
   * its own, so each adds its length; the last one planned concludes, and ratification follows.
   * 0 plans a table that reaches no deal.
   */
  votes?: number;
  /** Whether a person plays the red cell: a bot's move takes no time, a person's has its own clock. */
  humanRedCell?: boolean;
}

/** The planned length of each part of a game, in seconds, and the whole. */
export interface PlannedLength {
  briefing: number;
  /** Every round's clock: rounds × round length. */
  negotiation: number;
  /** The signing votes planned × a vote's length. */
  votes: number;
  /** The ratification results on screen (only after a concluded vote). */
  ratification: number;
  /** One stress-test year: event, the red cell's move, the responses, the adjudication. */
  year: number;
  /** Every stress-test year. */
  stress: number;
  total: number;
}

/** The longest a game takes with these timings: every phase runs to its clock (rounds end early when all are ready). */
export function plannedLength(timings: Timings, options: PlanOptions = {}): PlannedLength {
  const votes = Math.max(0, Math.floor(options.votes ?? 1));
  const briefing = timings.briefingSeconds;
  const negotiation = timings.rounds * timings.roundSeconds;
  const voting = votes * timings.voteSeconds;
  const ratification = votes > 0 ? timings.ratificationSeconds : 0;
  // A bot red cell draws at once; a year where it complies skips the responses (the plan keeps them).
  const year =
    timings.eventSeconds +
    (options.humanRedCell ? timings.moscowSeconds : 0) +
    timings.responseSeconds +
    timings.adjudicationSeconds;
  const stress = timings.years * year;
  return {
    briefing,
    negotiation,
    votes: voting,
    ratification,
    year,
    stress,
    total: briefing + negotiation + voting + ratification + stress,
  };
}

/** The longest game a session may plan: a workshop day. */
export const MAX_PLANNED_SECONDS = 8 * 3600;
