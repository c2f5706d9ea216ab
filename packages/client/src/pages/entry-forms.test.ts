import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import type { CodeInfo, SeatSummary } from "../net/api.ts";
import { joinSeatOptions } from "./entry-forms.tsx";

const seat = (id: string, name: string, kind: SeatSummary["kind"] = "european"): SeatSummary =>
  ({
    id,
    kind,
    name: { en: name, uk: name },
    flag: id.slice(0, 2),
    inDefaultTable: true,
    publicPosition: { en: "", uk: "" },
  }) as SeatSummary;
const scenarioSeats = [
  seat("washington", "Washington", "guarantor"),
  seat("paris", "Paris"),
  seat("rome", "Rome"),
  seat("kyiv", "Kyiv", "protected"),
  seat("moscow", "Moscow", "redcell"),
];

describe("the join form's seats (#17.7)", () => {
  afterEach(() => setLang("en"));

  it("offers only the table's seats, and marks the taken ones as taken and not choosable", () => {
    const info: CodeInfo = {
      kind: "table",
      code: "K7QM4X",
      seats: ["washington", "paris", "kyiv"],
      freeSeats: ["washington", "kyiv"],
      redCell: null,
    };
    const options = joinSeatOptions(info, scenarioSeats);
    // Rome is in the scenario but not at this table; Moscow is a bot here.
    expect(options.map((o) => o.id)).toEqual(["washington", "paris", "kyiv"]);
    expect(options.find((o) => o.id === "paris")).toEqual({ id: "paris", label: "Paris (taken)", disabled: true });
    expect(options.find((o) => o.id === "kyiv")).toEqual({ id: "kyiv", label: "Kyiv", disabled: false });
  });

  it("offers no named seat before the code is known (any free seat and observing stay)", () => {
    expect(joinSeatOptions(null, scenarioSeats)).toEqual([]);
  });
});
