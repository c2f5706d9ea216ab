// Issue 17, item 8, in Chromium: a forked table says what it was forked from on the console's
// card, in its report and on the class dashboard, and ranks only when the facilitator includes it;
// a table never played ranks nobody and reads 'Not played' on the ranking board.
import { describe, expect, it } from "vitest";
import { chromiumMissingReason, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api } from "./client-build.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

describe.skipIf(skip !== null)("a forked table on the facilitator's pages", () => {
  const bed = classroomBed();

  const facilitatorPage = (session: { sessionId: string; facilitatorKey: string }) => bed.facilitatorPage(session);

  it("says 'Forked from table 1 at step S' on the console, the report and the dashboard", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })
    ).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1] = session.tables;
    await bed.act(session, { type: "table/start" });
    const step = 1;
    const fork = (
      await api(bed.server.url, "POST", `/api/sessions/${session.sessionId}/tables/${t1.tableId}/fork`, { step }, auth)
    ).body;
    expect(fork.number).toBe(3);
    const page = await facilitatorPage(session);
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));

    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}`);
    const card = page.locator(`[data-table="${fork.tableId}"]`);
    await expect.poll(() => card.getByTestId("forked-from").textContent(), POLL).toBe("Forked from table 1 at step 1");
    expect(await page.getByTestId("forked-from").count()).toBe(1);
    await card.screenshot({ path: screenshotPath("facilitator-console-fork-card") });

    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}/report/${fork.tableId}`);
    await expect
      .poll(() => page.locator(".fac-rep-head").getByTestId("forked-from").textContent(), POLL)
      .toBe("Forked from table 1 at step 1");
    await page.locator(".fac-rep-head").screenshot({ path: screenshotPath("facilitator-report-fork") });

    expect((await api(bed.server.url, "POST", `/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}/projector`);
    const forkCard = page.locator(`.fac-proj-card[data-table="${fork.tableId}"]`);
    await expect.poll(() => forkCard.textContent(), POLL).toContain("Forked from table 1 at step 1");
    // Left out of the ranking: the fork's column is empty until the facilitator includes it.
    const forkColumn = page.locator(".fac-proj-board tbody td:nth-child(4) strong");
    await expect
      .poll(() => page.locator(".fac-proj-board tbody td:nth-child(2) strong").count(), POLL)
      .toBeGreaterThan(0);
    expect(await forkColumn.count()).toBe(0);
    await page.getByLabel("Rank the forked tables too").check();
    await expect.poll(() => forkColumn.count(), POLL).toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath("facilitator-projector-fork"), fullPage: true });
    expect(errors).toEqual([]);
  });

  it("reads a table ended from the lobby as 'Not played' on the ranking board, not as bot seats", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })
    ).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1] = session.tables;
    await bed.act(session, { type: "table/start" }, [t1.tableId]);
    expect((await api(bed.server.url, "POST", `/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
    const page = await facilitatorPage(session);
    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}/projector`);
    const played = page.locator(".fac-proj-board tbody td:nth-child(2)");
    const idle = page.locator(".fac-proj-board tbody td:nth-child(3)");
    await expect.poll(() => played.locator("strong").count(), POLL).toBeGreaterThan(0);
    for (const cell of await idle.allTextContents()) expect(cell).toBe("Not played");
    expect(await played.first().textContent()).toContain("rank 1 of 1");
    await page.locator(".fac-proj-board").screenshot({ path: screenshotPath("facilitator-ranking-not-played") });
  });
});
