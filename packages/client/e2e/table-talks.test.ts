// The talks beyond the draft, in Chromium against the real server and its bots: in a quick game as
// Kyiv, a person declares a stance and sees it on the positions board, asks for the pen and sees the
// request with its backers, asks a straw poll and answers it, opposes a bot's amendment, and makes a
// linked offer to the table. Each panel is photographed on a desktop and on a phone.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { basicA11yProblems, horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, screenshotPath } from "./chromium.ts";
import { readScenario } from "./client-build.ts";
import { quickGameBed, startQuickGame } from "./quick-game-page.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 20_000 };
const scenario = readScenario();
/** One round long enough that the clock does not end the talks while the test acts (bots pace their moves by it). */
const TIMINGS = { briefingSeconds: 0, rounds: 1, roundSeconds: 600, voteSeconds: 10 };
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };

/** Scrolls `selector` into view and lets motion settle before a screenshot. */
async function shoot(page: Page, selector: string, name: string) {
  const el = page.locator(selector).first();
  await el.scrollIntoViewIfNeeded();
  await page.waitForTimeout(400);
  await el.screenshot({ path: screenshotPath(name) });
}

/** The top of `selector` down to the bottom of `until` (a panel's head without its long body). */
async function shootTop(page: Page, selector: string, until: string, name: string) {
  await page.locator(selector).first().scrollIntoViewIfNeeded();
  await page.evaluate((sel) => {
    document.querySelector(sel)?.scrollIntoView({ block: "start" });
    // Clear of the sticky bar at the top.
    window.scrollBy(0, -((document.querySelector(".play-bar")?.getBoundingClientRect().height ?? 0) + 8));
  }, selector);
  await page.waitForTimeout(400);
  const top = await page.locator(selector).first().boundingBox();
  const end = await page.locator(until).first().boundingBox();
  if (!top || !end) throw new Error(`${selector} is not on screen`);
  const height = Math.min(end.y + end.height + 12 - top.y, page.viewportSize()?.height ?? 900);
  await page.screenshot({ path: screenshotPath(name), clip: { x: top.x, y: top.y, width: top.width, height } });
}

