// A quick game started the way a person starts one, for end-to-end tests: the landing page, a seat,
// a name, "Start a quick game", then the table. The quick-game API's own `timings` shorten the
// clock: the page's request is amended on its way out; the flow is the page's.
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { describeStuckPage, launchChromium, pageErrors, recordSockets } from "./chromium.ts";
import { buildClient } from "./client-build.ts";
import { skipGuide } from "./guide-seen.ts";
import { type RunningServer, startServer } from "./server-process.ts";

/** What a started quick game gives the test: its page and the errors the page has logged so far. */
export type QuickGamePage = { context: BrowserContext; page: Page; errors: string[] };

/** Opens a page at `url`, starts a quick game in `seat` with `timings`, and waits for the working draft. */
export async function startQuickGame(
  browser: Browser,
  url: string,
  options: {
    timings: Record<string, number>;
    seat?: string;
    viewport?: { width: number; height: number };
    /** Offer the guided first game, as a new browser does (off: the guide counts as seen). */
    guide?: boolean;
    /** List the table in Open tables, for strangers to join. */
    listed?: boolean;
  },
): Promise<QuickGamePage> {
  const context = await browser.newContext({ viewport: options.viewport ?? { width: 1440, height: 900 } });
  if (!options.guide) await skipGuide(context);
  const page = await context.newPage();
  const errors = pageErrors(page);
  await page.route("**/api/quick", async (route) => {
    const body = JSON.parse(route.request().postData() ?? "{}");
    await route.continue({ postData: JSON.stringify({ ...body, timings: options.timings }) });
  });
  await page.goto(url);
  await page.locator(`.seat-option[data-seat="${options.seat ?? "kyiv"}"]`).click();
  await page.getByLabel("Your name").first().fill("Olena");
  if (options.listed) await page.getByLabel(/List this table in Open tables/).check();
  await page.getByRole("button", { name: "Start a quick game" }).click();
  await page.waitForURL(/\/play\/tbl_/);
  await page
    .locator(".draft-panel")
    .waitFor({ timeout: 45_000 })
    .catch(async (error) => {
      throw new Error(`the quick game did not open: ${await describeStuckPage(page)}`, { cause: error });
    });
  return { context, page, errors };
}

/**
 * For one describe block: the built client served by the real server (bots thinking 0.5–1.5 s,
 * as people would, not the default 1.5–6 s; or `botThinkMs`, e.g. "600000,600000" for bots that
 * never move) and a Chromium, started before its tests and stopped after them. Call it inside the
 * block; read `bed.url` and `bed.browser` in the tests.
 */
export function quickGameBed(botThinkMs = "500,1500"): { readonly url: string; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let chromium: Browser | undefined;
  beforeAll(async () => {
    server = await startServer({ CLIENT_DIST: await buildClient(), BOT_THINK_MS: botThinkMs });
    chromium = await launchChromium();
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.stop();
  });
  return {
    get url() {
      if (!server) throw new Error("the server has not started");
      return server.url;
    },
    get browser() {
      if (!chromium) throw new Error("Chromium has not started");
      return chromium;
    },
  };
}

/** Waits for the table screen (whatever its phase: by now the vote may have opened). */
export async function atTable(page: Page): Promise<void> {
  await page
    .locator(".play[data-phase] .play-bar")
    .waitFor({ timeout: 45_000 })
    .catch(async (error) => {
      throw new Error(`the table did not open: ${await describeStuckPage(page)}`, { cause: error });
    });
}

/** Someone opening a table's watch link in a browser context of their own; `received` is every byte their sockets took in. */
export async function watchByLink(browser: Browser, link: string, viewport: { width: number; height: number }) {
  const context = await browser.newContext({ viewport });
  await skipGuide(context);
  const page = await context.newPage();
  const errors = pageErrors(page);
  const received = recordSockets(page);
  await page.goto(link);
  await atTable(page);
  await page.getByTestId("watching-as").waitFor();
  return { context, page, errors, received };
}
