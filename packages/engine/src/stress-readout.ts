// What the stress test reads off the state: who is bound, who answers Moscow, the deal as it
// stands, Moscow's odds and what each seat owes. Pure queries: the rules, the view, the bots and
// the after-action report all ask them.
import { compileScenario, credibility, evaluateDeal, moscowOdds } from "./deal-model.ts";
import type { ModelConstants } from "./model-constants.ts";
import { type MoscowAction, RESPONSES, type Response, type SeatId } from "./scenario.ts";
import type { GameState, YearRecord } from "./state.ts";

/** The seats bound by a standing framework (empty with no deal). */
export function boundSeats(s: GameState): SeatId[] {
  return s.framework?.stands ? s.framework.bound : [];
}

// The model constant each response costs a seat in political capital (doing nothing costs nothing).
const RESPONSE_COST = {
  nothing: null,
  sanctions: "costSanctions",
  airDefence: "costAirDefence",
  direct: "costDirect",
} as const satisfies Record<Response, keyof ModelConstants | null>;

/** The political capital `response` costs the seat that gives it, under the model constants `k`. */
export function responseCost(k: ModelConstants, response: Response): number {
  const key = RESPONSE_COST[response];
  return key ? k[key] : 0;
}

/** Whether the protected seat's move counts against what Moscow did: only against an incursion or an offensive. */
export function protectedMoveCounts(action: MoscowAction | null | undefined): boolean {
  return action === "incursion" || action === "offensive";
}

/** The seated protected seat (Kyiv), which makes its own move each year, or null. */
export function protectedSeat(s: {
  seatOrder: readonly SeatId[];
  scenario: { seats: readonly { id: string; kind: string }[] };
}): SeatId | null {
  for (const id of s.seatOrder) if (s.scenario.seats.find((x) => x.id === id)?.kind === "protected") return id;
  return null;
}

/** The seats that answer Moscow in a stress-test year: the seated guarantors and European capitals. Works on a state or a view. */
export function responders(s: {
  seatOrder: readonly SeatId[];
  scenario: { seats: readonly { id: string; kind: string }[] };
}): SeatId[] {
  return s.seatOrder.filter((id) => {
    const kind = s.scenario.seats.find((x) => x.id === id)?.kind;
    return kind === "guarantor" || kind === "european";
  });
}

/** Whether every seat that acts in this year's response step has acted (the step then ends). */
export function responseStepDone(s: GameState, year: YearRecord): boolean {
  const kyiv = protectedSeat(s);
  return responders(s).every((x) => year.responses[x]) && (kyiv === null || year.protectedMove !== undefined);
}

/** One stat of every seat, by seat. */
export function statOf(s: GameState, stat: "capital" | "resolve" | "capacity"): Record<SeatId, number> {
  const out: Record<SeatId, number> = {};
  for (const [id, seat] of Object.entries(s.seats)) out[id] = seat[stat];
  return out;
}

/** Promises broken and honoured by all the seats so far. */
export function promiseCounts(s: GameState): { broken: number; honoured: number } {
  let broken = 0;
  let honoured = 0;
  for (const seat of Object.values(s.seats)) {
    broken += seat.brokenPromises;
    honoured += seat.honouredPromises;
  }
  return { broken, honoured };
}

/** The deal read-out as it stands now in the stress test (the framework, signatories, seat stats). */
export function currentReadout(s: GameState) {
  const fw = s.framework;
  if (!fw?.stands) return null;
  const { broken, honoured } = promiseCounts(s);
  return evaluateDeal(s.scenario, fw.package, {
    seated: s.seatOrder,
    signatories: fw.bound,
    capital: statOf(s, "capital"),
    resolve: statOf(s, "resolve"),
    capacity: statOf(s, "capacity"),
    brokenPromises: broken,
    honouredPromises: honoured,
    unity: s.table.unity,
    grievance: s.table.grievance,
  });
}

/** Moscow's odds for this year, from the framework (if any) and the table as it stands. */
export function currentOdds(s: GameState) {
  const readout = currentReadout(s);
  if (readout) return readout.odds;
  const k = compileScenario(s.scenario).constants;
  return moscowOdds(k, {
    deal: false,
    deterrence: 0,
    escalation: 0,
    unity: s.table.unity,
    grievance: s.table.grievance,
  });
}

/** Credibility of the guarantors now (1 = untested; broken promises lower it). */
export function currentCredibility(s: GameState): number {
  const { broken, honoured } = promiseCounts(s);
  return credibility(compileScenario(s.scenario).constants, broken, honoured);
}

/** The response a bound seat owes this year under its pledge, given what Moscow did. */
export function requiredResponse(pledge: Response, action: MoscowAction): Response {
  const rank = RESPONSES.indexOf(pledge);
  if (action === "comply") return "nothing";
  if (action === "hybrid") return RESPONSES[Math.min(rank, 1)] ?? "nothing";
  return pledge;
}

/**
 * What each seat that answers Moscow owes this year: what the pledge requires of a bound signatory
 * given Moscow's action, and "nothing" for a seat the framework does not bind. Null until Moscow has
 * acted this year. `pledge` defaults to the standing framework's.
 */
export function owedResponses(s: GameState, pledge?: Response): Record<SeatId, Response> | null {
  const action = s.years[s.years.length - 1]?.moscowAction;
  if (!action) return null;
  const bound = boundSeats(s);
  const required =
    bound.length > 0 ? requiredResponse(pledge ?? currentReadout(s)?.pledge ?? "nothing", action) : "nothing";
  const owed: Record<SeatId, Response> = {};
  for (const id of responders(s)) owed[id] = bound.includes(id) ? required : "nothing";
  return owed;
}
