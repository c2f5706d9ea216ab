// The stress-test years: the event card, Moscow's action, the responses and the protected seat's
// move, and each year's adjudication.
import type { ActionOf } from "./actions.ts";
import { compileScenario, oddsArray } from "./deal-model.ts";
import { pickWeighted } from "./rng.ts";
import {
  actingSeat,
  type Ctx,
  clearReady,
  currentYear,
  entered,
  fail,
  own,
  ownSeat,
  ownYear,
  setDeadline,
  standIn,
} from "./rules-context.ts";
import { enterDebrief } from "./rules-debrief.ts";
import {
  type EventEffect,
  MOSCOW_ACTIONS,
  type MoscowAction,
  RESPONSES,
  type Response,
  type SeatId,
} from "./scenario.ts";
import type { GameState, PlayedEvent } from "./state.ts";
import {
  boundSeats,
  currentOdds,
  currentReadout,
  owedResponses,
  protectedMoveCounts,
  protectedSeat,
  responders,
  responseCost,
  responseStepDone,
} from "./stress-readout.ts";
import { isSplit, westAnswer } from "./west-answer.ts";

/** The talks are over: the stress test begins with year 1. */
export function enterStress(c: Ctx): void {
  const { s } = c;
  s.phase = "stress";
  s.roundRemainingMs = null;
  enterYear(c, 1);
}

/** The year's event card, drawn by weight from the deck (which refills when empty). */
function drawEvent(c: Ctx): PlayedEvent | null {
  const { s } = c;
  if (s.deck.length === 0) s.deck = s.scenario.events.map((e) => e.id);
  const cards = s.deck.map((id) => s.scenario.events.find((e) => e.id === id));
  const i = pickWeighted(
    own(c, "rng"),
    cards.map((e) => e?.weight ?? 0),
  );
  const card = cards[i];
  if (!card) return null;
  s.deck = s.deck.filter((_, j) => j !== i);
  return { id: card.id, title: card.title, text: card.text, effects: card.effects, injected: false };
}

/** Stress-test year `year` begins with its event card. */
function enterYear(c: Ctx, year: number): void {
  const { s } = c;
  s.year = year;
  s.step = "event";
  clearReady(c);
  const event = drawEvent(c);
  own(c, "years").push({
    year,
    event,
    odds: null,
    moscowAction: null,
    moscowDrawn: false,
    responses: {},
    snapBack: false,
    brokenPromises: [],
    adjudication: null,
  });
  setDeadline(c, s.timings.eventSeconds);
  entered(c);
  if (event) c.events.push({ type: "stress/event", year, event });
  if (s.timings.eventSeconds === 0) advanceStep(c);
}

const clampStat = (x: number) => Math.max(0, Math.min(100, x));
const TABLE_STATS = new Set(["unity", "grievance", "ukraineSecurity"]);

function effectTargets(s: GameState, target: string): SeatId[] {
  if (target === "all" || target === "table") return [...s.seatOrder];
  if (target === "signatories") return [...boundSeats(s)];
  if (target === "europeans")
    return s.seatOrder.filter((id) => s.scenario.seats.find((x) => x.id === id)?.kind === "european");
  return s.seats[target] ? [target] : [];
}

/** An event's effects on the table's stats and on the seats they name. */
export function applyEffects(c: Ctx, effects: readonly EventEffect[]): void {
  const { s } = c;
  for (const e of effects) {
    if (TABLE_STATS.has(e.stat)) {
      const key = e.stat as "unity" | "grievance" | "ukraineSecurity";
      const table = own(c, "table");
      table[key] = clampStat(table[key] + e.delta);
      continue;
    }
    const stat = e.stat as "capital" | "resolve" | "capacity";
    for (const id of effectTargets(s, e.target)) {
      const seat = ownSeat(c, id);
      if (seat) seat[stat] = clampStat(seat[stat] + e.delta);
    }
  }
}

function moscowIsBot(s: GameState): boolean {
  const red = Object.values(s.seats).find((x) => x.redCell);
  return !red || red.controller === "bot";
}

