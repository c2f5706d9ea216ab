// The simulator: `npm run simulate -- --scenario <file> --games N --seed S [--json out.json]`
// plays N bot-only tables through the real engine on worker threads and prints the balance
// report; it exits 1 when a calibration target of GAME.md is missed.
// `npm run simulate -- --exploit` plays every scripted strategy in every seat against the bot
// (scripts/exploit.ts).
// `npm run simulate -- --futures --scenario <file> --package <option ids> --runs 1000` runs one
// framework (and no deal beside it) through many seeded futures.
import { writeFile } from "node:fs/promises";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Worker } from "node:worker_threads";
import { defaultSeats, type Package, type Scenario, simulateFutures } from "@ironclad/engine";
import {
  balanceReportSchema,
  botResponsePolicy,
  buildReport,
  calibrated,
  calibrationFutures,
  formatReport,
  scenarioReference,
} from "../src/balance.ts";
import { efficiencyRecord } from "../src/efficiency.ts";
import { SCRIPTED_STRATEGIES, type ScriptedStrategy } from "../src/scripted-strategies.ts";
import type { TableRecord } from "../src/simulate.ts";
import { runExploit } from "./exploit.ts";
import { loadScenario } from "./load-scenario.ts";
import type { Played } from "./simulate-worker.ts";

const { values } = parseArgs({
  options: {
    scenario: { type: "string" },
    games: { type: "string", default: "200" },
    seed: { type: "string", default: "1" },
    json: { type: "string" },
    records: { type: "string" },
    workers: { type: "string" },
    moscow: { type: "string", default: "model" },
    "futures-runs": { type: "string", default: "1000" },
    futures: { type: "boolean", default: false },
    exploit: { type: "boolean", default: false },
    strategies: { type: "string" },
    seats: { type: "string" },
    package: { type: "string" },
    runs: { type: "string", default: "1000" },
    help: { type: "boolean", default: false },
  },
});

if (values.help) {
  console.log(`Usage:
  npm run simulate -- [--scenario file] [--games N] [--seed S] [--json out.json] [--records out.jsonl] [--workers K] [--moscow model|sharp] [--futures-runs N]
  npm run simulate -- --exploit [--scenario file] [--games N] [--seed S] [--workers K] [--strategies ${SCRIPTED_STRATEGIES.join(",")}] [--seats a,b] [--json out.json]
  npm run simulate -- --futures [--scenario file] --package <option ids, comma-separated, in issue order or issue=option> [--runs N] [--seed S] [--json out.json]`);
  process.exit(0);
}

const scenarioFile = values.scenario ?? null;
// Output files are named relative to where npm was started (npm runs this in packages/bots).
const outPath = (file: string) => resolve(process.env.INIT_CWD ?? process.cwd(), file);
let scenario: Scenario;
try {
  scenario = await loadScenario(scenarioFile);
} catch (e) {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(2);
}

function parsePackage(s: Scenario, text: string): Package {
  const parts = text
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
  const pkg: Package = {};
  parts.forEach((part, k) => {
    const [a, b] = part.includes("=") ? part.split("=") : [s.issues[k]?.id, part];
    if (!a || !b) throw new Error(`Cannot read "${part}" as an option.`);
    const issue = s.issues.find((i) => i.id === a);
    if (!issue?.options.some((o) => o.id === b)) throw new Error(`"${b}" is not an option of issue "${a}".`);
    pkg[a] = b;
  });
  for (const i of s.issues) if (!pkg[i.id]) throw new Error(`The package names no option for "${i.id}".`);
  return pkg;
}

if (values.exploit) {
  const list = (x: string | undefined) =>
    x
      ?.split(",")
      .map((p) => p.trim())
      .filter(Boolean);
  const strategies = list(values.strategies);
  const unknown = strategies?.filter((x) => !(SCRIPTED_STRATEGIES as readonly string[]).includes(x)) ?? [];
  if (unknown.length > 0) {
    console.error(`Unknown strategies: ${unknown.join(", ")} (known: ${SCRIPTED_STRATEGIES.join(", ")}).`);
    process.exit(2);
  }
  const seats = list(values.seats);
  await runExploit({
    scenario,
    scenarioFile,
    games: Math.max(1, Math.floor(Number(values.games))),
    seed: values.seed,
    workers: Math.max(1, Number(values.workers ?? Math.min(availableParallelism(), 8))),
    ...(strategies ? { strategies: strategies as ScriptedStrategy[] } : {}),
    ...(seats ? { seats } : {}),
    ...(values.json ? { json: outPath(values.json) } : {}),
  });
  process.exit(0);
}

