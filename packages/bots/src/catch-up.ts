// What a person finds on coming to a seat someone else held: back from the seat-keeper (what
// changed while they were away, and what the keeper did for them), or over from a bot (what the bot
// leaves open in the seat's name). Lines are data; each reader's client words them in its language.
import type { PlayerView } from "@ironclad/engine";
import type { CatchUpLine } from "@ironclad/engine/protocol";
import type { KeeperMemory } from "./bot-types.ts";

/** Where the table stands now (the last line of every catch-up). */
function now(view: PlayerView): CatchUpLine {
  return { kind: "now", phase: view.phase, step: view.step, round: view.round };
}

/** The seat-keeper hands the seat back: what changed since its people left, and what it did for them. */
export function awayLines(view: PlayerView, memory: KeeperMemory): CatchUpLine[] {
  const lines: CatchUpLine[] = [];
  const changed = view.scenario.issues.filter((i) => (view.draft[i.id] ?? null) !== (memory.draftAtDrop[i.id] ?? null));
  if (changed.length === 0) lines.push({ kind: "draft-same" });
  for (const issue of changed)
    lines.push({
      kind: "draft-changed",
      issue: issue.id,
      from: memory.draftAtDrop[issue.id] ?? null,
      to: view.draft[issue.id] ?? null,
    });
  const posted = view.amendments.filter((m) => m.id > memory.lastAmendmentAtDrop);
  if (posted.length > 0) {
    lines.push({ kind: "posted", count: posted.length, open: posted.filter((m) => m.status === "open").length });
    for (const m of posted.slice(-5))
      lines.push({ kind: "amendment", id: m.id, by: m.by, issue: m.issue, option: m.option, status: m.status });
  }
  for (const v of view.votes.slice(memory.votesAtDrop))
    lines.push({
      kind: "vote",
      id: v.id,
      calledBy: v.calledBy,
      result: v.result ? (v.result.concluded ? "concluded" : "failed") : "open",
      signatories: v.result?.signatories ?? [],
    });
  for (const y of view.years.slice(Math.max(0, memory.yearsAtDrop - 1))) {
    if (y.year <= 0) continue;
    lines.push({
      kind: "year",
      year: y.year,
      event: y.event?.title ?? null,
      moscow: y.moscowAction ?? null,
      broken: y.brokenPromises,
    });
  }
  if (memory.deeds.length === 0) lines.push({ kind: "no-deeds" });
  for (const d of memory.deeds) lines.push({ kind: "deed", deed: d.deed });
  lines.push(now(view));
  return lines;
}

/**
 * A person takes the seat over from a bot: what the bot leaves open in the seat's name — the pen, its
 * open amendments, the open offers it made or was made — so nothing it started is a surprise.
 */
export function handoverLines(view: PlayerView): CatchUpLine[] {
  if (view.viewer.kind !== "seat") return [];
  const seat = view.viewer.seat;
  const lines: CatchUpLine[] = [];
  if (view.penHolder === seat) lines.push({ kind: "pen" });
  for (const m of view.amendments)
    if (m.status === "open" && m.by === seat)
      lines.push({ kind: "own-amendment", id: m.id, issue: m.issue, option: m.option });
  for (const o of view.offers)
    if (o.status === "open" && (o.by === seat || o.to === seat || (o.to === null && o.by !== seat)))
      lines.push({ kind: "offer", id: o.id, by: o.by, to: o.to });
  lines.push(now(view));
  return lines;
}
