import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Server } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../src/app.ts";
import { loadConfig } from "../src/config.ts";
import { createLogger } from "../src/logger.ts";
import { SqliteStore } from "../src/sqlite-store.ts";
import { freePort } from "./server-process.ts";

describe("the HTTP server", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-http-"));
  const clientDist = path.join(dir, "client");
  let server: Server;
  let store: SqliteStore;
  let base: string;

  beforeAll(async () => {
    fs.mkdirSync(path.join(clientDist, "assets"), { recursive: true });
    fs.writeFileSync(path.join(clientDist, "index.html"), '<!doctype html><div id="app"></div>');
    fs.writeFileSync(path.join(clientDist, "assets", "app-abc123.js"), "console.log(1)");
    const port = await freePort();
    const config = loadConfig({ PORT: String(port), DATA_DIR: dir, CLIENT_DIST: clientDist });
    store = new SqliteStore(config.dataDir);
    await store.migrate();
    server = createApp({ config, store, logger: createLogger("silent") }).server;
    await server.listen(port, "127.0.0.1");
    base = `http://127.0.0.1:${port}`;
  });

  afterAll(async () => {
    await server.gracefullyShutdown(false);
  });

  it("answers /healthz", async () => {
    const res = await fetch(`${base}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  it("answers /readyz with the store kind", async () => {
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: "ready", store: "sqlite" });
  });

  it("serves the client, its assets with long caching, and deep links as the app", async () => {
    expect(await (await fetch(`${base}/`)).text()).toContain('id="app"');
    const asset = await fetch(`${base}/assets/app-abc123.js`);
    expect(asset.headers.get("cache-control")).toContain("immutable");
    expect(await (await fetch(`${base}/join/XYZ`)).text()).toContain('id="app"');
    expect((await fetch(`${base}/api/nothing`)).status).toBe(404);
    expect((await fetch(`${base}/missing.js`)).status).toBe(404);
  });

  it("does not announce itself as Express", async () => {
    expect((await fetch(`${base}/healthz`)).headers.get("x-powered-by")).toBeNull();
  });

  it("reports 503 on /readyz when the store stops answering", async () => {
    await store.close();
    const res = await fetch(`${base}/readyz`);
    expect(res.status).toBe(503);
    expect((await res.json()).status).toBe("unavailable");
  });
});
