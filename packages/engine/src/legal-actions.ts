// The actions legal for a viewer right now, found by asking the reducer itself (so no rule is
// written twice): every candidate the viewer could send is tried against `apply`.
import type { Action, Actor } from "./actions.ts";
import { applyParsed, DECIDED_BY_CHECKS, openAmendments, payloadRefusal, standingRefusal } from "./apply.ts";
import { offers } from "./offers.ts";
import { penRequests } from "./pen-requests.ts";
import { actorOf } from "./protocol.ts";
import {
  MOSCOW_ACTIONS,
  type MoscowAction,
  PROTECTED_MOVES,
  type ProtectedMove,
  RESPONSES,
  type Response,
  type SeatId,
} from "./scenario.ts";
import type { Amendment, GameState, Stance } from "./state.ts";
import { strawPolls } from "./straw-poll.ts";
import type { Viewer } from "./view.ts";

const STANCES: readonly (Stance | null)[] = ["needs", "can-live", "cannot", null];

// The types each kind of actor may try, in the order the lists come out.
const SEAT_TYPES: readonly Action["type"][] = [
  "seat/ready",
  "vote/call",
  "vote/sign",
  "vote/decline",
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
  "poll/ask",
  "poll/answer",
  "offer/make",
  "offer/accept",
  "offer/decline",
  "offer/withdraw",
  "position/set",
  "stress/moscow-act",
  "stress/respond",
  "stress/protected-move",
];
// The facilitator's own types; it may try a seat's too (a vote call, the draft while it holds the pen).
const FACILITATOR_ONLY_TYPES: readonly Action["type"][] = [
  "table/start",
  "facilitator/pause",
  "facilitator/resume",
  "facilitator/extend",
  "facilitator/skip",
  "facilitator/end",
  "facilitator/set-controller",
  "facilitator/take-pen",
  "facilitator/inject-event",
  "vote/close",
];
const FACILITATOR_TYPES: readonly Action["type"][] = [...FACILITATOR_ONLY_TYPES, ...SEAT_TYPES];

/**
 * Shows `visit` every action of `type` a viewer could try now (most will not be legal), until it
 * returns true; says whether it did. Plain loops over one candidate whose payload is rewritten
 * between visits, not a generator or a fresh object per candidate: this runs for every viewer
 * after every change. So `visit` must copy an action it wants to keep.
 */
