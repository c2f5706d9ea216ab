import fs from "node:fs";
import path from "node:path";
import { DatabaseSync, type SQLInputValue } from "node:sqlite";
import { type Row, type SqlExecutor, SqlStore, type SqlValue } from "./sql-store.ts";

/** The embedded store: one SQLite file in WAL mode under DATA_DIR. */
export class SqliteStore extends SqlStore {
  readonly kind = "sqlite" as const;
  readonly file: string;
  readonly #sqlite: DatabaseSync;
  protected readonly db: SqlExecutor;
  // node:sqlite is synchronous, but an async caller can interleave between awaits: queue transactions.
  #queue: Promise<unknown> = Promise.resolve();

  constructor(dataDir: string) {
    super();
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, "ironclad.sqlite");
    this.#sqlite = new DatabaseSync(this.file);
    // synchronous=FULL: an action is on disk before its effect is broadcast, even through a power cut.
    this.#sqlite.exec(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;",
    );
    const sqlite = this.#sqlite;
    this.#raw = {
      async run(sql: string, params: SqlValue[] = []) {
        sqlite.prepare(sql).run(...(params as SQLInputValue[]));
      },
      async all(sql: string, params: SqlValue[] = []) {
        return sqlite.prepare(sql).all(...(params as SQLInputValue[])) as Row[];
      },
    };
    // Single statements wait behind any open transaction, so they never land inside it.
    this.db = {
      run: (sql, params) => this.#serial(() => this.#raw.run(sql, params)),
      all: (sql, params) => this.#serial(() => this.#raw.all(sql, params)),
    };
  }

  readonly #raw: SqlExecutor;

  #serial<T>(work: () => Promise<T>): Promise<T> {
    const result = this.#queue.then(work, work);
    this.#queue = result.catch(() => {});
    return result;
  }

  protected transaction<T>(fn: (tx: SqlExecutor) => Promise<T>): Promise<T> {
    return this.#serial(async () => {
      // node:sqlite has no transaction helper: BEGIN/COMMIT by hand so a failure leaves nothing behind.
      this.#sqlite.exec("BEGIN IMMEDIATE");
      try {
        const result = await fn(this.#raw);
        this.#sqlite.exec("COMMIT");
        return result;
      } catch (error) {
        this.#sqlite.exec("ROLLBACK");
        throw error;
      }
    });
  }

  protected isUniqueViolation(error: unknown): boolean {
    return /UNIQUE constraint failed|PRIMARY KEY/i.test(String((error as Error)?.message));
  }

  async close(): Promise<void> {
    await this.#queue;
    if (this.#sqlite.isOpen) this.#sqlite.close();
  }
}
