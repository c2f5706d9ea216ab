import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicA11yProblems, horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, launchChromium, pageErrors, screenshotPath } from "./chromium.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();

/** Opens /map, collecting console errors, and waits until the base map is drawn. */
async function openMap(
  browser: Browser,
  url: string,
  viewport: { width: number; height: number },
  scale = 1,
  reducedMotion: "reduce" | "no-preference" = "no-preference",
) {
  const page = await browser.newPage({ viewport, deviceScaleFactor: scale, reducedMotion });
  const errors = pageErrors(page);
  await page.goto(`${url}/map`);
  await page.locator('.map-canvas[data-ready="true"] canvas').waitFor({ timeout: 30_000 });
  await expect.poll(() => page.locator(".map-canvas").getAttribute("data-posture"), POLL).toBe("none");
  return { page, errors };
}

/** Per-test time limit: SwiftShader renders slowly on a busy two-core machine. */
const SLOW = 180_000;

/** How long to wait for the page to catch up on a busy machine. */
const POLL = { timeout: 20_000 };

/** Lets entrance motion finish before a screenshot. */
const settle = (page: Page) => page.waitForTimeout(900);

describe.skipIf(skip !== null)("map page in Chromium", () => {
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

  it(
    "draws the map, switches force posture and marks events, without console errors",
    async () => {
      const { page, errors } = await openMap(browser, server.url, { width: 1280, height: 800 });
      const canvas = await page.locator(".map-canvas canvas").boundingBox();
      expect(canvas?.width).toBeGreaterThan(1000);
      await settle(page);
      await page.screenshot({ path: screenshotPath("map-desktop-none") });

      for (const option of ["trainers", "mfu", "tripwire"]) {
        await page.locator(`button[data-option="${option}"]`).click();
        await expect.poll(() => page.locator(".map-canvas").getAttribute("data-posture"), POLL).toBe(option);
        expect(await page.locator(`button[data-option="${option}"]`).getAttribute("aria-pressed")).toBe("true");
        await settle(page);
        await page.screenshot({ path: screenshotPath(`map-desktop-${option}`) });
      }
      await expect.poll(() => page.getByRole("status").textContent(), POLL).toContain("Forward tripwire");

      await page.locator('button[data-option="mfu"]').click();
      for (const event of ["nuclear-plant", "drone-incursion", "cable-sabotage", "energy-shock"]) {
        await page.selectOption("#map-event", event);
        await page.getByRole("button", { name: "Mark" }).click();
      }
      await expect
        .poll(() => page.locator(".map-canvas").getAttribute("data-events"))
        .toBe("nuclear-plant drone-incursion cable-sabotage energy-shock");
      await settle(page);
      await page.screenshot({ path: screenshotPath("map-desktop-events") });
      expect(await page.locator("#map-description").textContent()).toContain(
        "Shelling near a nuclear plant (Zaporizhzhia",
      );
      expect(await basicA11yProblems(page)).toEqual([]);

      // A narrower window re-lays the map out at the new size.
      await page.setViewportSize({ width: 900, height: 700 });
      await expect.poll(async () => (await page.locator(".map-canvas canvas").boundingBox())?.width, POLL).toBe(900);
      await settle(page);
      await page.screenshot({ path: screenshotPath("map-desktop-resized") });
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    "shows events without motion when the system asks for reduced motion",
    async () => {
      const { page, errors } = await openMap(browser, server.url, { width: 1280, height: 800 }, 1, "reduce");
      await page.locator('button[data-option="tripwire"]').click();
      await page.selectOption("#map-event", "ceasefire-violation");
      await page.getByRole("button", { name: "Mark" }).click();
      await expect
        .poll(() => page.locator(".map-canvas").getAttribute("data-events"), POLL)
        .toBe("ceasefire-violation");
      await page.waitForTimeout(300);
      const first = await page.locator(".map-canvas canvas").screenshot();
      await page.waitForTimeout(700);
      const second = await page.locator(".map-canvas canvas").screenshot();
      // Nothing pulses: two frames apart in time are identical.
      expect(Buffer.compare(first, second)).toBe(0);
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    "fits a phone screen and keeps the Phaser chunk off the landing page",
    async () => {
      const { page, errors } = await openMap(browser, server.url, { width: 390, height: 844 }, 2);
      expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
      await page.locator('button[data-option="mfu"]').click();
      await page.selectOption("#map-event", "nuclear-plant");
      await page.getByRole("button", { name: "Mark" }).click();
      await settle(page);
      await page.screenshot({ path: screenshotPath("map-phone"), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();

      const landing = await browser.newPage();
      const scripts: string[] = [];
      landing.on("request", (r) => r.resourceType() === "script" && scripts.push(r.url()));
      await landing.goto(server.url);
      await landing.getByRole("heading", { level: 1 }).waitFor();
      expect(scripts.some((s) => /boot|phaser/i.test(s))).toBe(false);
      await landing.close();
    },
    SLOW,
  );

  it(
    "stays readable in a low, panel-sized canvas",
    async () => {
      const { page, errors } = await openMap(browser, server.url, { width: 760, height: 600 });
      await page.locator('button[data-option="trainers"]').click();
      for (const event of ["ceasefire-violation", "energy-shock", "cable-sabotage"]) {
        await page.selectOption("#map-event", event);
        await page.getByRole("button", { name: "Mark" }).click();
      }
      await settle(page);
      await page.screenshot({ path: screenshotPath("map-panel-size") });
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );

  it(
    "fills a projector at 1920×1080",
    async () => {
      const { page, errors } = await openMap(browser, server.url, { width: 1920, height: 1080 });
      await page.locator('button[data-option="tripwire"]').click();
      await page.selectOption("#map-event", "ceasefire-violation");
      await page.getByRole("button", { name: "Mark" }).click();
      await settle(page);
      await page.screenshot({ path: screenshotPath("map-projector") });
      expect(errors).toEqual([]);
      await page.close();
    },
    SLOW,
  );
});
