// Domestic pressure: at some tables one delegation's government would now rather walk away (an
// election, a coalition partner, a parliament in revolt), so its no-deal value is higher there. The
// scenario says how often and by how much; the table's seed draws which seat, once, when the table
// is created, from a stream of its own (the dice of ratification and the stress test do not move).
// Only that seat and the facilitator learn it. Why: the calibration asks that one bot table in ten
// or more ends without a deal, and tables that fail because no deal exists there cannot be turned
// into deals by one seat's scripted play, as tables that fail on the talks' course can (#16,
// docs/balance.md "Exploitability").
import { nextFloat, nextUint32, seedRng } from "./rng.ts";
import type { Scenario, SeatId } from "./scenario.ts";

/** The seat under domestic pressure at a table, and the points its no-deal value rose by. */
export interface DomesticPressure {
  seat: SeatId;
  points: number;
}

/**
 * The seat under pressure at a table of `seats` (negotiating seats, in the table's order) with
 * `seed`, or null: none drawn, none of the rule's seats is at the table, or the scenario has no pressure.
 */
export function drawPressure(scenario: Scenario, seed: string, seats: readonly SeatId[]): DomesticPressure | null {
  const p = scenario.pressure;
  if (!p || p.share <= 0) return null;
  const rng = seedRng(`domestic-pressure:${seed}`);
  if (nextFloat(rng) >= p.share) return null;
  const eligible = p.seats ? seats.filter((s) => p.seats?.includes(s)) : seats;
  if (eligible.length === 0) return null;
  const seat = eligible[nextUint32(rng) % eligible.length];
  return seat === undefined ? null : { seat, points: p.points };
}

// One scenario object per seat and size of pressure, so every cache keyed by the scenario (the
// compiled deal model, the bots' tables, the hash) is built once per variant, not once per table.
const variants = new WeakMap<Scenario, Map<string, Scenario>>();

/** The scenario as the table plays it: the seat under pressure has its no-deal value raised. */
export function scenarioUnderPressure(scenario: Scenario, pressure: DomesticPressure | null): Scenario {
  if (!pressure) return scenario;
  let bySeat = variants.get(scenario);
  if (!bySeat) {
    bySeat = new Map();
    variants.set(scenario, bySeat);
  }
  const key = `${pressure.seat}:${pressure.points}`;
  let v = bySeat.get(key);
  if (!v) {
    v = {
      ...scenario,
      seats: scenario.seats.map((s) =>
        s.id === pressure.seat && s.brief
          ? { ...s, brief: { ...s.brief, noDealValue: s.brief.noDealValue + pressure.points } }
          : s,
      ),
    };
    bySeat.set(key, v);
  }
  return v;
}
