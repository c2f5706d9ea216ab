// The engine's benchmark: the deal-model sweep over every package of the default scenario, and
// `apply` throughput over realistic scripted games. The clock is injected by bin/bench.js (the
// engine has no clock of its own).
import type { Action } from "./actions.ts";
import { apply } from "./apply.ts";
import { defaultScenario } from "./default-scenario.ts";
import { initialState } from "./initial-state.ts";
import { sweep } from "./sweep.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";

/** The clocks the bench reads: wall time and this process's CPU time, both in milliseconds. */
export interface BenchClock {
  now(): number;
  cpu(): number;
}

/** The benchmark's figures. */
export interface BenchResult {
  scenario: string;
  packages: number;
  seats: number;
  /** Median CPU time of one full sweep (deal model + every seat's points) on one core, ms. */
  sweepMs: number;
  /** Best CPU time of one sweep, ms. */
  sweepMinMs: number;
  /** Median and best wall-clock time of one sweep, ms (inflated when other processes share the CPU). */
  sweepWallMs: number;
  sweepWallMinMs: number;
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
  const wall: number[] = [];
  let packages = 0;
  for (let i = 0; i < sweepRuns; i++) {
    const c0 = clock.cpu();
    const t0 = clock.now();
    packages = sweep(scenario).packageCount;
    wall.push(clock.now() - t0);
    times.push(clock.cpu() - c0);
  }
  times.sort((a, b) => a - b);
  wall.sort((a, b) => a - b);

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
    sweepWallMs: wall[wall.length >> 1] ?? Number.NaN,
    sweepWallMinMs: wall[0] ?? Number.NaN,
    sweepRuns,
    actionsPerSecond: Math.round((actions / applyMs) * 1000),
    actions,
    games,
  };
}
