// Who may act: every check that does not read an action's payload (who acts, the phase, the pen,
// the vote) is written once, in `standingRefusal`, and returns its refusal as a value: the reducer
// throws it, and the legal-action check reads it without a throw (a throw costs microseconds, and
// that check asks about every action type for every viewer after every change).
import type { Action, Actor } from "./actions.ts";
import { crossedRedLines } from "./deal-model.ts";
import { MAX_OPEN_OFFERS_PER_SEAT, offers } from "./offers.ts";
import { penLapseAt, penRequests } from "./pen-requests.ts";
import { MAX_OPEN_AMENDMENTS_PER_SEAT, openAmendments } from "./rules-amendments.ts";
import { fixed, madeOnce, name, type RuleError, refusal, type Wording } from "./rules-context.ts";
import { draftIncomplete } from "./rules-draft.ts";
import type { SeatId } from "./scenario.ts";
import type { GameState } from "./state.ts";
import { strawPolls } from "./straw-poll.ts";
import { protectedSeat, responders } from "./stress-readout.ts";

const wrongPhase: Wording = (_s, phase) =>
  refusal("phase/wrong_phase", `That cannot be done now: the table is in the ${phase} phase.`);
const penHeld: Wording = (s, holder) =>
  refusal("draft/not_pen_holder", `${name(s, holder)} holds the pen; take it first.`);
const penHolderChanges: Wording = (s, holder) =>
  // "" stands for no seat (the facilitator holds the pen): seat ids are never empty.
  refusal("draft/not_pen_holder", `Only the pen-holder (${name(s, holder || null)}) can change the draft.`);

function facilitatorOnly(actor: Actor): RuleError | null {
  return actor.kind === "facilitator" ? null : fixed("actor/forbidden", "Only the facilitator can do that.");
}

/** The acting seat, which must be seated (or why not). */
function seated(s: GameState, actor: Actor): SeatId | RuleError {
  if (actor.kind !== "seat") return fixed("actor/forbidden", "Only a seat at the table can do that.");
  if (!s.seats[actor.seat]) return refusal("seat/not_seated", `${name(s, actor.seat)} is not seated at this table.`);
  return actor.seat;
}

/** The acting seat, which must be a negotiating seat, not the red cell (or why not). */
function negotiator(s: GameState, actor: Actor): SeatId | RuleError {
  const seat = seated(s, actor);
  if (typeof seat === "string" && s.seats[seat]?.redCell)
    return fixed("seat/red_cell", "Moscow is not at the negotiating table.");
  return seat;
}

function refusalOf(seat: SeatId | RuleError): RuleError | null {
  return typeof seat === "string" ? null : seat;
}

type Phase = GameState["phase"];
// Up to four phases as arguments, not a rest array: this runs for most types, for every viewer, after every change.
function inPhase(s: GameState, a: Phase, b?: Phase, c?: Phase, d?: Phase): RuleError | null {
  const p = s.phase;
  return p === a || p === b || p === c || p === d ? null : madeOnce(s.scenario, wrongPhase, s, p);
}

function atStep(s: GameState, step: GameState["step"]): RuleError | null {
  if (s.phase !== "stress") return fixed("phase/wrong_phase", "The stress test has not begun.");
  if (s.step !== step)
    return refusal("stress/wrong_step", `That belongs to another step of the year (now: ${s.step}).`);
  return null;
}

/**
 * Why no event can be injected now (the game is running or over; the phase is checked by the
 * caller for the debrief), or null. News lands at any time from the briefing on, except between a
 * year's adjudication and the next year (its result is on screen; the next year takes it).
 */
function injectTiming(s: GameState): RuleError | null {
  if (s.phase === "lobby") return fixed("event/not_started", "News can be injected once the game has started.");
  if (s.phase === "stress" && s.step === "adjudicated")
    return refusal(
      "event/year_adjudicated",
      s.year < s.timings.years
        ? `Year ${s.year} is adjudicated: inject when year ${s.year + 1} begins.`
        : `Year ${s.year} is adjudicated and was the last: the debrief comes next.`,
    );
  return null;
}

/**
 * Whether the facilitator can inject an event now: null when it can, else why not (a rule error
 * with its code). The console greys out its Inject button with this reason.
 */
export function injectRefusal(s: GameState): RuleError | null {
  return standingRefusal(s, "facilitator/inject-event", { kind: "facilitator" });
}

/** The pen holder acting (a seat holding the pen, or the facilitator when it holds the pen). */
function penHolderOnly(s: GameState, actor: Actor): RuleError | null {
  const holder = s.penHolder;
  if (actor.kind === "facilitator") return holder === null ? null : madeOnce(s.scenario, penHeld, s, holder);
  const seat = negotiator(s, actor);
  if (typeof seat !== "string") return seat;
  return holder === seat ? null : madeOnce(s.scenario, penHolderChanges, s, holder ?? "");
}

