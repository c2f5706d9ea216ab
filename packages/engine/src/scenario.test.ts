import { describe, expect, it } from "vitest";
import { localizedText, optionAttributesSchema } from "./scenario.ts";

describe("scenario schema", () => {
  it("requires English in every localized text", () => {
    expect(localizedText.safeParse({ uk: "Київ" }).success).toBe(false);
    expect(localizedText.safeParse({ en: "Kyiv", uk: "Київ" }).success).toBe(true);
  });

  it("keeps option attributes small integers", () => {
    const ok = { binding: 1, capability: 2, clarity: 3, provocation: 0, usCost: 1, europeCost: 1, sovereignty: -2 };
    expect(optionAttributesSchema.safeParse(ok).success).toBe(true);
    expect(optionAttributesSchema.safeParse({ ...ok, binding: 9 }).success).toBe(false);
    expect(optionAttributesSchema.safeParse({ ...ok, clarity: 1.5 }).success).toBe(false);
  });
});
