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

/**
 * Every action a viewer could try now (most will not be legal), in one group per type: a caller
 * that has settled a type skips its group without building it.
 */
function* candidateGroups(
  state: GameState,
  actor: Actor,
  at: number,
): Generator<[Action["type"], () => Iterable<Action>]> {
  const b = { actor, at };
  const seats = state.seatOrder;
  if (actor.kind === "facilitator") {
    yield ["table/start", () => [{ type: "table/start", ...b }]];
    yield ["facilitator/pause", () => [{ type: "facilitator/pause", ...b }]];
    yield ["facilitator/resume", () => [{ type: "facilitator/resume", ...b }]];
    yield ["facilitator/extend", () => [{ type: "facilitator/extend", seconds: 60, ...b }]];
    yield ["facilitator/skip", () => [{ type: "facilitator/skip", ...b }]];
    yield ["facilitator/end", () => [{ type: "facilitator/end", ...b }]];
    yield [
      "facilitator/set-controller",
      () =>
        Object.keys(state.seats).map((seat) => ({
          type: "facilitator/set-controller",
          seat,
          controller: state.seats[seat]?.controller === "bot" ? "human" : "bot",
          ...b,
        })),
    ];
    yield [
      "facilitator/take-pen",
      () => [null, ...seats].map((to) => ({ type: "facilitator/take-pen", to, ...b }) as const),
    ];
    yield [
      "facilitator/inject-event",
      () => state.scenario.events.map((e) => ({ type: "facilitator/inject-event", card: e.id, ...b }) as const),
    ];
    yield ["vote/close", () => [{ type: "vote/close", ...b }]];
  }
  yield [
    "seat/ready",
    () => [
      { type: "seat/ready", ready: true, ...b },
      { type: "seat/ready", ready: false, ...b },
    ],
  ];
  yield ["vote/call", () => [{ type: "vote/call", ...b }]];
  yield ["vote/sign", () => [{ type: "vote/sign", ...b }]];
  yield ["vote/decline", () => [{ type: "vote/decline", ...b }]];
  for (const type of ["draft/set", "draft/amend"] as const)
    yield [
      type,
      function* () {
        for (const issue of state.scenario.issues) {
          for (const o of issue.options) yield { type, issue: issue.id, option: o.id, ...b };
          yield { type, issue: issue.id, option: null, ...b };
        }
      },
    ];
  for (const type of ["draft/support", "draft/accept", "draft/decline", "draft/withdraw"] as const)
    yield [type, () => openAmendmentIds(state).map((amendment) => ({ type, amendment, ...b }))];
  yield ["draft/pass-pen", () => seats.map((to) => ({ type: "draft/pass-pen", to, ...b }) as const)];
  yield ["stress/moscow-act", () => MOSCOW_ACTIONS.map((action) => ({ type: "stress/moscow-act", action, ...b }))];
  yield ["stress/respond", () => RESPONSES.map((response) => ({ type: "stress/respond", response, ...b }))];
}

/**
 * The actions `viewer` may take now, as ready-to-send actions stamped with the table's time
 * (the server re-stamps `at`). An observer has none; the clock's `phase/expired` is the server's.
 */
export function legalActions(state: GameState, viewer: Viewer, at: number = state.now): Action[] {
  const actor = actorFor(state, viewer);
  if (!actor) return [];
  const legal: Action[] = [];
  for (const [type, group] of candidateGroups(state, actor, at)) {
    if (standingRefusal(state, type, actor)) continue;
    for (const a of group()) if (applyParsed(state, a).ok) legal.push(a);
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
  for (const [type, group] of candidateGroups(state, actor, state.now)) {
    if (standingRefusal(state, type, actor)) continue;
    const decided = DECIDED_BY_CHECKS.has(type);
    for (const a of group()) {
      if (decided ? payloadRefusal(state, a) === null : applyParsed(state, a).ok) {
        legal.push(type);
        break;
      }
    }
  }
  return legal;
}
