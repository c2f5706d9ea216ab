// Starts the real server as a child process on a free port, for end-to-end tests.
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";

const SERVER_BIN = path.resolve(import.meta.dirname, "../bin/server.js");

/** POSTs `body` as JSON to the server at `base` and returns the answer's JSON. */
export async function postJson(base: string, route: string, body: unknown) {
  const res = await fetch(`${base}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return res.json();
}

/** A free TCP port on loopback (listen() on a taken port hangs silently in Colyseus). */
export async function freePort(): Promise<number> {
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

export type RunningServer = { url: string; process: ChildProcess; output: () => string; stop: () => Promise<void> };

/** Spawns the server (its own data directory unless DATA_DIR is given) and waits until /healthz answers. */
export async function startServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = env.PORT ? Number(env.PORT) : await freePort();
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-e2e-"));
  let output = "";
  const child = spawn(process.execPath, [SERVER_BIN], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DATA_DIR: dataDir,
      LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? "warn",
      ...env,
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // E2E_SERVER_LOG_DIR keeps each server's whole output in a file (for chasing a rare failure in a loop).
  const logDir = process.env.E2E_SERVER_LOG_DIR;
  const logFile = logDir ? path.join(logDir, `server-${port}-${Date.now()}.log`) : null;
  const keep = (chunk: Buffer) => {
    output += chunk;
    if (logFile) fs.appendFileSync(logFile, chunk);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  const url = `http://127.0.0.1:${port}`;
  // A loaded 2-core CI machine can take a while to start Node and compile the server's TypeScript.
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
    const ok = await fetch(`${url}/healthz`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not answer /healthz within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    process: child,
    output: () => output,
    stop: () =>
      new Promise<void>((resolve, reject) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        // A drain that hangs is a bug: fail loudly (and do not leave the process behind).
        const timer = setTimeout(() => {
          child.kill("SIGKILL");
          reject(new Error(`server did not stop within 15 s of SIGTERM:\n${output.slice(-2000)}`));
        }, 15_000);
        child.once("exit", () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill("SIGTERM");
      }),
  };
}