/** The year's next step: event, Moscow, response, adjudicated, then the next year or the debrief. */
export function advanceStep(c: Ctx): void {
  const { s } = c;
  switch (s.step) {
    case "event": {
      const year = ownYear(c);
      if (year.event) applyEffects(c, year.event.effects);
      s.step = "moscow";
      year.odds = currentOdds(s);
      if (moscowIsBot(s)) {
        s.deadline = null;
        entered(c);
        moscowDraws(c);
      } else {
        setDeadline(c, s.timings.moscowSeconds);
        entered(c);
      }
      return;
    }
    case "moscow":
      // The clock ran out on a human Moscow: the model draws for it.
      moscowDraws(c);
      return;
    case "response":
      adjudicate(c);
      return;
    case "adjudicated":
      if (s.year < s.timings.years) enterYear(c, s.year + 1);
      else enterDebrief(c, false);
      return;
    default:
      fail("stress/wrong_step", "The stress test is between steps.");
  }
}

/** Moscow's action drawn from this year's odds (a bot Moscow, or a human one out of time). */
export function moscowDraws(c: Ctx): void {
  const { s } = c;
  const year = currentYear(s);
  const odds = year.odds ?? currentOdds(s);
  const action = MOSCOW_ACTIONS[pickWeighted(own(c, "rng"), oddsArray(odds))] ?? "comply";
  moscowActs(c, action, true);
}

/** Moscow acts: compliance is adjudicated at once, anything else waits for the responses. */
export function moscowActs(c: Ctx, action: MoscowAction, drawn: boolean): void {
  const { s } = c;
  const year = ownYear(c);
  year.odds = year.odds ?? currentOdds(s);
  year.moscowAction = action;
  year.moscowDrawn = drawn;
  c.events.push({ type: "stress/moscow", year: s.year, action, drawn, odds: { ...year.odds } });
  if (action === "comply") {
    adjudicate(c);
    return;
  }
  s.step = "response";
  setDeadline(c, s.timings.responseSeconds);
  entered(c);
}

