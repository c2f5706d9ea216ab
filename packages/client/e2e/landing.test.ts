import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicA11yProblems } from "./a11y.ts";
import { chromiumMissingReason, launchChromium, pageErrors, screenshotPath } from "./chromium.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();

describe.skipIf(skip !== null)("landing page in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-client-"));
    await build({
      root: path.resolve(import.meta.dirname, ".."),
      logLevel: "error",
      build: { outDir, emptyOutDir: true },
    });
    server = await startServer({ CLIENT_DIST: outDir });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("is served by the game server and reports the server ready, without console errors", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(server.url);
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Server ready");
    expect(await page.getByRole("heading", { level: 1 }).textContent()).toMatch(/Sign a guarantee/);
    await page.screenshot({ path: screenshotPath("landing-desktop"), fullPage: true });
    expect(await basicA11yProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("fits a phone screen without horizontal scrolling", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, deviceScaleFactor: 2 });
    await page.goto(server.url);
    await expect.poll(() => page.getByRole("status").textContent()).toContain("Server ready");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath("landing-phone"), fullPage: true });
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.close();
  });

  it("starts a quick game of the scenario chosen in the form (#20)", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors = pageErrors(page);
    // A long briefing: the table stays in its brief while the test reads it.
    await page.route("**/api/quick", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}");
      await route.continue({ postData: JSON.stringify({ ...body, timings: { briefingSeconds: 600 } }) });
    });
    await page.goto(server.url);
    const picker = page.getByLabel("Scenario", { exact: true });
    // The default scenario comes first and is chosen; both are named by their titles (the list
    // arrives from the server after the page).
    await expect
      .poll(() => picker.locator("option").allTextContents())
      .toEqual([expect.stringMatching(/./), "After the Paris Declaration — January 2026"]);
    expect(await picker.inputValue()).toBe("guarantees-2025");
    await picker.selectOption({ label: "After the Paris Declaration — January 2026" });
    await page.locator('.seat-option[data-seat="kyiv"]').click();
    // Kyiv's public position is the chosen scenario's.
    await expect.poll(() => page.locator(".seat-position").textContent()).toContain("European money");
    await page.screenshot({ path: screenshotPath("landing-quick-scenario"), fullPage: false });
    await page.getByLabel("Your name").first().fill("Olena");
    const sent = page.waitForRequest("**/api/quick");
    await page.getByRole("button", { name: "Start a quick game" }).click();
    expect(JSON.parse((await sent).postData() ?? "{}").scenario).toBe("paris-declaration-2026");
    await page.waitForURL(/\/play\/tbl_/);
    // The table is of that scenario: Kyiv's brief is the Paris one.
    await expect
      .poll(() => page.locator(".brief-panel").textContent(), { timeout: 30_000 })
      .toContain("The Paris Declaration gives you");
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it("serves deep links as the app and unknown API paths as 404", async () => {
    const deep = await fetch(`${server.url}/join/ABCD`);
    expect(deep.status).toBe(200);
    expect(await deep.text()).toContain('<div id="app">');
    const api = await fetch(`${server.url}/api/does-not-exist`);
    expect(api.status).toBe(404);
  });
});
