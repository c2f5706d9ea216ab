// `npm run cluster` (scripts/cluster.js): two processes come up on their ports over the local
// PostgreSQL and Redis, both answer, a page served by one reaches tables on both (the seat
// reservation names each table's process; its WebSocket accepts the page's origin), and one SIGINT
// stops both cleanly.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { postgresMissingReason, schemaUrl, TEST_DATABASE_URL } from "./postgres.ts";
import { freePort } from "./server-process.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const REDIS_URL = process.env.TEST_REDIS_URL ?? "redis://127.0.0.1:6379/7";

const missing = await postgresMissingReason("the cluster script test");

describe.skipIf(missing !== null)("npm run cluster", () => {
  const schema = `ironclad_cluster_script_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });

  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`).catch(() => {});
    await admin.end().catch(() => {});
  });

  it("starts two processes that both answer, and stops both on SIGINT", async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const ports = [await freePort(), await freePort()];
    const child = spawn(process.execPath, [path.join(root, "scripts/cluster.js")], {
      cwd: root,
      env: {
        ...process.env,
        CLUSTER_PORTS: ports.join(","),
        DATABASE_URL: schemaUrl(schema),
        REDIS_URL,
        LOG_LEVEL: "warn",
        CLUSTER_NO_CLIENT_BUILD: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (c) => (output += c));
    child.stderr.on("data", (c) => (output += c));
    const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
    try {
      const deadline = Date.now() + 25_000;
      while (!output.includes("Ironclad cluster is running")) {
        if (child.exitCode !== null) throw new Error(`cluster exited early:\n${output}`);
        if (Date.now() > deadline) throw new Error(`cluster did not come up within 25 s:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
      for (const port of ports) {
        const res = await fetch(`http://127.0.0.1:${port}/healthz`);
        expect(res.status).toBe(200);
        expect(await res.json()).toEqual({ status: "ok" });
        expect(output).toContain(`PUBLIC_ADDRESS 127.0.0.1:${port}`);
      }
      // Both share the store: a session made through s1 is visible through s2.
      const made = await fetch(`http://127.0.0.1:${ports[0]}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ tables: 1 }),
      });
      expect(made.status).toBe(201);
      const { sessionId, facilitatorKey } = (await made.json()) as { sessionId: string; facilitatorKey: string };
      const seen = await fetch(`http://127.0.0.1:${ports[1]}/api/sessions/${sessionId}`, {
        headers: { authorization: `Bearer ${facilitatorKey}` },
      });
      expect(seen.status).toBe(200);

      // A browser on s1's page: join and reserve through s1, then open the WebSocket wherever the
      // reservation says, sending s1's origin — as the SDK in a page does.
      const origin = `http://localhost:${ports[0]}`;
      const two = await fetch(`http://127.0.0.1:${ports[0]}/api/sessions`, {
        method: "POST",
        headers: { "content-type": "application/json", origin },
        body: JSON.stringify({ tables: 4 }),
      }).then((r) => r.json() as Promise<{ tables: { tableId: string; code: string }[] }>);
      const addresses = new Set<string>();
      for (const table of two.tables) {
        const person = await fetch(`http://127.0.0.1:${ports[0]}/api/join`, {
          method: "POST",
          headers: { "content-type": "application/json", origin },
          body: JSON.stringify({ code: table.code, name: "Ana", seat: "kyiv" }),
        }).then((r) => r.json() as Promise<{ seatToken: string }>);
        const reservation = await fetch(`http://127.0.0.1:${ports[0]}/matchmake/joinById/${table.tableId}`, {
          method: "POST",
          headers: { "content-type": "application/json", origin },
          body: JSON.stringify({ seatToken: person.seatToken }),
        }).then((r) => r.json() as Promise<{ sessionId: string; processId: string; publicAddress: string }>);
        addresses.add(reservation.publicAddress);
        const url = `ws://${reservation.publicAddress}/${reservation.processId}/${table.tableId}?sessionId=${reservation.sessionId}`;
        const opened = await new Promise<boolean>((resolve) => {
          const ws = new WebSocket(url, { origin });
          ws.once("open", () => {
            ws.close();
            resolve(true);
          });
          ws.once("unexpected-response", () => resolve(false));
          ws.once("error", () => resolve(false));
        });
        expect(opened, `${url} refused a page from ${origin}`).toBe(true);
      }
      // The tables of one session were spread over both processes.
      expect([...addresses].sort()).toEqual(ports.map((p) => `127.0.0.1:${p}`).sort());
    } finally {
      child.kill("SIGINT");
    }
    expect(await exited).toBe(0);
    expect(output).toMatch(/\[s1\] stopped/);
    expect(output).toMatch(/\[s2\] stopped/);
    for (const port of ports) {
      const answered = await fetch(`http://127.0.0.1:${port}/healthz`).then(
        () => true,
        () => false,
      );
      expect(answered, `port ${port} still answers after SIGINT`).toBe(false);
    }
  });
});
