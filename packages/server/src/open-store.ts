import type { Config } from "./config.ts";
import { PostgresStore } from "./postgres-store.ts";
import { SqliteStore } from "./sqlite-store.ts";
import type { Store } from "./store.ts";

/** Opens and migrates the store the configuration asks for. */
export async function openStore(config: Pick<Config, "databaseUrl" | "dataDir">): Promise<Store> {
  const store = config.databaseUrl ? new PostgresStore(config.databaseUrl) : new SqliteStore(config.dataDir);
  await store.migrate();
  return store;
}
