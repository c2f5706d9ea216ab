// The sweep: the deal model and every seat's points over every complete package of a scenario,
// in one pass of nested loops over flat typed arrays (the bots and the balance report read it).
// The per-package formulas are those of deal-model.ts with everyone seated signing; a test
// checks the sweep against `evaluateDeal` package by package.
import { type CompiledScenario, compileScenario, credibility, DEAL_SUMS, SUM } from "./deal-model.ts";
import { defaultSeats } from "./initial-state.ts";
import type { Scenario, SeatId } from "./scenario.ts";
import type { Package } from "./state.ts";

/** What to sweep. */
export interface SweepOptions {
  /** Negotiating seats at the table (default: the scenario's default table). */
  seats?: readonly SeatId[];
}

/** Per-package results, indexed by package number (see `packageAt`). */
export interface SweepResult {
  packageCount: number;
  /** The seated seats with a brief, in the order of the per-seat arrays. */
  seats: SeatId[];
  legal: Float32Array;
  military: Float32Array;
  political: Float32Array;
  clarity: Float32Array;
  escalation: Float32Array;
  /** Deterrence 0–100. */
  deterrence: Float32Array;
  /** Moscow's chance of a major offensive in one year (starting table stats). */
  offensive: Float32Array;
  /** Chance of at least one major offensive over the scenario's years. */
  offensiveRisk: Float32Array;
  /** Chance that every seated signatory ratifies. */
  ratifyAll: Float32Array;
  /** Points of seat i for package p at `points[i * packageCount + p]`. */
  points: Float32Array;
  /** 1 when seat i can sign package p (no red line crossed), same indexing as `points`. */
  signable: Uint8Array;
  /** 1 when the seats that can sign meet the agreement rule. */
  concludable: Uint8Array;
  /** Per seat: packages scoring above its no-deal value. */
  beatsNoDeal: Int32Array;
}

/** The package with number `index` (mixed radix, the last issue varies fastest). */
export function packageAt(scenarioOrCompiled: Scenario | CompiledScenario, index: number): Package {
  const c = "dealContrib" in scenarioOrCompiled ? scenarioOrCompiled : compileScenario(scenarioOrCompiled);
  const pkg: Package = {};
  let rest = index;
  for (let i = c.issueIds.length - 1; i >= 0; i--) {
    const n = c.optionCount[i] ?? 1;
    const o = rest % n;
    rest = Math.floor(rest / n);
    pkg[c.issueIds[i] ?? ""] = c.optionIds[i]?.[o] ?? "";
  }
  return pkg;
}

/** The number of a package (the inverse of `packageAt`), or -1 if incomplete. */
export function packageNumber(
  scenarioOrCompiled: Scenario | CompiledScenario,
  pkg: Record<string, string | null>,
): number {
  const c = "dealContrib" in scenarioOrCompiled ? scenarioOrCompiled : compileScenario(scenarioOrCompiled);
  let index = 0;
  for (let i = 0; i < c.issueIds.length; i++) {
    const o = c.optionIds[i]?.indexOf(pkg[c.issueIds[i] ?? ""] ?? "") ?? -1;
    if (o < 0) return -1;
    index = index * (c.optionCount[i] ?? 1) + o;
  }
  return index;
}

