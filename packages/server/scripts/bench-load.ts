// `npm run bench:load -- --tables T --clients C --rate R --seconds S [--json out.json]`
//
// Starts the real server (SQLite, its own process), opens T tables with C simulated people each
// (worker processes, real protocol: POST /api/sessions, POST /api/join, SDK joinById), has every
// person send R realistic actions a second (amendments, supports, withdrawals, draft edits, chat,
// ready) for S seconds, and measures connect time, action→patch latency, errors, the server's CPU
// and its RSS per table. Then it puts the same load on a minimal Colyseus echo room (the floor)
// and prints the ratio of the two p99 latencies. A benchmark reports numbers; it asserts nothing.
//
// Other options: --workers N (load-generator processes, default 2), --baseline-seconds S,
// --no-baseline, --cpu-prof DIR (write the server's V8 CPU profile there), --data-dir DIR (where
// the server's SQLite file goes, a fresh folder under the system's temp folder by default; a folder
// under /dev/shm takes the disk's fsync out of the picture).
import { type ChildProcess, fork, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { SERVER_NODE_FLAGS } from "../src/node-flags.ts";
import type { FromWorker, ToWorker, WorkerTable } from "./load-client.ts";

/** Above this share of its window spent waiting for a CPU, a server's run says more about the machine. */
const STARVED_WAIT_PCT = 20;
const here = import.meta.dirname;
const SERVER_BIN = path.resolve(here, "../bin/server.js");
const ECHO_SERVER = path.resolve(here, "echo-server.ts");
const WORKER = path.resolve(here, "load-client.ts");
/** The negotiating seats in play, Kyiv first (the agreement rule needs it): C people fill the first C (up to nine), so no bot negotiates. */
const SEATS = ["kyiv", "washington", "paris", "london", "berlin", "warsaw", "rome", "helsinki", "brussels"];
const TABLES_PER_SESSION = 50;

type Options = {
  tables: number;
  clients: number;
  rate: number;
  seconds: number;
  baselineSeconds: number;
  json: string | undefined;
  workers: number;
  baseline: boolean;
  cpuProf: string | undefined;
  dataDir: string | undefined;
};

function options(): Options {
  const { values } = parseArgs({
    options: {
      tables: { type: "string", default: "20" },
      clients: { type: "string", default: "8" },
      rate: { type: "string", default: "1" },
      seconds: { type: "string", default: "20" },
      "baseline-seconds": { type: "string" },
      json: { type: "string" },
      workers: { type: "string", default: "2" },
      "no-baseline": { type: "boolean", default: false },
      "cpu-prof": { type: "string" },
      "data-dir": { type: "string" },
      help: { type: "boolean", default: false },
    },
  });
  if (values.help) {
    console.log(
      "npm run bench:load -- --tables T --clients C --rate R --seconds S [--json out.json] [--workers N] [--no-baseline] [--baseline-seconds S] [--cpu-prof DIR] [--data-dir DIR]",
    );
    process.exit(0);
  }
  const num = (name: string, v: string | undefined, min: number, max: number) => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < min || n > max) {
      console.error(`--${name} must be a number from ${min} to ${max} (got ${v})`);
      process.exit(2);
    }
    return n;
  };
  const clients = num("clients", values.clients, 1, 45);
  const seconds = num("seconds", values.seconds, 1, 3600);
  return {
    tables: Math.floor(num("tables", values.tables, 1, 5000)),
    clients: Math.floor(clients),
    rate: num("rate", values.rate, 0.01, 10),
    seconds,
    baselineSeconds: values["baseline-seconds"]
      ? num("baseline-seconds", values["baseline-seconds"], 1, 3600)
      : seconds,
    json: values.json,
    workers: Math.floor(num("workers", values.workers, 1, 64)),
    baseline: !values["no-baseline"],
    cpuProf: values["cpu-prof"],
    dataDir: values["data-dir"],
  };
}

// ---------------------------------------------------------------------------------------------
// Figures

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}
const round2 = (n: number) => Math.round(n * 100) / 100;
function summary(xs: number[]) {
  const s = Array.from(Float64Array.from(xs).sort());
  return {
    p50: round2(percentile(s, 50)),
    p95: round2(percentile(s, 95)),
    p99: round2(percentile(s, 99)),
    max: round2(s.at(-1) ?? Number.NaN),
    count: s.length,
  };
}

