// The seat-keeper: holds the seat of a person who dropped. It is conservative by construction:
// it supports only what the person had supported, signs only a text whose every option the person
// had supported (and never below the no-deal value or across a red line), makes no new commitment
// (posts nothing, calls no vote, answers Moscow with no more than a standing pledge requires), and
// hands the seat back with a catch-up of what happened meanwhile (catch-up.ts).
import { type PlayerView, RESPONSES, requiredResponse, type SeatId } from "@ironclad/engine";
import type { KeeperDeed } from "@ironclad/engine/protocol";
import { waitsForReady } from "./bot.ts";
import type { BotAction, BotDecision, KeeperMemory } from "./bot-types.ts";
import { indicesOf, ownTableOf, signable } from "./own-table.ts";
import { issueName, optionName, say, type TalkLine } from "./talk.ts";

/** The keeper's memory when it takes the seat (call it with the view at the moment the person drops). */
export function newKeeperMemory(view: PlayerView): KeeperMemory {
  if (view.viewer.kind !== "seat") throw new Error("newKeeperMemory: the keeper needs the seat's view");
  return {
    role: "keeper",
    seat: view.viewer.seat,
    since: view.now,
    draftAtDrop: { ...view.draft },
    lastAmendmentAtDrop: view.amendments.reduce((m, a) => Math.max(m, a.id), 0),
    votesAtDrop: view.votes.length,
    yearsAtDrop: view.years.length,
    phaseAtDrop: view.phase,
    announced: false,
    deeds: [],
  };
}

/** The `issue:option` pairs the person had posted, supported or signed before dropping. */
export function supportedOptions(view: PlayerView, memory: KeeperMemory): Set<string> {
  const out = new Set<string>();
  for (const m of view.amendments) {
    if (m.id > memory.lastAmendmentAtDrop || m.option === null) continue;
    if (m.by === memory.seat || m.supporters.includes(memory.seat)) out.add(`${m.issue}:${m.option}`);
  }
  view.votes.slice(0, memory.votesAtDrop).forEach((v) => {
    if (v.ballots[memory.seat] !== "sign") return;
    for (const [issue, option] of Object.entries(v.package)) out.add(`${issue}:${option}`);
  });
  return out;
}

function deed(memory: KeeperMemory, at: number, deed: KeeperDeed): void {
  memory.deeds.push({ at, deed });
}

/** The seat-keeper decides for the absent person's seat. Pure; `memory` from `newKeeperMemory`. */
export function keeperDecide(
  view: PlayerView,
  memory: KeeperMemory,
  now: number = view.now,
): BotDecision<KeeperMemory> {
  const mem = structuredClone(memory);
  const seat: SeatId = mem.seat;
  const me = view.seats[seat];
  const actions: BotAction[] = [];
  const talk: TalkLine[] = [];
  const out = { actions, talk, memory: mem };
  if (!me || view.paused) return out;
  if (!mem.announced) {
    mem.announced = true;
    const said = say(view.scenario, seat, "keeper-holds", {});
    if (said) talk.push({ channel: "table", ...said });
  }
  if (waitsForReady(view)) {
    if (!me.ready) actions.push({ type: "seat/ready", ready: true });
    return out;
  }
  const supported = supportedOptions(view, mem);
  const sc = view.scenario;
  if (view.phase === "negotiation") {
    for (const m of view.amendments) {
      if (m.status !== "open" || m.by === seat || m.option === null) continue;
      if (!supported.has(`${m.issue}:${m.option}`)) continue;
      if (view.penHolder === seat) {
        actions.push({ type: "draft/accept", amendment: m.id });
        deed(mem, now, { act: "accepted", amendment: m.id, by: m.by, issue: m.issue, option: m.option });
      } else if (!m.supporters.includes(seat)) {
        actions.push({ type: "draft/support", amendment: m.id });
        deed(mem, now, { act: "supported", amendment: m.id, issue: m.issue, option: m.option });
      }
    }
    return out;
  }
  if (view.phase === "vote") {
    const vote = view.votes[view.votes.length - 1];
    if (!vote || vote.result || vote.ballots[seat]) return out;
    const table = ownTableOf(view);
    const all = Object.entries(vote.package).every(([issue, option]) => supported.has(`${issue}:${option}`));
    const ok = all && table !== null && signable(table, indicesOf(table, vote.package), table.noDealValue);
    actions.push({ type: ok ? "vote/sign" : "vote/decline" });
    deed(mem, now, { act: ok ? "signed" : "declined", vote: vote.id });
    return out;
  }
  if (view.phase === "stress" && view.step === "response") {
    const year = view.years[view.years.length - 1];
    if (!year?.moscowAction || year.responses[seat]) return out;
    const kind = sc.seats.find((x) => x.id === seat)?.kind;
    if (kind !== "guarantor" && kind !== "european") return out;
    const bound = view.framework?.stands === true && view.framework.bound.includes(seat);
    // Keep the commitment already made, add none.
    const response = bound ? requiredResponse(view.readout?.pledge ?? "nothing", year.moscowAction) : "nothing";
    const given = RESPONSES.includes(response) ? response : "nothing";
    actions.push({ type: "stress/respond", response: given });
    deed(mem, now, { act: "answered", year: year.year, moscow: year.moscowAction, response: given, bound });
  }
  return out;
}
