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

  const partial = new Float64Array((D + 1) * V);
  const idx = new Int32Array(D);
  const offsets = c.offsets;
  const counts = c.optionCount;
  const refill = (from: number) => {
    for (let d = from; d < D; d++) {
      const src = d * V;
      const dst = (d + 1) * V;
      const f = ((offsets[d] ?? 0) + (idx[d] ?? 0)) * V;
      for (let j = 0; j < V; j++) partial[dst + j] = (partial[src + j] ?? 0) + (contrib[f + j] ?? 0);
    }
  };
  refill(0);
  const leaf = D * V;
  const signableNow = new Uint8Array(nSeat);
  const sig = (x: number) => 1 / (1 + Math.exp(-x));
  const clamp100 = (x: number) => Math.min(100, Math.max(0, x));

  for (let p = 0; p < N; p++) {
    const legal = (partial[leaf + SUM.binding] ?? 0) * legalScale;
    const clarity = (partial[leaf + SUM.clarity] ?? 0) * clarityScale;
    const escalation = (partial[leaf + SUM.provocation] ?? 0) * escScale;
    const military = 100 * (partial[leaf + SUM.capability] ?? 0) * capScale * capacityShare;
    let political = nSeat > 0 ? 100 : 0;
    let ratifyAll = 1;
    for (let i = 0; i < nSeat; i++) {
      const a = supAttr[i] ?? -1;
      const support = clamp100((supCapital[i] ?? 0) - (a >= 0 ? (supCoef[i] ?? 0) * (partial[leaf + a] ?? 0) : 0));
      if (support < political) political = support;
      let r =
        k.ratificationBase +
        (k.ratificationSupportWeight * (support - 50)) / 100 -
        (k.ratificationBindingWeight * legal) / 100;
      r = Math.min(k.ratificationMax, Math.max(k.ratificationMin, r));
      ratifyAll *= r;
      signableNow[i] = (partial[leaf + DEAL_SUMS + nSeat + i] ?? 0) === 0 ? 1 : 0;
    }
    let resolve =
      (k.resolveBase + (k.resolveLegalWeight * legal) / 100 + (k.resolvePoliticalWeight * political) / 100) *
      resolveMood *
      cred;
    resolve = Math.min(1, Math.max(0, resolve));
    const det = (military / 100) * resolve * (clarity / 100);
    let z = zStatic + (k.escalationWeight * escalation) / 100 - k.deterrenceWeight * det;
    if (k.weaknessCutoff > 0) {
      const w = 1 - det / k.weaknessCutoff;
      if (w > 0) z += k.weaknessWeight * w;
    }
    const h = sig(z - k.thresholdHybrid);
    const inc = Math.min(h, sig(z - k.thresholdIncursion));
    const off = Math.min(inc, sig(z - k.thresholdOffensive));

    out.legal[p] = legal;
    out.military[p] = military;
    out.political[p] = political;
    out.clarity[p] = clarity;
    out.escalation[p] = escalation;
    out.deterrence[p] = 100 * det;
    out.offensive[p] = off;
    out.offensiveRisk[p] = 1 - (1 - off) ** years;
    out.ratifyAll[p] = ratifyAll;

    let ok = 1;
    for (const m of must) if (m < 0 || signableNow[m] === 0) ok = 0;
    if (ok && (partial[leaf + SUM.asksUs] ?? 0) > 0) for (const m of mustUs) if (m < 0 || signableNow[m] === 0) ok = 0;
    if (ok)
      for (const q of quotas) {
        let n = 0;
        for (const m of q.members) n += signableNow[m] ?? 0;
        if (n < q.need) ok = 0;
      }
    out.concludable[p] = ok;

    for (let b = 0; b < nBriefed; b++) {
      const i = briefedPos[b] ?? 0;
      const pts = partial[leaf + DEAL_SUMS + i] ?? 0;
      out.points[b * N + p] = pts;
      out.signable[b * N + p] = signableNow[i] ?? 0;
      if (pts > (noDeal[b] ?? 0)) out.beatsNoDeal[b] = (out.beatsNoDeal[b] ?? 0) + 1;
    }

    // Next package: bump the last issue, carry leftwards, refill the partial sums from there.
    let d = D - 1;
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
