import { describe, expect, it } from "vitest";
import type { MyTableInfo } from "../net/api.ts";
import type { StoredSeat } from "../net/seat-tokens.ts";
import { myTableRows } from "./my-tables-model.ts";

const DAY = 86_400_000;
const place = (tableId: string, savedAt: number): StoredSeat => ({
  tableId,
  seatToken: `tok_${tableId}`,
  seat: "kyiv",
  name: "Olena",
  savedAt,
});
const found = (tableId: string, over: Partial<Extract<MyTableInfo, { found: true }>> = {}): MyTableInfo => ({
  tableId,
  found: true,
  code: "K7QM4X",
  number: 1,
  seat: "kyiv",
  status: "open",
  phase: "negotiation",
  round: 2,
  year: 0,
  endedAt: null,
  debriefUntil: null,
  ...over,
});

describe("my tables", () => {
  const now = 100 * DAY;

  it("lists tables still played before those over, each newest first, linking to the seat", () => {
    const stored = [place("a", 1), place("b", 3), place("c", 2)];
    const answers = [
      found("a"),
      found("b", { status: "finished", phase: "debrief", endedAt: now - DAY, debriefUntil: now + 6 * DAY }),
      found("c", { phase: "vote" }),
    ];
    const { rows, forget } = myTableRows(stored, answers, now);
    expect(rows.map((r) => [r.tableId, r.over])).toEqual([
      ["c", false],
      ["a", false],
      ["b", true],
    ]);
    expect(rows[0]?.href).toBe("/play/c");
    expect(forget).toEqual([]);
  });

  it("forgets a token that opens nothing and a table whose week of debrief is over", () => {
    const stored = [place("gone", 1), place("old", 2), place("fresh", 3), place("unasked", 4)];
    const answers: MyTableInfo[] = [
      { tableId: "gone", found: false },
      found("old", { status: "finished", phase: "debrief", endedAt: now - 8 * DAY, debriefUntil: now - DAY }),
      found("fresh", { status: "ended", phase: "debrief", endedAt: now - DAY, debriefUntil: now + 6 * DAY }),
    ];
    const { rows, forget } = myTableRows(stored, answers, now);
    expect(rows.map((r) => r.tableId)).toEqual(["fresh"]);
    expect(forget.sort()).toEqual(["gone", "old"]);
  });
});
