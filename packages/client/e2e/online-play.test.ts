// Playing online (#21, items 1, 4, 5 and 7) in Chromium with two people: Olena opens a listed quick
// game and copies its link from the invite (code, link, QR code); Taras opens the link, finds the
// table in the landing page's open tables, is told why a join fails, joins with one click and finds
// the table again under "My tables"; when the vote opens, Olena's tab title and favicon say so.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { basicA11yProblems, horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, pageErrors, screenshotPath } from "./chromium.ts";
import { skipGuide } from "./guide-seen.ts";
import { atTable, quickGameBed } from "./quick-game-page.ts";
import { recordNotificationsAndChimes } from "./recorded-alerts.ts";

const skip = chromiumMissingReason();
const DESKTOP = { width: 1280, height: 860 };
const PHONE = { width: 390, height: 844 };
// One round, long enough for Taras to join before he calls the vote; the page's request is amended on its way out.
const TIMINGS = { briefingSeconds: 0, rounds: 1, roundSeconds: 180, voteSeconds: 60 };

async function shootAt(page: Page, name: string, size: { width: number; height: number }, selector?: string) {
  await page.setViewportSize(size);
  await page.waitForTimeout(250);
  expect(await horizontalOverflow(page), `${name} scrolls sideways`).toBeLessThanOrEqual(1);
  if (selector) await page.locator(selector).screenshot({ path: screenshotPath(name) });
  else await page.screenshot({ path: screenshotPath(name) });
}

