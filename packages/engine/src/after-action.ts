// The after-action report: what a table did, read back from its log by replaying it. Pure: the
// same scenario, seed and log always give the same report. The facilitator's review, the CSV
// export and the debrief all read this; none of them recounts a rule.
import { apply, currentReadout, requiredResponse } from "./apply.ts";
import { describeEvent } from "./describe-event.ts";
import type { GameEvent } from "./events.ts";
import { debriefDistribution, type FuturesReport } from "./futures.ts";
import { type InitOptions, initialState } from "./initial-state.ts";
import { brokenTerms, offers } from "./offers.ts";
import type { Response, Scenario, SeatId } from "./scenario.ts";
import type { GameState, Offer, Outcome, Package, SeatScore } from "./state.ts";
import { packageNumber, sweep } from "./sweep.ts";

/** One accepted action and what it made happen. */
export interface TimelineEntry {
  seq: number;
  at: number;
  /** `kyiv`, `facilitator` or `system` (the clock). */
  actor: string;
  type: string;
  /** What the action made happen, as the engine reports it: a reader's screen tells these in its own language. */
  events: GameEvent[];
  /** What happened, in English sentences (the CSV export's; screens tell `events` instead). */
  text: string[];
}

/** A point on a seat's concession curve: the value, by its own table, of something it backed. */
export interface ConcessionPoint {
  seq: number;
  at: number;
  kind: "posted" | "supported" | "signed" | "declined";
  /** Its own points for the draft as it would stand with what it backed (complete or not). */
  points: number;
  /** How many issues that draft had filled. */
  filled: number;
}

/** An edge of the coalition graph: `from` supported amendments that `to` posted. */
export interface CoalitionEdge {
  from: SeatId;
  to: SeatId;
  count: number;
}

/** A pledge against what the seat did when it was tested. */
export interface PromiseRecord {
  year: number;
  seat: SeatId;
  bound: boolean;
  pledged: Response;
  response: Response | null;
  broken: boolean;
}

/** The concluded deal against every other package the agreement rule allows. */
export interface DealAnalysis {
  package: Package;
  points: Record<SeatId, number>;
  noDealValues: Record<SeatId, number>;
  /** Packages the agreement rule allows (every required signature possible) that give every seat at least as much and one seat more. */
  dominatedBy: number;
  paretoOptimal: boolean;
  /** Π(uᵢ − dᵢ) over the seats, 0 when any seat is at or below its no-deal value. */
  nashProduct: number;
  /** The highest Nash product among the packages the agreement rule allows. */
  bestNashProduct: number;
}

/** Everything the review shows for one table. */
export interface AfterActionReport {
  tableId: string;
  scenarioId: string;
  seed: string;
  actions: number;
  /** Where the replay stopped early (a log the engine refuses), or null. */
  replayError: null | { seq: number; code: string; message: string };
  phase: GameState["phase"];
  outcome: Outcome | null;
  /** True when the table was ended from the lobby, before it started: its outcome says nothing. */
  notPlayed: boolean;
  framework: GameState["framework"];
  timeline: TimelineEntry[];
  concession: Record<SeatId, ConcessionPoint[]>;
  coalition: CoalitionEdge[];
  promises: PromiseRecord[];
  /** Linked offers made at the table, each accepted term settled as kept, broken or void. */
  offers: Offer[];
  /** Terms of accepted offers each seat broke (seats that broke none are left out). */
  brokenWords: Record<SeatId, number>;
  deal: DealAnalysis | null;
  scores: SeatScore[] | null;
  futures: { deal: FuturesReport | null; noDeal: FuturesReport } | null;
  /** The state hash is not repeated here: replay the log to check it. */
  final: GameState;
}

/** Options for `afterActionReport`. */
export interface ReportOptions {
  /** Futures run for the distribution (0 skips it). */
  futuresRuns?: number;
}

function actorName(a: { actor?: { kind: string; seat?: string } }): string {
  const actor = a.actor;
  if (!actor) return "system";
  return actor.kind === "seat" ? (actor.seat ?? "seat") : actor.kind;
}

// Points of a (possibly partial) draft for one seat, from its own table.
function draftPoints(
  scenario: Scenario,
  seat: SeatId,
  draft: Record<string, string | null>,
): { points: number; filled: number } {
  const table = scenario.seats.find((s) => s.id === seat)?.brief?.pointTable;
  let points = 0;
  let filled = 0;
  for (const issue of scenario.issues) {
    const option = draft[issue.id];
    if (option == null) continue;
    filled++;
    points += table?.[issue.id]?.[option] ?? 0;
  }
  return { points, filled };
}

