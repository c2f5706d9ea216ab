import { type Actor, apply, type GameEvent, type GameState, initialState } from "@ironclad/engine";
import { describe, expect, it } from "vitest";
import type { EventBatch } from "../net/table-connection.ts";
import { full } from "./snapshot-fixtures.ts";
import { BatchCursor, phaseChangeIndex, type TableMotion, tableMotion } from "./table-motion.ts";

const amendmentOf = (id: number, by: string, issue: string, option: string | null) => ({
  id,
  by,
  issue,
  option,
  supporters: [],
  status: "open" as const,
  round: 1,
  at: 0,
});

const batch = (id: number, events: GameEvent[] = []): EventBatch => ({ id, events, at: id * 1000 });

describe("the table scene's motion from the engine's events", () => {
  it("gives each event that moves something its one motion, in the events' order", () => {
    const events: GameEvent[] = [
      { type: "seat/ready", seat: "paris", ready: true },
      { type: "seat/ready", seat: "berlin", ready: false },
      { type: "amendment/posted", amendment: amendmentOf(4, "paris", "force", "mfu") },
      { type: "amendment/supported", id: 4, seat: "warsaw" },
      { type: "amendment/opposed", id: 4, seat: "berlin" },
      { type: "position/set", seat: "kyiv", issue: "force", option: "mfu", stance: "needs" },
      { type: "amendment/closed", id: 2, status: "declined" },
      { type: "amendment/closed", id: 3, status: "withdrawn" },
      { type: "draft/changed", issue: "pledge", option: "consult", by: "paris", amendment: null },
      { type: "draft/changed", issue: "sanctions", option: null, by: "facilitator", amendment: null },
      { type: "pen/requested", seat: "kyiv" },
      { type: "pen/passed", from: "paris", to: "kyiv" },
      { type: "pen/passed", from: "kyiv", to: null, reason: "lapse" },
      { type: "vote/opened", id: 1, calledBy: "kyiv", package: {} },
      { type: "vote/ballot", id: 1, seat: "kyiv", ballot: "sign" },
      { type: "vote/ballot", id: 1, seat: "berlin", ballot: "decline" },
    ];
    expect(tableMotion(events)).toEqual<TableMotion[]>([
      { kind: "ready", seat: "paris" },
      { kind: "proposed", amendment: 4 },
      { kind: "supported", amendment: 4, seat: "warsaw" },
      { kind: "opposed", amendment: 4, seat: "berlin" },
      { kind: "closed", amendment: 2, status: "declined" },
      { kind: "closed", amendment: 3, status: "withdrawn" },
      { kind: "written", issue: "pledge" },
      { kind: "written", issue: "sanctions" },
      { kind: "pen", from: "paris", to: "kyiv" },
      { kind: "pen", from: "kyiv", to: null },
      { kind: "vote" },
      { kind: "ballot", seat: "kyiv", ballot: "sign" },
      { kind: "ballot", seat: "berlin", ballot: "decline" },
    ]);
  });

  it("slides an accepted amendment into the draft once, not as a write of its own", () => {
    // The draft changed: the issue is in the event.
    const changed: GameEvent[] = [
      { type: "amendment/closed", id: 7, status: "accepted" },
      { type: "draft/changed", issue: "force", option: "mfu", by: "paris", amendment: 7 },
    ];
    expect(tableMotion(changed)).toEqual([{ kind: "accepted", amendment: 7, issue: "force" }]);
    // The draft already said so: the issue is the one the scene showed the amendment on.
    const same: GameEvent[] = [{ type: "amendment/closed", id: 7, status: "accepted" }];
    expect(tableMotion(same, (id) => (id === 7 ? "pledge" : undefined))).toEqual([
      { kind: "accepted", amendment: 7, issue: "pledge" },
    ]);
    // Posted and accepted before the scene saw it open: its posting says where.
    const both: GameEvent[] = [
      { type: "amendment/posted", amendment: amendmentOf(8, "warsaw", "sanctions", "snapback") },
      { type: "amendment/closed", id: 8, status: "accepted" },
    ];
    expect(tableMotion(both)).toEqual([
      { kind: "proposed", amendment: 8 },
      { kind: "accepted", amendment: 8, issue: "sanctions" },
    ]);
  });

  it("reads the engine's own events for a stretch of talks", () => {
    // A real table, driven through the engine: what the connection receives, batch by batch.
    let s: GameState = initialState(full, { seed: "motion", at: 1_000_000 });
    const F: Actor = { kind: "facilitator" };
    const seat = (id: string): Actor => ({ kind: "seat", seat: id });
    const act = (action: Record<string, unknown> & { actor: Actor }): GameEvent[] => {
      const r = apply(s, { at: s.now + 1000, ...action });
      if (!r.ok) throw new Error(`${String(action.type)}: ${r.error.code}`);
      s = r.state;
      return r.events;
    };
    act({ type: "table/start", actor: F });
    act({ type: "facilitator/skip", actor: F });
    const pen = s.penHolder ?? "";
    const other = s.seatOrder.find((id) => id !== pen) ?? "";
    const third = s.seatOrder.find((id) => id !== pen && id !== other) ?? "";
    const [issue, second] = full.issues;
    const optionOf = (i: typeof issue, k: number) => i?.options[k]?.id ?? "";
    const motion = (events: GameEvent[]) => tableMotion(events);

    expect(motion(act({ type: "draft/set", issue: issue?.id, option: optionOf(issue, 0), actor: seat(pen) }))).toEqual([
      { kind: "written", issue: issue?.id },
    ]);
    expect(
      motion(act({ type: "draft/amend", issue: issue?.id, option: optionOf(issue, 1), actor: seat(other) })),
    ).toEqual([{ kind: "proposed", amendment: 1 }]);
    expect(motion(act({ type: "draft/support", amendment: 1, actor: seat(third) }))).toEqual([
      { kind: "supported", amendment: 1, seat: third },
    ]);
    expect(motion(act({ type: "draft/oppose", amendment: 1, actor: seat(third) }))).toEqual([
      { kind: "opposed", amendment: 1, seat: third },
    ]);
    expect(motion(act({ type: "draft/accept", amendment: 1, actor: seat(pen) }))).toEqual([
      { kind: "accepted", amendment: 1, issue: issue?.id },
    ]);
    act({ type: "draft/amend", issue: second?.id, option: optionOf(second, 0), actor: seat(other) });
    expect(motion(act({ type: "draft/withdraw", amendment: 2, actor: seat(other) }))).toEqual([
      { kind: "closed", amendment: 2, status: "withdrawn" },
    ]);
    act({ type: "draft/amend", issue: second?.id, option: optionOf(second, 1), actor: seat(third) });
    expect(motion(act({ type: "draft/decline", amendment: 3, actor: seat(pen) }))).toEqual([
      { kind: "closed", amendment: 3, status: "declined" },
    ]);
    expect(motion(act({ type: "draft/pass-pen", to: other, actor: seat(pen) }))).toEqual([
      { kind: "pen", from: pen, to: other },
    ]);
  });
});

