// What a bot owes the table beside its bargaining: an honest answer to a straw poll, a current
// stance on the positions board, resistance to amendments that hurt it, an answer to offers made
// to it (and its word kept once it has given it), and a say in who holds the pen. Each is read
// from the seat's own view alone, so the bot needs no memory for them and never repeats a move.
import {
  type Amendment,
  type Offer,
  openAmendments,
  openPoll,
  type PlayerView,
  penMajority,
  type SeatId,
  type Stance,
} from "@ironclad/engine";
import type { BotAction } from "./bot-types.ts";
import { indicesOf, type OwnTable } from "./own-table.ts";

/** Points an amendment must cost a seat before it says so with an opposition. */
const OPPOSE_AT = 3;
/** How many of its weightiest issues a seat declares its needs on (the board is a signal, not its brief). */
const NEEDS_SHOWN = 2;
/** How long an amendment of one's own may wait undecided before a seat asks for the pen. */
export const IGNORED_AFTER_MS = 60_000;

/** Whether this seat would sign a complete package now (the negotiator's own test). */
export type Accepts = (idx: readonly number[]) => boolean;

/** The duties due now, in the order they should go out (a poll first: it has a clock). */
export function tableDuties(
  view: PlayerView,
  seat: SeatId,
  table: OwnTable,
  accepts: Accepts,
  now: number,
): BotAction[] {
  if (view.phase !== "negotiation") return positionMove(view, seat, table);
  const out: BotAction[] = [];
  const answer = pollAnswer(view, seat, table, accepts, now);
  if (answer) out.push(answer);
  out.push(...offerMoves(view, seat, table));
  out.push(...oppositions(view, seat, table));
  out.push(...penMoves(view, seat, table, now));
  out.push(...positionMove(view, seat, table));
  // Two offers may ask the same support of this seat: it is given once.
  return out.filter(
    (a, i) =>
      !(a.type === "draft/support" || a.type === "draft/accept") ||
      out.findIndex((b) => b.type === a.type && "amendment" in b && b.amendment === a.amendment) === i,
  );
}

/**
 * The seat's answer to the open straw poll, if it has not answered: it would sign when it would
 * sign that draft in a vote; otherwise it names every issue that stops it — blanks, red lines, and
 * then the issues whose change to its own best option gains it most, until it would sign.
 */
export function pollAnswer(
  view: PlayerView,
  seat: SeatId,
  table: OwnTable,
  accepts: Accepts,
  now: number,
): BotAction | null {
  const poll = openPoll(view, now);
  if (!poll || poll.answers[seat]) return null;
  const idx = indicesOf(table, poll.draft);
  if (accepts(idx)) return { type: "poll/answer", poll: poll.id, sign: true, blockers: [] };
  return { type: "poll/answer", poll: poll.id, sign: false, blockers: blockersOf(table, idx, accepts) };
}

/** The issues that stop a seat from signing `idx`, fewest first-gain-first (see `pollAnswer`). */
export function blockersOf(table: OwnTable, idx: readonly number[], accepts: Accepts): string[] {
  const fixed = [...idx];
  const blockers: number[] = [];
  fixed.forEach((o, i) => {
    if (o < 0 || table.forbidden[i]?.[o]) {
      blockers.push(i);
      fixed[i] = table.best[i] ?? 0;
    }
  });
  const gains = fixed
    .map((o, i) => ({ i, gain: (table.points[i]?.[table.best[i] ?? 0] ?? 0) - (table.points[i]?.[o] ?? 0) }))
    .filter((g) => g.gain > 0 && !blockers.includes(g.i))
    .sort((a, b) => b.gain - a.gain || a.i - b.i);
  for (const { i } of gains) {
    if (accepts(fixed)) break;
    blockers.push(i);
    fixed[i] = table.best[i] ?? 0;
  }
  return blockers.sort((a, b) => a - b).map((i) => table.issueIds[i] ?? "");
}

/** What amendment `m` would change in this seat's points if it were accepted onto the draft now. */
function worthOf(view: PlayerView, table: OwnTable, m: Pick<Amendment, "issue" | "option">): number {
  const i = table.issueIds.indexOf(m.issue);
  if (i < 0) return 0;
  const row = table.points[i] ?? [];
  const now = view.draft[m.issue];
  const before = now == null ? 0 : (row[table.optionIds[i]?.indexOf(now) ?? -1] ?? 0);
  const after = m.option === null ? 0 : (row[table.optionIds[i]?.indexOf(m.option) ?? -1] ?? 0);
  return after - before;
}

/** Whether the draft `idx` with amendment `m` written in crosses one of this seat's red lines. */
function crossesWith(table: OwnTable, idx: readonly number[], m: Pick<Amendment, "issue" | "option">): boolean {
  const i = table.issueIds.indexOf(m.issue);
  const o = m.option === null ? -1 : (table.optionIds[i]?.indexOf(m.option) ?? -1);
  for (let k = 0; k < idx.length; k++) {
    const x = k === i ? o : (idx[k] ?? -1);
    if (x >= 0 && table.forbidden[k]?.[x] === true) return true;
  }
  return false;
}

