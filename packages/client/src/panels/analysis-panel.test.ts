import { afterEach, describe, expect, it } from "vitest";
import { READOUT, scenario } from "../game/snapshot-fixtures.ts";
import { setLang } from "../i18n/index.ts";
import { previewPointsLabel, ratificationOdds } from "./analysis-panel.tsx";

describe("the private preview's label", () => {
  afterEach(() => setLang("en"));

  it("names a framework's points as the framework's, not as 'your points' beside the debrief's total (#17.8)", () => {
    // One student saw 37 "your points" here and 27 on the debrief (a 10-point penalty between them).
    expect(previewPointsLabel(false)).toBe("your points");
    expect(previewPointsLabel(true)).toBe("your points for the framework, before the outcome and penalties");
    setLang("uk");
    expect(previewPointsLabel(true)).toBe("ваші бали за рамкову угоду, до результату й штрафів");
  });
});

describe("the read-out's ratification odds", () => {
  afterEach(() => setLang("en"));

  it("names each signatory's odds as the engine gives them (#18: How to play promised odds the read-out never showed)", () => {
    const odds = ratificationOdds(READOUT, scenario);
    // Every signatory the engine rolls for, in the scenario's seat order, with the engine's number.
    expect(odds.map((o) => o.seat).sort()).toEqual(Object.keys(READOUT.ratification).sort());
    expect(odds.length).toBeGreaterThan(0);
    for (const o of odds) expect(o.odds).toBe(`${Math.round((READOUT.ratification[o.seat] ?? 0) * 100)}%`);
    expect(odds.find((o) => o.seat === "kyiv")?.name).toBe("Kyiv");
    setLang("uk");
    expect(ratificationOdds(READOUT, scenario).find((o) => o.seat === "kyiv")?.name).toBe("Київ");
  });
});
