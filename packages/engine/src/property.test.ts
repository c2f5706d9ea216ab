import fc from "fast-check";
import { describe, expect, it } from "vitest";

import type { Action } from "./actions.ts";
import { apply } from "./apply.ts";
import { defaultScenario } from "./default-scenario.ts";
import { stateHash } from "./hash.ts";
import { initialState } from "./initial-state.ts";
import { legalActions, legalActionTypes } from "./legal-actions.ts";
import { replay } from "./replay.ts";
import type { Scenario } from "./scenario.ts";
import type { GameState } from "./state.ts";
import { stateProblems } from "./test-fixtures/invariants.ts";
import { mini } from "./test-fixtures/mini.ts";
import { nextScriptedAction } from "./test-fixtures/scripted-game.ts";
import { type Viewer, view } from "./view.ts";

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

/** Plays a random legal game: each choice picks a viewer, then one of its legal actions (or the clock). */
function randomPlay(scenario: Scenario, seed: number, choices: number[]) {
  let state = initialState(scenario, { seed, at: 1000, controllers: seed % 2 === 0 ? { moscow: "human" } : {} });
  const states: GameState[] = [state];
  const log: Action[] = [];
  const viewers: Viewer[] = [
    { kind: "facilitator" },
    { kind: "moscow" },
    ...state.seatOrder.map((seat) => ({ kind: "seat" as const, seat })),
  ];
  for (const choice of choices) {
    if (state.phase === "debrief") break;
    const at = state.now + 500;
    let action: Action | undefined;
    if (choice % 13 === 0 && state.deadline !== null) {
      action = { type: "phase/expired", actor: { kind: "system" }, at: Math.max(at, state.deadline) };
    } else if (choice % 5 < 2) {
      // Often, the scripted table's next move: it walks the game forward through every phase.
      action = nextScriptedAction(state, at) ?? undefined;
      if (action && !apply(state, action).ok) action = undefined;
    }
    if (!action) {
      // The first viewer (from a chosen start) with something legal to do; then a type, then an action.
      for (let i = 0; i < viewers.length && !action; i++) {
        const viewer = viewers[(choice + i) % viewers.length] ?? { kind: "facilitator" };
        const options = legalActions(state, viewer, at).filter(
          (a) => a.type !== "facilitator/end" || choice % 89 === 0,
        );
        const types = [...new Set(options.map((a) => a.type))];
        const type = types[Math.floor(choice / viewers.length) % Math.max(1, types.length)];
        const ofType = options.filter((a) => a.type === type);
        action = ofType[Math.floor(choice / 7) % Math.max(1, ofType.length)];
      }
    }
    if (!action) {
      if (state.deadline === null) continue;
      action = { type: "phase/expired", actor: { kind: "system" }, at: Math.max(at, state.deadline) };
    }
    // Frozen input: any write into a shared part of the previous state would throw (and surface as engine/internal).
    deepFreeze(state);
    const r = apply(state, action);
    if (!r.ok) throw new Error(`legal action refused: ${action.type}: ${r.error.code}: ${r.error.message}`);
    state = r.state;
    log.push(action);
    states.push(state);
  }
  return { state, states, log };
}

const privateMarkers = (scenario: Scenario, except: string | null) =>
  scenario.seats
    .filter((s) => s.brief && s.id !== except)
    .flatMap((s) => [
      s.brief?.objectives.en ?? "",
      JSON.stringify(s.brief?.pointTable),
      ...(s.brief?.redLines.map((l) => l.text.en) ?? []),
    ]);

function hasKey(value: unknown, key: string): boolean {
  if (value === null || typeof value !== "object") return false;
  if (Array.isArray(value)) return value.some((v) => hasKey(v, key));
  return Object.entries(value).some(([k, v]) => k === key || hasKey(v, key));
}

