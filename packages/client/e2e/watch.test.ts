// Watching a table (#21, item 2) in Chromium with three people, each in a browser context of their
// own: Olena opens a quick game and copies its join link and its watch link from the invite; Taras
// joins by the join link and takes a bot's seat; Sofia opens the watch link and watches. Sofia sees
// the table, the table's talk (read-only), the signing vote and "N watching", as Olena does; every byte her page
// receives is scanned for anything private. Then Olena switches watching off and Sofia is told.
import { describe, expect, it } from "vitest";
import { basicA11yProblems, horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, pageErrors, screenshotPath } from "./chromium.ts";
import { readScenario } from "./client-build.ts";
import { skipGuide } from "./guide-seen.ts";
import { atTable, quickGameBed, startQuickGame, watchByLink } from "./quick-game-page.ts";

const skip = chromiumMissingReason();
const DESKTOP = { width: 1440, height: 900 };
const TIMINGS = { briefingSeconds: 0, rounds: 1, roundSeconds: 240, voteSeconds: 60 };

describe.skipIf(skip !== null)("watching a table in Chromium", () => {
  const bed = quickGameBed();

  it("lets a third person watch by the watch link, public information only, with the count for all; the opener switches it off", async () => {
    // Olena opens a quick game in Kyiv's seat and copies both links from the invite.
    const olena = await startQuickGame(bed.browser, bed.url, { timings: TIMINGS, viewport: DESKTOP });
    await olena.context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: bed.url });
    const host = olena.page;
    const tag = host.getByTestId("table-tag");
    const code = ((await tag.locator(".table-tag-code").textContent()) ?? "").trim();
    await tag.locator("summary").click();
    await host.getByTestId("invite-copy").click();
    const joinLink = await host.evaluate(() => navigator.clipboard.readText());
    expect(joinLink).toBe(`${bed.url}/join/${code}`);
    expect(await host.getByTestId("watch-switch").isChecked()).toBe(true);
    await host.getByTestId("watch-copy").click();
    const watchLink = await host.evaluate(() => navigator.clipboard.readText());
    expect(watchLink).toMatch(new RegExp(`^${bed.url}/watch/tbl_[\\w-]+/[\\w-]{22}$`));
    await host.getByTestId("watch-panel").screenshot({ path: screenshotPath("online-watch-invite-desktop") });
    await tag.locator("summary").click();

    // Taras joins by the join link and takes a bot's seat.
    const taras = await bed.browser.newContext({ viewport: DESKTOP });
    await skipGuide(taras);
    const friend = await taras.newPage();
    const friendErrors = pageErrors(friend);
    await friend.goto(joinLink);
    await friend.getByLabel("Your name").fill("Taras");
    await friend.getByRole("button", { name: "Join the table" }).click();
    await friend.waitForURL(/\/play\/tbl_/);
    await atTable(friend);
    expect(await friend.locator(".me-name").textContent()).toBe("Taras");

    // Sofia opens the watch link: the table, as an observer, with no seat and no join code.
    const {
      context: sofia,
      page: watcher,
      errors: watcherErrors,
      received,
    } = await watchByLink(bed.browser, watchLink, DESKTOP);
    expect(await watcher.locator(".me-name").count()).toBe(0);
    // Everyone at the table sees how many watch: Olena, Taras and Sofia herself.
    for (const page of [host, friend, watcher])
      await expect.poll(() => page.getByTestId("watchers").textContent(), { timeout: 30_000 }).toBe("1 watching");
    // No code in her bar; the invite offers her the watch link only.
    expect(await watcher.locator(".table-tag-code").count()).toBe(0);
    // The talk reaches her, read-only: no composer on any channel.
    await host.getByLabel("Message to Whole table").fill("Welcome to whoever is watching.");
    await host.getByLabel("Message to Whole table").press("Enter");
    await watcher.locator(".pane-chat .message-text", { hasText: "Welcome to whoever is watching." }).waitFor();
    expect(await watcher.locator(".pane-chat textarea").count()).toBe(0);
    await watcher.locator(".pane-chat .composer-off").waitFor();
    // The analysis and brief panes hold nothing of a seat's.
    expect(await watcher.locator(".pane-brief").textContent()).not.toMatch(/Your red lines|Your no-deal value/);

    // The vote reaches her as the table sees it: Olena calls one once the draft is settled (unless a
    // bot has), and Sofia sees the package and each ballot, with nothing to sign or decline.
    const call = host.getByRole("button", { name: "Call a signing vote" });
    const vote = watcher.locator(".signing-dialog");
    for (let tries = 0; tries < 180 && (await vote.count()) === 0; tries++) {
      if (await call.isEnabled().catch(() => false)) await call.click().catch(() => undefined);
      await watcher.waitForTimeout(500);
    }
    await vote.locator(".ballots .ballot").first().waitFor();
    expect(await vote.locator(".ballots .ballot").count()).toBe(6);
    expect(await vote.locator(".signing-actions").count()).toBe(0);

    // Nothing private arrived: no seat's brief (Olena's and Taras's included), no join code.
    // (Private talk is scanned over real sockets in packages/server/test/privacy.test.ts.)
    const scenario = readScenario();
    await watcher.waitForTimeout(1_500);
    const raw = received();
    expect(raw.length).toBeGreaterThan(2_000);
    for (const seat of scenario.seats) {
      if (!seat.brief) continue;
      expect(raw, `${seat.id}'s brief`).not.toContain(seat.brief.objectives.en.slice(0, 50));
    }
    expect(raw).not.toContain(code);
    expect(raw).toContain("Welcome to whoever is watching.");

    expect((await basicA11yProblems(watcher)).filter((p) => /play-bar|pane-chat|watchers/.test(p))).toEqual([]);
    expect(await horizontalOverflow(watcher)).toBeLessThanOrEqual(1);
    await watcher.screenshot({ path: screenshotPath("online-watch-desktop") });

    // Olena switches watching off: Sofia is told, and the link no longer opens the table.
    await tag.locator("summary").click();
    await host.getByTestId("watch-switch").uncheck();
    await host.getByTestId("watch-off-note").waitFor();
    await watcher.getByRole("heading", { name: "Watching is switched off" }).waitFor({ timeout: 10_000 });
    await expect.poll(() => host.getByTestId("watchers").count()).toBe(0);
    await watcher.goto(watchLink);
    await watcher.getByRole("heading", { name: "Watching is switched off" }).waitFor();
    await watcher.screenshot({ path: screenshotPath("online-watch-off-desktop") });

    expect(olena.errors.filter((e) => !/favicon/.test(e))).toEqual([]);
    expect(friendErrors).toEqual([]);
    // The refused watch (403 watch/off) is the only error Sofia's page logs.
    expect(watcherErrors.filter((e) => !/403/.test(e))).toEqual([]);
    await olena.context.close();
    await taras.close();
    await sofia.close();
  }, 240_000);
});
