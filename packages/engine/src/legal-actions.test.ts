import { describe, expect, it } from "vitest";
import { legalActions, legalActionTypes } from "./legal-actions.ts";
import { defaultScenario } from "./scenario-load.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";
import type { Viewer } from "./view.ts";

describe("legalActionTypes", () => {
  it("gives exactly the types of the full legal list, in every state of a whole game, for every viewer", () => {
    const scenario = defaultScenario();
    const game = playScriptedGame(scenario, { seed: "legal-types", at: 1_000 });
    const viewers: Viewer[] = [
      ...game.final.seatOrder.map((seat) => ({ kind: "seat", seat }) as const),
      { kind: "facilitator" },
      { kind: "moscow" },
      { kind: "observer" },
    ];
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
