// Opponent modelling from public behaviour only (a frequency model in the ANAC tradition): every
// amendment a seat posts, supports or opposes, every amendment a pen-holder declines, every ballot
// it casts, every straw-poll answer and offer, and what it declares on the positions board move an
// estimate of what that seat values and how much it still insists on. The model is plain data so
// it travels in a bot's memory.
import type { PlayerView, PublicScenario, SeatId } from "@ironclad/engine";
import type { OwnTable } from "./own-table.ts";

/** What one seat is believed to value. */
export interface OpponentEstimate {
  /** Evidence per issue and option: positive = wanted, negative = resisted. */
  pref: number[][];
  /** Evidence per issue that the seat cares about it at all. */
  care: number[];
  /** How demanding the seat seems (shifted by its ballots). */
  bias: number;
  signed: number;
  declined: number;
  /** Bumped on every change, so derived tables know when to be rebuilt. */
  rev: number;
  /** From the positions board, per issue and option: 1 = declared "cannot" (a red line), else 0. */
  cannot?: number[][];
  /** From the positions board, per issue and option: 1 = declared "needs", -1 "can-live", else 0. */
  needs?: number[][];
  /**
   * From the seat's public record (the scenario's `publicLeanings`), per issue and option: evidence
   * before any behaviour, so a seat that says nothing is still read as the record says it leans.
   */
  prior?: number[][];
  /** The seat's last straw-poll answer: the draft asked about (option indices), and what it said. */
  poll?: { id: number; idx: number[]; sign: boolean; blockers: number[] };
}

/** The model of every other seat plus what has been observed already (so updates are idempotent). */
export interface OpponentModel {
  seats: Record<SeatId, OpponentEstimate>;
  /** Amendment id → supporters already counted. */
  seenSupport: Record<number, number>;
  /** Amendment id → status already counted. */
  seenStatus: Record<number, string>;
  /** Votes whose ballots have been counted. */
  seenVotes: number;
  /** Amendments before this index are closed and fully counted (the list only grows): not read again. */
  settled?: number;
  /** Amendment id → opponents already counted. */
  seenOppose?: Record<number, number>;
  /** Straw-poll id → answers already counted. */
  seenPolls?: Record<number, number>;
  /** Offer id → status already counted ("open" once its making is counted). */
  seenOffers?: Record<number, string>;
}

const POST = 1;
const SUPPORT = 0.7;
const DECLINED = -0.6;
const SIGNED = 0.25;
const REFUSED = -0.4;
const OPPOSED = -0.8;
/** A straw-poll blocker: the polled draft's option on that issue stops the seat. */
const BLOCKER = -0.9;
/** A straw poll's issue that stops nothing: the polled option is bearable. */
const BEARABLE = 0.2;
/** Evidence a declared "needs" adds to the option (and weight to its issue); "can-live" a little. */
const NEEDS = 2.5;
const NEEDS_CARE = 2;
const CAN_LIVE = 0.6;
/** Evidence a public leaning gives the option it favours most on an issue over the one it favours least. */
const LEANING = 3.5;

// Every field is there from the start, the optional ones unset: estimates and models then keep one
// shape (hidden class) all game, and the code that reads them is compiled once instead of again
// for each shape they pass through (a simulator worker spent more time compiling than playing).
function blank(t: OwnTable): OpponentEstimate {
  return {
    pref: t.optionIds.map((opts) => opts.map(() => 0)),
    care: t.issueIds.map(() => 0),
    bias: 0,
    signed: 0,
    declined: 0,
    rev: 0,
    cannot: undefined,
    needs: undefined,
    prior: undefined,
    poll: undefined,
  };
}

/** An empty model of the other negotiating seats (of none without a table of one's own). */
export function newOpponentModel(t: OwnTable | null, self: SeatId, seats: readonly SeatId[]): OpponentModel {
  const model: OpponentModel = {
    seats: {},
    seenSupport: {},
    seenStatus: {},
    seenVotes: 0,
    settled: 0,
    seenOppose: {},
    seenPolls: {},
    seenOffers: {},
  };
  if (t) for (const s of seats) if (s !== self) model.seats[s] = blank(t);
  return model;
}

