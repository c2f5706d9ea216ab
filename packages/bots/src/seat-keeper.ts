// The seat-keeper: holds the seat of a person who dropped. It is conservative by construction:
// it supports only what the person had supported, signs only a text whose every option the person
// had supported (and never below the no-deal value or across a red line), makes no new commitment
// (posts nothing, calls no vote, answers Moscow with no more than a standing pledge requires), and
// hands the seat back with a catch-up summary of what happened meanwhile.
import { type PlayerView, RESPONSES, requiredResponse, type SeatId } from "@ironclad/engine";
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

function deed(memory: KeeperMemory, at: number, text: string): void {
  memory.deeds.push({ at, text });
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
      const what = `${issueName(sc, m.issue)} → ${optionName(sc, m.issue, m.option)}`;
      if (view.penHolder === seat) {
        actions.push({ type: "draft/accept", amendment: m.id });
        deed(
          mem,
          now,
          `accepted ${view.scenario.seats.find((s) => s.id === m.by)?.name.en ?? m.by}'s amendment #${m.id} (${what}), which you had backed`,
        );
      } else if (!m.supporters.includes(seat)) {
        actions.push({ type: "draft/support", amendment: m.id });
        deed(mem, now, `supported amendment #${m.id} (${what}), as you had`);
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
    deed(
      mem,
      now,
      ok
        ? `signed vote #${vote.id}: every option in it had your support`
        : `declined vote #${vote.id}: it held options you had not supported`,
    );
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
    actions.push({ type: "stress/respond", response: RESPONSES.includes(response) ? response : "nothing" });
    deed(
      mem,
      now,
      `answered Moscow's ${year.moscowAction} in year ${year.year} with ${response}${bound ? ", as the pledge requires" : ""}`,
    );
  }
  return out;
}

/** What happened while the person was away, as short lines for the returning delegation. */
export function catchUpSummary(view: PlayerView, memory: KeeperMemory): string[] {
  const sc = view.scenario;
  const seatName = (id: string) => sc.seats.find((s) => s.id === id)?.name.en ?? id;
  const back = say(sc, memory.seat, "keeper-returns", {});
  const lines: string[] = back ? [back.text] : [];
  const changed = sc.issues.filter((i) => (view.draft[i.id] ?? null) !== (memory.draftAtDrop[i.id] ?? null));
  if (changed.length === 0) lines.push("The draft has not changed.");
  for (const issue of changed)
    lines.push(
      `Draft, ${issueName(sc, issue.id)}: ${optionName(sc, issue.id, memory.draftAtDrop[issue.id] ?? null)} → ${optionName(sc, issue.id, view.draft[issue.id] ?? null)}.`,
    );
  const posted = view.amendments.filter((m) => m.id > memory.lastAmendmentAtDrop);
  if (posted.length > 0) {
    const open = posted.filter((m) => m.status === "open").length;
    lines.push(`${posted.length} amendment(s) posted since you left, ${open} still open.`);
    for (const m of posted.slice(-5))
      lines.push(
        `  #${m.id} ${seatName(m.by)}: ${issueName(sc, m.issue)} → ${optionName(sc, m.issue, m.option)} (${m.status}).`,
      );
  }
  for (const v of view.votes.slice(memory.votesAtDrop)) {
    const who = v.calledBy === "facilitator" ? "the facilitator" : seatName(v.calledBy);
    const result = v.result
      ? v.result.concluded
        ? `concluded, signed by ${v.result.signatories.map(seatName).join(", ")}`
        : `failed (${v.result.signatories.length} signed)`
      : "still open";
    lines.push(`Vote #${v.id}, called by ${who}: ${result}.`);
  }
  for (const y of view.years.slice(Math.max(0, memory.yearsAtDrop - 1))) {
    if (y.year <= 0) continue;
    const broken = y.brokenPromises.length > 0 ? `; broken promises: ${y.brokenPromises.map(seatName).join(", ")}` : "";
    lines.push(`Year ${y.year}: ${y.event?.title.en ?? "no event"}; Moscow: ${y.moscowAction ?? "not yet"}${broken}.`);
  }
  if (memory.deeds.length > 0) {
    lines.push("What the seat-keeper did for you:");
    for (const d of memory.deeds) lines.push(`  It ${d.text}.`);
  } else lines.push("The seat-keeper took no action for you.");
  lines.push(`Now: ${view.phase}${view.step ? ` (${view.step})` : ""}${view.round ? `, round ${view.round}` : ""}.`);
  return lines;
}