/** CPU time (ms) a process has used, from /proc/<pid>/stat (utime + stime). */
function cpuMsOf(pid: number): number {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  // Fields after the command name (which may contain spaces) start at ") ".
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime (fields 14 and 15)
  return (ticks * 1000) / 100; // USER_HZ is 100 on Linux
}

/**
 * The main thread's time on a CPU and time waiting for one (ns), from /proc/<pid>/schedstat. The
 * second says how much the machine's other work held the server back: on a busy machine a process
 * can be ready to run and still not run.
 */
function schedOf(pid: number): { runMs: number; waitMs: number } {
  const [run, wait] = fs.readFileSync(`/proc/${pid}/schedstat`, "utf8").trim().split(" ").map(Number);
  return { runMs: (run ?? 0) / 1e6, waitMs: (wait ?? 0) / 1e6 };
}

/** Garbage collections of one kind (minor: scavenges; major: mark-compacts; incremental: marking steps). */
type GcKind = { count: number; ms: number };
type Gc = Record<"minor" | "major" | "incremental", GcKind>;

/**
 * What Ironclad's /metrics says: actions applied so far, its garbage collections so far, and its
 * event loop's delay since the last read.
 */
type ServerMetrics = { applied: number; gc: Gc; loopDelayMs: { p99: number; max: number } };

/**
 * Ironclad's /metrics, or null when it does not answer within `ms`: a saturated server answers HTTP
 * only after its backlog, and the run must not wait for it. The event loop's delay (prom-client's
 * monitorEventLoopDelay, reset at every read) tells a server that stalls from a client that is late.
 */
async function serverMetrics(url: string, ms = 5_000): Promise<ServerMetrics | null> {
  const text = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(ms) }).then(
    (r) => (r.ok ? r.text() : null),
    () => null,
  );
  if (text === null) return null;
  let applied = 0;
  for (const [, n] of text.matchAll(/^ironclad_actions_total\{[^}]*\} (\d+(?:\.\d+)?)$/gm)) applied += Number(n);
  const seconds = (name: string) =>
    Number(new RegExp(`^ironclad_nodejs_eventloop_lag_${name}_seconds (\\S+)$`, "m").exec(text)?.[1]);
  const gcKind = (kind: string): GcKind => {
    const of = (what: string) =>
      Number(
        new RegExp(`^ironclad_nodejs_gc_duration_seconds_${what}\\{kind="${kind}"\\} (\\S+)$`, "m").exec(text)?.[1] ??
          0,
      );
    return { count: of("count"), ms: of("sum") * 1000 };
  };
  return {
    applied,
    gc: { minor: gcKind("minor"), major: gcKind("major"), incremental: gcKind("incremental") },
    loopDelayMs: { p99: round2(seconds("p99") * 1000), max: round2(seconds("max") * 1000) },
  };
}

/** The echo server's event-loop delay since the last read (it resets at every read), or null. */
async function echoLoopDelay(url: string, ms = 5_000): Promise<{ p99: number; max: number } | null> {
  const body = await fetch(`${url}/loop-delay`, { signal: AbortSignal.timeout(ms) }).then(
    (r) => (r.ok ? (r.json() as Promise<{ p99: number; max: number }>) : null),
    () => null,
  );
  return body && { p99: round2(body.p99), max: round2(body.max) };
}

function gcBetween(before: GcKind, after: GcKind): GcKind {
  return { count: after.count - before.count, ms: round2(after.ms - before.ms) };
}

/** Resident set size (MB) from /proc/<pid>/status. */
function rssMbOf(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN);
  return kb / 1024;
}

// ---------------------------------------------------------------------------------------------
// Processes

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port")),
      );
    });
  });
}

/** Every process this benchmark started, killed if it is interrupted (Ctrl-C) or fails. */
const started = new Set<ChildProcess>();
function track(child: ChildProcess): ChildProcess {
  started.add(child);
  child.once("exit", () => started.delete(child));
  return child;
}
/** Folders to remove when the benchmark ends, however it ends. */
const scratch = new Set<string>();
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of started) child.kill("SIGKILL");
    // The killed server may still hold its files for a moment; remove them once it is gone.
    setTimeout(() => {
      for (const dir of scratch) fs.rmSync(dir, { recursive: true, force: true });
      process.exit(130);
    }, 500);
  });
}
process.once("exit", () => {
  for (const child of started) child.kill("SIGKILL");
});

