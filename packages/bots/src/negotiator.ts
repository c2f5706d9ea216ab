// The negotiator: a seat's bot during the talks. Its utility is its own point table; its
// aspiration falls from its best package toward its no-deal value over the negotiation time
// (concession.ts); it models the other seats from what they do (opponent-model.ts) and searches
// single-issue changes of the draft for those that keep it at or above its aspiration while
// most likely winning the signatures the agreement rule needs.
import { openAmendments, openPoll, type PlayerView, type SeatId } from "@ironclad/engine";
import type { BotAction, BotDecision, NegotiatorMemory } from "./bot-types.ts";
import { aspiration, type Personality } from "./concession.ts";
import { type DraftOdds, draftOdds } from "./draft-odds.ts";
import { type Valuer, valuer } from "./expected-value.ts";
import { type OpponentModel, observe } from "./opponent-model.ts";
import { crossesRedLine, indicesOf, type OwnTable, packageOf, signable } from "./own-table.ts";
import { tableDuties } from "./table-duties.ts";
import { say, type TalkLine, type TalkMove } from "./talk.ts";
import { bestTrade, failedTrades, inTrade, openTrades, pointsWith, type Trade } from "./trade.ts";

/** Most open amendments a bot keeps at once (the engine allows more; people rarely do). */
const MAX_OWN_OPEN = 2;
/** A vote is called when the rule is at least this likely to hold. */
const CALL_ODDS = 0.1;
/** Share of the last round in which a satisfied bot calls a vote whatever its estimate. */
const LAST_CALL_SHARE = 0.2;
/** Share of the negotiation time by which a bot has conceded down to its no-deal value (it leaves the rest to close). */
export const CLOSE_BY = 0.85;
/** Initiatives (an amendment, a change of the draft, a vote call) per round, at most: a person's pace. */
const INITIATIVES_PER_ROUND = 6;
/** Table time (ms) a pen-holder gives the table to react to an amendment before deciding it. */
export const REACTION_MS = 20_000;
/** Weight of the whole table's believed liking beside the rule's odds when the pen weighs a change. */
const NASH_WEIGHT = 0.4;

/**
 * Negotiation time t ∈ [0, 1] from the view's clock (the last known t while a vote or pause holds
 * it); `now` is the table time, when it has moved on past the view's.
 */
export function negotiationTime(view: PlayerView, last: number, now: number = view.now): number {
  const roundMs = view.timings.roundSeconds * 1000;
  const rounds = view.timings.rounds;
  if (view.phase !== "negotiation" || view.deadline === null || view.paused || roundMs <= 0) {
    if (view.phase === "lobby" || view.phase === "briefing") return 0;
    return last;
  }
  const left = Math.min(roundMs, Math.max(0, view.deadline - now));
  const t = (view.round - 1 + (roundMs - left) / roundMs) / rounds;
  return Math.min(1, Math.max(last, t));
}

/** Everything one decision needs, computed once. */
interface Ctx {
  view: PlayerView;
  /** The table time (ms): the view's, or later when the clock has moved on since it was taken. */
  now: number;
  seat: SeatId;
  table: OwnTable;
  worth: Valuer;
  model: OpponentModel;
  /** The rule's odds around the current draft `idx` (see `oddsOf`). */
  odds: DraftOdds | null;
  t: number;
  asp: number;
  idx: number[];
  u: number;
  complete: boolean;
  pick: number;
  /** Whether the pace allows an initiative now. */
  free: boolean;
  /** Whether the last initiative is far enough back (the seat's offset into the round aside): enough for urgent ones. */
  spaced: boolean;
  actions: BotAction[];
  /** Whether anyone listens: rendering talk costs more than deciding, so it is skipped when not. */
  talks: boolean;
  /** Only whether the seat would act (the first move found will do; the best is not sought). */
  probe: boolean;
  /** The concession clock: the negotiation time the aspiration is read at (scripted strategies bend it). */
  clock: (t: number) => number;
  talk: TalkLine[];
}

/**
 * Points above its no-deal value a seat needs before it signs: a deal that leaves it exactly where
 * no deal would is no gain worth a signature (and a seat left at no gain is what drags the table's
 * Nash product to nothing).
 */
const SIGN_MARGIN = 1;

/** Whether this seat would sign: never at or below its no-deal points or across a red line, and worth its aspiration. */
function acceptable(c: Ctx, idx: readonly number[]): boolean {
  return signable(c.table, idx, c.table.noDealValue + SIGN_MARGIN) && c.worth.value(idx) >= c.asp;
}

