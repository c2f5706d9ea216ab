// Starts the server: configuration, store, HTTP and WebSocket on one port. Nothing else lives here.
import { createApp } from "./app.ts";
import { ConfigError, loadConfig } from "./config.ts";
import { createLogger } from "./logger.ts";
import { openStore } from "./open-store.ts";

try {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const store = await openStore(config);
  const { server, restoreTables } = createApp({ config, store, logger });
  await server.listen(config.port, config.host);
  await restoreTables();
  const url = config.publicUrl ?? `http://localhost:${config.port}`;
  logger.info({ port: config.port, store: store.kind }, "listening");
  console.log(`Ironclad is running: open ${url} (store: ${store.kind}; Ctrl-C stops it)`);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : `Ironclad could not start: ${String(error)}`);
  process.exit(1);
}
