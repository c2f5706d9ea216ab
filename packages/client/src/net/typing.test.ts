import { describe, expect, it } from "vitest";
import { addTyping, pruneTyping, typingAfterMessage, typingThrottle } from "./typing.ts";

describe("typing notices", () => {
  it("keep a seat typing until the notice expires, and renew rather than duplicate", () => {
    let list = addTyping([], { seat: "paris", channel: "table", ttlMs: 5_000 }, 1_000);
    list = addTyping(list, { seat: "paris", channel: "table", ttlMs: 5_000 }, 3_000);
    list = addTyping(list, { seat: "paris", channel: "bilateral:kyiv:paris", ttlMs: 5_000 }, 3_000);
    expect(list).toEqual([
      { seat: "paris", channel: "table", until: 8_000 },
      { seat: "paris", channel: "bilateral:kyiv:paris", until: 8_000 },
    ]);
    expect(pruneTyping(list, 7_999)).toHaveLength(2);
    expect(pruneTyping(list, 8_000)).toEqual([]);
  });

  it("never keep a notice longer than ten seconds, whatever it asks", () => {
    const list = addTyping([], { seat: "paris", channel: "table", ttlMs: 3_600_000 }, 0);
    expect(list[0]?.until).toBe(10_000);
  });

  it("end when the seat's message arrives in that channel, not in another", () => {
    const list = addTyping(
      addTyping([], { seat: "paris", channel: "table", ttlMs: 5_000 }, 0),
      { seat: "kyiv", channel: "table", ttlMs: 5_000 },
      0,
    );
    expect(typingAfterMessage(list, { fromSeat: "paris", channel: "table" }).map((t) => t.seat)).toEqual(["kyiv"]);
    expect(typingAfterMessage(list, { fromSeat: "paris", channel: "delegation:paris" })).toHaveLength(2);
  });

  it("go out at most once per interval per channel, at once when the channel changes", () => {
    const ok = typingThrottle(2_500);
    expect(ok({ channel: "table" }, 0)).toBe(true);
    expect(ok({ channel: "table" }, 1_000)).toBe(false);
    expect(ok({ channel: "bilateral", to: "kyiv" }, 1_200)).toBe(true);
    expect(ok({ channel: "bilateral", to: "kyiv" }, 3_000)).toBe(false);
    expect(ok({ channel: "bilateral", to: "kyiv" }, 3_700)).toBe(true);
  });
});
