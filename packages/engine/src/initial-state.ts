// A new table: the lobby of a scenario, with its seats, timings and seeded generator.
import { type DomesticPressure, drawPressure, scenarioUnderPressure } from "./domestic-pressure.ts";
import { resolveModelConstants } from "./model-constants.ts";
import { seedRng } from "./rng.ts";
import type { Scenario, SeatId, Timings } from "./scenario.ts";
import type { Controller, GameState, SeatState } from "./state.ts";

/** How to set up a table. */
export interface InitOptions {
  seed: string | number;
  /** Seats at this table (negotiating seats; the red cell is always added). Defaults to the scenario's default table. */
  seats?: readonly SeatId[];
  tableId?: string;
  /** Overrides of the scenario's timings for this table. */
  timings?: Partial<Timings>;
  /** Server time when the table was created. */
  at?: number;
  /** Who runs each seat at the start (default: bots everywhere; the server sets people as they join). */
  controllers?: Readonly<Record<SeatId, Controller>>;
  /** Who runs the red cell at the start, whatever the scenario calls it (`controllers` says so by its id). */
  redCell?: Controller;
  /** A fork: the `seq`s at which the clock stops by itself (see `GameState.pauseAt`). */
  pauseAt?: readonly number[];
  /**
   * The seat under domestic pressure: drawn from the seed when left out (a table), none for null,
   * or the one given (a future of a table that had one: its dice must not draw another).
   */
  pressure?: DomesticPressure | null;
}

/** The negotiating seats of the scenario's default table. */
export function defaultSeats(scenario: Scenario): SeatId[] {
  return scenario.seats.filter((s) => s.inDefaultTable && s.kind !== "redcell").map((s) => s.id);
}

/** Why a list of seats cannot make a table, or null when it can. */
export function checkSeatList(scenario: Scenario, seats: readonly SeatId[]): string | null {
  const known = new Map(scenario.seats.map((s) => [s.id, s] as const));
  const seen = new Set<SeatId>();
  for (const id of seats) {
    const seat = known.get(id);
    if (!seat) return `There is no seat "${id}" in this scenario.`;
    if (seen.has(id)) return `The seat "${id}" is listed twice.`;
    seen.add(id);
  }
  const negotiating = seats.filter((id) => known.get(id)?.kind !== "redcell");
  if (negotiating.length < 3 || negotiating.length > 9)
    return `A table needs 3 to 9 negotiating seats; this list has ${negotiating.length}.`;
  for (const id of scenario.agreement.mustSign) {
    if (!seen.has(id)) return `${known.get(id)?.name.en ?? id} must be seated: the agreement rule needs its signature.`;
  }
  if (!negotiating.some((id) => known.get(id)?.kind === "european"))
    return "A table needs at least one European capital.";
  if (!negotiating.some((id) => known.get(id)?.kind === "guarantor")) return "A table needs a guarantor (Washington).";
  return null;
}

/** Seat states for a seat list, in scenario order, red cell included. */
export function buildSeats(
  scenario: Scenario,
  seats: readonly SeatId[],
  controllers: Readonly<Record<SeatId, Controller>> | undefined,
  redCellController?: Controller,
): { seats: Record<SeatId, SeatState>; seatOrder: SeatId[] } {
  const k = resolveModelConstants(scenario.model);
  const wanted = new Set(seats);
  const out: Record<SeatId, SeatState> = {};
  const seatOrder: SeatId[] = [];
  for (const seat of scenario.seats) {
    const redCell = seat.kind === "redcell";
    if (!redCell && !wanted.has(seat.id)) continue;
    out[seat.id] = {
      id: seat.id,
      redCell,
      controller: controllers?.[seat.id] ?? (redCell ? redCellController : undefined) ?? "bot",
      capital: seat.politicalCapital,
      resolve: k.startResolve,
      capacity: seat.militaryCapacity,
      ready: false,
      votesCalled: 0,
      brokenPromises: 0,
      honouredPromises: 0,
    };
    if (!redCell) seatOrder.push(seat.id);
  }
  return { seats: out, seatOrder };
}

/** The pen-holder at the start: the scenario's, or the first seated seat when that one is absent. */
export function startingPen(scenario: Scenario, seatOrder: readonly SeatId[]): SeatId | null {
  return seatOrder.includes(scenario.startingPenHolder) ? scenario.startingPenHolder : (seatOrder[0] ?? null);
}

/**
 * A new table in the lobby. Throws only on a programming error (a seat list that cannot make a
 * table); use `checkSeatList` first for input that comes from people.
 */
export function initialState(scenario: Scenario, options: InitOptions): GameState {
  const seatList = options.seats ?? defaultSeats(scenario);
  const problem = checkSeatList(scenario, seatList);
  if (problem) throw new Error(`initialState: ${problem}`);
  const { seats, seatOrder } = buildSeats(scenario, seatList, options.controllers, options.redCell);
  const k = resolveModelConstants(scenario.model);
  const draft: Record<string, string | null> = {};
  for (const issue of scenario.issues) draft[issue.id] = null;
  const seed = String(options.seed);
  const pressure = options.pressure === undefined ? drawPressure(scenario, seed, seatOrder) : options.pressure;
  return {
    v: 1,
    scenario: scenarioUnderPressure(scenario, pressure),
    tableId: options.tableId ?? "table",
    seed,
    timings: { ...scenario.timings, ...options.timings },
    phase: "lobby",
    round: 0,
    year: 0,
    step: null,
    deadline: null,
    paused: null,
    roundRemainingMs: null,
    now: options.at ?? 0,
    seq: 0,
    seats,
    seatOrder,
    draft,
    penHolder: startingPen(scenario, seatOrder),
    amendments: [],
    nextAmendmentId: 1,
    votes: [],
    framework: null,
    table: { unity: k.startUnity, grievance: k.startGrievance, ukraineSecurity: k.startSecurity, escalation: 0 },
    years: [],
    deck: scenario.events.map((e) => e.id),
    outcome: null,
    scores: null,
    endedEarly: false,
    ...(options.pauseAt?.length ? { pauseAt: [...options.pauseAt] } : {}),
    ...(pressure ? { pressure } : {}),
    rng: seedRng(seed),
  };
}
