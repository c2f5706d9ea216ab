import type { GameEvent } from "@ironclad/engine";
import { describe, expect, it } from "vitest";
import type { EventBatch } from "../net/table-connection.ts";
import { DEBRIEF_PHASES, type DebriefMotion, debriefMotion, FuturesReveal } from "./debrief-motion.ts";
import { BatchCursor, phaseChangeIndex } from "./table-motion.ts";

const batch = (id: number, events: GameEvent[]): EventBatch => ({ id, events, at: id * 1000 });
const ended: GameEvent[] = [
  { type: "stress/adjudicated", year: 3, security: 40, escalation: 1, unity: 50, damage: 10, mitigation: 0.3 },
  { type: "phase/entered", phase: "debrief", round: 3, year: 3, step: null, deadline: null },
  { type: "game/ended", outcome: "held", early: false },
];

describe("the debrief scene's motion", () => {
  it("stamps the outcome and grows the scores for the game's end, and for nothing else", () => {
    expect(debriefMotion(ended)).toEqual<DebriefMotion[]>([{ kind: "outcome" }, { kind: "scores" }]);
    expect(debriefMotion(ended.slice(0, 2))).toEqual([]);
    expect(debriefMotion([{ type: "game/ended", outcome: "failed", early: true, notPlayed: true }])).toEqual([]);
  });

  it("plays the batch that ended the game once when the scene opens on it, and nothing on a page opened later", () => {
    const list = [
      batch(7, [{ type: "stress/event", year: 3, event: { id: "x", injected: false } as never }]),
      batch(8, ended),
      batch(9, [{ type: "seat/controller", seat: "paris", controller: "bot" }]),
    ];
    const entering = new BatchCursor();
    const from = (l: readonly EventBatch[]) => phaseChangeIndex(l, DEBRIEF_PHASES);
    const play = (c: BatchCursor, l: EventBatch[], entry?: typeof from) =>
      debriefMotion(c.take(l, entry).flatMap((b) => b.events));
    expect(play(entering, list, from)).toEqual([{ kind: "outcome" }, { kind: "scores" }]);
    expect(play(entering, list, from)).toEqual([]);
    expect(play(entering, [...list, batch(10, [])])).toEqual([]);
    // Opened on a finished debrief (a reload): the end is past.
    expect(play(new BatchCursor(), list)).toEqual([]);
  });

  it("fills the futures once, when they come in while the scene is open", () => {
    const live = new FuturesReveal();
    expect(live.take(false, true)).toBe(false);
    expect(live.take(false, false)).toBe(false);
    expect(live.take(true, false)).toBe(true);
    expect(live.take(true, false)).toBe(false);
    // Already there as the game ended and the scene opened on it: they fill with the rest.
    expect(new FuturesReveal().take(true, true)).toBe(true);
    // A page opened on a finished debrief shows them at rest.
    const reload = new FuturesReveal();
    expect(reload.take(true, false)).toBe(false);
    expect(reload.take(true, false)).toBe(false);
  });
});
