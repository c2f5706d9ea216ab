import { DEFAULT_MODEL_CONSTANTS, PROTECTED_MOVES, protectedMoveCounts } from "@ironclad/engine";
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import { protectedMoveOptions } from "./protected-move.ts";

describe("Kyiv's own move as the stress panel offers it", () => {
  afterEach(() => setLang("en"));

  it("names the four moves in the engine's order, each effect with the model's numbers", () => {
    const options = protectedMoveOptions(undefined);
    expect(options.map((o) => o.move)).toEqual([...PROTECTED_MOVES]);
    expect(options.map((o) => o.label)).toEqual([
      "Hold course",
      "Appeal to the guarantors",
      "Mobilise reserves",
      "Open ceasefire talks",
    ]);
    const k = DEFAULT_MODEL_CONSTANTS;
    const effect = (move: string) => options.find((o) => o.move === move)?.effect ?? "";
    expect(effect("hold")).toBe("Nothing changes; no cost.");
    expect(effect("appeal")).toBe(
      `In public: unity +${k.appealUnity} if a guarantor answers with air defence or more, else −${k.appealUnanswered}; no cost.`,
    );
    expect(effect("mobilise")).toBe(
      `Response strength +${k.mobiliseStrength}; Moscow's grievance +${k.mobiliseGrievance}; costs you ${k.costMobilise} capital.`,
    );
    expect(effect("ceasefire")).toContain(`Spares ${Math.round(k.ceasefireRelief * 100)}% of the damage`);
    expect(effect("ceasefire")).toContain(`costs you ${k.costCeasefire} capital`);
  });

  it("takes a scenario's own constants, not the defaults", () => {
    const options = protectedMoveOptions({ costMobilise: 9, ceasefireRelief: 0.4, appealUnity: 6 });
    expect(options.find((o) => o.move === "mobilise")?.effect).toContain("costs you 9 capital");
    expect(options.find((o) => o.move === "ceasefire")?.effect).toContain("Spares 40% of the damage");
    expect(options.find((o) => o.move === "appeal")?.effect).toContain("unity +6");
  });

  it("speaks Ukrainian, with Ukrainian number format", () => {
    setLang("uk");
    const mobilise = protectedMoveOptions(undefined).find((o) => o.move === "mobilise");
    expect(mobilise?.label).toBe("Мобілізувати резерви");
    expect(mobilise?.effect).toContain("+0,15");
  });

  it("counts a move only against an incursion or an offensive", () => {
    expect(protectedMoveCounts("incursion")).toBe(true);
    expect(protectedMoveCounts("offensive")).toBe(true);
    expect(protectedMoveCounts("hybrid")).toBe(false);
    expect(protectedMoveCounts("comply")).toBe(false);
    expect(protectedMoveCounts(null)).toBe(false);
  });
});