function bump(e: OpponentEstimate | undefined, i: number, o: number, by: number, care: number, ballot = false): void {
  if (!e || i < 0 || o < 0) return;
  // A seat that has said or done something is read by that, not by its record: the prior goes
  // (every liking moves, so the table is rebuilt). A ballot alone keeps it: an idle seat votes too.
  const spoke = !ballot && (e.prior?.length ?? 0) > 0;
  if (spoke) e.prior = [];
  // A likings table that was up to date follows the one option and issue weight that move.
  const tb = likings.get(e);
  const follow = !spoke && tb !== undefined && tb.rev === e.rev;
  e.rev++;
  const row = e.pref[i];
  if (row) row[o] = (row[o] ?? 0) + by;
  e.care[i] = (e.care[i] ?? 0) + care;
  if (follow) {
    tb.weight[i] = weightOf(e, i);
    tb.half[(tb.start[i] ?? 0) + o] = halfLiking(evidence(e, i, o));
    tb.rev = e.rev;
  }
}

/** An option's evidence: what the seat did, plus what it declared on the board and its public leanings. */
function evidence(e: OpponentEstimate, i: number, o: number): number {
  const n = e.needs?.[i]?.[o] ?? 0;
  return (e.pref[i]?.[o] ?? 0) + (n > 0 ? NEEDS : n < 0 ? CAN_LIVE : 0) + (e.prior?.[i]?.[o] ?? 0);
}

/**
 * A seat's public leanings as evidence per option: on each issue, the attribute's value centred on
 * the issue's mean and scaled by its range (an issue whose options do not differ in it gets none),
 * for or against. Null when the seat has none.
 */
export function leaningPrior(scenario: Pick<PublicScenario, "issues" | "seats">, seat: SeatId): number[][] | null {
  const leanings = scenario.seats.find((s) => s.id === seat)?.publicLeanings ?? [];
  if (leanings.length === 0) return null;
  return scenario.issues.map((issue) => {
    const row = issue.options.map(() => 0);
    for (const l of leanings) {
      const values = issue.options.map((o) => o.attributes[l.attribute]);
      const lo = Math.min(...values);
      const range = Math.max(...values) - lo;
      if (range === 0) continue;
      const mean = values.reduce((a, b) => a + b, 0) / values.length;
      const sign = l.direction === "for" ? 1 : -1;
      values.forEach((v, o) => {
        row[o] = (row[o] ?? 0) + (sign * LEANING * (v - mean)) / range / leanings.length;
      });
    }
    return row;
  });
}

/** An issue's weight: 1 + the evidence that the seat cares, more where it declared a need. */
function weightOf(e: OpponentEstimate, i: number): number {
  const declared = e.needs?.[i]?.some((n) => n > 0) ? NEEDS_CARE : 0;
  return 1 + (e.care[i] ?? 0) + declared;
}

