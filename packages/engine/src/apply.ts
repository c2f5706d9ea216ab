// The reducer: apply(state, action) → the next state and what happened, or a rule error.
// It never mutates its input and never throws: each handler works on a private copy.
import { type Action, type Actor, parseAction } from "./actions.ts";
import { checkAgreement } from "./agreement.ts";
import { compileScenario, credibility, crossedRedLines, evaluateDeal, moscowOdds, oddsArray } from "./deal-model.ts";
import type { GameEvent } from "./events.ts";
import { buildSeats, checkSeatList, startingPen } from "./initial-state.ts";
import { MAX_OPEN_OFFERS_PER_SEAT, offers, partyOf, termResult } from "./offers.ts";
import { penLapseAt, penMajority, penRequests } from "./pen-requests.ts";
import type { RuleCode } from "./protocol.ts";
import { nextFloat, pickWeighted } from "./rng.ts";
import {
  type EventEffect,
  MOSCOW_ACTIONS,
  type MoscowAction,
  RESPONSES,
  type Response,
  type SeatId,
} from "./scenario.ts";
import { computeScores } from "./scores.ts";
import type {
  Amendment,
  GameState,
  Offer,
  Outcome,
  Package,
  PlayedEvent,
  SeatState,
  SigningVote,
  YearRecord,
} from "./state.ts";
import { openPoll, pollOpen, strawPolls } from "./straw-poll.ts";

/** A rule violation: a namespaced code and a sentence a player understands. */
export interface RuleError {
  code: RuleCode;
  message: string;
}

/** What `apply` returns. */
export type ApplyResult = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: RuleError };

/** Most open amendments one seat may have at a time (keeps the table readable). */
export const MAX_OPEN_AMENDMENTS_PER_SEAT = 5;

class Rule {
  readonly code: RuleCode;
  readonly message: string;
  constructor(code: RuleCode, message: string) {
    this.code = code;
    this.message = message;
  }
}

function fail(code: RuleCode, message: string): never {
  throw new Rule(code, message);
}

/**
 * The state's parts a handler may write into: each is copied the first time an action writes
 * into it (`own`), so an action copies what it changes and nothing else. The parts it leaves
 * alone keep their identity: the next state's hash, views and projection reuse what they made
 * of them, and trying an action (the legal-action check tries many) costs almost nothing.
 */
type OwnedPart = "seats" | "draft" | "table" | "amendments" | "votes" | "years" | "deck" | "rng";

interface Ctx {
  /** The state being built: a shallow copy whose parts are still shared until owned. */
  s: GameState;
  t: number;
  events: GameEvent[];
  /** Parts and members copied for this action (safe to write into). */
  owned: Set<object>;
}

/** Part `key` of the state being built, copied the first time this action writes into it. */
function own<K extends OwnedPart>(c: Ctx, key: K): GameState[K] {
  const part = c.s[key];
  if (c.owned.has(part)) return part;
  const copy = (Array.isArray(part) ? [...part] : { ...part }) as GameState[K];
  c.s[key] = copy;
  c.owned.add(copy);
  return copy;
}

/** An optional list of the state being built (absent until first used), copied the first time this action writes into it. */
function ownList<K extends "penRequests" | "polls" | "offers" | "news">(c: Ctx, key: K): NonNullable<GameState[K]> {
  const part = c.s[key];
  if (part && c.owned.has(part)) return part as NonNullable<GameState[K]>;
  const copy = (part ? [...part] : []) as NonNullable<GameState[K]>;
  c.s[key] = copy;
  c.owned.add(copy);
  return copy;
}

/** Seat `id` of the state being built, copied the first time this action writes into it. */
function ownSeat(c: Ctx, id: SeatId): SeatState | undefined {
  const seat = c.s.seats[id];
  if (!seat || c.owned.has(seat)) return seat;
  const copy = { ...seat };
  own(c, "seats")[id] = copy;
  c.owned.add(copy);
  return copy;
}

/** The last signing vote of the state being built, copied the first time this action writes into it. */
function ownVote(c: Ctx): SigningVote | undefined {
  const k = c.s.votes.length - 1;
  const vote = c.s.votes[k];
  if (!vote || c.owned.has(vote)) return vote;
  const copy = { ...vote, ballots: { ...vote.ballots } };
  own(c, "votes")[k] = copy;
  c.owned.add(copy);
  return copy;
}

/** The current stress-test year of the state being built, copied the first time this action writes into it. */
function ownYear(c: Ctx): YearRecord {
  const k = c.s.years.length - 1;
  const year = currentYear(c.s);
  if (c.owned.has(year)) return year;
  const copy = { ...year, responses: { ...year.responses }, brokenPromises: [...year.brokenPromises] };
  own(c, "years")[k] = copy;
  c.owned.add(copy);
  return copy;
}

/** The pause of the state being built (a paused table), copied the first time this action writes into it. */
function ownPause(c: Ctx): NonNullable<GameState["paused"]> | null {
  const paused = c.s.paused;
  if (!paused || c.owned.has(paused)) return paused;
  const copy = { ...paused };
  c.s.paused = copy;
  c.owned.add(copy);
  return copy;
}

/** A fork's moment reached (`pauseAt`): a running clock stops with the time that was left, and the moment goes. */
function stopAtFork(c: Ctx): void {
  const rest = c.s.pauseAt?.slice(1) ?? [];
  if (rest.length > 0) c.s.pauseAt = rest;
  else delete c.s.pauseAt;
  if (c.s.deadline !== null && c.s.paused === null && c.s.phase !== "lobby") {
    c.s.paused = { at: c.t, remainingMs: Math.max(0, c.s.deadline - c.t) };
    c.s.deadline = null;
  }
}

/** Applies one action. Unvalidated input is validated first; nothing here throws. */
export function apply(state: GameState, input: Action | unknown): ApplyResult {
  const parsed = parseAction(input);
  if (!parsed.ok) return { ok: false, error: { code: parsed.error.code, message: parsed.error.message } };
  return applyParsed(state, parsed.action);
}

/** Applies an action that already came out of `parseAction` (skips validating it again). */
export function applyParsed(state: GameState, action: Action): ApplyResult {
  try {
    const ctx: Ctx = { s: { ...state }, t: Math.max(action.at, state.now), events: [], owned: new Set() };
    handle(ctx, action);
    // Whatever the facilitator moved on while paused starts its clock only on resume.
    const paused = ctx.s.paused && ctx.s.deadline !== null ? ownPause(ctx) : null;
    if (paused && ctx.s.deadline !== null) {
      paused.remainingMs = Math.max(0, ctx.s.deadline - ctx.t);
      ctx.s.deadline = null;
    }
    ctx.s.now = ctx.t;
    ctx.s.seq = state.seq + 1;
    if (ctx.s.pauseAt?.[0] === ctx.s.seq) stopAtFork(ctx);
    return { ok: true, state: ctx.s, events: ctx.events };
  } catch (e) {
    if (e instanceof Rule) return { ok: false, error: { code: e.code, message: e.message } };
    const message = e instanceof Error ? e.message : String(e);
    return { ok: false, error: { code: "engine/internal", message: `The engine hit a bug: ${message}` } };
  }
}

// ---------------------------------------------------------------------------------------------
// Who may act
//
// Every check that does not read an action's payload (who acts, the phase, the pen, the vote) is
// written once, in `standingRefusal`, and returns its refusal as a value: the reducer throws it,
// and the legal-action check reads it without a throw (a throw costs microseconds, and that check
// asks about every action type for every viewer after every change).

function refusal(code: RuleCode, message: string): RuleError {
  return { code, message };
}