/** The rule's odds around the draft as this decision now has it (rebuilt when the draft changes). */
function oddsOf(c: Ctx): DraftOdds {
  if (c.odds?.idx !== c.idx) c.odds = draftOdds(c.view, c.seat, c.table, c.model, c.t, c.idx);
  return c.odds;
}

function talk(c: Ctx, move: TalkMove, issue: number, option: number, other?: SeatId): void {
  // Every line moves the variant pick, heard or not, so later lines read the same either way.
  const pick = c.pick++;
  if (!c.talks) return;
  const issueId = c.table.issueIds[issue];
  const cur = c.idx[issue] ?? -1;
  const said = say(
    c.view.scenario,
    c.seat,
    move,
    {
      ...(issueId ? { issue: issueId } : {}),
      option: c.table.optionIds[issue]?.[option] ?? null,
      current: cur >= 0 ? (c.table.optionIds[issue]?.[cur] ?? null) : null,
      ...(other ? { other } : {}),
    },
    pick,
  );
  if (said) c.talk.push({ channel: "table", ...said });
}

// A vote's package as JSON, kept per package object (every later state shares it): a vote is
// never called twice on the same text.
const packageTexts = new WeakMap<object, string>();

function packageText(pkg: object): string {
  let text = packageTexts.get(pkg);
  if (text === undefined) {
    text = JSON.stringify(pkg);
    packageTexts.set(pkg, text);
  }
  return text;
}

/** Whether a vote has already been held on package `idx`. */
function votedOn(c: Ctx, idx: readonly number[]): boolean {
  if (c.view.votes.length === 0) return false;
  const key = JSON.stringify(packageOf(c.table, idx));
  return c.view.votes.some((v) => packageText(v.package) === key);
}

function withChange(idx: readonly number[], issue: number, option: number): number[] {
  const next = [...idx];
  next[issue] = option;
  return next;
}

function withTwo(idx: readonly number[], i: number, o: number, j: number, p: number): number[] {
  const next = [...idx];
  next[i] = o;
  next[j] = p;
  return next;
}

/**
 * Whether this seat backs a trade (or, holding the pen, takes it): its own points do not fall, and
 * the draft stays as acceptable to it as it was (worth at least its aspiration, or no lower).
 */
function backsTrade(c: Ctx, i: number, o: number, j: number, p: number): boolean {
  if (c.table.forbidden[i]?.[o] || c.table.forbidden[j]?.[p]) return false;
  if (pointsWith(c.table, c.idx, i, o, j, p) < pointsWith(c.table, c.idx, -1, -1, -1, -1)) return false;
  return c.worth.value(withTwo(c.idx, i, o, j, p)) >= Math.min(c.asp, c.u);
}

/** Whether every seated seat but the pen-holder and the poster backs both halves of a trade. */
function tradeBacked(c: Ctx, tr: Trade): boolean {
  return c.view.seatOrder.every(
    (s) => s === c.seat || s === tr.by || (tr.a.supporters.includes(s) && tr.b.supporters.includes(s)),
  );
}

/** Whether every seated seat but the pen-holder and the poster has backed an amendment. */
function allBacked(c: Ctx, supporters: readonly SeatId[], by: SeatId): boolean {
  return c.view.seatOrder.every((s) => s === c.seat || s === by || supporters.includes(s));
}

/** The issue where the draft falls furthest short of what this seat wants. */
function sorestIssue(c: Ctx, idx: readonly number[]): number {
  let worst = 0;
  let gap = -1;
  idx.forEach((o, i) => {
    const best = c.table.best[i] ?? 0;
    const forbidden = o >= 0 && c.table.forbidden[i]?.[o] === true;
    const g = forbidden ? 1000 : (c.table.points[i]?.[best] ?? 0) - (o >= 0 ? (c.table.points[i]?.[o] ?? 0) : 0);
    if (g > gap) {
      gap = g;
      worst = i;
    }
  });
  return worst;
}

/** How far the table's own concessions speed or slow a bot's concession clock (± this share). */
const RECIPROCITY = 0.2;
/** A seat without whose signature there is no deal (the rule's must-sign seats) runs its concession clock this much faster. */
const NEEDED_PACE = 1.3;

/**
 * The share of the other seats whose latest public answer (a straw-poll answer or a ballot) was
 * yes: the table's concessions as a bot can see them. 0.5 before anyone has answered.
 */
export function tableYes(view: PlayerView, seat: SeatId): number {
  const latest = latestAnswers(view);
  let n = 0;
  let yes = 0;
  for (const s in latest) {
    if (s === seat) continue;
    n++;
    if (latest[s]?.yes) yes++;
  }
  return n === 0 ? 0.5 : yes / n;
}

