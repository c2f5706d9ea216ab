// What an action's payload may say: the checks the reducer makes before it copies anything, once
// `standingRefusal` has let the action's type through.
import type { Action } from "./actions.ts";
import { offers } from "./offers.ts";
import { penLapseAt, penRequests } from "./pen-requests.ts";
import { amendmentById, openAmendmentOf, openAmendments } from "./rules-amendments.ts";
import { actingSeat, fixed, madeOnce, name, type RuleError, refusal, type Wording } from "./rules-context.ts";
import { draftChangeRefusal } from "./rules-draft.ts";
import { offerRefusal } from "./rules-offers.ts";
import { penRefusal } from "./rules-pen.ts";
import type { SeatId } from "./scenario.ts";
import type { Amendment, GameState } from "./state.ts";
import { openPoll, pollOpen, strawPolls } from "./straw-poll.ts";

const notYours: Wording = (s, by, amendment) =>
  refusal(
    "seat/not_yours",
    `Only ${name(s, by)}, who posted amendment #${(amendment as Amendment).id}, can withdraw it.`,
  );

// Lookups by loop, not by closure: a closure over the action would make every call of payloadRefusal
// allocate its context, and the legal-action check calls it for most candidates it tries.
function penRequestOf(s: GameState, seat: SeatId) {
  for (const r of penRequests(s)) if (r.seat === seat) return r;
  return undefined;
}

function offerById(s: GameState, id: number) {
  for (const o of offers(s)) if (o.id === id) return o;
  return undefined;
}

function pollById(s: GameState, id: number) {
  for (const p of strawPolls(s)) if (p.id === id) return p;
  return undefined;
}

function issueExists(s: GameState, id: string): boolean {
  for (const i of s.scenario.issues) if (i.id === id) return true;
  return false;
}

/**
 * Why `a` is refused for what its payload says, once `standingRefusal` has let its type through:
 * the reducer asks this before it copies anything. For the types in `DECIDED_BY_CHECKS` the two
 * checks are the whole verdict (the handler that follows does not refuse), so the legal-action
 * check needs no copy of the state for them.
 */