/** Replays a table's log and reads back its timeline, curves, coalitions, promises and deal. */
export function afterActionReport(
  scenario: Scenario,
  init: InitOptions,
  log: readonly unknown[],
  options: ReportOptions = {},
): AfterActionReport {
  let state = initialState(scenario, init);
  const timeline: TimelineEntry[] = [];
  const concession: Record<SeatId, ConcessionPoint[]> = {};
  for (const seat of state.seatOrder) concession[seat] = [];
  const coalition = new Map<string, CoalitionEdge>();
  let replayError: AfterActionReport["replayError"] = null;

  for (const [i, raw] of log.entries()) {
    const before = state;
    const result = apply(state, raw);
    if (!result.ok) {
      replayError = { seq: i + 1, ...result.error };
      break;
    }
    state = result.state;
    const action = raw as { type: string; at: number; actor?: { kind: string; seat?: string } };
    timeline.push({
      seq: state.seq,
      at: state.now,
      actor: actorName(action),
      type: action.type,
      events: result.events,
      text: result.events.map((e) => describeEvent(scenario, e)).filter((t) => t.length > 0),
    });
    recordBacking(scenario, before, state, result.events, concession, coalition);
  }

  const seats = state.seatOrder;
  const promises: PromiseRecord[] = [];
  for (const y of state.years) {
    if (!y.moscowAction) continue;
    for (const seat of seats) {
      const bound = state.framework?.stands === true && state.framework.bound.includes(seat);
      const pledge = currentReadout(state)?.pledge ?? "nothing";
      const pledged = bound ? requiredResponse(pledge, y.moscowAction) : "nothing";
      const response = y.responses[seat] ?? null;
      if (!bound && response === null) continue;
      promises.push({ year: y.year, seat, bound, pledged, response, broken: y.brokenPromises.includes(seat) });
    }
  }

  const concluded = state.framework?.package ?? null;
  return {
    tableId: state.tableId,
    scenarioId: scenario.id,
    seed: state.seed,
    actions: state.seq,
    replayError,
    phase: state.phase,
    outcome: state.outcome,
    notPlayed: state.notPlayed === true,
    framework: state.framework,
    timeline,
    concession,
    coalition: [...coalition.values()].sort((a, b) => b.count - a.count || a.from.localeCompare(b.from)),
    promises,
    offers: [...offers(state)],
    brokenWords: brokenTerms(state),
    deal: concluded ? analyseDeal(scenario, seats, concluded) : null,
    scores: state.scores,
    futures: options.futuresRuns && state.phase === "debrief" ? debriefDistribution(state, options.futuresRuns) : null,
    final: state,
  };
}

// What a seat backed with this action: an amendment it posted or supported, a package it signed.
function recordBacking(
  scenario: Scenario,
  before: GameState,
  after: GameState,
  events: GameEvent[],
  concession: Record<SeatId, ConcessionPoint[]>,
  coalition: Map<string, CoalitionEdge>,
): void {
  const point = (seat: SeatId, kind: ConcessionPoint["kind"], draft: Record<string, string | null>) => {
    const { points, filled } = draftPoints(scenario, seat, draft);
    concession[seat]?.push({ seq: after.seq, at: after.now, kind, points, filled });
  };
  for (const e of events) {
    if (e.type === "amendment/posted") {
      point(e.amendment.by, "posted", { ...before.draft, [e.amendment.issue]: e.amendment.option });
    } else if (e.type === "amendment/supported") {
      const a = after.amendments.find((m) => m.id === e.id);
      if (!a) continue;
      point(e.seat, "supported", { ...before.draft, [a.issue]: a.option });
      const key = `${e.seat}>${a.by}`;
      const edge = coalition.get(key) ?? { from: e.seat, to: a.by, count: 0 };
      edge.count++;
      coalition.set(key, edge);
    } else if (e.type === "vote/ballot") {
      const vote = after.votes.find((v) => v.id === e.id);
      if (vote) point(e.seat, e.ballot === "sign" ? "signed" : "declined", vote.package);
    }
  }
}

/** The concluded package against every package the agreement rule allows, by the seats' own tables. */
export function analyseDeal(scenario: Scenario, seats: readonly SeatId[], pkg: Package): DealAnalysis {
  const s = sweep(scenario, { seats });
  const index = packageNumber(scenario, pkg);
  const n = s.packageCount;
  const noDeal = s.seats.map((id) => scenario.seats.find((x) => x.id === id)?.brief?.noDealValue ?? 0);
  const mine = s.seats.map((_, i) => s.points[i * n + index] ?? 0);
  const nash = (p: number) => {
    let product = 1;
    for (let i = 0; i < s.seats.length; i++) {
      const gain = (s.points[i * n + p] ?? 0) - (noDeal[i] ?? 0);
      if (gain <= 0) return 0;
      product *= gain;
    }
    return product;
  };
  let dominatedBy = 0;
  let bestNashProduct = 0;
  for (let p = 0; p < n; p++) {
    if (s.concludable[p] !== 1) continue;
    bestNashProduct = Math.max(bestNashProduct, nash(p));
    let atLeast = true;
    let better = false;
    for (let i = 0; i < s.seats.length && atLeast; i++) {
      const v = s.points[i * n + p] ?? 0;
      const m = mine[i] ?? 0;
      if (v < m) atLeast = false;
      else if (v > m) better = true;
    }
    if (atLeast && better) dominatedBy++;
  }
  return {
    package: pkg,
    points: Object.fromEntries(s.seats.map((id, i) => [id, mine[i] ?? 0])),
    noDealValues: Object.fromEntries(s.seats.map((id, i) => [id, noDeal[i] ?? 0])),
    dominatedBy,
    paretoOptimal: dominatedBy === 0,
    nashProduct: index >= 0 ? nash(index) : 0,
    bestNashProduct,
  };
}
