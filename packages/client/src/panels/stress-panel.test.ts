import { describe, expect, it } from "vitest";
import { ORDER, PACKAGE, publicPart, READOUT } from "../game/snapshot-fixtures.ts";
import type { PublicPart } from "../net/table-types.ts";
import { responseChoice } from "./stress-panel.tsx";

// The framework pledges air defence; Washington and Paris ratified it, London did not.
function pub(action: "hybrid" | "incursion", duties: PublicPart["duties"]): PublicPart {
  return publicPart({
    framework: {
      package: PACKAGE,
      signatories: ORDER,
      unanimous: true,
      ratification: {},
      bound: ["washington", "paris", "kyiv"],
      stands: true,
    },
    readout: { ...READOUT, pledge: "airDefence" },
    years: [
      {
        year: 1,
        event: null,
        odds: null,
        moscowAction: action,
        moscowDrawn: false,
        responses: {},
        snapBack: false,
        brokenPromises: [],
        adjudication: null,
      },
    ],
    duties,
  });
}
const below = (p: PublicPart, seat: string) =>
  responseChoice(p, seat)
    .options.filter((o) => o.belowDuty)
    .map((o) => o.response);

describe("the stress panel's response choice", () => {
  // The panel warned "Below the pledge" against the framework's whole pledge for every seat, while
  // the engine caps the duty (only sanctions against hybrid pressure) and binds only the seats that
  // ratified: a bound seat answering sanctions to hybrid pressure, or London answering anything, was
  // told it broke a promise the engine never counts (#18, item 2). The duties are the engine's view's.
  it("warns only below what the engine says the seat owes this year", () => {
    const hybrid = pub("hybrid", { washington: "sanctions", paris: "sanctions", london: "nothing" });
    expect(responseChoice(hybrid, "paris").owed).toBe("sanctions");
    expect(below(hybrid, "paris")).toEqual(["nothing"]);
    const attack = pub("incursion", { washington: "airDefence", paris: "airDefence", london: "nothing" });
    expect(below(attack, "paris")).toEqual(["nothing", "sanctions"]);
  });

  it("warns a seat the framework does not bind of nothing", () => {
    const attack = pub("incursion", { washington: "airDefence", paris: "airDefence", london: "nothing" });
    expect(responseChoice(attack, "london").owed).toBeNull();
    expect(below(attack, "london")).toEqual([]);
    expect(responseChoice(attack, null).owed).toBeNull();
  });
});
