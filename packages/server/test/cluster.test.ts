// Two server processes sharing PostgreSQL and Redis: a session's tables spread over both, and a
// table created through one process is joined through the other.
import { Client } from "@colyseus/sdk";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { postgresMissingReason, schemaUrl, TEST_DATABASE_URL } from "./postgres.ts";
import { freePort, type RunningServer, startServer } from "./server-process.ts";

const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/5";

async function redisMissingReason(): Promise<string | null> {
  const { Redis } = await import("ioredis");
  const redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  try {
    await redis.connect();
    await redis.flushdb();
    return null;
  } catch (error) {
    const reason = `Redis not reachable at ${REDIS_URL} (${String(error)}): multi-process tests skipped`;
    if (process.env.CI) throw new Error(`${reason}; CI must run them`);
    console.warn(reason);
    return reason;
  } finally {
    redis.disconnect();
  }
}

const missing = (await postgresMissingReason("multi-process tests")) ?? (await redisMissingReason());

async function post(base: string, route: string, body: unknown) {
  const res = await fetch(`${base}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

describe.skipIf(missing !== null)("two processes over Redis and PostgreSQL", () => {
  const schema = `ironclad_cluster_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  const servers: RunningServer[] = [];
  const tokens = new Map<string, { token: string; port: string; seq: number }>();
  let created: { tables: { tableId: string }[] } | undefined;

  afterAll(async () => {
    for (const s of servers) await s.stop();
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it("spreads a session's tables over both and lets either process seat people at any table", async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    for (let i = 0; i < 2; i++) {
      const port = await freePort();
      servers.push(
        await startServer({
          PORT: String(port),
          PUBLIC_ADDRESS: `127.0.0.1:${port}`,
          DATABASE_URL: schemaUrl(schema),
          REDIS_URL,
          ALLOWED_ORIGINS: "http://localhost",
          TABLE_GUARD_SECONDS: "1",
          BOT_THINK_MS: "600000,600000",
        }),
      );
    }
    const [a, b] = servers as [RunningServer, RunningServer];
    const session = await post(a.url, "/api/sessions", { tables: 4, timings: { briefingSeconds: 0 } });
    created = session.body;
    expect(session.status).toBe(201);

    // Every table is joined through B, whichever process hosts it.
    const hosts = new Set<string>();
    for (const t of session.body.tables) {
      const person = await post(b.url, "/api/join", { code: t.code, name: "Ana", seat: "kyiv" });
      expect(person.status).toBe(201);
      const room = await new Client(b.url).joinById(t.tableId, { seatToken: person.body.seatToken });
      await eventually(() => expect(room.state.seats.get("kyiv")?.controller).toBe("human"));
      expect([...room.state.privates.keys()]).toEqual(["seat:kyiv"]);
      const url = new URL(String((room.connection.transport as any).ws.url));
      hosts.add(url.origin);
      tokens.set(t.tableId, { token: person.body.seatToken, port: url.port, seq: room.state.seq });
      await room.leave();
    }
    // The matchmaker put tables on both processes.
    const ports = new Set([...hosts].map((u) => new URL(u).port));
    expect(ports.size).toBe(2);
  });

  it("restores the tables of a SIGKILLed process on the survivor, people back in their seats", async () => {
    const [a, b] = servers as [RunningServer, RunningServer];
    const aPort = new URL(a.url).port;
    const onA = [...tokens].filter(([, t]) => t.port === aPort);
    expect(onA.length).toBeGreaterThan(0);
    a.process.kill("SIGKILL");
    await new Promise((r) => a.process.once("exit", r));

    for (const [tableId, t] of onA) {
      const room = await eventually(() => new Client(b.url).joinById(tableId, { seatToken: t.token }), {
        timeout: 15_000,
        interval: 500,
      });
      expect(new URL(String((room.connection.transport as any).ws.url)).port).toBe(new URL(b.url).port);
      await eventually(() => expect(room.state.seats.get("kyiv")?.people.toArray()).toContain("Ana"));
      expect(room.state.seq).toBeGreaterThanOrEqual(t.seq);
      expect([...room.state.privates.keys()]).toEqual(["seat:kyiv"]);
      await room.leave();
    }
    expect(created?.tables.length).toBe(4);
  });
});