// Every seat's latest answer, worked out once per polls-and-votes pair (every seat's view of one
// state shares those arrays, and most decisions follow no new answer).
const latestCache = new WeakMap<object, { votes: object; latest: Record<SeatId, { at: number; yes: boolean }> }>();

function latestAnswers(view: PlayerView): Record<SeatId, { at: number; yes: boolean }> {
  const hit = latestCache.get(view.polls);
  if (hit && hit.votes === view.votes) return hit.latest;
  const latest: Record<SeatId, { at: number; yes: boolean }> = {};
  const note = (s: SeatId, at: number, yes: boolean) => {
    if ((latest[s]?.at ?? -1) <= at) latest[s] = { at, yes };
  };
  for (const p of view.polls) for (const s in p.answers) note(s, p.answers[s]?.at ?? 0, p.answers[s]?.sign === true);
  for (const v of view.votes) for (const s in v.ballots) note(s, v.openedAt, v.ballots[s] === "sign");
  latestCache.set(view.polls, { votes: view.votes, latest });
  return latest;
}

/** Whether the agreement rule needs `seat`'s signature (with the United States asked, as nearly every package does). */
function ruleNeeds(view: PlayerView, seat: SeatId): boolean {
  const rule = view.scenario.agreement;
  return rule.mustSign.includes(seat) || rule.mustSignIfUsAsked.includes(seat);
}

/**
 * The time a bot's aspiration is read at, for negotiation time t: concession answers concession (a
 * bot gives way faster when the table has come its way, most seats saying yes, and slower when
 * nobody has, so waiting alone does not bring it down), and a seat the rule cannot do without
 * concedes faster (its refusal costs the whole table the deal).
 */
export function concessionTime(view: PlayerView, seat: SeatId, t: number): number {
  const needed = ruleNeeds(view, seat) ? NEEDED_PACE : 1;
  return needed * t * (1 + RECIPROCITY * (2 * tableYes(view, seat) - 1));
}

/**
 * Whether `seat` is holding out: it has refused at least twice (straw-poll answers and ballots)
 * and never said yes, while some other seat said yes to the same drafts. Only public answers count.
 */
export function holdsOut(view: PlayerView, seat: SeatId): boolean {
  let refused = 0;
  let othersYes = false;
  for (const p of view.polls) {
    const a = p.answers[seat];
    if (!a) continue;
    if (a.sign) return false;
    refused++;
    othersYes ||= Object.entries(p.answers).some(([s, x]) => s !== seat && x.sign);
  }
  for (const v of view.votes) {
    const b = v.ballots[seat];
    if (!b) continue;
    if (b === "sign") return false;
    refused++;
    othersYes ||= Object.entries(v.ballots).some(([s, x]) => s !== seat && x === "sign");
  }
  return refused >= 2 && othersYes;
}

// ------------------------------------------------------------------------------------------
// The pen-holder

function fillBlanks(c: Ctx): void {
  // A new array, never the old one changed: the draft odds are kept per draft array.
  c.idx = c.idx.map((o, i) => {
    if (o >= 0) return o;
    // Open with the seat's own best option: concessions come through amendments and votes.
    const best = c.table.best[i] ?? 0;
    c.actions.push({ type: "draft/set", issue: c.table.issueIds[i] ?? "", option: c.table.optionIds[i]?.[best] ?? "" });
    return best;
  });
  c.u = c.worth.value(c.idx);
  c.complete = true;
}

/** Trades: written in when the whole table backs them and the pen-holder loses nothing; else declined once the table has had its time. */
function handleTrades(c: Ctx): void {
  for (const tr of openTrades(c.view, c.table)) {
    const backed = tradeBacked(c, tr);
    if (backed && c.complete && backsTrade(c, tr.i, tr.o, tr.j, tr.p)) {
      c.actions.push({ type: "draft/accept", amendment: tr.a.id }, { type: "draft/accept", amendment: tr.b.id });
      talk(c, "accept", tr.i, tr.o);
      c.idx = withTwo(c.idx, tr.i, tr.o, tr.j, tr.p);
      c.u = c.worth.value(c.idx);
    } else if (backed || c.now - tr.a.at >= REACTION_MS) {
      c.actions.push({ type: "draft/decline", amendment: tr.a.id }, { type: "draft/decline", amendment: tr.b.id });
    }
  }
}