/** Whether the phase waits for seats to say they are ready. */
function waitsForReady(s: GameState): boolean {
  return (
    s.phase === "briefing" ||
    s.phase === "negotiation" ||
    s.phase === "ratification" ||
    (s.phase === "stress" && (s.step === "event" || s.step === "adjudicated"))
  );
}

const NOT_OPEN = "No signing vote is open.";
const TOO_MANY_AMENDMENTS = Object.freeze(
  refusal(
    "draft/too_many_amendments",
    `You already have ${MAX_OPEN_AMENDMENTS_PER_SEAT} open amendments; withdraw one before posting another.`,
  ),
);

// Loops, not closures: a closure over `s` or a seat anywhere in standingRefusal would make every call
// of it allocate the variables' context, and it runs for most types, for every viewer, after every change.
function askedForPen(s: GameState, seat: SeatId): boolean {
  for (const r of penRequests(s)) if (r.seat === seat) return true;
  return false;
}

function askedPollThisRound(s: GameState, seat: SeatId): boolean {
  for (const p of strawPolls(s)) if (p.by === seat && p.round === s.round) return true;
  return false;
}

/**
 * Why `actor` may not take any action of `type` now, whatever its payload; null when it may try
 * (the payload can still be refused). The reducer checks this first for every action.
 */
