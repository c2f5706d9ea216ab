import { publicScenario } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { setLang, t } from "../i18n/index.ts";
import { routeOf } from "../pages/routes.ts";
import { handoutLink } from "./handout-links.ts";
import { optionTitle } from "./scenario-names.ts";
import { tableVerdict } from "./verdict.ts";

describe("the facilitator's routes and words", () => {
  it("reads the five facilitator pages from their paths", () => {
    expect(routeOf("/facilitate")).toEqual({ page: "facilitate", view: { kind: "setup" } });
    expect(routeOf("/facilitate/ses_1/")).toEqual({
      page: "facilitate",
      view: { kind: "console", sessionId: "ses_1" },
    });
    expect(routeOf("/facilitate/ses_1/projector")).toEqual({
      page: "facilitate",
      view: { kind: "projector", sessionId: "ses_1" },
    });
    expect(routeOf("/facilitate/ses_1/sheets")).toEqual({
      page: "facilitate",
      view: { kind: "sheets", sessionId: "ses_1" },
    });
    expect(routeOf("/facilitate/ses_1/report/tbl_2")).toEqual({
      page: "facilitate",
      view: { kind: "report", sessionId: "ses_1", tableId: "tbl_2" },
    });
    expect(routeOf("/facilitate/ses_1/other")).toEqual({ page: "not-found" });
  });

  it("fills placeholders", () => {
    expect(t("f.table", { n: 3 })).toBe("Table 3");
    expect(t("f.rep.headline", { code: "ABCDEF" })).toContain("ABCDEF");
  });

  it("reads a table in the lobby as waiting to start, not in play (#17.9)", () => {
    const lobby = tableVerdict({ phase: "lobby", concluded: false, outcome: null });
    expect(lobby.verdict).toBe("Waiting to start");
    expect(lobby.tone).toBe("waiting");
    expect(`${lobby.verdict} · ${lobby.detail}`).not.toContain("In play");
    const talks = tableVerdict({ phase: "negotiation", concluded: false, outcome: null });
    expect([talks.verdict, talks.detail, talks.tone]).toEqual(["In play", "Negotiation", "live"]);
    const done = tableVerdict({ phase: "debrief", concluded: true, outcome: "held" });
    expect([done.verdict, done.detail, done.tone]).toEqual(["Deal concluded", "The guarantee held", "deal"]);
    setLang("uk");
    try {
      expect(tableVerdict({ phase: "lobby", concluded: false, outcome: null }).verdict).toBe("Очікує на початок");
    } finally {
      setLang("en");
    }
  });

  it("names a package's options by their titles in the scenario, not their ids (#17.7)", () => {
    const scenario = publicScenario(defaultScenario());
    expect(optionTitle(scenario, "pledge", "article5")).toBe("Article 5 wording");
    expect(optionTitle(scenario, "alignment", "eu-date")).toBe("EU accession by a fixed date");
    setLang("uk");
    try {
      const uk = optionTitle(scenario, "alignment", "eu-date");
      expect(uk).not.toBe("EU accession by a fixed date");
      expect(uk).not.toBe("Eu date");
    } finally {
      setLang("en");
    }
    // An option the scenario does not name (or no scenario yet) is still readable.
    expect(optionTitle(scenario, "alignment", "moon-base")).toBe("Moon base");
    expect(optionTitle(null, "alignment", "eu-date")).toBe("Eu date");
  });

  it("reads a table ended from the lobby as not played, never as a held guarantee (#17.8)", () => {
    const v = tableVerdict({ phase: "debrief", concluded: false, outcome: "held", notPlayed: true });
    expect(v.verdict).toBe("Not played");
    expect(v.tone).toBe("notplayed");
    expect(v.detail).not.toMatch(/held/i);
    setLang("uk");
    try {
      expect(tableVerdict({ phase: "debrief", concluded: false, outcome: "held", notPlayed: true }).verdict).toBe(
        "Не зіграно",
      );
    } finally {
      setLang("en");
    }
  });

  it("prints the handout's links on PUBLIC_URL when the server has one, else on the facilitator's own address (#17.4)", () => {
    const here = "http://192.168.1.20:2567";
    // No PUBLIC_URL: the server's links say localhost, which no student's phone can open.
    expect(handoutLink("http://localhost:2567/join/QWWKGA", null, here)).toBe(`${here}/join/QWWKGA`);
    expect(handoutLink("http://localhost:2567/join/QWWKGA?seat=moscow", null, here)).toBe(
      `${here}/join/QWWKGA?seat=moscow`,
    );
    // PUBLIC_URL set: the server's links are already right.
    expect(handoutLink("https://ironclad.example.org/join/QWWKGA", "https://ironclad.example.org", here)).toBe(
      "https://ironclad.example.org/join/QWWKGA",
    );
    // A handout stored before the server said (no field): a localhost link moves to this address, others stay.
    expect(handoutLink("http://localhost:2567/join/QWWKGA", undefined, here)).toBe(`${here}/join/QWWKGA`);
    expect(handoutLink("https://ironclad.example.org/join/QWWKGA", undefined, here)).toBe(
      "https://ironclad.example.org/join/QWWKGA",
    );
  });
});
