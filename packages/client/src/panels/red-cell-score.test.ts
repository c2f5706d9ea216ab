import { describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import { yearParts } from "./red-cell-score.tsx";

const year = {
  year: 1,
  action: "offensive" as const,
  securityTaken: 21.4,
  brokenPromises: 1,
  split: true,
  snapBack: true,
  unitedAnswer: false,
  gains: 21,
  division: 12,
  costs: -8,
  points: 25,
};

describe("the red cell's year at the debrief", () => {
  it("words what the year took, the division it found and what it cost, with the engine's points", () => {
    setLang("en");
    expect(yearParts(year)).toEqual([
      "Ukraine's security −21: +21",
      "broken promises: 1",
      "the West split",
      "division +12",
      "sanctions snapped back",
      "costs -8",
    ]);
  });

  it("says nothing for a quiet year, and names a united answer", () => {
    const quiet = {
      ...year,
      action: "comply" as const,
      securityTaken: 0,
      brokenPromises: 0,
      split: false,
      gains: 0,
      division: 0,
    };
    expect(yearParts({ ...quiet, snapBack: false, gains: 0, division: 0, costs: 0, points: 0 })).toEqual([]);
    expect(yearParts({ ...quiet, action: "incursion", unitedAnswer: true, snapBack: false, costs: -12 })).toEqual([
      "a united answer",
      "costs -12",
    ]);
  });
});
