// The stress scene's motion, from the engine's events (#18): ratification's rolls and verdict, then
// each year's card, Moscow's move, the guarantors' answers, Kyiv's own move, broken promises and the
// adjudicated year, each batch played once (`BatchCursor`). What the scene draws at rest is the
// model's (stress-model.ts, from the snapshot); only the motion comes from here. Pure: no Phaser, no
// rules.
import type { GameEvent } from "../net/table-types.ts";
import type { StressSceneModel } from "./stress-model.ts";

/** Something that happened in ratification or the stress test which the scene shows as motion. */
export type StressMotion =
  /** A signatory's ratification roll landed. */
  | { kind: "rolled"; seat: string }
  /** Every roll is in: the framework stands or collapses. */
  | { kind: "verdict" }
  /** A year's event card was drawn: it turns over. */
  | { kind: "event"; year: number }
  /** Moscow acted. */
  | { kind: "moscow"; year: number }
  /** A guarantor answered. */
  | { kind: "response"; seat: string }
  /** Kyiv made its own move. */
  | { kind: "protected"; seat: string }
  /** A guarantor fell short of its pledge. */
  | { kind: "broken"; seat: string }
  /** The year was adjudicated: the meters move to their new values. */
  | { kind: "adjudicated"; year: number };

/** The phases the stress scene draws: it opens on the batch that brought the table into them. */
export const STRESS_PHASES: ReadonlySet<string> = new Set(["ratification", "stress"]);

/**
 * The motion for `events`, in their order, that the picture of `shown` has a place for: the rolls
 * and the verdict while it shows ratification, a year's motion while it shows that year (a batch
 * that ends one year and opens the next moves only what the next year's picture holds).
 */
export function stressMotion(
  events: readonly GameEvent[],
  shown: Pick<StressSceneModel, "view"> & { year: { year: number } | null },
): StressMotion[] {
  const ratifying = shown.view === "ratification";
  const year = shown.view === "stress" ? (shown.year?.year ?? null) : null;
  const out: StressMotion[] = [];
  for (const e of events) {
    switch (e.type) {
      case "ratification/rolled":
        if (ratifying) out.push({ kind: "rolled", seat: e.seat });
        break;
      case "framework/ratified":
        if (ratifying) out.push({ kind: "verdict" });
        break;
      case "stress/event":
        if (e.year === year) out.push({ kind: "event", year: e.year });
        break;
      case "stress/moscow":
        if (e.year === year) out.push({ kind: "moscow", year: e.year });
        break;
      case "stress/response":
        if (e.year === year) out.push({ kind: "response", seat: e.seat });
        break;
      case "stress/protected-move":
        if (e.year === year) out.push({ kind: "protected", seat: e.seat });
        break;
      case "stress/broken-promise":
        if (e.year === year) out.push({ kind: "broken", seat: e.seat });
        break;
      case "stress/adjudicated":
        if (e.year === year) out.push({ kind: "adjudicated", year: e.year });
        break;
    }
  }
  return out;
}
