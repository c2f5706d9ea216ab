// Simulated futures: the same deal (or no deal) run through many seeded stress tests, so a
// table sees at the debrief whether it was lucky or good, and the calibration can be checked.
// Each future drives the real reducer; only the starting framework is set directly.

import type { Action } from "./actions.ts";
import { checkAgreement } from "./agreement.ts";
import { apply, owedResponses, protectedSeat, responders } from "./apply.ts";
import { evaluateDeal } from "./deal-model.ts";
import type { DomesticPressure } from "./domestic-pressure.ts";
import { initialState } from "./initial-state.ts";
import { nextFloat } from "./rng.ts";
import type { Response, Scenario, SeatId } from "./scenario.ts";
import type { GameState, Outcome, Package } from "./state.ts";

/** How a seat answers Moscow in a simulated future. */
export type ResponsePolicy = (state: GameState, seat: SeatId) => Response;

/** Bound seats honour exactly what their pledge requires; others stay out. */
export const honourPledgePolicy: ResponsePolicy = (state, seat) => owedResponses(state)?.[seat] ?? "nothing";

/** Options for `simulateFutures`. */
export interface FuturesOptions {
  runs: number;
  seed: string | number;
  /** Negotiating seats (default: the scenario's default table). Every one of them signs the package. */
  seats?: readonly SeatId[];
  /** Seats that sign the package (default: every negotiating seat). */
  signatories?: readonly SeatId[];
  /** "roll": ratification is rolled as in a game; "all": every signatory ratifies. */
  ratification?: "roll" | "all";
  policy?: ResponsePolicy;
  /** The seat under domestic pressure at the table these futures continue (none by default). */
  pressure?: DomesticPressure | null;
}

/** What happened over many futures. */
export interface FuturesReport {
  runs: number;
  outcomes: Record<Outcome, number>;
  /** Share of futures with at least one major offensive. */
  offensive: number;
  /** Share of futures with at least one incursion or offensive. */
  attacked: number;
  /** Share of futures where ratification broke the framework (no deal in the stress test). */
  collapsed: number;
  meanEscalation: number;
  meanSecurity: number;
  brokenPromises: number;
}

/** A table about to enter the stress test with `pkg` signed by every seat (or no deal). */
export function stressStart(scenario: Scenario, pkg: Package | null, seed: string, opts: FuturesOptions): GameState {
  // A future draws no domestic pressure of its own: only the table it continues may have one.
  const s = initialState(scenario, {
    seed,
    ...(opts.seats ? { seats: opts.seats } : {}),
    pressure: opts.pressure ?? null,
  });
  for (const seat of Object.values(s.seats)) if (seat.redCell) seat.controller = "bot";
  if (pkg) {
    const signatories = opts.signatories ? s.seatOrder.filter((x) => opts.signatories?.includes(x)) : [...s.seatOrder];
    const readout = evaluateDeal(scenario, pkg, { seated: s.seatOrder, signatories });
    const ratification: Record<SeatId, { probability: number; roll: number; ratified: boolean }> = {};
    const bound: SeatId[] = [];
    for (const seat of signatories) {
      const probability = readout?.ratification[seat] ?? 0;
      const roll = opts.ratification === "all" ? 0 : nextFloat(s.rng);
      const ratified = opts.ratification === "all" || roll < probability;
      ratification[seat] = { probability, roll, ratified };
      if (ratified) bound.push(seat);
    }
    const check = checkAgreement(scenario, s.seatOrder, signatories, pkg);
    const stands = check.met && checkAgreement(scenario, s.seatOrder, bound, pkg).met;
    s.framework = { package: pkg, signatories, unanimous: check.unanimous, ratification, bound, stands };
  }
  s.phase = "ratification";
  s.deadline = 0;
  return s;
}

/** Runs the stress test of one prepared table to the debrief with a response policy. */
export function runStress(start: GameState, policy: ResponsePolicy = honourPledgePolicy): GameState {
  let s = start;
  let at = 0;
  for (let guard = 0; guard < 500 && s.phase !== "debrief"; guard++) {
    let action: Action;
    if (s.phase === "stress" && s.step === "response") {
      const year = s.years[s.years.length - 1];
      const seat = responders(s).find((x) => !year?.responses[x]);
      const kyiv = protectedSeat(s);
      // The protected seat holds its course in these futures: they measure what the deal does.
      if (seat) action = { type: "stress/respond", response: policy(s, seat), actor: { kind: "seat", seat }, at };
      else if (kyiv && !year?.protectedMove)
        action = { type: "stress/protected-move", move: "hold", actor: { kind: "seat", seat: kyiv }, at };
      else break;
    } else if (s.phase === "stress" && s.step === "moscow") {
      action = { type: "facilitator/skip", actor: { kind: "facilitator" }, at };
    } else {
      at = Math.max(at, s.deadline ?? at);
      action = { type: "phase/expired", actor: { kind: "system" }, at };
    }
    const r = apply(s, action);
    if (!r.ok) throw new Error(`runStress: ${r.error.code}: ${r.error.message}`);
    s = r.state;
  }
  return s;
}

/** Runs `pkg` (or no deal, with null) through `runs` seeded futures. */
export function simulateFutures(scenario: Scenario, pkg: Package | null, opts: FuturesOptions): FuturesReport {
  const report: FuturesReport = {
    runs: opts.runs,
    outcomes: { held: 0, eroded: 0, failed: 0, escalated: 0 },
    offensive: 0,
    attacked: 0,
    collapsed: 0,
    meanEscalation: 0,
    meanSecurity: 0,
    brokenPromises: 0,
  };
  for (let i = 0; i < opts.runs; i++) {
    const start = stressStart(scenario, pkg, `${String(opts.seed)}:${i}`, opts);
    if (pkg && !start.framework?.stands) report.collapsed++;
    const end = runStress(start, opts.policy);
    if (end.outcome) report.outcomes[end.outcome]++;
    if (end.years.some((y) => y.moscowAction === "offensive")) report.offensive++;
    if (end.years.some((y) => y.moscowAction === "offensive" || y.moscowAction === "incursion")) report.attacked++;
    report.meanEscalation += end.table.escalation;
    report.meanSecurity += end.table.ukraineSecurity;
    for (const y of end.years) report.brokenPromises += y.brokenPromises.length;
  }
  const n = Math.max(1, opts.runs);
  report.offensive /= n;
  report.attacked /= n;
  report.collapsed /= n;
  report.meanEscalation /= n;
  report.meanSecurity /= n;
  return report;
}

/** The debrief's distribution: the table's own framework (if one was concluded) and no deal, each over `runs` futures. */
export function debriefDistribution(
  state: GameState,
  runs = 200,
): { deal: FuturesReport | null; noDeal: FuturesReport } {
  const opts: FuturesOptions = { runs, seed: `${state.seed}:debrief`, seats: state.seatOrder };
  const fw = state.framework;
  return {
    deal: fw
      ? simulateFutures(state.scenario, fw.package, { ...opts, signatories: fw.signatories, ratification: "roll" })
      : null,
    noDeal: simulateFutures(state.scenario, null, opts),
  };
}
