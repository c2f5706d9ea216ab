import { describe, expect, it } from "vitest";
import { followServerClock, remainingOnServer } from "./server-time.ts";

describe("the facilitator pages' server clock", () => {
  it("counts down between states: the offset is measured when a new server time arrives, not at each tick", () => {
    // A state stamped 100 s on the server arrives at local 10 s; its phase ends at 160 s.
    const clock = followServerClock(null, 100_000, 10_000);
    expect(remainingOnServer(160_000, clock, 10_000)).toBe(60_000);
    // Three seconds later no action has happened: the same state, re-rendered, shows less time.
    const same = followServerClock(clock, 100_000, 13_000);
    expect(same).toBe(clock);
    expect(remainingOnServer(160_000, same, 13_000)).toBe(57_000);
    // The next state (an action at 104 s) arrives at local 13.5 s: the offset is measured again.
    const next = followServerClock(same, 104_000, 13_500);
    expect(remainingOnServer(160_000, next, 13_500)).toBe(56_000);
  });

  it("shows no clock without a deadline, and never less than nothing", () => {
    const clock = followServerClock(null, 100_000, 10_000);
    expect(remainingOnServer(null, clock, 10_000)).toBeNull();
    expect(remainingOnServer(0, clock, 10_000)).toBeNull();
    expect(remainingOnServer(90_000, clock, 10_000)).toBe(0);
    // Before any state with a server time, the local clock stands in.
    expect(followServerClock(null, 0, 10_000)).toBeNull();
    expect(remainingOnServer(15_000, null, 10_000)).toBe(5_000);
  });
});
