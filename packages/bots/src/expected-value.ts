// What a package is worth to a seat, as a thoughtful delegation reckons it from public data and
// its own brief: its points, plus the outcome points its brief gives for how the stress test is
// likely to end under that deal (Moscow's odds from the public deal model), weighed by the chance
// that ratification lets the framework stand; against the same reckoning for no deal.
import {
  type CompiledScenario,
  compileScenario,
  evaluateDeal,
  type MoscowOdds,
  type OutcomePoints,
  type PlayerView,
  type Scenario,
} from "@ironclad/engine";
import { type OwnTable, packageOf } from "./own-table.ts";
import { ruleOdds } from "./rule-odds.ts";

/** Expected outcome points over `years` stress-test years under yearly odds. */
export function expectedOutcomePoints(odds: MoscowOdds, years: number, points: OutcomePoints): number {
  const quiet = Math.max(0, Math.min(1, (odds.comply + odds.hybrid) ** years));
  const offensive = Math.max(0, Math.min(1 - quiet, 1 - (1 - odds.offensive) ** years));
  const attacked = Math.max(0, 1 - quiet - offensive);
  // A major offensive fails Ukraine's defence about half the time; any other attack erodes it.
  return quiet * points.held + attacked * points.eroded + offensive * (0.5 * points.failed + 0.5 * points.eroded);
}

// A view's public scenario is a fresh object each time, but it shares the issues array of the
// table's scenario: compile once per issues array instead of once per decision.
const compiledByIssues = new WeakMap<object, CompiledScenario>();

function compiledOf(view: PlayerView): CompiledScenario {
  let c = compiledByIssues.get(view.scenario.issues);
  if (!c) {
    c = compileScenario(view.scenario as Scenario);
    compiledByIssues.set(view.scenario.issues, c);
  }
  return c;
}

/** A seat's valuation of packages for one decision. */
export interface Valuer {
  /** The package's worth (complete packages); a partial draft counts its points only. */
  value(idx: readonly number[]): number;
  /** `value` of `idx` with issue `i` set to option `o` (without building that package). */
  valueWith(idx: readonly number[], i: number, o: number): number;
  /** The worth of no deal: the no-deal value plus the expected outcome points with no deal. */
  reservation: number;
  /** The worth of the seat's own best package (at least a point above the reservation). */
  top: number;
}

// What a complete package is worth to a seat hangs on its own table, the seated seats and the
// public model, none of which change during the talks: reckon each package once per table and
// seating, and only mix in the (changing) reservation per decision. Packages are numbered in
// mixed radix (one digit per issue), so the reckonings sit in flat arrays over the package space
// (as the engine's sweep keeps its own), read without hashing; NaN marks one not reckoned yet.

/** What the public model says of a package is the same for every seat: per package, the chance it stands (-1: no read-out) and Moscow's yearly odds. */
const DEAL_FIELDS = 5;
const dealsBySeating = new WeakMap<CompiledScenario, Map<string, Float64Array>>();
/** Per seat and package: the chance it stands, and its points plus expected outcome points if it does. */
const worths = new WeakMap<OwnTable, Map<string, Float64Array>>();

function reckonings<K extends object>(by: WeakMap<K, Map<string, Float64Array>>, owner: K, key: string, size: number) {
  let bySeating = by.get(owner);
  if (!bySeating) {
    bySeating = new Map();
    by.set(owner, bySeating);
  }
  let cache = bySeating.get(key);
  if (!cache) {
    cache = new Float64Array(size).fill(Number.NaN);
    bySeating.set(key, cache);
  }
  return cache;
}

/** Builds the valuation from the seat's view (public model, own brief) and its table. */
export function valuer(view: PlayerView, table: OwnTable): Valuer {
  const brief = view.brief;
  const years = view.timings.years;
  const sc = compiledOf(view);
  const noDealOutcome = brief ? expectedOutcomePoints(view.noDeal.odds, years, brief.outcomePoints) : 0;
  const reservation = table.noDealValue + noDealOutcome;
  const packages = table.optionIds.reduce((n, opts) => n * opts.length, 1);
  const seating = view.seatOrder.join(",");
  const deals = reckonings(dealsBySeating, sc, seating, packages * DEAL_FIELDS);
  const cache = reckonings(worths, table, `${years}|${seating}`, packages * 2);
  // Issue `ci` reads as option `co` (ci = -1: as it stands), so a candidate one change away needs no array.
  const worthWith = (idx: readonly number[], ci: number, co: number): number => {
    // Its points (blank issues count 0), and its number in mixed radix, one digit per issue.
    let u = 0;
    let key = 0;
    let blank = false;
    for (let i = 0; i < idx.length; i++) {
      const o = i === ci ? co : (idx[i] ?? -1);
      if (o < 0) blank = true;
      else {
        u += table.points[i]?.[o] ?? 0;
        key = key * (table.optionIds[i]?.length ?? 1) + o;
      }
    }
    // A blank issue counts its points only.
    if (!brief || blank) return u;
    const at = 2 * key;
    if (Number.isNaN(cache[at + 1])) {
      const d = DEAL_FIELDS * key;
      if (Number.isNaN(deals[d])) {
        const pkg = packageOf(table, ci < 0 ? idx : idx.map((x, k) => (k === ci ? co : x)));
        const readout = evaluateDeal(sc, pkg, { seated: view.seatOrder });
        deals[d] = readout ? ruleOdds(view.scenario, view.seatOrder, pkg, readout.ratification) : -1;
        if (readout) {
          deals[d + 1] = readout.odds.comply;
          deals[d + 2] = readout.odds.hybrid;
          deals[d + 3] = readout.odds.incursion;
          deals[d + 4] = readout.odds.offensive;
        }
      }
      const stands = deals[d] ?? 0;
      const odds = {
        comply: deals[d + 1] ?? 0,
        hybrid: deals[d + 2] ?? 0,
        incursion: deals[d + 3] ?? 0,
        offensive: deals[d + 4] ?? 0,
      };
      cache[at] = stands;
      cache[at + 1] = stands < 0 ? 0 : u + expectedOutcomePoints(odds, years, brief.outcomePoints);
    }
    const stands = cache[at] ?? 0;
    if (stands < 0) return u;
    return stands * (cache[at + 1] ?? 0) + (1 - stands) * reservation;
  };
  const value = (idx: readonly number[]) => worthWith(idx, -1, -1);
  const top = Math.max(value(table.best), reservation + 1);
  return { value, valueWith: worthWith, reservation, top };
}
