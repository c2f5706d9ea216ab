import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import type { CodeInfo, ScenarioSummary, SeatSummary } from "../net/api.ts";
import { joinSeatOptions, quickScenarioOptions } from "./entry-forms.tsx";

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

describe("the quick game's scenarios (#20)", () => {
  afterEach(() => setLang("en"));

  const scenario = (id: string, en: string, uk: string): ScenarioSummary => ({
    id,
    version: 1,
    title: { en, uk },
    summary: { en: "", uk: "" },
    seats: scenarioSeats,
    issues: [],
  });
  const list = [
    scenario("guarantees-2025", "Guarantees for Ukraine", "Гарантії для України"),
    scenario(
      "paris-declaration-2026",
      "After the Paris Declaration — January 2026",
      "Після Паризької декларації — січень 2026",
    ),
  ];

  it("names each scenario by its title in the page's language, in the server's order (its first the default)", () => {
    expect(quickScenarioOptions(list)).toEqual([
      { id: "guarantees-2025", label: "Guarantees for Ukraine" },
      { id: "paris-declaration-2026", label: "After the Paris Declaration — January 2026" },
    ]);
    setLang("uk");
    expect(quickScenarioOptions(list).map((o) => o.label)).toEqual([
      "Гарантії для України",
      "Після Паризької декларації — січень 2026",
    ]);
  });
});