// The legal-action check meets the same few refusals for every viewer after every change (the pen
// held by another seat, the draft still blank, a phase that is not this one): those are made once
// per scenario and what they name, not written out again each time. A refusal is read-only.
type Wording = (s: GameState, about: string, owner: object) => RuleError;
const madeRefusals = new WeakMap<object, Map<Wording, Map<string, RuleError>>>();

/** `wording`'s refusal about `about` (a seat, a phase), made once per `owner` (a scenario, a draft, an amendment). */
function madeOnce(owner: object, wording: Wording, s: GameState, about: string): RuleError {
  let byWording = madeRefusals.get(owner);
  if (!byWording) {
    byWording = new Map();
    madeRefusals.set(owner, byWording);
  }
  let made = byWording.get(wording);
  if (!made) {
    made = new Map();
    byWording.set(wording, made);
  }
  let r = made.get(about);
  if (!r) {
    r = Object.freeze(wording(s, about, owner));
    made.set(about, r);
  }
  return r;
}

const wrongPhase: Wording = (_s, phase) =>
  refusal("phase/wrong_phase", `That cannot be done now: the table is in the ${phase} phase.`);
const penHeld: Wording = (s, holder) =>
  refusal("draft/not_pen_holder", `${name(s, holder)} holds the pen; take it first.`);
const penHolderChanges: Wording = (s, holder) =>
  // "" stands for no seat (the facilitator holds the pen): seat ids are never empty.
  refusal("draft/not_pen_holder", `Only the pen-holder (${name(s, holder || null)}) can change the draft.`);
const stillBlank: Wording = (s) => {
  const blank = s.scenario.issues.filter((i) => s.draft[i.id] == null);
  return refusal(
    "vote/draft_incomplete",
    `The draft is not complete: ${blank.map((i) => i.name.en).join(", ")} still blank.`,
  );
};
const notYours: Wording = (s, by, amendment) =>
  refusal(
    "seat/not_yours",
    `Only ${name(s, by)}, who posted amendment #${(amendment as Amendment).id}, can withdraw it.`,
  );

/** Throws a refusal (the handlers' way to stop). */
function must(r: RuleError | null): void {
  if (r) throw new Rule(r.code, r.message);
}

function name(s: GameState, seat: SeatId | null): string {
  if (seat === null) return "the facilitator";
  for (const x of s.scenario.seats) if (x.id === seat) return x.name.en;
  return seat;
}

function facilitatorOnly(actor: Actor): RuleError | null {
  return actor.kind === "facilitator" ? null : refusal("actor/forbidden", "Only the facilitator can do that.");
}

/** The acting seat, which must be seated (or why not). */
function seated(s: GameState, actor: Actor): SeatId | RuleError {
  if (actor.kind !== "seat") return refusal("actor/forbidden", "Only a seat at the table can do that.");
  if (!s.seats[actor.seat]) return refusal("seat/not_seated", `${name(s, actor.seat)} is not seated at this table.`);
  return actor.seat;
}

/** The acting seat, which must be a negotiating seat, not the red cell (or why not). */
function negotiator(s: GameState, actor: Actor): SeatId | RuleError {
  const seat = seated(s, actor);
  if (typeof seat === "string" && s.seats[seat]?.redCell)
    return refusal("seat/red_cell", "Moscow is not at the negotiating table.");
  return seat;
}

function refusalOf(seat: SeatId | RuleError): RuleError | null {
  return typeof seat === "string" ? null : seat;
}

function inPhase(s: GameState, ...phases: GameState["phase"][]): RuleError | null {
  return phases.includes(s.phase) ? null : madeOnce(s.scenario, wrongPhase, s, s.phase);
}

