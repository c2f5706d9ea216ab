import { describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import { routeOf } from "../pages/routes.ts";
import { tableVerdict } from "./verdict.ts";
import { w } from "./words.ts";

describe("the facilitator's routes and words", () => {
  it("reads the four facilitator pages from their paths", () => {
    expect(routeOf("/facilitate")).toEqual({ page: "facilitate", view: { kind: "setup" } });
    expect(routeOf("/facilitate/ses_1/")).toEqual({
      page: "facilitate",
      view: { kind: "console", sessionId: "ses_1" },
    });
    expect(routeOf("/facilitate/ses_1/projector")).toEqual({
      page: "facilitate",
      view: { kind: "projector", sessionId: "ses_1" },
    });
    expect(routeOf("/facilitate/ses_1/report/tbl_2")).toEqual({
      page: "facilitate",
      view: { kind: "report", sessionId: "ses_1", tableId: "tbl_2" },
    });
    expect(routeOf("/facilitate/ses_1/other")).toEqual({ page: "not-found" });
  });

  it("fills placeholders", () => {
    expect(w("f.table", { n: 3 })).toBe("Table 3");
    expect(w("f.rep.headline", { code: "ABCDEF" })).toContain("ABCDEF");
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
});