/** Oppositions to open amendments that cost this seat dearly or cross its red lines (once each). */
function oppositions(view: PlayerView, seat: SeatId, table: OwnTable): BotAction[] {
  const out: BotAction[] = [];
  let idx: number[] | null = null;
  for (const m of openAmendments(view.amendments)) {
    if (m.by === seat) continue;
    if (m.supporters.includes(seat) || m.opponents?.includes(seat)) continue;
    idx ??= indicesOf(table, view.draft);
    if (crossesWith(table, idx, m) || worthOf(view, table, m) <= -OPPOSE_AT)
      out.push({ type: "draft/oppose", amendment: m.id });
  }
  return out;
}

function amendment(view: PlayerView, id: number): Amendment | undefined {
  return view.amendments.find((m) => m.id === id);
}

/** Answers to open offers made to this seat (or the table), and the terms it owes kept. */
function offerMoves(view: PlayerView, seat: SeatId, table: OwnTable): BotAction[] {
  const out: BotAction[] = [];
  for (const offer of view.offers) {
    if (offer.status === "open" && offer.by !== seat && (offer.to === seat || offer.to === null)) {
      const verdict = offerVerdict(view, seat, table, offer);
      if (verdict === "accept") out.push({ type: "offer/accept", offer: offer.id });
      else if (offer.to === seat) out.push({ type: "offer/decline", offer: offer.id });
    }
    out.push(...termsOwed(view, seat, offer));
  }
  const offer = offerToMake(view, seat, table);
  if (offer) out.push(offer);
  return out;
}

/** Points an amendment may cost a seat that backs it as its side of a trade. */
const TRADE_COST = 1;

/**
 * A linked offer this seat makes when its own open amendment lacks a seat's backing: "I support
 * your amendment if you support mine", where backing theirs costs it at most `TRADE_COST` points
 * (one it would not back for nothing) and the pair, both accepted, gains it points. One open offer
 * at a time, and never the same pair twice.
 */
export function offerToMake(view: PlayerView, seat: SeatId, table: OwnTable): BotAction | null {
  if (view.offers.some((o) => o.by === seat && o.status === "open")) return null;
  const mine = openAmendments(view.amendments).filter((m) => m.by === seat);
  for (const own of mine) {
    const ownWorth = worthOf(view, table, own);
    for (const theirs of view.amendments) {
      const to = theirs.by;
      if (theirs.status !== "open" || to === seat || theirs.supporters.includes(seat)) continue;
      if (own.supporters.includes(to) || own.opponents?.includes(to)) continue;
      const cost = worthOf(view, table, theirs);
      if (
        cost > 0 ||
        cost < -TRADE_COST ||
        ownWorth + cost <= 0 ||
        crossesWith(table, indicesOf(table, view.draft), theirs)
      )
        continue;
      const made = view.offers.some(
        (o) =>
          o.by === seat &&
          o.to === to &&
          o.asks.some((t) => t.amendment === own.id) &&
          o.gives.some((t) => t.amendment === theirs.id),
      );
      if (made) continue;
      return {
        type: "offer/make",
        to,
        gives: [{ act: "support", amendment: theirs.id }],
        asks: [{ act: "support", amendment: own.id }],
      };
    }
  }
  return null;
}

/**
 * Whether an offer is worth taking: every amendment it names, accepted onto today's draft, gains
 * this seat points on balance, and nothing it would be asked to back crosses its red lines.
 */
export function offerVerdict(view: PlayerView, seat: SeatId, table: OwnTable, offer: Offer): "accept" | "decline" {
  let gain = 0;
  for (const term of [...offer.gives, ...offer.asks]) {
    const m = amendment(view, term.amendment);
    if (!m || m.status !== "open") return "decline";
    if (offer.asks.includes(term) && crossesWith(table, indicesOf(table, view.draft), m)) return "decline";
    gain += worthOf(view, table, m);
  }
  return gain > 0 && offer.by !== seat ? "accept" : "decline";
}

/** The terms of an accepted offer this seat owes and has not yet given: a bot keeps its word. */
function termsOwed(view: PlayerView, seat: SeatId, offer: Offer): BotAction[] {
  if (offer.status !== "accepted") return [];
  const side = offer.by === seat ? offer.gives : offer.acceptedBy === seat ? offer.asks : null;
  if (!side) return [];
  const out: BotAction[] = [];
  for (const term of side) {
    const m = amendment(view, term.amendment);
    if (!m || m.status !== "open" || term.result) continue;
    if (term.act === "support" && !m.supporters.includes(seat)) out.push({ type: "draft/support", amendment: m.id });
    else if (term.act === "accept" && view.penHolder === seat) out.push({ type: "draft/accept", amendment: m.id });
  }
  return out;
}

