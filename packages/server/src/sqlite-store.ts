import fs from "node:fs";
import path from "node:path";
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";
import { type Row, type SqlExecutor, SqlStore, type SqlValue } from "./sql-store.ts";
import { LogConflictError, type LogEntry } from "./store.ts";

/** A write waiting for the next group commit. */
interface PendingWrite {
  /** Runs the write's statements (inside its own savepoint). */
  write: () => void;
  /** Turns a failure into the error its caller should see. */
  explain: (error: unknown) => unknown;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The embedded store: one SQLite file in WAL mode under DATA_DIR, synchronous=FULL (a write is on
 * disk, through a power cut, before its promise resolves).
 *
 * Single writes (every action appended to a table's log, every chat line, every seat taken) are
 * group-committed: the writes made in one turn of the event loop share one transaction and one
 * fsync, each in its own savepoint so a failure fails only its own write. Everything runs in the
 * order it was asked for: a read or a transaction asked for after a pending write waits for its
 * commit.
 */
export class SqliteStore extends SqlStore {
  readonly kind = "sqlite" as const;
  readonly file: string;
  readonly #sqlite: DatabaseSync;
  protected readonly db: SqlExecutor;
  readonly #raw: SqlExecutor;
  // node:sqlite is synchronous, but an async caller can interleave between awaits: queue the work.
  #queue: Promise<unknown> = Promise.resolve();
  #pending: PendingWrite[] = [];
  readonly #statements = new Map<string, StatementSync>();

  constructor(dataDir: string) {
    super();
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, "ironclad.sqlite");
    this.#sqlite = new DatabaseSync(this.file);
    this.#sqlite.exec(
      "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;",
    );
    const statement = (sql: string) => this.#statement(sql);
    this.#raw = {
      async run(sql: string, params: SqlValue[] = []) {
        statement(sql).run(...(params as SQLInputValue[]));
      },
      async all(sql: string, params: SqlValue[] = []) {
        return statement(sql).all(...(params as SQLInputValue[])) as Row[];
      },
    };
    this.db = {
      run: (sql, params = []) =>
        this.#grouped(
          () => statement(sql).run(...(params as SQLInputValue[])),
          (e) => e,
        ),
      all: (sql, params) => this.#serial(() => this.#raw.all(sql, params)),
    };
  }

  #statement(sql: string): StatementSync {
    let s = this.#statements.get(sql);
    if (!s) {
      s = this.#sqlite.prepare(sql);
      this.#statements.set(sql, s);
    }
    return s;
  }

  /** Queues work after everything asked for before it, pending writes included. */
  #serial<T>(work: () => Promise<T>): Promise<T> {
    if (this.#pending.length > 0) this.#commitPending();
    const result = this.#queue.then(work, work);
    this.#queue = result.catch(() => {});
    return result;
  }

  /** Adds a write to the next group commit. */
  #grouped(write: () => void, explain: (error: unknown) => unknown): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending.push({ write, explain, resolve, reject });
      if (this.#pending.length === 1)
        setImmediate(() => {
          if (this.#pending.length > 0) this.#commitPending();
        });
    });
  }

  #commitPending(): void {
    const batch = this.#pending;
    this.#pending = [];
    const commit = async () => {
      const failures: unknown[] = [];
      try {
        this.#sqlite.exec("BEGIN IMMEDIATE");
        for (const p of batch) {
          this.#sqlite.exec("SAVEPOINT write");
          try {
            p.write();
            this.#sqlite.exec("RELEASE write");
            failures.push(null);
          } catch (error) {
            this.#sqlite.exec("ROLLBACK TO write; RELEASE write");
            failures.push(p.explain(error) ?? error);
          }
        }
        this.#sqlite.exec("COMMIT");
      } catch (error) {
        if (this.#sqlite.isTransaction) this.#sqlite.exec("ROLLBACK");
        for (const p of batch) p.reject(error);
        return;
      }
      batch.forEach((p, i) => {
        if (failures[i]) p.reject(failures[i]);
        else p.resolve();
      });
    };
    this.#queue = this.#queue.then(commit, commit);
  }

  override appendLog(tableId: string, entries: LogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const insert = this.#statement(
      "INSERT INTO table_log (table_id, seq, action, at, state_hash) VALUES (?, ?, ?, ?, ?)",
    );
    return this.#grouped(
      () => {
        for (const e of entries) insert.run(tableId, e.seq, JSON.stringify(e.action), e.at, e.stateHash);
      },
      (error) =>
        this.isUniqueViolation(error)
          ? new LogConflictError(`table ${tableId}: a log entry with one of seq ${entries.map((e) => e.seq)} exists`)
          : error,
    );
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
    if (this.#pending.length > 0) this.#commitPending();
    await this.#queue;
    if (this.#sqlite.isOpen) this.#sqlite.close();
  }
}
