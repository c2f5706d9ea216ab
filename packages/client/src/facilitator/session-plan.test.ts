import { MAX_PLANNED_SECONDS, plannedLength } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { matchingPreset, PRESETS, planOf, presetText, readPlan, shownText } from "./session-plan.ts";

const defaults = defaultScenario().timings;

describe("the setup form's clock", () => {
  it("reads minutes into seconds and counts as they are", () => {
    const { timings, problems } = readPlan({ briefingSeconds: "2,5", roundSeconds: "8", rounds: "3", voteSeconds: "" });
    expect(problems).toEqual({});
    expect(timings).toEqual({ briefingSeconds: 150, roundSeconds: 480, rounds: 3 });
  });

  it("names what is wrong with each setting, by the protocol's limits", () => {
    const { timings, problems } = readPlan({ roundSeconds: "0.25", rounds: "2.5", voteSeconds: "ten", years: "11" });
    expect(timings).toEqual({});
    expect(problems).toEqual({
      roundSeconds: { kind: "range", min: 30, max: 7200 },
      rounds: { kind: "whole" },
      voteSeconds: { kind: "not_a_number" },
      years: { kind: "range", min: 1, max: 10 },
    });
  });

  it("shows the scenario's own clock where nothing is typed", () => {
    expect(shownText("roundSeconds", {}, defaults)).toBe("8");
    expect(shownText("voteSeconds", {}, defaults)).toBe("1.5");
    expect(shownText("rounds", {}, defaults)).toBe("3");
    expect(shownText("rounds", { rounds: "4" }, defaults)).toBe("4");
  });

  it("plans with the engine's plannedLength, not a copy of its rules", () => {
    const plan = planOf(defaults, { rounds: 2 }, true);
    expect(plan).toEqual(plannedLength({ ...defaults, rounds: 2 }, { humanRedCell: true }));
  });

  it("gives presets that fit their lesson with a third of it or more left for the introduction and the debrief", () => {
    for (const preset of PRESETS) {
      const plan = planOf(defaults, readPlan(presetText(preset)).timings, true);
      expect(plan.total, preset.id).toBeLessThanOrEqual(preset.lessonMinutes * 60 * (2 / 3));
      expect(plan.total, preset.id).toBeGreaterThan(preset.lessonMinutes * 60 * 0.4);
      expect(plan.total).toBeLessThan(MAX_PLANNED_SECONDS);
      expect(matchingPreset(presetText(preset), defaults)?.id).toBe(preset.id);
    }
    expect(matchingPreset({}, defaults)).toBeNull();
  });
});
