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