function someCandidate(
  state: GameState,
  type: Action["type"],
  actor: Actor,
  at: number,
  visit: (a: Action) => boolean,
): boolean {
  switch (type) {
    case "table/start":
    case "facilitator/pause":
    case "facilitator/resume":
    case "facilitator/skip":
    case "facilitator/end":
    case "vote/close":
    case "vote/call":
    case "vote/sign":
    case "vote/decline":
    case "pen/request":
    case "poll/ask":
      return visit({ type, actor, at } as Action);
    case "pen/back": {
      const a = { type, seat: "", actor, at };
      for (const r of penRequests(state)) {
        a.seat = r.seat;
        if (visit(a)) return true;
      }
      return false;
    }
    case "offer/make": {
      // One term a side is enough to find out whether the type is open: support for support, to the
      // table. The terms are fresh objects per candidate: a kept candidate is copied only shallowly.
      // What is asked varies slowest: a seat may not offer its own amendment's support, and with the
      // given amendment varying fastest that refusal ends after at most its own few amendments.
      const open = openAmendments(state.amendments);
      for (const k of open)
        for (const g of open) {
          const gives = [{ act: "support" as const, amendment: g.id }];
          const asks = [{ act: "support" as const, amendment: k.id }];
          if (visit({ type, to: null, gives, asks, actor, at })) return true;
        }
      return false;
    }
    case "offer/accept":
    case "offer/decline":
    case "offer/withdraw": {
      const a = { type, offer: 0, actor, at };
      for (const o of offers(state)) {
        if (o.status !== "open") continue;
        a.offer = o.id;
        if (visit(a)) return true;
      }
      return false;
    }
    case "position/set": {
      const a = { type, issue: "", option: "", stance: "needs" as Stance | null, actor, at };
      for (const issue of state.scenario.issues)
        for (const o of issue.options) {
          a.issue = issue.id;
          a.option = o.id;
          if (visitEach(a, "stance", STANCES, visit)) return true;
        }
      return false;
    }
    case "poll/answer": {
      const poll = strawPolls(state).at(-1);
      if (!poll) return false;
      const a = { type, poll: poll.id, sign: true, blockers: [] as string[], actor, at };
      if (visit(a)) return true;
      a.sign = false;
      return visit(a);
    }
    case "facilitator/extend":
      return visit({ type, seconds: 60, actor, at });
    case "facilitator/set-controller": {
      const a = { type, seat: "", controller: "bot" as "bot" | "human", actor, at };
      for (const seat of Object.keys(state.seats)) {
        a.seat = seat;
        a.controller = state.seats[seat]?.controller === "bot" ? "human" : "bot";
        if (visit(a)) return true;
      }
      return false;
    }
    case "facilitator/take-pen":
    case "draft/pass-pen": {
      // The facilitator may also take the pen for no seat; a seat passes it to one.
      const a = { type, to: null as SeatId | null, actor, at } as Extract<Action, { type: typeof type }>;
      if (type === "facilitator/take-pen" && visit(a)) return true;
      return visitEach(a, "to", state.seatOrder, visit);
    }
    case "facilitator/inject-event": {
      const a = { type, card: "", actor, at };
      for (const e of state.scenario.events) {
        a.card = e.id;
        if (visit(a)) return true;
      }
      return false;
    }
    case "seat/ready": {
      const a = { type, ready: true, actor, at };
      if (visit(a)) return true;
      a.ready = false;
      return visit(a);
    }
    case "draft/set":
    case "draft/amend": {
      const a = { type, issue: "", option: null as string | null, actor, at };
      for (const issue of state.scenario.issues) {
        a.issue = issue.id;
        for (const o of issue.options) {
          a.option = o.id;
          if (visit(a)) return true;
        }
        a.option = null;
        if (visit(a)) return true;
      }
      return false;
    }
    case "draft/support":
    case "draft/oppose":
    case "draft/accept":
    case "draft/decline":
    case "draft/withdraw": {
      const a = { type, amendment: 0, actor, at };
      for (const m of openAmendments(state.amendments)) {
        a.amendment = m.id;
        if (visit(a)) return true;
      }
      return false;
    }
    case "stress/moscow-act":
      return visitEach({ type, action: MOSCOW_ACTIONS[0] as MoscowAction, actor, at }, "action", MOSCOW_ACTIONS, visit);
    case "stress/respond":
      return visitEach({ type, response: RESPONSES[0] as Response, actor, at }, "response", RESPONSES, visit);
    case "stress/protected-move":
      return visitEach({ type, move: "hold" as ProtectedMove, actor, at }, "move", PROTECTED_MOVES, visit);
    default:
      return false;
  }
}

/** Visits candidate `a` with `field` set to each of `values` in turn, until `visit` returns true. */
function visitEach<A extends Action, K extends keyof A>(
  a: A,
  field: K,
  values: readonly A[K][],
  visit: (a: Action) => boolean,
): boolean {
  for (const value of values) {
    a[field] = value;
    if (visit(a)) return true;
  }
  return false;
}

/**
 * The actions `viewer` may take now, as ready-to-send actions stamped with the table's time
 * (the server re-stamps `at`). An observer has none; the clock's `phase/expired` is the server's.
 */
export function legalActions(state: GameState, viewer: Viewer, at: number = state.now): Action[] {
  const actor = actorOf(state, viewer);
  if (!actor) return [];
  const legal: Action[] = [];
  for (const type of actor.kind === "facilitator" ? FACILITATOR_TYPES : SEAT_TYPES) {
    if (standingRefusal(state, type, actor)) continue;
    someCandidate(state, type, actor, at, (a) => {
      if (applyParsed(state, a).ok) legal.push({ ...a });
      return false;
    });
  }
  return legal;
}

/** What a viewer may do with an open amendment: the `draft/<act>` action the reducer would take from it. */
export type AmendmentAct = "support" | "oppose" | "accept" | "decline" | "withdraw";
const AMENDMENT_ACTS: readonly AmendmentAct[] = ["support", "oppose", "accept", "decline", "withdraw"];
// Their action types, written out (a type made with a template literal is a fresh string each time,
// which every `switch` on it compares character by character).
const AMENDMENT_TYPES: readonly Action["type"][] = [
  "draft/support",
  "draft/oppose",
  "draft/accept",
  "draft/decline",
  "draft/withdraw",
];
const AMENDMENT_ACT_BIT: ReadonlyMap<Action["type"], number> = new Map(
  AMENDMENT_TYPES.map((type, i) => [type, 1 << i]),
);
// amendmentActs asks only the checks: it relies on them deciding each of these types in full.
for (const type of AMENDMENT_TYPES)
  if (!DECIDED_BY_CHECKS.has(type)) throw new Error(`${type} is not decided by the checks alone`);

