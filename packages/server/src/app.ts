import { defineServer, type Server } from "@colyseus/core";
import { WebSocketTransport } from "@colyseus/ws-transport";
import type { Config } from "./config.ts";
import { mountClient, mountHealthRoutes } from "./http-routes.ts";
import type { Logger } from "./logger.ts";
import type { Store } from "./store.ts";

/** Everything the server is built from; side effects are created by main.ts and passed in. */
export type AppDeps = { config: Config; store: Store; logger: Logger };

/** Declares the Colyseus server: rooms, HTTP routes and the client, on one port. */
export function createApp({ config, store, logger }: AppDeps): Server {
  const server = defineServer({
    greet: false,
    transport: new WebSocketTransport({ maxPayload: 4 * 1024 }),
    rooms: {},
    express: (app) => {
      app.disable("x-powered-by");
      mountHealthRoutes(app, store);
      if (!mountClient(app, config.clientDist)) {
        logger.warn({ clientDist: config.clientDist }, "client build not found: serving the API only");
      }
    },
  });
  server.onShutdown(async () => {
    await store.close();
    logger.info("stopped");
  });
  return server;
}
