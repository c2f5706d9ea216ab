import { describe, expect, it } from "vitest";
import { routeOf } from "../pages/routes.ts";
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
});
