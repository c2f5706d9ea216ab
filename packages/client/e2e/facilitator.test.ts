// The facilitator's pages in Chromium against the real server: set up a session of two tables
// (codes and QR images), run it from the console (start all, pause one, end), the projector
// dashboard, and a table's after-action report with every section, printed to PDF.
import fs from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicA11yProblems, horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, launchChromium, screenshotPath } from "./chromium.ts";
import { api, buildClient } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 20_000 };

describe.skipIf(skip !== null)("the facilitator's pages in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    const outDir = await buildClient();
    server = await startServer({ CLIENT_DIST: outDir, BOT_THINK_MS: "150,400" });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("sets up a session, runs it from the console, shows the dashboard and prints a report", async () => {
    // Setup.
    await page.goto(`${server.url}/facilitate`);
    await page.getByRole("heading", { name: "Set up a session", level: 1 }).waitFor();
    await page.locator('input[name="seat"][value="kyiv"]').waitFor();
    expect(await page.locator('input[name="seat"]:checked').count()).toBeGreaterThanOrEqual(3);
    // A broken scenario file: the engine's problems appear beside the field.
    await page.getByLabel("Or upload a scenario file (JSON)").setInputFiles({
      name: "broken.json",
      mimeType: "application/json",
      buffer: Buffer.from(JSON.stringify({ id: "broken", version: 1 })),
    });
    await expect.poll(() => page.locator(".fac-problems li").count(), POLL).toBeGreaterThan(0);
    // The browser logs the refused upload (400); nothing else may fail.
    expect(errors.filter((e) => !e.includes("400"))).toEqual([]);
    errors.length = 0;
    await page.getByLabel("Tables", { exact: true }).fill("2");
    await page.getByLabel("Briefing (min)").fill("10");
    expect(await basicA11yProblems(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath("facilitator-setup"), fullPage: true });

    await page.getByRole("button", { name: "Create the session" }).click();
    await page.getByRole("heading", { name: "Your session is ready" }).waitFor(POLL);
    const sessionCode = (await page.getByTestId("session-code").textContent())?.trim() ?? "";
    expect(sessionCode).toMatch(/^[23456789A-Z]{7}$/);
    await expect.poll(() => page.locator(".fac-ticket").count(), POLL).toBe(2);
    await expect.poll(() => page.locator("img.fac-qr").count(), POLL).toBe(3);
    const qrSrc = await page.locator(".fac-ticket img.fac-qr").first().getAttribute("src");
    expect(qrSrc).toMatch(/^data:image\/png;base64,/);
    const codes = await page.locator(".fac-ticket .fac-code").allTextContents();
    expect(codes.every((c) => /^[23456789A-Z]{6}$/.test(c.trim()))).toBe(true);
    // The key is in this browser's storage, never in the address or a link.
    const consoleHref = (await page.getByRole("link", { name: "Open the console" }).getAttribute("href")) ?? "";
    const sessionId = consoleHref.split("/").pop() ?? "";
    const key = await page.evaluate((id) => localStorage.getItem(`ironclad:facilitator:${id}`), sessionId);
    expect(key).toBeTruthy();
    expect(page.url()).not.toContain(key ?? "-");
    expect(await page.content()).not.toContain(key ?? "-");
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("facilitator-handout"), fullPage: true });
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: screenshotPath("facilitator-handout-print"), fullPage: true });
    await page.emulateMedia({ media: "screen" });

    // A student joins the first table as Kyiv.
    const joined = await api(server.url, "POST", "/api/join", { code: codes[0]?.trim(), name: "Olena", seat: "kyiv" });
    expect(joined.status).toBe(201);

    // Console: start all tables, pause one.
    await page.getByRole("link", { name: "Open the console" }).click();
    await page.getByRole("heading", { name: `Session ${sessionCode}` }).waitFor(POLL);
    await expect.poll(() => page.locator(".fac-tcard").count(), POLL).toBe(2);
    // Before the start no table takes news: Inject is greyed out, with the engine's reason.
    await expect.poll(() => page.getByTestId("inject-why").textContent(), POLL).toContain("once the game has started");
    expect(await page.getByRole("button", { name: "Inject", exact: true }).isDisabled()).toBe(true);
    await page.locator(".fac-all").screenshot({ path: screenshotPath("facilitator-inject-blocked") });
    const all = page.locator(".fac-all");
    await all.getByRole("button", { name: "Start", exact: true }).click();
    await expect.poll(() => page.getByTestId("results").locator("li.ok").count(), POLL).toBe(2);
    // Bots are ready at once, so a table may already be past the briefing.
    await expect
      .poll(
        async () => (await page.getByTestId("phase").allTextContents()).every((p) => /Briefing|Negotiation/.test(p)),
        POLL,
      )
      .toBe(true);
    const first = page.locator(".fac-tcard").first();
    await first.getByRole("button", { name: "Pause", exact: true }).click();
    await expect.poll(() => page.getByTestId("results").textContent(), POLL).toContain("Pause");
    await expect.poll(() => page.getByTestId("results").locator("li.ok").count(), POLL).toBe(1);
    await first.locator(".fac-tag-paused").waitFor(POLL);
    expect(await page.locator(".fac-tcard").nth(1).locator(".fac-tag-paused").count()).toBe(0);
    // Drill: the first table's room as the facilitator, with every brief.
    await expect.poll(() => page.locator(".fac-brief").count(), POLL).toBeGreaterThanOrEqual(3);
    await expect.poll(() => page.locator("#f-card option").count(), POLL).toBeGreaterThan(1);
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("facilitator-console"), fullPage: true });
    // In Ukrainian, the whole console switches.
    await page.getByRole("button", { name: "Українська" }).click();
    await page.getByRole("heading", { name: "Усі столи" }).waitFor(POLL);
    await page.screenshot({ path: screenshotPath("facilitator-console-uk") });
    await page.getByRole("button", { name: "English" }).click();
    await page.getByRole("heading", { name: "All tables" }).waitFor(POLL);

    // People: mute Olena, move her to the second table as an observer, then remove her.
    const people = first.locator(".fac-people");
    await people.locator("summary").click();
    await people.getByText("Olena").waitFor(POLL);
    await people.getByRole("button", { name: "Mute", exact: true }).click();
    await people.getByRole("button", { name: "Unmute", exact: true }).waitFor(POLL);
    await page.screenshot({ path: screenshotPath("facilitator-console-people") });
    const secondCard = page.locator(".fac-tcard").nth(1);
    const secondTableId = (await secondCard.getAttribute("data-table")) ?? "";
    await people.getByLabel("Move Olena").selectOption(`${secondTableId}|-`);
    await secondCard.locator(".fac-people summary").click();
    await secondCard.locator(".fac-people").getByText("Olena").waitFor(POLL);
    page.once("dialog", (d) => void d.accept());
    await secondCard.locator(".fac-people").getByRole("button", { name: "Remove", exact: true }).click();
    await expect.poll(() => secondCard.locator(".fac-people summary").textContent(), POLL).toContain("(0)");

    // Broadcast to every table, inject a card from the deck at one.
    await page.getByLabel("Broadcast").fill("Five minutes to the vote.");
    await page.getByRole("button", { name: "Send", exact: true }).click();
    await expect.poll(() => page.getByTestId("results").textContent(), POLL).toContain("Broadcast");
    await expect.poll(() => page.getByTestId("results").locator("li.ok").count(), POLL).toBe(2);
    // News lands during the talks (and at the paused table) at once.
    expect(await page.getByTestId("inject-why").count()).toBe(0);
    await page.getByRole("button", { name: "Inject", exact: true }).click();
    await expect.poll(() => page.getByTestId("results").textContent(), POLL).toContain("Inject an event");
    expect(await page.getByTestId("results").locator("li").count()).toBe(2);
    await expect.poll(() => page.getByTestId("results").locator("li.ok").count(), POLL).toBe(2);

    // The second table plays on: the bots draft and amend.
    const second = page.locator(".fac-tcard").nth(1);
    const secondId = (await second.getAttribute("data-table")) ?? "";
    const activity = async () => {
      const r = await page.request.get(`${server.url}/api/sessions/${sessionId}/console`, {
        headers: { authorization: `Bearer ${key}` },
      });
      const body = (await r.json()) as { tables: { tableId: string; summary: { seq: number } | null }[] };
      return body.tables.find((t) => t.tableId === secondId)?.summary?.seq ?? 0;
    };
    await expect.poll(activity, { timeout: 40_000, interval: 1000 }).toBeGreaterThan(14);
    // Bots spread their initiatives through a round, so busy talk (positions, polls) may come
    // before the first amendment: wait until some seat has backed something to draw a curve.
    const backed = async () => {
      const r = await page.request.get(`${server.url}/api/sessions/${sessionId}/tables/${secondId}/report.json`, {
        headers: { authorization: `Bearer ${key}` },
      });
      const body = (await r.json()) as { concession: Record<string, unknown[]> };
      return Object.values(body.concession).reduce((n, c) => n + c.length, 0);
    };
    await expect.poll(backed, { timeout: 60_000, interval: 1000 }).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("facilitator-console-live"), fullPage: true });

    // One table on the projector: public parts in large type.
    await page.goto(`${server.url}/facilitate/${sessionId}/projector?table=${secondId}`);
    await page.getByTestId("table-projector").waitFor(POLL);
    await expect.poll(() => page.locator(".fac-tproj-draft div.set").count(), POLL).toBeGreaterThan(0);
    expect(await page.content()).not.toContain("No-deal value");
    // The clock counts down on its own between actions: six readings 1.2 s apart never go up and
    // fall by at least four seconds in all (a loaded machine may draw one second late, so two
    // readings in a row can match).
    const clock = page.locator(".fac-tproj-clock");
    await expect.poll(() => clock.textContent(), POLL).toMatch(/^\d+:\d\d$/);
    const readings: string[] = [];
    for (let i = 0; i < 6; i++) {
      readings.push((await clock.textContent()) ?? "");
      await page.waitForTimeout(1200);
    }
    const seconds = readings.map((r) => {
      const [m, sec] = r.split(":").map(Number);
      return (m ?? 0) * 60 + (sec ?? 0);
    });
    for (let i = 1; i < seconds.length; i++)
      expect(seconds[i], readings.join(" ")).toBeLessThanOrEqual(seconds[i - 1] ?? 0);
    expect((seconds[0] ?? 0) - (seconds.at(-1) ?? 0), readings.join(" ")).toBeGreaterThanOrEqual(4);
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("facilitator-projector-table") });
    await page.goto(`${server.url}/facilitate/${sessionId}`);
    await expect.poll(() => page.locator(".fac-tcard").count(), POLL).toBe(2);

    // End the session.
    page.once("dialog", (d) => void d.accept());
    await page.getByRole("button", { name: "End the session" }).click();
    await page.getByText("This session has ended.").waitFor(POLL);

    // Projector.
    await page.goto(`${server.url}/facilitate/${sessionId}/projector`);
    await page.getByRole("heading", { name: "Class dashboard" }).waitFor(POLL);
    await expect.poll(() => page.locator(".fac-proj-card").count(), POLL).toBe(2);
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("facilitator-projector"), fullPage: true });
    // The class ranking marks the seats only bots played, and can leave them out: Olena's Kyiv
    // (she played it before she was moved away) is the only seat people played.
    await expect.poll(() => page.locator(".fac-proj-board .fac-bot").count(), POLL).toBeGreaterThan(0);
    const ranked = () => page.locator(".fac-proj-board td strong").count();
    expect(await ranked()).toBeGreaterThan(1);
    await page.getByLabel("Leave bot seats out of the ranking").check();
    await expect.poll(ranked, POLL).toBe(1);
    await page.locator(".fac-proj-board").screenshot({ path: screenshotPath("facilitator-ranking-humans") });

    // Report of the first table: every section, and a PDF.
    await page.goto(`${server.url}/facilitate/${sessionId}/report/${secondId}`);
    await page.getByRole("heading", { name: /After-action report/ }).waitFor(POLL);
    await page.locator('[data-section="summary"]').waitFor(POLL);
    // The scores say who played each seat: here only bots.
    await page.locator('[data-section="scores"] th', { hasText: "Played by" }).waitFor(POLL);
    expect(await page.locator('[data-section="scores"] .fac-bot').count()).toBeGreaterThan(1);
    for (const s of ["summary", "concession", "coalition", "deal", "promises", "futures", "scores", "timeline", "chat"])
      expect(await page.locator(`[data-section="${s}"]`).count(), s).toBe(1);
    expect(await page.locator('[data-section="concession"] svg').count()).toBe(1);
    expect(await page.locator('[data-section="coalition"] svg').count()).toBe(1);
    expect(await page.locator(".fac-timeline li").count()).toBeGreaterThan(1);
    // The timeline is told from the table's events in the page's language, and a switch retells
    // the lines already on screen (#18 item 5): no sentence of the engine's English is left.
    const timeline = page.locator('[data-section="timeline"] .fac-tl-text');
    await expect
      .poll(() => timeline.allTextContents(), POLL)
      .toContainEqual(expect.stringMatching(/proposed|supports|signed|declined/));
    await page.getByRole("button", { name: "Українська" }).click();
    await expect
      .poll(async () => (await timeline.allTextContents()).join("\n"), POLL)
      .toMatch(/пропонує|підтримує|підписано|відмова/);
    const uk = (await timeline.allTextContents()).join("\n");
    expect(uk).not.toMatch(/\b(proposed|supports|signed|amendment|the draft|began)\b/i);
    // Who acted and when are the page's words too: no "facilitator", no "AM".
    expect(await page.locator('[data-section="timeline"]').textContent()).not.toMatch(/facilitator|system|\b[AP]M\b/);
    await page
      .locator('[data-section="timeline"]')
      .screenshot({ path: screenshotPath("facilitator-report-timeline-uk") });
    // The talk too: a bot's line told in Ukrainian from its structured form, channels named.
    const chat = page.locator('[data-section="chat"]');
    expect(await chat.textContent()).not.toMatch(/\(bot\)|\btable\b/);
    await chat.screenshot({ path: screenshotPath("facilitator-report-chat-uk") });
    await page.getByRole("button", { name: "English" }).click();
    await expect
      .poll(async () => (await timeline.allTextContents()).join("\n"), POLL)
      .toMatch(/proposed|supports|signed|declined/);
    await page
      .locator('[data-section="timeline"]')
      .screenshot({ path: screenshotPath("facilitator-report-timeline-en") });
    // Replay from a seat's point of view, and fork a new table from an earlier step.
    await expect.poll(() => page.getByTestId("replay-view").textContent(), POLL).toMatch(/Step \d+ of \d+/);
    await page.getByLabel("Seen by").selectOption("seat:kyiv");
    await page.getByRole("button", { name: "Previous step" }).click();
    await expect.poll(() => page.getByTestId("replay-view").textContent(), POLL).toContain("Brief");
    await page.getByRole("button", { name: /Fork a new table from step/ }).click();
    await expect.poll(() => page.getByTestId("replay-view").textContent(), POLL).toContain("New table");
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("facilitator-report"), fullPage: true });

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: "Actions (CSV)" }).click(),
    ]);
    const csv = fs.readFileSync((await download.path()) ?? "", "utf8");
    expect(csv.split("\n")[0]).toContain("table");

    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
    expect(pdf.length).toBeGreaterThan(20_000);
    fs.writeFileSync(screenshotPath("facilitator-report").replace(/\.png$/, ".pdf"), pdf);
    await page.screenshot({ path: screenshotPath("facilitator-report-print"), fullPage: true });
    await page.emulateMedia({ media: "screen" });

    // Another browser holds no key: it is asked for one, never given it by a link.
    const other = await browser.newContext({ viewport: { width: 1100, height: 800 } });
    const stranger = await other.newPage();
    await stranger.goto(`${server.url}/facilitate/${sessionId}`);
    await stranger.getByLabel("Facilitator key").waitFor(POLL);
    expect(await basicA11yProblems(stranger)).toEqual([]);
    await stranger.getByLabel("Facilitator key").fill(key ?? "");
    await stranger.getByRole("button", { name: "Use this key" }).click();
    await stranger.getByRole("heading", { name: `Session ${sessionCode}` }).waitFor(POLL);
    await other.close();

    expect(errors).toEqual([]);
  }, 180_000);
});
