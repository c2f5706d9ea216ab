import fs from "node:fs";
import path from "node:path";
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";
import { Worker } from "node:worker_threads";
import { type Row, type SqlExecutor, SqlStore, type SqlValue } from "./sql-store.ts";
import { type CommitReply, type CommitRequest, SQLITE_PRAGMAS, type WriteStatements } from "./sqlite-writer.ts";
import { LogConflictError, type LogEntry } from "./store.ts";

/** A write waiting for the next group commit. */
interface PendingWrite {
  statements: WriteStatements;
  /** Turns a failure into the error its caller should see. */
  explain: (error: Error) => unknown;
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * The embedded store: one SQLite file in WAL mode under DATA_DIR, synchronous=FULL (a write is on
 * disk, through a power cut, before its promise resolves).
 *
 * Single writes (every action appended to a table's log, every chat line, every seat taken) are
 * group-committed: the writes made in one turn of the event loop share one transaction and one
 * fsync, each in its own savepoint so a failure fails only its own write. The commit runs on a
 * writer thread (sqlite-writer.ts) with its own connection, so the event loop goes on serving while
 * the disk syncs. Everything runs in the order it was asked for: a read or a transaction asked for
 * after a pending write waits for its commit.
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
  /** A commit is queued that has not yet taken the pending writes. */
  #commitQueued = false;
  readonly #statements = new Map<string, StatementSync>();
  readonly #writer: Worker;
  /** Commits sent to the writer and not answered yet. */
  readonly #inFlight = new Map<number, (reply: CommitReply) => void>();
  #nextCommit = 0;
  /** Why the writer is gone (every later write fails with it). */
  #writerGone: Error | null = null;

  constructor(dataDir: string) {
    super();
    fs.mkdirSync(dataDir, { recursive: true });
    this.file = path.join(dataDir, "ironclad.sqlite");
    this.#sqlite = new DatabaseSync(this.file);
    this.#sqlite.exec(SQLITE_PRAGMAS);
    this.#writer = new Worker(new URL("./sqlite-writer.ts", import.meta.url), {
      workerData: { sqliteWriter: true, file: this.file },
    });
    // Idle, the writer does not keep the process alive; while a commit is out, it does.
    this.#writer.unref();
    this.#writer.on("message", (reply: CommitReply) => {
      const answer = this.#inFlight.get(reply.id);
      this.#inFlight.delete(reply.id);
      if (this.#inFlight.size === 0) this.#writer.unref();
      answer?.(reply);
    });
    const gone = (error: Error) => {
      this.#writerGone ??= error;
      for (const [id, answer] of this.#inFlight) answer({ id, error: error.message });
      this.#inFlight.clear();
    };
    this.#writer.on("error", gone);
    this.#writer.on("exit", (code) => gone(new Error(`the SQLite writer stopped (exit code ${code})`)));
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
      run: (sql, params = []) => this.#grouped([[sql, params]], (e) => e),
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
  #grouped(statements: WriteStatements, explain: (error: Error) => unknown): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#pending.push({ statements, explain, resolve, reject });
      // The writes of this turn of the event loop go together.
      if (this.#pending.length === 1) setImmediate(() => this.#commitPending());
    });
  }

  /**
   * Queues a group commit of whatever is pending when its turn comes: writes asked for while the
   * previous commit is on the disk join the next one, so a slow fsync makes batches bigger, not a
   * queue of small commits.
   */
  #commitPending(): void {
    if (this.#pending.length === 0 || this.#commitQueued) return;
    this.#commitQueued = true;
    const commit = async () => {
      this.#commitQueued = false;
      const batch = this.#pending;
      this.#pending = [];
      if (batch.length === 0) return;
      const reply = await this.#send(batch.map((p) => p.statements));
      if ("error" in reply) {
        const error = new Error(`the commit failed: ${reply.error}`);
        for (const p of batch) p.reject(error);
        return;
      }
      batch.forEach((p, i) => {
        const failure = reply.failures[i];
        if (failure) p.reject(p.explain(new Error(failure)));
        else p.resolve();
      });
    };
    this.#queue = this.#queue.then(commit, commit);
  }

  /** One group commit on the writer thread. */
  #send(writes: WriteStatements[]): Promise<CommitReply> {
    const id = ++this.#nextCommit;
    if (this.#writerGone) return Promise.resolve({ id, error: this.#writerGone.message });
    return new Promise((resolve) => {
      this.#inFlight.set(id, resolve);
      this.#writer.ref();
      this.#writer.postMessage({ id, writes } satisfies CommitRequest);
    });
  }

  override appendLog(tableId: string, entries: LogEntry[]): Promise<void> {
    if (entries.length === 0) return Promise.resolve();
    const insert = "INSERT INTO table_log (table_id, seq, action, at, state_hash) VALUES (?, ?, ?, ?, ?)";
    return this.#grouped(
      entries.map((e) => [insert, [tableId, e.seq, JSON.stringify(e.action), e.at, e.stateHash]]),
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
    this.#writerGone ??= new Error("the store is closed");
    await this.#writer.terminate();
    if (this.#sqlite.isOpen) this.#sqlite.close();
  }
}
