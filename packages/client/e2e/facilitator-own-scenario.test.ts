// Issue 20, part 4, in Chromium: a facilitator uploads a scenario file with three deliberate
// mistakes (an unknown key, a seat with no brief, a point table missing an option); each is listed
// with its path, nothing is saved and no session can be made of it. The fixed file passes, its
// balance check shows the calibration targets, and a session made with it plays: a student sits at
// its table and sees the file's own names.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { basicA11yProblems, horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, describeStuckPage, launchChromium, screenshotPath } from "./chromium.ts";
import { api, buildClient } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

const shipped = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json"), "utf8"),
);

/** The facilitator's file, fixed: a copy of the default scenario with names of the class's own. */
function fixedFile(): any {
  const file = structuredClone(shipped);
  file.id = "our-class";
  file.title.en = "Guarantees — our class";
  file.seats.find((s: any) => s.id === "kyiv").name.en = "Kyiv (our class)";
  file.issues.find((i: any) => i.id === "force").name.en = "Force on the ground (our wording)";
  return file;
}

/** The same file with the three mistakes of the issue. */
function brokenFile(): any {
  const file = fixedFile();
  file.seats.find((s: any) => s.id === "paris").motto = { en: "Liberté" };
  delete file.seats.find((s: any) => s.id === "warsaw").brief;
  delete file.seats.find((s: any) => s.id === "london").brief.pointTable.force.mfu;
  return file;
}

const asUpload = (name: string, file: unknown) => ({
  name,
  mimeType: "application/json",
  buffer: Buffer.from(JSON.stringify(file, null, 2)),
});

