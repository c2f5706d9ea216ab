import type { UnmetRequirement } from "@ironclad/engine";
import { afterEach, describe, expect, it } from "vitest";
import { scenario } from "../game/snapshot-fixtures.ts";
import { setLang } from "../i18n/index.ts";
import { unmetText } from "./unmet-text.ts";

describe("a failed vote's unmet requirements as words", () => {
  afterEach(() => setLang("en"));

  it("names the seats and the quota in the reader's language", () => {
    const unmet: UnmetRequirement[] = [
      { kind: "must-sign", seat: "kyiv" },
      { kind: "must-sign-us-asked", seat: "washington" },
      { kind: "quota", seats: ["paris", "berlin", "london"], needed: 2, got: 1 },
    ];
    expect(unmetText(unmet, scenario)).toBe(
      "Kyiv must sign. Washington must sign: the draft asks the United States to act. At least 2 of Paris, Berlin, London must sign (1 did).",
    );
    setLang("uk");
    const uk = unmetText(unmet, scenario);
    expect(uk).toMatch(/^Київ має підписати\. Вашингтон має підписати/);
    expect(uk).not.toMatch(/must sign/);
    expect(unmetText([], scenario)).toBe("");
  });
});