function handleAmendments(c: Ctx): void {
  handleTrades(c);
  const open = openAmendments(c.view.amendments).filter((m) => m.by !== c.seat && !inTrade(c.view, m));
  const base = oddsOf(c).base();
  let handled = 0;
  for (const m of open) {
    if (handled >= 2) break;
    // The table gets its time to react (or has all reacted) before the pen decides.
    if (c.now - m.at < REACTION_MS && !allBacked(c, m.supporters, m.by)) continue;
    const i = c.table.issueIds.indexOf(m.issue);
    const o = m.option === null ? -1 : (c.table.optionIds[i]?.indexOf(m.option) ?? -1);
    if (i < 0) continue;
    if (o < 0 || c.idx[i] === o) {
      // A blanking amendment, or one the draft already says: nothing to write in.
      c.actions.push({ type: "draft/decline", amendment: m.id });
      handled++;
      continue;
    }
    const u2 = c.worth.valueWith(c.idx, i, o);
    // On a draft it could not sign (a pen taken over mid-talks), any step up is welcome.
    const climbs = u2 > c.u && !signable(c.table, c.idx, c.table.noDealValue + SIGN_MARGIN);
    if (c.table.forbidden[i]?.[o] || (u2 < c.asp && !climbs)) {
      c.actions.push({ type: "draft/decline", amendment: m.id });
      if (c.table.forbidden[i]?.[o]) talk(c, "red-line", i, o);
      else if (handled === 0) talk(c, "decline-amendment", i, o);
      handled++;
      continue;
    }
    const o2 = oddsOf(c).with(i, o);
    // A hold-out's amendment is written in only when it costs the pen nothing: refusing everything
    // must not be the way to get the draft moved (the table's concessions answer concessions).
    const helps =
      u2 >= c.u || (!holdsOut(c.view, m.by) && (o2 > base + 0.05 || (m.supporters.length >= 2 && o2 >= base)));
    const stale = c.now - m.at > (c.view.timings.roundSeconds * 1000) / 3;
    if (helps) {
      c.actions.push({ type: "draft/accept", amendment: m.id });
      talk(c, "accept", i, o);
      c.idx = withChange(c.idx, i, o);
      c.u = u2;
      handled++;
    } else if (stale) {
      c.actions.push({ type: "draft/decline", amendment: m.id });
      handled++;
    }
  }
}

/** The pen-holder's own search: the single-issue change that most raises the odds within its aspiration. */
function penSearch(c: Ctx): void {
  if (!c.free) return;
  // Every seat that answered a straw poll on this very draft would sign it: nothing to fix, only a vote to call.
  const poll = c.view.polls.findLast((p) => sameDraft(p.draft, c.view.draft));
  if (poll && c.view.seatOrder.every((s) => s === c.seat || c.view.seats[s]?.redCell || poll.answers[s]?.sign)) return;
  const base = oddsOf(c).base();
  // Never undo what an amendment wrote in this round: that would make the pen untrustworthy.
  const settled = new Set(
    c.view.amendments.filter((m) => m.status === "accepted" && m.round === c.view.round).map((m) => m.issue),
  );
  // Aim at the whole table, not only the signatures the rule needs: the rule's odds plus every
  // other seat's believed chance of signing (a Nash-like product, as the opponent model reads it).
  const aim = (odds: number, all: number) => odds + NASH_WEIGHT * all;
  const here = aim(base, oddsOf(c).everyone());
  // A draft the pen could not sign at all (it took the pen over a draft another seat wrote) climbs
  // back one issue at a time: each step must gain it points, and its gain counts beside the odds.
  const below = c.u < c.asp && !signable(c.table, c.idx, c.table.noDealValue + SIGN_MARGIN);
  const span = Math.max(1, c.worth.top - c.worth.reservation);
  let best: { i: number; o: number; odds: number } | null = null;
  c.table.optionIds.forEach((opts, i) => {
    opts.forEach((_, o) => {
      if (o === c.idx[i] || c.table.forbidden[i]?.[o] || settled.has(c.table.issueIds[i] ?? "")) return;
      const u2 = c.worth.valueWith(c.idx, i, o);
      if (below ? u2 <= c.u : u2 < c.asp) return;
      const p = aim(oddsOf(c).with(i, o), oddsOf(c).everyone(i, o)) + (below ? (u2 - c.u) / span : 0);
      if (!best || p > best.odds) best = { i, o, odds: p };
    });
  });
  const found = best as { i: number; o: number; odds: number } | null;
  // A draft the table has already refused in a vote must change: any step that helps will do.
  const refused = votedOn(c, c.idx);
  if (found && found.odds > here + (refused ? 0 : 0.1)) {
    const { i, o } = found;
    const loses = (c.table.points[i]?.[o] ?? 0) < (c.table.points[i]?.[c.idx[i] ?? 0] ?? 0);
    if (loses) talk(c, "concede", i, o);
    c.actions.push({ type: "draft/set", issue: c.table.issueIds[i] ?? "", option: c.table.optionIds[i]?.[o] ?? "" });
    c.idx = withChange(c.idx, i, o);
    c.u = c.worth.value(c.idx);
  }
}