/** What a viewer may do with one open amendment. Read-only: kept and shared between views. */
export type AmendmentActs = { readonly amendment: number; readonly acts: readonly AmendmentAct[] };

// The five acts on an amendment are decided by `standingRefusal` (the same for every amendment) and
// `payloadRefusal`, which reads only the amendment itself and the acting seat. An action copies only
// the amendment it changes, so while an amendment is the same object the answer for a seat and a set
// of standing-allowed acts (a bit each) keeps: it is worked out once and shared by every view after,
// instead of five checks (and their refusals) per amendment, per viewer, per action.
// Each kept answer carries its acts as bits too, for the union a viewer's list allows.
type KeptActs = AmendmentActs & { readonly bits: number };
const keptActs = new WeakMap<Amendment, Map<string, (KeptActs | undefined)[]>>();

// A viewer's whole list is kept too, with what it was made from: after an action that changed one
// amendment, the next list reuses every other entry by identity (a walk by id, no lookups), and a
// list that came out the same is the same array, so a view can tell at a glance that it stands.
type KeptList = {
  open: readonly Amendment[];
  actor: string;
  standing: number;
  list: readonly KeptActs[];
  /** Each entry's acts as bits, side by side (read for every entry of every new list: no object to visit). */
  bits: Uint8Array;
  /** The acts allowed on at least one open amendment, a bit each. */
  allowed: number;
};
const keptLists = new WeakMap<Viewer, KeptList>();
const NO_ACTS: KeptList = Object.freeze({
  open: [],
  actor: "",
  standing: 0,
  list: Object.freeze([]),
  bits: new Uint8Array(0),
  allowed: 0,
});

/**
 * What `viewer` may do with each open amendment now, oldest first (none for an observer): each act
 * asked of the reducer's own checks, which decide these types in full, so nothing is applied.
 */
export function amendmentActs(state: GameState, viewer: Viewer): readonly AmendmentActs[] {
  const actor = actorOf(state, viewer);
  return actor ? keptList(state, viewer, actor).list : NO_ACTS.list;
}

function keptList(state: GameState, viewer: Viewer, actor: Actor): KeptList {
  const open = openAmendments(state.amendments);
  if (open.length === 0) return NO_ACTS;
  const answers = currentAnswers(state, viewer, actor);
  if (answers.standing < 0) answers.standing = standingActs(state, actor);
  const standing = answers.standing;
  const who = actor.kind === "seat" ? actor.seat : actor.kind;
  const before = keptLists.get(viewer);
  if (before && before.open === open && before.actor === who && before.standing === standing) return before;
  const reuse = before && before.actor === who && before.standing === standing ? before : null;
  const list: KeptActs[] = new Array(open.length);
  const bits = new Uint8Array(open.length);
  let allowed = 0;
  let j = 0;
  for (let i = 0; i < open.length; i++) {
    const m = open[i] as Amendment;
    if (reuse) {
      // The same amendment at the same place is the usual case: only past a difference are ids read.
      if (reuse.open[j] !== m) while (j < reuse.open.length && (reuse.open[j] as Amendment).id < m.id) j++;
      if (reuse.open[j] === m) {
        list[i] = reuse.list[j] as KeptActs;
        bits[i] = reuse.bits[j] as number;
        allowed |= bits[i] as number;
        j++;
        continue;
      }
    }
    const acts = actsOn(state, m, actor, who, standing);
    list[i] = acts;
    bits[i] = acts.bits;
    allowed |= acts.bits;
  }
  const kept: KeptList = {
    open,
    actor: who,
    standing,
    list: reuse && sameMembers(reuse.list, list) ? reuse.list : list,
    bits,
    allowed,
  };
  keptLists.set(viewer, kept);
  return kept;
}

