// The deal model: transparent, deterministic formulas from a package's public option
// attributes (plus who signed and how each seat stands) to the read-out every player sees.
// docs/model.md explains every formula and constant. The compiled form (flat typed arrays of
// per-option values) is shared with the sweep in sweep.ts so both compute the same numbers.
import { type ModelConstants, resolveModelConstants } from "./model-constants.ts";
import { MOSCOW_ACTIONS, type MoscowAction, RESPONSES, type Response, type Scenario, type SeatId } from "./scenario.ts";
import type { MoscowOdds, Package } from "./state.ts";

/** The attribute names, in the order of the compiled arrays. */
export const ATTRIBUTES = [
  "binding",
  "capability",
  "clarity",
  "provocation",
  "usCost",
  "europeCost",
  "sovereignty",
] as const;
export type AttributeName = (typeof ATTRIBUTES)[number];

/** Index of each per-package sum in a sums vector. */
export const SUM = {
  binding: 0,
  capability: 1,
  clarity: 2,
  provocation: 3,
  usCost: 4,
  europeCost: 5,
  sovereignty: 6,
  asksUs: 7,
  automaticSanctions: 8,
} as const;
/** Length of the deal part of a sums vector. */
export const DEAL_SUMS = 9;

/** A scenario turned into numbers once: flat arrays indexed by `offsets[issue] + option`. */
export interface CompiledScenario {
  scenario: Scenario;
  constants: ModelConstants;
  issueIds: string[];
  optionIds: string[][];
  /** Start of each issue's options in the flat arrays. */
  offsets: Int32Array;
  optionCount: Int32Array;
  totalOptions: number;
  /** Number of complete packages (product of option counts). */
  packageCount: number;
  /** Per flat option: the DEAL_SUMS values it adds (attributes, asksUs, automaticSanctions). */
  dealContrib: Float64Array;
  /** Per flat option: pledge rank (index in RESPONSES) or -1. */
  pledgeRank: Int8Array;
  /** Normalisers: the largest achievable sum of each attribute (|sovereignty| for sovereignty). */
  maxSum: Float64Array;
  seatIds: SeatId[];
  seatKind: string[];
  seatIndex: Map<SeatId, number>;
  /** Per seat × flat option: points of the seat's private table (0 without a brief). */
  points: Float64Array;
  /** Per seat × flat option: 1 when the option crosses one of the seat's red lines. */
  redLine: Uint8Array;
  noDealValue: Float64Array;
  financialCapacity: Float64Array;
}

const compiledCache = new WeakMap<Scenario, CompiledScenario>();

/** Compiles a scenario into the numeric form the model reads (cached per scenario object). */
export function compileScenario(scenario: Scenario): CompiledScenario {
  const cached = compiledCache.get(scenario);
  if (cached) return cached;
  const issueIds = scenario.issues.map((i) => i.id);
  const optionIds = scenario.issues.map((i) => i.options.map((o) => o.id));
  const offsets = new Int32Array(issueIds.length);
  const optionCount = new Int32Array(issueIds.length);
  let total = 0;
  let packageCount = 1;
  scenario.issues.forEach((issue, i) => {
    offsets[i] = total;
    optionCount[i] = issue.options.length;
    total += issue.options.length;
    packageCount *= issue.options.length;
  });
  const dealContrib = new Float64Array(total * DEAL_SUMS);
  const pledgeRank = new Int8Array(total).fill(-1);
  const maxSum = new Float64Array(ATTRIBUTES.length);
  scenario.issues.forEach((issue, i) => {
    const best = new Float64Array(ATTRIBUTES.length);
    issue.options.forEach((opt, o) => {
      const f = (offsets[i] ?? 0) + o;
      ATTRIBUTES.forEach((name, a) => {
        const v = opt.attributes[name];
        dealContrib[f * DEAL_SUMS + a] = v;
        const m = name === "sovereignty" ? Math.abs(v) : v;
        if (m > (best[a] ?? 0)) best[a] = m;
      });
      dealContrib[f * DEAL_SUMS + SUM.asksUs] = opt.asksUs ? 1 : 0;
      dealContrib[f * DEAL_SUMS + SUM.automaticSanctions] = opt.automaticSanctions ? 1 : 0;
      if (opt.pledgeLevel) pledgeRank[f] = RESPONSES.indexOf(opt.pledgeLevel);
    });
    for (let a = 0; a < ATTRIBUTES.length; a++) maxSum[a] = (maxSum[a] ?? 0) + (best[a] ?? 0);
  });
  const seatIds = scenario.seats.map((s) => s.id);
  const seatIndex = new Map(seatIds.map((s, i) => [s, i] as const));
  const points = new Float64Array(seatIds.length * total);
  const redLine = new Uint8Array(seatIds.length * total);
  const noDealValue = new Float64Array(seatIds.length);
  const financialCapacity = new Float64Array(seatIds.length);
  scenario.seats.forEach((seat, s) => {
    financialCapacity[s] = seat.financialCapacity;
    const brief = seat.brief;
    if (!brief) return;
    noDealValue[s] = brief.noDealValue;
    scenario.issues.forEach((issue, i) => {
      issue.options.forEach((opt, o) => {
        const f = (offsets[i] ?? 0) + o;
        points[s * total + f] = brief.pointTable[issue.id]?.[opt.id] ?? 0;
      });
    });
    for (const line of brief.redLines) {
      const i = issueIds.indexOf(line.issue);
      if (i < 0) continue;
      for (const optId of line.options) {
        const o = optionIds[i]?.indexOf(optId) ?? -1;
        if (o >= 0) redLine[s * total + (offsets[i] ?? 0) + o] = 1;
      }
    }
  });
  const compiled: CompiledScenario = {
    scenario,
    constants: resolveModelConstants(scenario.model),
    issueIds,
    optionIds,
    offsets,
    optionCount,
    totalOptions: total,
    packageCount,
    dealContrib,
    pledgeRank,
    maxSum,
    seatIds,
    seatKind: scenario.seats.map((s) => s.kind),
    seatIndex,
    points,
    redLine,
    noDealValue,
    financialCapacity,
  };
  compiledCache.set(scenario, compiled);
  return compiled;
}