// ------------------------------------------------------------------------------------------
// Every other seat

function supportAmendments(c: Ctx): void {
  if (c.complete)
    for (const tr of openTrades(c.view, c.table)) {
      if (tr.by === c.seat || (tr.a.supporters.includes(c.seat) && tr.b.supporters.includes(c.seat))) continue;
      if (!backsTrade(c, tr.i, tr.o, tr.j, tr.p)) continue;
      for (const m of [tr.a, tr.b])
        if (!m.supporters.includes(c.seat)) c.actions.push({ type: "draft/support", amendment: m.id });
    }
  const base = () => oddsOf(c).base();
  let n = 0;
  for (const m of openAmendments(c.view.amendments)) {
    if (n >= 3) break;
    if (m.by === c.seat || m.supporters.includes(c.seat) || inTrade(c.view, m)) continue;
    const i = c.table.issueIds.indexOf(m.issue);
    const o = m.option === null ? -1 : (c.table.optionIds[i]?.indexOf(m.option) ?? -1);
    if (i < 0 || o < 0 || o === c.idx[i] || c.table.forbidden[i]?.[o]) continue;
    const u2 = c.worth.valueWith(c.idx, i, o);
    const gains = u2 > c.u;
    const bridges = c.complete && u2 >= c.asp && !holdsOut(c.view, m.by) && oddsOf(c).with(i, o) > base() + 0.05;
    if (gains || bridges) {
      c.actions.push({ type: "draft/support", amendment: m.id });
      n++;
    }
  }
}

function withdrawStale(c: Ctx): void {
  const trades = openTrades(c.view, c.table).filter((tr) => tr.by === c.seat);
  for (const tr of trades) {
    const moot = c.idx[tr.i] === tr.o || c.idx[tr.j] === tr.p;
    const gain = pointsWith(c.table, c.idx, tr.i, tr.o, tr.j, tr.p) - pointsWith(c.table, c.idx, -1, -1, -1, -1);
    if (moot || !c.complete || gain <= 0)
      c.actions.push({ type: "draft/withdraw", amendment: tr.a.id }, { type: "draft/withdraw", amendment: tr.b.id });
  }
  for (const m of openAmendments(c.view.amendments)) {
    if (m.by !== c.seat) continue;
    if (inTrade(c.view, m)) {
      // Half of a trade whose other half is gone: it no longer means what it meant.
      if (!trades.some((tr) => tr.a === m || tr.b === m)) c.actions.push({ type: "draft/withdraw", amendment: m.id });
      continue;
    }
    const i = c.table.issueIds.indexOf(m.issue);
    const o = m.option === null ? -1 : (c.table.optionIds[i]?.indexOf(m.option) ?? -1);
    if (i < 0 || o < 0 || c.idx[i] === o || c.worth.valueWith(c.idx, i, o) <= c.u)
      c.actions.push({ type: "draft/withdraw", amendment: m.id });
  }
}

/**
 * Holding the pen now, the seat writes the draft itself: a motion it put to the pen before it held
 * it is moot, and left open it would wait for a decision the seat alone may take.
 */
function withdrawOwnMotions(c: Ctx): void {
  for (const m of openAmendments(c.view.amendments))
    if (m.by === c.seat && !inTrade(c.view, m)) c.actions.push({ type: "draft/withdraw", amendment: m.id });
}