export function standingRefusal(s: GameState, type: Action["type"], actor: Actor): RuleError | null {
  if (s.phase === "debrief" && type !== "facilitator/set-controller")
    return fixed("game/over", "The game is over; the debrief is open.");
  if (actor.kind !== "facilitator" && s.paused) return fixed("table/paused", "The game is paused by the facilitator.");
  switch (type) {
    case "table/seats":
      return facilitatorOnly(actor) ?? inPhase(s, "lobby");
    case "table/start":
      if (actor.kind === "seat") return fixed("actor/forbidden", "Only the facilitator can start the game.");
      return inPhase(s, "lobby");
    case "seat/ready":
      return (
        refusalOf(negotiator(s, actor)) ??
        (waitsForReady(s) ? null : fixed("phase/wrong_phase", "There is nothing to be ready for right now."))
      );
    case "phase/expired":
      if (actor.kind !== "system") return fixed("actor/forbidden", "Only the server's clock can end a phase.");
      return s.deadline === null ? fixed("phase/untimed", "The current phase has no clock running.") : null;
    case "draft/set":
    case "draft/accept":
    case "draft/decline":
      return inPhase(s, "negotiation") ?? penHolderOnly(s, actor);
    case "draft/amend": {
      const seat = inPhase(s, "negotiation") ?? negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      if (s.penHolder === seat) return fixed("draft/use_the_pen", "You hold the pen: change the draft directly.");
      let open = 0;
      for (const m of openAmendments(s.amendments)) if (m.by === seat) open++;
      return open >= MAX_OPEN_AMENDMENTS_PER_SEAT ? TOO_MANY_AMENDMENTS : null;
    }
    case "draft/support":
    case "draft/oppose":
    case "draft/withdraw":
    case "poll/answer":
      return inPhase(s, "negotiation") ?? refusalOf(negotiator(s, actor));
    case "pen/request": {
      const seat = inPhase(s, "negotiation") ?? negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      if (s.penHolder === seat) return fixed("pen/already_holder", "You hold the pen already.");
      return askedForPen(s, seat) ? fixed("pen/already_requested", "You have already asked for the pen.") : null;
    }
    case "offer/make": {
      const seat = inPhase(s, "negotiation") ?? negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      let open = 0;
      for (const o of offers(s)) if (o.by === seat && o.status === "open") open++;
      return open >= MAX_OPEN_OFFERS_PER_SEAT
        ? refusal("offer/too_many", `You have ${MAX_OPEN_OFFERS_PER_SEAT} offers open: withdraw one first.`)
        : null;
    }
    case "offer/accept":
    case "offer/decline":
    case "offer/withdraw":
      return inPhase(s, "negotiation") ?? refusalOf(negotiator(s, actor));
    case "position/set":
      return inPhase(s, "briefing", "negotiation", "vote") ?? refusalOf(negotiator(s, actor));
    case "pen/back":
      return (
        inPhase(s, "negotiation") ??
        refusalOf(negotiator(s, actor)) ??
        (penRequests(s).length === 0 ? fixed("pen/no_request", "Nobody is asking for the pen.") : null)
      );
    case "pen/lapse":
      if (actor.kind !== "system") return fixed("actor/forbidden", "Only the server's clock can take the pen away.");
      return penLapseAt(s) === null
        ? fixed("pen/not_due", "No amendment is waiting on a pen that someone asks for.")
        : null;
    case "poll/ask": {
      const seat = inPhase(s, "negotiation") ?? negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      return askedPollThisRound(s, seat)
        ? fixed("poll/already_asked", "You have asked your straw poll for this round.")
        : null;
    }
    case "draft/pass-pen":
      return inPhase(s, "briefing", "negotiation") ?? penHolderOnly(s, actor);
    case "facilitator/take-pen":
      return facilitatorOnly(actor) ?? inPhase(s, "lobby", "briefing", "negotiation", "vote");
    case "vote/call": {
      const wrong = inPhase(s, "negotiation");
      if (wrong) return wrong;
      if (actor.kind === "seat") {
        const seat = negotiator(s, actor);
        if (typeof seat !== "string") return seat;
        if ((s.seats[seat]?.votesCalled ?? 0) >= s.timings.voteCallsPerSeatPerRound)
          return refusal(
            "vote/no_calls_left",
            `You have used your ${s.timings.voteCallsPerSeatPerRound} signing-vote call(s) for this round.`,
          );
      } else if (actor.kind !== "facilitator")
        return fixed("actor/forbidden", "Only a seat or the facilitator can call a vote.");
      return draftIncomplete(s);
    }
    case "vote/sign":
    case "vote/decline": {
      if (s.phase !== "vote") return fixed("vote/not_open", NOT_OPEN);
      const seat = negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      const vote = s.votes[s.votes.length - 1];
      if (!vote) return fixed("vote/not_open", NOT_OPEN);
      if (vote.ballots[seat]) return fixed("vote/already_cast", "You have already cast your ballot in this vote.");
      const crossed = type === "vote/sign" ? crossedRedLines(s.scenario, seat, vote.package)[0] : undefined;
      return crossed
        ? refusal("vote/red_line", `You cannot sign: the draft crosses your red line — ${crossed.text.en}`)
        : null;
    }
    case "vote/close":
      if (actor.kind === "seat") return fixed("actor/forbidden", "Only the facilitator can close a vote early.");
      return s.phase === "vote" ? null : fixed("vote/not_open", NOT_OPEN);
    case "stress/moscow-act": {
      if (actor.kind === "seat") {
        const seat = seated(s, actor);
        if (typeof seat !== "string") return seat;
        if (!s.seats[seat]?.redCell)
          return fixed("seat/not_yours", "Only Moscow (the red cell) chooses Moscow's action.");
      } else if (actor.kind !== "facilitator")
        return fixed("actor/forbidden", "Only Moscow or the facilitator can act for Moscow.");
      return atStep(s, "moscow");
    }
    case "stress/respond": {
      const seat = negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      const wrong = atStep(s, "response");
      if (wrong) return wrong;
      if (!responders(s).includes(seat))
        return fixed("stress/not_a_responder", "Only guarantors and European capitals respond to Moscow.");
      return s.years[s.years.length - 1]?.responses[seat]
        ? fixed("stress/already_responded", "You have already responded this year.")
        : null;
    }
    case "stress/protected-move": {
      const seat = negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      const wrong = atStep(s, "response");
      if (wrong) return wrong;
      if (protectedSeat(s) !== seat)
        return fixed("stress/not_protected", "Only the protected state makes this move; guarantors respond.");
      return s.years[s.years.length - 1]?.protectedMove
        ? fixed("stress/already_moved", "You have already made your move this year.")
        : null;
    }
    case "facilitator/pause":
      return (
        facilitatorOnly(actor) ??
        (s.phase === "lobby" ? fixed("phase/wrong_phase", "The game has not started yet.") : null) ??
        (s.paused ? fixed("table/already_paused", "The game is already paused.") : null)
      );
    case "facilitator/resume":
      return facilitatorOnly(actor) ?? (s.paused ? null : fixed("table/not_paused", "The game is not paused."));
    case "facilitator/extend": {
      const untimed = s.paused ? s.paused.remainingMs === null : s.deadline === null;
      return (
        facilitatorOnly(actor) ?? (untimed ? fixed("phase/untimed", "The current phase has no clock to extend.") : null)
      );
    }
    case "facilitator/skip":
      return (
        facilitatorOnly(actor) ??
        (s.phase === "lobby" ? fixed("phase/wrong_phase", "Start the game instead of skipping the lobby.") : null)
      );
    case "facilitator/inject-event":
      return facilitatorOnly(actor) ?? injectTiming(s);
    case "facilitator/set-controller":
    case "facilitator/end":
      return facilitatorOnly(actor);
  }
}