function sameIdx(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Whether option o of issue i is one the seat declared it cannot accept. */
export function declaredCannot(e: OpponentEstimate | undefined, i: number, o: number): boolean {
  return (e?.cannot?.[i]?.[o] ?? 0) > 0;
}

/** How many of a package's options the seat declared it cannot accept. */
function cannotCount(e: OpponentEstimate, idx: readonly number[]): number {
  if (!e.cannot) return 0;
  let n = 0;
  for (let i = 0; i < idx.length; i++) if ((e.cannot[i]?.[idx[i] ?? -1] ?? 0) > 0) n++;
  return n;
}

/** Evidence that moves no liking (a ballot's shift of the bias): an up-to-date likings table stays so. */
function touch(e: OpponentEstimate): void {
  const tb = likings.get(e);
  if (tb !== undefined && tb.rev === e.rev) tb.rev++;
  e.rev++;
}

/** Folds what the view shows and the model has not yet seen into the model (mutates `model`). */
export function observe(model: OpponentModel, t: OwnTable, view: PlayerView): void {
  const self = view.viewer.kind === "seat" ? view.viewer.seat : null;
  for (const s of view.seatOrder) if (s !== self && !model.seats[s]) model.seats[s] = blank(t);
  for (const s in model.seats) {
    const e = model.seats[s];
    if (e && e.prior === undefined) {
      // Read once per seat (none: an empty table); it moves likings, so the likings table is rebuilt.
      e.prior = leaningPrior(view.scenario, s) ?? [];
      e.rev++;
    }
  }
  let settled = model.settled ?? 0;
  const from = settled;
  for (let k = settled; k < view.amendments.length; k++) {
    const m = view.amendments[k];
    if (!m) continue;
    const seen = model.seenSupport[m.id];
    // An open amendment already counted as it stands (most of them, most of the time): nothing new.
    if (seen === m.supporters.length && (m.status === "open" || model.seenStatus[m.id] !== undefined)) {
      if (k === settled && m.status !== "open") settled++;
      continue;
    }
    const i = t.issueIds.indexOf(m.issue);
    const o = m.option === null ? -1 : (t.optionIds[i]?.indexOf(m.option) ?? -1);
    if (seen === undefined) {
      model.seenSupport[m.id] = 0;
      bump(model.seats[m.by], i, o, POST, 1);
    }
    const counted = model.seenSupport[m.id] ?? 0;
    for (let k = counted; k < m.supporters.length; k++) bump(model.seats[m.supporters[k] ?? ""], i, o, SUPPORT, 0.5);
    model.seenSupport[m.id] = m.supporters.length;
    if (m.status !== "open" && model.seenStatus[m.id] === undefined) {
      model.seenStatus[m.id] = m.status;
      // The pen-holder now is our best guess at who declined it.
      if (m.status === "declined" && view.penHolder) bump(model.seats[view.penHolder], i, o, DECLINED, 0.5);
    }
    if (k === settled && m.status !== "open") settled++;
  }
  model.settled = settled;
  // The closed votes, in order; those before `seenVotes` are counted already.
  let closed = 0;
  for (const vote of view.votes) {
    if (vote.result === null) continue;
    if (closed++ < model.seenVotes) continue;
    for (const [seat, ballot] of Object.entries(vote.ballots)) {
      const e = model.seats[seat];
      if (!e) continue;
      touch(e);
      if (ballot === "sign") {
        e.signed++;
        e.bias -= 0.05;
      } else {
        e.declined++;
        e.bias += 0.04;
      }
      t.issueIds.forEach((issue, i) => {
        const o = t.optionIds[i]?.indexOf(vote.package[issue] ?? "") ?? -1;
        if (o < 0) return;
        if (ballot === "sign") bump(e, i, o, SIGNED, 0, true);
        else {
          // A refusal tells most about issues where the seat is known to want something else.
          // (What it is known to want includes its public record, so a silent seat's refusals teach too.)
          const row = e.pref[i] ?? [];
          const wanted = row.reduce((bi, _, j) => (evidence(e, i, j) > evidence(e, i, bi) ? j : bi), o);
          if (wanted !== o) bump(e, i, o, REFUSED, 0.2, true);
        }
      });
    }
  }
  model.seenVotes = closed;
  observeOppositions(model, t, view, from);
  observeBoard(model, t, view);
  observePolls(model, t, view);
  observeOffers(model, t, view);
}

function optionIndex(t: OwnTable, issue: string, option: string | null | undefined): { i: number; o: number } {
  const i = t.issueIds.indexOf(issue);
  const o = option == null ? -1 : (t.optionIds[i]?.indexOf(option) ?? -1);
  return { i, o };
}

/** An opposition says the seat resists the amendment's option. */
function observeOppositions(model: OpponentModel, t: OwnTable, view: PlayerView, from: number): void {
  model.seenOppose ??= {};
  const seen = model.seenOppose;
  for (let k = from; k < view.amendments.length; k++) {
    const m = view.amendments[k];
    const against = m?.opponents;
    if (!m || !against || (seen[m.id] ?? 0) >= against.length) continue;
    const { i, o } = optionIndex(t, m.issue, m.option);
    for (let q = seen[m.id] ?? 0; q < against.length; q++) bump(model.seats[against[q] ?? ""], i, o, OPPOSED, 0.5);
    seen[m.id] = against.length;
  }
}

// The board, and each seat's row of it, last read per model (caches only: reading them again gives
// the same estimates). A stance set writes a new row for its seat and keeps every other row.
const boardRead = new WeakMap<OpponentModel, object>();
const rowRead = new WeakMap<OpponentEstimate, object | undefined>();

function sameGrid(a: readonly (readonly number[])[], b: readonly (readonly number[])[] | undefined): boolean {
  if (!b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i] ?? [];
    const y = b[i] ?? [];
    if (x.length !== y.length) return false;
    for (let o = 0; o < x.length; o++) if (x[o] !== y[o]) return false;
  }
  return true;
}

