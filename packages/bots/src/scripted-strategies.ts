// Scripted strategies: simple ways a person might play a seat to get more out of the bots than a
// bot in the same seat would (or to test the table when a seat does nothing). The simulator seats
// one in place of a bot (`TableOptions.scripted`) and the exploitability run (`npm run simulate --
// --exploit`) compares each seat's score with the bot's over the same seeds. Each policy reads only
// its own seat's view, as a person would.
import type { PlayerView, SeatId } from "@ironclad/engine";
import { decideInPlace, newNegotiatorMemory } from "./bot.ts";
import type { BotAction, NegotiatorMemory, NegotiatorSettings } from "./bot-types.ts";
import { negotiate } from "./negotiator.ts";
import { crossesRedLine, indicesOf, type OwnTable, ownTableOf, signable } from "./own-table.ts";
import { tableDuties } from "./table-duties.ts";

/**
 * - `holdout`: the bot's own play, but it concedes nothing and declines every vote until the last
 *   fifth of the talks, then takes anything above its no-deal value (hold out, sign late).
 * - `never-concede`: the bot's own play with its aspiration held at its best package throughout.
 * - `ideal-only`: asks for its best option on every issue, backs only those, signs only its ideal.
 * - `yes-man`: backs every amendment, writes every one in when it holds the pen, calls votes, signs
 *   everything.
 * - `idle`: takes no part in the talks (no amendment, support, poll, board, pen or vote call) and
 *   signs in a vote what beats its no-deal value, as a passive person reading the deal analysis would.
 * - `absent`: does nothing at all during the talks, not even vote.
 * - `call-votes`: the bot's own play, plus a signing vote called whenever the draft is complete and
 *   it has a call left (the part of `yes-man` that is not giving way).
 * - `back-all`: the bot's own play, plus support for every open amendment of another seat.
 */
export const SCRIPTED_STRATEGIES = [
  "holdout",
  "never-concede",
  "ideal-only",
  "yes-man",
  "idle",
  "absent",
  "call-votes",
  "back-all",
] as const;
export type ScriptedStrategy = (typeof SCRIPTED_STRATEGIES)[number];

/** Share of the talks a hold-out holds out for. */
export const HOLDOUT_UNTIL = 0.8;

/** A seat's policy for one table: actions for the view at table time `now` (it keeps its own state). */
export interface SeatPolicy {
  decide(view: PlayerView, now: number): BotAction[];
}

const talking = (view: PlayerView) => view.phase === "negotiation" || view.phase === "vote";

/** A fresh policy of `strategy` for one seat at one table. */
export function scriptedPolicy(strategy: ScriptedStrategy, settings: NegotiatorSettings): SeatPolicy {
  let memory: NegotiatorMemory | null = null;
  // Outside the talks (briefing, ratification, the stress test) every strategy plays as the bot.
  const asBot = (view: PlayerView, now: number): BotAction[] => {
    const d = decideInPlace(view, settings, memory, now, false);
    memory = d.memory;
    return d.actions;
  };
  /** The bot's negotiation with its concession clock bent. */
  const bent =
    (clock: (t: number) => number, overrule?: (a: BotAction, t: number) => BotAction) =>
    (view: PlayerView, now: number): BotAction[] => {
      const seat = seatOf(view);
      const table = ownTableOf(view);
      if (!talking(view) || !table || view.paused) return asBot(view, now);
      memory ??= newNegotiatorMemory(view, settings);
      const d = negotiate(view, seat, table, settings.personality, memory, false, now, clock);
      memory = d.memory;
      const t = d.memory.t;
      return overrule ? d.actions.map((a) => overrule(a, t)) : d.actions;
    };
  const own =
    (play: (view: PlayerView, seat: SeatId, table: OwnTable, now: number) => BotAction[]) =>
    (view: PlayerView, now: number): BotAction[] => {
      const table = ownTableOf(view);
      if (!talking(view) || !table || view.paused) return asBot(view, now);
      return play(view, seatOf(view), table, now);
    };
  switch (strategy) {
    case "holdout":
      return {
        decide: bent(
          (t) => (t < HOLDOUT_UNTIL ? 0 : 1),
          (a, t) => (a.type === "vote/sign" && t < HOLDOUT_UNTIL ? { type: "vote/decline" } : a),
        ),
      };
    case "never-concede":
      return { decide: bent(() => 0) };
    case "ideal-only":
      return { decide: own(idealOnly) };
    case "yes-man":
      return { decide: own(yesMan) };
    case "idle":
      return { decide: own(idle) };
    case "absent":
      return { decide: own(() => []) };
    case "call-votes":
      return { decide: botAnd(asBot, callVote) };
    case "back-all":
      return { decide: botAnd(asBot, backAll) };
  }
}

/** The bot's own decision for the view, then `more` adds to it during the talks. */
function botAnd(
  asBot: (view: PlayerView, now: number) => BotAction[],
  more: (view: PlayerView, seat: SeatId, table: OwnTable, out: BotAction[]) => void,
) {
  return (view: PlayerView, now: number): BotAction[] => {
    const out = asBot(view, now);
    const table = ownTableOf(view);
    if (view.phase === "negotiation" && table && !view.paused) more(view, seatOf(view), table, out);
    return out;
  };
}

function callVote(view: PlayerView, seat: SeatId, table: OwnTable, out: BotAction[]): void {
  const me = view.seats[seat];
  const complete = table.issueIds.every((id) => view.draft[id] != null);
  if (
    complete &&
    me &&
    me.votesCalled < view.timings.voteCallsPerSeatPerRound &&
    !out.some((a) => a.type === "vote/call")
  )
    out.push({ type: "vote/call" });
}