/** Whether `a` and `b` hold the same members (by identity) in the same order. */
function sameMembers(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The amendment acts `standingRefusal` lets `actor` try now, a bit each (in `AMENDMENT_ACTS`' order). */
function standingActs(state: GameState, actor: Actor): number {
  let bits = 0;
  for (let i = 0; i < AMENDMENT_TYPES.length; i++)
    if (!standingRefusal(state, AMENDMENT_TYPES[i] as Action["type"], actor)) bits |= 1 << i;
  return bits;
}

/** What `actor` (`who`) may do with open amendment `m`, of the acts `standing` allows: kept while `m` is the same object. */
function actsOn(state: GameState, m: Amendment, actor: Actor, who: string, standing: number): KeptActs {
  let bySeat = keptActs.get(m);
  if (!bySeat) {
    bySeat = new Map();
    keptActs.set(m, bySeat);
  }
  let byStanding = bySeat.get(who);
  if (!byStanding) {
    byStanding = [];
    bySeat.set(who, byStanding);
  }
  let kept = byStanding[standing];
  if (!kept) {
    const acts: AmendmentAct[] = [];
    let bits = 0;
    for (let i = 0; i < AMENDMENT_ACTS.length; i++) {
      if ((standing & (1 << i)) === 0) continue;
      const a = { type: AMENDMENT_TYPES[i], amendment: m.id, actor, at: state.now } as Action;
      if (payloadRefusal(state, a) === null) {
        acts.push(AMENDMENT_ACTS[i] as AmendmentAct);
        bits |= 1 << i;
      }
    }
    kept = Object.freeze({ amendment: m.id, acts: Object.freeze(acts), bits });
    byStanding[standing] = kept;
  }
  return kept;
}

/** What a viewer may do with an open offer: the `offer/<act>` action the reducer would take from it. */
export type OfferAct = "accept" | "decline" | "withdraw";
const OFFER_ACTS: readonly OfferAct[] = ["accept", "decline", "withdraw"];
const OFFER_TYPES: readonly Action["type"][] = ["offer/accept", "offer/decline", "offer/withdraw"];

/**
 * What `viewer` may do with each open offer now, oldest first, listing only the offers it may do
 * something with (none for an observer): each act asked of the reducer's own checks (standing, then
 * payload: whose offer, to whom, and whether every amendment it names is still open), which decide
 * these types in full, so nothing is applied.
 */
export function offerActs(state: GameState, viewer: Viewer): { offer: number; acts: OfferAct[] }[] {
  const actor = actorOf(state, viewer);
  if (!actor || offers(state).length === 0) return [];
  let possible = 0;
  for (let i = 0; i < OFFER_ACTS.length; i++)
    if (!standingRefusal(state, OFFER_TYPES[i] as Action["type"], actor)) possible |= 1 << i;
  if (possible === 0) return [];
  const out: { offer: number; acts: OfferAct[] }[] = [];
  for (const o of offers(state)) {
    if (o.status !== "open") continue;
    const acts: OfferAct[] = [];
    for (let i = 0; i < OFFER_ACTS.length; i++) {
      if ((possible & (1 << i)) === 0) continue;
      const a = { type: OFFER_TYPES[i], offer: o.id, actor, at: state.now } as Action;
      if (payloadRefusal(state, a) === null) acts.push(OFFER_ACTS[i] as OfferAct);
    }
    if (acts.length > 0) out.push({ offer: o.id, acts });
  }
  return out;
}

// A seat's answer for most types reads only the state's fields below, its own seat's record and the
// seating; an action at a busy table mostly changes the amendments, the clock and other seats'
// records, so these answers are kept per viewer and type while those fields are the same objects.
// The types left out read the amendments (draft/amend, offers) or the clock (polls) and are asked
// each time, as are the five amendment acts (kept per amendment above). The facilitator's types
// (pause, skip, inject, set a controller…, several tried by applying them) are kept while every
// field of the state but the clock, the sequence and the amendments is the same object.
// A test asks a kept viewer and a fresh one about every state of whole games and compares.
const KEPT_TYPES: ReadonlySet<Action["type"]> = new Set([
  "seat/ready",
  "vote/call",
  "vote/sign",
  "vote/decline",
  "draft/set",
  "draft/pass-pen",
  "pen/request",
  "pen/back",
  "position/set",
  "stress/moscow-act",
  "stress/respond",
  "stress/protected-move",
]);
const FACILITATOR_KEPT_TYPES: ReadonlySet<Action["type"]> = new Set([...FACILITATOR_ONLY_TYPES, ...KEPT_TYPES]);
/**
 * Kept answers by a type's place in its plan (0 not asked yet, 1 legal, 2 not), and the amendment
 * acts `standingRefusal` allows (bits, -1 not asked yet), which read the same fields.
 */
type KeptAnswers = { inputs: unknown[]; legal: Uint8Array; standing: number };
const keptAnswers = new WeakMap<Viewer, KeptAnswers>();

/** What the kept answers read, in a fixed order (compared by identity). */
function answerInputs(state: GameState, seat: SeatId, into: unknown[]): unknown[] {
  into.length = 0;
  into.push(
    state.scenario,
    state.timings,
    state.phase,
    state.round,
    state.year,
    state.step,
    state.deadline,
    state.paused,
    state.seatOrder,
    state.seats[seat],
    state.draft,
    state.penHolder,
    state.penRequests,
    state.positions,
    state.votes,
    state.framework,
    state.years,
    state.outcome,
  );
  return into;
}
const scratchAnswerInputs: unknown[] = [];

/** What the facilitator's kept answers read: every field but the clock, the sequence and the amendments. */
function facilitatorAnswerInputs(state: GameState, into: unknown[]): unknown[] {
  into.length = 0;
  for (const key in state)
    if (key !== "now" && key !== "seq" && key !== "amendments" && key !== "nextAmendmentId")
      into.push(key, state[key as keyof GameState]);
  return into;
}

/** The viewer's kept answers for `state`: the last ones while what they read stands, else new and empty. */
function currentAnswers(state: GameState, viewer: Viewer, actor: Actor): KeptAnswers {
  const inputs =
    actor.kind === "seat"
      ? answerInputs(state, actor.seat, scratchAnswerInputs)
      : facilitatorAnswerInputs(state, scratchAnswerInputs);
  let kept = keptAnswers.get(viewer);
  if (!kept || !sameMembers(inputs, kept.inputs)) {
    kept = { inputs: [...inputs], legal: new Uint8Array(PLAN_LENGTH), standing: -1 };
    keptAnswers.set(viewer, kept);
  }
  return kept;
}

/**
 * The distinct action types legal for `viewer` now. Cheaper than `legalActions`: a type refused
 * whatever its payload is skipped without building its candidates, a type stops at its first
 * legal candidate, and a type the reducer's checks decide in full is not applied at all. A seat's
 * answers for the types that read neither the amendments nor the clock are kept (above).
 */
export function legalActionTypes(state: GameState, viewer: Viewer): Action["type"][] {
  const actor = actorOf(state, viewer);
  if (!actor) return [];
  const legal: Action["type"][] = [];
  const passesChecks = (a: Action) => payloadRefusal(state, a) === null;
  const applies = (a: Action) => applyParsed(state, a).ok;
  const plan = actor.kind === "facilitator" ? FACILITATOR_PLAN : SEAT_PLAN;
  const kept = currentAnswers(state, viewer, actor);
  // The acts on open amendments are the ones the viewer's kept list allows on at least one.
  let allowed: number | null = null;
  for (let i = 0; i < plan.length; i++) {
    const step = plan[i] as PlanStep;
    if (step.act !== 0) {
      allowed ??= keptList(state, viewer, actor).allowed;
      if (allowed & step.act) legal.push(step.type);
      continue;
    }
    const keeps = step.keeps;
    let answer = keeps ? (kept.legal[i] ?? 0) : 0;
    if (answer === 0) {
      answer =
        !standingRefusal(state, step.type, actor) &&
        someCandidate(state, step.type, actor, state.now, step.decided ? passesChecks : applies)
          ? 1
          : 2;
      if (keeps) kept.legal[i] = answer;
    }
    if (answer === 1) legal.push(step.type);
  }
  return legal;
}

// Each type a kind of actor may try, with what legalActionTypes needs to know of it, worked out once
// (no set or map to look up per type, per viewer, per change).
type PlanStep = { type: Action["type"]; act: number; keeps: boolean; decided: boolean };
function planOf(types: readonly Action["type"][], kept: ReadonlySet<Action["type"]>): readonly PlanStep[] {
  return types.map((type) => ({
    type,
    act: AMENDMENT_ACT_BIT.get(type) ?? 0,
    keeps: kept.has(type),
    decided: DECIDED_BY_CHECKS.has(type),
  }));
}
const SEAT_PLAN = planOf(SEAT_TYPES, KEPT_TYPES);
const FACILITATOR_PLAN = planOf(FACILITATOR_TYPES, FACILITATOR_KEPT_TYPES);
// One viewer's kept answers serve its one plan: sized for the longer.
const PLAN_LENGTH = Math.max(SEAT_PLAN.length, FACILITATOR_PLAN.length);
