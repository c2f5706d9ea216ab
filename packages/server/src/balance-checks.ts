// Balance checks of facilitators' scenarios (#20, part 4): each runs on a worker thread
// (balance-worker.ts); its progress and result are kept in the store for an hour, read by its id.
import { Worker } from "node:worker_threads";
import type { BalanceReport } from "@ironclad/bots";
import { ApiError } from "./api-error.ts";
import type { BalanceJob, BalanceMessage } from "./balance-worker.ts";
import type { ScenarioIntake } from "./scenario-intake.ts";
import { newId } from "./secrets.ts";
import type { Store } from "./store.ts";

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
  /** Each target as the simulator reports it, with its band as bounds for the page to word. */
  calibration: BalanceReport["calibration"];
  agreementRate: number;
  optionShares: BalanceReport["optionShares"];
  dominatedOptions: BalanceReport["dominatedOptions"];
  perSeat: BalanceReport["perSeat"];
}

/** A running check's state is written at least this often; older, its process is taken as gone. */
export const BALANCE_STALE_MS = 2 * 60 * 1000;

/**
 * Starts checks on this process's worker threads and keeps their state in the store, so any process
 * answers a read (behind the Compose proxy the next request may reach the other replica). A few at
 * a time per process: the machine's cores stay for the tables being played.
 */
export class BalanceChecks {
  readonly #store: Store;
  readonly #now: () => number;
  readonly #parallel: number;
  readonly #workers = new Set<Worker>();

  constructor(store: Store, options: { now?: () => number; parallel?: number } = {}) {
    this.#store = store;
    this.#now = options.now ?? Date.now;
    this.#parallel = options.parallel ?? 2;
  }

  /** Starts a check of a scenario the engine accepted; refused while `parallel` checks run here. */
  async start(intake: ScenarioIntake, games = BALANCE_GAMES): Promise<BalanceCheckView> {
    if (this.#workers.size >= this.#parallel)
      throw new ApiError(
        429,
        "balance/busy",
        `The server is running ${this.#workers.size} balance checks already; try again when one has finished (a check takes about a minute).`,
      );
    await this.#store.deleteBalanceChecksBefore(this.#now() - BALANCE_KEEP_MS);
    const checkId = newId("bal");
    const base = { checkId, scenarioId: intake.scenario.id, games };
    let view: BalanceCheckView = { ...base, status: "running", done: 0 };
    await this.#save(view);
    const job: BalanceJob = { json: intake.json, games, futuresRuns: BALANCE_FUTURES_RUNS, seed: checkId };
    const worker = new Worker(new URL("./balance-worker.ts", import.meta.url), { workerData: job });
    this.#workers.add(worker);
    // Writes go one after another, so a late progress never overwrites the end.
    let writes = Promise.resolve();
    const write = (next: BalanceCheckView) => {
      view = next;
      writes = writes.then(() => this.#save(next)).catch(() => {});
    };
    const end = (next: BalanceCheckView) => {
      if (view.status !== "running") return;
      this.#workers.delete(worker);
      write(next);
    };
    worker.on("message", (m: BalanceMessage) => {
      if (m.type === "progress") {
        if (view.status === "running") write({ ...base, status: "running", done: m.done });
      } else if (m.type === "done") end({ ...base, status: "done", done: games, result: summarise(m.report) });
      else end({ ...base, status: "failed", done: view.done, message: m.message });
    });
    worker.on("error", (error) =>
      end({ ...base, status: "failed", done: view.done, message: `The check stopped: ${error.message}` }),
    );
    worker.on("exit", () =>
      end({ ...base, status: "failed", done: view.done, message: "The check stopped before its end." }),
    );
    return view;
  }

  /** A check by id, from any process: running (with its progress), done (with the result) or failed. */
  async get(checkId: string): Promise<BalanceCheckView> {
    const now = this.#now();
    const row = await this.#store.getBalanceCheck(checkId);
    if (!row || now - row.updatedAt > BALANCE_KEEP_MS)
      throw new ApiError(
        404,
        "balance/not_found",
        "There is no such balance check; a result is kept for an hour. Run the check again.",
      );
    const view = JSON.parse(row.json) as BalanceCheckView;
    // A check whose process stopped writes no more: say so rather than run for ever.
    if (view.status === "running" && now - row.updatedAt > BALANCE_STALE_MS)
      return { ...view, status: "failed", message: "The check stopped before its end (its server process stopped)." };
    return view;
  }

  /** Stops every check running here (the server is shutting down). */
  async stop(): Promise<void> {
    await Promise.all([...this.#workers].map((w) => w.terminate()));
  }

  #save(view: BalanceCheckView): Promise<void> {
    return this.#store.putBalanceCheck(view.checkId, JSON.stringify(view), this.#now());
  }
}

function summarise(report: BalanceReport): BalanceResult {
  return {
    games: report.games,
    calibrated: Object.values(report.calibration).every((c) => c.ok),
    calibration: report.calibration,
    agreementRate: report.agreementRate,
    optionShares: report.optionShares,
    dominatedOptions: report.dominatedOptions,
    perSeat: report.perSeat,
  };
}
