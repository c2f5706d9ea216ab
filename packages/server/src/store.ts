// Persistence behind one small interface: SQLite embedded by default, PostgreSQL when DATABASE_URL is set.

/** What the server needs from a store. Later issues add the event log here. */
export interface Store {
  /** Which implementation this is, for logs and /readyz. */
  readonly kind: "sqlite" | "postgres";
  /** Applies pending migrations. Safe to call on every start. */
  migrate(): Promise<void>;
  /** Resolves when the store answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /** The schema version after migration. */
  schemaVersion(): Promise<number>;
  close(): Promise<void>;
}

/** Numbered migrations, shared by both implementations (plain SQL both dialects accept). */
export const MIGRATIONS: readonly { version: number; name: string; sql: string }[] = [
  {
    version: 1,
    name: "store metadata",
    sql: "CREATE TABLE IF NOT EXISTS ironclad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
  },
];