function postAmendment(c: Ctx): void {
  if (!c.spaced) return;
  const mine = openAmendments(c.view.amendments).filter((m) => m.by === c.seat);
  if (mine.length >= MAX_OWN_OPEN) return;
  const pen = c.view.penHolder;
  const penModel = pen ? c.model.seats[pen] : undefined;
  const base = c.complete ? oddsOf(c).base() : 0;
  const needs = c.u < c.asp || crossesRedLine(c.table, c.idx);
  // Changes already on the table, or ours declined this round: not worth posting again.
  const onTable: { i: number; o: number }[] = [];
  for (const m of c.view.amendments)
    if (m.status === "open" || (m.status === "declined" && m.round === c.view.round && m.by === c.seat)) {
      const i = c.table.issueIds.indexOf(m.issue);
      const o = m.option === null ? -1 : (c.table.optionIds[i]?.indexOf(m.option) ?? -1);
      if (i >= 0 && o >= 0) onTable.push({ i, o });
    }
  const tried = (i: number, o: number) => onTable.some((x) => x.i === i && x.o === o);
  // A blank on the draft (a pen-holder who has not written yet, often a person new to the game):
  // propose this seat's own best option for the first blank issue nobody has proposed for.
  const blank = c.table.optionIds.findIndex((_, i) => {
    const own = c.table.best[i] ?? -1;
    return (c.idx[i] ?? -1) < 0 && own >= 0 && !c.table.forbidden[i]?.[own] && !tried(i, own);
  });
  // A blank is urgent (nothing can be signed until it is filled); anything else waits its turn.
  if (blank < 0 && !c.free) return;
  if (blank >= 0) {
    const o = c.table.best[blank] ?? 0;
    c.actions.push({
      type: "draft/amend",
      issue: c.table.issueIds[blank] ?? "",
      option: c.table.optionIds[blank]?.[o] ?? null,
    });
    talk(c, "amend", blank, o);
    return;
  }
  // Content with the draft (or nothing else to ask): offer a trade that may leave everyone better off.
  if (!needs && c.complete && mine.length === 0 && postTrade(c)) return;
  let found: { i: number; o: number; score: number } | null = null;
  for (let i = 0; i < c.table.optionIds.length; i++) {
    const cur = c.idx[i] ?? -1;
    if (cur < 0) continue;
    const options = c.table.optionIds[i]?.length ?? 0;
    for (let o = 0; o < options; o++) {
      if (o === cur || c.table.forbidden[i]?.[o] || tried(i, o)) continue;
      const u2 = c.worth.valueWith(c.idx, i, o);
      // The odds cost most: rule a change out on its worth first.
      if (needs ? u2 <= c.u : u2 < c.asp) continue;
      const p = c.complete ? oddsOf(c).with(i, o) : 0;
      let score: number;
      if (needs) {
        // What the pen-holder is believed to think of the change.
        const penLean = penModel ? (penModel.pref[i]?.[o] ?? 0) - (penModel.pref[i]?.[cur] ?? 0) : 0;
        score = (u2 - c.u) / 10 + 2 * (p - base) + 0.3 * Math.tanh(penLean);
      } else {
        // Already content: offer what brings others on board without falling below the aspiration.
        if (p <= base + 0.05) continue;
        score = 3 * (p - base) - (c.u - u2) / 20;
      }
      if (!found || score > found.score) found = { i, o, score };
      if (c.probe && score > 0) break;
    }
    if (c.probe && found && found.score > 0) break;
  }
  if (!found || found.score <= 0) return;
  const { i, o } = found;
  c.actions.push({ type: "draft/amend", issue: c.table.issueIds[i] ?? "", option: c.table.optionIds[i]?.[o] ?? null });
  talk(c, needs ? "amend" : "concede", i, o);
}

/** Posts the best trade this seat can offer (both halves at once); whether it did. */
function postTrade(c: Ctx): boolean {
  const offer = bestTrade(
    c.table,
    c.model,
    c.seat,
    c.view.seatOrder,
    c.idx,
    failedTrades(c.view, c.seat, c.table),
    (i, o, j, p) => c.worth.value(withTwo(c.idx, i, o, j, p)) >= Math.min(c.asp, c.u),
    c.probe,
  );
  if (!offer) return false;
  const { i, o, j, p } = offer;
  c.actions.push(
    { type: "draft/amend", issue: c.table.issueIds[i] ?? "", option: c.table.optionIds[i]?.[o] ?? null },
    { type: "draft/amend", issue: c.table.issueIds[j] ?? "", option: c.table.optionIds[j]?.[p] ?? null },
  );
  // Said as the concession it carries: the half where this seat gives way.
  const givesOnI = (c.table.points[i]?.[o] ?? 0) < (c.table.points[i]?.[c.idx[i] ?? 0] ?? 0);
  talk(c, "concede", givesOnI ? i : j, givesOnI ? o : p);
  return true;
}

// ------------------------------------------------------------------------------------------
// Votes

/** Whether two drafts (option ids per issue) say the same. */
function sameDraft(a: Readonly<Record<string, string | null>>, b: Readonly<Record<string, string | null>>): boolean {
  for (const k of Object.keys(b)) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  for (const k of Object.keys(a)) if ((a[k] ?? null) !== (b[k] ?? null)) return false;
  return true;
}

/**
 * Asks the table's straw poll (once a round, the engine's rule) when the answers would tell this
 * seat something: the draft is complete, no poll is open, and none this round asked about this very
 * draft. The answers name what stops each seat, which the opponent model and the pen then use.
 */
function maybeAskPoll(c: Ctx): boolean {
  if (!c.complete || c.view.phase !== "negotiation") return false;
  if (c.actions.some((a) => a.type === "poll/ask")) return true;
  if (c.view.polls.some((p) => p.by === c.seat && p.round === c.view.round)) return false;
  if (openPoll(c.view, c.now)) return false;
  if (c.view.polls.some((p) => p.round === c.view.round && sameDraft(p.draft, c.view.draft))) return false;
  c.actions.push({ type: "poll/ask" });
  return true;
}

