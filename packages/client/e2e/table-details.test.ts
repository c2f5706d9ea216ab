// Client bugs of #18 that need a real browser: where the keyboard focus goes when a vote closes,
// the phone's Chat tab after the Table tab was scrolled, an invalid /play link, and the debrief
// (its two "major offensive" figures explained, its timeline looked at on a desktop and a phone).
import { Client, type Room } from "@colyseus/sdk";
import { PROTOCOL_VERSION } from "@ironclad/engine/protocol";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, describeStuckPage, launchChromium, openPage, screenshotPath } from "./chromium.ts";
import { api, buildClient, readScenario } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 15_000 };
const WEBGL_PAGES = 120_000;
const PHONE = { width: 390, height: 844 };
const scenario = readScenario();

/** A one-table session with the facilitator connected, and Kyiv's page joined through /join/CODE. */
async function tableWithKyiv(base: string, browser: Browser, timings: Record<string, number>, viewport?: typeof PHONE) {
  const session = await api(base, "POST", "/api/sessions", { tables: 1, timings });
  expect(session.status).toBe(201);
  const { code, tableId } = session.body.tables[0];
  const fac: Room = await new Client(base).joinById(tableId, {
    protocol: PROTOCOL_VERSION,
    facilitatorKey: session.body.facilitatorKey,
  });
  fac.onMessage("*", () => undefined);
  const opened = await openPage(browser, viewport);
  const { page } = opened;
  await page.goto(`${base}/join/${code}`);
  await page.getByLabel("Your name").fill("Olena");
  await page.getByLabel("Seat").locator('option[value="kyiv"]').waitFor({ state: "attached" });
  await page.getByLabel("Seat").selectOption("kyiv");
  await page.getByRole("button", { name: "Join the table" }).click();
  await page.waitForURL(/\/play\//);
  await page
    .locator(".draft-panel")
    .waitFor({ timeout: 45_000 })
    .catch(async (error) => {
      throw new Error(`Kyiv at ${await describeStuckPage(page)}`, { cause: error });
    });
  return { ...opened, fac, tableId };
}

/** The facilitator takes the pen and completes the draft, so a vote can be called. */
function completeDraft(fac: Room) {
  fac.send("action", { type: "facilitator/take-pen", to: null });
  for (const issue of scenario.issues)
    fac.send("action", { type: "draft/set", issue: issue.id, option: issue.options[1]?.id });
}

const phase = (fac: Room) => (fac.state as { phase: string }).phase;

describe.skipIf(skip !== null)("table details in Chromium (#18)", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer({ CLIENT_DIST: await buildClient() });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it(
    "keeps the keyboard focus on the table when a vote closes, not on the page top",
    async () => {
      const { page, errors, close, fac } = await tableWithKyiv(server.url, browser, {
        briefingSeconds: 1,
        voteSeconds: 600,
      });
      fac.send("action", { type: "table/start" });
      await expect.poll(() => page.locator(".phase-label").textContent(), POLL).toBe("Negotiation");
      completeDraft(fac);
      await expect
        .poll(() => phase(fac) === "negotiation" && (fac.state as { draft: Map<string, string> }).draft.size, POLL)
        .toBe(scenario.issues.length);
      fac.send("action", { type: "vote/call" });
      await page.getByRole("dialog").waitFor();
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe("signing-title");
      // Kyiv declines by keyboard; the vote stays open for the others, then the facilitator closes it.
      await page.keyboard.press("Tab");
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Decline");
      await page.keyboard.press("Enter");
      // The button goes once the ballot is cast (and the dialog with it when Kyiv's was the last ballot).
      await expect.poll(() => page.getByRole("button", { name: "Decline" }).count(), POLL).toBe(0);
      // The focus moves once the ballot or the table pane has rendered: a frame or a timer after the click.
      const focused = () => page.evaluate(() => document.activeElement?.tagName ?? "none");
      await expect.poll(focused, POLL).not.toBe("BODY");
      if (phase(fac) === "vote") fac.send("action", { type: "facilitator/skip" });
      await page.getByRole("dialog").waitFor({ state: "detached" });
      await expect.poll(() => phase(fac), POLL).not.toBe("vote");
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest(".play") !== null), POLL).toBe(true);
      expect(errors).toEqual([]);
      await fac.leave();
      await close();
    },
    WEBGL_PAGES,
  );

  it(
    "opens the Chat tab at its top on a phone after the Table tab was scrolled down",
    async () => {
      const { page, errors, close, fac } = await tableWithKyiv(server.url, browser, { briefingSeconds: 1 }, PHONE);
      fac.send("action", { type: "table/start" });
      await expect.poll(() => page.locator(".phase-label").textContent(), POLL).toBe("Negotiation");
      await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBeGreaterThan(1000);
      await page.locator('[data-pane-tab="chat"]').click();
      await page.waitForTimeout(400);
      await page.screenshot({ path: screenshotPath("phone-chat-after-scroll") });
      const chat = await page.locator(".chat-panel").boundingBox();
      expect(chat).not.toBeNull();
      // The chat's own top is on the screen (it was scrolled away: the tab showed blank paper).
      expect(chat?.y ?? -1).toBeGreaterThanOrEqual(0);
      expect(chat?.y ?? PHONE.height).toBeLessThan(PHONE.height / 2);
      // Back on the Table tab, the table is where it was left.
      await page.locator('[data-pane-tab="table"]').click();
      await expect.poll(() => page.evaluate(() => window.scrollY), POLL).toBeGreaterThan(1000);
      expect(errors).toEqual([]);
      await fac.leave();
      await close();
    },
    WEBGL_PAGES,
  );

  it("says at once that a /play link leads to no table, and shows a malformed one as not found", async () => {
    const { page, errors, close } = await openPage(browser);
    await page.goto(`${server.url}/play/tbl_nosuchtable`);
    await page.getByRole("heading", { name: "No such table" }).waitFor({ timeout: 10_000 });
    await page.screenshot({ path: screenshotPath("play-no-such-table") });
    await page.goto(`${server.url}/play/%ZZ`);
    await expect.poll(() => page.locator("h1").first().textContent(), POLL).toBeTruthy();
    expect(errors.filter((e) => !/Failed to load resource/.test(e))).toEqual([]);
    await close();
  });

  it(
    "explains the debrief's two 'major offensive' figures, and lays out its timeline on a desktop and a phone",
    async () => {
      const { page, errors, close, fac } = await tableWithKyiv(server.url, browser, {
        briefingSeconds: 1,
        rounds: 4,
        years: 3,
      });
      fac.send("action", { type: "table/start" });
      await expect.poll(() => page.locator(".phase-label").textContent(), POLL).toBe("Negotiation");
      // A vote that fails in round 1, then the rounds run out and the test runs without a deal.
      completeDraft(fac);
      await expect
        .poll(() => (fac.state as { draft: Map<string, string> }).draft.size, POLL)
        .toBe(scenario.issues.length);
      fac.send("action", { type: "vote/call" });
      await expect.poll(() => phase(fac), POLL).toBe("vote");
      for (let i = 0; i < 40 && phase(fac) !== "debrief"; i++) {
        fac.send("action", { type: "facilitator/skip" });
        await new Promise((r) => setTimeout(r, 300));
      }
      expect(phase(fac)).toBe("debrief");
      await page.locator(".debrief-panel .my-score").waitFor();
      await page.locator(".debrief-panel .futures").waitFor({ timeout: 20_000 });
      const debrief = (await page.locator(".debrief-panel").textContent()) ?? "";
      expect(debrief).toContain("the model's estimate at the table's standing when the game ended");
      expect(debrief).toContain("the share of these futures in which Moscow launched at least one");
      await page.locator('.table-stage[data-scene="DebriefScene"][data-ready="true"]').waitFor({ timeout: 15_000 });
      await page.waitForTimeout(2500);
      await page.locator(".table-stage").screenshot({ path: screenshotPath("debrief-timeline-desktop") });
      await page.locator(".debrief-panel").screenshot({ path: screenshotPath("debrief-offensive-figures") });
      await page.setViewportSize(PHONE);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.waitForTimeout(2500);
      await page.locator(".table-stage").screenshot({ path: screenshotPath("debrief-timeline-phone") });
      expect(errors).toEqual([]);
      await fac.leave();
      await close();
    },
    WEBGL_PAGES,
  );
});