function atStep(s: GameState, step: GameState["step"]): RuleError | null {
  if (s.phase !== "stress") return refusal("phase/wrong_phase", "The stress test has not begun.");
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
  if (s.phase === "lobby") return refusal("event/not_started", "News can be injected once the game has started.");
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

/**
 * Why `actor` may not take any action of `type` now, whatever its payload; null when it may try
 * (the payload can still be refused). The reducer checks this first for every action.
 */
export function standingRefusal(s: GameState, type: Action["type"], actor: Actor): RuleError | null {
  if (s.phase === "debrief" && type !== "facilitator/set-controller")
    return refusal("game/over", "The game is over; the debrief is open.");
  if (actor.kind !== "facilitator" && s.paused)
    return refusal("table/paused", "The game is paused by the facilitator.");
  switch (type) {
    case "table/seats":
      return facilitatorOnly(actor) ?? inPhase(s, "lobby");
    case "table/start":
      if (actor.kind === "seat") return refusal("actor/forbidden", "Only the facilitator can start the game.");
      return inPhase(s, "lobby");
    case "seat/ready":
      return (
        refusalOf(negotiator(s, actor)) ??
        (waitsForReady(s) ? null : refusal("phase/wrong_phase", "There is nothing to be ready for right now."))
      );
    case "phase/expired":
      if (actor.kind !== "system") return refusal("actor/forbidden", "Only the server's clock can end a phase.");
      return s.deadline === null ? refusal("phase/untimed", "The current phase has no clock running.") : null;
    case "draft/set":
    case "draft/accept":
    case "draft/decline":
      return inPhase(s, "negotiation") ?? penHolderOnly(s, actor);
    case "draft/amend": {
      const seat = inPhase(s, "negotiation") ?? negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      if (s.penHolder === seat) return refusal("draft/use_the_pen", "You hold the pen: change the draft directly.");
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
      if (s.penHolder === seat) return refusal("pen/already_holder", "You hold the pen already.");
      return penRequests(s).some((r) => r.seat === seat)
        ? refusal("pen/already_requested", "You have already asked for the pen.")
        : null;
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
        (penRequests(s).length === 0 ? refusal("pen/no_request", "Nobody is asking for the pen.") : null)
      );
    case "pen/lapse":
      if (actor.kind !== "system") return refusal("actor/forbidden", "Only the server's clock can take the pen away.");
      return penLapseAt(s) === null
        ? refusal("pen/not_due", "No amendment is waiting on a pen that someone asks for.")
        : null;
    case "poll/ask": {
      const seat = inPhase(s, "negotiation") ?? negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      return strawPolls(s).some((p) => p.by === seat && p.round === s.round)
        ? refusal("poll/already_asked", "You have asked your straw poll for this round.")
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
        return refusal("actor/forbidden", "Only a seat or the facilitator can call a vote.");
      return draftIncomplete(s);
    }
    case "vote/sign":
    case "vote/decline": {
      if (s.phase !== "vote") return refusal("vote/not_open", NOT_OPEN);
      const seat = negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      const vote = s.votes[s.votes.length - 1];
      if (!vote) return refusal("vote/not_open", NOT_OPEN);
      if (vote.ballots[seat]) return refusal("vote/already_cast", "You have already cast your ballot in this vote.");
      const crossed = type === "vote/sign" ? crossedRedLines(s.scenario, seat, vote.package)[0] : undefined;
      return crossed
        ? refusal("vote/red_line", `You cannot sign: the draft crosses your red line — ${crossed.text.en}`)
        : null;
    }
    case "vote/close":
      if (actor.kind === "seat") return refusal("actor/forbidden", "Only the facilitator can close a vote early.");
      return s.phase === "vote" ? null : refusal("vote/not_open", NOT_OPEN);
    case "stress/moscow-act": {
      if (actor.kind === "seat") {
        const seat = seated(s, actor);
        if (typeof seat !== "string") return seat;
        if (!s.seats[seat]?.redCell)
          return refusal("seat/not_yours", "Only Moscow (the red cell) chooses Moscow's action.");
      } else if (actor.kind !== "facilitator")
        return refusal("actor/forbidden", "Only Moscow or the facilitator can act for Moscow.");
      return atStep(s, "moscow");
    }
    case "stress/respond": {
      const seat = negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      const wrong = atStep(s, "response");
      if (wrong) return wrong;
      if (!responders(s).includes(seat))
        return refusal("stress/not_a_responder", "Only guarantors and European capitals respond to Moscow.");
      return s.years[s.years.length - 1]?.responses[seat]
        ? refusal("stress/already_responded", "You have already responded this year.")
        : null;
    }
    case "stress/protected-move": {
      const seat = negotiator(s, actor);
      if (typeof seat !== "string") return seat;
      const wrong = atStep(s, "response");
      if (wrong) return wrong;
      if (protectedSeat(s) !== seat)
        return refusal("stress/not_protected", "Only the protected state makes this move; guarantors respond.");
      return s.years[s.years.length - 1]?.protectedMove
        ? refusal("stress/already_moved", "You have already made your move this year.")
        : null;
    }
    case "facilitator/pause":
      return (
        facilitatorOnly(actor) ??
        (s.phase === "lobby" ? refusal("phase/wrong_phase", "The game has not started yet.") : null) ??
        (s.paused ? refusal("table/already_paused", "The game is already paused.") : null)
      );
    case "facilitator/resume":
      return facilitatorOnly(actor) ?? (s.paused ? null : refusal("table/not_paused", "The game is not paused."));
    case "facilitator/extend": {
      const untimed = s.paused ? s.paused.remainingMs === null : s.deadline === null;
      return (
        facilitatorOnly(actor) ??
        (untimed ? refusal("phase/untimed", "The current phase has no clock to extend.") : null)
      );
    }
    case "facilitator/skip":
      return (
        facilitatorOnly(actor) ??
        (s.phase === "lobby" ? refusal("phase/wrong_phase", "Start the game instead of skipping the lobby.") : null)
      );
    case "facilitator/inject-event":
      return facilitatorOnly(actor) ?? injectTiming(s);
    case "facilitator/set-controller":
    case "facilitator/end":
      return facilitatorOnly(actor);
  }
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
        ? refusal("seat/no_change", a.ready ? "You are already marked ready." : "You are not marked ready.")
        : null;
    case "draft/set":
      return draftChangeRefusal(s, a.issue, a.option);
    case "draft/amend": {
      const seat = actingSeat(a.actor);
      const wrong = draftChangeRefusal(s, a.issue, a.option);
      if (wrong) return wrong;
      for (const m of openAmendments(s.amendments))
        if (m.by === seat && m.issue === a.issue && m.option === a.option)
          return refusal("draft/duplicate_amendment", "You have already proposed that amendment.");
      return null;
    }
    case "draft/support": {
      const seat = actingSeat(a.actor);
      const m = openAmendmentOf(s, a.amendment);
      if (!("id" in m)) return m;
      if (m.by === seat) return refusal("draft/own_amendment", "You cannot support your own amendment.");
      return m.supporters.includes(seat)
        ? refusal("draft/already_supported", "You already support this amendment.")
        : null;
    }
    case "draft/oppose": {
      const seat = actingSeat(a.actor);
      const m = openAmendmentOf(s, a.amendment);
      if (!("id" in m)) return m;
      if (m.by === seat) return refusal("draft/own_amendment", "You cannot oppose your own amendment.");
      return m.opponents?.includes(seat)
        ? refusal("draft/already_opposed", "You already oppose this amendment.")
        : null;
    }
    case "pen/back": {
      const seat = actingSeat(a.actor);
      const request = penRequests(s).find((r) => r.seat === a.seat);
      if (!request) return refusal("pen/no_request", `${name(s, a.seat)} has not asked for the pen.`);
      return request.backers.includes(seat)
        ? refusal("pen/already_backed", `You already back ${name(s, a.seat)}'s request for the pen.`)
        : null;
    }
    case "pen/lapse": {
      const due = penLapseAt(s);
      return due !== null && a.at < due ? refusal("pen/not_due", "The pen-holder still has time to decide.") : null;
    }
    case "poll/ask":
      return openPoll(s, a.at) ? refusal("poll/open", "A straw poll is still open: answer it first.") : null;
    case "offer/make":
      return offerRefusal(s, actingSeat(a.actor), a.to, a.gives, a.asks);
    case "offer/accept":
    case "offer/decline":
    case "offer/withdraw": {
      const seat = actingSeat(a.actor);
      const offer = offers(s).find((o) => o.id === a.offer);
      if (!offer) return refusal("offer/not_found", `There is no offer #${a.offer}.`);
      if (offer.status !== "open") return refusal("offer/closed", `Offer #${a.offer} is ${offer.status}.`);
      if (a.type === "offer/withdraw")
        return offer.by === seat ? null : refusal("offer/not_yours", "Only the seat that made an offer withdraws it.");
      if (offer.by === seat) return refusal("offer/own_offer", "You made this offer: withdraw it instead.");
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
      return current === a.stance ? refusal("position/no_change", "That is already your stance.") : null;
    }
    case "poll/answer": {
      const seat = actingSeat(a.actor);
      const poll = strawPolls(s).find((p) => p.id === a.poll);
      if (!poll) return refusal("poll/not_found", `There is no straw poll #${a.poll}.`);
      if (poll.answers[seat]) return refusal("poll/already_answered", "You have already answered this straw poll.");
      if (!pollOpen(s, poll, a.at)) return refusal("poll/closed", `Straw poll #${a.poll} is closed.`);
      if (a.sign && a.blockers.length > 0)
        return refusal("poll/bad_blockers", "A seat that would sign names no issue that stops it.");
      const seen = new Set<string>();
      for (const issue of a.blockers) {
        if (!s.scenario.issues.some((i) => i.id === issue))
          return refusal("poll/bad_blockers", `There is no issue "${issue}" on the table.`);
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

/** The seat behind an action that `standingRefusal` has let through as a seat's. */
function actingSeat(actor: Actor): SeatId {
  if (actor.kind !== "seat") throw new Error(`a seat's action came from ${actor.kind}`);
  return actor.seat;
}

// ---------------------------------------------------------------------------------------------
// Dispatch

function handle(c: Ctx, a: Action): void {
  const { s } = c;
  must(standingRefusal(s, a.type, a.actor));
  must(payloadRefusal(s, a));
  switch (a.type) {
    case "table/seats": {
      const problem = checkSeatList(s.scenario, a.seats);
      if (problem) fail("table/bad_seats", problem);
      const controllers: Record<SeatId, "human" | "bot"> = {};
      for (const [id, seat] of Object.entries(s.seats)) controllers[id] = seat.controller;
      const built = buildSeats(s.scenario, a.seats, controllers);
      s.seats = built.seats;
      s.seatOrder = built.seatOrder;
      s.penHolder = startingPen(s.scenario, s.seatOrder);
      c.events.push({ type: "table/seated", seats: [...s.seatOrder] });
      return;
    }
    case "table/start":
      enterBriefing(c);
      return;
    case "seat/ready":
      ready(c, actingSeat(a.actor), a.ready);
      return;
    case "phase/expired":
      if (s.deadline !== null && c.t < s.deadline) fail("phase/not_expired", "The current phase has time left.");
      advance(c);
      return;
    case "draft/set":
      setDraft(c, a.issue, a.option, a.actor.kind === "seat" ? a.actor.seat : "facilitator", null);
      return;
    case "draft/amend": {
      const amendment: Amendment = {
        id: s.nextAmendmentId++,
        by: actingSeat(a.actor),
        issue: a.issue,
        option: a.option,
        supporters: [],
        status: "open",
        round: s.round,
        at: c.t,
      };
      own(c, "amendments").push(amendment);
      c.events.push({ type: "amendment/posted", amendment: { ...amendment, supporters: [] } });
      return;
    }
    case "draft/support": {
      const seat = actingSeat(a.actor);
      const m = openAmendment(c, a.amendment);
      // Support and opposition exclude each other: a seat that changes its mind moves over.
      if (m.opponents?.includes(seat)) m.opponents = m.opponents.filter((x) => x !== seat);
      m.supporters.push(seat);
      c.events.push({ type: "amendment/supported", id: m.id, seat });
      return;
    }
    case "draft/oppose": {
      const seat = actingSeat(a.actor);
      const m = openAmendment(c, a.amendment);
      if (m.supporters.includes(seat)) m.supporters = m.supporters.filter((x) => x !== seat);
      m.opponents = [...(m.opponents ?? []), seat];
      c.events.push({ type: "amendment/opposed", id: m.id, seat });
      return;
    }
    case "pen/request": {
      const seat = actingSeat(a.actor);
      ownList(c, "penRequests").push({ seat, at: c.t, backers: [seat] });
      c.events.push({ type: "pen/requested", seat });
      if (penMajority(s) <= 1) movePen(c, seat, "majority");
      return;
    }
    case "pen/back": {
      const by = actingSeat(a.actor);
      const list = ownList(c, "penRequests");
      const k = list.findIndex((r) => r.seat === a.seat);
      const request = list[k];
      if (!request) throw new Error("a backed request vanished after its check");
      const backed = { ...request, backers: [...request.backers, by] };
      list[k] = backed;
      c.events.push({ type: "pen/backed", seat: a.seat, by });
      if (backed.backers.length >= penMajority(s)) movePen(c, a.seat, "majority");
      return;
    }
    case "pen/lapse": {
      const oldest = penRequests(s)[0];
      if (!oldest) throw new Error("a lapse with no request after its check");
      movePen(c, oldest.seat, "lapse");
      return;
    }
    case "offer/make": {
      const by = actingSeat(a.actor);
      const list = ownList(c, "offers");
      const offer: Offer = {
        id: list.length + 1,
        by,
        to: a.to,
        gives: a.gives.map((t) => ({ act: t.act, amendment: t.amendment })),
        asks: a.asks.map((t) => ({ act: t.act, amendment: t.amendment })),
        status: "open",
        acceptedBy: null,
        round: s.round,
        at: c.t,
      };
      list.push(offer);
      c.events.push({ type: "offer/made", offer });
      return;
    }
    case "offer/accept":
    case "offer/decline":
    case "offer/withdraw": {
      const seat = actingSeat(a.actor);
      const list = ownList(c, "offers");
      const k = list.findIndex((o) => o.id === a.offer);
      const offer = list[k];
      if (!offer) throw new Error("an offer vanished after its check");
      if (a.type === "offer/withdraw") {
        list[k] = { ...offer, status: "withdrawn" };
        c.events.push({ type: "offer/withdrawn", id: offer.id });
      } else {
        const status = a.type === "offer/accept" ? "accepted" : "declined";
        list[k] = { ...offer, status, acceptedBy: status === "accepted" ? seat : null };
        c.events.push({ type: "offer/answered", id: offer.id, seat, status });
      }
      return;
    }
    case "position/set": {
      const seat = actingSeat(a.actor);
      const board = { ...(s.positions ?? {}) };
      const mine = { ...(board[seat] ?? {}) };
      const issue = { ...(mine[a.issue] ?? {}) };
      if (a.stance === null) delete issue[a.option];
      else issue[a.option] = a.stance;
      mine[a.issue] = issue;
      board[seat] = mine;
      s.positions = board;
      c.events.push({ type: "position/set", seat, issue: a.issue, option: a.option, stance: a.stance });
      return;
    }
    case "poll/ask": {
      const by = actingSeat(a.actor);
      const polls = ownList(c, "polls");
      const id = polls.length + 1;
      polls.push({ id, by, round: s.round, at: c.t, draft: s.draft, answers: {} });
      c.events.push({ type: "poll/asked", id, by });
      return;
    }
    case "poll/answer": {
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
      return;
    }
    case "draft/accept":
    case "draft/decline": {
      const m = openAmendment(c, a.amendment);
      if (a.type === "draft/accept") {
        m.status = "accepted";
        c.events.push({ type: "amendment/closed", id: m.id, status: "accepted" });
        if (s.draft[m.issue] !== m.option)
          setDraft(c, m.issue, m.option, a.actor.kind === "seat" ? a.actor.seat : "facilitator", m.id);
      } else {
        m.status = "declined";
        c.events.push({ type: "amendment/closed", id: m.id, status: "declined" });
      }
      settleOffers(c, m.id);
      return;
    }
    case "draft/withdraw": {
      const m = openAmendment(c, a.amendment);
      m.status = "withdrawn";
      c.events.push({ type: "amendment/closed", id: m.id, status: "withdrawn" });
      settleOffers(c, m.id);
      return;
    }
    case "draft/pass-pen":
    case "facilitator/take-pen":
      movePen(c, a.to, null);
      return;
    case "vote/call": {
      let caller: SeatId | "facilitator" = "facilitator";
      if (a.actor.kind === "seat") {
        caller = a.actor.seat;
        const st = ownSeat(c, caller);
        if (st) st.votesCalled++;
      }
      openVote(c, caller);
      return;
    }
    case "vote/sign":
    case "vote/decline": {
      const seat = actingSeat(a.actor);
      const vote = ownVote(c);
      if (!vote) throw new Error("a ballot with no vote");
      const ballot = a.type === "vote/sign" ? "sign" : "decline";
      vote.ballots[seat] = ballot;
      c.events.push({ type: "vote/ballot", id: vote.id, seat, ballot });
      if (s.seatOrder.every((x) => vote.ballots[x])) closeVote(c);
      return;
    }
    case "vote/close":
      closeVote(c);
      return;
    case "stress/moscow-act":
      moscowActs(c, a.action, false);
      return;
    case "stress/respond": {
      const seat = actingSeat(a.actor);
      const year = ownYear(c);
      year.responses[seat] = a.response;
      c.events.push({ type: "stress/response", year: s.year, seat, response: a.response });
      if (responseStepDone(s, year)) adjudicate(c);
      return;
    }
    case "stress/protected-move": {
      const seat = actingSeat(a.actor);
      const year = ownYear(c);
      year.protectedMove = a.move;
      c.events.push({ type: "stress/protected-move", year: s.year, seat, move: a.move });
      if (responseStepDone(s, year)) adjudicate(c);
      return;
    }
    case "facilitator/pause": {
      const remainingMs = s.deadline === null ? null : Math.max(0, s.deadline - c.t);
      s.paused = { at: c.t, remainingMs };
      s.deadline = null;
      c.events.push({ type: "table/paused", remainingMs });
      return;
    }
    case "facilitator/resume": {
      const paused = s.paused;
      if (!paused) throw new Error("resumed a table that is not paused");
      s.deadline = paused.remainingMs === null ? null : c.t + paused.remainingMs;
      s.paused = null;
      c.events.push({ type: "table/resumed", deadline: s.deadline });
      return;
    }
    case "facilitator/extend": {
      const ms = a.seconds * 1000;
      const paused = ownPause(c);
      if (paused && paused.remainingMs !== null) paused.remainingMs += ms;
      else if (s.deadline !== null) s.deadline += ms;
      c.events.push({ type: "phase/extended", seconds: a.seconds, deadline: s.deadline });
      return;
    }
    case "facilitator/skip": {
      // Skipping while paused moves on and stays paused, with the next phase's full length kept.
      const paused = ownPause(c);
      if (paused) paused.remainingMs = null;
      // Forward only: a skipped vote ends the round it interrupted too, so tables skipped together
      // stay in step (closing the vote alone, vote/close, resumes that round). Older logs' skips
      // carry no `forward` and replay as they were played.
      const inVote = s.phase === "vote";
      advance(c);
      if (a.forward && inVote && s.phase === "negotiation") advance(c);
      return;
    }
    case "facilitator/inject-event": {
      // In a year's first step the event replaces the year's drawn card; at any other time it is
      // news whose effects land at once.
      const firstStep = s.phase === "stress" && s.step === "event";
      let played: PlayedEvent;
      if (a.card !== undefined) {
        const card = s.scenario.events.find((e) => e.id === a.card);
        if (!card) fail("event/unknown_card", `There is no event card "${a.card}" in this scenario.`);
        played = { id: card.id, title: card.title, text: card.text, effects: card.effects, injected: true };
        s.deck = s.deck.filter((d) => d !== card.id);
      } else if (a.custom) {
        played = {
          id: firstStep ? `custom-${s.year}` : `custom-news-${(s.news?.length ?? 0) + 1}`,
          title: a.custom.title,
          text: a.custom.text ?? a.custom.title,
          effects: a.custom.effects,
          injected: true,
        };
      } else fail("action/invalid", "Name a card from the deck or write a custom event.");
      if (!firstStep) {
        applyEffects(c, played.effects);
        ownList(c, "news").push({ phase: s.phase, round: s.round, year: s.year, step: s.step, at: c.t, event: played });
        // A human Moscow still choosing sees (and the clock draws from) odds that take the news in.
        if (s.phase === "stress" && s.step === "moscow") ownYear(c).odds = currentOdds(s);
        c.events.push({ type: "news/injected", phase: s.phase, round: s.round, year: s.year, event: played });
        return;
      }
      const year = ownYear(c);
      // The drawn card goes back into the deck: it was never played.
      if (year.event && !year.event.injected && s.scenario.events.some((e) => e.id === year.event?.id))
        own(c, "deck").push(year.event.id);
      year.event = played;
      c.events.push({ type: "stress/event", year: s.year, event: played });
      return;
    }
    case "facilitator/set-controller": {
      const seat = ownSeat(c, a.seat);
      if (!seat) fail("seat/not_seated", `${name(s, a.seat)} is not seated at this table.`);
      if (seat.controller === a.controller)
        fail("seat/no_change", `${name(s, a.seat)} is already run by ${a.controller === "bot" ? "a bot" : "people"}.`);
      seat.controller = a.controller;
      c.events.push({ type: "seat/controller", seat: a.seat, controller: a.controller });
      // A bot Moscow acts at once if the table is waiting for it.
      if (seat.redCell && a.controller === "bot" && s.phase === "stress" && s.step === "moscow" && !s.paused)
        moscowDraws(c);
      return;
    }
    case "facilitator/end": {
      enterDebrief(c, true);
      return;
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Draft and amendments

/** Why the draft cannot go to a signing vote yet (the issues still blank), or null. */
function draftIncomplete(s: GameState): RuleError | null {
  for (const issue of s.scenario.issues) if (s.draft[issue.id] == null) return madeOnce(s.draft, stillBlank, s, "");
  return null;
}

/** Why a draft change to `optionId` on `issueId` is refused (an unknown issue or option, or no change). */
function draftChangeRefusal(s: GameState, issueId: string, optionId: string | null): RuleError | null {
  let issue: GameState["scenario"]["issues"][number] | undefined;
  for (const i of s.scenario.issues) if (i.id === issueId) issue = i;
  if (!issue) return refusal("draft/unknown_issue", `There is no issue "${issueId}" on the table.`);
  let known = optionId === null;
  for (const o of issue.options) if (o.id === optionId) known = true;
  if (!known) return refusal("draft/unknown_option", `"${optionId}" is not an option of ${issue.name.en}.`);
  return s.draft[issueId] === optionId ? refusal("draft/no_change", "The draft already says that.") : null;
}

/** Open amendment `id`, or why there is none. */
function openAmendmentOf(s: GameState, id: number): Amendment | RuleError {
  const m = amendmentById(s.amendments, id);
  if (!m) return refusal("draft/unknown_amendment", `There is no amendment #${id}.`);
  return m.status === "open" ? m : refusal("draft/amendment_closed", `Amendment #${id} is already ${m.status}.`);
}

/** Why a seat that is not (or is already) at the pen cannot be handed it. */
function penRefusal(s: GameState, to: SeatId | null): RuleError | null {
  if (to !== null) {
    const seat = s.seats[to];
    if (!seat || seat.redCell)
      return refusal("seat/not_seated", `${name(s, to)} is not a negotiating seat at this table.`);
  }
  return s.penHolder === to ? refusal("draft/already_holds_pen", `${name(s, to)} already holds the pen.`) : null;
}

// A long negotiation keeps every closed amendment in the list, and the checks of every viewer ask
// about the open ones after every change: they are listed once per list. A list is never written
// into once a state holds it (an action writes into its own copy), so the answer keeps.
const openLists = new WeakMap<readonly Amendment[], Amendment[]>();

/** The open amendments of a state's list, in the order they were posted. */
export function openAmendments(list: readonly Amendment[]): readonly Amendment[] {
  let open = openLists.get(list);
  if (!open) {
    open = list.filter((m) => m.status === "open");
    openLists.set(list, open);
  }
  return open;
}

// Amendments are numbered from 1 in the order they are posted and never leave the list, so
// amendment n is at index n - 1 (the search is only a fallback).
function amendmentIndex(list: readonly Amendment[], id: number): number {
  return list[id - 1]?.id === id ? id - 1 : list.findIndex((x) => x.id === id);
}

function amendmentById(list: readonly Amendment[], id: number): Amendment | undefined {
  return list[amendmentIndex(list, id)];
}

/** Open amendment `id` (`payloadRefusal` found it), copied into the state being built so the handler may change it. */
function openAmendment(c: Ctx, id: number): Amendment {
  const k = amendmentIndex(c.s.amendments, id);
  const m = c.s.amendments[k];
  if (!m) throw new Error(`amendment #${id} vanished after its check`);
  const copy: Amendment = { ...m, supporters: [...m.supporters] };
  if (m.opponents) copy.opponents = [...m.opponents];
  own(c, "amendments")[k] = copy;
  return copy;
}

/** Why `by` may not make this linked offer (every amendment must be open, every term one its party can give), or null. */
function offerRefusal(
  s: GameState,
  by: SeatId,
  to: SeatId | null,
  gives: readonly { act: "support" | "accept"; amendment: number }[],
  asks: readonly { act: "support" | "accept"; amendment: number }[],
): RuleError | null {
  if (to === by) return refusal("offer/self", "An offer is made to another seat or to the table, not to yourself.");
  if (to !== null && !s.seatOrder.includes(to))
    return refusal("offer/unknown_seat", `${name(s, to)} is not negotiating at this table.`);
  for (const [side, terms, party] of [
    ["gives", gives, by],
    ["asks", asks, to],
  ] as const) {
    const seen = new Set<number>();
    for (const term of terms) {
      const m = amendmentById(s.amendments, term.amendment);
      if (!m) return refusal("offer/unknown_amendment", `There is no amendment ${term.amendment}.`);
      if (m.status !== "open") return refusal("offer/closed_amendment", `Amendment ${m.id} is ${m.status}.`);
      if (seen.has(m.id)) return refusal("offer/duplicate_term", `Amendment ${m.id} is named twice on one side.`);
      seen.add(m.id);
      if (term.act === "accept" && (party === null || party !== s.penHolder))
        return refusal(
          "offer/not_pen_holder",
          side === "gives"
            ? "Only the pen-holder can offer to accept an amendment."
            : "Only the pen-holder can be asked to accept an amendment: make the offer to them.",
        );
      if (term.act === "support" && party === m.by)
        return refusal("offer/own_amendment", `${name(s, m.by)} proposed amendment ${m.id} and cannot support it.`);
    }
  }
  return null;
}

/**
 * Settles the terms of accepted offers about amendment `id` (it has just closed), or about every
 * amendment (null: the talks are over).
 */
function settleOffers(c: Ctx, id: number | null): void {
  const { s } = c;
  const list = offers(s);
  for (let k = 0; k < list.length; k++) {
    const offer = list[k];
    if (!offer || offer.status !== "accepted") continue;
    let changed: Offer | null = null;
    for (const side of ["gives", "asks"] as const) {
      const party = partyOf(offer, side);
      offer[side].forEach((term, i) => {
        if (term.result || party === null || (id !== null && term.amendment !== id)) return;
        const m = amendmentById(s.amendments, term.amendment);
        if (!m) return;
        const result = termResult(term, m, party, s.penHolder);
        changed ??= { ...offer, gives: [...offer.gives], asks: [...offer.asks] };
        changed[side][i] = { ...term, result };
        c.events.push({ type: "offer/settled", id: offer.id, seat: party, act: term.act, amendment: m.id, result });
      });
    }
    if (changed) ownList(c, "offers")[k] = changed;
  }
}

/** The pen goes to `to` (a seat, or the facilitator for null); the new holder's own request is settled. */
function movePen(c: Ctx, to: SeatId | null, reason: "majority" | "lapse" | null): void {
  const { s } = c;
  const from = s.penHolder;
  s.penHolder = to;
  c.events.push(reason ? { type: "pen/passed", from, to, reason } : { type: "pen/passed", from, to });
  if (to !== null && penRequests(s).some((r) => r.seat === to))
    c.s.penRequests = penRequests(s).filter((r) => r.seat !== to);
}

function setDraft(
  c: Ctx,
  issue: string,
  option: string | null,
  by: SeatId | "facilitator",
  amendment: number | null,
): void {
  own(c, "draft")[issue] = option;
  c.events.push({ type: "draft/changed", issue, option, by, amendment });
}

// ---------------------------------------------------------------------------------------------
// Phases and the clock

function setDeadline(c: Ctx, seconds: number | null): void {
  c.s.deadline = seconds === null ? null : c.t + seconds * 1000;
}

function clearReady(c: Ctx): void {
  for (const id in c.s.seats) {
    const seat = c.s.seats[id];
    if (seat?.ready) {
      const own = ownSeat(c, id);
      if (own) own.ready = false;
    }
  }
}

function entered(c: Ctx): void {
  const { s } = c;
  c.events.push({
    type: "phase/entered",
    phase: s.phase,
    round: s.round,
    year: s.year,
    step: s.step,
    deadline: s.deadline,
  });
}

function enterBriefing(c: Ctx): void {
  c.s.phase = "briefing";
  clearReady(c);
  setDeadline(c, c.s.timings.briefingSeconds);
  entered(c);
  if (c.s.timings.briefingSeconds === 0) enterRound(c, 1);
}

function enterRound(c: Ctx, round: number): void {
  const { s } = c;
  s.phase = "negotiation";
  s.round = round;
  s.roundRemainingMs = null;
  clearReady(c);
  for (const id in s.seats) {
    const seat = s.seats[id];
    if (seat?.votesCalled) {
      const own = ownSeat(c, id);
      if (own) own.votesCalled = 0;
    }
  }
  setDeadline(c, s.timings.roundSeconds);
  entered(c);
}

/** Moves on when the clock runs out (or the facilitator skips, or every seat is ready). */
function advance(c: Ctx): void {
  const { s } = c;
  switch (s.phase) {
    case "lobby":
      fail("phase/wrong_phase", "The lobby ends when the game starts.");
      break;
    case "briefing":
      enterRound(c, 1);
      break;
    case "negotiation":
      if (s.round < s.timings.rounds) enterRound(c, s.round + 1);
      else {
        c.events.push({ type: "talks/failed", reason: "The last round ended without a framework." });
        settleOffers(c, null);
        enterStress(c);
      }
      break;
    case "vote":
      closeVote(c);
      break;
    case "ratification":
      enterStress(c);
      break;
    case "stress":
      advanceStep(c);
      break;
    case "debrief":
      fail("game/over", "The game is over.");
  }
}

function ready(c: Ctx, seat: SeatId, value: boolean): void {
  const { s } = c;
  const st = ownSeat(c, seat);
  if (!st) return;
  st.ready = value;
  c.events.push({ type: "seat/ready", seat, ready: value });
  // Early resolve: when every negotiating seat is ready, the phase ends now.
  if (value && s.seatOrder.every((x) => s.seats[x]?.ready)) advance(c);
}

// ---------------------------------------------------------------------------------------------
// Signing votes and ratification

function openVote(c: Ctx, caller: SeatId | "facilitator"): void {
  const { s } = c;
  const pkg: Package = {};
  for (const issue of s.scenario.issues) pkg[issue.id] = s.draft[issue.id] ?? "";
  const id = s.votes.length + 1;
  own(c, "votes").push({
    id,
    calledBy: caller === "facilitator" ? "facilitator" : caller,
    round: s.round,
    package: pkg,
    ballots: {},
    openedAt: c.t,
    result: null,
  });
  // Paused (the facilitator calls a vote), the round's time is the pause's, not the cleared deadline.
  s.roundRemainingMs = s.paused ? s.paused.remainingMs : s.deadline === null ? null : Math.max(0, s.deadline - c.t);
  s.phase = "vote";
  clearReady(c);
  setDeadline(c, s.timings.voteSeconds);
  c.events.push({ type: "vote/opened", id, calledBy: caller, package: { ...pkg } });
  entered(c);
}

function closeVote(c: Ctx): void {
  const { s } = c;
  const vote = ownVote(c);
  if (!vote || vote.result) fail("vote/not_open", "No signing vote is open.");
  const signatories = s.seatOrder.filter((x) => vote.ballots[x] === "sign");
  const check = checkAgreement(s.scenario, s.seatOrder, signatories, vote.package);
  const reason = check.met
    ? check.unanimous
      ? "Everyone signed: the framework is concluded unanimously."
      : "The agreement rule is met: the framework is concluded."
    : `The agreement rule is not met. ${check.unmet.join(" ")}`;
  vote.result = { concluded: check.met, signatories, reason };
  c.events.push({ type: "vote/closed", id: vote.id, concluded: check.met, signatories: [...signatories], reason });
  if (check.met) {
    c.events.push({
      type: "framework/concluded",
      package: { ...vote.package },
      signatories: [...signatories],
      unanimous: check.unanimous,
    });
    settleOffers(c, null);
    ratify(c, vote.package, signatories, check.unanimous);
    return;
  }
  // Talks resume with the round time that was left when the vote was called.
  s.phase = "negotiation";
  clearReady(c);
  s.deadline = s.roundRemainingMs === null ? null : c.t + s.roundRemainingMs;
  s.roundRemainingMs = null;
  entered(c);
}

function ratify(c: Ctx, pkg: Package, signatories: SeatId[], unanimous: boolean): void {
  const { s } = c;
  const readout = evaluateDeal(s.scenario, pkg, {
    seated: s.seatOrder,
    signatories,
    capital: statOf(s, "capital"),
    resolve: statOf(s, "resolve"),
    capacity: statOf(s, "capacity"),
    unity: s.table.unity,
    grievance: s.table.grievance,
  });
  const ratification: Record<SeatId, { probability: number; roll: number; ratified: boolean }> = {};
  const bound: SeatId[] = [];
  for (const seat of signatories) {
    const probability = readout?.ratification[seat] ?? 0;
    const roll = nextFloat(own(c, "rng"));
    const ratified = roll < probability;
    ratification[seat] = { probability, roll, ratified };
    if (ratified) bound.push(seat);
    c.events.push({ type: "ratification/rolled", seat, probability, roll, ratified });
  }
  const stands = checkAgreement(s.scenario, s.seatOrder, bound, pkg).met;
  s.framework = { package: pkg, signatories, unanimous, ratification, bound, stands };
  c.events.push({ type: "framework/ratified", bound: [...bound], stands });
  s.phase = "ratification";
  s.roundRemainingMs = null;
  clearReady(c);
  setDeadline(c, s.timings.ratificationSeconds);
  entered(c);
  if (s.timings.ratificationSeconds === 0) enterStress(c);
}

// ---------------------------------------------------------------------------------------------
// Stress-test years

function currentYear(s: GameState): YearRecord {
  const y = s.years[s.years.length - 1];
  if (!y) throw new Error("no current year");
  return y;
}

/** The seats bound by a standing framework (empty with no deal). */
export function boundSeats(s: GameState): SeatId[] {
  return s.framework?.stands ? s.framework.bound : [];
}

/** The seats that answer Moscow in a stress-test year: the seated guarantors and European capitals. Works on a state or a view. */
/** Whether the protected seat's move counts against what Moscow did: only against an incursion or an offensive. */
export function protectedMoveCounts(action: MoscowAction | null | undefined): boolean {
  return action === "incursion" || action === "offensive";
}

/** The seated protected seat (Kyiv), which makes its own move each year, or null. */
export function protectedSeat(s: {
  seatOrder: readonly SeatId[];
  scenario: { seats: readonly { id: string; kind: string }[] };
}): SeatId | null {
  for (const id of s.seatOrder) if (s.scenario.seats.find((x) => x.id === id)?.kind === "protected") return id;
  return null;
}

/** Whether every seat that acts in this year's response step has acted (the step then ends). */
function responseStepDone(s: GameState, year: YearRecord): boolean {
  const kyiv = protectedSeat(s);
  return responders(s).every((x) => year.responses[x]) && (kyiv === null || year.protectedMove !== undefined);
}

export function responders(s: {
  seatOrder: readonly SeatId[];
  scenario: { seats: readonly { id: string; kind: string }[] };
}): SeatId[] {
  return s.seatOrder.filter((id) => {
    const kind = s.scenario.seats.find((x) => x.id === id)?.kind;
    return kind === "guarantor" || kind === "european";
  });
}

function statOf(s: GameState, stat: "capital" | "resolve" | "capacity"): Record<SeatId, number> {
  const out: Record<SeatId, number> = {};
  for (const [id, seat] of Object.entries(s.seats)) out[id] = seat[stat];
  return out;
}

function promiseCounts(s: GameState): { broken: number; honoured: number } {
  let broken = 0;
  let honoured = 0;
  for (const seat of Object.values(s.seats)) {
    broken += seat.brokenPromises;
    honoured += seat.honouredPromises;
  }
  return { broken, honoured };
}

/** The deal read-out as it stands now in the stress test (the framework, signatories, seat stats). */
export function currentReadout(s: GameState) {
  const fw = s.framework;
  if (!fw?.stands) return null;
  const { broken, honoured } = promiseCounts(s);
  return evaluateDeal(s.scenario, fw.package, {
    seated: s.seatOrder,
    signatories: fw.bound,
    capital: statOf(s, "capital"),
    resolve: statOf(s, "resolve"),
    capacity: statOf(s, "capacity"),
    brokenPromises: broken,
    honouredPromises: honoured,
    unity: s.table.unity,
    grievance: s.table.grievance,
  });
}

/** Moscow's odds for this year, from the framework (if any) and the table as it stands. */
export function currentOdds(s: GameState) {
  const readout = currentReadout(s);
  if (readout) return readout.odds;
  const k = compileScenario(s.scenario).constants;
  return moscowOdds(k, {
    deal: false,
    deterrence: 0,
    escalation: 0,
    unity: s.table.unity,
    grievance: s.table.grievance,
  });
}

function enterStress(c: Ctx): void {
  const { s } = c;
  s.phase = "stress";
  s.roundRemainingMs = null;
  enterYear(c, 1);
}

function drawEvent(c: Ctx): PlayedEvent | null {
  const { s } = c;
  if (s.deck.length === 0) s.deck = s.scenario.events.map((e) => e.id);
  const cards = s.deck.map((id) => s.scenario.events.find((e) => e.id === id));
  const i = pickWeighted(
    own(c, "rng"),
    cards.map((e) => e?.weight ?? 0),
  );
  const card = cards[i];
  if (!card) return null;
  s.deck = s.deck.filter((_, j) => j !== i);
  return { id: card.id, title: card.title, text: card.text, effects: card.effects, injected: false };
}

function enterYear(c: Ctx, year: number): void {
  const { s } = c;
  s.year = year;
  s.step = "event";
  clearReady(c);
  const event = drawEvent(c);
  own(c, "years").push({
    year,
    event,
    odds: null,
    moscowAction: null,
    moscowDrawn: false,
    responses: {},
    snapBack: false,
    brokenPromises: [],
    adjudication: null,
  });
  setDeadline(c, s.timings.eventSeconds);
  entered(c);
  if (event) c.events.push({ type: "stress/event", year, event });
  if (s.timings.eventSeconds === 0) advanceStep(c);
}

const clampStat = (x: number) => Math.max(0, Math.min(100, x));
const TABLE_STATS = new Set(["unity", "grievance", "ukraineSecurity"]);

function effectTargets(s: GameState, target: string): SeatId[] {
  if (target === "all" || target === "table") return [...s.seatOrder];
  if (target === "signatories") return [...boundSeats(s)];
  if (target === "europeans")
    return s.seatOrder.filter((id) => s.scenario.seats.find((x) => x.id === id)?.kind === "european");
  return s.seats[target] ? [target] : [];
}

function applyEffects(c: Ctx, effects: readonly EventEffect[]): void {
  const { s } = c;
  for (const e of effects) {
    if (TABLE_STATS.has(e.stat)) {
      const key = e.stat as "unity" | "grievance" | "ukraineSecurity";
      const table = own(c, "table");
      table[key] = clampStat(table[key] + e.delta);
      continue;
    }
    const stat = e.stat as "capital" | "resolve" | "capacity";
    for (const id of effectTargets(s, e.target)) {
      const seat = ownSeat(c, id);
      if (seat) seat[stat] = clampStat(seat[stat] + e.delta);
    }
  }
}

function moscowIsBot(s: GameState): boolean {
  const red = Object.values(s.seats).find((x) => x.redCell);
  return !red || red.controller === "bot";
}

function advanceStep(c: Ctx): void {
  const { s } = c;
  switch (s.step) {
    case "event": {
      const year = ownYear(c);
      if (year.event) applyEffects(c, year.event.effects);
      s.step = "moscow";
      year.odds = currentOdds(s);
      if (moscowIsBot(s)) {
        s.deadline = null;
        entered(c);
        moscowDraws(c);
      } else {
        setDeadline(c, s.timings.moscowSeconds);
        entered(c);
      }
      return;
    }
    case "moscow":
      // The clock ran out on a human Moscow: the model draws for it.
      moscowDraws(c);
      return;
    case "response":
      adjudicate(c);
      return;
    case "adjudicated":
      if (s.year < s.timings.years) enterYear(c, s.year + 1);
      else enterDebrief(c, false);
      return;
    default:
      fail("stress/wrong_step", "The stress test is between steps.");
  }
}

function moscowDraws(c: Ctx): void {
  const { s } = c;
  const year = currentYear(s);
  const odds = year.odds ?? currentOdds(s);
  const action = MOSCOW_ACTIONS[pickWeighted(own(c, "rng"), oddsArray(odds))] ?? "comply";
  moscowActs(c, action, true);
}

function moscowActs(c: Ctx, action: MoscowAction, drawn: boolean): void {
  const { s } = c;
  const year = ownYear(c);
  year.odds = year.odds ?? currentOdds(s);
  year.moscowAction = action;
  year.moscowDrawn = drawn;
  c.events.push({ type: "stress/moscow", year: s.year, action, drawn, odds: { ...year.odds } });
  if (action === "comply") {
    adjudicate(c);
    return;
  }
  s.step = "response";
  setDeadline(c, s.timings.responseSeconds);
  entered(c);
}

const RESPONSE_COST = {
  nothing: "",
  sanctions: "costSanctions",
  airDefence: "costAirDefence",
  direct: "costDirect",
} as const;

/** The response a bound seat owes this year under its pledge, given what Moscow did. */
export function requiredResponse(pledge: Response, action: MoscowAction): Response {
  const rank = RESPONSES.indexOf(pledge);
  if (action === "comply") return "nothing";
  if (action === "hybrid") return RESPONSES[Math.min(rank, 1)] ?? "nothing";
  return pledge;
}

/**
 * What each seat that answers Moscow owes this year: what the pledge requires of a bound signatory
 * given Moscow's action, and "nothing" for a seat the framework does not bind. Null until Moscow has
 * acted this year. `pledge` defaults to the standing framework's.
 */
export function owedResponses(s: GameState, pledge?: Response): Record<SeatId, Response> | null {
  const action = s.years[s.years.length - 1]?.moscowAction;
  if (!action) return null;
  const bound = boundSeats(s);
  const required =
    bound.length > 0 ? requiredResponse(pledge ?? currentReadout(s)?.pledge ?? "nothing", action) : "nothing";
  const owed: Record<SeatId, Response> = {};
  for (const id of responders(s)) owed[id] = bound.includes(id) ? required : "nothing";
  return owed;
}

function adjudicate(c: Ctx): void {
  const { s } = c;
  const k = compileScenario(s.scenario).constants;
  const year = ownYear(c);
  const action = year.moscowAction ?? "comply";
  const readout = currentReadout(s);
  const pledge = readout?.pledge ?? "nothing";
  const owed = owedResponses(s, pledge);
  const list = responders(s);
  // Whoever did not answer in time did nothing.
  if (action !== "comply") for (const id of list) year.responses[id] ??= "nothing";

  let strength = 0;
  let direct = 0;
  let anyNothing = false;
  let anyMilitary = false;
  let honoured = 0;
  for (const id of list) {
    const response = year.responses[id] ?? "nothing";
    const rank = RESPONSES.indexOf(response);
    const seat = ownSeat(c, id);
    if (!seat) continue;
    strength += (rank / 3) * (seat.capacity / 100);
    if (response === "direct") direct++;
    if (action !== "comply") {
      if (response === "nothing") anyNothing = true;
      if (rank >= 2) anyMilitary = true;
    }
    const costKey = RESPONSE_COST[response];
    if (costKey) seat.capital = clampStat(seat.capital - k[costKey]);
    const required = owed?.[id] ?? "nothing";
    if (required !== "nothing") {
      if (rank < RESPONSES.indexOf(required)) {
        seat.brokenPromises++;
        year.brokenPromises.push(id);
        c.events.push({ type: "stress/broken-promise", year: s.year, seat: id, pledged: required, response });
      } else {
        seat.honouredPromises++;
        honoured++;
      }
    }
  }
  const attack = action === "incursion" || action === "offensive";
  // The protected seat's own move (the clock leaves it at "hold"): it counts only when Moscow attacked.
  const kyiv = protectedSeat(s);
  const move = protectedMoveCounts(action) ? (year.protectedMove ?? "hold") : "hold";
  if (move === "mobilise") strength += k.mobiliseStrength;
  if (kyiv !== null && move !== "hold" && move !== "appeal") {
    const seat = ownSeat(c, kyiv);
    if (seat) seat.capital = clampStat(seat.capital - (move === "mobilise" ? k.costMobilise : k.costCeasefire));
  }
  if (readout?.automaticSanctions && attack) {
    year.snapBack = true;
    strength += k.snapBackStrength;
    c.events.push({ type: "stress/snap-back", year: s.year });
  }
  const mitigation = Math.min(k.maxMitigation, strength * k.mitigationPerStrength);
  const damage =
    action === "offensive"
      ? k.damageOffensive
      : action === "incursion"
        ? k.damageIncursion
        : action === "hybrid"
          ? k.damageHybrid
          : 0;
  const t = own(c, "table");
  const relief = move === "ceasefire" ? 1 - k.ceasefireRelief : 1;
  if (action === "comply") t.ukraineSecurity = clampStat(t.ukraineSecurity + k.recoveryComply);
  else t.ukraineSecurity = clampStat(t.ukraineSecurity - damage * (1 - mitigation) * relief);
  if (action !== "comply") t.escalation = Math.max(t.escalation, 1);
  if (direct > 0 && action === "incursion") t.escalation += k.escalationDirectIncursion;
  if (direct > 0 && action === "offensive") t.escalation += k.escalationDirectOffensive;
  if (attack && readout && readout.escalation >= k.escalationProximityRisk) t.escalation += 1;
  t.grievance = clampStat(
    t.grievance +
      k.grievancePerDirect * direct +
      (move === "mobilise" ? k.mobiliseGrievance : 0) -
      (move === "ceasefire" ? k.ceasefireGrievance : 0),
  );
  const appealEffect = move === "appeal" ? (anyMilitary ? k.appealUnity : -k.appealUnanswered) : 0;
  t.unity = clampStat(
    t.unity -
      k.unityPerBrokenPromise * year.brokenPromises.length -
      (anyNothing && anyMilitary ? k.unitySplitPenalty : 0) +
      k.unityHonouredBonus * honoured +
      appealEffect -
      (move === "ceasefire" ? k.ceasefireUnity : 0),
  );
  const capitalAfter: Record<SeatId, number> = {};
  for (const id of s.seatOrder) capitalAfter[id] = s.seats[id]?.capital ?? 0;
  year.adjudication = {
    damage: action === "comply" ? -k.recoveryComply : damage * (1 - mitigation) * relief,
    mitigation,
    securityAfter: t.ukraineSecurity,
    escalationAfter: t.escalation,
    unityAfter: t.unity,
    capitalAfter,
  };
  c.events.push({
    type: "stress/adjudicated",
    year: s.year,
    security: t.ukraineSecurity,
    escalation: t.escalation,
    unity: t.unity,
    damage: year.adjudication.damage,
    mitigation,
  });
  s.step = "adjudicated";
  clearReady(c);
  setDeadline(c, s.timings.adjudicationSeconds);
  entered(c);
  if (s.timings.adjudicationSeconds === 0) advanceStep(c);
}

// ---------------------------------------------------------------------------------------------
// Debrief

/** The debrief's one-line outcome from the table's stats and the years played. */
export function outcomeOf(s: GameState): Outcome {
  const k = compileScenario(s.scenario).constants;
  if (s.table.escalation >= k.clashLevel) return "escalated";
  if (s.table.ukraineSecurity < k.failedBelow) return "failed";
  const attacked = s.years.some((y) => y.moscowAction === "incursion" || y.moscowAction === "offensive");
  if (attacked || s.table.ukraineSecurity < k.startSecurity - k.erodedMargin) return "eroded";
  return "held";
}

function enterDebrief(c: Ctx, early: boolean): void {
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

/** The package on a complete draft, or null while an issue is blank. */
export function completePackage(s: GameState): Package | null {
  const pkg: Package = {};
  for (const issue of s.scenario.issues) {
    const o = s.draft[issue.id];
    if (o == null) return null;
    pkg[issue.id] = o;
  }
  return pkg;
}

/** Credibility of the guarantors now (1 = untested; broken promises lower it). */
export function currentCredibility(s: GameState): number {
  const { broken, honoured } = promiseCounts(s);
  return credibility(compileScenario(s.scenario).constants, broken, honoured);
}
