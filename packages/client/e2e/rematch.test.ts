// A rematch from the debrief (#21, item 3) in Chromium against the real server, and #21's test in
// one run with three browser contexts: Olena opens a quick game and copies its join link, Taras
// opens it and takes a bot's seat, Sofia watches by the watch link, the game's shortest clock runs
// it to the debrief, Olena offers a rematch with the seats rotated, Taras sees who offered and how
// it seats them and accepts, and both pages land together at one new table, each in the other's
// seat, with new seat tokens (the old debrief's kept too). Every byte Sofia's page receives, from
// the talks to the rematch, is scanned for anything private, the new seat tokens included. Olena's way to make an offer (the seating chosen
// with the arrow keys) and the offer on Taras's debrief are photographed at desktop and phone size
// (artifacts/screenshots; `npm run screenshots:docs` copies them into docs/screenshots).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { basicA11yProblems, horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, describeStuckPage, pageErrors, screenshotPath } from "./chromium.ts";
import { readScenario } from "./client-build.ts";
import { skipGuide } from "./guide-seen.ts";
import { quickGameBed, startQuickGame, watchByLink } from "./quick-game-page.ts";

const skip = chromiumMissingReason();
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };
// The shortest game a quick game allows: no briefing, one 30-second round, one stress-test year.
const TIMINGS = {
  briefingSeconds: 0,
  rounds: 1,
  roundSeconds: 30,
  voteSeconds: 10,
  years: 1,
  moscowSeconds: 10,
  responseSeconds: 10,
};

/** The seat this browser holds at a table, as the page keeps it. */
const storedSeat = async (page: Page, tableId: string) =>
  JSON.parse((await page.evaluate((id) => window.localStorage.getItem(`ironclad:seat:${id}`), tableId)) ?? "null") as {
    seat: string;
    seatToken: string;
    name: string;
  } | null;

const tableOf = (page: Page) => decodeURIComponent(new URL(page.url()).pathname.split("/").at(-1) ?? "");

/**
 * Waits for the debrief's "Play again", saying ready wherever the game waits for this person: the
 * round ends early once both people are done (the bots follow their pace), and each result goes on.
 */
async function toDebrief(page: Page): Promise<void> {
  const deadline = Date.now() + 200_000;
  const again = page.locator(".debrief-panel .play-again");
  const ready = page.locator(".table-actions").getByRole("button", { name: /^(Continue|Ready to end the round)$/ });
  while (Date.now() < deadline) {
    if (await again.isVisible()) return;
    if (await ready.isVisible().catch(() => false)) await ready.click().catch(() => undefined);
    await page.waitForTimeout(500);
  }
  throw new Error(`no debrief: ${await describeStuckPage(page)}`);
}

/** Photographs the play-again section alone (the sticky bar and tab bar hidden). */
async function shoot(page: Page, name: string, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await page.waitForTimeout(300);
  expect(await horizontalOverflow(page), `${name} scrolls sideways`).toBeLessThanOrEqual(1);
  const section = page.locator(".debrief-panel .play-again");
  await section.scrollIntoViewIfNeeded();
  await section.screenshot({
    path: screenshotPath(name),
    style: ".play-bar, .pane-tabs, .toasts { visibility: hidden !important; }",
  });
}

