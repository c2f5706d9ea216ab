// `npm run cluster` (scripts/cluster.js): two processes come up on their ports over the local
// PostgreSQL and Redis, both answer, tables spread over both, and one SIGINT stops both cleanly.
import { spawn } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
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