/** The year's result: the responses' cost, promises kept or broken, damage, escalation and unity. */
function adjudicate(c: Ctx): void {
  const { s } = c;
  const k = compileScenario(s.scenario).constants;
  const year = ownYear(c);
  const action = year.moscowAction ?? "comply";
  const readout = currentReadout(s);
  const pledge = readout?.pledge ?? "nothing";
  const owed = owedResponses(s, pledge);
  const list = responders(s);
  // Whoever did not answer in time did nothing.
  if (action !== "comply") for (const id of list) year.responses[id] ??= "nothing";

  let strength = 0;
  let direct = 0;
  let honoured = 0;
  const answered: Response[] = [];
  for (const id of list) {
    const response = year.responses[id] ?? "nothing";
    const rank = RESPONSES.indexOf(response);
    const seat = ownSeat(c, id);
    if (!seat) continue;
    answered.push(response);
    strength += (rank / 3) * (seat.capacity / 100);
    if (response === "direct") direct++;
    if (response !== "nothing") seat.capital = clampStat(seat.capital - responseCost(k, response));
    const required = owed?.[id] ?? "nothing";
    if (required !== "nothing") {
      if (rank < RESPONSES.indexOf(required)) {
        seat.brokenPromises++;
        year.brokenPromises.push(id);
        c.events.push({ type: "stress/broken-promise", year: s.year, seat: id, pledged: required, response });
      } else {
        seat.honouredPromises++;
        honoured++;
      }
    }
  }
  const attack = action === "incursion" || action === "offensive";
  // The protected seat's own move (the clock leaves it at "hold"): it counts only when Moscow attacked.
  const kyiv = protectedSeat(s);
  const move = protectedMoveCounts(action) ? (year.protectedMove ?? "hold") : "hold";
  if (move === "mobilise") strength += k.mobiliseStrength;
  if (kyiv !== null && move !== "hold" && move !== "appeal") {
    const seat = ownSeat(c, kyiv);
    if (seat) seat.capital = clampStat(seat.capital - (move === "mobilise" ? k.costMobilise : k.costCeasefire));
  }
  if (readout?.automaticSanctions && attack) {
    year.snapBack = true;
    strength += k.snapBackStrength;
    c.events.push({ type: "stress/snap-back", year: s.year });
  }
  const mitigation = Math.min(k.maxMitigation, strength * k.mitigationPerStrength);
  const damage =
    action === "offensive"
      ? k.damageOffensive
      : action === "incursion"
        ? k.damageIncursion
        : action === "hybrid"
          ? k.damageHybrid
          : 0;
  const t = own(c, "table");
  const relief = move === "ceasefire" ? 1 - k.ceasefireRelief : 1;
  if (action === "comply") t.ukraineSecurity = clampStat(t.ukraineSecurity + k.recoveryComply);
  else t.ukraineSecurity = clampStat(t.ukraineSecurity - damage * (1 - mitigation) * relief);
  if (action !== "comply") t.escalation = Math.max(t.escalation, 1);
  if (direct > 0 && action === "incursion") t.escalation += k.escalationDirectIncursion;
  if (direct > 0 && action === "offensive") t.escalation += k.escalationDirectOffensive;
  if (attack && readout && readout.escalation >= k.escalationProximityRisk) t.escalation += 1;
  t.grievance = clampStat(
    t.grievance +
      k.grievancePerDirect * direct +
      (move === "mobilise" ? k.mobiliseGrievance : 0) -
      (move === "ceasefire" ? k.ceasefireGrievance : 0),
  );
  const answer = westAnswer(action, answered);
  const appealEffect = move === "appeal" ? (answer.anyMilitary ? k.appealUnity : -k.appealUnanswered) : 0;
  t.unity = clampStat(
    t.unity -
      k.unityPerBrokenPromise * year.brokenPromises.length -
      (isSplit(answer) ? k.unitySplitPenalty : 0) +
      k.unityHonouredBonus * honoured +
      appealEffect -
      (move === "ceasefire" ? k.ceasefireUnity : 0),
  );
  const capitalAfter: Record<SeatId, number> = {};
  for (const id of s.seatOrder) capitalAfter[id] = s.seats[id]?.capital ?? 0;
  year.adjudication = {
    damage: action === "comply" ? -k.recoveryComply : damage * (1 - mitigation) * relief,
    mitigation,
    securityAfter: t.ukraineSecurity,
    escalationAfter: t.escalation,
    unityAfter: t.unity,
    capitalAfter,
  };
  c.events.push({
    type: "stress/adjudicated",
    year: s.year,
    security: t.ukraineSecurity,
    escalation: t.escalation,
    unity: t.unity,
    damage: year.adjudication.damage,
    mitigation,
  });
  s.step = "adjudicated";
  clearReady(c);
  setDeadline(c, s.timings.adjudicationSeconds);
  entered(c);
  if (s.timings.adjudicationSeconds === 0) advanceStep(c);
}

/** A guarantor or European capital responds to Moscow; the year is adjudicated once every seat has acted. */
export function respond(c: Ctx, a: ActionOf<"stress/respond">): void {
  const { s } = c;
  const seat = actingSeat(a.actor);
  const year = ownYear(c);
  year.responses[seat] = a.response;
  c.events.push({ type: "stress/response", year: s.year, seat, response: a.response, ...standIn(a.actor) });
  if (responseStepDone(s, year)) adjudicate(c);
}

/** The protected seat makes its own move; the year is adjudicated once every seat has acted. */
export function makeProtectedMove(c: Ctx, a: ActionOf<"stress/protected-move">): void {
  const { s } = c;
  const seat = actingSeat(a.actor);
  const year = ownYear(c);
  year.protectedMove = a.move;
  c.events.push({ type: "stress/protected-move", year: s.year, seat, move: a.move, ...standIn(a.actor) });
  if (responseStepDone(s, year)) adjudicate(c);
}
