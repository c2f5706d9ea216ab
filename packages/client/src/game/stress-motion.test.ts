import {
  type Action,
  type Actor,
  apply,
  type GameEvent,
  type GameState,
  initialState,
  legalActions,
} from "@ironclad/engine";
import { describe, expect, it } from "vitest";
import type { EventBatch } from "../net/table-connection.ts";
import { full } from "./snapshot-fixtures.ts";
import { STRESS_PHASES, type StressMotion, stressMotion } from "./stress-motion.ts";
import { BatchCursor, phaseChangeIndex } from "./table-motion.ts";

const inYear = (year: number) => ({ view: "stress" as const, year: { year } });
const ratifying = { view: "ratification" as const, year: null };
const odds = { comply: 0.5, hybrid: 0.3, incursion: 0.15, offensive: 0.05 };

describe("the stress scene's motion from the engine's events", () => {
  it("gives each event that moves something its one motion, in the events' order", () => {
    const year: GameEvent[] = [
      { type: "phase/entered", phase: "stress", round: 3, year: 2, step: "event", deadline: null },
      { type: "stress/event", year: 2, event: { id: "midterms", injected: false } as never },
      { type: "stress/moscow", year: 2, action: "incursion", drawn: true, odds },
      { type: "stress/response", year: 2, seat: "paris", response: "sanctions" },
      { type: "stress/response", year: 2, seat: "washington", response: "direct", standIn: true },
      { type: "stress/protected-move", year: 2, seat: "kyiv", move: "hold" },
      { type: "stress/snap-back", year: 2 },
      { type: "stress/broken-promise", year: 2, seat: "paris", pledged: "airDefence", response: "sanctions" },
      { type: "stress/adjudicated", year: 2, security: 40, escalation: 1, unity: 50, damage: 10, mitigation: 0.3 },
    ];
    expect(stressMotion(year, inYear(2))).toEqual<StressMotion[]>([
      { kind: "event", year: 2 },
      { kind: "moscow", year: 2 },
      { kind: "response", seat: "paris" },
      { kind: "response", seat: "washington" },
      { kind: "protected", seat: "kyiv" },
      { kind: "broken", seat: "paris" },
      { kind: "adjudicated", year: 2 },
    ]);
    const ratification: GameEvent[] = [
      { type: "vote/closed", id: 1, concluded: true, signatories: ["paris", "berlin"], reason: "" },
      { type: "ratification/rolled", seat: "paris", probability: 0.8, roll: 0.2, ratified: true },
      { type: "ratification/rolled", seat: "berlin", probability: 0.8, roll: 0.9, ratified: false },
      { type: "framework/ratified", bound: ["paris"], stands: true },
    ];
    expect(stressMotion(ratification, ratifying)).toEqual<StressMotion[]>([
      { kind: "rolled", seat: "paris" },
      { kind: "rolled", seat: "berlin" },
      { kind: "verdict" },
    ]);
  });

  it("moves only what the picture shows: the rolls in ratification, a year's motion in its year", () => {
    const events: GameEvent[] = [
      { type: "ratification/rolled", seat: "paris", probability: 0.8, roll: 0.2, ratified: true },
      { type: "framework/ratified", bound: ["paris"], stands: true },
      { type: "stress/adjudicated", year: 1, security: 40, escalation: 1, unity: 50, damage: 10, mitigation: 0.3 },
      { type: "stress/event", year: 2, event: { id: "midterms", injected: false } as never },
    ];
    expect(stressMotion(events, inYear(2))).toEqual([{ kind: "event", year: 2 }]);
    expect(stressMotion(events, inYear(1))).toEqual([{ kind: "adjudicated", year: 1 }]);
    expect(stressMotion(events, ratifying)).toEqual([{ kind: "rolled", seat: "paris" }, { kind: "verdict" }]);
  });

  it("plays a real table's ratification and years once each, from the vote that brought them about", () => {
    // A table driven through the engine; the connection's batches as it numbers them.
    let s: GameState = initialState(full, { seed: "stress-motion", at: 1_000_000 });
    const F: Actor = { kind: "facilitator" };
    const seat = (id: string): Actor => ({ kind: "seat", seat: id });
    const batches: EventBatch[] = [];
    const act = (action: Record<string, unknown> & { actor: Actor }) => {
      const r = apply(s, { at: s.now + 1000, ...action } as Action);
      if (!r.ok) throw new Error(`${String(action.type)}: ${r.error.code}`);
      s = r.state;
      batches.push({ id: batches.length + 1, events: r.events, at: s.now });
    };
    const legal = (id: string) => legalActions(s, { kind: "seat", seat: id });
    // What the stress model shows: ratification until the first year's record, then that year.
    const shown = () => (s.phase === "stress" && s.years.some((y) => y.year === s.year) ? inYear(s.year) : ratifying);

    act({ type: "table/start", actor: F });
    act({ type: "facilitator/skip", actor: F });
    const red = new Set(
      full.seats.flatMap((x) => x.brief?.redLines.flatMap((l) => l.options.map((o) => `${l.issue}:${o}`)) ?? []),
    );
    for (const issue of full.issues) {
      const option = issue.options.find((o) => !red.has(`${issue.id}:${o.id}`)) ?? issue.options[0];
      act({ type: "draft/set", issue: issue.id, option: option?.id, actor: seat(s.penHolder ?? "") });
    }
    act({ type: "vote/call", actor: seat(s.penHolder ?? "") });
    for (const id of s.seatOrder)
      if (legal(id).some((a) => a.type === "vote/sign")) act({ type: "vote/sign", actor: seat(id) });
    expect(s.phase).toBe("ratification");

    // The scene opens on the phase change (entering): the vote's batch shows how it came about.
    const cursor = new BatchCursor();
    const played: StressMotion[] = [];
    const look = (entering = false) => {
      const fresh = cursor.take([...batches], entering ? (list) => phaseChangeIndex(list, STRESS_PHASES) : undefined);
      played.push(
        ...stressMotion(
          fresh.flatMap((b) => b.events),
          shown(),
        ),
      );
    };
    look(true);
    look();
    const rolls = s.framework ? Object.keys(s.framework.ratification).length : 0;
    expect(rolls).toBeGreaterThan(0);
    expect(played).toEqual(
      [...Array(rolls).fill("rolled"), "verdict"].map((kind) => expect.objectContaining({ kind })),
    );

    // The years, looked at after every action (and again, as a redraw would).
    played.length = 0;
    const expected: string[] = [];
    // The state moves inside act(): read its phase afresh (not narrowed).
    const over = () => s.phase === "debrief";
    while (!over()) {
      const before = batches.length;
      if (s.phase === "stress" && s.step === "response") {
        const id = s.seatOrder.find((x) =>
          legal(x).some((a) => a.type === "stress/respond" || a.type === "stress/protected-move"),
        );
        const a = id ? legal(id).find((x) => x.type === "stress/respond" || x.type === "stress/protected-move") : null;
        if (!a) throw new Error("nobody to answer");
        act(a as never);
      } else act({ type: "facilitator/skip", actor: F });
      if (over()) break;
      for (const b of batches.slice(before))
        for (const e of b.events)
          if (e.type.startsWith("stress/") && e.type !== "stress/snap-back" && "year" in e && e.year === s.year)
            expected.push(e.type);
      look();
      look();
    }
    const kindOf: Record<string, StressMotion["kind"]> = {
      "stress/event": "event",
      "stress/moscow": "moscow",
      "stress/response": "response",
      "stress/protected-move": "protected",
      "stress/broken-promise": "broken",
      "stress/adjudicated": "adjudicated",
    };
    expect(played.map((m) => m.kind)).toEqual(expected.map((t) => kindOf[t]));
    expect(played.filter((m) => m.kind === "event")).toHaveLength(s.years.length);
    expect(played.filter((m) => m.kind === "adjudicated")).toHaveLength(s.years.length);
    expect(played.some((m) => m.kind === "response")).toBe(true);
    expect(played.some((m) => m.kind === "protected")).toBe(true);
  });
});
