// Landing and join pages in Chromium against the real server: the ways in, the messages for a
// wrong code, a taken seat, an ended table and an unreachable server, the language switch, and
// the landing bundle's size (no SDK, no Phaser).
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicA11yProblems, horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, launchChromium, screenshotPath } from "./chromium.ts";
import { api, buildClient } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();
/** Polls patiently: a two-core machine running every e2e file at once is slow. */
const POLL = { timeout: 15_000 };

describe.skipIf(skip !== null)("landing and join in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let outDir: string;

  beforeAll(async () => {
    outDir = await buildClient();
    server = await startServer({ CLIENT_DIST: outDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("shows the four ways in, loads no SDK and no Phaser, and stays under 150 KB of gzip JS", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    const scripts: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
    await page.goto(server.url);
    expect(await page.getByRole("link", { name: "Set up a session" }).getAttribute("href")).toBe("/facilitate");
    for (const name of ["Quick game", "Join a table", "Open tables", "Run a session"])
      await page.getByRole("heading", { name, level: 2 }).waitFor();
    await page.locator('.seat-option[data-seat="kyiv"]').waitFor();
    await expect.poll(() => page.locator(".open-tables").textContent(), POLL).toContain("No open tables");
    await page.screenshot({ path: screenshotPath("landing-entry") });
    await page.screenshot({ path: screenshotPath("landing-entry-full"), fullPage: true });

    expect(scripts.some((s) => /play-page|boot|colyseus|phaser/i.test(s))).toBe(false);
    let gzip = 0;
    for (const url of scripts) {
      const file = path.join(outDir, new URL(url).pathname);
      gzip += zlib.gzipSync(fs.readFileSync(file)).length;
    }
    expect(gzip).toBeLessThan(150 * 1024);
    expect(await basicA11yProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("says so when the code matches no table", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/join/ZZZZZZ`);
    await page.getByRole("heading", { name: /Join table ZZZZZZ/ }).waitFor();
    expect(await page.getByLabel("Table code").inputValue()).toBe("ZZZZZZ");
    // The name field has the focus: the code came with the link.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.name)).toBe("name");
    await page.keyboard.type("Ann");
    await page.keyboard.press("Enter");
    await expect.poll(() => page.getByRole("alert").first().textContent(), POLL).toContain("No table has this code");
    await page.screenshot({ path: screenshotPath("join-wrong-code") });
    expect(await basicA11yProblems(page)).toEqual([]);

    // A code that cannot be one is caught before asking the server.
    await page.getByLabel("Table code").fill("12");
    await page.getByRole("button", { name: "Join the table" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent(), POLL).toContain("six letters and digits");
    await page.close();
  });

  it("seats a student at one of the class's tables from the session code alone", async () => {
    const session = await api(server.url, "POST", "/api/sessions", { tables: 2 });
    const tableIds = session.body.tables.map((t: { tableId: string }) => t.tableId);
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/join/${session.body.sessionCode}`);
    await page.getByLabel("Your name").fill("Student");
    await page.getByRole("button", { name: "Join the table" }).click();
    await page.waitForURL(/\/play\/tbl_/, { timeout: 20_000 });
    expect(tableIds).toContain(page.url().split("/play/")[1]);
    await page.close();
  });

  it("shows the table even when the page's effects run late (a busy or throttled page)", async () => {
    // A quiet table (bots think for ten minutes): once joined, nothing changes for a long while.
    // The join can finish before the page subscribes to it; the page must still see where it is.
    const session = await api(server.url, "POST", "/api/sessions", { tables: 1, timings: { briefingSeconds: 600 } });
    const context = await browser.newContext({ viewport: { width: 1024, height: 720 } });
    // No animation frames, and Preact's fallback for them (a 35 ms timer) held for 3 s: effects
    // run seconds after the first render, long after the join has been answered.
    await context.addInitScript(() => {
      window.requestAnimationFrame = () => 0;
      const setTimeoutNow = window.setTimeout;
      window.setTimeout = ((fn: TimerHandler, ms?: number, ...rest: unknown[]) =>
        setTimeoutNow(fn, ms === 35 ? 3_000 : ms, ...rest)) as typeof window.setTimeout;
    });
    const page = await context.newPage();
    await page.goto(`${server.url}/join/${session.body.sessionCode}`);
    await page.getByLabel("Your name").fill("Late");
    await page.getByRole("button", { name: "Join the table" }).click();
    await page.waitForURL(/\/play\/tbl_/, { timeout: 20_000 });
    await page.locator(".phase-label").waitFor(POLL);
    expect(await page.locator(".phase-label").textContent()).toMatch(/Lobby/);
    await context.close();
  });

  it("says so when the seat is taken, the table has ended, or the server cannot be reached", async () => {
    const session = await api(server.url, "POST", "/api/sessions", { tables: 1 });
    const { code } = session.body.tables[0];
    expect((await api(server.url, "POST", "/api/join", { code, name: "Olena", seat: "kyiv" })).status).toBe(201);

    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${server.url}/join/${code}`);
    // A taken seat is shown as taken and cannot be chosen.
    const kyiv = page.getByLabel("Seat").locator('option[value="kyiv"]');
    await expect.poll(() => kyiv.isDisabled(), POLL).toBe(true);
    expect(await kyiv.textContent()).toContain("taken");
    // Taken between loading the form and sending it: the server says so.
    await page.getByLabel("Your name").fill("Taras");
    await page.getByLabel("Seat").selectOption("paris");
    expect((await api(server.url, "POST", "/api/join", { code, name: "Claire", seat: "paris" })).status).toBe(201);
    await page.getByRole("button", { name: "Join the table" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent(), POLL).toContain("This seat is taken");
    await page.screenshot({ path: screenshotPath("join-seat-taken") });
    expect(await basicA11yProblems(page)).toEqual([]);

    await page.route("**/api/join", (route) => route.abort("connectionrefused"));
    await page.getByRole("button", { name: "Join the table" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent(), POLL).toContain("cannot be reached");
    await page.unroute("**/api/join");

    const ended = await api(server.url, "POST", `/api/sessions/${session.body.sessionId}/end`, undefined, {
      authorization: `Bearer ${session.body.facilitatorKey}`,
    });
    expect(ended.status).toBe(200);
    await page.getByLabel("Seat").selectOption("");
    await page.getByRole("button", { name: "Join the table" }).click();
    await expect.poll(() => page.getByRole("alert").first().textContent(), POLL).toContain("This table has ended");
    await page.close();
  });

  it("switches to Ukrainian, sets <html lang> and remembers it", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(server.url);
    await page.getByRole("button", { name: "Українська" }).click();
    // The Ukrainian catalogue loads on the click (it is fetched ahead only for a browser that asks for it).
    await page.getByRole("heading", { name: "Швидка гра" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("uk");
    await page.reload();
    await page.getByRole("heading", { name: "Приєднатися до столу" }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe("uk");
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath("landing-phone-uk"), fullPage: true });
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.getByRole("button", { name: "English" }).click();
    await page.close();
  });
});