describe.each([
  ["mini", mini],
  ["guarantees-2025", defaultScenario()],
])("random legal games on %s", (_name, scenario) => {
  const arb = fc.record({
    seed: fc.integer({ min: 0, max: 1e6 }),
    choices: fc.array(fc.nat(10_000), { minLength: 40, maxLength: 160 }),
  });

  it("are deterministic, replay to the same state and hash, and keep every invariant", () => {
    fc.assert(
      fc.property(arb, ({ seed, choices }) => {
        const a = randomPlay(scenario, seed, choices);
        const b = randomPlay(scenario, seed, choices);
        expect(stateHash(a.state)).toBe(stateHash(b.state));
        const r = replay(scenario, seed, a.log, undefined, {
          at: 1000,
          controllers: seed % 2 === 0 ? { moscow: "human" } : {},
        });
        expect(r.error).toBeNull();
        expect(stateHash(r.state)).toBe(stateHash(a.state));
        const mid = a.log.length >> 1;
        const partial = replay(scenario, seed, a.log, mid, {
          at: 1000,
          controllers: seed % 2 === 0 ? { moscow: "human" } : {},
        });
        expect(stateHash(partial.state)).toBe(stateHash(a.states[mid] as GameState));
        for (const s of a.states) expect(stateProblems(s)).toEqual([]);
      }),
      { numRuns: 15 },
    );
  });

  it("give the same legal types to a viewer asked about every state in turn (its answers kept) as to a fresh one", () => {
    fc.assert(
      fc.property(arb, ({ seed, choices }) => {
        const { states } = randomPlay(scenario, seed, choices);
        const kept: Viewer[] = [
          { kind: "facilitator" },
          { kind: "moscow" },
          ...(states[0]?.seatOrder ?? []).map((seat) => ({ kind: "seat" as const, seat })),
        ];
        for (const state of states)
          for (const viewer of kept)
            expect(legalActionTypes(state, viewer), `${state.phase} #${state.seq} ${JSON.stringify(viewer)}`).toEqual(
              legalActionTypes(state, { ...viewer }),
            );
      }),
      { numRuns: 10 },
    );
  });

  it("never show a seat another seat's private data, nor anyone the generator's state", () => {
    fc.assert(
      fc.property(arb, ({ seed, choices }) => {
        const { states } = randomPlay(scenario, seed, choices);
        for (const s of [states[0], states[states.length >> 1], states[states.length - 1]]) {
          if (!s) continue;
          for (const seatId of s.seatOrder) {
            const v = view(s, { kind: "seat", seat: seatId });
            const text = JSON.stringify(v);
            for (const marker of privateMarkers(scenario, seatId)) expect(text.includes(marker)).toBe(false);
            expect(hasKey(v, "rng")).toBe(false);
          }
          for (const viewer of [{ kind: "observer" }, { kind: "moscow" }] as const) {
            const v = view(s, viewer);
            const text = JSON.stringify(v);
            for (const marker of privateMarkers(scenario, null)) expect(text.includes(marker)).toBe(false);
            expect(hasKey(v, "rng")).toBe(false);
          }
          expect(hasKey(view(s, { kind: "facilitator" }), "rng")).toBe(false);
        }
      }),
      { numRuns: 10 },
    );
  });
});

describe("arbitrary input", () => {
  const actorArb = fc.oneof(
    fc.constant({ kind: "facilitator" }),
    fc.constant({ kind: "system" }),
    fc
      .constantFrom("washington", "paris", "berlin", "kyiv", "moscow", "rome", "x")
      .map((seat) => ({ kind: "seat", seat })),
    fc.anything(),
  );
  const actionArb = fc.record(
    {
      type: fc.oneof(
        fc.constantFrom(
          "table/start",
          "seat/ready",
          "phase/expired",
          "draft/set",
          "draft/amend",
          "draft/support",
          "draft/accept",
          "draft/pass-pen",
          "vote/call",
          "vote/sign",
          "vote/decline",
          "vote/close",
          "stress/moscow-act",
          "stress/respond",
          "facilitator/pause",
          "facilitator/resume",
          "facilitator/extend",
          "facilitator/skip",
          "facilitator/inject-event",
          "facilitator/set-controller",
          "facilitator/take-pen",
          "facilitator/end",
        ),
        fc.string(),
      ),
      actor: actorArb,
      at: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.double(), fc.constant(-1)),
      issue: fc.constantFrom("pledge", "force", "alignment", "sanctions", "nope"),
      option: fc.constantFrom("armed", "consult", "mfu", "none", "open", "neutral", "snap", null, "nope"),
      amendment: fc.integer({ min: -1, max: 5 }),
      to: fc.constantFrom("paris", "kyiv", "moscow", null),
      seat: fc.constantFrom("paris", "moscow", "rome"),
      controller: fc.constantFrom("human", "bot", "alien"),
      seconds: fc.integer({ min: -5, max: 100 }),
      action: fc.constantFrom("comply", "hybrid", "offensive", "x"),
      response: fc.constantFrom("nothing", "direct", "x"),
      card: fc.constantFrom("shock", "drones", "nope"),
      ready: fc.boolean(),
    },
    { requiredKeys: ["type"] },
  );

  it("never throws and never yields an invalid state", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(actionArb, fc.anything()), { maxLength: 80 }), (inputs) => {
        let s = initialState(mini, { seed: "fuzz" });
        for (const input of inputs) {
          const r = apply(s, input);
          if (r.ok) {
            s = r.state;
            expect(stateProblems(s)).toEqual([]);
          } else {
            expect(r.error.code).toMatch(/^[a-z]+\/[a-z_]+$/);
            expect(r.error.code).not.toBe("engine/internal");
            expect(r.error.message.length).toBeGreaterThan(5);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
