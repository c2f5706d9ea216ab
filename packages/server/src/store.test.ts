import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { postgresMissingReason, schemaUrl, TEST_DATABASE_URL } from "../test/postgres.ts";
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

const pgMissing = await postgresMissingReason("PostgreSQL store tests");
const schema = `ironclad_test_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
const url = schemaUrl(schema);

describe.skipIf(pgMissing !== null)("PostgresStore (real PostgreSQL)", () => {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });

  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it("migrates once when two processes start at once", async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const [a, b] = [new PostgresStore(url), new PostgresStore(url)];
    await Promise.all([a.migrate(), b.migrate()]);
    await Promise.all([a.close(), b.close()]);
  });

  describeStoreContract("PostgresStore", async () => {
    const store = new PostgresStore(url);
    await store.migrate();
    return store;
  });

  it("rejects ping when the database cannot be reached", async () => {
    const store = new PostgresStore("postgres://postgres@127.0.0.1:1/none");
    await expect(store.ping()).rejects.toThrow();
    await store.close();
  });
});
