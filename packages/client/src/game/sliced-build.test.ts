import { describe, expect, it } from "vitest";
import { runsByCost, SlicedBuild } from "./sliced-build.ts";

/** A clock moved by hand, and the later tasks queued until run. */
function fakeClock() {
  const tasks: Array<() => void> = [];
  const clock = {
    t: 0,
    now: () => clock.t,
    later: (run: () => void) => tasks.push(run),
    /** Runs the next queued task; false when none is queued. */
    runTask: () => {
      const run = tasks.shift();
      run?.();
      return run !== undefined;
    },
  };
  return clock;
}

/** Steps that each take `ms` of the clock and note their number in `ran`. */
function* steps(clock: { t: number }, count: number, ms: number, ran: number[]): Generator<void> {
  for (let i = 0; i < count; i++) {
    clock.t += ms;
    ran.push(i);
    yield;
  }
}

describe("a picture built in slices", () => {
  it("stops a task at the first pause after its budget, and ends only when every step has run", () => {
    // The table's first picture was one task of 700-900 ms on a phone (#19).
    const clock = fakeClock();
    const build = new SlicedBuild(40, clock);
    const ran: number[] = [];
    let done = 0;
    build.start(steps(clock, 7, 25, ran), () => done++);
    expect(ran).toEqual([0, 1]);
    expect(build.running).toBe(true);
    expect(done).toBe(0);
    clock.runTask();
    expect(ran).toEqual([0, 1, 2, 3]);
    clock.runTask();
    clock.runTask();
    expect(ran).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(done).toBe(1);
    expect(build.running).toBe(false);
    expect(clock.runTask()).toBe(false);
  });

  it("builds a picture that fits its budget in the task that asked for it", () => {
    const clock = fakeClock();
    const build = new SlicedBuild(40, clock);
    const ran: number[] = [];
    let done = 0;
    build.start(steps(clock, 3, 5, ran), () => done++);
    expect(ran).toEqual([0, 1, 2]);
    expect(done).toBe(1);
    expect(clock.runTask()).toBe(false);
  });

  it("builds all at once when told to (a scene's first frame draws whatever is there)", () => {
    const clock = fakeClock();
    const build = new SlicedBuild(40, clock);
    const ran: number[] = [];
    let done = 0;
    build.start(steps(clock, 6, 30, ran), () => done++, Number.POSITIVE_INFINITY);
    expect(ran).toHaveLength(6);
    expect(done).toBe(1);
  });

  it("drops a cancelled build: its steps stop, its end never comes, its cleanup runs", () => {
    const clock = fakeClock();
    const build = new SlicedBuild(40, clock);
    let cleaned = false;
    const ran: number[] = [];
    function* cleaning(): Generator<void> {
      try {
        yield* steps(clock, 6, 30, ran);
      } finally {
        cleaned = true;
      }
    }
    let done = 0;
    build.start(cleaning(), () => done++);
    build.cancel();
    expect(cleaned).toBe(true);
    expect(build.running).toBe(false);
    clock.runTask();
    expect(ran).toEqual([0, 1]);
    expect(done).toBe(0);
  });

  it("ends a build whose step throws, so the stage is not held for a picture that never comes", () => {
    const clock = fakeClock();
    const build = new SlicedBuild(40, clock);
    function* failing(): Generator<void> {
      clock.t += 50;
      yield;
      throw new Error("boom");
    }
    build.start(failing(), () => undefined);
    expect(build.running).toBe(true);
    expect(() => clock.runTask()).toThrow("boom");
    expect(build.running).toBe(false);
  });
});

describe("the still layer's shapes baked in parts", () => {
  it("keeps the order and puts no more than a part's share in a run, unless one item alone is more", () => {
    // One bake of the table's shapes was a task of 170-230 ms on a phone (#19).
    expect(runsByCost([10, 10, 10, 10, 10, 10, 10, 10], 4)).toEqual([
      [0, 1],
      [2, 3],
      [4, 5],
      [6, 7],
    ]);
    expect(runsByCost([1, 50, 2, 2, 45], 4)).toEqual([[0], [1], [2, 3], [4]]);
    expect(runsByCost([5], 4)).toEqual([[0]]);
    expect(runsByCost([], 4)).toEqual([]);
    expect(runsByCost([0, 0, 0], 2)).toEqual([[0, 1, 2]]);
  });
});
