// The console says which seats a table waits on (#17 item 13): during a vote, a seat that has not
// cast its ballot shows "to vote" beside its name, and the table's card counts the seats it waits on.
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chromiumMissingReason, launchChromium, pageErrors, screenshotPath } from "./chromium.ts";
import { api, buildClient } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

describe.skipIf(skip !== null)("the console's waiting-on marks in Chromium", () => {
  let server: RunningServer;
  let browser: Browser;

  beforeAll(async () => {
    const outDir = await buildClient();
    server = await startServer({ CLIENT_DIST: outDir, BOT_THINK_MS: "100,300" });
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it("marks the seat that owes a ballot in an open vote, and counts the seats the table waits on", async () => {
    const session = await api(server.url, "POST", "/api/sessions", {
      tables: 1,
      timings: { briefingSeconds: 0, voteSeconds: 600 },
    });
    expect(session.status).toBe(201);
    const { sessionId, facilitatorKey } = session.body;
    const auth = { authorization: `Bearer ${facilitatorKey}` };
    const act = async (action: unknown) => {
      const r = await api(server.url, "POST", `/api/sessions/${sessionId}/actions`, { action }, auth);
      expect(r.body.results[0]).toMatchObject({ ok: true });
    };
    // Kyiv is a person's seat nobody has taken yet: no bot and no seat-keeper ballots for it.
    await act({ type: "facilitator/set-controller", seat: "kyiv", controller: "human" });
    await act({ type: "table/start" });
    const summary = async () =>
      (await api(server.url, "GET", `/api/sessions/${sessionId}/console`, undefined, auth)).body.tables[0].summary;
    await expect.poll(async () => ((s) => s.draftFilled === s.draftSize)(await summary()), POLL).toBe(true);
    await act({ type: "vote/call" });

    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const errors = pageErrors(page);
    await page.goto(`${server.url}/`);
    await page.evaluate(
      ([id, key]) => localStorage.setItem(`ironclad:facilitator:${id}`, key ?? ""),
      [sessionId, facilitatorKey],
    );
    await page.goto(`${server.url}/facilitate/${sessionId}`);
    // The bots cast their ballots within a second or two; Kyiv's stays owed.
    await expect.poll(() => page.getByTestId("waiting-on").textContent(), POLL).toBe("Waiting on 1 seat");
    expect(await page.getByTestId("owes-kyiv").textContent()).toBe("to vote");
    expect(await page.getByTestId("owes-kyiv").getAttribute("title")).toMatch(/ballot/);
    expect(await page.locator('[data-testid^="owes-"]').count()).toBe(1);
    expect((await summary()).awaited).toEqual({ kyiv: "ballot" });
    await page.screenshot({ path: screenshotPath("facilitator-console-waiting"), fullPage: true });

    // The facilitator closes the vote: nobody is owed anything any more.
    await act({ type: "vote/close" });
    await expect.poll(() => page.getByTestId("waiting-on").count(), POLL).toBe(0);
    expect(await page.locator('[data-testid^="owes-"]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});
