// Issue 17, items 9 and 8 in Chromium: before the start the class dashboard reads each table as
// waiting to start (not "In play · Lobby"), and a table ended from the lobby reads "Not played"
// on the dashboard, in its report and in a student's debrief, never "Deterrence held".
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium, screenshotPath } from "./chromium.ts";
import { api, buildClient, readScenario } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

describe.skipIf(skip !== null)("the facilitator's pages for tables that have not started", () => {
  let server: RunningServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    server = await startServer({ CLIENT_DIST: await buildClient(), BOT_THINK_MS: "600000,600000" });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const c of contexts) await c.close();
    await browser?.close();
    await server?.stop();
  });

  async function facilitatorPage(session: { sessionId: string; facilitatorKey: string }): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1360, height: 900 } });
    contexts.push(context);
    await context.addInitScript(
      ([id, key]) => localStorage.setItem(`ironclad:facilitator:${id}`, key as string),
      [session.sessionId, session.facilitatorKey],
    );
    return context.newPage();
  }

  it("reads tables in the lobby as waiting to start on the class dashboard", async () => {
    const session = (await api(server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } }))
      .body;
    const page = await facilitatorPage(session);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${server.url}/facilitate/${session.sessionId}/projector`);
    await expect.poll(() => page.locator(".fac-proj-card").count(), POLL).toBe(2);
    const cards = await page.locator(".fac-proj-card").allTextContents();
    for (const c of cards) {
      expect(c).toContain("Waiting to start");
      expect(c).not.toContain("In play");
    }
    await page.screenshot({ path: screenshotPath("facilitator-projector-lobby"), fullPage: true });
    expect(errors).toEqual([]);
  });

  it("names a concluded package's options by their titles in the report summary (#17.7)", async () => {
    const session = (await api(server.url, "POST", "/api/sessions", { tables: 1, timings: { briefingSeconds: 600 } }))
      .body;
    const [t1] = session.tables;
    const scenario = readScenario();
    const pkg = Object.fromEntries(scenario.issues.map((i) => [i.id, i.options.at(-1)?.id]));
    pkg.pledge = "article5";
    pkg.alignment = "eu-date";
    const page = await facilitatorPage(session);
    // A concluded framework on the table's real report (reaching one in play takes minutes).
    await page.route(`**/tables/${t1.tableId}/report.json`, async (route) => {
      const res = await route.fetch();
      const body = await res.json();
      body.framework = { package: pkg, signatories: ["kyiv", "washington"], stands: true };
      await route.fulfill({ response: res, json: body });
    });
    await page.goto(`${server.url}/facilitate/${session.sessionId}/report/${t1.tableId}`);
    const summary = page.locator('[data-section="summary"]');
    await expect.poll(() => summary.locator(".fac-package").textContent(), POLL).toContain("Article 5 wording");
    const text = (await summary.textContent()) ?? "";
    expect(text).toContain("EU accession by a fixed date");
    expect(text).not.toMatch(/Article5|Eu date/);
    await summary.screenshot({ path: screenshotPath("facilitator-report-package") });
  });

  it("shows a table ended from the lobby as not played: a student's debrief, the dashboard and the report (#17.8)", async () => {
    const session = (await api(server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } }))
      .body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1] = session.tables;
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    contexts.push(context);
    const student = await context.newPage();
    const errors: string[] = [];
    student.on("pageerror", (e) => errors.push(String(e)));
    await student.goto(`${server.url}/join/${t1.code}`);
    await student.getByLabel("Your name").fill("Iryna");
    await student.getByRole("button", { name: "Join the table" }).click();
    await student.waitForURL(new RegExp(`/play/${t1.tableId}`), POLL);
    await student.locator(".seat-card.is-me").first().waitFor(POLL);

    expect((await api(server.url, "POST", `/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
    const line = student.locator(".outcome-line");
    await expect.poll(() => line.first().textContent(), POLL).toBe("Not played.");
    await student.waitForTimeout(1500);
    await student.evaluate(() => window.scrollTo(0, 0));
    await student.screenshot({ path: screenshotPath("student-debrief-stage-not-played") });
    await line.first().scrollIntoViewIfNeeded();
    await student.screenshot({ path: screenshotPath("student-debrief-not-played") });
    // The headline, its explanation and the table's log say so ("Deterrence held" stays only where
    // the brief and the futures name every outcome).
    expect(await student.locator(".debrief-panel .panel-hint").first().textContent()).toContain("before it started");
    expect(await student.getByText("Not played.", { exact: true }).count()).toBeGreaterThanOrEqual(2);
    expect(errors).toEqual([]);

    const page = await facilitatorPage(session);
    await page.goto(`${server.url}/facilitate/${session.sessionId}/projector`);
    await expect.poll(() => page.locator(".fac-proj-card.notplayed").count(), POLL).toBe(2);
    for (const c of await page.locator(".fac-proj-card").allTextContents()) {
      expect(c).toContain("Not played");
      expect(c).not.toMatch(/held|No deal/);
    }
    await page.screenshot({ path: screenshotPath("facilitator-projector-not-played"), fullPage: true });

    await page.goto(`${server.url}/facilitate/${session.sessionId}/report/${t1.tableId}`);
    const summary = page.locator('[data-section="summary"]');
    await expect.poll(() => summary.locator(".fac-verdict-main").textContent(), POLL).toBe("Not played");
    expect(await summary.textContent()).not.toMatch(/held/i);
    await page.locator(".fac-timeline li").first().waitFor(POLL);
    expect(await page.locator('[data-section="timeline"]').textContent()).not.toMatch(/deterrence held/i);
    await summary.screenshot({ path: screenshotPath("facilitator-report-not-played") });

    // In Ukrainian too.
    await page.getByRole("button", { name: "Українська" }).click();
    await expect.poll(() => summary.locator(".fac-verdict-main").textContent(), POLL).toBe("Не зіграно");
  });
});
