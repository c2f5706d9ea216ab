// Issue 17 in Chromium, around the start of a session: the class dashboard reads each table in the
// lobby as waiting to start, not "In play · Lobby" (9); a table ended from the lobby reads "Not
// played" on the dashboard, in its report and in a student's debrief, never "Deterrence held" (8);
// the report names a package's options by their titles (7); the handout prints every code whole,
// never breaks a code inside a link, and builds its links on this browser's address (4).
import { describe, expect, it } from "vitest";
import { chromiumMissingReason, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api, readScenario } from "./client-build.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

describe.skipIf(skip !== null)("the facilitator's pages for tables that have not started", () => {
  const bed = classroomBed();

  const facilitatorPage = (session: { sessionId: string; facilitatorKey: string }) => bed.facilitatorPage(session);

  it("reads tables in the lobby as waiting to start on the class dashboard", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })
    ).body;
    const page = await facilitatorPage(session);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}/projector`);
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
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 1, timings: { briefingSeconds: 600 } })
    ).body;
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
    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}/report/${t1.tableId}`);
    const summary = page.locator('[data-section="summary"]');
    await expect.poll(() => summary.locator(".fac-package").textContent(), POLL).toContain("Article 5 wording");
    const text = (await summary.textContent()) ?? "";
    expect(text).toContain("EU accession by a fixed date");
    expect(text).not.toMatch(/Article5|Eu date/);
    await summary.screenshot({ path: screenshotPath("facilitator-report-package") });
  });

  it("shows a table ended from the lobby as not played: a student's debrief, the dashboard and the report (#17.8)", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })
    ).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1] = session.tables;
    const context = await bed.context({ viewport: { width: 390, height: 800 } });
    const student = await context.newPage();
    const errors: string[] = [];
    student.on("pageerror", (e) => errors.push(String(e)));
    await student.goto(`${bed.server.url}/join/${t1.code}`);
    await student.getByLabel("Your name").fill("Iryna");
    await student.getByRole("button", { name: "Join the table" }).click();
    await student.waitForURL(new RegExp(`/play/${t1.tableId}`), POLL);
    await student.locator(".seat-card.is-me").first().waitFor(POLL);

    // The table alone on the projector, live while the room is open.
    const projector = await facilitatorPage(session);
    await projector.goto(`${bed.server.url}/facilitate/${session.sessionId}/projector?table=${t1.tableId}`);
    await projector.getByTestId("table-projector").waitFor(POLL);

    expect((await api(bed.server.url, "POST", `/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
    await expect.poll(() => projector.locator(".fac-proj-verdict").textContent(), POLL).toBe("Not played");
    expect(await projector.getByTestId("table-projector").textContent()).not.toMatch(/held/i);
    await projector.screenshot({ path: screenshotPath("facilitator-projector-table-not-played") });
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
    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}/projector`);
    await expect.poll(() => page.locator(".fac-proj-card.notplayed").count(), POLL).toBe(2);
    for (const c of await page.locator(".fac-proj-card").allTextContents()) {
      expect(c).toContain("Not played");
      expect(c).not.toMatch(/held|No deal/);
    }
    await page.screenshot({ path: screenshotPath("facilitator-projector-not-played"), fullPage: true });

    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}/report/${t1.tableId}`);
    const summary = page.locator('[data-section="summary"]');
    await expect.poll(() => summary.locator(".fac-verdict-main").textContent(), POLL).toBe("Not played");
    expect(await summary.textContent()).not.toMatch(/held/i);
    await page.locator(".fac-timeline li").first().waitFor(POLL);
    expect(await page.locator('[data-section="timeline"]').textContent()).not.toMatch(/deterrence held/i);
    await summary.screenshot({ path: screenshotPath("facilitator-report-not-played") });

    // In Ukrainian too.
    await page.getByRole("button", { name: "Українська" }).click();
    await expect.poll(() => summary.locator(".fac-verdict-main").textContent(), POLL).toBe("Не зіграно");
    // The timeline's lines already on screen are retold in Ukrainian too (#18 item 5).
    const timeline = page.locator('[data-section="timeline"]');
    await expect.poll(() => timeline.textContent(), POLL).toContain("Не зіграно.");
    expect(await timeline.textContent()).not.toContain("Not played.");
  });

  it("prints a handout whose codes are whole, whose links keep a code on one line and name this address (#17.4)", async () => {
    const context = await bed.context({ viewport: { width: 1360, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    // The server has no PUBLIC_URL, so its own links say localhost; this browser uses 127.0.0.1.
    expect(bed.server.url).toMatch(/^http:\/\/127\.0\.0\.1:/);
    // A bot Moscow (the code and the QR code side by side on each ticket) and a human one (its link below).
    for (const moscow of ["bot", "human"] as const) {
      await page.setViewportSize({ width: 1360, height: 900 });
      await page.goto(`${bed.server.url}/facilitate`);
      await page.getByRole("heading", { name: "Set up a session", level: 1 }).waitFor(POLL);
      await page.getByLabel("Tables", { exact: true }).fill("3");
      await page.locator(`input[name="moscow"][value="${moscow}"]`).check();
      await page.getByRole("button", { name: "Create the session" }).click();
      await page.getByRole("heading", { name: "Your session is ready" }).waitFor(POLL);
      await expect.poll(() => page.locator(".fac-ticket img.fac-qr").count(), POLL).toBe(3);

      const links = await page.locator(".fac-handout .fac-link a, .fac-handout .fac-redcell a").all();
      expect(links.length).toBe(moscow === "human" ? 1 + 3 + 3 : 1 + 3);
      for (const a of links) {
        expect(await a.getAttribute("href")).toMatch(new RegExp(`^${bed.server.url.replace(/\./g, "\\.")}/join/`));
        expect(await a.textContent()).toMatch(new RegExp(`^${bed.server.url.replace(/\./g, "\\.")}/join/`));
      }

      // Each ticket: the code's letters clear of the QR code and inside the ticket; in every link the
      // code on one line.
      const problems = () =>
        page.evaluate(() => {
          const out: string[] = [];
          const textRange = (el: Element, from: number, to: number): Range => {
            const range = document.createRange();
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            let pos = 0;
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const len = n.textContent?.length ?? 0;
              if (from >= pos && from <= pos + len) range.setStart(n, from - pos);
              if (to >= pos && to <= pos + len) {
                range.setEnd(n, to - pos);
                break;
              }
              pos += len;
            }
            return range;
          };
          for (const ticket of document.querySelectorAll(".fac-ticket")) {
            const code = ticket.querySelector(".fac-code");
            const qr = ticket.querySelector(".fac-qr");
            const text = code?.textContent?.trim() ?? "";
            if (!code || !qr) continue;
            const c = textRange(code, 0, code.textContent?.length ?? 0).getBoundingClientRect();
            const q = qr.getBoundingClientRect();
            const t = ticket.getBoundingClientRect();
            if (c.right > q.left && c.left < q.right && c.bottom > q.top && c.top < q.bottom)
              out.push(`${text}: the QR code covers the code`);
            if (c.left < t.left || c.right > t.right) out.push(`${text}: the code runs out of its ticket`);
            for (const a of ticket.querySelectorAll(".fac-link a, .fac-redcell a")) {
              const at = a.textContent?.indexOf(text) ?? -1;
              if (at < 0) continue;
              const lines = new Set(
                [...textRange(a, at, at + text.length).getClientRects()]
                  .filter((r) => r.width > 0)
                  .map((r) => Math.round(r.top)),
              );
              if (lines.size !== 1) out.push(`${text}: its link breaks the code over ${lines.size} lines`);
            }
          }
          return out;
        });
      for (const width of [1360, 1100, 900, 820, 700, 390]) {
        await page.setViewportSize({ width, height: 900 });
        expect(await problems(), `screen, ${width} px`).toEqual([]);
      }
      await page.setViewportSize({ width: 1360, height: 900 });
      await page.locator(".fac-handout").screenshot({ path: screenshotPath(`facilitator-handout-${moscow}-1360`) });
      await page.setViewportSize({ width: 820, height: 900 });
      await page.locator(".fac-handout").screenshot({ path: screenshotPath(`facilitator-handout-${moscow}-820`) });
      // Printed on A4 (794 px wide at 96 dpi) and on US Letter (816 px).
      await page.emulateMedia({ media: "print" });
      for (const width of [794, 816]) {
        await page.setViewportSize({ width, height: 1123 });
        expect(await problems(), `print, ${width} px`).toEqual([]);
      }
      await page.setViewportSize({ width: 794, height: 1123 });
      await page.screenshot({ path: screenshotPath(`facilitator-handout-${moscow}-a4`), fullPage: true });
      await page.emulateMedia({ media: "screen" });
    }
    expect(errors).toEqual([]);
  });
});
