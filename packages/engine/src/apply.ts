// The reducer: apply(state, action) → the next state and what happened, or a rule error.
// It never mutates its input and never throws: each handler works on a private copy.
// This file is the entry and the dispatch; the rules live one file per phase (rules-*.ts): who may
// act (rules-who-may-act.ts, rules-payload-checks.ts), the lobby and the rounds (rules-phases.ts),
// the draft, the pen, offers and polls, the signing vote, the stress test, the debrief and the
// facilitator's controls. What they share is in rules-context.ts.
import { type Action, parseAction } from "./actions.ts";
import type { GameEvent } from "./events.ts";
import type { RuleError } from "./rules-context.ts";
import { actingSeat, type Ctx, must, ownPause, Rule } from "./rules-context.ts";
import { enterDebrief } from "./rules-debrief.ts";
import {
  closeAmendment,
  opposeAmendment,
  postAmendment,
  setDraft,
  setPosition,
  supportAmendment,
  withdrawAmendment,
} from "./rules-draft.ts";
import { extend, injectEvent, pause, resume, setController, skip } from "./rules-facilitator.ts";
import { answerOffer, makeOffer } from "./rules-offers.ts";
import { payloadRefusal } from "./rules-payload-checks.ts";
import { backPenRequest, lapsePen, movePen, requestPen } from "./rules-pen.ts";
import { enterBriefing, expirePhase, ready, seatTable } from "./rules-phases.ts";
import { answerPoll, askPoll } from "./rules-polls.ts";
import { callVote, castBallot, closeVote } from "./rules-signing-vote.ts";
import { makeProtectedMove, moscowActs, respond } from "./rules-stress-test.ts";
import { standingRefusal } from "./rules-who-may-act.ts";
import type { GameState } from "./state.ts";

// The reducer's public names, wherever their rules live: importers (and the package's index) find
// them here.
export { MAX_OPEN_AMENDMENTS_PER_SEAT, openAmendments } from "./rules-amendments.ts";
export type { RuleError } from "./rules-context.ts";
export { outcomeOf } from "./rules-debrief.ts";
export { completePackage } from "./rules-draft.ts";
export { DECIDED_BY_CHECKS, payloadRefusal } from "./rules-payload-checks.ts";
export { injectRefusal, standingRefusal } from "./rules-who-may-act.ts";
export {
  boundSeats,
  currentCredibility,
  currentOdds,
  currentReadout,
  owedResponses,
  protectedMoveCounts,
  protectedSeat,
  requiredResponse,
  responders,
  responseCost,
} from "./stress-readout.ts";

/** What `apply` returns. */
export type ApplyResult = { ok: true; state: GameState; events: GameEvent[] } | { ok: false; error: RuleError };

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

/** Checks the action (who may act, then what its payload says), then hands it to its phase's rules. */
function handle(c: Ctx, a: Action): void {
  const { s } = c;
  must(standingRefusal(s, a.type, a.actor));
  must(payloadRefusal(s, a));
  switch (a.type) {
    case "table/seats":
      seatTable(c, a);
      return;
    case "table/start":
      enterBriefing(c);
      return;
    case "seat/ready":
      ready(c, actingSeat(a.actor), a.ready);
      return;
    case "phase/expired":
      expirePhase(c);
      return;
    case "draft/set":
      setDraft(c, a.issue, a.option, a.actor.kind === "seat" ? a.actor.seat : "facilitator", null);
      return;
    case "draft/amend":
      postAmendment(c, a);
      return;
    case "draft/support":
      supportAmendment(c, a);
      return;
    case "draft/oppose":
      opposeAmendment(c, a);
      return;
    case "draft/accept":
    case "draft/decline":
      closeAmendment(c, a);
      return;
    case "draft/withdraw":
      withdrawAmendment(c, a);
      return;
    case "position/set":
      setPosition(c, a);
      return;
    case "pen/request":
      requestPen(c, a);
      return;
    case "pen/back":
      backPenRequest(c, a);
      return;
    case "pen/lapse":
      lapsePen(c);
      return;
    case "draft/pass-pen":
    case "facilitator/take-pen":
      movePen(c, a.to, null);
      return;
    case "offer/make":
      makeOffer(c, a);
      return;
    case "offer/accept":
    case "offer/decline":
    case "offer/withdraw":
      answerOffer(c, a);
      return;
    case "poll/ask":
      askPoll(c, a);
      return;
    case "poll/answer":
      answerPoll(c, a);
      return;
    case "vote/call":
      callVote(c, a);
      return;
    case "vote/sign":
    case "vote/decline":
      castBallot(c, a);
      return;
    case "vote/close":
      closeVote(c);
      return;
    case "stress/moscow-act":
      moscowActs(c, a.action, false);
      return;
    case "stress/respond":
      respond(c, a);
      return;
    case "stress/protected-move":
      makeProtectedMove(c, a);
      return;
    case "facilitator/pause":
      pause(c);
      return;
    case "facilitator/resume":
      resume(c);
      return;
    case "facilitator/extend":
      extend(c, a);
      return;
    case "facilitator/skip":
      skip(c, a);
      return;
    case "facilitator/inject-event":
      injectEvent(c, a);
      return;
    case "facilitator/set-controller":
      setController(c, a);
      return;
    case "facilitator/end":
      enterDebrief(c, true);
      return;
  }
}
