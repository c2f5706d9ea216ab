import { describe, expect, it } from "vitest";
import { offsetAfter } from "./server-clock.ts";

describe("the offset to the server's clock", () => {
  it("takes the largest lower bound: a server time is stamped before it arrives (#18, item 3)", () => {
    // The room's clock: 130 s on the server, seen at local 40 s.
    const offset = offsetAfter(null, 130_000, 40_000);
    expect(offset).toBe(90_000);
    // The first state's `now` is the last action's time, 30 s old: it cannot pull the clock back.
    expect(offsetAfter(offset, 100_000, 40_010)).toBe(90_000);
    // A state whose action was stamped 200 ms before it arrived tightens it.
    expect(offsetAfter(offset, 140_000, 49_800)).toBe(90_200);
    // No server time, no change.
    expect(offsetAfter(offset, 0, 50_000)).toBe(90_000);
    expect(offsetAfter(null, 0, 50_000)).toBeNull();
  });
});