function maybeCallVote(c: Ctx): void {
  if (!c.complete || !c.free) return;
  const me = c.view.seats[c.seat];
  if (!me || me.votesCalled >= c.view.timings.voteCallsPerSeatPerRound) return;
  if (!acceptable(c, c.idx)) return;
  // While a poll is open its answers are worth waiting for.
  if (openPoll(c.view, c.now)) return;
  // Never call twice on the same text: a failed vote already said who would not sign it.
  if (votedOn(c, c.idx)) return;
  const roundMs = c.view.timings.roundSeconds * 1000;
  const lastCall =
    c.view.round >= c.view.timings.rounds &&
    c.view.deadline !== null &&
    c.view.deadline - c.now <= LAST_CALL_SHARE * roundMs;
  if (oddsOf(c).base() >= CALL_ODDS || lastCall) {
    // Sound out the table first, unless time is short: a vote that fails costs a call.
    if (!lastCall && maybeAskPoll(c)) return;
    c.actions.push({ type: "vote/call" });
    talk(c, "call-vote", 0, c.idx[0] ?? 0);
  }
}

function ballot(c: Ctx): void {
  const vote = c.view.votes[c.view.votes.length - 1];
  if (!vote || vote.result || vote.ballots[c.seat]) return;
  const idx = indicesOf(c.table, vote.package);
  if (acceptable(c, idx)) {
    c.actions.push({ type: "vote/sign" });
    talk(c, "sign", 0, idx[0] ?? 0);
  } else {
    c.actions.push({ type: "vote/decline" });
    const c2 = { ...c, idx };
    const sore = sorestIssue(c2, idx);
    const o = idx[sore] ?? 0;
    if (c.table.forbidden[sore]?.[o]) talk(c2, "red-line", sore, o);
    else talk(c2, "decline-vote", sore, o);
    // Tell the pen-holder, privately, what would bring this seat on board.
    const pen = c.view.penHolder;
    const want = c.table.best[sore] ?? o;
    if (pen && pen !== c.seat && want !== o) {
      talk(c2, "amend", sore, want);
      const last = c2.talk[c2.talk.length - 1];
      if (last) c2.talk[c2.talk.length - 1] = { ...last, channel: "bilateral", to: pen };
    }
    c.talk = c2.talk;
    c.pick = c2.pick;
  }
}

// ------------------------------------------------------------------------------------------
// Pace

/** A seat's place in the round (0..1), the same every round: seats take their turns spread out, not all at once. */
function phaseOf(seat: SeatId): number {
  let h = 2166136261;
  for (let k = 0; k < seat.length; k++) h = Math.imul(h ^ seat.charCodeAt(k), 16777619);
  return (h >>> 0) / 2 ** 32;
}

/**
 * Whether the pace allows an initiative now: one per `1/INITIATIVES_PER_ROUND` of a round at most,
 * and a seat's first of a round only after its own offset into the round, so that initiatives
 * spread through the round instead of coming in a burst when it opens.
 */
function paced(view: PlayerView, seat: SeatId, now: number, last: number): boolean {
  const roundMs = view.timings.roundSeconds * 1000;
  const gap = roundMs / INITIATIVES_PER_ROUND;
  if (!spacedOut(view, now, last)) return false;
  if (view.phase !== "negotiation" || view.deadline === null) return true;
  const start = view.deadline - roundMs;
  return now - start >= phaseOf(seat) * gap;
}

/** Whether the last initiative lies at least `1/INITIATIVES_PER_ROUND` of a round back. */
function spacedOut(view: PlayerView, now: number, last: number): boolean {
  return now - last >= (view.timings.roundSeconds * 1000) / INITIATIVES_PER_ROUND;
}

/** Whether this seat's own amendments or the amendments it must decide keep it busy. */
function waiting(c: Ctx): boolean {
  const pen = c.view.penHolder === c.seat;
  return openAmendments(c.view.amendments).some((m) => m.by === c.seat || (pen && m.by !== c.seat));
}

/**
 * Ready when this seat has nothing left to do this round: nothing done now, nothing of its own or
 * for it to decide still open, and nothing it would do even at the aspiration it will have reached
 * by the round's end with the pace set aside (then every seat ready ends the round early). A ready
 * seat that acts again says so first.
 */
// The last table a seat found something left to do at, per memory: the same round, draft and
// amendments give the same answer (the round's-end aspiration does not move within a round).
const busyAt = new WeakMap<object, { round: number; draft: object; amendments: number }>();

