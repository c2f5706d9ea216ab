// A table page whose connection the server closes on purpose (#19): cut off for flooding (close code
// 4429), it says why and offers to connect again, and connecting again brings the seat back.
// Chromium against the real server process.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicA11yProblems } from "./a11y.ts";
import { chromiumMissingReason, describeStuckPage, launchChromium, screenshotPath } from "./chromium.ts";
import { api, buildClient } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 15_000 };

describe.skipIf(skip !== null)("a table page the server closes on purpose", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ CLIENT_DIST: await buildClient() });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("cut off for sending too many messages: says why, offers to connect again, and gets the seat back", async () => {
    const session = await api(server.url, "POST", "/api/sessions", { tables: 1 });
    const { code } = session.body.tables[0];
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // Keep the page's WebSockets reachable, to send a burst of frames the way a runaway script would.
    await page.addInitScript(() => {
      const Native = window.WebSocket;
      const sockets: WebSocket[] = [];
      (window as unknown as { sockets: WebSocket[] }).sockets = sockets;
      window.WebSocket = class extends Native {
        constructor(url: string | URL, protocols?: string | string[]) {
          super(url, protocols);
          sockets.push(this);
        }
      } as typeof WebSocket;
    });
    await page.goto(`${server.url}/join/${code}`);
    await page.getByLabel("Your name").fill("Olena");
    await page.getByLabel("Seat").selectOption("kyiv");
    await page.getByRole("button", { name: "Join the table" }).click();
    await page.waitForURL(/\/play\//);
    const atTable = () =>
      page
        .getByRole("heading", { name: "Kyiv", level: 2 })
        .waitFor({ timeout: 30_000 })
        .catch(async (error) => {
          throw new Error(`not at the table: ${await describeStuckPage(page)}`, { cause: error });
        });
    await atTable();

    // 60 frames at once (a PING each: every frame counts against the limit of 20 a second).
    await page.evaluate(() => {
      const ws = (window as unknown as { sockets: WebSocket[] }).sockets.find((s) => s.readyState === WebSocket.OPEN);
      for (let i = 0; i < 60; i++) ws?.send(new Uint8Array([18]));
    });
    await page.getByRole("heading", { name: "Disconnected: too many messages" }).waitFor({ timeout: 5_000 });
    expect(await page.getByRole("alert").first().textContent()).toContain("more than 20 messages in one second");
    await page.screenshot({ path: screenshotPath("closed-too-fast") });
    expect(await basicA11yProblems(page)).toEqual([]);
    // It stays out until asked: no rejoin by itself.
    await page.waitForTimeout(1_500);
    expect(await page.getByRole("heading", { name: "Disconnected: too many messages" }).count()).toBe(1);

    await page.getByRole("button", { name: "Connect again" }).click();
    await atTable();
    await expect
      .poll(() => page.getByRole("heading", { name: "Disconnected: too many messages" }).count(), POLL)
      .toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