/**
 * The pen: a seat asks for it when the holder has left one of its amendments undecided a minute,
 * and backs another seat's request when that seat's open amendments would gain it points (or the
 * holder is ignoring its own). Holding it, a seat hands it over when that serves it (`handOver`).
 */
function penMoves(view: PlayerView, seat: SeatId, table: OwnTable, now: number): BotAction[] {
  if (view.penHolder === seat) return handOver(view, seat, table);
  const ignored = openAmendments(view.amendments).some((m) => m.by === seat && now - m.at >= IGNORED_AFTER_MS);
  const out: BotAction[] = [];
  if (ignored && !view.penRequests.some((r) => r.seat === seat)) out.push({ type: "pen/request" });
  for (const r of view.penRequests) {
    if (r.seat === seat || r.backers.includes(seat)) continue;
    let gain = 0;
    for (const m of openAmendments(view.amendments)) if (m.by === r.seat) gain += worthOf(view, table, m);
    if (gain > 0 || ignored) out.push({ type: "pen/back", seat: r.seat });
  }
  return out;
}

/**
 * A pen-holder hands the pen to the oldest requester, a person, when it would go there anyway (one
 * backer short of the majority: giving it keeps the goodwill a forced move costs), or when what
 * that seat has on the table gains the holder points against the complete draft and the holder
 * waits on nothing of its own. Never while a linked offer binds it to accept something.
 */
function handOver(view: PlayerView, seat: SeatId, table: OwnTable): BotAction[] {
  if (view.phase !== "negotiation") return [];
  // Only to a person: between bots the pen moves by the table's backing and the lapse (handing it
  // over among themselves lowered bot tables' agreement from 71 % to 62–68 % in the simulator).
  const first = view.penRequests[0];
  if (!first || first.seat === seat || view.seats[first.seat]?.controller !== "human") return [];
  const owed = (terms: readonly { act: string; result?: unknown }[]) =>
    terms.some((t) => t.act === "accept" && !t.result);
  const owesAccept = view.offers.some(
    (o) => o.status === "accepted" && ((o.by === seat && owed(o.gives)) || (o.acceptedBy === seat && owed(o.asks))),
  );
  if (owesAccept) return [];
  const coming = first.backers.length >= penMajority(view) - 1;
  const mine = openAmendments(view.amendments).some((m) => m.by === seat);
  let gain = 0;
  for (const m of openAmendments(view.amendments)) if (m.by === first.seat) gain += worthOf(view, table, m);
  // (Against a draft with blanks every option "gains": only a complete draft says what a change is worth.)
  const complete = Object.values(view.draft).every((o) => o !== null);
  return coming || (complete && gain > 0 && !mine) ? [{ type: "draft/pass-pen", to: first.seat }] : [];
}

/** The stances this seat shows on the board: its red lines, and its needs on its weightiest issues. */
export function declaredStances(table: OwnTable): Record<string, Record<string, Stance>> {
  const board: Record<string, Record<string, Stance>> = {};
  const weight = table.points.map((row) => Math.max(...row) - Math.min(...row));
  const heavy = weight
    .map((w, i) => ({ w, i }))
    .sort((a, b) => b.w - a.w || a.i - b.i)
    .slice(0, NEEDS_SHOWN)
    .map((x) => x.i);
  table.issueIds.forEach((issue, i) => {
    const row: Record<string, Stance> = {};
    table.optionIds[i]?.forEach((option, o) => {
      if (table.forbidden[i]?.[o]) row[option] = "cannot";
      else if (heavy.includes(i) && o === table.best[i]) row[option] = "needs";
    });
    if (Object.keys(row).length > 0) board[issue] = row;
  });
  return board;
}

// Per own table: its declared stances as a flat list, and the board entry already found to show them
// all (the board entry is a new object whenever it changes, so an unchanged one needs no new look).
const stancesOf = new WeakMap<OwnTable, { list: [string, string, Stance][]; shown: object | null }>();

/** One change that brings the board's entry for this seat to its declared stances (one a turn). */
function positionMove(view: PlayerView, seat: SeatId, table: OwnTable): BotAction[] {
  if (view.phase !== "briefing" && view.phase !== "negotiation") return [];
  let cached = stancesOf.get(table);
  if (!cached) {
    const list: [string, string, Stance][] = [];
    for (const [issue, row] of Object.entries(declaredStances(table)))
      for (const [option, stance] of Object.entries(row)) list.push([issue, option, stance]);
    cached = { list, shown: null };
    stancesOf.set(table, cached);
  }
  const shown = view.positions[seat];
  if (shown && cached.shown === shown) return [];
  for (const [issue, option, stance] of cached.list)
    if (shown?.[issue]?.[option] !== stance) return [{ type: "position/set", issue, option, stance }];
  if (shown) cached.shown = shown;
  return [];
}
