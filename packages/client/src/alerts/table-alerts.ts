// What at the table needs this person now (#21, item 7), read from the engine's view: the actions
// it lists as legal for them (a ballot to cast, a response owed to Moscow), their own amendments'
// statuses, and the phase. No rule is worked out here: the engine said all of it.
import type { Response } from "@ironclad/engine";
import type { TableSnapshot } from "../net/table-types.ts";
import { colour } from "../theme/palette.ts";

/** Something that needs this person: a vote, a stress-test response, their amendment decided, a new phase. */
export type TableAlert =
  | { kind: "vote"; key: string }
  | { kind: "respond"; key: string; owed: Exclude<Response, "nothing"> | null }
  | { kind: "decided"; key: string; amendment: number; status: "accepted" | "declined" }
  | { kind: "phase"; key: string; phase: TableSnapshot["phase"] };

/**
 * Alerts that stand while the engine still waits for this person: the vote while they may sign or
 * decline, the response while they may respond (with what the view says they owe, if anything).
 */
export function standingAlerts(snap: TableSnapshot, mySeat: string | null): TableAlert[] {
  if (!mySeat) return [];
  const legal = new Set(snap.mine?.legal ?? []);
  const out: TableAlert[] = [];
  if (legal.has("vote/sign") || legal.has("vote/decline")) out.push({ kind: "vote", key: `vote:${snap.round}` });
  if (legal.has("stress/respond")) {
    const owed = snap.pub?.duties?.[mySeat] ?? null;
    out.push({ kind: "respond", key: `respond:${snap.year}`, owed: owed && owed !== "nothing" ? owed : null });
  }
  return out;
}

/** What happened between two snapshots that this person should hear of: their amendments decided, a phase change. */
export function alertEvents(prev: TableSnapshot | null, next: TableSnapshot, mySeat: string | null): TableAlert[] {
  if (!prev) return [];
  const out: TableAlert[] = [];
  if (mySeat) {
    const before = new Map(prev.amendments.map((a) => [a.id, a.status]));
    for (const a of next.amendments) {
      if (a.by !== mySeat || before.get(a.id) !== "open") continue;
      if (a.status === "accepted" || a.status === "declined")
        out.push({ kind: "decided", key: `decided:${a.id}`, amendment: a.id, status: a.status });
    }
  }
  if (prev.phase !== next.phase && next.phase !== "lobby")
    out.push({ kind: "phase", key: `phase:${next.phase}:${next.year}`, phase: next.phase });
  return out;
}

/** The tab's title with the alerts before it: "(2) Vote open · Kyiv · Vote — Ironclad". */
export function alertTitle(base: string, alerts: readonly TableAlert[], text: (a: TableAlert) => string): string {
  const first = alerts[0];
  if (!first) return base;
  return `(${alerts.length}) ${text(first)} · ${base}`;
}

/** The favicon with a red dot in its corner: the shield of favicon.svg, for a tab that needs its person. */
export const ALERT_FAVICON = `data:image/svg+xml,${encodeURIComponent(
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><path d="M32 4 8 12v18c0 15 10 25 24 30 14-5 24-15 24-30V12Z" fill="${colour.ink}" stroke="${colour.brass}" stroke-width="4"/><path d="M20 30h24M32 18v28" stroke="${colour.brass}" stroke-width="5" stroke-linecap="round"/><circle cx="48" cy="16" r="14" fill="${colour.bad}" stroke="${colour.white}" stroke-width="4"/></svg>`,
)}`;
