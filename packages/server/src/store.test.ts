import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PostgresStore } from "./postgres-store.ts";
import { SqliteStore } from "./sqlite-store.ts";
import { describeStoreContract } from "./store-contract.ts";

const sqliteDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-store-"));

describeStoreContract("SqliteStore", async () => {
  const store = new SqliteStore(sqliteDir);
  await store.migrate();
  return store;
});

describe("SqliteStore specifics", () => {
  it("keeps its file under DATA_DIR in WAL mode and fails ping once closed", async () => {
    const store = new SqliteStore(sqliteDir);
    expect(fs.existsSync(path.join(sqliteDir, "ironclad.sqlite"))).toBe(true);
    expect(fs.existsSync(path.join(sqliteDir, "ironclad.sqlite-wal"))).toBe(true);
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
// A schema of its own so that parallel runs and other tests never see each other's tables.
const schema = `ironclad_test_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
const schemaUrl = `${DATABASE_URL}${DATABASE_URL.includes("?") ? "&" : "?"}options=-c%20search_path%3D${schema}`;

describe.skipIf(pgMissing !== null)("PostgresStore (real PostgreSQL)", () => {
  const admin = new pg.Client({ connectionString: DATABASE_URL });

  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it("migrates once when two processes start at once", async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const [a, b] = [new PostgresStore(schemaUrl), new PostgresStore(schemaUrl)];
    await Promise.all([a.migrate(), b.migrate()]);
    await Promise.all([a.close(), b.close()]);
  });

  describeStoreContract("PostgresStore", async () => {
    const store = new PostgresStore(schemaUrl);
    await store.migrate();
    return store;
  });

  it("rejects ping when the database cannot be reached", async () => {
    const store = new PostgresStore("postgres://postgres@127.0.0.1:1/none");
    await expect(store.ping()).rejects.toThrow();
    await store.close();
  });
});
