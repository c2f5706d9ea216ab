// A simulator worker: plays its share of the tables and posts each record back with its index.
import { parentPort, workerData } from "node:worker_threads";
import { playTable } from "../src/simulate.ts";
import { loadScenario } from "./load-scenario.ts";

interface Job {
  scenario: string | null;
  seed: string;
  indices: number[];
  moscow: "model" | "sharp";
}

const job = workerData as Job;
const scenario = await loadScenario(job.scenario);
for (const i of job.indices) {
  // This thread's CPU only: process.cpuUsage() would count every worker's.
  const before = process.threadCpuUsage();
  const record = playTable(scenario, { seed: `${job.seed}:${i}`, moscow: job.moscow });
  const used = process.threadCpuUsage(before);
  parentPort?.postMessage({ index: i, record, cpuMs: (used.user + used.system) / 1000 });
}
