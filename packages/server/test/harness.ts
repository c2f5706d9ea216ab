// A real server on a free port with its own SQLite store, for tests.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client } from "@colyseus/sdk";
import { type App, createApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { SqliteStore } from "../src/sqlite-store.ts";
import type { Store } from "../src/store.ts";
import { freePort } from "./server-process.ts";

export type Harness = {
  app: App;
  store: Store;
  base: string;
  dataDir: string;
  /** A Colyseus SDK client for this server. */
  client: () => Client;
  /** POSTs JSON and returns status and body. */
  post: (path: string, body: unknown, headers?: Record<string, string>) => Promise<{ status: number; body: any }>;
  get: (path: string, headers?: Record<string, string>) => Promise<{ status: number; body: any }>;
  stop: () => Promise<void>;
};

/** Starts a server (SQLite unless a store is given) with the given environment overrides. */
export async function startHarness(env: Record<string, string> = {}, store?: Store): Promise<Harness> {
  const dataDir = env.DATA_DIR ?? fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-room-"));
  const port = await freePort();
  const config = loadConfig({
    PORT: String(port),
    DATA_DIR: dataDir,
    CLIENT_DIST: path.join(dataDir, "no-client"),
    ...env,
  });
  const s = store ?? new SqliteStore(config.dataDir);
  await s.migrate();
  const app = createApp({
    config,
    store: s,
    logger: createLogger(env.LOG_LEVEL === undefined ? "silent" : config.logLevel),
  });
  await app.server.listen(port, "127.0.0.1");
  await app.restoreTables();
  const base = `http://127.0.0.1:${port}`;
  const call = async (method: string, p: string, body?: unknown, headers: Record<string, string> = {}) => {
    const res = await fetch(`${base}${p}`, {
      method,
      headers: { "content-type": "application/json", ...headers },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: text ? JSON.parse(text) : null };
  };
  return {
    app,
    store: s,
    base,
    dataDir,
    client: () => new Client(base),
    post: (p, body, headers) => call("POST", p, body, headers),
    get: (p, headers) => call("GET", p, undefined, headers),
    stop: () => app.server.gracefullyShutdown(false),
  };
}
