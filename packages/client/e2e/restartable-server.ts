// A real server that can be stopped and started again on the same port and data directory,
// for reconnection tests (the table comes back from its log).
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./server-process.ts";

const SERVER_BIN = path.resolve(import.meta.dirname, "../../server/bin/server.js");

/** A server whose process can be replaced while its address and data stay. */
export type RestartableServer = { url: string; start: () => Promise<void>; stop: () => Promise<void> };

/** Prepares (but does not start) a server with a fixed port and data directory. */
export async function restartableServer(env: Record<string, string>): Promise<RestartableServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-e2e-restart-"));
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = "";
  return {
    url,
    async start() {
      child = spawn(process.execPath, [SERVER_BIN], {
        env: { ...process.env, PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dataDir, LOG_LEVEL: "warn", ...env },
        stdio: ["ignore", "pipe", "pipe"],
      });
      child.stdout?.on("data", (c) => (output += c));
      child.stderr?.on("data", (c) => (output += c));
      const deadline = Date.now() + 20_000;
      for (;;) {
        if (child.exitCode !== null) throw new Error(`server exited early (${child.exitCode}):\n${output}`);
        if (
          await fetch(`${url}/readyz`).then(
            (r) => r.ok,
            () => false,
          )
        )
          return;
        if (Date.now() > deadline) throw new Error(`server did not answer within 20 s:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: () =>
      new Promise<void>((resolve) => {
        const c = child;
        if (!c || c.exitCode !== null) return resolve();
        c.once("exit", () => resolve());
        c.kill("SIGTERM");
      }),
  };
}
