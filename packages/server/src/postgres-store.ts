import pg from "pg";
import { type Row, type SqlExecutor, SqlStore, type SqlValue } from "./sql-store.ts";

// pg returns BIGINT as a string by default; our BIGINTs are millisecond timestamps, safe as numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/** Numbers the `?` placeholders for PostgreSQL ($1, $2, ...). Our SQL has no `?` inside strings. */
function numbered(sql: string): string {
  let n = 0;
  return sql.replace(/\?/g, () => `$${++n}`);
}

function executor(client: pg.Pool | pg.PoolClient): SqlExecutor {
  return {
    async run(sql: string, params: SqlValue[] = []) {
      await client.query(numbered(sql), params);
    },
    async all(sql: string, params: SqlValue[] = []) {
      return (await client.query(numbered(sql), params)).rows as Row[];
    },
  };
}

/** The shared store for scaled deployments: PostgreSQL through a connection pool. */
export class PostgresStore extends SqlStore {
  readonly kind = "postgres" as const;
  readonly #pool: pg.Pool;
  protected readonly db: SqlExecutor;

  constructor(databaseUrl: string) {
    super();
    this.#pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5_000 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.#pool.on("error", () => {});
    this.db = executor(this.#pool);
  }

  protected async transaction<T>(
    fn: (tx: SqlExecutor) => Promise<T>,
    options: { migration?: boolean } = {},
  ): Promise<T> {
    const client = await this.#pool.connect();
    try {
      await client.query("BEGIN");
      // Several processes may start at once: a transaction-scoped advisory lock serialises their migrations.
      if (options.migration) await client.query("SELECT pg_advisory_xact_lock(727001)");
      const result = await fn(executor(client));
      await client.query("COMMIT");
      return result;
    } catch (error) {
      await client.query("ROLLBACK").catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  protected isUniqueViolation(error: unknown): boolean {
    return (error as { code?: string })?.code === "23505";
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