/** Flat option indices of a package, or null when an issue is blank or names an unknown option. */
export function packageIndices(c: CompiledScenario, pkg: Record<string, string | null>): number[] | null {
  const out: number[] = [];
  for (let i = 0; i < c.issueIds.length; i++) {
    const chosen = pkg[c.issueIds[i] ?? ""];
    if (chosen == null) return null;
    const o = c.optionIds[i]?.indexOf(chosen) ?? -1;
    if (o < 0) return null;
    out.push((c.offsets[i] ?? 0) + o);
  }
  return out;
}

/** The DEAL_SUMS per-package sums of a package given as flat option indices. */
export function dealSums(c: CompiledScenario, flat: readonly number[]): Float64Array {
  const sums = new Float64Array(DEAL_SUMS);
  for (const f of flat)
    for (let k = 0; k < DEAL_SUMS; k++) sums[k] = (sums[k] ?? 0) + (c.dealContrib[f * DEAL_SUMS + k] ?? 0);
  return sums;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));
const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));
const norm = (sum: number, max: number) => (max > 0 ? clamp((100 * sum) / max, 0, 100) : 0);

/** Who the deal binds and how each seat stands; omitted stats take their starting values. */
export interface DealContext {
  /** Seated negotiating seats (not the red cell). */
  seated: readonly SeatId[];
  /** Seats bound by the deal; defaults to every seated seat (the public read-out during talks). */
  signatories?: readonly SeatId[];
  capital?: Readonly<Record<SeatId, number>>;
  resolve?: Readonly<Record<SeatId, number>>;
  capacity?: Readonly<Record<SeatId, number>>;
  brokenPromises?: number;
  honouredPromises?: number;
  /** Table stats for Moscow's odds (defaults: the model's starting unity and grievance). */
  unity?: number;
  grievance?: number;
}

/** The model's read-out of a package: what every player sees in the deal analysis. */
export interface DealReadout {
  /** Legally binding, 0–100. */
  legal: number;
  /** Militarily credible, 0–100. */
  military: number;
  /** Politically sustainable (the weakest signatory's support), 0–100. */
  political: number;
  /** Clarity, 0–100. */
  clarity: number;
  /** Escalation risk, 0–100. */
  escalation: number;
  /** Deterrence = capability × resolve × clarity, 0–100. */
  deterrence: number;
  /** The three factors of deterrence, each 0–1. */
  capability: number;
  resolve: number;
  clarityFactor: number;
  /** Share of the seated military capacity that signed, 0–1. */
  capacityShare: number;
  /** Each signatory's domestic support once the deal's cost lands, 0–100. */
  support: Record<SeatId, number>;
  weakestSeat: SeatId | null;
  /** Each signatory's ratification probability, 0–1. */
  ratification: Record<SeatId, number>;
  asksUs: boolean;
  automaticSanctions: boolean;
  /** The strongest response the pledge promises. */
  pledge: Response;
  /** Moscow's odds for one year under this deal (current table stats). */
  odds: MoscowOdds;
  /** Chance of at least one major offensive in `years` years if nothing else changes. */
  offensiveRisk: number;
}

