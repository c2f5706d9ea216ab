// The debrief's way on (#21, item 3) in Chromium against the real server: a student's debrief
// offers "New quick game" (the same seat, at a new table), "Back to the start" and "Leave the
// table"; in the new game the play bar's "Leave" asks first, then hands the seat to a bot and
// brings the person back to the start page, the seat forgotten. Photographed at desktop and phone size.
// On the way (#21, items 4 and 7): the finished table's row under "My tables" leads back to its
// debrief; after this first game the bell offers the browser's notifications, and in the next game
// a phase change while the tab is hidden notifies (and chimes, the sound now on).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { basicA11yProblems } from "./a11y.ts";
import { chromiumMissingReason, openPage, screenshotPath } from "./chromium.ts";
import { api } from "./client-build.ts";
import { skipGuide } from "./guide-seen.ts";
import { quickGameBed } from "./quick-game-page.ts";
import { recordNotificationsAndChimes } from "./recorded-alerts.ts";

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
    await page.addInitScript(recordNotificationsAndChimes);
    // A first game's tour is not what this test is about (guided-first-game.test.ts is).
    await skipGuide(page.context());
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

    // The first game is over: the bell, which said notifications come after a first game, offers them.
    await page.locator(".alerts-menu summary").click();
    await page.getByRole("button", { name: "Notify me when this tab is hidden" }).click();
    await page.locator(".alerts-note", { hasText: "The browser notifies you when this tab is hidden." }).waitFor();
    // Nothing chimed so far (the sound is off until turned on); turning it on plays it once.
    expect(await page.evaluate(() => window.e2eChimes)).toBe(0);
    await page.getByTestId("alerts-sound").check();
    expect(await page.evaluate(() => window.e2eChimes)).toBe(1);
    await page.locator(".alerts-menu summary").click();

    // "My tables" on the start page: the table is over, its debrief open for a week, one click away.
    const [ended] = (
      await api(bed.url, "POST", "/api/tables/mine", { seats: [{ tableId: kyiv.tableId, seatToken: kyiv.seatToken }] })
    ).body;
    expect(ended.debriefUntil - ended.endedAt).toBe(7 * 86_400_000);
    await page.goto(bed.url);
    const over = page.getByTestId("my-tables").locator(`li[data-table="${table.code}"]`);
    await over.waitFor(POLL);
    expect(await over.locator(".mine-phase").textContent()).toMatch(
      new RegExp(`^Over · debrief open until .*\\b${new Date(ended.debriefUntil).getDate()}\\b`),
    );
    await over.getByRole("link", { name: `Open the debrief ${table.code}` }).click();
    await page.waitForURL(`${bed.url}/play/${kyiv.tableId}`);
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

    // The tab is hidden, and the talks open (the bots are ready): the browser notifies, and it chimes.
    await page.evaluate(() => {
      Object.defineProperty(document, "visibilityState", { value: "hidden", configurable: true });
      document.dispatchEvent(new Event("visibilitychange"));
    });
    await page.getByRole("button", { name: "I have read my brief" }).click();
    await expect.poll(() => page.evaluate(() => window.e2eNotifications), POLL).toContain("Now: Negotiation");
    expect(await page.evaluate(() => window.e2eChimes)).toBeGreaterThanOrEqual(1);

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
