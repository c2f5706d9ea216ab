// A picture built over several tasks. The table's first picture made some fifty texts (a canvas
// measured, drawn and uploaded each) in one task of 700-900 ms on an emulated phone (#19); built as
// steps that yield where the page may take its turn, each task stops once it has run a budget's
// worth. Free of Phaser, so it is tested without a browser.

/** How the build reads the time and hands the rest of its work to a later task. */
export type SliceClock = {
  now: () => number;
  later: (run: () => void) => void;
};

/** A later task as soon as the page is free: a message, which no background-tab timer throttles. */
export function nextTask(run: () => void): void {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => {
    channel.port1.close();
    run();
  };
  channel.port2.postMessage(null);
}

/** One build at a time: its steps run in slices of about `budgetMs`, the first at once. */
export class SlicedBuild {
  private current: Iterator<unknown> | null = null;
  private readonly budgetMs: number;
  private readonly clock: SliceClock;

  constructor(budgetMs: number, clock: SliceClock) {
    this.budgetMs = budgetMs;
    this.clock = clock;
  }

  /** Whether a build is under way (started, its last step not yet run). */
  get running(): boolean {
    return this.current !== null;
  }

  /**
   * Runs `steps` (each `yield` a place where the build may pause) until a slice has spent
   * `budgetMs` (Infinity: all now), the rest in later tasks; `done` after the last step.
   * A build under way is cancelled first.
   */
  start(steps: Iterator<unknown>, done: () => void, budgetMs = this.budgetMs): void {
    this.cancel();
    this.current = steps;
    this.slice(steps, done, budgetMs);
  }

  /** Drops the build under way: none of its steps run again, its `done` never comes. */
  cancel(): void {
    const steps = this.current;
    this.current = null;
    steps?.return?.();
  }

  private slice(steps: Iterator<unknown>, done: () => void, budgetMs: number): void {
    if (this.current !== steps) return;
    const start = this.clock.now();
    try {
      for (;;) {
        if (steps.next().done) {
          this.current = null;
          done();
          return;
        }
        if (this.clock.now() - start >= budgetMs) break;
      }
    } catch (error) {
      // A step that throws ends its build: a build left running would hold the stage's frames forever.
      this.current = null;
      throw error;
    }
    this.clock.later(() => this.slice(steps, done, budgetMs));
  }
}

/**
 * Splits items of `costs` (in order) into runs of consecutive items, each costing at most a
 * `parts`-th of the whole, or one item alone where it costs more: the still layer's shapes are
 * baked in about `parts` tasks instead of one (#19).
 */
export function runsByCost(costs: readonly number[], parts: number): number[][] {
  const total = costs.reduce((sum, c) => sum + c, 0);
  const most = total / Math.max(1, parts);
  const runs: number[][] = [];
  let run: number[] = [];
  let cost = 0;
  costs.forEach((c, i) => {
    if (run.length > 0 && cost + c > most) {
      runs.push(run);
      run = [];
      cost = 0;
    }
    run.push(i);
    cost += c;
  });
  if (run.length > 0) runs.push(run);
  return runs;
}
