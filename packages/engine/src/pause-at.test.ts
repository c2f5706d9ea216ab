// A fork's moment (`pauseAt`): the clock stops by itself when `seq` reaches it, so a fork starts at
// the step asked. It used to take a pause action of its own, and started one step later (#19).
import { describe, expect, it } from "vitest";
import { apply } from "./apply.ts";
import { defaultScenario } from "./default-scenario.ts";
import { stateHash } from "./hash.ts";
import { initialState } from "./initial-state.ts";
import type { GameState } from "./state.ts";

const fac = { kind: "facilitator" } as const;
const run = (state: GameState, actions: object[]): GameState =>
  actions.reduce<GameState>((s, a) => {
    const r = apply(s, a);
    if (!r.ok) throw new Error(r.error.message);
    return r.state;
  }, state);
const script = [
  { type: "table/start", actor: fac, at: 1_000 },
  { type: "facilitator/extend", seconds: 60, actor: fac, at: 5_000 },
  { type: "facilitator/extend", seconds: 60, actor: fac, at: 9_000 },
];

describe("pauseAt", () => {
  it("stops a running clock at the step, with the time that was left, and no action of its own", () => {
    const plain = run(initialState(defaultScenario(), { seed: 7, at: 0 }), script.slice(0, 2));
    const forked = run(initialState(defaultScenario(), { seed: 7, at: 0, pauseAt: [2] }), script.slice(0, 2));
    expect(forked.seq).toBe(2);
    expect(plain.paused).toBeNull();
    expect(forked.paused).toEqual({ at: 5_000, remainingMs: (plain.deadline ?? 0) - 5_000 });
    expect(forked.deadline).toBeNull();
    expect(forked.pauseAt).toBeUndefined();
    // A later action finds the clock stopped, and a resume gives the time back.
    const resumed = run(forked, [{ type: "facilitator/resume", actor: fac, at: 60_000 }]);
    expect(resumed.deadline).toBe(60_000 + (plain.deadline ?? 0) - 5_000);
  });

  it("leaves a table without it, and its hash, as before", () => {
    const a = initialState(defaultScenario(), { seed: 7, at: 0 });
    const b = initialState(defaultScenario(), { seed: 7, at: 0, pauseAt: [] });
    expect("pauseAt" in a).toBe(false);
    expect(stateHash(run(a, script))).toBe(stateHash(run(b, script)));
  });

  it("keeps a pause the facilitator made at that step", () => {
    const paused = run(initialState(defaultScenario(), { seed: 7, at: 0, pauseAt: [2] }), [
      script[0] as object,
      { type: "facilitator/pause", actor: fac, at: 2_000 },
    ]);
    expect(paused.paused?.at).toBe(2_000);
  });
});
