// The actions legal for a viewer right now, found by asking the reducer itself (so no rule is
// written twice): every candidate the viewer could send is tried against `apply`.
import type { Action, Actor } from "./actions.ts";
import { applyParsed, DECIDED_BY_CHECKS, openAmendments, payloadRefusal, standingRefusal } from "./apply.ts";
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

/**
 * Shows `visit` every action of `type` a viewer could try now (most will not be legal), until it
 * returns true; says whether it did. Plain loops, not a generator: this runs for every viewer
 * after every change.
 */
function someCandidate(
  state: GameState,
  type: Action["type"],
  actor: Actor,
  at: number,
  visit: (a: Action) => boolean,
): boolean {
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
      return visit({ type, ...b });
    case "facilitator/extend":
      return visit({ type, seconds: 60, ...b });
    case "facilitator/set-controller":
      for (const seat of Object.keys(state.seats))
        if (visit({ type, seat, controller: state.seats[seat]?.controller === "bot" ? "human" : "bot", ...b }))
          return true;
      return false;
    case "facilitator/take-pen":
      if (visit({ type, to: null, ...b })) return true;
      for (const to of state.seatOrder) if (visit({ type, to, ...b })) return true;
      return false;
    case "facilitator/inject-event":
      for (const e of state.scenario.events) if (visit({ type, card: e.id, ...b })) return true;
      return false;
    case "seat/ready":
      return visit({ type, ready: true, ...b }) || visit({ type, ready: false, ...b });
    case "draft/set":
    case "draft/amend":
      for (const issue of state.scenario.issues) {
        for (const o of issue.options) if (visit({ type, issue: issue.id, option: o.id, ...b })) return true;
        if (visit({ type, issue: issue.id, option: null, ...b })) return true;
      }
      return false;
    case "draft/support":
    case "draft/accept":
    case "draft/decline":
    case "draft/withdraw":
      for (const m of openAmendments(state.amendments)) if (visit({ type, amendment: m.id, ...b })) return true;
      return false;
    case "draft/pass-pen":
      for (const to of state.seatOrder) if (visit({ type, to, ...b })) return true;
      return false;
    case "stress/moscow-act":
      for (const action of MOSCOW_ACTIONS) if (visit({ type, action, ...b })) return true;
      return false;
    case "stress/respond":
      for (const response of RESPONSES) if (visit({ type, response, ...b })) return true;
      return false;
    default:
      return false;
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
    someCandidate(state, type, actor, at, (a) => {
      if (applyParsed(state, a).ok) legal.push(a);
      return false;
    });
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
    const legalOne = DECIDED_BY_CHECKS.has(type)
      ? (a: Action) => payloadRefusal(state, a) === null
      : (a: Action) => applyParsed(state, a).ok;
    if (someCandidate(state, type, actor, state.now, legalOne)) legal.push(type);
  }
  return legal;
}
