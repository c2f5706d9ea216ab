import { describe, expect, it } from "vitest";
import { defaultScenario } from "./default-scenario.ts";
import { debriefDistribution, simulateFutures, stressStart } from "./futures.ts";
import { mini, STRONG } from "./test-fixtures/mini.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";

describe("simulated futures", () => {
  it("are reproducible for a seed", () => {
    const a = simulateFutures(mini, null, { runs: 30, seed: "s" });
    const b = simulateFutures(mini, null, { runs: 30, seed: "s" });
    expect(a).toEqual(b);
    const sum = Object.values(a.outcomes).reduce((x, y) => x + y, 0);
    expect(sum).toBe(30);
  });

  it("start the stress test with the given signatories and roll ratification", () => {
    const s = stressStart(mini, { ...STRONG, alignment: "open" }, "x", {
      runs: 1,
      seed: "x",
      seats: ["washington", "paris", "kyiv"],
      signatories: ["paris", "kyiv"],
      ratification: "all",
    });
    expect(s.framework?.signatories).toEqual(["paris", "kyiv"]);
    // The package asks the US to act and Washington did not sign: the framework cannot stand.
    expect(s.framework?.stands).toBe(false);
  });

  it("give the debrief the table's deal beside no deal", () => {
    const { final } = playScriptedGame(defaultScenario(), { seed: "debrief", at: 1000 });
    const d = debriefDistribution(final, 40);
    expect(d.deal?.runs).toBe(40);
    expect(d.noDeal.runs).toBe(40);
    expect(d.deal?.offensive ?? 1).toBeLessThan(d.noDeal.offensive);
  });
});
