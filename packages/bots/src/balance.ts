// The balance report: what many bot-only tables and seeded futures say about a scenario, and the
// verdict on every calibration target of GAME.md. The referee side of the simulator: it reads
// every brief through the engine's sweep (the bots themselves never do).
import {
  evaluateDeal,
  type FuturesReport,
  type Package,
  type ResponsePolicy,
  type Scenario,
  type SeatId,
  seedRng,
  simulateFutures,
  sweep,
  view,
} from "@ironclad/engine";
import { z } from "zod";
import { efficiencyReference, efficiencyReport } from "./efficiency.ts";
import type { TableRecord } from "./simulate.ts";
import { guarantorResponse } from "./stress-policy.ts";

/** Frameworks whose clarity read-out reaches this count as strong, the rest as weak. */
export const STRONG_CLARITY = 50;
/** An escalation-risk read-out (0–100) at or above this is visibly higher than no deal's 0. */
export const VISIBLE_ESCALATION = 30;
/** Final escalation at or above this counts as an escalation (crisis or worse). */
export const ESCALATION_LEVEL = 2;

const rate = z.number().min(0).max(1);
const efficiencyFigures = z.object({
  geometricNashRatio: z.number().min(0),
  paretoOptimalShare: rate,
  frontierDistance: z.number().min(0),
  jointGainShare: z.number(),
});
const outcomeStats = z.object({ tables: z.number().int().min(0), majorOffensiveRate: rate, escalationRate: rate });

/** The JSON report of `npm run simulate -- --json`. */
export const balanceReportSchema = z.object({
  scenario: z.string(),
  seed: z.string(),
  games: z.number().int().min(0),
  agreementRate: rate,
  packageShares: z.array(z.object({ package: z.record(z.string(), z.string()), share: rate })).max(10),
  maxPackageShare: rate,
  /** Per issue, the share of concluded deals that chose each option (an issue one option takes is settled before the table sits). */
  optionShares: z.record(z.string(), z.record(z.string(), rate)),
  /**
   * Per issue and option, the best geometric Nash ratio a package with that option reaches at the
   * scenario's own table (no domestic pressure): 1 for the Nash point's options; 0 for an option no
   * package leaving every seat at or above its no-deal value has, or one across a seated seat's red
   * line. An issue where only one option comes near 1 is settled by the point tables, whatever the
   * bots do.
   */
  optionReach: z.record(z.string(), z.record(z.string(), rate)),
  /** Options every seated seat ranks below another option of the same issue, with the option that beats each. */
  dominatedOptions: z.array(z.object({ option: z.string(), by: z.string() })),
  perSeat: z.record(z.string(), z.object({ aboveNoDealRate: rate, meanScore: z.number() })),
  nashRatio: z.object({ mean: z.number().min(0), p10: z.number().min(0) }),
  paretoDistance: z.object({ mean: z.number().min(0) }),
  belowNoDealSignatures: z.number().int().min(0),
  /** Bargaining efficiency over the whole package space (efficiency.ts; defined in docs/balance.md). */
  efficiency: z.object({
    tables: z.number().int().min(0),
    concludedTables: z.number().int().min(0),
    concluded: efficiencyFigures,
    allTables: efficiencyFigures,
    /** The floor in the same run: a uniform random pick from each table's Pareto frontier. */
    randomFrontier: efficiencyFigures,
  }),
  outcomes: z.object({ noDeal: outcomeStats, weak: outcomeStats, strong: outcomeStats }),
  futures: z.object({
    runs: z.number().int().min(0),
    noDeal: z.object({ majorOffensiveRate: rate, meanEscalation: z.number() }),
    weak: z.object({ package: z.record(z.string(), z.string()), majorOffensiveRate: rate, meanEscalation: z.number() }),
    strong: z.object({
      package: z.record(z.string(), z.string()),
      majorOffensiveRate: rate,
      meanEscalation: z.number(),
      escalationRisk: z.number(),
    }),
  }),
  calibration: z.record(
    z.string(),
    z.object({
      ok: z.boolean(),
      value: z.number(),
      target: z.string(),
      band: z.object({ atLeast: z.number().optional(), atMost: z.number().optional(), below: z.number().optional() }),
    }),
  ),
  gamesPerSecond: z.number().min(0),
  /** CPU time per game in the workers (a machine-load-independent speed figure). */
  cpuMsPerGame: z.number().min(0),
});
/** The balance report. */
export type BalanceReport = z.infer<typeof balanceReportSchema>;

