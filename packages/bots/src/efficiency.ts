// Bargaining efficiency: how close the frameworks the tables conclude come to the Pareto frontier
// and the Nash point of the seats at the table, over the whole package space. The referee side of
// the simulator (it reads every brief); docs/balance.md ("Efficiency") defines every figure so that
// anyone can recompute them from the scenario file and the `--records` file alone.
import {
  type DomesticPressure,
  type Package,
  type Scenario,
  type SeatId,
  scenarioUnderPressure,
} from "@ironclad/engine";

/** What the whole package space offers one set of seated negotiating seats (points of their private tables). */
export interface EfficiencyReference {
  /** The seated negotiating seats (red cell left out), in the order of every vector here. */
  seats: SeatId[];
  /** Each seat's no-deal value. */
  noDeal: number[];
  /** Packages in the space (product of the option counts). */
  packages: number;
  /** Largest Π(pointsᵢ − noDealᵢ) over packages with every gain ≥ 0 (0 when there is none). */
  bestNash: number;
  /** Largest Σ(pointsᵢ − noDealᵢ) over packages with every gain ≥ 0 (0 when there is none). */
  bestJoint: number;
  /** Distinct points vectors of the Pareto frontier, flat: vector k at [k·S, (k+1)·S). */
  frontier: Float64Array;
  /** The frontier's vectors as keys, for membership. */
  frontierKeys: Set<string>;
  /**
   * Per issue and option, the largest Π(pointsᵢ − noDealᵢ) over packages with that option and every
   * gain ≥ 0 (0 when there is none): how near the Nash point a deal with that option can come.
   */
  optionReach: number[][];
}

/** One table's figures (points of the seats in the reference's order). */
export interface TableEfficiency {
  /** Π gains / bestNash (0 when a gain is negative or there is no deal). */
  nashRatio: number;
  /** nashRatio^(1/n). */
  geometricNashRatio: number;
  /** 1 when no package Pareto-dominates this one, else 0 (no deal: 0). */
  paretoOptimal: number;
  /** min over frontier vectors f of maxᵢ (fᵢ − pointsᵢ), in points (0 exactly on the frontier). */
  frontierDistance: number;
  /** Σ gains / bestJoint (no deal: 0). */
  jointGainShare: number;
}

/** The four figures, averaged. */
export interface EfficiencyFigures {
  geometricNashRatio: number;
  paretoOptimalShare: number;
  frontierDistance: number;
  jointGainShare: number;
}

/** The efficiency block of the balance report. */
export interface EfficiencyReport {
  tables: number;
  concludedTables: number;
  /** Means over concluded tables. */
  concluded: EfficiencyFigures;
  /** Means over all tables, a no-deal table counting as in `tableEfficiency(ref, null)`. */
  allTables: EfficiencyFigures;
  /**
   * The floor, over the same tables: what a package drawn uniformly at random from each table's
   * Pareto frontier within the zone of agreement (its distinct points vectors that leave every seat
   * at or above its no-deal value) scores on average, exactly (the mean, not a draw). Bots that
   * bargain well beat it.
   */
  randomFrontier: EfficiencyFigures;
}

/** The seated negotiating seats of a seat list (a red cell never negotiates). */
export function negotiatingSeats(scenario: Scenario, seats: readonly SeatId[]): SeatId[] {
  return seats.filter((id) => {
    const s = scenario.seats.find((x) => x.id === id);
    return s !== undefined && s.kind !== "redcell";
  });
}

const key = (v: ArrayLike<number>, at: number, n: number): string => {
  let k = "";
  for (let s = 0; s < n; s++) k += `${v[at + s]},`;
  return k;
};

const references = new WeakMap<Scenario, Map<string, EfficiencyReference>>();

/** The reference of one seating, computed once per scenario object and seat set. */
export function efficiencyReference(scenario: Scenario, seats: readonly SeatId[]): EfficiencyReference {
  const seated = negotiatingSeats(scenario, seats);
  let bySeats = references.get(scenario);
  if (!bySeats) {
    bySeats = new Map();
    references.set(scenario, bySeats);
  }
  const id = seated.join(",");
  const cached = bySeats.get(id);
  if (cached) return cached;
  const ref = computeReference(scenario, seated);
  bySeats.set(id, ref);
  return ref;
}

