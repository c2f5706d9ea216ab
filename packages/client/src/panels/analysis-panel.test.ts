import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import { previewPointsLabel } from "./analysis-panel.tsx";

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