describe.skipIf(skip !== null)("a facilitator's own scenario in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;
  let page: Page;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-e2e-own-"));
  const errors: string[] = [];

  /** Rows in the server's store, read from its file apart from the server. */
  const stored = () => {
    const db = new DatabaseSync(path.join(dataDir, "ironclad.sqlite"), { readOnly: true });
    const n = (table: string) => Number((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);
    const out = { sessions: n("sessions"), scenarios: n("scenarios"), tables: n("game_tables") };
    db.close();
    return out;
  };

  beforeAll(async () => {
    const outDir = await buildClient();
    server = await startServer({ CLIENT_DIST: outDir, DATA_DIR: dataDir, BOT_THINK_MS: "150,400" });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    page.on("pageerror", (e) => errors.push(String(e)));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("lists each of three mistakes with its path, saves nothing, and plays the fixed file", async () => {
    await page.goto(`${server.url}/facilitate`);
    await page.getByRole("heading", { name: "Set up a session", level: 1 }).waitFor();
    await page.locator('input[name="seat"][value="kyiv"]').waitFor();
    const before = stored();

    // The file with three mistakes: each is listed with its path and kind.
    await page.getByLabel("Or upload a scenario file (JSON)").setInputFiles(asUpload("our-class.json", brokenFile()));
    const problems = page.getByTestId("sc-problems").locator("li");
    await expect.poll(() => problems.count(), POLL).toBe(3);
    const lines = await problems.allTextContents();
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^seats\.paris Unknown field: Unknown field "motto"/),
        expect.stringMatching(/^seats\.warsaw\.brief No brief: Seat "warsaw" has no private brief/),
        expect.stringMatching(
          /^seats\.london\.brief\.pointTable\.force\.mfu Point table incomplete: .*no points for option "mfu"/,
        ),
      ]),
    );
    expect(await page.getByTestId("sc-problems").textContent()).toContain("Problems in this file: 3");
    // A click on a problem opens the field it names: London's cell for "mfu" in the point tables.
    await problems.filter({ hasText: "pointTable.force.mfu" }).getByRole("button").click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute("data-path")), POLL)
      .toBe("seats.london.brief.pointTable.force.mfu");
    expect(await page.getByRole("tab", { name: /Point tables/ }).getAttribute("aria-selected")).toBe("true");
    await page.getByTestId("sc-problems").scrollIntoViewIfNeeded();
    await page.screenshot({ path: screenshotPath("facilitator-own-scenario-problems"), fullPage: true });
    await page.locator(".sc-workshop").screenshot({ path: screenshotPath("facilitator-own-scenario-workshop") });

    // Nothing was saved, and no session can be made of the file.
    expect((await api(server.url, "GET", "/api/scenarios")).body.map((s: any) => s.id)).not.toContain("our-class");
    await page.locator("#f-scenario").selectOption({ label: "Your scenario: Guarantees — our class" });
    await page.getByTestId("own-not-ready").waitFor(POLL);
    await page.getByRole("button", { name: "Create the session" }).click();
    await expect
      .poll(() => page.locator(".fac-submit .form-error").textContent(), POLL)
      .toContain("Your scenario still has problems");
    expect(stored()).toEqual(before);
    // The browser logs the refused checks (400); nothing else may fail.
    expect(errors.filter((e) => !e.includes("400"))).toEqual([]);
    errors.length = 0;

    // The fixed file: no problems; the form fixes by hand too (a brief added shows no problem of its own).
    await page.getByLabel("Or upload a scenario file (JSON)").setInputFiles(asUpload("our-class.json", fixedFile()));
    await expect
      .poll(() => page.getByTestId("sc-ok").textContent(), POLL)
      .toContain("No problems: “Guarantees — our class” — 10 seats, 9 issues, 33 options (110,592 packages)");
    expect(await page.getByTestId("sc-problems").count()).toBe(0);
    await page.getByRole("tab", { name: "Seats" }).click();
    await page.getByLabel("Name (English)").nth(8).waitFor(POLL);
    expect(await page.getByLabel("Name (English)").nth(8).inputValue()).toBe("Kyiv (our class)");
    await page.getByRole("tab", { name: "Issues and options" }).click();
    await page.getByRole("tab", { name: "Events" }).click();
    await page.getByRole("tab", { name: "Briefs" }).click();
    await page.getByRole("tab", { name: "Point tables" }).click();
    await page.locator(".sc-points").first().waitFor(POLL);

    // Not before its balance check: the session is refused, and nothing is stored.
    await page.getByTestId("own-needs-balance").waitFor(POLL);
    await page.getByRole("button", { name: "Create the session" }).click();
    await expect
      .poll(() => page.locator(".fac-submit .form-error").textContent(), POLL)
      .toContain("Run the balance check on this version of your scenario");
    expect(stored()).toEqual(before);

    // The balance check: bot games on the server's worker thread, then every target with its band.
    await page.getByLabel("Bot games").fill("20");
    await page.getByRole("button", { name: "Run the balance check" }).click();
    const result = page.getByTestId("sc-balance-result");
    await result.waitFor({ timeout: 150_000 });
    expect(await result.locator("tbody tr").count()).toBeGreaterThanOrEqual(9);
    expect(await result.textContent()).toMatch(/20 bot games/);
    expect(await result.locator('tr[data-target="agreementRate"] th').textContent()).toBe(
      "Tables that conclude a framework",
    );
    // The band worded from its bounds, in the value's unit (it was the simulator's English phrase, "0.60–0.90").
    expect(await result.locator('tr[data-target="agreementRate"] td').nth(1).textContent()).toBe("60 % to 90 %");
    await page.getByTestId("sc-balance").scrollIntoViewIfNeeded();
    await page.getByTestId("sc-balance").screenshot({ path: screenshotPath("facilitator-own-scenario-balance") });
    expect(stored()).toEqual(before);

    // Chosen in the scenario field before (while it had problems), the file is now the session's to be.
    await page.getByText("The session will be created with this file.").waitFor(POLL);
    expect(await page.getByRole("button", { name: "Use it for this session" }).count()).toBe(0);
    expect(await page.getByTestId("own-not-ready").count()).toBe(0);
    expect(await page.getByTestId("own-needs-balance").count()).toBe(0);
    await page.getByLabel("Tables", { exact: true }).fill("1");
    // No briefing: the negotiation, with the draft's issues, opens as soon as the table starts.
    await page.getByLabel("Briefing (min)").fill("0");
    expect(await page.locator(".fac-seat-list").textContent()).toContain("Kyiv (our class)");
    expect(await basicA11yProblems(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.screenshot({ path: screenshotPath("facilitator-own-scenario-ready"), fullPage: true });
    await page.getByRole("button", { name: "Create the session" }).click();
    await page.getByRole("heading", { name: "Your session is ready" }).waitFor(POLL);
    const consoleHref = (await page.getByRole("link", { name: "Open the console" }).getAttribute("href")) ?? "";
    const sessionId = consoleHref.split("/").pop() ?? "";
    const key = await page.evaluate((id) => localStorage.getItem(`ironclad:facilitator:${id}`), sessionId);
    const auth = { authorization: `Bearer ${key}` };
    const exported = await api(server.url, "GET", `/api/sessions/${sessionId}/export.json`, undefined, auth);
    expect(exported.body).toMatchObject({ ownScenario: true, scenarioId: `our-class@${sessionId}` });
    expect(exported.body.scenario).toEqual(fixedFile());
    expect(stored()).toEqual({
      sessions: before.sessions + 1,
      scenarios: before.scenarios + 1,
      tables: before.tables + 1,
    });
    const code = ((await page.locator(".fac-ticket .fac-code").first().textContent()) ?? "").trim();

    // The fixed file plays: a student sits as Kyiv, the facilitator starts, the table shows the file's names.
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const student = await context.newPage();
    const studentErrors: string[] = [];
    student.on("pageerror", (e) => studentErrors.push(String(e)));
    try {
      await student.goto(`${server.url}/join/${code}`);
      await student.getByLabel("Your name").fill("Oksana");
      await student.getByLabel("Seat").selectOption("kyiv");
      await student.getByRole("button", { name: "Join the table" }).click();
      await student.waitForURL(/\/play\//, POLL);
      await student
        .locator(".seat-card.is-me")
        .first()
        .waitFor(POLL)
        .catch(async (e) => {
          throw new Error(`${e}\n${await describeStuckPage(student)}`);
        });
      expect(await student.locator(".seat-card.is-me").first().textContent()).toContain("Kyiv (our class)");
      const started = await api(
        server.url,
        "POST",
        `/api/sessions/${sessionId}/actions`,
        { action: { type: "table/start" } },
        auth,
      );
      expect(started.body.results[0]).toMatchObject({ ok: true });
      await expect
        .poll(() => student.locator("body").textContent(), POLL)
        .toContain("Force on the ground (our wording)");
      await student.screenshot({ path: screenshotPath("facilitator-own-scenario-table") });
      expect(studentErrors).toEqual([]);
    } finally {
      await context.close();
    }
    // The console names the seats by the session's own file, which no list of scenarios has.
    await page.getByRole("link", { name: "Open the console" }).click();
    await expect.poll(() => page.locator(".fac-tcard").first().textContent(), POLL).toContain("Kyiv (our class)");
    await page.screenshot({ path: screenshotPath("facilitator-own-scenario-console") });
    expect(errors).toEqual([]);
  }, 300_000);
});