/** Evaluates the deal model and every seated seat's points over every complete package. */
export function sweep(scenario: Scenario, options: SweepOptions = {}): SweepResult {
  const c = compileScenario(scenario);
  const k = c.constants;
  const seated = [...(options.seats ?? defaultSeats(scenario))].filter((id) => {
    const s = c.seatIndex.get(id);
    return s !== undefined && c.seatKind[s] !== "redcell";
  });
  const seatIdx = seated.map((id) => c.seatIndex.get(id) ?? 0);
  const nSeat = seated.length;
  const briefed = seated.filter((_, i) => scenario.seats[seatIdx[i] ?? 0]?.brief);
  const N = c.packageCount;
  const D = c.issueIds.length;
  const T = c.totalOptions;

  // Per flat option, one vector: deal sums, then each seated seat's points, then its red-line hits.
  const V = DEAL_SUMS + 2 * nSeat;
  const contrib = new Float64Array(T * V);
  for (let f = 0; f < T; f++) {
    for (let j = 0; j < DEAL_SUMS; j++) contrib[f * V + j] = c.dealContrib[f * DEAL_SUMS + j] ?? 0;
    for (let i = 0; i < nSeat; i++) {
      const s = seatIdx[i] ?? 0;
      contrib[f * V + DEAL_SUMS + i] = c.points[s * T + f] ?? 0;
      contrib[f * V + DEAL_SUMS + nSeat + i] = c.redLine[s * T + f] ?? 0;
    }
  }

  // Support = capital − coefficient · (the attribute sum that costs this seat).
  const supCapital = new Float64Array(nSeat);
  const supCoef = new Float64Array(nSeat);
  const supAttr = new Int32Array(nSeat).fill(-1);
  let seatedCap = 0;
  const maxOf = (j: number) => c.maxSum[j] ?? 0;
  for (let i = 0; i < nSeat; i++) {
    const s = seatIdx[i] ?? 0;
    const seat = scenario.seats[s];
    supCapital[i] = seat?.politicalCapital ?? 0;
    const kind = c.seatKind[s];
    if (kind === "guarantor" && maxOf(SUM.usCost) > 0) {
      supAttr[i] = SUM.usCost;
      supCoef[i] = (k.costWeight * 100) / maxOf(SUM.usCost);
    } else if (kind === "european" && maxOf(SUM.europeCost) > 0) {
      supAttr[i] = SUM.europeCost;
      supCoef[i] =
        ((k.costWeight * 100) / maxOf(SUM.europeCost)) *
        Math.max(0, k.financialCostBase - (c.financialCapacity[s] ?? 0) / 100);
    } else if (kind === "protected" && maxOf(SUM.sovereignty) > 0) {
      supAttr[i] = SUM.sovereignty;
      supCoef[i] = -k.sovereigntyCostWeight / maxOf(SUM.sovereignty);
    }
    if (kind === "guarantor" || kind === "european") seatedCap += seat?.militaryCapacity ?? 0;
  }
  const capacityShare = seatedCap > 0 ? 1 : 0;
  const anyContributor = seated.some((id) => {
    const kind = c.seatKind[c.seatIndex.get(id) ?? 0];
    return kind === "guarantor" || kind === "european";
  });
  const resolveMood = anyContributor ? Math.min(2, Math.max(0, k.startResolve / k.resolveNeutral)) : 0;
  const cred = credibility(k, 0, 0);
  const zStatic =
    k.aggressionBase +
    (k.grievanceWeight * (k.startGrievance - k.grievanceNeutral)) / 100 -
    (k.unityWeight * (k.startUnity - k.unityNeutral)) / 100;
  const years = scenario.timings.years;

  // The agreement rule as seat positions in the seated list.
  const pos = new Map(seated.map((id, i) => [id, i] as const));
  const must = scenario.agreement.mustSign.map((id) => pos.get(id) ?? -1);
  const mustUs = scenario.agreement.mustSignIfUsAsked.map((id) => pos.get(id) ?? -1);
  const quotas = scenario.agreement.quotas.map((q) => {
    const members = q.seats.map((id) => pos.get(id) ?? -1).filter((i) => i >= 0);
    return { members: Int32Array.from(members), need: Math.min(q.min, members.length) };
  });
  // The rule as bit masks over seated positions (a scenario seats at most 9 negotiators, well under 31).
  const bits = (list: readonly number[]) => list.reduce((m, i) => (i >= 0 ? m | (1 << i) : m), 0);
  const mustMask = bits(must);
  const mustMissing = must.some((i) => i < 0);
  const mustUsMask = bits(mustUs);
  const mustUsMissing = mustUs.some((i) => i < 0);
  const quotaMasks = Int32Array.from(quotas.map((q) => bits(Array.from(q.members))));
  const quotaNeeds = Int32Array.from(quotas.map((q) => q.need));
  const popcount = (x: number) => {
    let v = x - ((x >>> 1) & 0x55555555);
    v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
    return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
  };
  const briefedPos = Int32Array.from(briefed.map((id) => pos.get(id) ?? 0));
  const nBriefed = briefedPos.length;
  const noDeal = Float64Array.from(briefed.map((id) => c.noDealValue[c.seatIndex.get(id) ?? 0] ?? 0));

  const out: SweepResult = {
    packageCount: N,
    seats: briefed,
    legal: new Float32Array(N),
    military: new Float32Array(N),
    political: new Float32Array(N),
    clarity: new Float32Array(N),
    escalation: new Float32Array(N),
    deterrence: new Float32Array(N),
    offensive: new Float32Array(N),
    offensiveRisk: new Float32Array(N),
    ratifyAll: new Float32Array(N),
    points: new Float32Array(nBriefed * N),
    signable: new Uint8Array(nBriefed * N),
    concludable: new Uint8Array(N),
    beatsNoDeal: new Int32Array(nBriefed),
  };

  const legalScale = maxOf(SUM.binding) > 0 ? 100 / maxOf(SUM.binding) : 0;
  const clarityScale = maxOf(SUM.clarity) > 0 ? 100 / maxOf(SUM.clarity) : 0;
  const escScale = maxOf(SUM.provocation) > 0 ? 100 / maxOf(SUM.provocation) : 0;
  const capScale = maxOf(SUM.capability) > 0 ? 1 / maxOf(SUM.capability) : 0;

  // Hoisted constants of the hot loop.
  const ratBase = k.ratificationBase;
  const ratSupport = k.ratificationSupportWeight / 100;
  const ratBinding = k.ratificationBindingWeight / 100;
  const ratMin = k.ratificationMin;
  const ratMax = k.ratificationMax;
  const resBase = k.resolveBase;
  const resLegal = k.resolveLegalWeight / 100;
  const resPolitical = k.resolvePoliticalWeight / 100;
  const resScale = resolveMood * cred;
  const escWeight = k.escalationWeight / 100;
  const detWeight = k.deterrenceWeight;
  const weakCut = k.weaknessCutoff;
  const weakWeight = k.weaknessWeight;
  // σ(z − τ) = 1 / (1 + e^τ · e^−z): one exponential per package instead of three.
  const eHybrid = Math.exp(k.thresholdHybrid);
  const eIncursion = Math.exp(k.thresholdIncursion);
  const eOffensive = Math.exp(k.thresholdOffensive);
  const nQuotas = quotas.length;
  const signAt = DEAL_SUMS + nSeat;
  const { legal: oLegal, military: oMilitary, political: oPolitical, clarity: oClarity } = out;
  const { escalation: oEscalation, deterrence: oDeterrence, offensive: oOffensive, offensiveRisk: oRisk } = out;
  const { ratifyAll: oRatify, points: oPoints, signable: oSignable, concludable: oConcludable, beatsNoDeal } = out;

  // partial[d] holds the sums of the options chosen for issues 0..d−1; the last issue is the inner loop.
  const partial = new Float64Array(D * V);
  const leaf = new Float64Array(V);
  const idx = new Int32Array(D);
  const offsets = c.offsets;
  const counts = c.optionCount;
  const refill = (from: number) => {
    for (let d = from; d < D - 1; d++) {
      const src = d * V;
      const dst = (d + 1) * V;
      const f = ((offsets[d] ?? 0) + (idx[d] ?? 0)) * V;
      for (let j = 0; j < V; j++) partial[dst + j] = (partial[src + j] ?? 0) + (contrib[f + j] ?? 0);
    }
  };
  refill(0);
  const lastBase = (D - 1) * V;
  const lastOffset = offsets[D - 1] ?? 0;
  const lastCount = counts[D - 1] ?? 1;

  let p = 0;
  for (;;) {
    for (let o = 0; o < lastCount; o++, p++) {
      const f = (lastOffset + o) * V;
      for (let j = 0; j < V; j++) leaf[j] = (partial[lastBase + j] ?? 0) + (contrib[f + j] ?? 0);
      const legal = (leaf[SUM.binding] ?? 0) * legalScale;
      const clarity = (leaf[SUM.clarity] ?? 0) * clarityScale;
      const escalation = (leaf[SUM.provocation] ?? 0) * escScale;
      const military = 100 * (leaf[SUM.capability] ?? 0) * capScale * capacityShare;
      let political = nSeat > 0 ? 100 : 0;
      let ratifyAll = 1;
      let mask = 0;
      const ratLegal = ratBase - ratBinding * legal - 50 * ratSupport;
      for (let i = 0; i < nSeat; i++) {
        const a = supAttr[i] ?? -1;
        let support = (supCapital[i] ?? 0) - (a >= 0 ? (supCoef[i] ?? 0) * (leaf[a] ?? 0) : 0);
        support = support < 0 ? 0 : Math.min(100, support);
        if (support < political) political = support;
        ratifyAll *= Math.min(ratMax, Math.max(ratMin, ratLegal + ratSupport * support));
        if (leaf[signAt + i] === 0) mask |= 1 << i;
      }
      const resolve = Math.min(1, Math.max(0, (resBase + resLegal * legal + resPolitical * political) * resScale));
      const det = (military / 100) * resolve * (clarity / 100);
      let z = zStatic + escWeight * escalation - detWeight * det;
      if (weakCut > 0 && det < weakCut) z += weakWeight * (1 - det / weakCut);
      const ez = Math.exp(-z);
      const h = 1 / (1 + eHybrid * ez);
      const inc = Math.min(h, 1 / (1 + eIncursion * ez));
      const off = Math.min(inc, 1 / (1 + eOffensive * ez));

      oLegal[p] = legal;
      oMilitary[p] = military;
      oPolitical[p] = political;
      oClarity[p] = clarity;
      oEscalation[p] = escalation;
      oDeterrence[p] = 100 * det;
      oOffensive[p] = off;
      let stay = 1;
      for (let y = 0; y < years; y++) stay *= 1 - off;
      oRisk[p] = 1 - stay;
      oRatify[p] = ratifyAll;

      let ok = !mustMissing && (mask & mustMask) === mustMask ? 1 : 0;
      if (ok === 1 && (leaf[SUM.asksUs] ?? 0) > 0 && (mustUsMissing || (mask & mustUsMask) !== mustUsMask)) ok = 0;
      for (let q = 0; ok === 1 && q < nQuotas; q++)
        if (popcount(mask & (quotaMasks[q] ?? 0)) < (quotaNeeds[q] ?? 0)) ok = 0;
      oConcludable[p] = ok;

      for (let b = 0; b < nBriefed; b++) {
        const i = briefedPos[b] ?? 0;
        const pts = leaf[DEAL_SUMS + i] ?? 0;
        oPoints[b * N + p] = pts;
        oSignable[b * N + p] = (mask >>> i) & 1;
        if (pts > (noDeal[b] ?? 0)) beatsNoDeal[b] = (beatsNoDeal[b] ?? 0) + 1;
      }
    }
    // Next prefix: bump the second-to-last issue, carry leftwards, refill the partial sums from there.
    let d = D - 2;
    while (d >= 0) {
      const next = (idx[d] ?? 0) + 1;
      if (next < (counts[d] ?? 0)) {
        idx[d] = next;
        break;
      }
      idx[d] = 0;
      d--;
    }
    if (d < 0) break;
    refill(d);
  }
  return out;
}