describe.skipIf(skip !== null)("the talks in Chromium: stances, the pen, straw polls, opposition, offers", () => {
  const bed = quickGameBed();

  it("lets Kyiv declare a stance, ask for the pen, poll the table, oppose an amendment and offer a trade", async () => {
    const { context, page, errors } = await startQuickGame(bed.browser, bed.url, {
      timings: TIMINGS,
      viewport: DESKTOP,
    });
    if ((await page.locator(".phase-label").textContent()) === "Briefing")
      await page
        .getByRole("button", { name: "I have read my brief" })
        .click({ timeout: 5_000 })
        .catch(() => undefined);
    await expect.poll(() => page.locator(".phase-label").textContent(), POLL).toBe("Negotiation");

    // The positions board: Kyiv needs one option and cannot accept another; the board shows both.
    const force = scenario.issues.find((i) => i.id === "force");
    const [noForce, , mfu] = force?.options ?? [];
    if (!force || !noForce || !mfu) throw new Error("the scenario's force options changed");
    const board = page.locator(".positions-panel");
    await board.locator(".my-stances summary").click();
    await board.getByLabel(mfu.label.en, { exact: true }).selectOption("needs");
    await board.getByLabel(noForce.label.en, { exact: true }).selectOption("cannot");
    const kyivRow = board.locator('.positions-board tr[data-seat="kyiv"]');
    await expect.poll(() => kyivRow.locator('td[data-issue="force"]').textContent(), POLL).toContain(mfu.label.en);
    expect(await kyivRow.locator(`.stance-needs[data-option="${mfu.id}"]`).textContent()).toContain("Needs");
    await expect.poll(() => kyivRow.locator(`.stance-cannot[data-option="${noForce.id}"]`).count(), POLL).toBe(1);
    await board.locator(".my-stances summary").click();

    // The pen: Paris holds it; Kyiv asks, and the request shows with its backers and the majority needed.
    const pen = page.locator(".draft-panel .pen-control");
    await pen.getByRole("button", { name: "Ask for the pen" }).click();
    // A majority of the negotiating seats moves the pen (bots backing Kyiv could even have moved it).
    const seated = await page.locator(".seats-row .seat-card").count();
    const majority = Math.floor(seated / 2) + 1;
    await expect
      .poll(async () => {
        const head = (await page.locator(".draft-panel .pen-holder").textContent()) ?? "";
        if (head.includes("You hold the pen")) return "moved";
        return (
          (await pen
            .locator('.pen-request[data-seat="kyiv"]')
            .textContent({ timeout: 1_000 })
            .catch(() => "")) ?? ""
        );
      }, POLL)
      .toMatch(new RegExp(`^moved$|You ask for the penbacked by Kyiv.* \\(\\d of ${majority} needed\\)`));
    // The request as it stands (bots may back it within a second or two, and so move the pen).
    if (await pen.locator('.pen-request[data-seat="kyiv"]').isVisible())
      await shootTop(page, ".draft-panel", ".draft-panel .panel-hint", "talks-pen-desktop");

    // A straw poll: Kyiv asks, answers "would not sign" naming an issue, and sees its line in the results.
    const polls = page.locator(".poll-panel");
    await polls.getByRole("button", { name: "Ask a straw poll" }).click();
    const form = polls.locator("form.poll-answer");
    await form.waitFor(POLL);
    await form.getByLabel("Would not sign").check();
    await form.getByLabel(force.name.en, { exact: true }).check();
    await shoot(page, ".poll-panel", "talks-poll-answer-desktop");
    await form.getByRole("button", { name: "Send my answer" }).click();
    const kyivAnswer = polls.locator('.poll-results tr[data-seat="kyiv"]');
    await expect.poll(() => kyivAnswer.locator(".poll-answer-badge").textContent(), POLL).toBe("Would not sign");
    expect(await kyivAnswer.locator(".poll-blocker-list").textContent()).toBe(`because of ${force.name.en}`);
    expect(await polls.locator(".poll-results tr").count()).toBe(seated);
    expect(await polls.textContent()).toMatch(/Poll #1, round 1, asked by Kyiv/);

    // Kyiv proposes an amendment of its own (for the offer below): an option not in the draft, a
    // different one each time (the pen-holder may close the last one before the offer is made).
    let proposals = 0;
    const propose = async () => {
      const target = await page.evaluate((n) => {
        const buttons = [...document.querySelectorAll<HTMLButtonElement>(".issue-row .option-token:not([disabled])")];
        const button = buttons[(n * 5) % Math.max(1, buttons.length)];
        const row = button?.closest<HTMLElement>(".issue-row");
        return button && row ? { issue: row.dataset.issue ?? "", option: button.dataset.option ?? "" } : null;
      }, proposals++);
      if (target)
        await page
          .locator(`[data-issue="${target.issue}"] button[data-option="${target.option}"]`)
          .click({ timeout: 2_000 })
          .catch(() => undefined);
    };
    await propose();

    // Opposition: Kyiv opposes the first bot amendment it can; the amendment then says so. The
    // pen-holder may close an amendment between the look and the click: try the next one.
    const amendments = page.locator(".amendments-panel");
    let opposed = "";
    for (const deadline = Date.now() + 150_000; !opposed && Date.now() < deadline; ) {
      const button = amendments
        .locator(".amendment.status-open")
        .getByRole("button", { name: /^Oppose/ })
        .first();
      if (await button.isVisible().catch(() => false)) {
        const item = button.locator("xpath=ancestor::li[@data-amendment]");
        const id = (await item.getAttribute("data-amendment").catch(() => null)) ?? "";
        await button.click({ timeout: 2_000 }).catch(() => undefined);
        const text = await page
          .locator(`.amendments-panel [data-amendment="${id}"]`)
          .textContent({ timeout: 2_000 })
          .catch(() => "");
        if (text?.includes("Opposed by") && text.includes("Kyiv")) opposed = id;
      }
      if (!opposed) await page.waitForTimeout(500);
    }
    expect(opposed, "Kyiv opposed no amendment").not.toBe("");
    await expect
      .poll(() => page.locator(`.amendments-panel [data-amendment="${opposed}"] .opponents`).textContent(), POLL)
      .toContain("Kyiv");

    // A linked offer to the table: Kyiv supports a bot's open amendment if the table supports Kyiv's.
    const offers = page.locator(".offers-panel");
    let made = false;
    for (const deadline = Date.now() + 90_000; !made && Date.now() < deadline; ) {
      const pair = await page.evaluate(() => {
        const rows = [...document.querySelectorAll<HTMLElement>(".amendments-panel .amendment.status-open")];
        const kyivs = rows.find((r) => r.textContent?.includes("Kyiv:"));
        const other = rows.find((r) => !r.textContent?.includes("Kyiv:"));
        return kyivs && other ? { mine: kyivs.dataset.amendment ?? "", other: other.dataset.amendment ?? "" } : null;
      });
      if (!pair) {
        if (!(await page.locator(".amendments-panel .amendment.status-open", { hasText: "Kyiv:" }).count()))
          await propose();
        await page.waitForTimeout(1_000);
        continue;
      }
      const box = offers.locator(".offer-form-box");
      if (!(await box.getAttribute("open").catch(() => null)))
        await box
          .locator("summary")
          .click({ timeout: 2_000 })
          .catch(() => undefined);
      const give = offers.locator(`.offer-terms-table tr[data-amendment="${pair.other}"] td`).nth(0).locator("select");
      const ask = offers.locator(`.offer-terms-table tr[data-amendment="${pair.mine}"] td`).nth(1).locator("select");
      const ok = await give
        .selectOption("support", { timeout: 2_000 })
        .then(() => ask.selectOption("support", { timeout: 2_000 }))
        .then(() => offers.getByRole("button", { name: "Make the offer" }).click({ timeout: 2_000 }))
        .then(
          () => true,
          () => false,
        );
      if (ok)
        made = await offers
          .locator(".offer.is-mine")
          .first()
          .waitFor({ timeout: 5_000 })
          .then(
            () => true,
            () => false,
          );
    }
    expect(made, "Kyiv made no offer").toBe(true);
    // Kyiv's own offer: the bots may have traded among themselves first, so it need not be #1.
    const offer = offers.locator(".offer.is-mine").first();
    const offerText = (await offer.textContent()) ?? "";
    expect(offerText).toMatch(/#\d+ · Kyiv → the whole table/);
    expect(offerText).toMatch(/Kyiv gives.*support for #\d+/);
    expect(offerText).toMatch(/In return, (whoever accepts|\w+) gives.*support for #\d+/);
    // Still open (Withdraw), or a bot took it up (then each term shows its fate, pending until settled).
    expect(offerText).toMatch(/Withdraw|Accepted|Pending|Kept|Broken|Void/);

    // The rules help names the new parts of the talks.
    await page.locator(".rules-help summary").click();
    expect(await page.locator(".rules-help").textContent()).toContain("majority of the seated delegations");

    // Pictures: each panel on a desktop, then on a phone (no sideways scroll there). The bars stay
    // put for the pictures (sticky ones would cover a panel taller than the screen).
    await page.addStyleTag({ content: ".play-bar, .pane-tabs { position: static !important; }" });
    await shoot(page, ".amendments-panel", "talks-amendments-desktop");
    await shoot(page, ".poll-panel", "talks-poll-desktop");
    await offers.locator(".offer-form-box summary").scrollIntoViewIfNeeded();
    await shoot(page, ".offers-panel", "talks-offers-desktop");
    await board.locator(".my-stances summary").click();
    await shoot(page, ".positions-panel", "talks-positions-desktop");
    await board.locator(".my-stances summary").click();
    expect(await basicA11yProblems(page)).toEqual([]);

    await page.setViewportSize(PHONE);
    await page.waitForTimeout(500);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await shootTop(page, ".draft-panel", ".draft-panel .panel-hint", "talks-pen-phone");
    await shoot(page, ".poll-panel", "talks-poll-phone");
    await shoot(page, ".offers-panel", "talks-offers-phone");
    await shoot(page, ".positions-panel", "talks-positions-phone");
    expect(await basicA11yProblems(page)).toEqual([]);

    // In Ukrainian the same panels speak Ukrainian.
    await page.getByRole("button", { name: "Українська" }).click();
    await page.getByRole("heading", { name: "Пробне опитування" }).waitFor();
    expect(await page.locator(".positions-panel h2").textContent()).toBe("Дошка позицій");
    await shoot(page, ".poll-panel", "talks-poll-phone-uk");
    await page.getByRole("button", { name: "English" }).click();

    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
