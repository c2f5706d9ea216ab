// What every rule file shares: the state an action builds (copied part by part, only where the
// action writes), refusals as values and as throws, and the bookkeeping of entering a phase.
import type { Actor } from "./actions.ts";
import type { GameEvent } from "./events.ts";
import type { RuleCode } from "./protocol.ts";
import type { SeatId } from "./scenario.ts";
import type { GameState, SeatState, SigningVote, YearRecord } from "./state.ts";

/** A rule violation: a namespaced code and a sentence a player understands. */
export interface RuleError {
  code: RuleCode;
  message: string;
}

/** A refusal on its way out of a handler: thrown, and turned back into a value by `applyParsed`. */
export class Rule {
  readonly code: RuleCode;
  readonly message: string;
  constructor(code: RuleCode, message: string) {
    this.code = code;
    this.message = message;
  }
}

/** Stops the action with a refusal (for the rules a handler meets while it builds the state). */
export function fail(code: RuleCode, message: string): never {
  throw new Rule(code, message);
}

/** A refusal as a value. */
export function refusal(code: RuleCode, message: string): RuleError {
  return { code, message };
}

// A refusal whose words never change is made once and shared (read-only, like every refusal): the
// legal-action check asks the reducer's checks about most action types, for every viewer, after every
// change, and most of its candidates are refused.
const fixedRefusals = new Map<string, RuleError>();

/** The refusal `code` with the fixed words `message`, made once. */
export function fixed(code: RuleCode, message: string): RuleError {
  let r = fixedRefusals.get(message);
  if (r === undefined || r.code !== code) {
    r = Object.freeze(refusal(code, message));
    fixedRefusals.set(message, r);
  }
  return r;
}

// The legal-action check meets the same few refusals for every viewer after every change (the pen
// held by another seat, the draft still blank, a phase that is not this one): those are made once
// per scenario and what they name, not written out again each time. A refusal is read-only.
export type Wording = (s: GameState, about: string, owner: object) => RuleError;
const madeRefusals = new WeakMap<object, Map<Wording, Map<string, RuleError>>>();

/** `wording`'s refusal about `about` (a seat, a phase), made once per `owner` (a scenario, a draft, an amendment). */
export function madeOnce(owner: object, wording: Wording, s: GameState, about: string): RuleError {
  let byWording = madeRefusals.get(owner);
  if (!byWording) {
    byWording = new Map();
    madeRefusals.set(owner, byWording);
  }
  let made = byWording.get(wording);
  if (!made) {
    made = new Map();
    byWording.set(wording, made);
  }
  let r = made.get(about);
  if (!r) {
    r = Object.freeze(wording(s, about, owner));
    made.set(about, r);
  }
  return r;
}

/** Throws a refusal (the handlers' way to stop). */
export function must(r: RuleError | null): void {
  if (r) throw new Rule(r.code, r.message);
}

/** A seat's English name for a refusal's sentence (the facilitator for null). */
export function name(s: GameState, seat: SeatId | null): string {
  if (seat === null) return "the facilitator";
  for (const x of s.scenario.seats) if (x.id === seat) return x.name.en;
  return seat;
}

/**
 * The state's parts a handler may write into: each is copied the first time an action writes
 * into it (`own`), so an action copies what it changes and nothing else. The parts it leaves
 * alone keep their identity: the next state's hash, views and projection reuse what they made
 * of them, and trying an action (the legal-action check tries many) costs almost nothing.
 */
type OwnedPart = "seats" | "draft" | "table" | "amendments" | "votes" | "years" | "deck" | "rng";

export interface Ctx {
  /** The state being built: a shallow copy whose parts are still shared until owned. */
  s: GameState;
  t: number;
  events: GameEvent[];
  /** Parts and members copied for this action (safe to write into). */
  owned: Set<object>;
}