if (values.futures) {
  if (!values.package) {
    console.error("--futures needs --package <option ids>.");
    process.exit(2);
  }
  let pkg: Package;
  try {
    pkg = parsePackage(scenario, values.package);
  } catch (e) {
    console.error(e instanceof Error ? e.message : String(e));
    process.exit(2);
  }
  const runs = Number(values.runs);
  const seats = defaultSeats(scenario);
  const run = (p: Package | null, tag: string) =>
    simulateFutures(scenario, p, { runs, seed: `${values.seed}:${tag}`, seats, policy: botResponsePolicy(tag) });
  const deal = run(pkg, "deal");
  const none = run(null, "none");
  const out = { scenario: scenario.id, seed: values.seed, runs, package: pkg, deal, noDeal: none };
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  console.log(`Futures — ${scenario.id}, ${runs} runs each, seed ${values.seed}`);
  console.log(`Package: ${Object.values(pkg).join(" · ")}`);
  for (const [name, r] of [
    ["deal", deal],
    ["no deal", none],
  ] as const) {
    const o = r.outcomes;
    console.log(
      `  ${name.padEnd(8)} held ${pct(o.held / runs)}, eroded ${pct(o.eroded / runs)}, failed ${pct(o.failed / runs)}, escalated ${pct(o.escalated / runs)}; offensive ${pct(r.offensive)}, attacked ${pct(r.attacked)}, collapsed in ratification ${pct(r.collapsed)}, mean escalation ${r.meanEscalation.toFixed(2)}`,
    );
  }
  if (values.json) await writeFile(outPath(values.json), `${JSON.stringify(out, null, 2)}\n`);
  process.exit(0);
}

const games = Math.max(0, Math.floor(Number(values.games)));
const moscow = values.moscow === "sharp" ? "sharp" : "model";
const workerCount = Math.max(1, Math.min(games || 1, Number(values.workers ?? Math.min(availableParallelism(), 8))));
const seed = values.seed;
const records: (TableRecord | undefined)[] = new Array(games);
let done = 0;
let cpuMs = 0;
const tty = process.stderr.isTTY === true;
const progress = () => {
  if (!tty) return;
  const width = 30;
  const filled = games > 0 ? Math.round((done / games) * width) : width;
  process.stderr.write(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${done}/${games} games`);
};

// Tables go out in batches as workers ask, not in fixed shares: a worker slowed by other work on
// the machine takes fewer, and none sits idle while another still has a long share to play.
// Batches shrink toward the end (a few tables each), and every worker holds a second batch while
// it plays one, so it never waits for the main thread. Records are kept by index: the report is
// the same however the tables were shared out.
let next = 0;
const takeBatch = (): number[] | null => {
  if (next >= games) return null;
  const size = Math.max(1, Math.min(50, Math.floor((games - next) / (4 * workerCount))));
  const batch: number[] = [];
  for (let k = 0; k < size && next < games; k++) batch.push(next++);
  return batch;
};
const t0 = performance.now();
await Promise.all(
  Array.from(
    { length: workerCount },
    () =>
      new Promise<void>((resolvePromise, reject) => {
        const w = new Worker(new URL("../bin/simulate-worker.js", import.meta.url), {
          workerData: { scenario: scenarioFile, seed, moscow },
        });
        let ended = false;
        const send = () => {
          if (ended) return;
          const batch = takeBatch();
          if (batch === null) ended = true;
          w.postMessage(batch);
        };
        send();
        send();
        w.on("message", (played: Played[]) => {
          for (const p of played) {
            records[p.index] = p.record;
            cpuMs += p.cpuMs;
          }
          done += played.length;
          progress();
          send();
        });
        w.on("error", reject);
        w.on("exit", (code) => (code === 0 ? resolvePromise() : reject(new Error(`worker exited with ${code}`))));
      }),
  ),
);
const seconds = (performance.now() - t0) / 1000;
if (tty) process.stderr.write("\n");
const gamesPerSecond = seconds > 0 ? games / seconds : 0;

const seats = records[0]?.seats ?? defaultSeats(scenario);
const ref = scenarioReference(scenario, seats);
const played = records.filter((r): r is TableRecord => r !== undefined);
const futuresRuns = Number(values["futures-runs"]);
const futures = calibrationFutures(scenario, seats, futuresRuns, seed);
const report = buildReport(
  scenario,
  seed,
  played,
  ref,
  futures,
  futuresRuns,
  gamesPerSecond,
  games > 0 ? cpuMs / games : 0,
);
balanceReportSchema.parse(report);
console.log(formatReport(report));
if (values.json) await writeFile(outPath(values.json), `${JSON.stringify(report, null, 2)}\n`);
// One line per table: what an outside checker needs, with the scenario file, to recompute the
// efficiency block (docs/balance.md, "Efficiency").
if (values.records)
  await writeFile(
    outPath(values.records),
    played.map((r) => `${JSON.stringify(efficiencyRecord(scenario, r))}\n`).join(""),
  );
if (!calibrated(report)) {
  console.log("Verdict: the scenario misses at least one calibration target (exit 1).");
  process.exit(1);
}
console.log("Verdict: every calibration target is met.");
