// The balance check's band column in the page's language (#20, part 4: it showed the simulator's
// English phrase, "0.60–0.90", in every language).
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import { bandText, targetFigure } from "./balance-band.ts";

afterEach(() => setLang("en"));

describe("a balance check's band", () => {
  it("is worded from its bounds, in the unit of the target's value", () => {
    expect(bandText("agreementRate", { atLeast: 0.6, atMost: 0.9 }, "0.60–0.90")).toBe("60 % to 90 %");
    expect(bandText("maxPackageShare", { atMost: 1 / 3 }, "≤ 1/3")).toBe("at most 33.3 %");
    expect(bandText("strongOffensive", { below: 0.15 }, "< 0.15 of futures")).toBe("below 15 %");
    expect(bandText("strongEscalationHigher", { atLeast: 30 }, "read-out ≥ 30")).toBe("at least 30");
    expect(bandText("noOptionDominated", { atLeast: 0, atMost: 0 }, "0 options every seat ranks below another")).toBe(
      "exactly 0",
    );
  });

  it("speaks the page's language, numbers in its format", () => {
    setLang("fr");
    expect(bandText("agreementRate", { atLeast: 0.6, atMost: 0.9 }, "0.60–0.90")).toBe("de 60 % à 90 %");
    expect(bandText("maxPackageShare", { atMost: 1 / 3 }, "≤ 1/3")).toBe("au plus 33,3 %");
    setLang("de");
    expect(bandText("weakNoBetterThanNoDeal", { atLeast: -0.02 }, "≥ −0.02")).toBe("mindestens -2 %");
    setLang("pl");
    expect(bandText("strongOffensive", { below: 0.15 }, "< 0.15 of futures")).toBe("poniżej 15 %");
    setLang("uk");
    expect(targetFigure("noDealOffensive", 0.512)).toBe("51,2 %");
    expect(bandText("noDealOffensive", { atLeast: 0.4, atMost: 0.6 }, "0.40–0.60")).toBe("від 40 % до 60 %");
  });

  it("falls back to the simulator's phrase when the server sent no bounds", () => {
    setLang("fr");
    expect(bandText("agreementRate", null, "0.60–0.90")).toBe("0.60–0.90");
  });
});