/** Part `key` of the state being built, copied the first time this action writes into it. */
export function own<K extends OwnedPart>(c: Ctx, key: K): GameState[K] {
  const part = c.s[key];
  if (c.owned.has(part)) return part;
  const copy = (Array.isArray(part) ? [...part] : { ...part }) as GameState[K];
  c.s[key] = copy;
  c.owned.add(copy);
  return copy;
}

/** An optional list of the state being built (absent until first used), copied the first time this action writes into it. */
export function ownList<K extends "penRequests" | "polls" | "offers" | "news">(
  c: Ctx,
  key: K,
): NonNullable<GameState[K]> {
  const part = c.s[key];
  if (part && c.owned.has(part)) return part as NonNullable<GameState[K]>;
  const copy = (part ? [...part] : []) as NonNullable<GameState[K]>;
  c.s[key] = copy;
  c.owned.add(copy);
  return copy;
}

/** Seat `id` of the state being built, copied the first time this action writes into it. */
export function ownSeat(c: Ctx, id: SeatId): SeatState | undefined {
  const seat = c.s.seats[id];
  if (!seat || c.owned.has(seat)) return seat;
  const copy = { ...seat };
  own(c, "seats")[id] = copy;
  c.owned.add(copy);
  return copy;
}

/** The last signing vote of the state being built, copied the first time this action writes into it. */
export function ownVote(c: Ctx): SigningVote | undefined {
  const k = c.s.votes.length - 1;
  const vote = c.s.votes[k];
  if (!vote || c.owned.has(vote)) return vote;
  const copy = { ...vote, ballots: { ...vote.ballots } };
  own(c, "votes")[k] = copy;
  c.owned.add(copy);
  return copy;
}

/** The current stress-test year of the state being built, copied the first time this action writes into it. */
export function ownYear(c: Ctx): YearRecord {
  const k = c.s.years.length - 1;
  const year = currentYear(c.s);
  if (c.owned.has(year)) return year;
  const copy = { ...year, responses: { ...year.responses }, brokenPromises: [...year.brokenPromises] };
  own(c, "years")[k] = copy;
  c.owned.add(copy);
  return copy;
}

/** The pause of the state being built (a paused table), copied the first time this action writes into it. */
export function ownPause(c: Ctx): NonNullable<GameState["paused"]> | null {
  const paused = c.s.paused;
  if (!paused || c.owned.has(paused)) return paused;
  const copy = { ...paused };
  c.s.paused = copy;
  c.owned.add(copy);
  return copy;
}

/** The current stress-test year (there is none before the stress test: a bug). */
export function currentYear(s: GameState): YearRecord {
  const y = s.years[s.years.length - 1];
  if (!y) throw new Error("no current year");
  return y;
}

/** The seat behind an action that `standingRefusal` has let through as a seat's. */
export function actingSeat(actor: Actor): SeatId {
  if (actor.kind !== "seat") throw new Error(`a seat's action came from ${actor.kind}`);
  return actor.seat;
}

/** The flag an event carries when the seat-keeper took the step for the seat's absent people. */
export function standIn(actor: Actor): { standIn?: true } {
  return actor.kind === "seat" && actor.standIn ? { standIn: true } : {};
}

/** The phase's clock: `seconds` from the action's time, or no clock (null). */
export function setDeadline(c: Ctx, seconds: number | null): void {
  c.s.deadline = seconds === null ? null : c.t + seconds * 1000;
}

/** No seat is ready any more (a phase or a step begins). */
export function clearReady(c: Ctx): void {
  for (const id in c.s.seats) {
    const seat = c.s.seats[id];
    if (seat?.ready) {
      const own = ownSeat(c, id);
      if (own) own.ready = false;
    }
  }
}

/** Tells the table the phase, round, year and step it is in now, and the deadline. */
export function entered(c: Ctx): void {
  const { s } = c;
  c.events.push({
    type: "phase/entered",
    phase: s.phase,
    round: s.round,
    year: s.year,
    step: s.step,
    deadline: s.deadline,
  });
}
