import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PostgresStore } from "./postgres-store.ts";
import { SqliteStore } from "./sqlite-store.ts";
import { MIGRATIONS } from "./store.ts";

const latest = Math.max(...MIGRATIONS.map((m) => m.version));

describe("SqliteStore", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-store-"));

  it("creates its file, migrates idempotently and answers ping", async () => {
    const store = new SqliteStore(dir);
    await store.migrate();
    await store.migrate();
    await store.ping();
    expect(await store.schemaVersion()).toBe(latest);
    expect(fs.existsSync(path.join(dir, "ironclad.sqlite"))).toBe(true);
    await store.close();
  });

  it("keeps its schema across a reopen", async () => {
    const store = new SqliteStore(dir);
    expect(await store.schemaVersion()).toBe(latest);
    await store.close();
  });

  it("fails ping once closed", async () => {
    const store = new SqliteStore(dir);
    await store.close();
    await expect(store.ping()).rejects.toThrow();
  });
});

const DATABASE_URL = process.env.TEST_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";

async function postgresMissingReason(): Promise<string | null> {
  const client = new pg.Client({ connectionString: DATABASE_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
    await client.end();
    return null;
  } catch (error) {
    const reason = `PostgreSQL not reachable at ${DATABASE_URL} (${String(error)}): PostgreSQL tests skipped`;
    if (process.env.CI) throw new Error(`${reason}; CI must run them`);
    console.warn(reason);
    return reason;
  }
}

const pgMissing = await postgresMissingReason();

describe.skipIf(pgMissing !== null)("PostgresStore (real PostgreSQL)", () => {
  // A schema of its own so that parallel runs and other tests never see each other's tables.
  const schema = `ironclad_test_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const url = `${DATABASE_URL}${DATABASE_URL.includes("?") ? "&" : "?"}options=-c%20search_path%3D${schema}`;
  const admin = new pg.Client({ connectionString: DATABASE_URL });

  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it("migrates idempotently, also when two processes start at once, and answers ping", async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const a = new PostgresStore(url);
    const b = new PostgresStore(url);
    await Promise.all([a.migrate(), b.migrate()]);
    await a.migrate();
    await a.ping();
    expect(await a.schemaVersion()).toBe(latest);
    await Promise.all([a.close(), b.close()]);
  });

  it("rejects ping when the database cannot be reached", async () => {
    const store = new PostgresStore("postgres://postgres@127.0.0.1:1/none");
    await expect(store.ping()).rejects.toThrow();
    await store.close();
  });
});
