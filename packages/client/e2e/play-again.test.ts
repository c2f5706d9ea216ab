// The debrief's way on (#21, item 3) in Chromium against the real server: a student's debrief
// offers "New quick game" (the same seat, at a new table), "Back to the start" and "Leave the
// table"; in the new game the play bar's "Leave" asks first, then hands the seat to a bot and
// brings the person back to the start page, the seat forgotten. Photographed at desktop and phone size.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { basicA11yProblems } from "./a11y.ts";
import { chromiumMissingReason, openPage, screenshotPath } from "./chromium.ts";
import { api } from "./client-build.ts";
import { quickGameBed } from "./quick-game-page.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

/** The seat this browser holds at a table, as the page keeps it. */
const storedSeat = (page: Page, tableId: string) =>
  page.evaluate((id) => window.localStorage.getItem(`ironclad:seat:${id}`), tableId);

describe.skipIf(skip !== null)("playing again from the debrief", () => {
  const bed = quickGameBed();

  it("offers a new quick game in the same seat, the start page and leaving; leaving hands the seat to a bot", async () => {
    const session = (
      await api(bed.url, "POST", "/api/sessions", {
        seats: ["washington", "paris", "kyiv"],
        timings: { briefingSeconds: 600 },
      })
    ).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const table = session.tables[0];
    const kyiv = (await api(bed.url, "POST", "/api/join", { code: table.code, name: "Olena", seat: "kyiv" })).body;
    const { page, errors, close } = await openPage(bed.browser, DESKTOP);
    await page.goto(bed.url);
    await page.evaluate(
      (seat) => {
        window.localStorage.setItem(`ironclad:seat:${seat.tableId}`, JSON.stringify({ ...seat, savedAt: Date.now() }));
      },
      { tableId: kyiv.tableId, seatToken: kyiv.seatToken, seat: "kyiv", name: "Olena" },
    );
    await page.goto(`${bed.url}/play/${kyiv.tableId}`);
    await page.locator(".seat-card.is-me").first().waitFor(POLL);
    expect((await api(bed.url, "POST", `/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);

    // The debrief's way on, under the person's score.
    const again = page.locator(".debrief-panel .play-again");
    await again.waitFor(POLL);
    expect(await again.locator("h3").textContent()).toBe("Play again");
    const home = again.getByRole("link", { name: "Back to the start" });
    expect(await home.getAttribute("href")).toBe("/");
    expect(await again.getByRole("button", { name: "Leave the table" }).isVisible()).toBe(true);
    // No leaving in the bar once the game is over: the debrief's own button says what it does.
    expect(await page.locator(".play-bar .leave-table").count()).toBe(0);
    await again.getByRole("button", { name: "Leave the table" }).click();
    expect(await again.locator(".leave-confirm p").textContent()).toBe(
      "This browser will no longer open this table or its debrief.",
    );
    await again.getByRole("button", { name: "Stay" }).click();
    await again.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("debrief-play-again-desktop") });
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await again.scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("debrief-play-again-phone") });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await page.setViewportSize(DESKTOP);

    // A new quick game: Kyiv again, at a new table, which starts on arrival.
    await again.getByRole("button", { name: "New quick game" }).click();
    await page.waitForURL((url) => url.pathname.startsWith("/play/") && !url.pathname.endsWith(kyiv.tableId), POLL);
    const newTable = decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1) ?? "");
    await page.locator('.seat-card.is-me[data-seat="kyiv"]').first().waitFor(POLL);
    expect(JSON.parse((await storedSeat(page, newTable)) ?? "{}")).toMatchObject({ seat: "kyiv", name: "Olena" });
    const token = JSON.parse((await storedSeat(page, newTable)) ?? "{}").seatToken as string;
    // A first game's tour, where the page offers one, is not what this test is about.
    const notNow = page.getByRole("button", { name: "Not now" });
    if (await notNow.isVisible().catch(() => false)) await notNow.click();

    // Leaving during play: asked first, with what it does, in the play bar.
    await page.locator(".play-bar .leave-table").click();
    const confirm = page.locator(".play-bar .leave-confirm");
    expect(await confirm.locator("p").textContent()).toBe(
      "A bot will play Kyiv from here on, and this browser will no longer open this table.",
    );
    await page.screenshot({ path: screenshotPath("leave-table-confirm-desktop") });
    await page.setViewportSize(PHONE);
    await page.waitForTimeout(300);
    await page.screenshot({ path: screenshotPath("leave-table-confirm-phone") });
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await confirm.getByRole("button", { name: "Leave", exact: true }).click();
    await page.waitForURL((url) => url.pathname === "/", POLL);
    expect(await storedSeat(page, newTable)).toBeNull();
    // The seat token opens nothing there any more: the seat is a bot's.
    const mine = await api(bed.url, "POST", "/api/tables/mine", { seats: [{ tableId: newTable, seatToken: token }] });
    expect(mine.body).toEqual([{ tableId: newTable, found: false }]);
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
