// A balance check's thread (#20, part 4): plays a few hundred bot-only tables of a facilitator's
// scenario through the simulator, then runs the calibration futures and builds the balance report.
// On a worker thread so the server's event loop stays free for every other request meanwhile.
import { parentPort, workerData } from "node:worker_threads";
import { buildReport, calibrationFutures, playTable, scenarioReference, type TableRecord } from "@ironclad/bots";
import { defaultSeats, parseScenario } from "@ironclad/engine";

/** What the thread is given. */
export interface BalanceJob {
  /** The scenario file, already checked by the engine. */
  json: string;
  games: number;
  futuresRuns: number;
  seed: string;
}

/** What the thread posts: progress now and then, and the report (or why not) at the end. */
export type BalanceMessage =
  | { type: "progress"; done: number }
  | { type: "done"; report: ReturnType<typeof buildReport> }
  | { type: "failed"; message: string };

const port = parentPort;
if (!port) throw new Error("balance-worker runs on a worker thread");
const job = workerData as BalanceJob;
const post = (m: BalanceMessage) => port.postMessage(m);

try {
  const parsed = parseScenario(JSON.parse(job.json));
  if (!parsed.ok) throw new Error("the scenario does not pass its checks");
  const scenario = parsed.scenario;
  const records: TableRecord[] = [];
  const started = performance.now();
  for (let i = 0; i < job.games; i++) {
    records.push(playTable(scenario, { seed: `${job.seed}:${i}` }));
    if ((i + 1) % 10 === 0 || i + 1 === job.games) post({ type: "progress", done: i + 1 });
  }
  const seconds = (performance.now() - started) / 1000;
  const seats = records[0]?.seats ?? defaultSeats(scenario);
  const futures = calibrationFutures(scenario, seats, job.futuresRuns, job.seed);
  const report = buildReport(
    scenario,
    job.seed,
    records,
    scenarioReference(scenario, seats),
    futures,
    job.futuresRuns,
    seconds > 0 ? job.games / seconds : 0,
  );
  post({ type: "done", report });
} catch (error) {
  post({ type: "failed", message: error instanceof Error ? error.message : String(error) });
}
