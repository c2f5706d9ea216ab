// The workshop's draft helpers: an edit writes a copy (the draft before it is untouched), an empty
// value removes the field so the server's check can name it, and a problem's path opens its tab.
import { describe, expect, it } from "vitest";
import { emptyBrief, tabOf, written } from "./scenario-draft.ts";

const file: Record<string, any> = {
  id: "mine",
  issues: [
    { id: "force", options: [{ id: "mfu" }, { id: "none" }] },
    { id: "arms", options: [{ id: "yearly" }] },
  ],
  seats: [{ id: "london", brief: { pointTable: { force: { mfu: 3, none: 0 } } } }],
};

describe("the scenario draft", () => {
  it("writes a value at a path into a copy, creating what is missing on the way", () => {
    const next = written(file, ["seats", 0, "brief", "pointTable", "arms", "yearly"], 7);
    expect(next.seats[0].brief.pointTable.arms).toEqual({ yearly: 7 });
    expect(JSON.stringify(file)).not.toContain('yearly":7');
    expect(written(file, ["events", 0, "id"], "a").events).toEqual([{ id: "a" }]);
  });

  it("removes a field given no value, and a list's item by its index", () => {
    const cleared = written(file, ["seats", 0, "brief", "pointTable", "force", "mfu"], undefined);
    expect(cleared.seats[0].brief.pointTable.force).toEqual({ none: 0 });
    expect(written(file, ["issues", 0], undefined).issues.map((i: { id: string }) => i.id)).toEqual(["arms"]);
    expect(file.issues).toHaveLength(2);
  });

  it("gives a new brief zero points for every option of every issue", () => {
    expect(emptyBrief(file).pointTable).toEqual({ force: { mfu: 0, none: 0 }, arms: { yearly: 0 } });
  });

  it("opens the tab a problem's path belongs to", () => {
    expect(tabOf("seats.london.brief.pointTable.force.mfu")).toBe("points");
    expect(tabOf("seats[3].brief.pointTable")).toBe("points");
    expect(tabOf("seats.warsaw.brief")).toBe("briefs");
    expect(tabOf("seats.paris")).toBe("seats");
    expect(tabOf("issues.force.options[1].id")).toBe("issues");
    expect(tabOf("events[2].effects[0].target")).toBe("events");
    expect(tabOf("agreement.mustSign[0]")).toBe("general");
    expect(tabOf("")).toBe("general");
  });
});