/** A seat's domestic support once a package's cost lands on its capital (0–100). */
export function seatSupport(c: CompiledScenario, s: number, capital: number, sums: ArrayLike<number>): number {
  const k = c.constants;
  const kind = c.seatKind[s];
  let cost = 0;
  if (kind === "guarantor") cost = k.costWeight * norm(sums[SUM.usCost] ?? 0, c.maxSum[SUM.usCost] ?? 0);
  else if (kind === "european")
    cost =
      k.costWeight *
      norm(sums[SUM.europeCost] ?? 0, c.maxSum[SUM.europeCost] ?? 0) *
      Math.max(0, k.financialCostBase - (c.financialCapacity[s] ?? 0) / 100);
  else if (kind === "protected") {
    const max = c.maxSum[SUM.sovereignty] ?? 0;
    const sov = max > 0 ? (sums[SUM.sovereignty] ?? 0) / max : 0;
    cost = -k.sovereigntyCostWeight * sov;
  }
  return clamp(capital - cost, 0, 100);
}

/** Ratification probability for a seat with this support, under a deal this binding. */
export function ratificationProbability(k: ModelConstants, support: number, legal: number): number {
  const p =
    k.ratificationBase +
    (k.ratificationSupportWeight * (support - 50)) / 100 -
    (k.ratificationBindingWeight * legal) / 100;
  return clamp(p, k.ratificationMin, k.ratificationMax);
}

/** Credibility multiplier from the promises kept and broken so far. */
export function credibility(k: ModelConstants, broken: number, honoured: number): number {
  return clamp(1 - k.brokenPromiseWeight * broken + k.honouredWeight * honoured, k.credibilityMin, k.credibilityMax);
}

/** What Moscow weighs in a year. */
export interface MoscowInput {
  /** Whether a framework binds anyone. */
  deal: boolean;
  /** Deterrence 0–1. */
  deterrence: number;
  /** Escalation risk 0–100. */
  escalation: number;
  unity: number;
  grievance: number;
}

/** Moscow's latent aggression score (higher = more aggressive). */
export function aggression(k: ModelConstants, m: MoscowInput): number {
  let z = k.aggressionBase;
  z += (k.grievanceWeight * (m.grievance - k.grievanceNeutral)) / 100;
  z -= (k.unityWeight * (m.unity - k.unityNeutral)) / 100;
  if (m.deal) {
    z += (k.escalationWeight * m.escalation) / 100;
    z -= k.deterrenceWeight * m.deterrence;
    // A public deal that is weak and vague signals reluctance.
    if (k.weaknessCutoff > 0) z += k.weaknessWeight * Math.max(0, 1 - m.deterrence / k.weaknessCutoff);
  }
  return z;
}

/** Moscow's probability over its four actions (ordered logistic on the aggression score). */
export function moscowOdds(k: ModelConstants, m: MoscowInput): MoscowOdds {
  const z = aggression(k, m);
  const atLeastHybrid = sigmoid(z - k.thresholdHybrid);
  const atLeastIncursion = Math.min(atLeastHybrid, sigmoid(z - k.thresholdIncursion));
  const offensive = Math.min(atLeastIncursion, sigmoid(z - k.thresholdOffensive));
  return {
    comply: 1 - atLeastHybrid,
    hybrid: atLeastHybrid - atLeastIncursion,
    incursion: atLeastIncursion - offensive,
    offensive,
  };
}

/** The odds as an array in MOSCOW_ACTIONS order (for weighted draws). */
export function oddsArray(odds: MoscowOdds): number[] {
  return MOSCOW_ACTIONS.map((a: MoscowAction) => odds[a]);
}

/** The model's read-out of a complete package for the given signatories and seat stats. */
export function evaluateDeal(
  scenarioOrCompiled: Scenario | CompiledScenario,
  pkg: Package,
  ctx: DealContext,
): DealReadout | null {
  const c = "dealContrib" in scenarioOrCompiled ? scenarioOrCompiled : compileScenario(scenarioOrCompiled);
  const flat = packageIndices(c, pkg);
  if (!flat) return null;
  const sums = dealSums(c, flat);
  let pledge = -1;
  for (const f of flat) pledge = Math.max(pledge, c.pledgeRank[f] ?? -1);
  return readoutFromSums(c, sums, pledge, ctx);
}