/** The positions board: each seat's declared stances replace what it declared before. */
function observeBoard(model: OpponentModel, t: OwnTable, view: PlayerView): void {
  if (boardRead.get(model) === view.positions) return;
  boardRead.set(model, view.positions);
  for (const [seat, e] of Object.entries(model.seats)) {
    const row = view.positions[seat];
    if (rowRead.has(e) && rowRead.get(e) === row) continue;
    rowRead.set(e, row);
    if (!row && !e.cannot) continue;
    const cannot = t.optionIds.map((opts) => opts.map(() => 0));
    const needs = t.optionIds.map((opts) => opts.map(() => 0));
    for (const [issue, stances] of Object.entries(row ?? {}))
      for (const [option, stance] of Object.entries(stances)) {
        const { i, o } = optionIndex(t, issue, option);
        if (i < 0 || o < 0) continue;
        if (stance === "cannot") (cannot[i] as number[])[o] = 1;
        else (needs[i] as number[])[o] = stance === "needs" ? 1 : -1;
      }
    if (sameGrid(cannot, e.cannot) && sameGrid(needs, e.needs)) continue;
    e.cannot = cannot;
    e.needs = needs;
    // A declared stance says more than the record: the prior goes (every liking moves).
    if (row && (e.prior?.length ?? 0) > 0) {
      e.prior = [];
      e.rev++;
    } else touch(e);
  }
}

/**
 * Straw-poll answers: a seat that would sign the polled draft likes it (its ballots' bias moves as
 * for a signature); one that would not resists the polled option of each issue it names and bears
 * the rest. The freshest answer is kept whole for the pen-holder.
 */
function observePolls(model: OpponentModel, t: OwnTable, view: PlayerView): void {
  model.seenPolls ??= {};
  const seen = model.seenPolls;
  for (const poll of view.polls) {
    let count = 0;
    for (const _ in poll.answers) count++;
    if ((seen[poll.id] ?? 0) >= count) continue;
    const answers = Object.entries(poll.answers);
    seen[poll.id] = answers.length;
    const idx = t.issueIds.map((issue, i) => t.optionIds[i]?.indexOf(poll.draft[issue] ?? "") ?? -1);
    for (const [seat, answer] of answers) {
      const e = model.seats[seat];
      if (!e || (e.poll && e.poll.id >= poll.id)) continue;
      const blockers = answer.blockers.map((b) => t.issueIds.indexOf(b)).filter((i) => i >= 0);
      e.poll = { id: poll.id, idx, sign: answer.sign, blockers };
      touch(e);
      if (answer.sign) e.bias -= 0.03;
      idx.forEach((o, i) => {
        if (o < 0) return;
        if (blockers.includes(i)) bump(e, i, o, BLOCKER, 0.6);
        else bump(e, i, o, answer.sign ? SIGNED : BEARABLE, 0);
      });
    }
  }
}

/**
 * Offers: the maker wants what it asks for (as if it had posted it); a seat that accepts wants what
 * it is given, one that declines an offer made to it does not.
 */
function observeOffers(model: OpponentModel, t: OwnTable, view: PlayerView): void {
  model.seenOffers ??= {};
  const seen = model.seenOffers;
  const at = (id: number) => {
    const m = view.amendments.find((x) => x.id === id);
    return m ? optionIndex(t, m.issue, m.option) : { i: -1, o: -1 };
  };
  for (const offer of view.offers) {
    const was = seen[offer.id];
    if (was === offer.status) continue;
    if (was === undefined)
      for (const term of offer.asks) {
        const { i, o } = at(term.amendment);
        bump(model.seats[offer.by], i, o, SUPPORT, 0.5);
      }
    if (offer.status === "accepted" && offer.acceptedBy)
      for (const term of offer.gives) {
        const { i, o } = at(term.amendment);
        bump(model.seats[offer.acceptedBy], i, o, SUPPORT, 0.5);
      }
    if (offer.status === "declined" && offer.to)
      for (const term of offer.gives) {
        const { i, o } = at(term.amendment);
        bump(model.seats[offer.to], i, o, REFUSED, 0.2);
      }
    seen[offer.id] = offer.status;
  }
}

