import fs from "node:fs";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { MIGRATIONS, type Store } from "./store.ts";

/** The embedded store: one SQLite file in WAL mode under DATA_DIR. */
export class SqliteStore implements Store {
  readonly kind = "sqlite" as const;
  readonly file: string;
  readonly #db: DatabaseSync;

  constructor(dataDir: string) {
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, "ironclad.sqlite");
    this.#db = new DatabaseSync(this.file);
    this.#db.exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;");
  }

  async migrate(): Promise<void> {
    this.#db.exec("CREATE TABLE IF NOT EXISTS ironclad_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)");
    const done = new Set(
      this.#db
        .prepare("SELECT version FROM ironclad_migrations")
        .all()
        .map((row) => Number(row.version)),
    );
    for (const migration of MIGRATIONS) {
      if (done.has(migration.version)) continue;
      // node:sqlite has no transaction helper: BEGIN/COMMIT by hand so a failed migration leaves nothing behind.
      this.#db.exec("BEGIN");
      try {
        this.#db.exec(migration.sql);
        this.#db
          .prepare("INSERT INTO ironclad_migrations (version, name) VALUES (?, ?)")
          .run(migration.version, migration.name);
        this.#db.exec("COMMIT");
      } catch (error) {
        this.#db.exec("ROLLBACK");
        throw error;
      }
    }
  }

  async ping(): Promise<void> {
    this.#db.prepare("SELECT 1").get();
  }

  async schemaVersion(): Promise<number> {
    const row = this.#db.prepare("SELECT MAX(version) AS v FROM ironclad_migrations").get();
    return Number(row?.v ?? 0);
  }

  async close(): Promise<void> {
    if (this.#db.isOpen) this.#db.close();
  }
}
