import { afterEach, describe, expect, it } from "vitest";
import { scenario } from "../game/snapshot-fixtures.ts";
import { setLang } from "../i18n/index.ts";
import { eventText } from "./event-text.ts";

describe("events as sentences", () => {
  afterEach(() => setLang("en"));

  it("announces Kyiv's own move in a stress-test year, to Kyiv as 'You'", () => {
    const e = { type: "stress/protected-move", year: 1, seat: "kyiv", move: "appeal" } as const;
    expect(eventText(e, scenario, null)).toBe("Kyiv: Appeal to the guarantors.");
    expect(eventText(e, scenario, "kyiv")).toMatch(/^You: Appeal to the guarantors\.$/);
    setLang("uk");
    expect(eventText(e, scenario, null)).toBe("Київ: Звернутися до гарантів.");
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
});
