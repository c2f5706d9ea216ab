// Issue 17 in Chromium, a student on a phone: joining from the join form lands at the top of the
// table page, not at its bottom (item 9); the table's number and code stay in the bar, with an
// invite link to the table (item 11).
import { describe, expect, it } from "vitest";
import { horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, describeStuckPage, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api } from "./client-build.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

describe.skipIf(skip !== null)("a student on a phone", () => {
  const bed = classroomBed();

  it("lands at the top of the table page after joining from the form", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })
    ).body;
    const [t1] = session.tables;
    // Some talk first, so the chat has history to show when the page opens.
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    await api(bed.server.url, "POST", `/api/sessions/${session.sessionId}/broadcast`, { text: "Welcome, all." }, auth);
    const context = await bed.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
      deviceScaleFactor: 2,
    });
    const student = await context.newPage();
    const errors: string[] = [];
    student.on("pageerror", (e) => errors.push(String(e)));
    try {
      await student.goto(`${bed.server.url}/join/${t1.code}`);
      await student.getByLabel("Your name").fill("Oksana");
      await student.getByLabel("Seat").selectOption("kyiv");
      // A phone's keyboard and a long form: the button is reached by scrolling down.
      await student.getByRole("button", { name: "Join the table" }).scrollIntoViewIfNeeded();
      await student.getByRole("button", { name: "Join the table" }).tap();
      await student.waitForURL(new RegExp(`/play/${t1.tableId}`), POLL);
      await student
        .locator(".seat-card.is-me")
        .first()
        .waitFor(POLL)
        .catch(async (e) => {
          throw new Error(`${e}\n${await describeStuckPage(student)}`);
        });
      // Let the stage, the chat history and the panels settle, then read where the page stands.
      await student.waitForTimeout(2500);
      const scroll = await student.evaluate(() => ({
        y: window.scrollY,
        max: document.documentElement.scrollHeight - window.innerHeight,
      }));
      await student.screenshot({ path: screenshotPath("student-phone-after-join") });
      expect(scroll.max).toBeGreaterThan(0);
      expect(scroll.y).toBe(0);
      expect(await student.locator(".play-bar").isVisible()).toBe(true);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  // Issue 17, item 11: a student always knows where they are, and can bring someone to their table.
  it("shows the table's number and code at the top, with an invite link that opens the join form on that table", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })
    ).body;
    const [, t2] = session.tables;
    const context = await bed.browser.newContext({
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    const errors: string[] = [];
    try {
      const student = await context.newPage();
      student.on("pageerror", (e) => errors.push(String(e)));
      await student.goto(`${bed.server.url}/join/${t2.code}`);
      await student.getByLabel("Your name").fill("Petro");
      await student.getByLabel("Seat").selectOption("berlin");
      await student.getByRole("button", { name: "Join the table" }).tap();
      await student.waitForURL(new RegExp(`/play/${t2.tableId}`), POLL);
      const tag = student.getByTestId("table-tag");
      await expect.poll(() => tag.textContent(), POLL).toContain("Table 2");
      expect(await tag.textContent()).toContain(t2.code);
      // In the sticky bar: still there after scrolling down the page.
      await student.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
      expect(await tag.isVisible()).toBe(true);
      await student.evaluate(() => window.scrollTo(0, 0));
      await student.screenshot({ path: screenshotPath("student-phone-table-tag") });
      await tag.locator("summary").tap();
      const link = student.getByTestId("invite-link");
      await link.waitFor(POLL);
      const href = await link.getAttribute("href");
      expect(href).toBe(`${bed.server.url}/join/${t2.code}`);
      await student.screenshot({ path: screenshotPath("student-phone-invite") });

      // In play, with the clock and the round beside it, the bar still fits a phone.
      await bed.act(session, { type: "table/start" });
      await bed.act(session, { type: "facilitator/skip" });
      await student.locator(".play[data-phase='negotiation']").waitFor(POLL);
      await tag.locator("summary").tap();
      expect(await horizontalOverflow(student)).toBeLessThanOrEqual(0);
      expect(await tag.isVisible()).toBe(true);
      await student.screenshot({ path: screenshotPath("student-phone-table-tag-negotiation") });
      await student.setViewportSize({ width: 1280, height: 800 });
      await student.locator(".play-bar").screenshot({ path: screenshotPath("student-desktop-table-tag") });

      // A friend opens the link: the join form, on that table's code.
      const friend = await context.newPage();
      await friend.goto(href ?? "");
      await expect.poll(() => friend.getByLabel("Table code").inputValue(), POLL).toBe(t2.code);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