describe.skipIf(skip !== null)("playing online in Chromium", () => {
  const bed = quickGameBed();

  it("invites a friend by link and by the open tables, lists the table as theirs, and alerts the tab when the vote opens", async () => {
    // Olena: a quick game in Kyiv's seat, listed for anyone.
    const olena = await bed.browser.newContext({
      viewport: DESKTOP,
      permissions: ["clipboard-read", "clipboard-write"],
    });
    await skipGuide(olena);
    // A browser that would let the page ask for notifications (headless Chromium has them denied).
    await olena.addInitScript(recordNotificationsAndChimes);
    const host = await olena.newPage();
    const hostErrors = pageErrors(host);
    await host.route("**/api/quick", async (route) => {
      const body = JSON.parse(route.request().postData() ?? "{}");
      expect(body.listed).toBe(true);
      await route.continue({ postData: JSON.stringify({ ...body, timings: TIMINGS }) });
    });
    await host.goto(bed.url);
    await host.locator('.seat-option[data-seat="kyiv"]').click();
    await host.getByLabel("Your name").first().fill("Olena");
    await host.getByLabel(/List this table in Open tables/).check();
    await host.getByRole("button", { name: "Start a quick game" }).click();
    await host.waitForURL(/\/play\/tbl_/);
    await host.locator(".draft-panel").waitFor({ timeout: 45_000 });
    // From now on, watch Olena's tab for the vote (the bots may call it early, while Taras joins).
    const voteAlert = host.waitForFunction(
      () => {
        const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
        return /^\(\d\) Vote open: sign or decline · /.test(document.title) && icon?.dataset.alert === "on"
          ? { title: document.title, icon: icon.href.slice(0, 40) }
          : null;
      },
      null,
      { timeout: 150_000, polling: 200 },
    );

    // The invite: the code in the bar, opening to the link, a copy button and a QR code.
    const tag = host.getByTestId("table-tag");
    const code = ((await tag.locator(".table-tag-code").textContent()) ?? "").trim();
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTWXYZ]{6}$/);
    await tag.locator("summary").click();
    const panel = host.getByTestId("invite-panel");
    await panel.locator("img.table-tag-qr").waitFor();
    await host.getByTestId("invite-copy").click();
    await panel.getByRole("button", { name: "Copied" }).waitFor();
    const link = await host.evaluate(() => navigator.clipboard.readText());
    expect(link).toBe(`${bed.url}/join/${code}`);
    // The bots' fresh amendments fade in (axe may catch them half-way): only the bar is this test's.
    expect((await basicA11yProblems(host)).filter((p) => /play-bar|table-tag|alerts/.test(p))).toEqual([]);
    await shootAt(host, "online-invite-desktop", DESKTOP, ".play-bar");
    await host.screenshot({ path: screenshotPath("online-invite-desktop-page") });
    await shootAt(host, "online-invite-phone", PHONE);
    await host.setViewportSize(DESKTOP);
    await tag.locator("summary").click();

    // Taras: the link opens the join form on the code.
    const taras = await bed.browser.newContext({ viewport: DESKTOP });
    const friend = await taras.newPage();
    const friendErrors = pageErrors(friend);
    await friend.goto(link);
    expect(await friend.getByLabel("Table code").inputValue()).toBe(code);

    // The landing page lists the table among the open tables, Kyiv's seat not free.
    await friend.goto(bed.url);
    const row = friend.locator(".open-list li").filter({ hasText: code });
    await row.waitFor();
    await friend.getByLabel("Your name, to join with one click").fill("Taras");
    // A table that filled, ended or was unlisted meanwhile says so, and how to go on (the server's
    // answers, as packages/server/test/online-play.test.ts has them); the list is asked again.
    const refusals = [
      { status: 410, code: "table/ended", says: "This table has ended; it cannot be joined." },
      {
        status: 403,
        code: "table/not_listed",
        says: "This table is not listed any more: ask its players for the code.",
      },
      { status: 409, code: "table/full", says: "Every seat at this table is taken." },
    ];
    for (const refusal of refusals) {
      await friend.route(
        "**/api/join",
        (route) =>
          route.fulfill({
            status: refusal.status,
            contentType: "application/json",
            body: JSON.stringify({ code: refusal.code, message: refusal.code }),
          }),
        { times: 1 },
      );
      await row.getByRole("button", { name: `Join ${code}` }).click();
      // The reason, then the way on, each said once.
      await expect
        .poll(() => friend.getByTestId("open-refusal").textContent())
        .toBe(`${refusal.says} Pick another table below, or start a quick game.`);
    }
    await shootAt(friend, "online-open-tables-refusal-desktop", DESKTOP, ".entry-main");

    // One click, and Taras sits in a bot's seat.
    await row.getByRole("button", { name: `Join ${code}` }).click();
    await friend.waitForURL(/\/play\/tbl_/);
    await atTable(friend);
    const tableUrl = friend.url();
    const tarasSeat = await friend.locator(".me-name").textContent();
    expect(tarasSeat).toBe("Taras");
    // The game is on: the bot hands the seat over with what it leaves open, worded on the page.
    const handover = friend.getByTestId("catch-up");
    await handover.waitFor({ timeout: 20_000 });
    expect(await handover.getByRole("heading").textContent()).toBe("You take this seat over from its bot");
    expect(await handover.locator("li").last().textContent()).toMatch(/^Now: Negotiation, round \d\.$/);
    await shootAt(friend, "online-bot-handover-desktop", DESKTOP, ".catch-up");
    await shootAt(friend, "online-bot-handover-phone", PHONE, ".catch-up");
    await friend.setViewportSize(DESKTOP);
    // A card over the page, not a band in it: it arrives after the table is drawn, and it must not
    // move the table when it comes or goes (#19: a layout shift of up to 0.35 on a returning seat).
    const seatsTop = () => friend.locator(".seats-row").evaluate((e) => Math.round(e.getBoundingClientRect().top));
    const withCard = await seatsTop();
    await handover.getByRole("button", { name: "Dismiss" }).click();
    await handover.waitFor({ state: "detached" });
    expect(await seatsTop()).toBe(withCard);

    // Back at the landing page: "My tables" has the table, its phase from the server, and the way back.
    await friend.goto(bed.url);
    const mine = friend.getByTestId("my-tables");
    const mineRow = mine.locator(`li[data-table="${code}"]`);
    await mineRow.waitFor();
    expect(await mineRow.locator(".mine-phase").textContent()).toMatch(
      /^(Briefing|Negotiation · round 1|Signing vote|Ratification|Stress test · year \d|Over.*)$/,
    );
    expect(await basicA11yProblems(friend)).toEqual([]);
    await shootAt(friend, "online-landing-lists-desktop", DESKTOP, ".entry-main");
    await shootAt(friend, "online-landing-lists-phone", PHONE, ".entry-main");
    await friend.setViewportSize(DESKTOP);
    await mineRow.getByRole("link", { name: new RegExp(`Return to your seat ${code}`) }).click();
    await friend.waitForURL(tableUrl);
    await atTable(friend);

    // Taras calls the signing vote (the bots may have called one already).
    const call = friend.getByRole("button", { name: "Call a signing vote" });
    // (A bot calling it first takes the button away mid-click: then the vote is open anyway.)
    if (await call.isEnabled().catch(() => false)) await call.click({ timeout: 10_000 }).catch(() => undefined);

    // The vote opened: Olena's tab title and favicon said it needed her.
    const seen = (await (await voteAlert).jsonValue()) as { title: string; icon: string };
    expect(seen.title).toMatch(/^\(\d\) Vote open: sign or decline · Kyiv · /);
    expect(seen.icon).toMatch(/^data:image\/svg\+xml,/);
    await host.locator(".alerts-menu summary").click();
    // The sound is off until turned on; notifications wait for a first game, though the browser would allow them.
    expect(await host.getByTestId("alerts-sound").isChecked()).toBe(false);
    expect(await host.locator(".alerts-panel .alerts-note").textContent()).toBe(
      "After your first game, you can ask to be notified while this tab is hidden.",
    );
    expect(await host.getByRole("button", { name: "Notify me when this tab is hidden" }).count()).toBe(0);
    // The bar with the bell's settings open below it (the bar alone would cut the panel off).
    const bell = await host.locator(".alerts-panel").boundingBox();
    expect(bell).not.toBeNull();
    await host.screenshot({
      path: screenshotPath("online-alert-bell-desktop"),
      clip: { x: 0, y: 0, width: DESKTOP.width, height: Math.ceil((bell?.y ?? 0) + (bell?.height ?? 0) + 16) },
    });
    // On a phone the panel stays on the screen.
    await host.setViewportSize(PHONE);
    await host.waitForTimeout(250);
    expect(await horizontalOverflow(host)).toBeLessThanOrEqual(1);
    const onPhone = await host.locator(".alerts-panel").boundingBox();
    expect(onPhone?.x ?? -1).toBeGreaterThanOrEqual(0);
    expect((onPhone?.x ?? 0) + (onPhone?.width ?? PHONE.width + 1)).toBeLessThanOrEqual(PHONE.width);
    await host.screenshot({
      path: screenshotPath("online-alert-bell-phone"),
      clip: { x: 0, y: 0, width: PHONE.width, height: Math.ceil((onPhone?.y ?? 0) + (onPhone?.height ?? 0) + 16) },
    });
    await host.setViewportSize(DESKTOP);
    await host.getByTestId("alerts-sound").check();
    await host.reload();
    await host.locator(".alerts-menu summary").click();
    expect(await host.getByTestId("alerts-sound").isChecked()).toBe(true);

    expect(hostErrors.filter((e) => !/favicon|409/.test(e))).toEqual([]);
    expect(friendErrors.filter((e) => !/403|409|410/.test(e))).toEqual([]);
    await olena.close();
    await taras.close();
  }, 240_000);
});
