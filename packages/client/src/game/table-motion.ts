// The table scene's motion, from the engine's events (#18, item 4): what the viewer's connection
// received for each accepted action, in order, each batch played once. What the scene draws at rest
// is the model's (table-model.ts, from the snapshot); only the motion comes from here. Pure: no
// Phaser, no rules.
import type { EventBatch } from "../net/table-connection.ts";
import type { GameEvent } from "../net/table-types.ts";

/** Something that happened at the table which the scene shows as motion. */
export type TableMotion =
  /** An amendment was accepted: its option slides from its tab into the draft's row. */
  | { kind: "accepted"; amendment: number; issue: string }
  /** The pen-holder (or the facilitator) wrote an issue directly. */
  | { kind: "written"; issue: string }
  /** A new amendment was posted: its tab slides in. */
  | { kind: "proposed"; amendment: number }
  /** An amendment was declined or withdrawn: its tab drops away. */
  | { kind: "closed"; amendment: number; status: "declined" | "withdrawn" }
  /** A seat backed an amendment. */
  | { kind: "supported"; amendment: number; seat: string }
  /** A seat opposed an amendment. */
  | { kind: "opposed"; amendment: number; seat: string }
  /** The pen moved (null = the facilitator). */
  | { kind: "pen"; from: string | null; to: string | null }
  /** A signing vote opened. */
  | { kind: "vote" }
  /** A seat cast its ballot. */
  | { kind: "ballot"; seat: string; ballot: "sign" | "decline" }
  /** A seat said it is ready. */
  | { kind: "ready"; seat: string };

/**
 * The motion for `events`, in their order, one motion per event that has one. An accepted
 * amendment's issue is read from the events themselves (its posting, or the draft change it made)
 * or else from `issueOf` (the amendments the scene showed open); the draft change an amendment
 * made is part of its `accepted` motion, not a `written` one of its own.
 */
export function tableMotion(
  events: readonly GameEvent[],
  issueOf: (amendment: number) => string | undefined = () => undefined,
): TableMotion[] {
  const issues = new Map<number, string>();
  for (const e of events) {
    if (e.type === "amendment/posted") issues.set(e.amendment.id, e.amendment.issue);
    else if (e.type === "draft/changed" && e.amendment !== null) issues.set(e.amendment, e.issue);
  }
  const out: TableMotion[] = [];
  for (const e of events) {
    switch (e.type) {
      case "amendment/posted":
        out.push({ kind: "proposed", amendment: e.amendment.id });
        break;
      case "amendment/supported":
        out.push({ kind: "supported", amendment: e.id, seat: e.seat });
        break;
      case "amendment/opposed":
        out.push({ kind: "opposed", amendment: e.id, seat: e.seat });
        break;
      case "amendment/closed": {
        if (e.status !== "accepted") {
          out.push({ kind: "closed", amendment: e.id, status: e.status });
          break;
        }
        const issue = issues.get(e.id) ?? issueOf(e.id);
        if (issue !== undefined) out.push({ kind: "accepted", amendment: e.id, issue });
        break;
      }
      case "draft/changed":
        if (e.amendment === null) out.push({ kind: "written", issue: e.issue });
        break;
      case "pen/passed":
        out.push({ kind: "pen", from: e.from, to: e.to });
        break;
      case "vote/opened":
        out.push({ kind: "vote" });
        break;
      case "vote/ballot":
        out.push({ kind: "ballot", seat: e.seat, ballot: e.ballot });
        break;
      case "seat/ready":
        if (e.ready) out.push({ kind: "ready", seat: e.seat });
        break;
    }
  }
  return out;
}

/**
 * Hands out each event batch once. The first look only marks where the scene starts: batches that
 * were there before it are past, not news (the connection already keeps a join's first state from
 * passing as a batch), unless `entry` names one of them: a scene that opened because the phase just
 * changed plays the batch that changed it (and any after it) once. After that, a batch is news when
 * its id is above the last one seen; when the ids go back (a new connection numbers from 1 again),
 * every batch of the new list is news.
 */
export class BatchCursor {
  /** The id of the newest batch seen; null before the first look. */
  private last: number | null = null;

  /**
   * The batches of `batches` (oldest first) not handed out before. `entry`, asked on the first look
   * only, gives the index of the batch the scene's story starts with (-1: none, the default).
   */
  take(batches: readonly EventBatch[], entry?: (batches: readonly EventBatch[]) => number): EventBatch[] {
    const newest = batches.at(-1)?.id ?? 0;
    const last = this.last;
    if (last === null) {
      this.last = newest;
      const from = entry ? entry(batches) : -1;
      return from >= 0 ? batches.slice(from) : [];
    }
    if (batches.length === 0) return [];
    const fresh = newest < last ? [...batches] : batches.filter((b) => b.id > last);
    this.last = newest;
    return fresh;
  }
}

/**
 * The index of the last batch in which the table entered one of `phases` from another phase (its
 * `phase/entered` events, read in order; a phase before the first of them counts as another), or -1.
 * The stress and debrief scenes open on it: the batch that brought their phase about.
 */
export function phaseChangeIndex(batches: readonly EventBatch[], phases: ReadonlySet<string>): number {
  let inside = false;
  let found = -1;
  batches.forEach((b, i) => {
    for (const e of b.events) {
      if (e.type !== "phase/entered") continue;
      const now = phases.has(e.phase);
      if (now && !inside) found = i;
      inside = now;
    }
  });
  return found;
}
