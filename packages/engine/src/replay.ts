// Replay: the state at any step is the fold of the scenario, the seed and the action log.
import { apply, type RuleError } from "./apply.ts";
import { type InitOptions, initialState } from "./initial-state.ts";
import type { Scenario } from "./scenario.ts";
import type { GameState } from "./state.ts";

/** The result of a replay: the state after the last action that applied, and the first error if any. */
export interface ReplayResult {
  state: GameState;
  /** How many actions of the log were applied. */
  applied: number;
  /** The first action that failed (replay stops there), or null. */
  error: null | { index: number; error: RuleError };
}

/**
 * Rebuilds a table's state from its scenario, seed and action log, up to (not including) index
 * `upTo` of the log. `init` must match the table's creation options (seats, timings, ...).
 */
export function replay(
  scenario: Scenario,
  seed: string | number,
  log: readonly unknown[],
  upTo?: number,
  init?: Omit<InitOptions, "seed">,
): ReplayResult {
  let state = initialState(scenario, { ...init, seed });
  const end = Math.min(upTo ?? log.length, log.length);
  for (let i = 0; i < end; i++) {
    const r = apply(state, log[i]);
    if (!r.ok) return { state, applied: i, error: { index: i, error: r.error } };
    state = r.state;
  }
  return { state, applied: end, error: null };
}
