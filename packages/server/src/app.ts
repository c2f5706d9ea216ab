import { defineRoom, defineServer, type Server } from "@colyseus/core";
import { RedisDriver } from "@colyseus/redis-driver";
import { RedisPresence } from "@colyseus/redis-presence";
import { WebSocketTransport } from "@colyseus/ws-transport";
import { apiErrorHandler } from "./api-error.ts";
import { apiRouter } from "./api-routes.ts";
import { BalanceChecks } from "./balance-checks.ts";
import type { Config } from "./config.ts";
import { ConsoleService } from "./console-service.ts";
import { mountClient, mountHealthRoutes } from "./http-routes.ts";
import type { Logger } from "./logger.ts";
import { Metrics } from "./metrics.ts";
import { MyTablesService } from "./my-tables.ts";
import { OriginPolicy } from "./origin-policy.ts";
import { PlayAgainService } from "./play-again.ts";
import { spreadingProcessSelector } from "./process-selector.ts";
import { ReplayService } from "./replay-service.ts";
import { ReportService } from "./report-service.ts";
import { ScenarioCatalog } from "./scenario-catalog.ts";
import { SessionService } from "./session-service.ts";
import type { Store } from "./store.ts";
import { RoomTableHost } from "./table-host.ts";
import { type TableRoomDeps, tableRoom } from "./table-room.ts";

/** Everything the server is built from; side effects are created by main.ts and passed in. */
export type AppDeps = { config: Config; store: Store; logger: Logger; catalog?: ScenarioCatalog };

/** The server and what main.ts needs after it listens. */
export type App = {
  server: Server;
  sessions: SessionService;
  /** Opens every unfinished table, then keeps checking for tables that run nowhere. Call after listen. */
  restoreTables: () => Promise<number>;
};

/** Declares the Colyseus server: rooms, HTTP routes and the client, on one port. */
export function createApp({ config, store, logger, catalog = ScenarioCatalog.load() }: AppDeps): App {
  const now = () => Date.now();
  catalog.attach(store);
  const metrics = new Metrics();
  const origins = new OriginPolicy(config.allowedOrigins);
  origins.applyToMatchmaker();
  const host = new RoomTableHost(store, logger);
  // Facilitators' balance checks, each on a worker thread.
  const balance = new BalanceChecks(store, { now });
  const sessions = new SessionService({
    store,
    catalog,
    host,
    now,
    baseUrl: () => config.publicUrl ?? `http://localhost:${config.port}`,
    publicUrl: config.publicUrl ?? null,
  });
  // What every table room is given (a room reaches nothing of the process but through these).
  const roomDeps: TableRoomDeps = {
    store,
    catalog,
    logger,
    now,
    random: Math.random,
    reconnectSeconds: config.reconnectSeconds,
    chatBlocklist: config.chatBlocklist,
    botThinkMs: config.botThinkMs,
    metrics,
    rematchSeconds: config.rematchSeconds,
    rematch: (from, people) => sessions.rematch(from, people),
  };

  // Several processes share matchmaking and room calls through Redis; each says how clients reach it.
  const scaleOut = config.redisUrl
    ? {
        presence: new RedisPresence(config.redisUrl),
        driver: new RedisDriver(config.redisUrl),
        selectProcessIdToCreateRoom: spreadingProcessSelector(),
        ...(config.publicAddress ? { publicAddress: config.publicAddress } : {}),
      }
    : {};
  const server = defineServer({
    greet: false,
    ...scaleOut,
    transport: new WebSocketTransport({ maxPayload: 4 * 1024, beforeUpgrade: origins.beforeUpgrade }),
    rooms: { table: defineRoom(tableRoom(roomDeps)) },
    express: (app) => {
      app.disable("x-powered-by");
      // Behind a proxy, each person's own address (not the proxy's) must count against the join limit.
      app.set("trust proxy", config.trustProxy);
      mountHealthRoutes(app, store);
      metrics.mount(app);
      const consoles = new ConsoleService(store, host);
      const reports = new ReportService(store, catalog);
      const replays = new ReplayService(store, catalog, host);
      const myTables = new MyTablesService(store, host, now);
      const playAgain = new PlayAgainService(store, sessions);
      app.use(
        "/api",
        origins.middleware(),
        apiRouter({
          sessions,
          catalog,
          consoles,
          reports,
          replays,
          myTables,
          playAgain,
          balance,
          joinsPerMinute: config.joinsPerMinute,
        }),
      );
      if (
        !mountClient(app, config.clientDist, (err) =>
          logger.warn({ err }, "could not compress the client's assets: serving them uncompressed"),
        )
      ) {
        logger.warn({ clientDist: config.clientDist }, "client build not found: serving the API only");
      }
      app.use(apiErrorHandler(logger));
    },
  });
  // One callback: Colyseus keeps only the last one registered.
  let purgeTimer: NodeJS.Timeout | undefined;
  server.onBeforeShutdown(() => {
    host.stopGuard();
    clearInterval(purgeTimer);
    return balance.stop();
  });
  server.onShutdown(async () => {
    await store.close();
    logger.info("stopped");
  });
  return {
    server,
    sessions,
    restoreTables: async () => {
      const opened = await host.restoreAll();
      host.guard(config.tableGuardSeconds);
      // Retention: sessions past their time are deleted now and then every hour.
      const purge = () =>
        sessions.purgeExpired().then(
          (n) => n > 0 && logger.info({ sessions: n }, "expired sessions deleted"),
          (error) => logger.error({ err: error }, "could not delete expired sessions"),
        );
      await purge();
      purgeTimer = setInterval(purge, 3_600_000);
      purgeTimer.unref();
      return opened;
    },
  };
}