const sigmoid = (x: number) => 1 / (1 + Math.exp(-x));

/** The seat's believed liking of a package, 0..1 (0.5 where nothing is known). */
export function fit(e: OpponentEstimate, idx: readonly number[]): number {
  let num = 0;
  let den = 0;
  for (let i = 0; i < idx.length; i++) {
    const o = idx[i] ?? -1;
    if (o < 0) continue;
    const w = weightOf(e, i);
    num += w * halfLiking(evidence(e, i, o));
    den += w;
  }
  return den > 0 ? num / den : 0.5;
}

/** The chance that `seat` signs a package at negotiation time t ∈ [0, 1]. */
export function signChance(model: OpponentModel, seat: SeatId, idx: readonly number[], t: number): number {
  const e = model.seats[seat];
  if (!e) return 0.5;
  // A seat that declared an option it cannot accept is taken at its word.
  if (cannotCount(e, idx) > 0) return 0;
  return chanceFromFit(e, fit(e, idx), t);
}

function chanceFromFit(e: OpponentEstimate, f: number, t: number): number {
  // Everyone insists less as the deadline nears; a seat's ballots shift how much.
  const threshold = 0.62 - 0.3 * t + e.bias;
  return sigmoid(10 * (f - threshold));
}

/**
 * Each seat's believed chance of signing a complete draft and every package one change away from
 * it, against one state of the model (one decision): per seat the liking sums of the draft are
 * worked out once, so a package one change away costs two look-ups and a sigmoid.
 */
export interface DraftChances {
  /** chance[k]: the chance that seats[k] signs the draft. */
  readonly draft: readonly number[];
  /** Writes into out[k] the chance that seats[k] signs the draft with issue `i` set to option `o`. */
  with(i: number, o: number, out: number[]): void;
}

/** `DraftChances` of `seats` (`self` signs for sure; a seat the model does not know, at even odds). */
export function draftChances(
  model: OpponentModel,
  seats: readonly SeatId[],
  self: SeatId,
  draft: readonly number[],
  t: number,
): DraftChances {
  const n = seats.length;
  const estimates: (OpponentEstimate | null)[] = [];
  const tables: (Liking | null)[] = [];
  const num: number[] = [];
  const den: number[] = [];
  const chance: number[] = [];
  // Per seat, how many of the draft's options it declared it cannot accept (any: it will not sign).
  const reds: number[] = [];
  for (let k = 0; k < n; k++) {
    const seat = seats[k] ?? "";
    const e = seat === self ? undefined : model.seats[seat];
    estimates.push(e ?? null);
    tables.push(e ? likingOf(e) : null);
    const tb = tables[k];
    num[k] = 0;
    den[k] = 0;
    reds[k] = 0;
    if (!e || !tb) {
      chance[k] = seat === self ? 1 : 0.5;
      continue;
    }
    let sn = 0;
    let sd = 0;
    for (let i = 0; i < draft.length; i++) {
      const o = draft[i] ?? -1;
      if (o < 0) continue;
      const w = tb.weight[i] ?? 1;
      sn += w * (tb.half[(tb.start[i] ?? 0) + o] ?? 0);
      sd += w;
    }
    num[k] = sn;
    den[k] = sd;
    reds[k] = cannotCount(e, draft);
    chance[k] = chanceFromFit(e, sd > 0 ? sn / sd : 0.5, t);
  }
  // The last sum asked about per seat and its chance (first: the draft's own, red lines aside).
  // Options nothing is known of give the same sum (most of them): the chance is then the one
  // worked out already.
  const lastSum = [...num];
  const lastChance = [...chance];
  for (let k = 0; k < n; k++) {
    const e = estimates[k];
    if ((reds[k] ?? 0) > 0) chance[k] = 0;
    // The seat's own answer to a straw poll on this very draft says more than any estimate (a
    // refusal may soften as the clock runs; a yes stays).
    else if (e?.poll && sameIdx(e.poll.idx, draft))
      chance[k] = e.poll.sign ? Math.max(chance[k] ?? 0, 0.95) : Math.min(chance[k] ?? 0, 0.2 + 0.3 * t);
  }
  return {
    draft: chance,
    with(i, o, out) {
      const cur = draft[i] ?? -1;
      for (let k = 0; k < n; k++) {
        const e = estimates[k];
        const tb = tables[k];
        if (!e || !tb) {
          out[k] = chance[k] ?? 0;
          continue;
        }
        if (e.cannot) {
          const red = (reds[k] ?? 0) - (e.cannot[i]?.[cur] ?? 0) + (e.cannot[i]?.[o] ?? 0);
          if (red > 0) {
            out[k] = 0;
            continue;
          }
        }
        const at = tb.start[i] ?? 0;
        const w = tb.weight[i] ?? 1;
        const d = den[k] ?? 0;
        const sn = (num[k] ?? 0) - w * (tb.half[at + cur] ?? 0) + w * (tb.half[at + o] ?? 0);
        if (sn === lastSum[k]) {
          out[k] = lastChance[k] ?? 0;
          continue;
        }
        const p = chanceFromFit(e, d > 0 ? sn / d : 0.5, t);
        lastSum[k] = sn;
        lastChance[k] = p;
        out[k] = p;
      }
    },
  };
}

