// A quick game from the landing page to the debrief in Chromium against the real server and its
// bots: pick Kyiv, start, sign what comes to a vote, watch the stress test, read the debrief. The
// game's clock is shortened through the quick-game API's own `timings` (one 30-second round, one
// stress-test year): the page's request is amended on its way out, the flow is the page's.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicA11yProblems } from "./a11y.ts";
import { chromiumMissingReason, launchChromium, screenshotPath } from "./chromium.ts";
import { buildClient } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();
const SHORT = {
  briefingSeconds: 0,
  rounds: 1,
  roundSeconds: 30,
  voteSeconds: 20,
  years: 1,
  moscowSeconds: 10,
  responseSeconds: 10,
};

describe.skipIf(skip !== null)("a quick game in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    const outDir = await buildClient();
    // Bots think for a second or two, as people would, but not for the default six.
    server = await startServer({ CLIENT_DIST: outDir, BOT_THINK_MS: "500,1500" });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("goes from the landing page to the debrief: a seat, the talks, a vote, the stress test, the scores", async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.route("**/api/quick", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}");
      await route.continue({ postData: JSON.stringify({ ...body, timings: SHORT }) });
    });

    await page.goto(server.url);
    await page.locator('.seat-option[data-seat="kyiv"]').click();
    await page.getByLabel("Your name").first().fill("Olena");
    await page.getByRole("button", { name: "Start a quick game" }).click();
    await page.waitForURL(/\/play\/tbl_/);
    await page.locator(".draft-panel").waitFor({ timeout: 20_000 });

    // Kyiv answers every vote that comes (signing when it can, declining across a red line) and
    // otherwise lets the clock and the bots run the game.
    const phases = new Set<string>();
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline) {
      phases.add((await page.locator(".play").getAttribute("data-phase")) ?? "");
      if (await page.locator(".debrief-panel .my-score").isVisible()) break;
      const dialog = page.locator(".signing-dialog");
      const sign = dialog.getByRole("button", { name: "Sign the framework" });
      if ((await sign.isVisible()) && (await sign.isEnabled())) await sign.click().catch(() => undefined);
      else {
        const decline = dialog.getByRole("button", { name: "Decline", exact: true });
        if ((await decline.isVisible()) && (await decline.isEnabled())) await decline.click().catch(() => undefined);
      }
      await page.waitForTimeout(500);
    }
    await page.locator(".debrief-panel .my-score").waitFor({ timeout: 5_000 });
    expect([...phases]).toEqual(expect.arrayContaining(["negotiation", "stress"]));

    // The debrief: the outcome line, Kyiv's score against its no-deal value, drawn on the stage too.
    const debrief = (await page.locator(".debrief-panel").textContent()) ?? "";
    expect(debrief).toMatch(/Deterrence (held|eroded|failed)|escalat/i);
    await page
      .locator('.table-stage[data-scene="DebriefScene"][data-ready="true"]')
      .waitFor({ state: "attached", timeout: 20_000 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(500);
    await page.screenshot({ path: screenshotPath("quick-game-debrief-desktop") });
    expect(await basicA11yProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