function backAll(view: PlayerView, seat: SeatId, _table: OwnTable, out: BotAction[]): void {
  if (view.penHolder === seat) return;
  const decided = new Set(out.flatMap((a) => ("amendment" in a ? [a.amendment] : [])));
  for (const m of view.amendments)
    if (m.status === "open" && m.by !== seat && !m.supporters.includes(seat) && !decided.has(m.id))
      out.push({ type: "draft/support", amendment: m.id });
}

function seatOf(view: PlayerView): SeatId {
  if (view.viewer.kind !== "seat") throw new Error("a seat policy needs a seat's view");
  return view.viewer.seat;
}

function ballotOpen(view: PlayerView, seat: SeatId): boolean {
  const vote = view.votes[view.votes.length - 1];
  return view.phase === "vote" && vote !== undefined && !vote.result && !vote.ballots[seat];
}

function optionOf(table: OwnTable, issue: string, option: string | null): { i: number; o: number } {
  const i = table.issueIds.indexOf(issue);
  return { i, o: option === null ? -1 : (table.optionIds[i]?.indexOf(option) ?? -1) };
}

function isIdeal(table: OwnTable, idx: readonly number[]): boolean {
  return idx.every((o, i) => o === table.best[i]);
}

function idealOnly(view: PlayerView, seat: SeatId, table: OwnTable, now: number): BotAction[] {
  const accepts = (idx: readonly number[]) => isIdeal(table, idx);
  if (view.phase === "vote")
    return ballotOpen(view, seat)
      ? [
          {
            type: accepts(indicesOf(table, view.votes[view.votes.length - 1]?.package ?? {}))
              ? "vote/sign"
              : "vote/decline",
          },
        ]
      : [];
  // Its ideal written in is all it wants: it never hands the pen over.
  const out: BotAction[] = [...tableDuties(view, seat, table, accepts, now).filter((a) => a.type !== "draft/pass-pen")];
  const idx = indicesOf(table, view.draft);
  const open = view.amendments.filter((m) => m.status === "open");
  if (view.penHolder === seat) {
    for (const m of open) {
      if (m.by === seat) continue;
      const { i, o } = optionOf(table, m.issue, m.option);
      const take = o >= 0 && o === table.best[i] && idx[i] !== o;
      out.push({ type: take ? "draft/accept" : "draft/decline", amendment: m.id });
      if (take) idx[i] = o;
    }
    table.issueIds.forEach((issue, i) => {
      const best = table.best[i] ?? 0;
      if (idx[i] !== best) out.push({ type: "draft/set", issue, option: table.optionIds[i]?.[best] ?? "" });
    });
  } else {
    for (const m of open) {
      const { i, o } = optionOf(table, m.issue, m.option);
      if (m.by !== seat && o >= 0 && o === table.best[i] && !m.supporters.includes(seat))
        out.push({ type: "draft/support", amendment: m.id });
    }
    // Its best option wherever the draft says otherwise, two open at a time, each once a round.
    let mine = open.filter((m) => m.by === seat).length;
    table.issueIds.forEach((issue, i) => {
      const best = table.best[i] ?? 0;
      const option = table.optionIds[i]?.[best] ?? "";
      const asked = view.amendments.some(
        (m) =>
          m.by === seat && m.issue === issue && m.option === option && (m.status === "open" || m.round === view.round),
      );
      if (mine < 2 && idx[i] !== best && !asked) {
        out.push({ type: "draft/amend", issue, option });
        mine++;
      }
    });
  }
  const me = view.seats[seat];
  if (
    isIdeal(table, idx) &&
    me &&
    me.votesCalled < view.timings.voteCallsPerSeatPerRound &&
    !out.some((a) => a.type === "draft/set")
  )
    out.push({ type: "vote/call" });
  return out;
}

function yesMan(view: PlayerView, seat: SeatId, table: OwnTable, now: number): BotAction[] {
  // It signs everything the engine lets it sign (nothing across its own red lines).
  if (view.phase === "vote") {
    if (!ballotOpen(view, seat)) return [];
    const idx = indicesOf(table, view.votes[view.votes.length - 1]?.package ?? {});
    return [{ type: crossesRedLine(table, idx) ? "vote/decline" : "vote/sign" }];
  }
  const out: BotAction[] = [...tableDuties(view, seat, table, () => true, now).filter((a) => a.type === "poll/answer")];
  const idx = indicesOf(table, view.draft);
  for (const m of view.amendments) {
    if (m.status !== "open" || m.by === seat) continue;
    const { i, o } = optionOf(table, m.issue, m.option);
    if (view.penHolder === seat) {
      // Written in unless the draft already says it (the engine refuses a change that changes nothing).
      out.push({ type: idx[i] === o ? "draft/decline" : "draft/accept", amendment: m.id });
      if (i >= 0) idx[i] = o;
    } else if (!m.supporters.includes(seat)) out.push({ type: "draft/support", amendment: m.id });
  }
  if (view.penHolder === seat)
    table.issueIds.forEach((issue, i) => {
      // A draft must be complete before anyone can call a vote: blanks get its own best option.
      if ((idx[i] ?? -1) < 0)
        out.push({ type: "draft/set", issue, option: table.optionIds[i]?.[table.best[i] ?? 0] ?? "" });
    });
  const me = view.seats[seat];
  const complete = idx.every((o) => o >= 0);
  if (complete && me && me.votesCalled < view.timings.voteCallsPerSeatPerRound && out.length === 0)
    out.push({ type: "vote/call" });
  return out;
}

function idle(view: PlayerView, seat: SeatId, table: OwnTable): BotAction[] {
  if (!ballotOpen(view, seat)) return [];
  const idx = indicesOf(table, view.votes[view.votes.length - 1]?.package ?? {});
  return [{ type: signable(table, idx, table.noDealValue + 1) ? "vote/sign" : "vote/decline" }];
}
