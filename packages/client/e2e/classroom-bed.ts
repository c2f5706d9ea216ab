// The test bed of the facilitator's and the classroom's end-to-end files: the built client served
// by the real server (bots that never move on their own, so a test decides what happens) and one
// Chromium, started before a describe block's tests and stopped after them, with every browser
// context a test opens closed at the end. The server can be killed and started again on the same
// address and data, as a crashed server restarted by its supervisor would be.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, BrowserContext, BrowserContextOptions, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchChromium } from "./chromium.ts";
import { api, buildClient } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

/** What a test needs of a session to open the facilitator's pages. */
export interface FacilitatedSession {
  sessionId: string;
  facilitatorKey: string;
}

/** Call inside a describe block; read `bed.server` and `bed.browser`, open pages through `bed.context`. */
export function classroomBed(): {
  readonly server: RunningServer;
  readonly browser: Browser;
  context(options: BrowserContextOptions): Promise<BrowserContext>;
  restart(): Promise<void>;
  facilitatorPage(session: FacilitatedSession, viewport?: { width: number; height: number }): Promise<Page>;
  act(session: FacilitatedSession, action: object, tables?: string[]): Promise<{ status: number; body: any }>;
} {
  let server: RunningServer | undefined;
  let chromium: Browser | undefined;
  const contexts: BrowserContext[] = [];
  let env: Record<string, string> = {};
  beforeAll(async () => {
    // Bots that never move on their own; a fixed port and data directory, so a restart keeps both.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-e2e-classroom-"));
    env = { CLIENT_DIST: await buildClient(), BOT_THINK_MS: "600000,600000", DATA_DIR: dataDir };
    server = await startServer(env);
    env.PORT = new URL(server.url).port;
    chromium = await launchChromium();
  });
  afterAll(async () => {
    for (const c of contexts) await c.close();
    await chromium?.close();
    await server?.stop();
  });
  const bed = {
    get server() {
      if (!server) throw new Error("the server has not started");
      return server;
    },
    get browser() {
      if (!chromium) throw new Error("Chromium has not started");
      return chromium;
    },
    async context(options: BrowserContextOptions) {
      const context = await bed.browser.newContext(options);
      contexts.push(context);
      return context;
    },
    /** Kills the server (SIGKILL: nothing is flushed on the way out) and starts it again on the same port and data. */
    async restart() {
      bed.server.process.kill("SIGKILL");
      await bed.server.stop();
      server = await startServer(env);
    },
    /** A page in a new context that holds the session's facilitator key, as the setup page leaves it. */
    async facilitatorPage(session: FacilitatedSession, viewport = { width: 1360, height: 900 }) {
      const context = await bed.context({ viewport });
      await context.addInitScript(
        ([id, key]) => localStorage.setItem(`ironclad:facilitator:${id}`, key as string),
        [session.sessionId, session.facilitatorKey],
      );
      return context.newPage();
    },
    /** The facilitator's action at every table of the session (or at `tables`), through the HTTP API. */
    act(session: FacilitatedSession, action: object, tables?: string[]) {
      const auth = { authorization: `Bearer ${session.facilitatorKey}` };
      return api(bed.server.url, "POST", `/api/sessions/${session.sessionId}/actions`, { action, tables }, auth);
    },
  };
  return bed;
}
