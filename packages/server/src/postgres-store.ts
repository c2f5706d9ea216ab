import pg from "pg";
import { MIGRATIONS, type Store } from "./store.ts";

/** The shared store for scaled deployments: PostgreSQL through a connection pool. */
export class PostgresStore implements Store {
  readonly kind = "postgres" as const;
  readonly #pool: pg.Pool;

  constructor(databaseUrl: string) {
    this.#pool = new pg.Pool({ connectionString: databaseUrl, max: 10, connectionTimeoutMillis: 5_000 });
    // An idle client losing its connection must not crash the process; the next query reconnects.
    this.#pool.on("error", () => {});
  }

  async migrate(): Promise<void> {
    const client = await this.#pool.connect();
    try {
      // Several processes may start at once: one advisory lock serialises their migrations.
      await client.query("SELECT pg_advisory_lock(727001)");
      await client.query(
        "CREATE TABLE IF NOT EXISTS ironclad_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)",
      );
      const { rows } = await client.query<{ version: number }>("SELECT version FROM ironclad_migrations");
      const done = new Set(rows.map((row) => Number(row.version)));
      for (const migration of MIGRATIONS) {
        if (done.has(migration.version)) continue;
        await client.query("BEGIN");
        try {
          await client.query(migration.sql);
          await client.query("INSERT INTO ironclad_migrations (version, name) VALUES ($1, $2)", [
            migration.version,
            migration.name,
          ]);
          await client.query("COMMIT");
        } catch (error) {
          await client.query("ROLLBACK");
          throw error;
        }
      }
    } finally {
      await client.query("SELECT pg_advisory_unlock(727001)").catch(() => {});
      client.release();
    }
  }

  async ping(): Promise<void> {
    await this.#pool.query("SELECT 1");
  }

  async schemaVersion(): Promise<number> {
    const { rows } = await this.#pool.query<{ v: number | null }>("SELECT MAX(version) AS v FROM ironclad_migrations");
    return Number(rows[0]?.v ?? 0);
  }

  async close(): Promise<void> {
    await this.#pool.end();
  }
}
