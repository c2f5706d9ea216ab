// Small helpers for driving the reducer in tests.
import type { Action, Actor } from "../actions.ts";
import { apply } from "../apply.ts";
import type { GameEvent } from "../events.ts";
import { type InitOptions, initialState } from "../initial-state.ts";
import type { Scenario, SeatId } from "../scenario.ts";
import type { GameState } from "../state.ts";
import { mini } from "./mini.ts";

export const F: Actor = { kind: "facilitator" };
export const SYS: Actor = { kind: "system" };
export const seat = (s: SeatId): Actor => ({ kind: "seat", seat: s });

type Loose = { type: Action["type"]; actor: Actor; at?: number } & Record<string, unknown>;

/** Applies an action that must succeed; `at` defaults to the state's time plus one second. */
export function ok(state: GameState, action: Loose): GameState {
  return okEvents(state, action).state;
}

/** Like `ok`, also returning the events. */
export function okEvents(state: GameState, action: Loose): { state: GameState; events: GameEvent[] } {
  const r = apply(state, { at: state.now + 1000, ...action });
  if (!r.ok) throw new Error(`expected ${action.type} to succeed: ${r.error.code}: ${r.error.message}`);
  return { state: r.state, events: r.events };
}

/** Applies an action that must fail, returning its error code. */
export function code(state: GameState, action: Loose): string {
  const r = apply(state, { at: state.now + 1000, ...action });
  if (r.ok) throw new Error(`expected ${action.type} to fail`);
  return r.error.code;
}

/** A table past the lobby and briefing, in negotiation round 1. */
export function negotiating(scenario: Scenario = mini, init: Partial<InitOptions> = {}): GameState {
  let s = initialState(scenario, { seed: "test", at: 1_000_000, ...init });
  s = ok(s, { type: "table/start", actor: F });
  s = ok(s, { type: "facilitator/skip", actor: F });
  return s;
}

/** Sets every issue of the draft through the pen-holder. */
export function withDraft(state: GameState, pkg: Record<string, string>): GameState {
  let s = state;
  for (const [issue, option] of Object.entries(pkg)) {
    if (s.draft[issue] === option) continue;
    s = ok(s, { type: "draft/set", issue, option, actor: s.penHolder ? seat(s.penHolder) : F });
  }
  return s;
}

/** Opens a vote on `pkg` and casts the given ballots (missing seats do not vote). */
export function voted(state: GameState, pkg: Record<string, string>, ballots: Record<SeatId, "sign" | "decline">) {
  let s = withDraft(state, pkg);
  s = ok(s, { type: "vote/call", actor: seat(s.seatOrder[0] ?? "") });
  for (const [id, b] of Object.entries(ballots))
    s = ok(s, { type: b === "sign" ? "vote/sign" : "vote/decline", actor: seat(id) });
  return s;
}