describe("which event batches are news", () => {
  it("plays none of the batches there before the scene's first picture", () => {
    const cursor = new BatchCursor();
    expect(cursor.take([batch(1), batch(2), batch(3)])).toEqual([]);
    expect(cursor.take([batch(1), batch(2), batch(3)])).toEqual([]);
    expect(cursor.take([batch(1), batch(2), batch(3), batch(4)]).map((b) => b.id)).toEqual([4]);
  });

  it("hands out each later batch once, in order, however often the view is redrawn", () => {
    const cursor = new BatchCursor();
    const list: EventBatch[] = [];
    expect(cursor.take(list)).toEqual([]);
    const played: number[] = [];
    const look = () => played.push(...cursor.take([...list]).map((b) => b.id));
    list.push(batch(1));
    look();
    // Someone typing, the clock, a language change: the same batches again.
    look();
    look();
    // Two batches arrive between two looks.
    list.push(batch(2), batch(3));
    look();
    look();
    list.push(batch(4));
    look();
    expect(played).toEqual([1, 2, 3, 4]);
  });

  it("keeps counting when the connection drops its oldest batches", () => {
    const cursor = new BatchCursor();
    cursor.take([batch(1), batch(2)]);
    expect(cursor.take([batch(2), batch(3)]).map((b) => b.id)).toEqual([3]);
    expect(cursor.take([batch(3)])).toEqual([]);
  });

  it("takes a new connection's batches, numbered from 1 again, as news", () => {
    const cursor = new BatchCursor();
    cursor.take([batch(5), batch(6)]);
    expect(cursor.take([])).toEqual([]);
    expect(cursor.take([batch(1)]).map((b) => b.id)).toEqual([1]);
    expect(cursor.take([batch(1), batch(2)]).map((b) => b.id)).toEqual([2]);
  });

  it("turns a stretch of views into motion with nothing dropped and nothing twice", () => {
    const cursor = new BatchCursor();
    const views: EventBatch[][] = [
      [batch(1, [{ type: "seat/ready", seat: "paris", ready: true }])],
      [batch(1, [{ type: "seat/ready", seat: "paris", ready: true }])],
      [
        batch(1, [{ type: "seat/ready", seat: "paris", ready: true }]),
        batch(2, [{ type: "amendment/posted", amendment: amendmentOf(1, "paris", "force", "mfu") }]),
      ],
      [
        batch(1, [{ type: "seat/ready", seat: "paris", ready: true }]),
        batch(2, [{ type: "amendment/posted", amendment: amendmentOf(1, "paris", "force", "mfu") }]),
        batch(3, [{ type: "amendment/supported", id: 1, seat: "kyiv" }]),
        batch(4, [{ type: "pen/passed", from: "paris", to: "kyiv" }]),
      ],
      [
        batch(2, [{ type: "amendment/posted", amendment: amendmentOf(1, "paris", "force", "mfu") }]),
        batch(3, [{ type: "amendment/supported", id: 1, seat: "kyiv" }]),
        batch(4, [{ type: "pen/passed", from: "paris", to: "kyiv" }]),
      ],
    ];
    const played = views.flatMap((v) => tableMotion(cursor.take(v).flatMap((b) => b.events)));
    // Batch 1 was there at the first picture: past.
    expect(played).toEqual<TableMotion[]>([
      { kind: "proposed", amendment: 1 },
      { kind: "supported", amendment: 1, seat: "kyiv" },
      { kind: "pen", from: "paris", to: "kyiv" },
    ]);
  });

  it("on a scene that opens on a phase change, hands out the batch that changed it and every later one, once", () => {
    const entered = (
      phase: "negotiation" | "stress" | "debrief",
      step: "event" | "moscow" | null = null,
    ): GameEvent => ({
      type: "phase/entered",
      phase,
      round: 1,
      year: 1,
      step,
      deadline: null,
    });
    const stress = new Set(["ratification", "stress"]);
    const list = [
      batch(1, [entered("negotiation")]),
      batch(2, [{ type: "talks/failed", reason: "clock" }, entered("stress", "event")]),
      // A step of the stress test is no phase change.
      batch(3, [entered("stress", "moscow")]),
      batch(4, []),
    ];
    expect(phaseChangeIndex(list, stress)).toBe(1);
    expect(phaseChangeIndex(list.slice(2), stress)).toBe(0);
    expect(phaseChangeIndex(list.slice(0, 1), stress)).toBe(-1);
    expect(phaseChangeIndex([...list, batch(5, [entered("debrief")])], new Set(["debrief"]))).toBe(4);
    const cursor = new BatchCursor();
    expect(cursor.take(list, (l) => phaseChangeIndex(l, stress)).map((b) => b.id)).toEqual([2, 3, 4]);
    expect(cursor.take(list, (l) => phaseChangeIndex(l, stress))).toEqual([]);
    expect(cursor.take([...list, batch(5)]).map((b) => b.id)).toEqual([5]);
    // No change in the list: nothing is news.
    expect(new BatchCursor().take(list.slice(0, 1), (l) => phaseChangeIndex(l, stress))).toEqual([]);
  });
});