describe.skipIf(skip !== null)("a rematch in Chromium", () => {
  const bed = quickGameBed();

  it("takes both people from the debrief to one new table, seats rotated, when one offers and the other accepts; a watcher receives nothing private", async () => {
    // Olena: a quick game in Kyiv's seat, on the shortest clock.
    const {
      context: olena,
      page: host,
      errors: hostErrors,
    } = await startQuickGame(bed.browser, bed.url, {
      timings: TIMINGS,
      viewport: DESKTOP,
    });
    const oldTable = tableOf(host);
    const code = ((await host.getByTestId("table-tag").locator(".table-tag-code").textContent()) ?? "").trim();

    // Olena copies the join link and the watch link from the invite.
    await olena.grantPermissions(["clipboard-read", "clipboard-write"], { origin: bed.url });
    const tag = host.getByTestId("table-tag");
    await tag.locator("summary").click();
    await host.getByTestId("invite-copy").click();
    const joinLink = await host.evaluate(() => navigator.clipboard.readText());
    expect(joinLink).toBe(`${bed.url}/join/${code}`);
    await host.getByTestId("watch-copy").click();
    const watchLink = await host.evaluate(() => navigator.clipboard.readText());
    await tag.locator("summary").click();

    // Taras opens the join link and sits in a bot's seat.
    const taras = await bed.browser.newContext({ viewport: DESKTOP });
    await skipGuide(taras);
    const friend = await taras.newPage();
    const friendErrors = pageErrors(friend);
    await friend.goto(joinLink);
    await friend.getByLabel("Your name").fill("Taras");
    await friend.getByRole("button", { name: "Join the table" }).click();
    await friend.waitForURL(/\/play\/tbl_/);
    expect(tableOf(friend)).toBe(oldTable);
    const tarasSeat = (await storedSeat(friend, oldTable))?.seat ?? "";
    expect(tarasSeat).not.toBe("");
    expect(tarasSeat).not.toBe("kyiv");

    // Sofia watches by the table's watch link, from the talks to the rematch.
    const {
      context: sofia,
      page: watcher,
      errors: watcherErrors,
      received,
    } = await watchByLink(bed.browser, watchLink, DESKTOP);

    // Every game has its stress test, deal or none: Sofia sees it as it runs.
    const sawStress = watcher.locator(".stress-panel").waitFor({ timeout: 200_000 });
    await Promise.all([toDebrief(host), toDebrief(friend)]);
    await sawStress;

    // Olena offers a rematch, seats rotated. The seating is two radio choices, each drawn as a radio
    // (they took an input's full width and height, as a text box, #20) and chosen with the arrow keys.
    const mine = host.locator(".debrief-panel .play-again");
    const kept = mine.getByRole("radio", { name: "Everyone keeps their seat" });
    const rotated = mine.getByRole("radio", { name: /Move round one seat/ });
    expect(await kept.isChecked()).toBe(true);
    for (const radio of [kept, rotated]) {
      const box = await radio.boundingBox();
      expect(box && Math.max(box.width, box.height), "a radio's size").toBeLessThanOrEqual(24);
    }
    await kept.focus();
    await host.keyboard.press("ArrowDown");
    expect(await rotated.isChecked()).toBe(true);
    expect(await rotated.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await basicA11yProblems(host)).toEqual([]);
    await shoot(host, "debrief-rematch-make-desktop", DESKTOP);
    await shoot(host, "debrief-rematch-make-phone", PHONE);
    await host.setViewportSize(DESKTOP);
    await mine.getByRole("button", { name: "Offer a rematch" }).click();
    await mine.locator(".rematch-offer").waitFor();
    expect(await mine.getByRole("button", { name: "Withdraw the offer" }).isVisible()).toBe(true);

    // Taras sees who offered, how it seats them and each answer, with Accept and Decline.
    const theirs = friend.locator(".debrief-panel .play-again");
    const offer = theirs.locator(".rematch-offer");
    await offer.waitFor();
    expect(await offer.locator(".rematch-offer-title").textContent()).toBe(
      "Olena offers a rematch. Seats move round one place.",
    );
    expect(await offer.locator('.rematch-person[data-seat="kyiv"]').getAttribute("data-answer")).toBe("accepted");
    expect(await offer.locator(`.rematch-person[data-seat="${tarasSeat}"]`).getAttribute("data-answer")).toBe(
      "waiting",
    );
    expect(await offer.locator(`.rematch-person[data-seat="${tarasSeat}"] .rematch-to`).textContent()).toBe(
      " → plays Kyiv",
    );
    expect(await offer.locator(".rematch-deadline").textContent()).toMatch(
      /^It starts when everyone here has answered, or in \d+ s with those who accepted\.$/,
    );
    expect(await basicA11yProblems(friend)).toEqual([]);
    await shoot(friend, "debrief-rematch-offer-desktop", DESKTOP);
    await shoot(friend, "debrief-rematch-offer-phone", PHONE);
    await friend.setViewportSize(DESKTOP);

    // Taras accepts: both pages go to one new table, each in the other's seat.
    await offer.getByRole("button", { name: "Accept" }).click();
    const moved = (url: URL) => url.pathname.startsWith("/play/") && !url.pathname.endsWith(oldTable);
    await Promise.all([host.waitForURL(moved, { timeout: 30_000 }), friend.waitForURL(moved, { timeout: 30_000 })]);
    const newTable = tableOf(host);
    expect(tableOf(friend)).toBe(newTable);
    await host.locator(`.seat-card.is-me[data-seat="${tarasSeat}"]`).first().waitFor({ timeout: 30_000 });
    await friend.locator('.seat-card.is-me[data-seat="kyiv"]').first().waitFor({ timeout: 30_000 });
    // New seat tokens, kept by each browser; the old table's too (its debrief is still theirs).
    const hostNew = await storedSeat(host, newTable);
    const friendNew = await storedSeat(friend, newTable);
    expect(hostNew).toMatchObject({ seat: tarasSeat, name: "Olena" });
    expect(friendNew).toMatchObject({ seat: "kyiv", name: "Taras" });
    expect(hostNew?.seatToken).not.toBe(friendNew?.seatToken);
    expect((await storedSeat(host, oldTable))?.seat).toBe("kyiv");
    expect((await storedSeat(friend, oldTable))?.seat).toBe(tarasSeat);

    // Sofia saw the game through to the debrief and the offer, and nothing private: no seat's brief,
    // no join code, no seat token old or new (each went only to its own page).
    await watcher.locator(".debrief-panel").waitFor({ timeout: 30_000 });
    const raw = received();
    expect(raw.length).toBeGreaterThan(2_000);
    for (const seat of readScenario().seats)
      if (seat.brief) expect(raw, `${seat.id}'s brief`).not.toContain(seat.brief.objectives.en.slice(0, 50));
    expect(raw).not.toContain(code);
    for (const token of [hostNew?.seatToken, friendNew?.seatToken, (await storedSeat(host, oldTable))?.seatToken])
      expect(raw).not.toContain(token ?? "-no-token-");
    expect(watcherErrors).toEqual([]);

    expect(hostErrors).toEqual([]);
    expect(friendErrors).toEqual([]);
    await olena.close();
    await taras.close();
    await sofia.close();
  }, 300_000);

  it("tells the person left behind that an offer expired once everyone who had accepted it left the table", async () => {
    const {
      context: olena,
      page: host,
      errors: hostErrors,
    } = await startQuickGame(bed.browser, bed.url, { timings: TIMINGS, viewport: DESKTOP });
    const code = ((await host.getByTestId("table-tag").locator(".table-tag-code").textContent()) ?? "").trim();
    const taras = await bed.browser.newContext({ viewport: DESKTOP });
    await skipGuide(taras);
    const friend = await taras.newPage();
    const friendErrors = pageErrors(friend);
    await friend.goto(`${bed.url}/join/${code}`);
    await friend.getByLabel("Your name").fill("Taras");
    await friend.getByRole("button", { name: "Join the table" }).click();
    await friend.waitForURL(/\/play\/tbl_/);
    const table = tableOf(friend);
    expect(tableOf(host)).toBe(table);
    await Promise.all([toDebrief(host), toDebrief(friend)]);

    // Olena offers (her offer is her yes), then leaves the table before Taras answers.
    const mine = host.locator(".debrief-panel .play-again");
    await mine.getByRole("button", { name: "Offer a rematch" }).click();
    await friend.locator(".debrief-panel .rematch-offer").waitFor();
    await mine.getByRole("button", { name: "Leave the table" }).click();
    await mine.locator(".leave-confirm").getByRole("button", { name: "Leave", exact: true }).click();
    await host.waitForURL((url) => url.pathname === "/");

    // Taras is told why, in place of the offer, and is not moved.
    const outcome = friend.locator(".debrief-panel .rematch-outcome");
    await expect
      .poll(() => outcome.textContent(), { timeout: 30_000 })
      .toBe("The rematch offer expired: everyone who had accepted it has left the table.");
    expect(await friend.locator(".debrief-panel .rematch-offer").count()).toBe(0);
    expect(tableOf(friend)).toBe(table);
    expect(hostErrors).toEqual([]);
    expect(friendErrors).toEqual([]);
    await olena.close();
    await taras.close();
  }, 300_000);
});
