// The engine's benchmark: the deal-model sweep over every package of the default scenario, and
// `apply` throughput over realistic scripted games. The clock is injected by bin/bench.js (the
// engine has no clock of its own).
import type { Action } from "./actions.ts";
import { apply } from "./apply.ts";
import { initialState } from "./initial-state.ts";
import { defaultScenario } from "./scenario-load.ts";
import { sweep } from "./sweep.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";

/** A monotonic clock in milliseconds. */
export interface BenchClock {
  now(): number;
}

/** The benchmark's figures. */
export interface BenchResult {
  scenario: string;
  packages: number;
  seats: number;
  /** Median time of one full sweep (deal model + every seat's points), ms. */
  sweepMs: number;
  sweepMinMs: number;
  sweepRuns: number;
  /** `apply` calls per second over realistic scripted games. */
  actionsPerSecond: number;
  actions: number;
  games: number;
}

/** Runs the benchmark with the given clock. */
export function runBench(clock: BenchClock, options: { sweepRuns?: number; games?: number } = {}): BenchResult {
  const scenario = defaultScenario();
  const sweepRuns = options.sweepRuns ?? 21;
  let seats = 0;
  for (let i = 0; i < 5; i++) seats = sweep(scenario).seats.length; // warm-up
  const times: number[] = [];
  let packages = 0;
  for (let i = 0; i < sweepRuns; i++) {
    const t0 = clock.now();
    packages = sweep(scenario).packageCount;
    times.push(clock.now() - t0);
  }
  times.sort((a, b) => a - b);

  const games = options.games ?? 40;
  const logs: Action[][] = [];
  for (let g = 0; g < games; g++) logs.push(playScriptedGame(scenario, { seed: `bench-${g}`, at: 1_000_000 }).log);
  let actions = 0;
  const t0 = clock.now();
  for (let g = 0; g < games; g++) {
    let state = initialState(scenario, { seed: `bench-${g}`, at: 1_000_000 });
    for (const action of logs[g] ?? []) {
      const r = apply(state, action);
      if (!r.ok) throw new Error(`bench: ${r.error.code}`);
      state = r.state;
      actions++;
    }
  }
  const applyMs = clock.now() - t0;
  return {
    scenario: scenario.id,
    packages,
    seats,
    sweepMs: times[times.length >> 1] ?? Number.NaN,
    sweepMinMs: times[0] ?? Number.NaN,
    sweepRuns,
    actionsPerSecond: Math.round((actions / applyMs) * 1000),
    actions,
    games,
  };
}
