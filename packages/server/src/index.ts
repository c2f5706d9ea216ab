// @ironclad/server: the server's building blocks, for tests and tools. main.ts starts it.
export { type App, type AppDeps, createApp } from "./app.ts";
export { type Config, ConfigError, loadConfig } from "./config.ts";
export { createLogger, type Logger } from "./logger.ts";
export { openStore } from "./open-store.ts";
export { PostgresStore } from "./postgres-store.ts";
export { SqliteStore } from "./sqlite-store.ts";
export { MIGRATIONS, type Store } from "./store.ts";