type Running = { url: string; child: ChildProcess; output: () => string; stop: () => Promise<void> };

async function startProcess(args: string[], env: Record<string, string>): Promise<Running> {
  const port = await freePort();
  let output = "";
  const child = track(
    spawn(process.execPath, args, {
      env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "warn", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    }),
  );
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 30_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`${args.join(" ")} exited early (${child.exitCode}):\n${output}`);
    if (
      await fetch(`${url}/healthz`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`${args.join(" ")} did not answer /healthz within 30 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      const hard = setTimeout(() => child.kill("SIGKILL"), 10_000);
      child.once("exit", () => {
        clearTimeout(hard);
        resolve();
      });
      child.kill("SIGTERM");
    });
  return { url, child, output: () => output, stop };
}

type Worker = { child: ChildProcess; next: (type: FromWorker["type"]) => Promise<FromWorker> };

function forkWorker(): Worker {
  // Without Node's built-in WebSocket the SDK falls back to the `ws` package, which costs the load
  // generator far less CPU per frame than undici's: on two cores, what it saves goes to the server.
  // A young generation of 16 MB: each worker holds 400 people's decoded tables, and with V8's default
  // its full collections stalled it 90-230 ms a run (its own event-loop delay), latency the server did
  // not add; at 16 MB its max was 53 ms (docs/performance.md, "Issue #19: shorter full collections"). The
  // echo room's run uses the same workers.
  const child = track(
    fork(WORKER, [], {
      execArgv: ["--no-experimental-websocket", "--max-semi-space-size=16"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    }),
  );
  const inbox: FromWorker[] = [];
  const waiters: (() => void)[] = [];
  child.on("message", (m: FromWorker) => {
    inbox.push(m);
    for (const w of waiters.splice(0)) w();
  });
  child.on("exit", () => {
    inbox.push({ type: "fatal", message: `worker ${child.pid} exited` });
    for (const w of waiters.splice(0)) w();
  });
  const next = async (type: FromWorker["type"]): Promise<FromWorker> => {
    for (;;) {
      const i = inbox.findIndex((m) => m.type === type || m.type === "fatal");
      if (i >= 0) {
        const [m] = inbox.splice(i, 1);
        if (m?.type === "fatal") throw new Error(`load worker failed: ${m.message}`);
        return m as FromWorker;
      }
      await new Promise<void>((r) => waiters.push(r));
    }
  };
  return { child, next };
}

const tell = (w: Worker, msg: ToWorker) => w.child.send(msg);

// ---------------------------------------------------------------------------------------------
// One measured run (Ironclad or the echo floor)

type RunResult = {
  connectMs: ReturnType<typeof summary>;
  latencyMs: ReturnType<typeof summary>;
  byType: Record<string, ReturnType<typeof summary>>;
  sent: number;
  errors: number;
  errorsByKind: Record<string, number>;
  setupErrors: Record<string, number>;
  serverCpuPct: number;
  /** Of the wall time: the server's main thread running, waiting for a CPU, and neither (idle or blocked on I/O). */
  serverThread: { runPct: number; runqueueWaitPct: number; sleepingPct: number };
  /** Server CPU time per action sent: what one action costs, whatever else runs on the machine. */
  serverCpuMsPerAction: number | null;
  /** Server CPU time per message sent (actions and chat lines alike): the figure to set beside the echo room's. */
  serverCpuMsPerMessage: number;
  /** Actions the server applied during the run (from /metrics; null for the echo server). */
  applied: number | null;
  /** The server's event-loop delay during the run (Ironclad's /metrics, the echo server's /loop-delay; null when it did not answer). */
  loopDelayMs: { p99: number; max: number } | null;
  /** WebSocket bytes the people received, from the start of the run until their answers were in, by frame kind. */
  bytesIn: Record<string, number>;
  /**
   * Bytes one person received per accepted message at their table: all bytes received / (messages
   * answered × people per table). Each accepted message reaches every person at its table once.
   */
  bytesPerActionPerClient: number;
  /** The server's garbage collections during the run (from /metrics; null for the echo server). */
  gc: Gc | null;
  loadGenCpuPct: number;
  /** Share of the load workers' main-thread time spent waiting for a CPU (high = the measurement itself is late). */
  loadGenRunqueueWaitPct: number;
  loadGenLoopDelayMs: { p99: number; max: number };
  rssIdleMb: number;
  rssEndMb: number;
};

async function measure(
  target: Running,
  mode: "ironclad" | "echo",
  tables: WorkerTable[],
  o: Options,
  seconds: number,
  rssIdleMb: number,
): Promise<RunResult> {
  const pid = target.child.pid as number;
  const workers = Array.from({ length: Math.min(o.workers, tables.length) }, forkWorker);
  try {
    const setupStart = Date.now();
    workers.forEach((w, i) => {
      tell(w, {
        type: "setup",
        mode,
        url: target.url,
        tables: tables.filter((_, t) => t % workers.length === i),
        clientsPerTable: o.clients,
        seats: seatsFor(o.clients),
      });
    });
    const ready = (await Promise.all(workers.map((w) => w.next("ready")))) as Extract<FromWorker, { type: "ready" }>[];
    const connectMs = ready.flatMap((r) => r.connectMs);
    const setupErrors = merge(ready.map((r) => r.errors));
    console.log(
      `  ${mode}: ${connectMs.length} people connected in ${((Date.now() - setupStart) / 1000).toFixed(1)} s` +
        (Object.keys(setupErrors).length ? `; setup errors ${JSON.stringify(setupErrors)}` : ""),
    );
    // Let the joins' after-effects settle, then start everyone at the same moment.
    await new Promise((r) => setTimeout(r, 1_000));
    const startAt = Date.now() + 500;
    for (const w of workers) tell(w, { type: "go", startAt, seconds, rate: o.rate });
    await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
    const cpu0 = cpuMsOf(pid);
    const sched0 = schedOf(pid);
    const t0 = performance.now();
    // Not awaited: the window starts now, whenever the server gets round to answering.
    const metrics0 = mode === "ironclad" ? serverMetrics(target.url) : Promise.resolve(null);
    // The echo server's monitor starts afresh with the window.
    if (mode === "echo") await echoLoopDelay(target.url);
    await new Promise((r) => setTimeout(r, seconds * 1000));
    const cpu1 = cpuMsOf(pid);
    const sched1 = schedOf(pid);
    const metrics1 = mode === "ironclad" ? serverMetrics(target.url) : Promise.resolve(null);
    const echoDelay = mode === "echo" ? echoLoopDelay(target.url) : Promise.resolve(null);
    const wall = performance.now() - t0;
    const rssEndMb = rssMbOf(pid);
    const done = (await Promise.all(workers.map((w) => w.next("done")))) as Extract<FromWorker, { type: "done" }>[];
    const [m0, m1, echoLoop] = await Promise.all([metrics0, metrics1, echoDelay]);
    const bytesIn = merge(done.map((d) => d.bytesIn));
    const answered = done.reduce((a, d) => a + d.latencyMs.length, 0);
    const applied = m0 !== null && m1 !== null ? m1.applied - m0.applied : null;
    const errorsByKind = merge(done.map((d) => d.errors));
    for (const [k, v] of Object.entries(setupErrors)) errorsByKind[`setup:${k}`] = v;
    const byTypeRaw: Record<string, number[]> = {};
    for (const d of done) for (const [k, v] of Object.entries(d.byType)) byTypeRaw[k] = [...(byTypeRaw[k] ?? []), ...v];
    const loadCpu = done.reduce((a, d) => a + d.cpuMs, 0);
    const loadWall = Math.max(...done.map((d) => d.wallMs));
    if (target.child.exitCode !== null || target.child.signalCode !== null) errorsByKind["server:exited"] = 1;
    return {
      connectMs: summary(connectMs),
      latencyMs: summary(done.flatMap((d) => d.latencyMs)),
      byType: Object.fromEntries(Object.entries(byTypeRaw).map(([k, v]) => [k, summary(v)])),
      sent: done.reduce((a, d) => a + d.sent, 0),
      errors: Object.values(errorsByKind).reduce((a, b) => a + b, 0) + (o.clients * tables.length - connectMs.length),
      errorsByKind,
      setupErrors,
      serverCpuPct: round2(((cpu1 - cpu0) / wall) * 100),
      serverThread: {
        runPct: round2(((sched1.runMs - sched0.runMs) / wall) * 100),
        runqueueWaitPct: round2(((sched1.waitMs - sched0.waitMs) / wall) * 100),
        sleepingPct: round2(100 - ((sched1.runMs - sched0.runMs + sched1.waitMs - sched0.waitMs) / wall) * 100),
      },
      // Ironclad: per action it applied (unknown when its /metrics did not answer in time);
      // the echo room answers every message, so per message sent.
      serverCpuMsPerAction:
        mode === "echo"
          ? round2(
              (cpu1 - cpu0) /
                Math.max(
                  1,
                  done.reduce((a, d) => a + d.sent, 0),
                ),
            )
          : applied === null
            ? null
            : round2((cpu1 - cpu0) / Math.max(1, applied)),
      serverCpuMsPerMessage: round2(
        (cpu1 - cpu0) /
          Math.max(
            1,
            done.reduce((a, d) => a + d.sent, 0),
          ),
      ),
      applied,
      loopDelayMs: mode === "echo" ? echoLoop : m0 !== null && m1 !== null ? m1.loopDelayMs : null,
      bytesIn,
      bytesPerActionPerClient: round2(
        Object.values(bytesIn).reduce((a, b) => a + b, 0) / Math.max(1, answered * o.clients),
      ),
      gc:
        m0 !== null && m1 !== null
          ? {
              minor: gcBetween(m0.gc.minor, m1.gc.minor),
              major: gcBetween(m0.gc.major, m1.gc.major),
              incremental: gcBetween(m0.gc.incremental, m1.gc.incremental),
            }
          : null,
      loadGenCpuPct: round2((loadCpu / loadWall) * 100),
      loadGenRunqueueWaitPct: round2((done.reduce((a, d) => a + d.waitMs, 0) / (done.length * loadWall)) * 100),
      // The workers' own stalls: the part of the latency tail that is the load generator's.
      loadGenLoopDelayMs: {
        p99: round2(Math.max(...done.map((d) => d.loopDelayMs.p99))),
        max: round2(Math.max(...done.map((d) => d.loopDelayMs.max))),
      },
      rssIdleMb: round2(rssIdleMb),
      rssEndMb: round2(rssEndMb),
    };
  } finally {
    for (const w of workers) if (w.child.connected) tell(w, { type: "stop" });
    await Promise.all(
      workers.map(
        (w) =>
          new Promise<void>((resolve) => {
            if (w.child.exitCode !== null) return resolve();
            const hard = setTimeout(() => w.child.kill("SIGKILL"), 5_000);
            w.child.once("exit", () => {
              clearTimeout(hard);
              resolve();
            });
          }),
      ),
    );
  }
}

function merge(all: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of all) for (const [k, v] of Object.entries(m)) out[k] = (out[k] ?? 0) + v;
  return out;
}

/** The seats in play: one per person up to nine, then delegations of several people per seat. */
function seatsFor(clients: number): string[] {
  return SEATS.slice(0, Math.max(3, Math.min(clients, SEATS.length)));
}

/** Opens the tables through the HTTP API: sessions of up to 50 tables, eight negotiating seats each. */
async function openTables(url: string, o: Options): Promise<WorkerTable[]> {
  const seats = seatsFor(o.clients);
  const delegationSize = Math.ceil(o.clients / seats.length);
  const tables: WorkerTable[] = [];
  for (let left = o.tables; left > 0; left -= TABLES_PER_SESSION) {
    const res = await fetch(`${url}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        tables: Math.min(left, TABLES_PER_SESSION),
        seats,
        delegationSize,
        // Long rounds, so no round ends during a run; within a session's longest plan (480 minutes).
        timings: { briefingSeconds: 0, rounds: 3, roundSeconds: 7200 },
      }),
    });
    const body = (await res.json()) as {
      facilitatorKey: string;
      tables: { tableId: string; code: string }[];
      message?: string;
    };
    if (res.status !== 201) throw new Error(`POST /api/sessions → ${res.status}: ${JSON.stringify(body)}`);
    for (const t of body.tables) {
      const i = tables.length;
      // Joining is limited to 30 a minute per address: each table joins from its own loopback address.
      tables.push({
        tableId: t.tableId,
        code: t.code,
        facilitatorKey: body.facilitatorKey,
        localAddress: `127.9.${10 + Math.floor(i / 200)}.${1 + (i % 200)}`,
      });
    }
  }
  return tables;
}

