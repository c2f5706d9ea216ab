// `npm run cluster`: the scaled topology without Docker — two server processes on this machine,
// sharing the local PostgreSQL (database `ironclad_cluster`) and the local Redis, each with its own
// PUBLIC_ADDRESS so that a browser (or the SDK) reaches the process that hosts its table.
// Ctrl-C stops both (each drains gracefully).
//
// Environment (all optional):
//   CLUSTER_PORTS   two ports, "2567,2568" by default
//   HOST            where the processes listen, 127.0.0.1 by default (loopback only)
//   PUBLIC_HOST     the host name clients use to reach them, 127.0.0.1 by default
//   DATABASE_URL    PostgreSQL shared by both; default postgres://postgres@127.0.0.1:5432/ironclad_cluster,
//                   created when missing
//   REDIS_URL       redis://127.0.0.1:6379 by default
//   LOG_LEVEL       passed on (info by default)
//   CLUSTER_NO_CLIENT_BUILD=1  do not build the client when its build is missing (tests)
import "./require-node.js";
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";

// Imported once the Node version is checked: a .ts module needs Node 24.
const { SERVER_NODE_FLAGS } = await import("../packages/server/src/node-flags.ts");
const root = path.resolve(import.meta.dirname, "..");
const host = process.env.HOST || "127.0.0.1";
const publicHost = process.env.PUBLIC_HOST || "127.0.0.1";
const ports = (process.env.CLUSTER_PORTS || "2567,2568").split(",").map((p) => Number(p.trim()));
const DEFAULT_DATABASE = "postgres://postgres@127.0.0.1:5432/ironclad_cluster";
const databaseUrl = process.env.DATABASE_URL || DEFAULT_DATABASE;
const redisUrl = process.env.REDIS_URL || "redis://127.0.0.1:6379";

function fail(message) {
  console.error(`npm run cluster: ${message}`);
  process.exit(1);
}

if (ports.length !== 2 || ports.some((p) => !Number.isInteger(p) || p <= 0 || p > 65_535) || ports[0] === ports[1])
  fail(`CLUSTER_PORTS must be two different ports, like 2567,2568 (got "${process.env.CLUSTER_PORTS}")`);

/** Colyseus hangs silently on a port in use: check first and say so. */
function portFree(port) {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

/** Whether something answers PING at the Redis URL (a bare RESP exchange; no client library needed). */
function redisAnswers(url) {
  const u = new URL(url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(u.port || 6379), u.hostname);
    const done = (ok) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(2_000, () => done(false));
    socket.once("error", () => done(false));
    const auth = [u.username, u.password].filter(Boolean).map(decodeURIComponent).join(" ");
    socket.once("connect", () => socket.write(auth ? `AUTH ${auth}\r\nPING\r\n` : "PING\r\n"));
    socket.on("data", (data) => {
      const text = String(data);
      if (/-ERR|-NOAUTH|-WRONGPASS/.test(text) || /\+PONG/.test(text)) done(/\+PONG/.test(text));
    });
  });
}

/** Creates the default cluster database when it is missing (only the default: a given DATABASE_URL is used as is). */
async function ensureDatabase() {
  const { default: pg } = await import("pg");
  const target = new URL(databaseUrl);
  const name = decodeURIComponent(target.pathname.slice(1));
  const probe = new pg.Client({ connectionString: databaseUrl, connectionTimeoutMillis: 3_000 });
  try {
    await probe.connect();
    await probe.end();
    return;
  } catch (error) {
    await probe.end().catch(() => {});
    if (databaseUrl !== DEFAULT_DATABASE || !/does not exist/.test(String(error)))
      fail(`PostgreSQL does not answer at ${target.host}${target.pathname} (${String(error)}).`);
  }
  const adminUrl = new URL(databaseUrl);
  adminUrl.pathname = "/postgres";
  const admin = new pg.Client({ connectionString: adminUrl.href, connectionTimeoutMillis: 3_000 });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
    console.log(`Created the PostgreSQL database ${name}.`);
  } catch (error) {
    if (!/already exists/.test(String(error))) fail(`cannot create the database ${name}: ${String(error)}`);
  } finally {
    await admin.end().catch(() => {});
  }
}

function buildClientIfMissing() {
  if (process.env.CLUSTER_NO_CLIENT_BUILD === "1") return; // tests: the API alone is enough
  if (fs.existsSync(path.join(root, "packages/client/dist/index.html"))) return;
  console.log("Building the client (first run)…");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build"], {
    cwd: path.join(root, "packages/client"),
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) fail("the client build failed; see the messages above.");
}

for (const port of ports)
  if (!(await portFree(port))) fail(`port ${port} is in use; choose others with CLUSTER_PORTS=3001,3002`);
if (!(await redisAnswers(redisUrl)))
  fail(
    `Redis does not answer at ${redisUrl}. Start it (redis-server --daemonize yes --bind 127.0.0.1) or set REDIS_URL.`,
  );
await ensureDatabase();
buildClientIfMissing();

// A page served by either process may open a WebSocket to the other: both accept both origins.
const origins = ports.flatMap((p) => [`http://localhost:${p}`, `http://127.0.0.1:${p}`, `http://${publicHost}:${p}`]);
const allowedOrigins = process.env.ALLOWED_ORIGINS || [...new Set(origins)].join(",");

let stopping = false;
const children = ports.map((port, i) => {
  const name = `s${i + 1}`;
  const child = spawn(process.execPath, [...SERVER_NODE_FLAGS, path.join(root, "packages/server/bin/server.js")], {
    cwd: root,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: host,
      PUBLIC_ADDRESS: `${publicHost}:${port}`,
      DATABASE_URL: databaseUrl,
      REDIS_URL: redisUrl,
      ALLOWED_ORIGINS: allowedOrigins,
      LOG_LEVEL: process.env.LOG_LEVEL || "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  for (const stream of [child.stdout, child.stderr]) {
    let rest = "";
    stream.on("data", (chunk) => {
      const lines = (rest + chunk).split("\n");
      rest = lines.pop() ?? "";
      for (const line of lines) console.log(`[${name}] ${line}`);
    });
  }
  child.on("exit", (code, signal) => {
    console.log(`[${name}] stopped (${signal ?? `exit code ${code}`})`);
    if (!stopping) stop(code || 1);
    if (children.every((c) => c.exitCode !== null || c.signalCode !== null)) process.exit(process.exitCode ?? 0);
  });
  return child;
});

function stop(code) {
  if (stopping) return;
  stopping = true;
  process.exitCode = code;
  console.log("Stopping both processes…");
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  // A process that does not drain within 15 s is killed.
  setTimeout(() => {
    for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  }, 15_000).unref();
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));

// Wait until both answer, then say where they are.
const deadline = Date.now() + 30_000;
for (const port of ports) {
  for (;;) {
    if (stopping) break;
    const ok = await fetch(`http://${host}:${port}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      console.error(`npm run cluster: the process on port ${port} did not answer /healthz within 30 s.`);
      stop(1);
      break;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
}
if (!stopping) {
  const db = new URL(databaseUrl);
  console.log(
    [
      "Ironclad cluster is running: two processes sharing PostgreSQL and Redis.",
      ...ports.map((p, i) => `  s${i + 1}: http://localhost:${p}  (PUBLIC_ADDRESS ${publicHost}:${p})`),
      `  PostgreSQL: ${db.host}${db.pathname}   Redis: ${redisUrl}`,
      "Open either address; a table may live on the other process, and the browser connects there. Ctrl-C stops both.",
    ].join("\n"),
  );
}
