// Issue 17, item 9 in Chromium: a student who joins from the join form on a phone lands at the
// top of the table page, not at its bottom.
import { describe, expect, it } from "vitest";
import { chromiumMissingReason, describeStuckPage, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api } from "./client-build.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

describe.skipIf(skip !== null)("a student joining on a phone", () => {
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
});
