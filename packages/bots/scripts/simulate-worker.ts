// A simulator worker: plays the batches of tables the main thread sends (a batch is a list of
// table indices; null means no more) and posts each batch's records back with their indices.
import { parentPort, workerData } from "node:worker_threads";
import { playTable, type TableRecord } from "../src/simulate.ts";
import { loadScenario } from "./load-scenario.ts";

interface Job {
  scenario: string | null;
  seed: string;
  moscow: "model" | "sharp";
}

/** One played table as the worker posts it. */
export interface Played {
  index: number;
  record: TableRecord;
  /** CPU time of this thread while it played the table (ms). */
  cpuMs: number;
}

const job = workerData as Job;
const port = parentPort;
if (!port) throw new Error("simulate-worker runs on a worker thread");
const scenario = await loadScenario(job.scenario);
port.on("message", (batch: number[] | null) => {
  if (batch === null) {
    port.close();
    return;
  }
  const played: Played[] = [];
  for (const i of batch) {
    // This thread's CPU only: process.cpuUsage() would count every worker's.
    const before = process.threadCpuUsage();
    const record = playTable(scenario, { seed: `${job.seed}:${i}`, moscow: job.moscow });
    const used = process.threadCpuUsage(before);
    played.push({ index: i, record, cpuMs: (used.user + used.system) / 1000 });
  }
  port.postMessage(played);
});
