import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { postgresMissingReason, schemaUrl, TEST_DATABASE_URL } from "../test/postgres.ts";
import { PostgresStore } from "./postgres-store.ts";
import { SqliteStore } from "./sqlite-store.ts";
import { MIGRATIONS } from "./store.ts";
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

describe("SqliteStore migrating an older database", () => {
  it("numbers the tables an older database holds in the order they were created", async () => {
    // A database as version 6 left it: tables without numbers, created in one moment.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-store-old-"));
    const old = new DatabaseSync(path.join(dir, "ironclad.sqlite"));
    old.exec("CREATE TABLE ironclad_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    for (const m of MIGRATIONS.filter((m) => m.version <= 6)) {
      for (const statement of m.sql) old.exec(statement);
      old.prepare("INSERT INTO ironclad_migrations (version, name) VALUES (?, ?)").run(m.version, m.name);
    }
    old.exec(
      "INSERT INTO sessions (id, facilitator_key_hash, scenario_id, settings, created_at, code) VALUES ('s1', 'h', 'x', '{}', 5, 'SSSSSSS')",
    );
    // Created Table 1, 2, 3 in that order; their ids sort the other way round.
    for (const [id, code] of [
      ["tbl_z", "AAAAAA"],
      ["tbl_m", "BBBBBB"],
      ["tbl_a", "CCCCCC"],
    ] as const) {
      old
        .prepare(
          "INSERT INTO game_tables (id, session_id, code, scenario_id, seed, config, created_at) VALUES (?, 's1', ?, 'x', 'seed', '{}', 5)",
        )
        .run(id, code);
    }
    old.close();
    const store = new SqliteStore(dir);
    await store.migrate();
    expect((await store.listTables("s1")).map((t) => [t.id, t.number])).toEqual([
      ["tbl_z", 1],
      ["tbl_m", 2],
      ["tbl_a", 3],
    ]);
    await store.close();
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
