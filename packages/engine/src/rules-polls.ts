// Negotiation: straw polls (would you sign the draft as it stands, and what stops you).
import type { ActionOf } from "./actions.ts";
import { actingSeat, type Ctx, ownList } from "./rules-context.ts";

/** A seat asks its straw poll of the round, on the draft as it stands. */
export function askPoll(c: Ctx, a: ActionOf<"poll/ask">): void {
  const { s } = c;
  const by = actingSeat(a.actor);
  const polls = ownList(c, "polls");
  const id = polls.length + 1;
  polls.push({ id, by, round: s.round, at: c.t, draft: s.draft, answers: {} });
  c.events.push({ type: "poll/asked", id, by });
}

/** A seat answers an open straw poll: would it sign, and which issues stop it. */
export function answerPoll(c: Ctx, a: ActionOf<"poll/answer">): void {
  const seat = actingSeat(a.actor);
  const polls = ownList(c, "polls");
  const k = polls.findIndex((p) => p.id === a.poll);
  const poll = polls[k];
  if (!poll) throw new Error("an answered poll vanished after its check");
  polls[k] = {
    ...poll,
    answers: { ...poll.answers, [seat]: { sign: a.sign, blockers: [...a.blockers], at: c.t } },
  };
  c.events.push({ type: "poll/answered", id: poll.id, seat, sign: a.sign, blockers: [...a.blockers] });
}
