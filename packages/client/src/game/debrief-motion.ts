// The debrief scene's motion (#18): the game's end (`game/ended`, an engine event) stamps the outcome
// in and grows the score bars, played once (`BatchCursor`). The futures are no engine event: the room
// runs them after the game ends and they arrive in a later patch, so `FuturesReveal` fills their bars
// once, when they first come in while the scene is open (not when a page opens on them). Pure: no
// Phaser, no rules.
import type { GameEvent } from "../net/table-types.ts";

/** A part of the debrief that the scene reveals with motion. */
export type DebriefMotion =
  /** The outcome line is stamped in. */
  | { kind: "outcome" }
  /** The score bars grow from the no-deal mark. */
  | { kind: "scores" }
  /** The futures bars fill. */
  | { kind: "futures" };

/** The phase the debrief scene draws: it opens on the batch that brought the table into it. */
export const DEBRIEF_PHASES: ReadonlySet<string> = new Set(["debrief"]);

/** The motion for `events`: the game's end reveals the outcome and the scores (a table never played has neither). */
export function debriefMotion(events: readonly GameEvent[]): DebriefMotion[] {
  const out: DebriefMotion[] = [];
  for (const e of events)
    if (e.type === "game/ended" && !e.notPlayed) out.push({ kind: "outcome" }, { kind: "scores" });
  return out;
}

/**
 * Whether the futures' bars should fill now, once per scene: they are there in this picture and
 * were not in the scene's last one, and the scene is live (it drew a picture before, or it opens
 * on the game's end). A page that opens on a finished debrief shows them at rest.
 */
export class FuturesReveal {
  private seen: boolean | null = null;

  /** `present`: this picture has the futures; `entering`: the scene opened on the phase change. */
  take(present: boolean, entering: boolean): boolean {
    const before = this.seen;
    this.seen = present || before === true;
    if (!present || before === true) return false;
    return before === false || entering;
  }
}
