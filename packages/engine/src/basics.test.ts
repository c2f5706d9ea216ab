import { describe, expect, it } from "vitest";

import { ACTION_TYPES, parseAction } from "./actions.ts";
import { defaultScenario } from "./default-scenario.ts";
import { canonicalJson, hashString, scenarioHash, stateHash, stateHashAs } from "./hash.ts";
import { checkSeatList, initialState } from "./initial-state.ts";
import { nextFloat, pickWeighted, seedRng } from "./rng.ts";
import { duplicateScores } from "./scores.ts";
import type { Amendment, GameState } from "./state.ts";
import { mini } from "./test-fixtures/mini.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";

describe("seeded random numbers", () => {
  it("repeat for a seed and differ between seeds", () => {
    const a = seedRng("table-1");
    const b = seedRng("table-1");
    const c = seedRng("table-2");
    const xs = Array.from({ length: 5 }, () => nextFloat(a));
    expect(Array.from({ length: 5 }, () => nextFloat(b))).toEqual(xs);
    expect(Array.from({ length: 5 }, () => nextFloat(c))).not.toEqual(xs);
    for (const x of xs) expect(x >= 0 && x < 1).toBe(true);
    expect(seedRng(7)).toEqual(seedRng("7"));
  });

  it("draw by weight", () => {
    const rng = seedRng("weights");
    const counts = [0, 0, 0];
    for (let i = 0; i < 4000; i++) {
      const k = pickWeighted(rng, [1, 0, 3]);
      counts[k] = (counts[k] ?? 0) + 1;
    }
    expect(counts[1]).toBe(0);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeGreaterThan(2.5);
    expect((counts[2] ?? 0) / (counts[0] ?? 1)).toBeLessThan(3.5);
  });
});

describe("hashing", () => {
  it("ignores key order and is stable", () => {
    expect(canonicalJson({ b: 1, a: [1, { d: 2, c: 3 }] })).toBe('{"a":[1,{"c":3,"d":2}],"b":1}');
    expect(hashString("ironclad")).toBe(hashString("ironclad"));
    expect(hashString("ironclad")).toMatch(/^[0-9a-f]{14}$/);
    const s = initialState(mini, { seed: 1 });
    expect(stateHash(s)).toBe(stateHash(structuredClone(s)));
    expect(stateHash(s)).not.toBe(stateHash(initialState(mini, { seed: 2 })));
  });

  it("digests a long list in chunks the same way fresh or remembered", () => {
    const s = initialState(mini, { seed: 1 });
    const amendment = (id: number): Amendment => ({
      id,
      by: "a",
      issue: "i",
      option: "o",
      supporters: [],
      status: "open",
      round: 1,
      at: id,
    });
    const long = { ...s, amendments: Array.from({ length: 100 }, (_, i) => amendment(i + 1)) };
    const first = stateHash(long);
    expect(stateHash(structuredClone(long))).toBe(first);
    // One member in the middle changed (as an action copies it): the hash follows, fresh or not.
    const changed = { ...long, amendments: [...long.amendments] };
    changed.amendments[50] = { ...amendment(51), status: "withdrawn" };
    const second = stateHash(changed);
    expect(second).not.toBe(first);
    expect(stateHash(structuredClone(changed))).toBe(second);
    // Back as it was, in new objects: the first hash again.
    expect(stateHash({ ...long, amendments: long.amendments.map((m) => ({ ...m })) })).toBe(first);
  });

  it("keeps the second format's hashes as logs recorded them (a faster digest must give the same text)", () => {
    // Event logs store these hashes; a change here would make every saved table fail its check.
    expect(stateHash(initialState(mini, { seed: 1 }))).toBe("v2:024ffbfd6bc4c8");
    // The default scenario is part of every state's hash: these two move when its content does.
    const game = playScriptedGame(defaultScenario(), { seed: "golden", at: 1_000 });
    expect(stateHash(game.states[40] as GameState)).toBe("v2:13889ee68a210a");
    expect(stateHash(game.final)).toBe("v2:0b69225598615c");
    // Long lists go in chunks of 32: either side of the boundary, and a changed member (values
    // taken from the format's first, text-building implementation).
    const amendment = (id: number): Amendment => ({
      id,
      by: "a",
      issue: "i",
      option: id % 3 ? "o" : null,
      supporters: id % 2 ? ["b", "c"] : [],
      status: "open",
      round: 1,
      at: id,
    });
    const s = initialState(mini, { seed: 1 });
    const long = { ...s, amendments: Array.from({ length: 100 }, (_, i) => amendment(i + 1)) };
    const changed = { ...long, amendments: [...long.amendments] };
    changed.amendments[50] = { ...amendment(51), status: "withdrawn" };
    expect(stateHash(long)).toBe("v2:00f3c332340d87");
    expect(stateHash(changed)).toBe("v2:1a742fc7fc5214");
    expect(stateHash({ ...long, amendments: long.amendments.slice(0, 32) })).toBe("v2:10da0c975a0112");
    expect(stateHash({ ...long, amendments: long.amendments.slice(0, 33) })).toBe("v2:0067044702fcd4");
  });

  it("still checks a log written with the first format (a hash of the whole canonical text)", () => {
    const s = initialState(mini, { seed: 1 });
    const { scenario, ...rest } = s;
    const first = hashString(canonicalJson({ ...rest, scenario: scenarioHash(scenario) }));
    expect(stateHashAs(s, first)).toBe(first);
    expect(stateHashAs(initialState(mini, { seed: 2 }), first)).not.toBe(first);
    expect(stateHash(s)).toMatch(/^v2:[0-9a-f]{14}$/);
    expect(stateHashAs(s, stateHash(s))).toBe(stateHash(s));
  });
});