function conditions() {
  const [l1, l5, l15] = os.loadavg();
  return {
    node: process.version,
    cores: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? "unknown",
    loadAverage: [l1, l5, l15].map((x) => round2(x ?? 0)),
    memoryGb: round2(os.totalmem() / 2 ** 30),
    date: new Date().toISOString(),
  };
}

function printRun(name: string, r: RunResult): void {
  const l = r.latencyMs;
  console.log(
    `  ${name}: action→patch p50 ${l.p50} ms, p95 ${l.p95} ms, p99 ${l.p99} ms, max ${l.max} ms over ${l.count} actions (${r.sent} sent${r.applied === null ? "" : `, ${r.applied} applied in the window`}); ` +
      `connect p50 ${r.connectMs.p50} ms, p99 ${r.connectMs.p99} ms; errors ${r.errors}` +
      (r.errors ? ` ${JSON.stringify(r.errorsByKind)}` : ""),
  );
  console.log(
    `  ${name}: server CPU ${r.serverCpuPct}% of one core (${r.serverCpuMsPerAction ?? "unknown"} ms per action applied, ${r.serverCpuMsPerMessage} ms per message sent); its main thread ran ${r.serverThread.runPct}%, waited for a CPU ${r.serverThread.runqueueWaitPct}%, slept or blocked ${r.serverThread.sleepingPct}% of the time${r.loopDelayMs ? `; event-loop delay p99 ${r.loopDelayMs.p99} ms, max ${r.loopDelayMs.max} ms` : ""}; RSS ${r.rssIdleMb} → ${r.rssEndMb} MB; load generator CPU ${r.loadGenCpuPct}% (its threads waited for a CPU ${r.loadGenRunqueueWaitPct}% of the time; its event-loop delay p99 ${r.loadGenLoopDelayMs.p99} ms, max ${r.loadGenLoopDelayMs.max} ms)`,
  );
  console.log(
    `  ${name}: ${r.bytesPerActionPerClient} bytes per accepted message per person at its table (received: ${Object.entries(
      r.bytesIn,
    )
      .map(([k, v]) => `${k} ${(v / 1e6).toFixed(1)} MB`)
      .join(", ")})`,
  );
  if (r.gc)
    console.log(
      `  ${name}: garbage collection: ${r.gc.minor.count} scavenges (${r.gc.minor.ms} ms), ${r.gc.major.count} mark-compacts (${r.gc.major.ms} ms), ${r.gc.incremental.count} incremental marking steps (${r.gc.incremental.ms} ms)`,
    );
  for (const [k, v] of Object.entries(r.byType))
    console.log(`    ${k.padEnd(15)} p50 ${v.p50} ms, p99 ${v.p99} ms, max ${v.max} ms (${v.count})`);
}

