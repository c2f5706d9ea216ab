// The guided first game's step model (#21, item 6): the steps and their order, the phone tab each
// switches to, and the scenario's numbers quoted rather than written in.
import { describe, expect, it } from "vitest";
import en from "../i18n/en.json";
import uk from "../i18n/uk.json";
import { bodyKey, GUIDE_STEP_IDS, type GuideFacts, guideSteps, paneFor } from "./guide-steps.ts";

const FACTS: GuideFacts = {
  seatName: "Kyiv",
  noDealValue: 17,
  unanimityBonus: 6,
  capital: 55,
  brokenPromisePenalty: 12,
};

describe("guideSteps", () => {
  it("walks the table in the order a first game meets it, scoring up front", () => {
    expect(guideSteps(FACTS).map((s) => s.id)).toEqual([
      "intro",
      "scoring",
      "brief",
      "draft",
      "amend",
      "support",
      "pen",
      "analysis",
      "vote",
      "sign",
      "after",
      "done",
    ]);
  });

  it("switches a phone to the tab that holds each step's control, and a desktop to none", () => {
    const steps = guideSteps(FACTS);
    expect(Object.fromEntries(steps.map((s) => [s.id, paneFor(s, "phone")]))).toEqual({
      intro: null,
      scoring: "brief",
      brief: "brief",
      draft: "table",
      amend: "table",
      support: "table",
      pen: "table",
      analysis: "analysis",
      vote: "table",
      sign: "table",
      after: null,
      done: "brief",
    });
    expect(steps.every((s) => paneFor(s, "desktop") === null)).toBe(true);
  });

  it("points every step but the first at a control, and ends at How to play, where it is replayed", () => {
    const steps = guideSteps(FACTS);
    expect(steps[0]?.targets).toEqual([]);
    expect(steps.slice(1).every((s) => s.targets.length > 0)).toBe(true);
    expect(steps.at(-1)?.targets).toEqual([".rules-help summary"]);
  });

  it("quotes the scenario's numbers for this seat", () => {
    const scoring = guideSteps(FACTS).find((s) => s.id === "scoring");
    expect(scoring?.params).toMatchObject({ seat: "Kyiv", noDeal: 17, bonus: 6, capital: 55, penalty: 12 });
    expect(scoring && bodyKey(scoring)).toBe("guide.scoring.text");
    const none = guideSteps({ ...FACTS, unanimityBonus: 0 }).find((s) => s.id === "scoring");
    expect(none && bodyKey(none)).toBe("guide.scoring.textNoBonus");
  });

  it("has a title and a text in both catalogues for every step, with the numbers as placeholders", () => {
    for (const cat of [en, uk] as Record<string, string>[]) {
      for (const id of GUIDE_STEP_IDS) {
        expect(cat[`guide.${id}.title`], id).toBeTruthy();
        expect(cat[`guide.${id}.text`], id).toBeTruthy();
      }
      for (const key of ["guide.scoring.text", "guide.scoring.textNoBonus"])
        for (const p of ["{noDeal}", "{capital}", "{penalty}"]) expect(cat[key]).toContain(p);
      expect(cat["guide.scoring.text"]).toContain("{bonus}");
      // No number of the default scenario is written into the words.
      expect(`${cat["guide.scoring.text"]}${cat["guide.analysis.text"]}`).not.toMatch(/\d/);
    }
  });
});