export function payloadRefusal(s: GameState, a: Action): RuleError | null {
  switch (a.type) {
    case "seat/ready":
      return s.seats[actingSeat(a.actor)]?.ready === a.ready
        ? fixed("seat/no_change", a.ready ? "You are already marked ready." : "You are not marked ready.")
        : null;
    case "draft/set":
      return draftChangeRefusal(s, a.issue, a.option);
    case "draft/amend": {
      const seat = actingSeat(a.actor);
      const wrong = draftChangeRefusal(s, a.issue, a.option);
      if (wrong) return wrong;
      for (const m of openAmendments(s.amendments))
        if (m.by === seat && m.issue === a.issue && m.option === a.option)
          return fixed("draft/duplicate_amendment", "You have already proposed that amendment.");
      return null;
    }
    case "draft/support": {
      const seat = actingSeat(a.actor);
      const m = openAmendmentOf(s, a.amendment);
      if (!("id" in m)) return m;
      if (m.by === seat) return fixed("draft/own_amendment", "You cannot support your own amendment.");
      return m.supporters.includes(seat)
        ? fixed("draft/already_supported", "You already support this amendment.")
        : null;
    }
    case "draft/oppose": {
      const seat = actingSeat(a.actor);
      const m = openAmendmentOf(s, a.amendment);
      if (!("id" in m)) return m;
      if (m.by === seat) return fixed("draft/own_amendment", "You cannot oppose your own amendment.");
      return m.opponents?.includes(seat) ? fixed("draft/already_opposed", "You already oppose this amendment.") : null;
    }
    case "pen/back": {
      const seat = actingSeat(a.actor);
      const request = penRequestOf(s, a.seat);
      if (!request) return refusal("pen/no_request", `${name(s, a.seat)} has not asked for the pen.`);
      return request.backers.includes(seat)
        ? refusal("pen/already_backed", `You already back ${name(s, a.seat)}'s request for the pen.`)
        : null;
    }
    case "pen/lapse": {
      const due = penLapseAt(s);
      return due !== null && a.at < due ? fixed("pen/not_due", "The pen-holder still has time to decide.") : null;
    }
    case "poll/ask":
      return openPoll(s, a.at) ? fixed("poll/open", "A straw poll is still open: answer it first.") : null;
    case "offer/make":
      return offerRefusal(s, actingSeat(a.actor), a.to, a.gives, a.asks);
    case "offer/accept":
    case "offer/decline":
    case "offer/withdraw": {
      const seat = actingSeat(a.actor);
      const offer = offerById(s, a.offer);
      if (!offer) return refusal("offer/not_found", `There is no offer #${a.offer}.`);
      if (offer.status !== "open") return refusal("offer/closed", `Offer #${a.offer} is ${offer.status}.`);
      if (a.type === "offer/withdraw")
        return offer.by === seat ? null : fixed("offer/not_yours", "Only the seat that made an offer withdraws it.");
      if (offer.by === seat) return fixed("offer/own_offer", "You made this offer: withdraw it instead.");
      if (offer.to !== seat && (offer.to !== null || a.type === "offer/decline"))
        return refusal("offer/not_yours", `Offer #${a.offer} was made to ${name(s, offer.to)}.`);
      if (a.type === "offer/accept")
        for (const term of [...offer.gives, ...offer.asks])
          if (amendmentById(s.amendments, term.amendment)?.status !== "open")
            return refusal(
              "offer/closed_amendment",
              `Amendment ${term.amendment} has closed since the offer was made.`,
            );
      return null;
    }
    case "position/set": {
      const wrong = draftChangeRefusal(s, a.issue, a.option);
      if (wrong && wrong.code !== "draft/no_change") return wrong;
      const current = s.positions?.[actingSeat(a.actor)]?.[a.issue]?.[a.option] ?? null;
      return current === a.stance ? fixed("position/no_change", "That is already your stance.") : null;
    }
    case "poll/answer": {
      const seat = actingSeat(a.actor);
      const poll = pollById(s, a.poll);
      if (!poll) return refusal("poll/not_found", `There is no straw poll #${a.poll}.`);
      if (poll.answers[seat]) return fixed("poll/already_answered", "You have already answered this straw poll.");
      if (!pollOpen(s, poll, a.at)) return refusal("poll/closed", `Straw poll #${a.poll} is closed.`);
      if (a.sign && a.blockers.length > 0)
        return fixed("poll/bad_blockers", "A seat that would sign names no issue that stops it.");
      const seen = new Set<string>();
      for (const issue of a.blockers) {
        if (!issueExists(s, issue)) return refusal("poll/bad_blockers", `There is no issue "${issue}" on the table.`);
        if (seen.has(issue)) return refusal("poll/bad_blockers", `"${issue}" is named twice.`);
        seen.add(issue);
      }
      return null;
    }
    case "draft/accept":
    case "draft/decline": {
      const m = openAmendmentOf(s, a.amendment);
      return "id" in m ? null : m;
    }
    case "draft/withdraw": {
      const m = openAmendmentOf(s, a.amendment);
      if (!("id" in m)) return m;
      return m.by === actingSeat(a.actor) ? null : madeOnce(m, notYours, s, m.by);
    }
    case "draft/pass-pen":
    case "facilitator/take-pen":
      return penRefusal(s, a.to);
    default:
      return null;
  }
}

/** The types whose verdict `standingRefusal` and `payloadRefusal` give in full (property-tested). */
export const DECIDED_BY_CHECKS: ReadonlySet<Action["type"]> = new Set([
  "seat/ready",
  "draft/set",
  "draft/amend",
  "draft/support",
  "draft/oppose",
  "draft/accept",
  "draft/decline",
  "draft/withdraw",
  "draft/pass-pen",
  "pen/request",
  "pen/back",
  "pen/lapse",
  "poll/ask",
  "poll/answer",
  "offer/make",
  "offer/accept",
  "offer/decline",
  "offer/withdraw",
  "position/set",
  "facilitator/take-pen",
  "vote/call",
  "vote/sign",
  "vote/decline",
]);