/** The read-out from precomputed sums (shared by `evaluateDeal` and the sweep). */
export function readoutFromSums(
  c: CompiledScenario,
  sums: ArrayLike<number>,
  pledgeRank: number,
  ctx: DealContext,
): DealReadout {
  const k = c.constants;
  const signatories = ctx.signatories ?? ctx.seated;
  const legal = norm(sums[SUM.binding] ?? 0, c.maxSum[SUM.binding] ?? 0);
  const clarity = norm(sums[SUM.clarity] ?? 0, c.maxSum[SUM.clarity] ?? 0);
  const escalation = norm(sums[SUM.provocation] ?? 0, c.maxSum[SUM.provocation] ?? 0);
  const capabilityRaw = norm(sums[SUM.capability] ?? 0, c.maxSum[SUM.capability] ?? 0) / 100;

  let seatedCap = 0;
  let signedCap = 0;
  let resolveSum = 0;
  let resolveN = 0;
  const signed = new Set(signatories);
  for (const seat of ctx.seated) {
    const s = c.seatIndex.get(seat);
    if (s === undefined) continue;
    const kind = c.seatKind[s];
    if (kind !== "guarantor" && kind !== "european") continue;
    const cap = ctx.capacity?.[seat] ?? c.scenario.seats[s]?.militaryCapacity ?? 0;
    seatedCap += cap;
    if (signed.has(seat)) {
      signedCap += cap;
      resolveSum += ctx.resolve?.[seat] ?? k.startResolve;
      resolveN++;
    }
  }
  const capacityShare = seatedCap > 0 ? (signedCap / seatedCap) ** k.capacityExponent : 0;
  const military = 100 * capabilityRaw * capacityShare;

  const support: Record<SeatId, number> = {};
  const ratification: Record<SeatId, number> = {};
  let political = signatories.length > 0 ? 100 : 0;
  let weakestSeat: SeatId | null = null;
  for (const seat of signatories) {
    const s = c.seatIndex.get(seat);
    if (s === undefined || c.seatKind[s] === "redcell") continue;
    const capital = ctx.capital?.[seat] ?? c.scenario.seats[s]?.politicalCapital ?? 0;
    const sup = seatSupport(c, s, capital, sums);
    support[seat] = sup;
    ratification[seat] = ratificationProbability(k, sup, legal);
    if (weakestSeat === null || sup < political) {
      political = sup;
      weakestSeat = seat;
    }
  }

  const resolveMood = resolveN > 0 ? clamp(resolveSum / resolveN / k.resolveNeutral, 0, 2) : 0;
  const cred = credibility(k, ctx.brokenPromises ?? 0, ctx.honouredPromises ?? 0);
  const resolve = clamp(
    (k.resolveBase + (k.resolveLegalWeight * legal) / 100 + (k.resolvePoliticalWeight * political) / 100) *
      resolveMood *
      cred,
    0,
    1,
  );
  const capability = military / 100;
  const clarityFactor = clarity / 100;
  const deterrence01 = capability * resolve * clarityFactor;
  const odds = moscowOdds(k, {
    deal: signatories.length > 0,
    deterrence: deterrence01,
    escalation,
    unity: ctx.unity ?? k.startUnity,
    grievance: ctx.grievance ?? k.startGrievance,
  });
  const years = c.scenario.timings.years;
  return {
    legal,
    military,
    political,
    clarity,
    escalation,
    deterrence: 100 * deterrence01,
    capability,
    resolve,
    clarityFactor,
    capacityShare,
    support,
    weakestSeat,
    ratification,
    asksUs: (sums[SUM.asksUs] ?? 0) > 0,
    automaticSanctions: (sums[SUM.automaticSanctions] ?? 0) > 0,
    pledge: RESPONSES[pledgeRank] ?? "nothing",
    odds,
    offensiveRisk: 1 - (1 - odds.offensive) ** years,
  };
}

/** Moscow's odds and the offensive risk when no framework binds anyone. */
export function noDealOdds(
  scenario: Scenario,
  table?: { unity?: number; grievance?: number },
): { odds: MoscowOdds; offensiveRisk: number } {
  const c = compileScenario(scenario);
  const k = c.constants;
  const odds = moscowOdds(k, {
    deal: false,
    deterrence: 0,
    escalation: 0,
    unity: table?.unity ?? k.startUnity,
    grievance: table?.grievance ?? k.startGrievance,
  });
  return { odds, offensiveRisk: 1 - (1 - odds.offensive) ** scenario.timings.years };
}

/** A seat's points for a package from its private table (null when a seat has no brief or the package is incomplete). */
export function packagePoints(scenario: Scenario, seat: SeatId, pkg: Record<string, string | null>): number | null {
  const c = compileScenario(scenario);
  const s = c.seatIndex.get(seat);
  const flat = packageIndices(c, pkg);
  if (s === undefined || !flat || !scenario.seats[s]?.brief) return null;
  let total = 0;
  for (const f of flat) total += c.points[s * c.totalOptions + f] ?? 0;
  return total;
}

/** The red lines of `seat` that a package crosses (empty when none). */
export function crossedRedLines(scenario: Scenario, seat: SeatId, pkg: Record<string, string | null>) {
  const brief = scenario.seats.find((s) => s.id === seat)?.brief;
  if (!brief) return [];
  return brief.redLines.filter((line) => {
    const chosen = pkg[line.issue];
    return chosen != null && line.options.includes(chosen);
  });
}