/**
 * Each option's liking (the terms of `fit`: an issue's weight times the option's half-liking
 * 0.5 + 0.5·tanh(evidence / 1.5)), kept with the estimate: `bump` moves the one option and issue
 * weight its evidence changes, so reading costs nothing while the table is up to date (`rev`).
 * Flat, issue i's options from `start[i]` (one block per seat reads faster than a row per issue).
 * Option indices are the seat's own table's, which the estimate has the shape of.
 */
interface Liking {
  /** The estimate's `rev` the table is up to date with. */
  rev: number;
  start: number[];
  /** Per issue: 1 + care. */
  weight: number[];
  /** Per option: 0.5 + 0.5·tanh(pref / 1.5). */
  half: number[];
}
const likings = new WeakMap<OpponentEstimate, Liking>();

/** 0.5 + 0.5·tanh(evidence / 1.5); tanh(0) is exactly 0, so an option nothing is known of (most) needs no tanh. */
function halfLiking(v: number): number {
  return v === 0 ? 0.5 : 0.5 + 0.5 * Math.tanh(v / 1.5);
}

function likingOf(e: OpponentEstimate): Liking {
  let tb = likings.get(e);
  if (!tb) {
    const start: number[] = [];
    let options = 0;
    for (const row of e.pref) {
      start.push(options);
      options += row.length;
    }
    tb = {
      // Not up to date with anything yet: worked out below.
      rev: Number.NaN,
      start,
      weight: new Array<number>(e.care.length).fill(0),
      half: new Array<number>(options).fill(0),
    };
    likings.set(e, tb);
  }
  if (tb.rev !== e.rev) {
    // New, or the estimate changed other than through `bump` (a test, say): work it all out.
    for (let i = 0; i < e.pref.length; i++) {
      tb.weight[i] = weightOf(e, i);
      const row = e.pref[i] ?? [];
      const at = tb.start[i] ?? 0;
      for (let o = 0; o < row.length; o++) tb.half[at + o] = halfLiking(evidence(e, i, o));
    }
    tb.rev = e.rev;
  }
  return tb;
}

/**
 * How each seat's believed liking (`fit`) of the complete draft `idx` moves when one issue changes:
 * `move(k, i, o)` for seats[k] and issue i set to option o (0 where nothing is known). Two changes
 * on different issues add up.
 */
export function likingMoves(
  model: OpponentModel,
  seats: readonly SeatId[],
  idx: readonly number[],
): (k: number, i: number, o: number) => number {
  const es = seats.map((s) => model.seats[s]);
  const tbs = es.map((e) => (e ? likingOf(e) : null));
  const dens = tbs.map((tb) => {
    let den = 0;
    if (tb) for (let k = 0; k < idx.length; k++) den += tb.weight[k] ?? 1;
    return den;
  });
  return (k, i, o) => {
    const tb = tbs[k];
    const den = dens[k] ?? 0;
    const ci = idx[i] ?? -1;
    if (!tb || den <= 0 || ci < 0) return 0;
    // Onto a declared red line: as bad as a move can be.
    if (declaredCannot(es[k], i, o)) return -1;
    const at = tb.start[i] ?? 0;
    return ((tb.weight[i] ?? 1) * ((tb.half[at + o] ?? 0.5) - (tb.half[at + ci] ?? 0.5))) / den;
  };
}
