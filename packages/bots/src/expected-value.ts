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

/** How the stress test ends over `years` years under yearly odds: quiet throughout, attacked, or a major offensive. */
interface OutcomeChances {
  quiet: number;
  attacked: number;
  offensive: number;
}

function outcomeChances(odds: MoscowOdds, years: number): OutcomeChances {
  const quiet = Math.max(0, Math.min(1, (odds.comply + odds.hybrid) ** years));
  const offensive = Math.max(0, Math.min(1 - quiet, 1 - (1 - odds.offensive) ** years));
  const attacked = Math.max(0, 1 - quiet - offensive);
  return { quiet, attacked, offensive };
}

function outcomePoints(c: OutcomeChances, points: OutcomePoints): number {
  // A major offensive fails Ukraine's defence about half the time; any other attack erodes it.
  return c.quiet * points.held + c.attacked * points.eroded + c.offensive * (0.5 * points.failed + 0.5 * points.eroded);
}

/** Expected outcome points over `years` stress-test years under yearly odds. */
export function expectedOutcomePoints(odds: MoscowOdds, years: number, points: OutcomePoints): number {
  return outcomePoints(outcomeChances(odds, years), points);
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
  /**
   * The package's worth (complete packages); a partial draft counts its points only. An array once
   * valued is read as unchanging: its sums are kept for the next call with the same array.
   */
  value(idx: readonly number[]): number;
  /** `value` of `idx` with issue `i` set to option `o` (without building that package). */
  valueWith(idx: readonly number[], i: number, o: number): number;
  /** The worth of no deal: the no-deal value plus the expected outcome points with no deal. */
  reservation: number;
  /** The worth of the seat's own best package (at least a point above the reservation). */
  top: number;
}

// What a complete package is worth to a seat hangs on the seated seats and the public model, none
// of which change during the talks, and on the seat's own points: what the model says of a package
// (the chance it stands, how the stress test is likely to end) is the same for every seat, so it is
// reckoned once per seating and shared; each seat mixes in its points and its (changing)
// reservation per decision. Packages are numbered in mixed radix (one digit per issue), so the
// reckonings sit in a flat array over the package space (as the engine's sweep keeps its own), read
// without hashing, and the seats weighing changes of one draft read the same few entries.

/** Per package: the chance it stands (-1: no read-out), then its OutcomeChances; NaN until reckoned. */
const DEAL_FIELDS = 4;
const dealsBySeating = new WeakMap<CompiledScenario, Map<string, Float64Array>>();

// The reckonings asked for last, checked first: every decision of a table asks for the same ones.
let lastDeals: { sc: CompiledScenario; years: number; seatOrder: readonly string[]; deals: Float64Array } | null = null;

function dealReckonings(sc: CompiledScenario, years: number, seatOrder: readonly string[], packages: number) {
  const last = lastDeals;
  if (
    last?.sc === sc &&
    last.years === years &&
    last.seatOrder.length === seatOrder.length &&
    last.seatOrder.every((s, k) => s === seatOrder[k])
  )
    return last.deals;
  let bySeating = dealsBySeating.get(sc);
  if (!bySeating) {
    bySeating = new Map();
    dealsBySeating.set(sc, bySeating);
  }
  const seating = `${years}|${seatOrder.join(",")}`;
  let deals = bySeating.get(seating);
  if (!deals) {
    deals = new Float64Array(packages * DEAL_FIELDS).fill(Number.NaN);
    bySeating.set(seating, deals);
  }
  lastDeals = { sc, years, seatOrder: [...seatOrder], deals };
  return deals;
}

const placesByTable = new WeakMap<OwnTable, number[]>();

/** places[i]: what one step of issue i's option adds to a package's number (mixed radix, issue 0 the highest digit). */
function placesOf(table: OwnTable): number[] {
  let places = placesByTable.get(table);
  if (!places) {
    places = new Array<number>(table.optionIds.length).fill(0);
    let place = 1;
    for (let i = table.optionIds.length - 1; i >= 0; i--) {
      places[i] = place;
      place *= table.optionIds[i]?.length ?? 1;
    }
    placesByTable.set(table, places);
  }
  return places;
}

/** Builds the valuation from the seat's view (public model, own brief) and its table. */
export function valuer(view: PlayerView, table: OwnTable): Valuer {
  const brief = view.brief;
  const years = view.timings.years;
  const sc = compiledOf(view);
  const noDealOutcome = brief ? expectedOutcomePoints(view.noDeal.odds, years, brief.outcomePoints) : 0;
  const reservation = table.noDealValue + noDealOutcome;
  const deals = dealReckonings(sc, years, view.seatOrder, sc.packageCount);
  const places = placesOf(table);
  const outcome = brief?.outcomePoints;
  // The sums of the package asked about last: its candidates one change away (asked in a row,
  // always of the same array, which nobody changes once built) then cost a few look-ups each.
  // Points are integers, so a sum moved by one option is exactly the sum worked out afresh.
  let sumsOf: readonly number[] | null = null;
  let sumPoints = 0;
  let sumKey = 0;
  let sumBlanks = 0;
  // Issue `ci` reads as option `co` (ci = -1: as it stands), so a candidate one change away needs no array.
  const worthWith = (idx: readonly number[], ci: number, co: number): number => {
    if (idx !== sumsOf) {
      // Its points (blank issues count 0), and its number in mixed radix, one digit per issue.
      sumPoints = 0;
      sumKey = 0;
      sumBlanks = 0;
      for (let i = 0; i < idx.length; i++) {
        const o = idx[i] ?? -1;
        if (o < 0) sumBlanks++;
        else {
          sumPoints += table.points[i]?.[o] ?? 0;
          sumKey += o * (places[i] ?? 0);
        }
      }
      sumsOf = idx;
    }
    let u = sumPoints;
    let key = sumKey;
    let blanks = sumBlanks;
    if (ci >= 0) {
      const cur = idx[ci] ?? -1;
      const row = table.points[ci];
      const place = places[ci] ?? 0;
      if (cur < 0) blanks--;
      else {
        u -= row?.[cur] ?? 0;
        key -= cur * place;
      }
      if (co < 0) blanks++;
      else {
        u += row?.[co] ?? 0;
        key += co * place;
      }
    }
    // A blank issue counts its points only.
    if (!outcome || blanks > 0) return u;
    const d = DEAL_FIELDS * key;
    if (Number.isNaN(deals[d + 1])) {
      const pkg = packageOf(table, ci < 0 ? idx : idx.map((x, k) => (k === ci ? co : x)));
      const readout = evaluateDeal(sc, pkg, { seated: view.seatOrder });
      const ends = readout ? outcomeChances(readout.odds, years) : { quiet: 0, attacked: 0, offensive: 0 };
      deals[d] = readout ? ruleOdds(view.scenario, view.seatOrder, pkg, readout.ratification) : -1;
      deals[d + 1] = ends.quiet;
      deals[d + 2] = ends.attacked;
      deals[d + 3] = ends.offensive;
    }
    const stands = deals[d] ?? 0;
    if (stands < 0) return u;
    // outcomePoints(), spelt out on the reckoned chances (the same sums in the same order).
    const points =
      (deals[d + 1] ?? 0) * outcome.held +
      (deals[d + 2] ?? 0) * outcome.eroded +
      (deals[d + 3] ?? 0) * (0.5 * outcome.failed + 0.5 * outcome.eroded);
    return stands * (u + points) + (1 - stands) * reservation;
  };
  const value = (idx: readonly number[]) => worthWith(idx, -1, -1);
  const top = Math.max(value(table.best), reservation + 1);
  return { value, valueWith: worthWith, reservation, top };
}
