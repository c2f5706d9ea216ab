// The embedded store's writer: a worker thread with its own connection to the SQLite file that runs
// each group commit (one transaction, a savepoint per write, one fsync), so the event loop never
// waits on the disk. Started by SqliteStore; speaks only the messages below.
import { DatabaseSync, type SQLInputValue, type StatementSync } from "node:sqlite";
import { parentPort, workerData } from "node:worker_threads";

/** One write: its statements, run in their own savepoint. */
export type WriteStatements = [sql: string, params: (string | number | null)[]][];
/** A group commit asked of the writer. */
export type CommitRequest = { id: number; writes: WriteStatements[] };
/** Its answer: each write's failure (null when it was saved), or why the whole commit failed. */
export type CommitReply = { id: number; failures: (string | null)[] } | { id: number; error: string };

/** The connection settings both connections share. */
export const SQLITE_PRAGMAS =
  "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;";

function serve(file: string, port: NonNullable<typeof parentPort>): void {
  const db = new DatabaseSync(file);
  db.exec(SQLITE_PRAGMAS);
  const statements = new Map<string, StatementSync>();
  const statement = (sql: string) => {
    let s = statements.get(sql);
    if (!s) {
      s = db.prepare(sql);
      statements.set(sql, s);
    }
    return s;
  };
  port.on("message", ({ id, writes }: CommitRequest) => {
    const failures: (string | null)[] = [];
    try {
      db.exec("BEGIN IMMEDIATE");
      for (const write of writes) {
        db.exec("SAVEPOINT write");
        try {
          for (const [sql, params] of write) statement(sql).run(...(params as SQLInputValue[]));
          db.exec("RELEASE write");
          failures.push(null);
        } catch (error) {
          db.exec("ROLLBACK TO write; RELEASE write");
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
      db.exec("COMMIT");
    } catch (error) {
      if (db.isTransaction) db.exec("ROLLBACK");
      port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies CommitReply);
      return;
    }
    port.postMessage({ id, failures } satisfies CommitReply);
  });
}

if (parentPort && workerData?.sqliteWriter) serve(String(workerData.file), parentPort);
