// The console's view of a running table (#17 item 13): during a vote, a seat that has not cast its
// ballot shows "to vote" beside its name and the table's card counts the seats it waits on; the
// drill-down reads the table's talk, private channels only where the session allows it.
import { Client, type Room } from "@colyseus/sdk";
import { PROTOCOL_VERSION } from "@ironclad/engine/protocol";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fr from "../src/i18n/fr.json";
import { chromiumMissingReason, launchChromium, pageErrors, screenshotPath } from "./chromium.ts";
import { api, buildClient } from "./client-build.ts";
import { type RunningServer, startServer } from "./server-process.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

describe.skipIf(skip !== null)("the console's view of a running table in Chromium", () => {
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

  /** The session's console in a page of its own, the facilitator key in its storage as the setup page leaves it. */
  async function consolePage(sessionId: string, key: string) {
    const page = await browser.newPage({ viewport: { width: 1360, height: 900 } });
    const errors = pageErrors(page);
    await page.goto(`${server.url}/`);
    await page.evaluate(([id, k]) => localStorage.setItem(`ironclad:facilitator:${id}`, k ?? ""), [sessionId, key]);
    await page.goto(`${server.url}/facilitate/${sessionId}`);
    return { page, errors };
  }

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

    const { page, errors } = await consolePage(sessionId, facilitatorKey);
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

    // The table's watch link can be switched off and on from its card (#21 item 2).
    const watching = async () =>
      (await api(server.url, "GET", `/api/sessions/${sessionId}`, undefined, auth)).body.tables[0].watching;
    const watchSwitch = page.getByTestId("watch").getByLabel("Let people watch");
    expect(await watchSwitch.isChecked()).toBe(true);
    await expect.poll(() => watchSwitch.isEnabled(), POLL).toBe(true);
    await watchSwitch.uncheck();
    await expect.poll(watching, POLL).toBe(false);
    await expect.poll(() => page.getByTestId("watch").textContent(), POLL).toContain("Watching is switched off");
    // The text follows the switch at once; the switch itself stays disabled until the console's request returns.
    await expect.poll(() => watchSwitch.isEnabled(), POLL).toBe(true);
    await watchSwitch.check();
    await expect.poll(watching, POLL).toBe(true);
    await expect.poll(() => page.getByTestId("watch").textContent(), POLL).toContain("Copy the watch link");

    // The drill-down words each amendment's status and each ballot in the page's language: it showed
    // the engine's codes ("open", "sign") in every language (#20).
    await page.evaluate(() => localStorage.setItem("ironclad:lang", "fr"));
    await page.reload();
    const drill = page.getByTestId("drill");
    await drill.locator(".fac-ballot-sign, .fac-ballot-decline").first().waitFor(POLL);
    const said = (selector: string, attribute: string) =>
      drill
        .locator(selector)
        .evaluateAll((els, a) => els.map((e) => [e.getAttribute(a) ?? "", e.textContent ?? ""]), attribute);
    const statuses = await said(".fac-plain [data-status]", "data-status");
    expect(statuses.length).toBeGreaterThan(0);
    for (const [status, text] of statuses) expect(text).toBe(fr[`amend.status.${status}` as keyof typeof fr]);
    const ballots = await said("[data-ballot]", "data-ballot");
    expect(ballots.length).toBeGreaterThan(0);
    for (const [ballot, text] of ballots)
      expect(text).toMatch(new RegExp(`: ${fr[`ballot.${ballot}` as keyof typeof fr]}$`));
    expect(await drill.textContent()).toContain(fr["f.drill.seq"].replace("{n}", ""));
    await drill.screenshot({ path: screenshotPath("facilitator-drill-fr") });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  for (const readPrivate of [true, false])
    it(`reads the table's talk in the drill-down, private channels ${readPrivate ? "too (the session allows it)" : "not (the session keeps them private)"}`, async () => {
      const session = await api(server.url, "POST", "/api/sessions", {
        tables: 1,
        readPrivate,
        timings: { briefingSeconds: 600 },
      });
      const { sessionId, facilitatorKey } = session.body;
      const { code, tableId } = session.body.tables[0];
      const joined = await api(server.url, "POST", "/api/join", { code, name: "Olena", seat: "kyiv" });
      const kyiv: Room = await new Client(server.url).joinById(tableId, {
        seatToken: joined.body.seatToken,
        protocol: PROTOCOL_VERSION,
      });
      kyiv.onMessage("*", () => undefined);
      kyiv.send("chat", { channel: "table", text: "Kyiv asks the table about the force." });
      kyiv.send("chat", { channel: "bilateral", to: "paris", text: "Paris, a word in private about the pledge." });

      const { page, errors } = await consolePage(sessionId, facilitatorKey);
      await page.getByRole("button", { name: "Open", exact: true }).click();
      const log = page.getByTestId("chat-log");
      await expect.poll(() => log.textContent(), POLL).toContain("Kyiv asks the table about the force.");
      const privateLine = "Paris, a word in private about the pledge.";
      if (readPrivate) {
        await expect.poll(() => log.textContent(), POLL).toContain(privateLine);
        // One channel at a time: the bilateral one holds its own lines (Kyiv's, and Paris's answer
        // once its bot has replied), not the table's.
        await page.getByLabel("Channel").selectOption({ label: "Kyiv – Paris" });
        await expect.poll(() => log.textContent(), POLL).not.toContain("Kyiv asks the table about the force.");
        expect(await log.textContent()).toContain(privateLine);
        expect(await log.locator("li").count()).toBeLessThanOrEqual(2);
        await page.screenshot({ path: screenshotPath("facilitator-chat-reader"), fullPage: true });
      } else {
        // The server never sends the facilitator a channel the session keeps private.
        await page.waitForTimeout(1_000);
        expect(await log.textContent()).not.toContain(privateLine);
        expect(await page.getByText("keeps bilateral and delegation channels private").count()).toBe(1);
        // Kyiv's own line to the facilitator is read all the same, and answered from here.
        const heard: { channel: string; text: string }[] = [];
        kyiv.onMessage("chat", (m: { channel: string; text: string }) => heard.push(m));
        kyiv.send("chat", { channel: "facilitator", text: "What does the unanimity bonus give us?" });
        await page.getByLabel("Channel").selectOption({ label: "Kyiv ↔ you" });
        await expect.poll(() => log.textContent(), POLL).toContain("What does the unanimity bonus give us?");
        await page.getByLabel(/^Answer Kyiv/).fill("Every signatory scores more when all of you sign.");
        await page.locator(".fac-chat-reply").getByRole("button", { name: "Send" }).click();
        await expect
          .poll(() => heard.find((m) => m.channel === "facilitator:kyiv" && m.text.startsWith("Every signatory")), POLL)
          .toBeTruthy();
        await expect.poll(() => log.locator("li").count(), POLL).toBe(2);
        await page.screenshot({ path: screenshotPath("facilitator-line-to-seat"), fullPage: true });
      }
      expect(errors).toEqual([]);
      await kyiv.leave();
      await page.close();
    }, 90_000);

  it("lets a student ask the facilitator on their seat's line, and shows the answer in their chat", async () => {
    const session = await api(server.url, "POST", "/api/sessions", { tables: 1, timings: { briefingSeconds: 600 } });
    const { sessionId, facilitatorKey } = session.body;
    const { code } = session.body.tables[0];
    const student = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const studentErrors = pageErrors(student);
    await student.goto(`${server.url}/join/${code}`);
    await student.getByLabel("Your name").fill("Olena");
    await student.getByLabel("Seat").selectOption("kyiv");
    await student.getByRole("button", { name: "Join the table" }).click();
    await student.waitForURL(/\/play\//);
    const line = student.locator('.channel[data-channel="facilitator:kyiv"]');
    await line.waitFor(POLL);
    expect(await line.textContent()).toContain("Ask the facilitator");
    await line.click();
    await student.getByLabel("Message to Ask the facilitator").fill("May we see the other delegations' briefs?");
    await student.getByLabel("Message to Ask the facilitator").press("Enter");

    const { page, errors } = await consolePage(sessionId, facilitatorKey);
    await page.getByRole("button", { name: "Open", exact: true }).click();
    await page.getByLabel("Channel").selectOption({ label: "Kyiv ↔ you" });
    const log = page.getByTestId("chat-log");
    await expect.poll(() => log.textContent(), POLL).toContain("May we see the other delegations' briefs?");
    await page.getByLabel(/^Answer Kyiv/).fill("No: each delegation reads only its own.");
    await page.locator(".fac-chat-reply").getByRole("button", { name: "Send" }).click();
    await expect
      .poll(() => student.locator(".chat-panel .messages").textContent(), POLL)
      .toContain("No: each delegation reads only its own.");
    await student.screenshot({ path: screenshotPath("student-line-to-facilitator") });
    expect(studentErrors).toEqual([]);
    expect(errors).toEqual([]);
    await student.close();
    await page.close();
  }, 120_000);
});
