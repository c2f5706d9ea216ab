// The negotiating seat's bot across the whole game: ready when a phase waits for it, the
// negotiator during talks and votes, the guarantor policy in the stress test.
import { openAmendments, type PlayerView, RESPONSES, requiredResponse, type SeatId, seedRng } from "@ironclad/engine";
import type { BotAction, BotDecision, NegotiatorMemory, NegotiatorSettings } from "./bot-types.ts";
import { negotiate } from "./negotiator.ts";
import { newOpponentModel } from "./opponent-model.ts";
import { ownTableOf } from "./own-table.ts";
import { guarantorResponse, protectedMove } from "./stress-policy.ts";
import { say, type TalkLine } from "./talk.ts";

/** A fresh memory for a negotiating seat's bot. */
export function newNegotiatorMemory(view: PlayerView, settings: NegotiatorSettings): NegotiatorMemory {
  const seat = view.viewer.kind === "seat" ? view.viewer.seat : "";
  const table = ownTableOf(view);
  const model = newOpponentModel(table, seat, view.seatOrder);
  return {
    role: "negotiator",
    seat,
    rng: seedRng(`bot:${settings.seed}:${seat}`),
    t: 0,
    model,
    talked: 0,
    lastInitiativeAt: Number.NEGATIVE_INFINITY,
  };
}

/** Whether the current phase (or stress step) waits for seats to say they are ready. */
export function waitsForReady(view: PlayerView): boolean {
  return (
    view.phase === "briefing" ||
    view.phase === "ratification" ||
    (view.phase === "stress" && (view.step === "event" || view.step === "adjudicated"))
  );
}

/**
 * The bot of a negotiating seat decides what to do now. Pure: the same view, settings and memory
 * give the same decision. The server stamps `actor` and `at` on each action and applies them in
 * order (an action that fails is dropped). `now` is the table time (ms); `memory` null on first call.
 */
export function decide(
  view: PlayerView,
  settings: NegotiatorSettings,
  memory: NegotiatorMemory | null,
  now: number = view.now,
): BotDecision {
  return decideInPlace(view, settings, memory ? structuredClone(memory) : null, now);
}

/**
 * `decide` that updates the given memory in place instead of copying it (the simulator's fast path).
 * With `talks` false nobody listens: the decision is the same, but no talk is rendered.
 */
export function decideInPlace(
  view: PlayerView,
  settings: NegotiatorSettings,
  memory: NegotiatorMemory | null,
  now: number = view.now,
  talks = true,
): BotDecision {
  if (view.viewer.kind !== "seat") throw new Error("decide: a negotiator needs a seat's view");
  const seat: SeatId = view.viewer.seat;
  const mem = memory ?? newNegotiatorMemory(view, settings);
  const table = ownTableOf(view);
  const me = view.seats[seat];
  const none: BotDecision = { actions: [], talk: [], memory: mem };
  if (!table || !me || me.redCell || view.paused) return none;
  if (waitsForReady(view))
    return me.ready ? none : { actions: [{ type: "seat/ready", ready: true }], talk: [], memory: mem };
  if (view.phase === "negotiation" || view.phase === "vote")
    return paceRound(
      view,
      seat,
      negotiate(view, seat, table, settings.personality, mem, talks, Math.max(now, view.now)),
      Math.max(now, view.now),
    );
  if (view.phase === "stress" && view.step === "response") {
    const move = protectedMove(view, seat);
    if (move) return { actions: [{ type: "stress/protected-move", move }], talk: [], memory: mem };
    const response = guarantorResponse(view, seat, mem.rng);
    if (!response) return none;
    const actions: BotAction[] = [{ type: "stress/respond", response }];
    const talk: TalkLine[] = [];
    const bound = view.framework?.stands === true && view.framework.bound.includes(seat);
    const action = view.years[view.years.length - 1]?.moscowAction ?? "comply";
    const required = bound ? requiredResponse(view.readout?.pledge ?? "nothing", action) : "nothing";
    if (required !== "nothing" && talks) {
      const short = RESPONSES.indexOf(response) < RESPONSES.indexOf(required);
      const said = say(view.scenario, seat, short ? "fall-short" : "honour", { response });
      if (said) talk.push({ channel: "table", ...said });
    }
    return { actions, talk, memory: mem };
  }
  return none;
}

