import type { CatchUpLine } from "@ironclad/engine/protocol";
import { afterEach, describe, expect, it } from "vitest";
import { scenario } from "../game/snapshot-fixtures.ts";
import { setLang } from "../i18n/index.ts";
import { catchUpText } from "./catch-up-text.ts";

// One of every kind of line, and of every deed.
const LINES: CatchUpLine[] = [
  { kind: "draft-same" },
  { kind: "draft-changed", issue: "legal-form", from: null, to: "treaty" },
  { kind: "posted", count: 3, open: 1 },
  { kind: "amendment", id: 4, by: "paris", issue: "legal-form", option: "treaty", status: "accepted" },
  { kind: "vote", id: 2, calledBy: "berlin", result: "concluded", signatories: ["paris", "kyiv"] },
  { kind: "vote", id: 3, calledBy: "facilitator", result: "failed", signatories: ["paris"] },
  { kind: "vote", id: 5, calledBy: "paris", result: "open", signatories: [] },
  { kind: "year", year: 1, event: { en: "Drones over Lviv", uk: "Дрони над Львовом" }, moscow: "hybrid", broken: [] },
  { kind: "year", year: 2, event: null, moscow: null, broken: ["london"] },
  { kind: "deed", deed: { act: "accepted", amendment: 4, by: "paris", issue: "legal-form", option: "treaty" } },
  { kind: "deed", deed: { act: "supported", amendment: 4, issue: "legal-form", option: "treaty" } },
  { kind: "deed", deed: { act: "signed", vote: 2 } },
  { kind: "deed", deed: { act: "declined", vote: 3 } },
  { kind: "deed", deed: { act: "answered", year: 1, moscow: "hybrid", response: "sanctions", bound: true } },
  { kind: "no-deeds" },
  { kind: "pen" },
  { kind: "own-amendment", id: 6, issue: "legal-form", option: null },
  { kind: "offer", id: 1, by: "berlin", to: "kyiv" },
  { kind: "offer", id: 2, by: "berlin", to: null },
  { kind: "now", phase: "negotiation", step: null, round: 2 },
];

describe("catch-up lines as sentences", () => {
  afterEach(() => setLang("en"));

  it("words every kind of line with the scenario's names, in English and in Ukrainian", () => {
    for (const lang of ["en", "uk"] as const) {
      setLang(lang);
      for (const line of LINES) {
        const text = catchUpText(line, scenario);
        // No unfilled slot, no raw key, no id where a name belongs.
        expect(text, JSON.stringify(line)).not.toMatch(/\{|\}|catchUp\.|legal-form|treaty\b/);
        expect(text.length).toBeGreaterThan(5);
      }
    }
  });

  it("names seats, options and the keeper's deeds as a person reads them", () => {
    expect(catchUpText(LINES[1] as CatchUpLine, scenario)).toBe("Draft, Legal form: blank → Ratified treaties.");
    expect(catchUpText(LINES[4] as CatchUpLine, scenario)).toBe(
      "Vote #2, called by Berlin: concluded, signed by Paris, Kyiv.",
    );
    expect(catchUpText(LINES[5] as CatchUpLine, scenario)).toMatch(
      /^Vote #3, called by the facilitator: failed, 1 signature\.$/,
    );
    expect(catchUpText(LINES[13] as CatchUpLine, scenario)).toMatch(/as the pledge requires\.$/);
    setLang("uk");
    expect(catchUpText(LINES[2] as CatchUpLine, scenario)).toBe("Тим часом подано 3 поправки, відкритих: 1.");
    expect(catchUpText(LINES[17] as CatchUpLine, scenario)).toMatch(/Берлін.*Київ/);
  });
});