/** What the referee knows about a scenario's package space for one seating. */
export interface ScenarioReference {
  seats: SeatId[];
  noDeal: number[];
  /** Issue ids and, per issue, option ids (for package keys). */
  issueIds: string[];
  /** Best Nash product over packages whose willing signers (no loss, no red line) meet the rule. */
  bestNash: number;
  /** Points vectors of the Pareto frontier of that zone. */
  frontier: number[][];
  /**
   * Options every seated seat ranks below another option of the same issue (GAME.md: "no option is
   * dominated for every seat"), each as `issue:option`, with the option that beats it.
   */
  dominated: { option: string; by: string }[];
}

/** Computes the reference with the engine's sweep (once per scenario and seating). */
export function scenarioReference(scenario: Scenario, seats?: readonly SeatId[]): ScenarioReference {
  const r = sweep(scenario, seats ? { seats } : {});
  const N = r.packageCount;
  const S = r.seats.length;
  const noDeal = r.seats.map((id) => scenario.seats.find((s) => s.id === id)?.brief?.noDealValue ?? 0);
  const issueIds = scenario.issues.map((i) => i.id);
  const counts = scenario.issues.map((i) => i.options.length);
  const zone: number[][] = [];
  let bestNash = 0;
  const rule = scenario.agreement;
  const seatPos = new Map(r.seats.map((s, i) => [s, i] as const));
  const asksUsOpt = scenario.issues.map((i) => i.options.map((o) => o.asksUs));
  const idx = new Array<number>(issueIds.length).fill(0);
  for (let p = 0; p < N; p++) {
    let rest = p;
    for (let i = issueIds.length - 1; i >= 0; i--) {
      const n = counts[i] ?? 1;
      idx[i] = rest % n;
      rest = Math.floor(rest / n);
    }
    const willing: boolean[] = [];
    for (let s = 0; s < S; s++)
      willing.push((r.points[s * N + p] ?? 0) >= (noDeal[s] ?? 0) && r.signable[s * N + p] === 1);
    const asks = idx.some((o, i) => asksUsOpt[i]?.[o] === true);
    let ok = rule.mustSign.every((s) => willing[seatPos.get(s) ?? -1] === true);
    if (ok && asks) ok = rule.mustSignIfUsAsked.every((s) => willing[seatPos.get(s) ?? -1] === true);
    for (const q of rule.quotas) {
      if (!ok) break;
      const present = q.seats.filter((s) => seatPos.has(s));
      const got = present.filter((s) => willing[seatPos.get(s) ?? -1]).length;
      if (got < Math.min(q.min, present.length)) ok = false;
    }
    if (!ok) continue;
    let prod = 1;
    const pts: number[] = [];
    for (let s = 0; s < S; s++) {
      const u = r.points[s * N + p] ?? 0;
      pts.push(u);
      if (willing[s]) prod *= u - (noDeal[s] ?? 0);
    }
    if (prod > bestNash) bestNash = prod;
    zone.push(pts);
  }
  const frontier = zone.filter(
    (a) => !zone.some((b) => b !== a && b.every((v, s) => v >= (a[s] ?? 0)) && b.some((v, s) => v > (a[s] ?? 0))),
  );
  return { seats: r.seats, noDeal, issueIds, bestNash, frontier, dominated: dominatedOptions(scenario, r.seats) };
}

