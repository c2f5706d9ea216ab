// The table clock in Chromium against the real server: what the page shows is the time the server
// will enforce, the same before and after a reload (#18, item 3). The state's `now` is the time of
// the table's last action, so a page that set its clock from it showed, after a reload, the time
// left at that action: 6:55 live became 7:18 after a reload at a quiet table.
import { Client, type Room } from "@colyseus/sdk";
import { PROTOCOL_VERSION } from "@ironclad/engine/protocol";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumMissingReason, screenshotPath } from "./chromium.ts";
import { api } from "./client-build.ts";
import { quickGameBed } from "./quick-game-page.ts";

const skip = chromiumMissingReason();

/** Seconds a `m:ss` clock text stands for. */
function seconds(text: string): number {
  const m = /^(\d+):(\d\d)$/.exec(text.trim());
  if (!m) throw new Error(`not a clock: "${text}"`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** What the page's phase clock reads, in seconds (waits for it to show). */
async function shownSeconds(page: Page): Promise<number> {
  const timer = page.locator(".play-bar .phase-clock [role=timer]");
  await timer.waitFor({ timeout: 45_000 });
  return seconds((await timer.textContent()) ?? "");
}

/**
 * Checks the page shows the time left until `deadline` (server ms; the server runs on this machine).
 * Reading the page can take seconds on a busy machine, so the time left is taken on both sides of
 * it; and while the page's main thread is busy (software WebGL drawing the stage), the text can be a
 * second or two stale, so a read out of bounds is tried again for a few seconds. A clock that is
 * wrong (the offset of a quiet table's last action, 23 s off) stays out of bounds and fails.
 */
async function expectShowsTimeLeft(page: Page, deadline: number, when: string): Promise<void> {
  const until = Date.now() + 8_000;
  for (;;) {
    const before = (deadline - Date.now()) / 1000;
    const shown = await shownSeconds(page);
    const after = (deadline - Date.now()) / 1000;
    const low = Math.floor(after) - 1;
    const high = Math.ceil(before) + 1;
    if ((shown >= low && shown <= high) || Date.now() > until) {
      const says = `${when}: shown ${shown} s, ${after.toFixed(1)}–${before.toFixed(1)} s left`;
      expect(shown, says).toBeGreaterThanOrEqual(low);
      expect(shown, says).toBeLessThanOrEqual(high);
      return;
    }
    await page.waitForTimeout(400);
  }
}

describe.skipIf(skip)("the table clock", () => {
  // Bots that never move: nothing happens at the table unless the test does it.
  const bed = quickGameBed("600000,600000");

  it("shows the server's time left, the same after a reload at a quiet table", async () => {
    const base = bed.url;
    const browser = bed.browser;
    const session = await api(base, "POST", "/api/sessions", {
      tables: 1,
      timings: { briefingSeconds: 0, roundSeconds: 600 },
    });
    expect(session.status).toBe(201);
    const { code, tableId } = session.body.tables[0];
    const fac: Room = await new Client(base).joinById(tableId, {
      facilitatorKey: session.body.facilitatorKey,
      protocol: PROTOCOL_VERSION,
    });
    fac.onMessage("*", () => undefined);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await page.goto(`${base}/join/${code}`);
      await page.getByLabel("Your name").fill("Olena");
      await page.getByLabel("Seat").selectOption("kyiv");
      await page.getByRole("button", { name: "Join the table" }).click();
      await page.waitForURL(/\/play\//);
      fac.send("action", { type: "table/start" });
      await expect.poll(() => fac.state.phase, { timeout: 15_000 }).toBe("negotiation");
      const deadline: number = fac.state.deadline;
      await expect.poll(() => shownSeconds(page)).toBeLessThan(600);
      await expectShowsTimeLeft(page, deadline, "live");

      // Nothing happens at the table for a while, then the person reloads.
      await page.waitForTimeout(8_000);
      await expectShowsTimeLeft(page, deadline, "live, 8 s later");
      await page.reload();
      await expectShowsTimeLeft(page, deadline, "after a reload");
      await page.locator(".table-stage canvas").waitFor({ timeout: 45_000 });
      await page.waitForTimeout(1_500);
      await page.screenshot({
        path: screenshotPath("table-clock-after-reload"),
        clip: { x: 0, y: 0, width: 1280, height: 400 },
      });

      // Paused, the clock stands still at the time the round keeps: nothing counts down, before or after a reload.
      fac.send("action", { type: "facilitator/pause" });
      await expect.poll(() => fac.state.paused).toBe(true);
      const kept = Math.ceil(fac.state.remainingMs / 1000);
      const keptText = `${Math.floor(kept / 60)}:${String(kept % 60).padStart(2, "0")}`;
      expect(kept).toBeGreaterThan(500);
      const paused = page.locator(".play-bar .phase-clock .clock-paused");
      await expect.poll(() => paused.textContent()).toBe(`Paused · ${keptText}`);
      await page.waitForTimeout(2_500);
      expect(await paused.textContent()).toBe(`Paused · ${keptText}`);
      await page.reload();
      await paused.waitFor({ timeout: 45_000 });
      expect(await paused.textContent()).toBe(`Paused · ${keptText}`);
      expect(await page.locator(".play-bar .phase-clock [role=timer]").count()).toBe(0);
      await page.locator(".table-stage canvas").waitFor({ timeout: 45_000 });
      await page.waitForTimeout(1_500);
      await page.screenshot({
        path: screenshotPath("table-clock-paused"),
        clip: { x: 0, y: 0, width: 1280, height: 400 },
      });
      // Resumed, it counts down from there.
      fac.send("action", { type: "facilitator/resume" });
      await expect.poll(() => fac.state.paused).toBe(false);
      await expectShowsTimeLeft(page, fac.state.deadline, "resumed");
    } finally {
      await context.close();
      await fac.leave().catch(() => undefined);
    }
  });
});
