import { describe, expect, it } from "vitest";

import type { Action, Actor } from "./actions.ts";
import { applyParsed, DECIDED_BY_CHECKS, payloadRefusal, standingRefusal } from "./apply.ts";
import { defaultScenario } from "./default-scenario.ts";
import { legalActions, legalActionTypes } from "./legal-actions.ts";
import { negotiating, ok, seat } from "./test-fixtures/helpers.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";
import type { Viewer } from "./view.ts";

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== "object" || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const v of Object.values(value)) deepFreeze(v);
}

/** Every seat, the facilitator and Moscow. */
function everyoneWhoActs(seatOrder: readonly string[]): Viewer[] {
  return [...seatOrder.map((seat) => ({ kind: "seat", seat }) as const), { kind: "facilitator" }, { kind: "moscow" }];
}

describe("legalActionTypes", () => {
  it("gives exactly the types of the full legal list, in every state of a whole game, for every viewer", () => {
    const game = playScriptedGame(defaultScenario(), { seed: "legal-types", at: 1_000 });
    const viewers: Viewer[] = [...everyoneWhoActs(game.final.seatOrder), { kind: "observer" }];
    let checked = 0;
    // Every third state keeps the test quick; the game passes every phase several times.
    for (const state of game.states.filter((_, i) => i % 3 === 0)) {
      for (const viewer of viewers) {
        const full = [...new Set(legalActions(state, viewer).map((a) => a.type))].sort();
        expect(
          legalActionTypes(state, viewer).sort(),
          `${state.phase}/${state.step} for ${JSON.stringify(viewer)}`,
        ).toEqual(full);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe("trying every candidate", () => {
  it("never writes into the state it is asked about (the same answer on a frozen state)", () => {
    // The check applies each candidate to the live state: a handler that wrote into a part it shares
    // with its input would change the table's history. On a frozen state such a write throws, the
    // candidate comes back as engine/internal, and the list differs from the one on a copy.
    const game = playScriptedGame(defaultScenario(), { seed: "frozen-legal", at: 1_000 });
    const viewers = everyoneWhoActs(game.final.seatOrder);
    let actions = 0;
    for (const state of game.states.filter((_, i) => i % 2 === 0)) {
      const copy = structuredClone(state);
      deepFreeze(state);
      for (const viewer of viewers) {
        const onCopy = legalActions(copy, viewer);
        expect(legalActions(state, viewer), `${state.phase}/${state.step} for ${JSON.stringify(viewer)}`).toEqual(
          onCopy,
        );
        actions += onCopy.length;
      }
    }
    expect(actions).toBeGreaterThan(1000);
  });
});

describe("the reducer's checks", () => {
  it("decide the types they claim to in full: refused by the checks exactly when refused by apply, with the same code", () => {
    // legalActionTypes trusts the checks for these types and never applies them: were a handler to
    // refuse after its checks, the client would offer a button the server then refuses.
    const game = playScriptedGame(defaultScenario(), { seed: "decided-by-checks", at: 1_000 });
    const scenario = game.final.scenario;
    const actors: Actor[] = [
      ...Object.keys(game.final.seats).map((seat) => ({ kind: "seat", seat }) as const),
      { kind: "seat", seat: "nobody" },
      { kind: "facilitator" },
    ];
    let accepted = 0;
    let refused = 0;
    for (const state of game.states.filter((_, i) => i % 2 === 0)) {
      const ids = [...state.amendments.map((m) => m.id), state.nextAmendmentId];
      const pens = [null, ...Object.keys(state.seats), "nobody"];
      for (const actor of actors) {
        const b = { actor, at: state.now };
        const candidates: Action[] = [
          { type: "seat/ready", ready: true, ...b },
          { type: "seat/ready", ready: false, ...b },
          { type: "vote/call", ...b },
          { type: "vote/sign", ...b },
          { type: "vote/decline", ...b },
          ...pens.map((to) => ({ type: "facilitator/take-pen", to, ...b }) as const),
          ...pens.flatMap((to) => (to === null ? [] : [{ type: "draft/pass-pen", to, ...b } as const])),
          ...ids.flatMap((amendment) =>
            (["draft/support", "draft/accept", "draft/decline", "draft/withdraw"] as const).map((type) => ({
              type,
              amendment,
              ...b,
            })),
          ),
          ...[...scenario.issues, { id: "nowhere", options: [] }].flatMap((issue) =>
            [...issue.options.map((o) => o.id), null, "nothing"].flatMap((option) =>
              (["draft/set", "draft/amend"] as const).map((type) => ({ type, issue: issue.id, option, ...b })),
            ),
          ),
        ];
        for (const a of candidates) {
          expect(DECIDED_BY_CHECKS.has(a.type)).toBe(true);
          const result = applyParsed(state, a);
          const standing = standingRefusal(state, a.type, a.actor);
          const checked = standing ?? payloadRefusal(state, a);
          const where = `${state.phase}/${state.step}: ${JSON.stringify(a)}`;
          if (result.ok) {
            expect(checked, where).toBeNull();
            accepted++;
          } else {
            expect(checked?.code, where).toBe(result.error.code);
            refused++;
          }
        }
      }
    }
    expect(accepted).toBeGreaterThan(1000);
    expect(refused).toBeGreaterThan(10_000);
  });
});

describe("legalActions", () => {
  it("lists each legal candidate as an action of its own", () => {
    // Two amendments by other seats: Berlin may support either, and the list holds both.
    let s = negotiating();
    s = ok(s, { type: "draft/amend", issue: "pledge", option: "armed", actor: seat("kyiv") });
    s = ok(s, { type: "draft/amend", issue: "force", option: "mfu", actor: seat("kyiv") });
    const supports = legalActions(s, { kind: "seat", seat: "berlin" }).filter((a) => a.type === "draft/support");
    expect(supports.map((a) => (a.type === "draft/support" ? a.amendment : null))).toEqual([1, 2]);
    expect(supports[0]).not.toBe(supports[1]);
    const [first] = supports;
    if (first) expect(applyParsed(s, first).ok).toBe(true);
  });
});