/** The options that every one of `seats` ranks strictly below another option of the same issue. */
export function dominatedOptions(scenario: Scenario, seats: readonly SeatId[]): { option: string; by: string }[] {
  const tables = seats.map((id) => scenario.seats.find((s) => s.id === id)?.brief?.pointTable ?? {});
  const out: { option: string; by: string }[] = [];
  for (const issue of scenario.issues) {
    const worth = (table: (typeof tables)[number], o: string) => table[issue.id]?.[o] ?? 0;
    for (const o of issue.options) {
      const by = issue.options.find((b) => b.id !== o.id && tables.every((t) => worth(t, b.id) > worth(t, o.id)));
      if (by) out.push({ option: `${issue.id}:${o.id}`, by: `${issue.id}:${by.id}` });
    }
  }
  return out;
}

/** A guarantor response policy for the engine's futures: the bots' own policy, seeded. */
export function botResponsePolicy(seed: string): ResponsePolicy {
  const rng = seedRng(`futures-policy:${seed}`);
  return (state, seat) => guarantorResponse(view(state, { kind: "seat", seat }), seat, rng) ?? "nothing";
}

/** The canonical weak (vague, declaratory) and strong (clear, binding) packages of a scenario. */
export function canonicalPackages(scenario: Scenario, seats: readonly SeatId[]): { weak: Package; strong: Package } {
  const weak: Package = {};
  const strong: Package = {};
  const seated = scenario.seats.filter((s) => seats.includes(s.id));
  for (const issue of scenario.issues) {
    const weight = (o: (typeof issue.options)[number]) =>
      o.attributes.clarity + o.attributes.binding + o.attributes.capability;
    const allowed = issue.options.filter(
      (o) => !seated.some((s) => s.brief?.redLines.some((l) => l.issue === issue.id && l.options.includes(o.id))),
    );
    const pool = allowed.length > 0 ? allowed : issue.options;
    weak[issue.id] = pool.reduce((a, b) => (weight(b) < weight(a) ? b : a)).id;
    strong[issue.id] = pool.reduce((a, b) => (weight(b) > weight(a) ? b : a)).id;
  }
  return { weak, strong };
}

