import { describe, expect, it } from "vitest";
import type { TableSnapshot } from "../net/table-types.ts";
import { closedAmendments } from "./closed-amendments.ts";

type Amendment = TableSnapshot["amendments"][number];

const amendment = (id: number, status: string): Amendment =>
  ({
    id,
    by: "kyiv",
    issue: "legal-form",
    option: "treaty",
    status,
    supporters: [],
    opponents: [],
  }) as unknown as Amendment;

describe("the closed amendments", () => {
  it("are all listed, newest first (#18: '18 closed amendments' showed only the last 6, counted as 6)", () => {
    const list = Array.from({ length: 20 }, (_, i) => amendment(i + 1, i === 4 || i === 19 ? "open" : "declined"));
    const closed = closedAmendments(list);
    expect(closed).toHaveLength(18);
    expect(closed.map((a) => a.id).slice(0, 3)).toEqual([19, 18, 17]);
    expect(closed.at(-1)?.id).toBe(1);
    expect(closed.some((a) => a.status === "open")).toBe(false);
  });
});