function computeReference(scenario: Scenario, seats: SeatId[]): EfficiencyReference {
  const S = seats.length;
  const briefs = seats.map((id) => scenario.seats.find((s) => s.id === id)?.brief);
  const noDeal = briefs.map((b) => b?.noDealValue ?? 0);
  const issues = scenario.issues;
  // pts[i][o·S + s]: seat s's points for option o of issue i (a missing entry counts 0, as the engine's).
  const pts = issues.map((issue) => {
    const row = new Float64Array(issue.options.length * S);
    issue.options.forEach((o, k) => {
      for (let s = 0; s < S; s++) row[k * S + s] = briefs[s]?.pointTable[issue.id]?.[o.id] ?? 0;
    });
    return row;
  });
  const counts = issues.map((i) => i.options.length);
  const N = counts.reduce((a, b) => a * b, 1);
  // Every package's points vector, in mixed radix (issue 0 the highest digit), built digit by digit.
  const all = new Float64Array(N * S);
  let filled = 1;
  for (let i = 0; i < issues.length; i++) {
    const n = counts[i] ?? 1;
    const row = pts[i] ?? new Float64Array(0);
    // Expand in place from the back: package p·n + o = (prefix p) + option o.
    for (let p = filled - 1; p >= 0; p--)
      for (let o = n - 1; o >= 0; o--)
        for (let s = 0; s < S; s++) all[(p * n + o) * S + s] = (all[p * S + s] ?? 0) + (row[o * S + s] ?? 0);
    filled *= n;
  }
  let bestNash = 0;
  let bestJoint = 0;
  const optionReach = counts.map((n) => new Array<number>(n).fill(0));
  const sums = new Float64Array(N);
  for (let p = 0; p < N; p++) {
    let prod = 1;
    let sum = 0;
    let ok = true;
    let total = 0;
    for (let s = 0; s < S; s++) {
      const v = all[p * S + s] ?? 0;
      total += v;
      const g = v - (noDeal[s] ?? 0);
      if (g < 0) ok = false;
      prod *= g;
      sum += g;
    }
    sums[p] = total;
    if (ok) {
      if (prod > bestNash) bestNash = prod;
      if (sum > bestJoint) bestJoint = sum;
      // The package's options, its digits in mixed radix (the last issue the lowest digit).
      let rest = p;
      for (let i = counts.length - 1; i >= 0; i--) {
        const n = counts[i] ?? 1;
        const row = optionReach[i];
        if (row && prod > (row[rest % n] ?? 0)) row[rest % n] = prod;
        rest = Math.floor(rest / n);
      }
    }
  }
  // The Pareto frontier: distinct vectors in falling order of their sum; a dominating vector has a
  // strictly larger sum, so it is met first, and one frontier member dominating it is enough.
  const order = Array.from({ length: N }, (_, p) => p).sort((a, b) => (sums[b] ?? 0) - (sums[a] ?? 0) || a - b);
  const seen = new Set<string>();
  const front: number[] = [];
  for (const p of order) {
    const k = key(all, p * S, S);
    if (seen.has(k)) continue;
    seen.add(k);
    let dominated = false;
    for (let f = 0; f < front.length && !dominated; f += S) {
      let geq = true;
      let gt = false;
      for (let s = 0; s < S; s++) {
        const a = front[f + s] ?? 0;
        const b = all[p * S + s] ?? 0;
        if (a < b) {
          geq = false;
          break;
        }
        if (a > b) gt = true;
      }
      dominated = geq && gt;
    }
    if (!dominated) for (let s = 0; s < S; s++) front.push(all[p * S + s] ?? 0);
  }
  const frontier = Float64Array.from(front);
  const frontierKeys = new Set<string>();
  for (let f = 0; f < frontier.length; f += S) frontierKeys.add(key(frontier, f, S));
  return { seats, noDeal, packages: N, bestNash, bestJoint, frontier, frontierKeys, optionReach };
}

/**
 * One table's figures from its seats' points (in the reference's seat order), or null for no deal.
 * No deal counts 0 on the ratios and the Pareto share, and its distance is the no-deal vector's.
 */
export function tableEfficiency(ref: EfficiencyReference, points: readonly number[] | null): TableEfficiency {
  const S = ref.seats.length;
  const u = points ?? ref.noDeal;
  let d = Number.POSITIVE_INFINITY;
  for (let f = 0; f < ref.frontier.length; f += S) {
    let worst = Number.NEGATIVE_INFINITY;
    for (let s = 0; s < S; s++) worst = Math.max(worst, (ref.frontier[f + s] ?? 0) - (u[s] ?? 0));
    if (worst < d) d = worst;
  }
  const frontierDistance = Number.isFinite(d) ? Math.max(0, d) : 0;
  if (points === null)
    return { nashRatio: 0, geometricNashRatio: 0, paretoOptimal: 0, frontierDistance, jointGainShare: 0 };
  let prod = 1;
  let sum = 0;
  let below = false;
  for (let s = 0; s < S; s++) {
    const g = (points[s] ?? 0) - (ref.noDeal[s] ?? 0);
    if (g < 0) below = true;
    prod *= g;
    sum += g;
  }
  const nashRatio = below || ref.bestNash <= 0 ? 0 : prod / ref.bestNash;
  return {
    nashRatio,
    geometricNashRatio: nashRatio ** (1 / S),
    paretoOptimal: ref.frontierKeys.has(key(points, 0, S)) ? 1 : 0,
    frontierDistance,
    jointGainShare: ref.bestJoint > 0 ? sum / ref.bestJoint : 0,
  };
}