describe("actions", () => {
  it("parse every action type and reject bad ones with a path", () => {
    expect(ACTION_TYPES).toContain("vote/call");
    expect(ACTION_TYPES).toContain("facilitator/inject-event");
    const ok = parseAction({
      type: "draft/amend",
      issue: "pledge",
      option: null,
      actor: { kind: "seat", seat: "paris" },
      at: 5,
    });
    expect(ok.ok).toBe(true);
    const ready = parseAction({ type: "seat/ready", actor: { kind: "seat", seat: "paris" }, at: 5 });
    expect(ready.ok && ready.action.type === "seat/ready" && ready.action.ready).toBe(true);
    const bad = parseAction({ type: "draft/amend", issue: "pledge", actor: { kind: "seat", seat: "Paris!" }, at: 5 });
    expect(bad.ok).toBe(false);
    if (!bad.ok) {
      expect(bad.error.code).toBe("action/invalid");
      expect(bad.error.issues.map((i) => i.path)).toContain("actor.seat");
    }
    const both = parseAction({
      type: "facilitator/inject-event",
      card: "x",
      custom: { title: { en: "t" }, effects: [{ target: "table", stat: "unity", delta: 1 }] },
      actor: { kind: "facilitator" },
      at: 1,
    });
    expect(both.ok).toBe(false);
    expect(parseAction({ type: "table/start", actor: { kind: "facilitator" }, at: 1, extra: 1 }).ok).toBe(false);
  });
});

describe("seat lists", () => {
  it("explain what makes a table impossible", () => {
    expect(checkSeatList(mini, ["washington", "paris", "kyiv"])).toBeNull();
    expect(checkSeatList(mini, ["washington", "paris"])).toContain("3 to 9");
    expect(checkSeatList(mini, ["washington", "paris", "berlin"])).toContain("Kyiv must be seated");
    expect(checkSeatList(mini, ["washington", "kyiv", "paris", "paris"])).toContain("twice");
    expect(() => initialState(mini, { seed: 1, seats: ["paris"] })).toThrow(/3 to 9/);
  });

  it("give the red cell to people by its kind, whatever the scenario calls it (#18)", () => {
    const renamed = { ...mini, seats: mini.seats.map((s) => (s.kind === "redcell" ? { ...s, id: "kremlin" } : s)) };
    expect(initialState(renamed, { seed: 1, redCell: "human" }).seats.kremlin?.controller).toBe("human");
    expect(initialState(renamed, { seed: 1 }).seats.kremlin?.controller).toBe("bot");
    // The same state as naming it: a table created either way replays the same log.
    expect(stateHash(initialState(mini, { seed: 1, redCell: "human" }))).toBe(
      stateHash(initialState(mini, { seed: 1, controllers: { moscow: "human" } })),
    );
  });
});

describe("duplicate scoring", () => {
  it("ranks each seat against the same seat at the other tables", () => {
    const d = duplicateScores([
      {
        tableId: "A",
        scores: [
          { seat: "kyiv", total: 80 },
          { seat: "paris", total: 50 },
        ],
      },
      {
        tableId: "B",
        scores: [
          { seat: "kyiv", total: 60 },
          { seat: "paris", total: 70 },
        ],
      },
      { tableId: "C", scores: [{ seat: "kyiv", total: 80 }] },
    ]);
    const get = (t: string, s: string) => d.find((x) => x.tableId === t && x.seat === s);
    expect(get("A", "kyiv")).toMatchObject({ rank: 1, of: 3, matchpoints: 0.75, versusOthers: 10 });
    expect(get("C", "kyiv")).toMatchObject({ rank: 1, of: 3 });
    expect(get("B", "kyiv")).toMatchObject({ rank: 3, matchpoints: 0, versusOthers: -20 });
    expect(get("A", "paris")).toMatchObject({ rank: 2, of: 2, matchpoints: 0 });
    expect(get("B", "paris")).toMatchObject({ rank: 1, matchpoints: 1 });
  });

  it("gives a lone seat the middle", () => {
    expect(duplicateScores([{ tableId: "A", scores: [{ seat: "rome", total: 5 }] }])[0]).toMatchObject({
      rank: 1,
      of: 1,
      matchpoints: 0.5,
      versusOthers: 0,
    });
  });
});
