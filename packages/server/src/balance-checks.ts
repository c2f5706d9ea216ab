// Balance checks of facilitators' scenarios (#20, part 4): each runs on a worker thread
// (balance-worker.ts) and is kept in memory for an hour, read by its id. A few at a time: the
// machine's cores stay for the tables being played.
import { Worker } from "node:worker_threads";
import type { BalanceReport } from "@ironclad/bots";
import { ApiError } from "./api-error.ts";
import type { BalanceJob, BalanceMessage } from "./balance-worker.ts";
import type { ScenarioIntake } from "./scenario-intake.ts";
import { newId } from "./secrets.ts";

/** Bot games a check plays unless asked otherwise: "a few hundred". */
export const BALANCE_GAMES = 200;
/** The fewest and the most games a check may be asked for. */
export const BALANCE_GAME_LIMITS = { min: 10, max: 500 } as const;
/** Seeded futures per calibration package (the simulator's default is 1,000; a check is quicker). */
export const BALANCE_FUTURES_RUNS = 400;
/** How long a finished check can be read. */
export const BALANCE_KEEP_MS = 60 * 60 * 1000;

/** A check as the API answers it. */
export type BalanceCheckView =
  | { checkId: string; scenarioId: string; status: "running"; games: number; done: number }
  | { checkId: string; scenarioId: string; status: "done"; games: number; done: number; result: BalanceResult }
  | { checkId: string; scenarioId: string; status: "failed"; games: number; done: number; message: string };

/** What the setup page shows: each calibration target of GAME.md with its value and band, and a few figures. */
export interface BalanceResult {
  games: number;
  calibrated: boolean;
  calibration: BalanceReport["calibration"];
  agreementRate: number;
  optionShares: BalanceReport["optionShares"];
  perSeat: BalanceReport["perSeat"];
}

interface Check {
  view: BalanceCheckView;
  worker: Worker | null;
  endedAt: number | null;
}

/** Starts checks on worker threads and keeps their results for a while. */
export class BalanceChecks {
  readonly #checks = new Map<string, Check>();
  readonly #now: () => number;
  readonly #parallel: number;

  constructor(options: { now?: () => number; parallel?: number } = {}) {
    this.#now = options.now ?? Date.now;
    this.#parallel = options.parallel ?? 2;
  }

  /** Starts a check of a scenario the engine accepted; refused while `parallel` checks run. */
  start(intake: ScenarioIntake, games = BALANCE_GAMES): BalanceCheckView {
    this.#forgetOld();
    const running = [...this.#checks.values()].filter((c) => c.view.status === "running").length;
    if (running >= this.#parallel)
      throw new ApiError(
        429,
        "balance/busy",
        `The server is running ${running} balance checks already; try again when one has finished (a check takes about a minute).`,
      );
    const checkId = newId("bal");
    const job: BalanceJob = { json: intake.json, games, futuresRuns: BALANCE_FUTURES_RUNS, seed: checkId };
    const worker = new Worker(new URL("./balance-worker.ts", import.meta.url), { workerData: job });
    const check: Check = {
      view: { checkId, scenarioId: intake.scenario.id, status: "running", games, done: 0 },
      worker,
      endedAt: null,
    };
    this.#checks.set(checkId, check);
    const end = (view: BalanceCheckView) => {
      if (check.view.status !== "running") return;
      check.view = view;
      check.endedAt = this.#now();
      check.worker = null;
    };
    const base = { checkId, scenarioId: intake.scenario.id, games };
    worker.on("message", (m: BalanceMessage) => {
      if (m.type === "progress") check.view = { ...base, status: "running", done: m.done };
      else if (m.type === "done") end({ ...base, status: "done", done: games, result: summarise(m.report) });
      else end({ ...base, status: "failed", done: check.view.done, message: m.message });
    });
    worker.on("error", (error) =>
      end({ ...base, status: "failed", done: check.view.done, message: `The check stopped: ${error.message}` }),
    );
    worker.on("exit", () =>
      end({ ...base, status: "failed", done: check.view.done, message: "The check stopped before its end." }),
    );
    return check.view;
  }

  /** A check by id: running (with its progress), done (with the result) or failed. */
  get(checkId: string): BalanceCheckView {
    this.#forgetOld();
    const check = this.#checks.get(checkId);
    if (!check)
      throw new ApiError(
        404,
        "balance/not_found",
        "There is no such balance check; a result is kept for an hour. Run the check again.",
      );
    return check.view;
  }

  /** Stops every running check (the server is shutting down). */
  async stop(): Promise<void> {
    await Promise.all([...this.#checks.values()].map((c) => c.worker?.terminate()));
  }

  #forgetOld(): void {
    const now = this.#now();
    for (const [id, c] of this.#checks)
      if (c.endedAt !== null && now - c.endedAt > BALANCE_KEEP_MS) this.#checks.delete(id);
  }
}

function summarise(report: BalanceReport): BalanceResult {
  return {
    games: report.games,
    calibrated: Object.values(report.calibration).every((c) => c.ok),
    calibration: report.calibration,
    agreementRate: report.agreementRate,
    optionShares: report.optionShares,
    perSeat: report.perSeat,
  };
}