/** Runs the calibration futures: no deal, the weak and the strong package. */
export function calibrationFutures(
  scenario: Scenario,
  seats: readonly SeatId[],
  runs: number,
  seed: string,
): {
  noDeal: FuturesReport;
  weak: FuturesReport;
  strong: FuturesReport;
  weakPackage: Package;
  strongPackage: Package;
  strongEscalationRisk: number;
} {
  const { weak, strong } = canonicalPackages(scenario, seats);
  const opts = (tag: string) => ({
    runs,
    seed: `${seed}:${tag}`,
    seats,
    ratification: "all" as const,
    policy: botResponsePolicy(`${seed}:${tag}`),
  });
  return {
    noDeal: simulateFutures(scenario, null, opts("none")),
    weak: simulateFutures(scenario, weak, opts("weak")),
    strong: simulateFutures(scenario, strong, opts("strong")),
    weakPackage: weak,
    strongPackage: strong,
    strongEscalationRisk: evaluateDeal(scenario, strong, { seated: seats })?.escalation ?? 0,
  };
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

/** Builds the report from table records, the reference and the futures. */
export function buildReport(
  scenario: Scenario,
  seed: string,
  records: readonly TableRecord[],
  ref: ScenarioReference,
  futures: ReturnType<typeof calibrationFutures>,
  futuresRuns: number,
  gamesPerSecond: number,
  cpuMsPerGame = 0,
): BalanceReport {
  const games = records.length;
  const concluded = records.filter((r) => r.concluded);
  const agreementRate = games > 0 ? concluded.length / games : 0;
  const counts = new Map<string, number>();
  for (const r of concluded) {
    const key = (r.package ?? []).join("|");
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const shares = [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([key, n]) => {
      const ids = key.split("|");
      const pkg: Record<string, string> = {};
      ref.issueIds.forEach((id, i) => {
        pkg[id] = ids[i] ?? "";
      });
      return { package: pkg, share: n / Math.max(1, concluded.length) };
    });
  const optionShares: BalanceReport["optionShares"] = {};
  ref.issueIds.forEach((issue, i) => {
    const row: Record<string, number> = {};
    for (const o of scenario.issues.find((x) => x.id === issue)?.options ?? []) row[o.id] = 0;
    for (const r of concluded) {
      const o = r.package?.[i];
      if (o !== undefined) row[o] = (row[o] ?? 0) + 1;
    }
    // Counted, then divided: a sum of n shares of 1/n can come to 1.0000000000000002, which the
    // report's schema (a share is at most 1) refused, so an option chosen at every table crashed the run.
    for (const o of Object.keys(row)) row[o] = (row[o] ?? 0) / Math.max(1, concluded.length);
    optionShares[issue] = row;
  });
  const reach = efficiencyReference(scenario, ref.seats);
  const optionReach: BalanceReport["optionReach"] = {};
  scenario.issues.forEach((issue, i) => {
    const row: Record<string, number> = {};
    // An option across a seated seat's red line is in no deal that seat can sign.
    const barred = new Set(
      reach.seats.flatMap((id) =>
        (scenario.seats.find((s) => s.id === id)?.brief?.redLines ?? []).flatMap((l) =>
          l.issue === issue.id ? l.options : [],
        ),
      ),
    );
    issue.options.forEach((o, k) => {
      const r = barred.has(o.id) ? 0 : (reach.optionReach[i]?.[k] ?? 0);
      row[o.id] = reach.bestNash > 0 ? Math.min(1, (r / reach.bestNash) ** (1 / reach.seats.length)) : 0;
    });
    optionReach[issue.id] = row;
  });
  const perSeat: BalanceReport["perSeat"] = {};
  for (const seat of ref.seats) {
    const above = concluded.filter((r) => (r.margin[seat] ?? 0) > 0).length;
    const mean = games > 0 ? records.reduce((s, r) => s + (r.score[seat] ?? 0), 0) / games : 0;
    perSeat[seat] = { aboveNoDealRate: concluded.length > 0 ? above / concluded.length : 0, meanScore: mean };
  }
  // The older Nash ratio and Pareto distance lines read the scenario's own no-deal values, also at a
  // table under domestic pressure; the efficiency block (efficiency.ts) reads each table's own.
  const nash: number[] = [];
  const pareto: number[] = [];
  for (const r of concluded) {
    let prod = 1;
    for (const s of r.signatories) {
      const i = ref.seats.indexOf(s);
      prod *= Math.max(0, (r.points[s] ?? 0) - (ref.noDeal[i] ?? 0));
    }
    nash.push(ref.bestNash > 0 ? prod / ref.bestNash : 0);
    const u = ref.seats.map((s) => r.points[s] ?? 0);
    let d = Number.POSITIVE_INFINITY;
    for (const f of ref.frontier) d = Math.min(d, Math.sqrt(f.reduce((acc, v, k) => acc + (v - (u[k] ?? 0)) ** 2, 0)));
    pareto.push(Number.isFinite(d) ? d : 0);
  }
  nash.sort((a, b) => a - b);
  const stats = (rs: readonly TableRecord[]) => ({
    tables: rs.length,
    majorOffensiveRate: rs.length > 0 ? rs.filter((r) => r.majorOffensive).length / rs.length : 0,
    escalationRate: rs.length > 0 ? rs.filter((r) => r.escalation >= ESCALATION_LEVEL).length / rs.length : 0,
  });
  const stood = records.filter((r) => r.stands);
  const outcomes = {
    noDeal: stats(records.filter((r) => !r.stands)),
    weak: stats(stood.filter((r) => (r.clarity ?? 0) < STRONG_CLARITY)),
    strong: stats(stood.filter((r) => (r.clarity ?? 0) >= STRONG_CLARITY)),
  };
  const maxPackageShare = shares[0]?.share ?? 0;
  const aboveRates = Object.values(perSeat).map((p) => p.aboveNoDealRate);
  const dominated = ref.dominated;
  const f = futures;
  const calibration: BalanceReport["calibration"] = {
    agreementRate: target(agreementRate, { atLeast: 0.6, atMost: 0.9 }, "0.60–0.90"),
    maxPackageShare: target(maxPackageShare, { atMost: 1 / 3 }, "≤ 1/3"),
    everySeatBeatsNoDealInHalf: target(
      aboveRates.length > 0 ? Math.min(...aboveRates) : 0,
      { atLeast: 0.5 },
      "min over seats ≥ 0.5",
      aboveRates.length > 0,
    ),
    noSeatBeatsNoDealAlways: target(
      aboveRates.length > 0 ? Math.max(...aboveRates) : 0,
      { below: 1 },
      "max over seats < 1",
      aboveRates.length > 0,
    ),
    noDealOffensive: target(f.noDeal.offensive, { atLeast: 0.4, atMost: 0.6 }, "0.40–0.60 of futures"),
    strongOffensive: target(f.strong.offensive, { below: 0.15 }, "< 0.15 of futures"),
    strongEscalationHigher: target(
      f.strongEscalationRisk,
      { atLeast: VISIBLE_ESCALATION },
      `strong package's escalation-risk read-out ≥ ${VISIBLE_ESCALATION} (no deal: 0)`,
    ),
    weakNoBetterThanNoDeal: target(
      f.weak.offensive - f.noDeal.offensive,
      { atLeast: -0.02 },
      "weak offensive − no deal's ≥ −0.02",
    ),
    noOptionDominated: target(dominated.length, { atLeast: 0, atMost: 0 }, "0 options every seat ranks below another"),
  };
  return {
    scenario: scenario.id,
    seed,
    games,
    agreementRate,
    packageShares: shares.slice(0, 10),
    maxPackageShare,
    optionShares,
    optionReach,
    dominatedOptions: dominated,
    perSeat,
    nashRatio: { mean: nash.length > 0 ? nash.reduce((a, b) => a + b, 0) / nash.length : 0, p10: quantile(nash, 0.1) },
    paretoDistance: { mean: pareto.length > 0 ? pareto.reduce((a, b) => a + b, 0) / pareto.length : 0 },
    belowNoDealSignatures: records.reduce((n, r) => n + r.belowNoDealSignatures, 0),
    efficiency: efficiencyReport(scenario, records),
    outcomes,
    futures: {
      runs: futuresRuns,
      noDeal: { majorOffensiveRate: f.noDeal.offensive, meanEscalation: f.noDeal.meanEscalation },
      weak: { package: f.weakPackage, majorOffensiveRate: f.weak.offensive, meanEscalation: f.weak.meanEscalation },
      strong: {
        package: f.strongPackage,
        majorOffensiveRate: f.strong.offensive,
        meanEscalation: f.strong.meanEscalation,
        escalationRisk: f.strongEscalationRisk,
      },
    },
    calibration,
    gamesPerSecond,
    cpuMsPerGame,
  };
}

/** A calibration target's bounds: at least / at most (inclusive), below (exclusive). */
export type CalibrationBand = BalanceReport["calibration"][string]["band"];

/** A calibration target: its value, whether the value keeps its band, and the band as data and in words. */
function target(
  value: number,
  band: CalibrationBand,
  words: string,
  measured = true,
): BalanceReport["calibration"][string] {
  const ok =
    measured &&
    (band.atLeast === undefined || value >= band.atLeast) &&
    (band.atMost === undefined || value <= band.atMost) &&
    (band.below === undefined || value < band.below);
  return { ok, value, target: words, band };
}

/** Whether every calibration target is met. */
export function calibrated(report: BalanceReport): boolean {
  return Object.values(report.calibration).every((c) => c.ok);
}

/** The report as readable text for a terminal. */
export function formatReport(report: BalanceReport): string {
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  const lines: string[] = [];
  lines.push(`Balance report — ${report.scenario}, ${report.games} games, seed ${report.seed}`);
  lines.push(`Agreement: ${pct(report.agreementRate)} of tables; most common package ${pct(report.maxPackageShare)}.`);
  for (const p of report.packageShares.slice(0, 5))
    lines.push(`  ${pct(p.share).padStart(6)}  ${Object.values(p.package).join(" · ")}`);
  lines.push("Options chosen per issue (share of concluded deals; one option near 100 % settles the issue;");
  lines.push(
    "  in brackets, the best geometric Nash ratio a deal with the option can reach at the scenario's own table):",
  );
  for (const [issue, row] of Object.entries(report.optionShares)) {
    const reach = report.optionReach[issue] ?? {};
    const near = (o: string) => ((reach[o] ?? 0) > 0 ? (reach[o] ?? 0).toFixed(2) : "–");
    lines.push(
      `  ${issue.padEnd(11)} ${Object.entries(row)
        .sort((a, b) => b[1] - a[1])
        .map(([o, x]) => `${o} ${pct(x)} (${near(o)})`)
        .join(" · ")}`,
    );
  }
  lines.push("Per seat (score above no-deal value in concluded frameworks; mean score):");
  for (const [seat, s] of Object.entries(report.perSeat))
    lines.push(`  ${seat.padEnd(11)} ${pct(s.aboveNoDealRate).padStart(6)}  ${s.meanScore.toFixed(1)}`);
  lines.push(
    `Nash ratio: mean ${report.nashRatio.mean.toFixed(3)}, p10 ${report.nashRatio.p10.toFixed(3)}; Pareto distance ${report.paretoDistance.mean.toFixed(2)}; signatures below no-deal: ${report.belowNoDealSignatures}.`,
  );
  const e = report.efficiency;
  const eff = (x: typeof e.concluded) =>
    `geometric Nash ratio ${x.geometricNashRatio.toFixed(3)}, Pareto-optimal ${pct(x.paretoOptimalShare)}, frontier distance ${x.frontierDistance.toFixed(2)} points, joint gain ${x.jointGainShare.toFixed(3)}`;
  lines.push(`Efficiency, ${e.concludedTables} concluded tables: ${eff(e.concluded)}.`);
  lines.push(`  all ${e.tables} tables (no deal as 0): ${eff(e.allTables)}.`);
  const floor = e.randomFrontier;
  lines.push(
    `  floor, a random package of the frontier in the zone of agreement at the same tables: geometric Nash ratio ${floor.geometricNashRatio.toFixed(3)}, joint gain ${floor.jointGainShare.toFixed(3)} (concluded tables at ${(e.concluded.geometricNashRatio / (floor.geometricNashRatio || 1)).toFixed(2)}× and ${(e.concluded.jointGainShare / (floor.jointGainShare || 1)).toFixed(2)}× the floor).`,
  );
  const o = report.outcomes;
  for (const [name, s] of Object.entries(o))
    lines.push(
      `  ${name.padEnd(7)} ${String(s.tables).padStart(6)} tables, offensive ${pct(s.majorOffensiveRate)}, escalation ${pct(s.escalationRate)}`,
    );
  const f = report.futures;
  lines.push(
    `Futures (${f.runs} each): no deal offensive ${pct(f.noDeal.majorOffensiveRate)}, weak ${pct(f.weak.majorOffensiveRate)}, strong ${pct(f.strong.majorOffensiveRate)}; mean escalation ${f.noDeal.meanEscalation.toFixed(2)} / ${f.weak.meanEscalation.toFixed(2)} / ${f.strong.meanEscalation.toFixed(2)}.`,
  );
  lines.push("Calibration targets (GAME.md):");
  for (const [name, c] of Object.entries(report.calibration))
    lines.push(
      `  ${c.ok ? "ok  " : "MISS"} ${name}: ${Number.isInteger(c.value) ? c.value : c.value.toFixed(3)} (${c.target})`,
    );
  for (const d of report.dominatedOptions) lines.push(`       ${d.option} is ranked below ${d.by} by every seat`);
  lines.push(
    `Speed: ${report.gamesPerSecond.toFixed(1)} games/s on this machine now; ${report.cpuMsPerGame.toFixed(0)} ms of CPU per game (${report.cpuMsPerGame > 0 ? (1000 / report.cpuMsPerGame).toFixed(1) : "?"} games/s per free core).`,
  );
  return lines.join("\n");
}
