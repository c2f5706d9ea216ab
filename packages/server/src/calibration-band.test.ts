// The simulator's band phrases read as bounds, so the setup page can word them in any language (#20,
// part 4: the band column was English only). balance-checks.test.ts reads the bands of a real check.
import { describe, expect, it } from "vitest";
import { calibrationBand } from "./calibration-band.ts";

describe("a calibration band", () => {
  it("reads each form the simulator writes", () => {
    expect(calibrationBand("0.60–0.90")).toEqual({ atLeast: 0.6, atMost: 0.9 });
    expect(calibrationBand("0.40–0.60 of futures")).toEqual({ atLeast: 0.4, atMost: 0.6 });
    expect(calibrationBand("≤ 1/3")).toEqual({ atMost: 1 / 3 });
    expect(calibrationBand("min over seats ≥ 0.5")).toEqual({ atLeast: 0.5 });
    expect(calibrationBand("max over seats < 1")).toEqual({ below: 1 });
    expect(calibrationBand("< 0.15 of futures")).toEqual({ below: 0.15 });
    expect(calibrationBand("strong package's escalation-risk read-out ≥ 30 (no deal: 0)")).toEqual({ atLeast: 30 });
    // A minus sign (U+2212) as an operator in the words and as the sign of the bound.
    expect(calibrationBand("weak offensive − no deal's ≥ −0.02")).toEqual({ atLeast: -0.02 });
    expect(calibrationBand("0 options nobody wants")).toEqual({ atLeast: 0, atMost: 0 });
  });

  it("gives nothing for a phrase in no known form, so the page shows the phrase", () => {
    expect(calibrationBand("as high as possible")).toBeNull();
    expect(calibrationBand("")).toBeNull();
  });
});
