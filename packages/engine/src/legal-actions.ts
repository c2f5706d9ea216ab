// The actions legal for a viewer right now, found by asking the reducer itself (so no rule is
// written twice): every candidate the viewer could send is tried against `apply`.
import type { Action, Actor } from "./actions.ts";
import { applyParsed } from "./apply.ts";
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

/** Every action a viewer could try now (most will not be legal). */
function candidates(state: GameState, actor: Actor, at: number): Action[] {
  const out: Action[] = [];
  const b = { actor, at };
  const seats = state.seatOrder;
  if (actor.kind === "facilitator") {
    out.push({ type: "table/start", ...b });
    out.push({ type: "facilitator/pause", ...b }, { type: "facilitator/resume", ...b });
    out.push({ type: "facilitator/extend", seconds: 60, ...b }, { type: "facilitator/skip", ...b });
    out.push({ type: "facilitator/end", ...b });
    for (const seat of Object.keys(state.seats)) {
      const controller = state.seats[seat]?.controller === "bot" ? "human" : "bot";
      out.push({ type: "facilitator/set-controller", seat, controller, ...b });
    }
    out.push({ type: "facilitator/take-pen", to: null, ...b });
    for (const to of seats) out.push({ type: "facilitator/take-pen", to, ...b });
    for (const e of state.scenario.events) out.push({ type: "facilitator/inject-event", card: e.id, ...b });
    out.push({ type: "vote/close", ...b });
  }
  out.push({ type: "seat/ready", ready: true, ...b }, { type: "seat/ready", ready: false, ...b });
  out.push({ type: "vote/call", ...b }, { type: "vote/sign", ...b }, { type: "vote/decline", ...b });
  for (const issue of state.scenario.issues) {
    for (const option of [...issue.options.map((o) => o.id), null]) {
      out.push({ type: "draft/set", issue: issue.id, option, ...b });
      out.push({ type: "draft/amend", issue: issue.id, option, ...b });
    }
  }
  for (const m of state.amendments) {
    if (m.status !== "open") continue;
    for (const type of ["draft/support", "draft/accept", "draft/decline", "draft/withdraw"] as const)
      out.push({ type, amendment: m.id, ...b });
  }
  for (const to of seats) out.push({ type: "draft/pass-pen", to, ...b });
  for (const action of MOSCOW_ACTIONS) out.push({ type: "stress/moscow-act", action, ...b });
  for (const response of RESPONSES) out.push({ type: "stress/respond", response, ...b });
  return out;
}

/**
 * The actions `viewer` may take now, as ready-to-send actions stamped with the table's time
 * (the server re-stamps `at`). An observer has none; the clock's `phase/expired` is the server's.
 */
export function legalActions(state: GameState, viewer: Viewer, at: number = state.now): Action[] {
  const actor = actorFor(state, viewer);
  if (!actor) return [];
  return candidates(state, actor, at).filter((a) => applyParsed(state, a).ok);
}

/**
 * Refusals that do not depend on an action's payload: once one candidate of a type gets one, no
 * other candidate of that type can be legal either.
 */
const PAYLOAD_FREE_REFUSALS = new Set([
  "actor/forbidden",
  "game/over",
  "phase/wrong_phase",
  "table/paused",
  "seat/not_seated",
  "seat/red_cell",
  "draft/not_pen_holder",
  "draft/use_the_pen",
  "vote/not_open",
  "vote/already_cast",
  "stress/wrong_step",
  "stress/not_a_responder",
  "stress/already_responded",
]);

/**
 * The distinct action types legal for `viewer` now. Cheaper than `legalActions`: it stops at the
 * first legal candidate of each type, and at the first refusal that no payload could avoid.
 */
export function legalActionTypes(state: GameState, viewer: Viewer): Action["type"][] {
  const actor = actorFor(state, viewer);
  if (!actor) return [];
  const settled = new Set<Action["type"]>();
  const legal: Action["type"][] = [];
  for (const a of candidates(state, actor, state.now)) {
    if (settled.has(a.type)) continue;
    const r = applyParsed(state, a);
    if (r.ok) {
      legal.push(a.type);
      settled.add(a.type);
    } else if (PAYLOAD_FREE_REFUSALS.has(r.error.code)) {
      settled.add(a.type);
    }
  }
  return legal;
}
