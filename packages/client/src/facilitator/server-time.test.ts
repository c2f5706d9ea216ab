import { describe, expect, it } from "vitest";
import { followServerClock, remainingOnServer, serverClockAt } from "./server-time.ts";

describe("the facilitator pages' server clock", () => {
  it("counts down between states: the offset is measured when a new server time arrives, not at each tick", () => {
    // The room's clock says 100 s on the server at local 10 s; the phase ends at 160 s.
    const clock = serverClockAt(100_000, 10_000);
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
    const clock = serverClockAt(100_000, 10_000);
    expect(remainingOnServer(null, clock, 10_000)).toBeNull();
    expect(remainingOnServer(0, clock, 10_000)).toBeNull();
    expect(remainingOnServer(90_000, clock, 10_000)).toBe(0);
    // Before any state with a server time, the local clock stands in.
    expect(followServerClock(null, 0, 10_000)).toBeNull();
    expect(serverClockAt(0, 10_000)).toBeNull();
    expect(remainingOnServer(15_000, null, 10_000)).toBe(5_000);
  });

  it("shows the time left now on a page opened at a quiet table, not the time left at its last action (#18, item 3)", () => {
    // The last action was at 100 s; the projector opens at server 130 s (local 40 s); the phase ends at 160 s.
    const fromState = followServerClock(null, 100_000, 40_000);
    expect(fromState).toBeNull();
    const clock = followServerClock(serverClockAt(130_000, 40_000), 100_000, 40_000);
    expect(remainingOnServer(160_000, clock, 40_000)).toBe(30_000);
    // A later state never pulls the clock back: its `now` was stamped before it arrived.
    const late = followServerClock(clock, 131_000, 42_000);
    expect(remainingOnServer(160_000, late, 42_000)).toBe(28_000);
  });
});
