// Issue 17, item 10: the red cell gets its own objectives and a score. A person plays Moscow by
// the red-cell link: during play its screen shows its own brief where other seats read theirs; it
// chooses Moscow's move; at the debrief it reads its score with every part, year by year; the
// facilitator's report carries Moscow's row with that person's name and its stress-test points, and
// the printed role sheets a page for it.
// Shot at 1280 and 390 px wide.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumMissingReason, pageErrors, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api } from "./client-build.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 45_000 };
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const RED_CELL = "Vera";

describe.skipIf(skip !== null)("the red cell's own brief and score", () => {
  const bed = classroomBed();

  it("shows a human red cell its objectives in play and its score at the debrief, and the report its row", async () => {
    const url = bed.server.url;
    const created = await api(url, "POST", "/api/sessions", {
      tables: 1,
      moscow: "human",
      timings: { briefingSeconds: 600 },
    });
    expect(created.body.sessionId).toEqual(expect.any(String));
    const { sessionId, facilitatorKey } = created.body;
    const session = { sessionId, facilitatorKey };
    const table = created.body.tables[0] as { tableId: string; code: string };
    const auth = { authorization: `Bearer ${facilitatorKey}` };
    const summary = async () =>
      (await api(url, "GET", `/api/sessions/${sessionId}/console`, undefined, auth)).body.tables[0]?.summary as {
        phase: string;
        step: string | null;
        year: number;
      } | null;

    // The red cell joins by its own link, which opens the form on Moscow.
    const red: Page = await (await bed.context({ viewport: DESKTOP })).newPage();
    const errors = pageErrors(red);
    await red.goto(`${url}/join/${table.code}?seat=moscow`);
    await expect.poll(() => red.getByLabel("Seat").inputValue(), POLL).toBe("moscow");
    const form = red.locator("form.join-form");
    await form.getByLabel("Your name").fill(RED_CELL);
    await form.getByRole("button", { name: "Join the table" }).click();
    await red.waitForURL(new RegExp(`/play/${table.tableId}`), POLL);

    // Its brief, where a seat reads its own: the objectives, the year points and the terms table.
    const brief = red.locator(".red-cell-brief");
    await brief.waitFor(POLL);
    expect(await brief.locator(".brief-objectives").textContent()).toMatch(/^You are the red cell/);
    expect(await brief.getByTestId("red-cell-year-points").locator("li").count()).toBe(5);
    expect(await brief.locator(".point-table summary").textContent()).toBe(
      "Your points for the terms of a framework that stands",
    );
    await brief.screenshot({ path: screenshotPath("red-cell-brief-1280") });
    await red.setViewportSize(PHONE);
    await red.locator('[data-pane-tab="brief"]').click();
    await brief.waitFor(POLL);
    await red.screenshot({ path: screenshotPath("red-cell-brief-390"), fullPage: false });
    await red.setViewportSize(DESKTOP);

    // Play through on the console's clock; the red cell chooses a major offensive in the first year.
    expect((await bed.act(session, { type: "table/start" })).body.results.map((r: { ok: boolean }) => r.ok)).toEqual([
      true,
    ]);
    const offensive = red.locator('button[data-moscow="offensive"]');
    let chosen = false;
    for (let i = 0; i < 30; i++) {
      const now = await summary();
      if (!now || now.phase === "debrief") break;
      if (now.step === "moscow" && !chosen) {
        await expect.poll(() => offensive.isEnabled(), POLL).toBe(true);
        await offensive.click();
        chosen = true;
        await expect.poll(async () => (await summary())?.step ?? "", POLL).not.toBe("moscow");
        continue;
      }
      const skipped = await bed.act(session, { type: "facilitator/skip", forward: true });
      expect(
        skipped.body.results.filter((r: { ok: boolean }) => !r.ok),
        JSON.stringify(now),
      ).toEqual([]);
    }
    expect(chosen).toBe(true);
    await expect.poll(() => red.locator(".phase-label").textContent(), POLL).toMatch(/Debrief/i);

    // Its debrief: the parts of its score, each year's line, and the same total the report gives.
    const report = (
      await api(url, "GET", `/api/sessions/${sessionId}/tables/${table.tableId}/report.json`, undefined, auth)
    ).body;
    const moscow = report.scores.find((s: { seat: string }) => s.seat === "moscow");
    expect(moscow.redCell.years.length).toBeGreaterThanOrEqual(1);
    expect(moscow.redCell.years[0].action).toBe("offensive");
    const score = red.getByTestId("red-cell-score");
    await score.waitFor(POLL);
    expect(await score.locator(".score-parts tr.total td").textContent()).toBe(String(moscow.total));
    expect(await score.locator(".red-cell-years li").count()).toBe(moscow.redCell.years.length);
    expect(await score.locator(".red-cell-years li").first().textContent()).toMatch(/^Year 1 · a major offensive/);
    await score.screenshot({ path: screenshotPath("red-cell-debrief-1280") });
    // On a phone the debrief is on the table's tab (the brief's was open).
    await red.setViewportSize(PHONE);
    await red.locator('[data-pane-tab="table"]').click();
    await score.scrollIntoViewIfNeeded();
    await red.screenshot({ path: screenshotPath("red-cell-debrief-390") });
    expect(errors).toEqual([]);

    // The facilitator's report: Moscow's row names the person, with its stress-test points.
    for (const [width, viewport] of [
      [1280, { width: 1280, height: 900 }],
      [390, PHONE],
    ] as const) {
      const fac = await bed.facilitatorPage(session, viewport);
      await fac.goto(`${url}/facilitate/${sessionId}/report/${table.tableId}`);
      await fac.getByRole("heading", { name: /After-action report/ }).waitFor(POLL);
      const scores = fac.locator('section[data-section="scores"]');
      const row = scores.locator("tbody tr", { hasText: "Moscow" });
      await row.waitFor(POLL);
      const cells = await row.locator("td").allTextContents();
      expect(cells[0]).toBe(RED_CELL);
      expect(cells[3]).toBe(String(moscow.redCell.yearPoints));
      expect(cells[4]).toBe(String(moscow.total));
      await scores.scrollIntoViewIfNeeded();
      await scores.screenshot({ path: screenshotPath(`red-cell-report-${width}`) });

      // The printed role sheets: the red cell, played by a person, gets a page of its own.
      await fac.goto(`${url}/facilitate/${sessionId}/sheets`);
      const sheets = fac.locator("article.fac-sheet");
      await expect.poll(() => sheets.count(), POLL).toBe(6 + 1);
      const sheet = fac.locator('article.fac-sheet[data-seat="moscow"]');
      expect(await sheet.locator(".fac-sheet-objectives p").textContent()).toMatch(/^You are the red cell/);
      expect(await sheet.locator(".fac-sheet-big").textContent()).toBe("45");
      await sheet.screenshot({ path: screenshotPath(`red-cell-sheet-${width}`) });
    }
  });
});
