// The actions legal for a viewer right now, found by asking the reducer itself (so no rule is
// written twice): every candidate the viewer could send is tried against `apply`.
import type { Action, Actor } from "./actions.ts";
import { applyParsed, DECIDED_BY_CHECKS, payloadRefusal, standingRefusal } from "./apply.ts";
import { MOSCOW_ACTIONS, RESPONSES } from "./scenario.ts";
import type { GameState } from "./state.ts";
import type { Viewer } from "./view.ts";

function actorFor(state: GameState, viewer: Viewer): Actor | null {
  if (viewer.kind === "seat") return state.seats[viewer.seat] ? { kind: "seat", seat: viewer.seat } : null;
  if (viewer.kind === "facilitator") return { kind: "facilitator" };
  if (viewer.kind === "moscow") {
    const red = Object.values(state.seats).find((s) => s.redCell);
    return red ? { kind: "seat", seat: red.id } : null;
  }
  return null;
}

// The open amendments of a state, found once for every viewer and the four types that name one
// (a long negotiation keeps every closed amendment in the list).
const openIds = new WeakMap<GameState, number[]>();

function openAmendmentIds(state: GameState): number[] {
  let ids = openIds.get(state);
  if (!ids) {
    ids = state.amendments.filter((m) => m.status === "open").map((m) => m.id);
    openIds.set(state, ids);
  }
  return ids;
}

// The types each kind of actor may try, in the order the lists come out.
const SEAT_TYPES: readonly Action["type"][] = [
  "seat/ready",
  "vote/call",
  "vote/sign",
  "vote/decline",
  "draft/set",
  "draft/amend",
  "draft/support",
  "draft/accept",
  "draft/decline",
  "draft/withdraw",
  "draft/pass-pen",
  "stress/moscow-act",
  "stress/respond",
];
const FACILITATOR_TYPES: readonly Action["type"][] = [
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
  ...SEAT_TYPES,
];

/** Every action of `type` a viewer could try now (most will not be legal). */
function* candidates(state: GameState, type: Action["type"], actor: Actor, at: number): Generator<Action> {
  const b = { actor, at };
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
      yield { type, ...b };
      return;
    case "facilitator/extend":
      yield { type, seconds: 60, ...b };
      return;
    case "facilitator/set-controller":
      for (const seat of Object.keys(state.seats))
        yield { type, seat, controller: state.seats[seat]?.controller === "bot" ? "human" : "bot", ...b };
      return;
    case "facilitator/take-pen":
      yield { type, to: null, ...b };
      for (const to of state.seatOrder) yield { type, to, ...b };
      return;
    case "facilitator/inject-event":
      for (const e of state.scenario.events) yield { type, card: e.id, ...b };
      return;
    case "seat/ready":
      yield { type, ready: true, ...b };
      yield { type, ready: false, ...b };
      return;
    case "draft/set":
    case "draft/amend":
      for (const issue of state.scenario.issues) {
        for (const o of issue.options) yield { type, issue: issue.id, option: o.id, ...b };
        yield { type, issue: issue.id, option: null, ...b };
      }
      return;
    case "draft/support":
    case "draft/accept":
    case "draft/decline":
    case "draft/withdraw":
      for (const amendment of openAmendmentIds(state)) yield { type, amendment, ...b };
      return;
    case "draft/pass-pen":
      for (const to of state.seatOrder) yield { type, to, ...b };
      return;
    case "stress/moscow-act":
      for (const action of MOSCOW_ACTIONS) yield { type, action, ...b };
      return;
    case "stress/respond":
      for (const response of RESPONSES) yield { type, response, ...b };
      return;
  }
}

/**
 * The actions `viewer` may take now, as ready-to-send actions stamped with the table's time
 * (the server re-stamps `at`). An observer has none; the clock's `phase/expired` is the server's.
 */
export function legalActions(state: GameState, viewer: Viewer, at: number = state.now): Action[] {
  const actor = actorFor(state, viewer);
  if (!actor) return [];
  const legal: Action[] = [];
  for (const type of actor.kind === "facilitator" ? FACILITATOR_TYPES : SEAT_TYPES) {
    if (standingRefusal(state, type, actor)) continue;
    for (const a of candidates(state, type, actor, at)) if (applyParsed(state, a).ok) legal.push(a);
  }
  return legal;
}

/**
 * The distinct action types legal for `viewer` now. Cheaper than `legalActions`: a type refused
 * whatever its payload is skipped without building its candidates, a type stops at its first
 * legal candidate, and a type the reducer's checks decide in full is not applied at all.
 */
export function legalActionTypes(state: GameState, viewer: Viewer): Action["type"][] {
  const actor = actorFor(state, viewer);
  if (!actor) return [];
  const legal: Action["type"][] = [];
  for (const type of actor.kind === "facilitator" ? FACILITATOR_TYPES : SEAT_TYPES) {
    if (standingRefusal(state, type, actor)) continue;
    const decided = DECIDED_BY_CHECKS.has(type);
    for (const a of candidates(state, type, actor, state.now)) {
      if (decided ? payloadRefusal(state, a) === null : applyParsed(state, a).ok) {
        legal.push(type);
        break;
      }
    }
  }
  return legal;
}