function sayReady(c: Ctx, personality: Personality, memory: object): void {
  const me = c.view.seats[c.seat];
  if (!me) return;
  if (c.actions.length > 0) {
    if (me.ready) c.actions.unshift({ type: "seat/ready", ready: false });
    return;
  }
  if (me.ready || waiting(c)) return;
  const busy = busyAt.get(memory);
  if (busy?.round === c.view.round && busy.draft === c.view.draft && busy.amendments === c.view.amendments.length)
    return;
  const rounds = c.view.timings.rounds;
  const tEnd = Math.min(1, c.view.round / rounds);
  const later: Ctx = {
    ...c,
    asp: aspiration(Math.min(1, c.clock(tEnd) / CLOSE_BY), c.worth.top, c.worth.reservation, personality),
    free: true,
    spaced: true,
    // At the round's end (the last call to a vote included).
    now: c.view.deadline ?? c.now,
    actions: [],
    talks: false,
    probe: true,
    talk: [],
  };
  if (c.view.penHolder === c.seat) penSearch(later);
  else postAmendment(later);
  if (later.actions.length === 0) maybeCallVote(later);
  if (later.actions.length === 0) c.actions.push({ type: "seat/ready", ready: true });
  else busyAt.set(memory, { round: c.view.round, draft: c.view.draft, amendments: c.view.amendments.length });
}

/**
 * One negotiating decision for a seat (negotiation and vote phases); mutates `memory`. `now` is the
 * table time (the view's own, or later when the clock has moved on since the view was taken);
 * `clock` maps the negotiation time to the time the aspiration is read at (the identity for a bot).
 */
export function negotiate(
  view: PlayerView,
  seat: SeatId,
  table: OwnTable,
  personality: Personality,
  memory: NegotiatorMemory,
  talks = true,
  now: number = view.now,
  clock: (t: number) => number = (t) => t,
): BotDecision {
  const t = negotiationTime(view, memory.t, now);
  memory.t = t;
  const conceded = concessionTime(view, seat, t);
  const model = memory.model;
  observe(model, table, view);
  const idx = indicesOf(table, view.draft);
  const worth = valuer(view, table);
  const c: Ctx = {
    view,
    now,
    seat,
    table,
    worth,
    model,
    odds: null,
    t,
    asp: aspiration(Math.min(1, clock(conceded) / CLOSE_BY), worth.top, worth.reservation, personality),
    idx,
    u: worth.value(idx),
    complete: idx.every((o) => o >= 0),
    pick: memory.talked,
    free: paced(view, seat, now, memory.lastInitiativeAt),
    spaced: spacedOut(view, now, memory.lastInitiativeAt),
    actions: [],
    talks,
    probe: false,
    talk: [],
    clock,
  };
  if (view.phase === "vote") ballot(c);
  else if (view.phase === "negotiation" && !view.paused) {
    if (view.penHolder === seat) {
      if (!c.complete) fillBlanks(c);
      withdrawOwnMotions(c);
      handleAmendments(c);
      // Declining what the table proposed is no reason to leave its own draft as it is: a pen
      // facing a stream of amendments would otherwise never rewrite a draft it cannot sign.
      if (!c.actions.some((a) => a.type !== "draft/decline")) penSearch(c);
      // Nothing better to write in on what the pen knows: ask the table what stops it.
      if (c.actions.length === 0 && c.free) maybeAskPoll(c);
    } else {
      supportAmendments(c);
      withdrawStale(c);
      postAmendment(c);
    }
    if (!c.actions.some((a) => a.type === "draft/set" || a.type === "draft/accept")) maybeCallVote(c);
    // What the seat owes the table (a poll answer, offers, the board) goes first; its poll answer
    // says what a vote would get from it now.
    // An amendment this decision backs is not also opposed (the duties judge it on points alone).
    const backed = new Set(c.actions.flatMap((a) => (a.type === "draft/support" ? [a.amendment] : [])));
    const duties = tableDuties(view, seat, table, (x) => acceptable(c, x), now);
    // Handing the pen over, the seat no longer writes: what it meant to write as the holder goes.
    if (duties.some((a) => a.type === "draft/pass-pen"))
      c.actions = c.actions.filter((a) => !["draft/set", "draft/accept", "draft/decline"].includes(a.type));
    // A support the seat owes by its word and would give anyway goes out once.
    c.actions.unshift(
      ...duties.filter((a) => !((a.type === "draft/oppose" || a.type === "draft/support") && backed.has(a.amendment))),
    );
    sayReady(c, personality, memory);
  }
  memory.talked = c.pick;
  if (c.actions.some((a) => a.type === "draft/amend" || a.type === "draft/set" || a.type === "vote/call"))
    memory.lastInitiativeAt = now;
  return { actions: c.actions, talk: c.talk, memory };
}