/** What the efficiency block needs of one table. */
export interface EfficiencyInput {
  /** The seats at the table (a red cell among them is left out). */
  seats: readonly SeatId[];
  concluded: boolean;
  /** Each seat's private-table points for the concluded package (read only when concluded). */
  points: Readonly<Record<SeatId, number>>;
  /** The seat under domestic pressure at the table: the reference is the table's, with its raised no-deal value. */
  pressure?: DomesticPressure | null;
}

function mean(xs: readonly number[]): number {
  return xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0;
}

function figures(rows: readonly TableEfficiency[]): EfficiencyFigures {
  return {
    geometricNashRatio: mean(rows.map((r) => r.geometricNashRatio)),
    paretoOptimalShare: mean(rows.map((r) => r.paretoOptimal)),
    frontierDistance: mean(rows.map((r) => r.frontierDistance)),
    jointGainShare: mean(rows.map((r) => r.jointGainShare)),
  };
}

const frontierFloors = new WeakMap<EfficiencyReference, EfficiencyFigures>();

/**
 * The mean figures of the frontier vectors of one reference that leave no seat below its no-deal
 * value: a uniform random pick's expectation from the frontier of the zone of agreement.
 */
export function randomFrontierFigures(ref: EfficiencyReference): EfficiencyFigures {
  let floor = frontierFloors.get(ref);
  if (!floor) {
    const S = ref.seats.length;
    const rows: TableEfficiency[] = [];
    for (let f = 0; f < ref.frontier.length; f += S) {
      const v = Array.from(ref.frontier.subarray(f, f + S));
      if (v.every((x, s) => x >= (ref.noDeal[s] ?? 0))) rows.push(tableEfficiency(ref, v));
    }
    floor = figures(rows);
    frontierFloors.set(ref, floor);
  }
  return floor;
}

/** The efficiency block over a run's tables. */
export function efficiencyReport(scenario: Scenario, tables: readonly EfficiencyInput[]): EfficiencyReport {
  const concluded: TableEfficiency[] = [];
  const all: TableEfficiency[] = [];
  const floors: EfficiencyFigures[] = [];
  for (const t of tables) {
    const ref = efficiencyReference(scenarioUnderPressure(scenario, t.pressure ?? null), t.seats);
    floors.push(randomFrontierFigures(ref));
    const row = tableEfficiency(ref, t.concluded ? ref.seats.map((s) => t.points[s] ?? 0) : null);
    all.push(row);
    if (t.concluded) concluded.push(row);
  }
  return {
    tables: tables.length,
    concludedTables: concluded.length,
    concluded: figures(concluded),
    allTables: figures(all),
    randomFrontier: {
      geometricNashRatio: mean(floors.map((f) => f.geometricNashRatio)),
      paretoOptimalShare: mean(floors.map((f) => f.paretoOptimalShare)),
      frontierDistance: mean(floors.map((f) => f.frontierDistance)),
      jointGainShare: mean(floors.map((f) => f.jointGainShare)),
    },
  };
}

/** One line of the `--records` file. */
export interface EfficiencyRecord {
  seed: string;
  concluded: boolean;
  /** The concluded package ({issue: option}), or null with no deal. */
  package: Package | null;
  signers: SeatId[];
  /** Per seated negotiating seat: the package's private-table points; with no deal, its no-deal value. */
  points: Record<SeatId, number>;
  noDeal: Record<SeatId, number>;
}

/** The record line of one table. */
export function efficiencyRecord(
  scenario: Scenario,
  t: EfficiencyInput & { seed: string; package: string[] | null; signatories: readonly SeatId[] },
): EfficiencyRecord {
  const ref = efficiencyReference(scenarioUnderPressure(scenario, t.pressure ?? null), t.seats);
  const points: Record<SeatId, number> = {};
  const noDeal: Record<SeatId, number> = {};
  ref.seats.forEach((s, k) => {
    noDeal[s] = ref.noDeal[k] ?? 0;
    points[s] = t.concluded ? (t.points[s] ?? 0) : (ref.noDeal[k] ?? 0);
  });
  let pkg: Package | null = null;
  if (t.concluded && t.package) {
    pkg = {};
    scenario.issues.forEach((issue, i) => {
      if (pkg) pkg[issue.id] = t.package?.[i] ?? "";
    });
  }
  return { seed: t.seed, concluded: t.concluded, package: pkg, signers: [...t.signatories], points, noDeal };
}
