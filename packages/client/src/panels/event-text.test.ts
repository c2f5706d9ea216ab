import { afterEach, describe, expect, it } from "vitest";
import { scenario } from "../game/snapshot-fixtures.ts";
import { setLang } from "../i18n/index.ts";
import type { GameEvent } from "../net/table-types.ts";
import { batchText, eventText } from "./event-text.ts";

describe("events as sentences", () => {
  afterEach(() => setLang("en"));

  it("announces Kyiv's own move in a stress-test year, to Kyiv as 'You'", () => {
    const e = { type: "stress/protected-move", year: 1, seat: "kyiv", move: "appeal" } as const;
    expect(eventText(e, scenario, null)).toBe("Kyiv: Appeal to the guarantors.");
    expect(eventText(e, scenario, "kyiv")).toMatch(/^You: Appeal to the guarantors\.$/);
    setLang("uk");
    expect(eventText(e, scenario, null)).toBe("Київ: Звернутися до гарантів.");
  });

  it("flags a ballot or response the seat-keeper gave for absent people, in both languages (#17 item 13)", () => {
    const kept = { type: "stress/response", year: 1, seat: "paris", response: "sanctions", standIn: true } as const;
    expect(eventText(kept, scenario, null)).toMatch(/^Paris: .+\. \(Seat-keeper: its people were away\.\)$/);
    const own = { type: "vote/ballot", id: 1, seat: "paris", ballot: "sign" } as const;
    expect(eventText(own, scenario, null)).toBe("Paris signed.");
    expect(eventText({ ...own, standIn: true }, scenario, null)).toBe(
      "Paris signed. (Seat-keeper: its people were away.)",
    );
    setLang("uk");
    expect(eventText({ ...own, standIn: true }, scenario, null)).toMatch(/Охоронець місця/);
  });

  it("ends a table ended from the lobby as not played, not with an outcome (#17.8)", () => {
    const e = { type: "game/ended", outcome: "held", early: true, notPlayed: true } as const;
    expect(eventText(e, scenario, null)).toBe("Not played.");
    setLang("uk");
    expect(eventText(e, scenario, null)).toBe("Не зіграно.");
    setLang("en");
    expect(eventText({ type: "game/ended", outcome: "held", early: false }, scenario, null)).toBe("Deterrence held.");
  });

  it("tells a seat it broke its own promise in the second person, in both languages (#17.9)", () => {
    const e = {
      type: "stress/broken-promise",
      year: 1,
      seat: "paris",
      pledged: "airDefence",
      response: "sanctions",
    } as const;
    expect(eventText(e, scenario, null)).toBe("Paris broke its promise.");
    expect(eventText(e, scenario, "paris")).toBe("You broke your promise.");
    setLang("uk");
    expect(eventText(e, scenario, "paris")).toBe("Ви порушили свою обіцянку.");
    expect(eventText(e, scenario, null)).toBe("Париж: обіцянку порушено.");
  });

  it("tells that ratification begins before its results (#18: the rolls were logged first)", () => {
    // The batch of a concluding vote, in the engine's order: the rolls come before the phase is entered.
    const at = { round: 2, year: 0, step: "", deadline: null };
    const batch = [
      { type: "vote/closed", id: 1, concluded: true, signatories: ["kyiv", "paris"], reason: "" },
      { type: "ratification/rolled", seat: "kyiv", probability: 0.8, roll: 0.2, ratified: true },
      { type: "ratification/rolled", seat: "paris", probability: 0.6, roll: 0.9, ratified: false },
      { type: "framework/ratified", bound: ["kyiv"], stands: false },
      { type: "phase/entered", phase: "ratification", ...at },
    ] as unknown as GameEvent[];
    expect(batchText(batch, scenario, "kyiv")).toEqual([
      "The framework is concluded.",
      "Ratification begins.",
      "You ratified.",
      "Paris failed to ratify.",
      "Ratification failed: the framework collapsed to no deal.",
    ]);
  });

  it("keeps a batch in the engine's order when no phase opens in it", () => {
    const batch = [
      { type: "vote/closed", id: 1, concluded: false, signatories: [], reason: "" },
      { type: "phase/entered", phase: "negotiation", round: 2, year: 0, step: "", deadline: null },
    ] as unknown as GameEvent[];
    expect(batchText(batch, scenario, null)).toEqual([
      "The vote did not conclude a framework; talks resume.",
      "Negotiation round 2 begins.",
    ]);
  });
});
