// Straw polls: once per round each seat may ask "would you sign the draft as it stands?". Every
// negotiating seat answers with what stops it; the answers are public. A poll stays open for a
// short clock (or until every seat has answered); a seat that has not answered by then shows as
// "no answer". The clock is read from the actions' own time, so the rule stays deterministic.
import type { SeatId } from "./scenario.ts";
import type { StrawPoll } from "./state.ts";

/** What the poll rules read: a state or any view of it. */
type Polls = { polls?: readonly StrawPoll[] | undefined; seatOrder: readonly SeatId[] };

/** How long seats have to answer a straw poll. */
export const POLL_ANSWER_MS = 45_000;

const NO_POLLS: readonly StrawPoll[] = Object.freeze([]);

/** Straw polls asked so far, oldest first. */
export function strawPolls(s: Pick<Polls, "polls">): readonly StrawPoll[] {
  return s.polls ?? NO_POLLS;
}

/** Whether `poll` still takes answers at time `at`. */
export function pollOpen(s: Pick<Polls, "seatOrder">, poll: StrawPoll, at: number): boolean {
  return at < poll.at + POLL_ANSWER_MS && s.seatOrder.some((seat) => !poll.answers[seat]);
}

/** The poll that takes answers at time `at` (at most one is open at a time), or null. */
export function openPoll(s: Polls, at: number): StrawPoll | null {
  const last = strawPolls(s).at(-1);
  return last && pollOpen(s, last, at) ? last : null;
}
