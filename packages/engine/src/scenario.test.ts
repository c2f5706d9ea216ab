import { describe, expect, it } from "vitest";
import { localizedText, optionAttributesSchema } from "./scenario.ts";

describe("scenario schema", () => {
  it("requires English in every localized text", () => {
    expect(localizedText.safeParse({ uk: "Київ" }).success).toBe(false);
    expect(localizedText.safeParse({ en: "Kyiv", uk: "Київ" }).success).toBe(true);
  });

  it("takes French, German and Polish as optional languages, and keeps other codes", () => {
    const full = { en: "Kyiv", uk: "Київ", fr: "Kyiv", de: "Kyjiw", pl: "Kijów" };
    expect(localizedText.parse(full)).toEqual(full);
    // A text without them stays as written: no empty keys appear.
    expect(Object.keys(localizedText.parse({ en: "Kyiv", uk: "Київ" }))).toEqual(["en", "uk"]);
    expect(localizedText.parse({ en: "Kyiv", "pt-BR": "Kiev" })).toEqual({ en: "Kyiv", "pt-BR": "Kiev" });
    expect(localizedText.safeParse({ en: "Kyiv", fr: "" }).success).toBe(false);
  });

  it("keeps option attributes small integers", () => {
    const ok = { binding: 1, capability: 2, clarity: 3, provocation: 0, usCost: 1, europeCost: 1, sovereignty: -2 };
    expect(optionAttributesSchema.safeParse(ok).success).toBe(true);
    expect(optionAttributesSchema.safeParse({ ...ok, binding: 9 }).success).toBe(false);
    expect(optionAttributesSchema.safeParse({ ...ok, clarity: 1.5 }).success).toBe(false);
  });
});