async function main(): Promise<void> {
  const o = options();
  const before = conditions();
  console.log(
    `bench:load — ${o.tables} tables × ${o.clients} people at ${o.rate} action/s for ${o.seconds} s, ${o.workers} load workers`,
  );
  console.log(
    `  Node ${before.node}, ${before.cores} cores (${before.cpuModel}), load average ${before.loadAverage.join(" ")}`,
  );

  if (o.dataDir) fs.mkdirSync(o.dataDir, { recursive: true });
  const dataDir = fs.mkdtempSync(path.join(o.dataDir ?? os.tmpdir(), "ironclad-bench-"));
  scratch.add(dataDir);
  // The server runs as it is deployed (its V8 flags), with a CPU profile when asked.
  const profile = o.cpuProf ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(o.cpuProf)}`] : [];
  const serverArgs = [...SERVER_NODE_FLAGS, ...profile, SERVER_BIN];
  const server = await startProcess(serverArgs, { DATA_DIR: dataDir, ALLOWED_ORIGINS: "http://localhost" });
  let ironclad: RunResult;
  try {
    // RSS per table counts from the fresh process: tables, their rooms and their people.
    const fresh = rssMbOf(server.child.pid as number);
    const tables = await openTables(server.url, o);
    ironclad = await measure(server, "ironclad", tables, o, o.seconds, fresh);
  } finally {
    await server.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
  printRun("ironclad", ironclad);

  let baseline: RunResult | null = null;
  if (o.baseline) {
    const echo = await startProcess([ECHO_SERVER], {});
    try {
      const fresh = rssMbOf(echo.child.pid as number);
      const rooms = Array.from({ length: o.tables }, () => ({}));
      baseline = await measure(echo, "echo", rooms, o, o.baselineSeconds, fresh);
    } finally {
      await echo.stop();
    }
    printRun("echo", baseline);
  }

  const after = conditions();
  const result = {
    tables: o.tables,
    clients: o.tables * o.clients,
    rate: o.rate,
    seconds: o.seconds,
    connectMs: { p50: ironclad.connectMs.p50, p99: ironclad.connectMs.p99 },
    latencyMs: {
      p50: ironclad.latencyMs.p50,
      p95: ironclad.latencyMs.p95,
      p99: ironclad.latencyMs.p99,
      max: ironclad.latencyMs.max,
    },
    errors: ironclad.errors,
    serverCpuPct: ironclad.serverCpuPct,
    rssMbPerTable: round2((ironclad.rssEndMb - ironclad.rssIdleMb) / o.tables),
    baseline: baseline
      ? { latencyMs: { p50: baseline.latencyMs.p50, p95: baseline.latencyMs.p95, p99: baseline.latencyMs.p99 } }
      : null,
    ratioP99: baseline ? round2(ironclad.latencyMs.p99 / baseline.latencyMs.p99) : null,
    // The issue's other ratios and figures, each beside the echo room's (null without the baseline).
    cpuPerMessageMs: { ironclad: ironclad.serverCpuMsPerMessage, echo: baseline?.serverCpuMsPerMessage ?? null },
    cpuPerMessageRatio: baseline
      ? round2(ironclad.serverCpuMsPerMessage / Math.max(0.001, baseline.serverCpuMsPerMessage))
      : null,
    loopDelayMaxMs: { ironclad: ironclad.loopDelayMs?.max ?? null, echo: baseline?.loopDelayMs?.max ?? null },
    bytesPerActionPerClient: {
      ironclad: ironclad.bytesPerActionPerClient,
      echo: baseline?.bytesPerActionPerClient ?? null,
    },
    // Beyond the issue's fields: what the figures mean and how they were made.
    details: {
      conditions: { before, after },
      clientsPerTable: o.clients,
      workers: o.workers,
      dataDir: o.dataDir ?? os.tmpdir(),
      actionsMeasured: ironclad.latencyMs.count,
      actionsSent: ironclad.sent,
      actionsAppliedInWindow: ironclad.applied,
      latencyByType: ironclad.byType,
      errorsByKind: ironclad.errorsByKind,
      rssIdleMb: ironclad.rssIdleMb,
      rssEndMb: ironclad.rssEndMb,
      serverCpuMsPerAction: ironclad.serverCpuMsPerAction,
      serverCpuMsPerMessage: ironclad.serverCpuMsPerMessage,
      serverThread: ironclad.serverThread,
      serverLoopDelayMs: ironclad.loopDelayMs,
      serverGc: ironclad.gc,
      loadGeneratorCpuPct: ironclad.loadGenCpuPct,
      loadGeneratorRunqueueWaitPct: ironclad.loadGenRunqueueWaitPct,
      loadGeneratorLoopDelayMs: ironclad.loadGenLoopDelayMs,
      baseline,
    },
  };
  console.log(
    `result: p99 ${result.latencyMs.p99} ms, ratioP99 ${result.ratioP99}, errors ${result.errors}, ` +
      `server CPU ${result.serverCpuPct}%, cpuPerMessageRatio ${result.cpuPerMessageRatio}, loop delay max ${result.loopDelayMaxMs.ironclad} ms (echo ${result.loopDelayMaxMs.echo}), ` +
      `${result.bytesPerActionPerClient.ironclad} bytes per action per client (echo ${result.bytesPerActionPerClient.echo}), ${result.rssMbPerTable} MB RSS per table; load average after ${after.loadAverage.join(" ")}`,
  );
  // On a shared machine a run can starve either server of CPU; then its latency and loop-delay figures
  // measure the machine, and a starved server that falls behind even shows less CPU per message.
  const waits = [ironclad.serverThread.runqueueWaitPct, baseline?.serverThread.runqueueWaitPct ?? 0];
  if (Math.max(...waits) > STARVED_WAIT_PCT)
    console.log(
      `warning: a server's thread waited for a CPU more than ${STARVED_WAIT_PCT}% of its window ` +
        `(ironclad ${waits[0]}%, echo ${waits[1]}%): the machine was busy; read latency, loop delay and the ratios as its, not the server's`,
    );
  if (o.json) {
    fs.writeFileSync(o.json, `${JSON.stringify(result, null, 2)}\n`);
    console.log(`wrote ${o.json}`);
  }
}

await main();