/**
 * Initiatives a seat takes in a round (changes it proposes or, holding the pen, writes in) before it
 * has said its piece, once the people at the table have said they are done: then it takes no new
 * one and waits, ready, for the next round (filling a blank and calling a vote do not count). Bots
 * follow the people's pace: they do not hold a round the people have finished, and at a bot-only
 * table (the simulator) they bargain through the round as before. The last round runs its clock,
 * so a deal is not left unmade for want of moves.
 */
export const INITIATIVES_BEFORE_READY = 3;
/** A bot with initiatives left but nothing it wants to do says ready after this long without one. */
export const QUIET_BEFORE_READY_MS = 20_000;

/** A change of a filled issue: what counts against the round's budget. */
function initiative(view: PlayerView, a: BotAction): boolean {
  return (a.type === "draft/amend" || a.type === "draft/set") && view.draft[a.issue] != null;
}

/** Whether people sit at the table and every seat of theirs has said it is ready. */
function peopleDone(view: PlayerView): boolean {
  const people = view.seatOrder.filter((s) => view.seats[s]?.controller === "human");
  return people.length > 0 && people.every((s) => view.seats[s]?.ready);
}

/**
 * The round's pace on top of the negotiator's decision. Initiatives are counted each round; once
 * the people are done, a seat whose budget is spent takes no new initiative this round (a trade's
 * two amendments go out together or not at all), and says it is ready once nothing of its own, or
 * for it to decide, is still open, or once it has wanted no initiative for a while.
 */
function paceRound(view: PlayerView, seat: SeatId, decision: BotDecision, now: number): BotDecision {
  const memory = decision.memory;
  if (view.phase !== "negotiation" || view.paused) return decision;
  const before = memory.roundInitiatives?.round === view.round ? memory.roundInitiatives.count : 0;
  const taken = decision.actions.filter((a) => initiative(view, a)).length;
  const paced = peopleDone(view) && view.round < view.timings.rounds;
  let { actions, talk } = decision;
  if (taken > 0 && paced && before >= INITIATIVES_BEFORE_READY) {
    const dropped = new Set(actions.flatMap((a) => (initiative(view, a) && "issue" in a ? [a.issue] : [])));
    actions = actions.filter((a) => !initiative(view, a));
    talk = talk.filter(
      (l) => !(["amend", "concede"].includes(l.speech.move) && dropped.has(l.speech.slots.issue ?? "")),
    );
    // A "not ready" said for the initiative just dropped.
    if (!actions.some((a) => a.type !== "seat/ready")) actions = [];
  } else if (taken > 0) memory.roundInitiatives = { round: view.round, count: before + taken };
  const spent =
    (memory.roundInitiatives?.round === view.round ? memory.roundInitiatives.count : 0) >= INITIATIVES_BEFORE_READY;
  const open = openAmendments(view.amendments).some((m) => m.by === seat || (view.penHolder === seat && m.by !== seat));
  // Nothing it wants to do for a while counts as done too (its budget need not be spent).
  const roundStart = view.deadline === null ? now : view.deadline - view.timings.roundSeconds * 1000;
  const quiet = now - Math.max(memory.lastInitiativeAt, roundStart) >= QUIET_BEFORE_READY_MS;
  if (paced && (spent || quiet) && actions.length === 0 && !open && !view.seats[seat]?.ready)
    actions = [{ type: "seat/ready", ready: true }];
  return actions === decision.actions && talk === decision.talk ? decision : { ...decision, actions, talk };
}
