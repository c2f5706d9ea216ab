// Issue 7's classroom: a session of three tables, nine students in nine browsers joining with the
// one session code, the facilitator pausing, injecting, ending, then the report, the CSV and JSON
// exports and the printed PDF — and no student browser ever receiving another seat's brief.
import { replay, stateHash } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { basicA11yProblems } from "./a11y.ts";
import { chromiumMissingReason, describeStuckPage, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api, readScenario } from "./client-build.ts";

const skip = chromiumMissingReason();
// Nine browsers, each loading the table (and its WebGL stage) on two cores: a page can take a while.
const POLL = { timeout: 45_000 };

describe.skipIf(skip !== null)("a class of nine at three tables", () => {
  const bed = classroomBed();

  it("seats nine students evenly, runs, ends and reports the session, and leaks no brief to any student", async () => {
    const scenario: any = readScenario();
    const objectives = new Map<string, string>(
      scenario.seats.filter((s: any) => s.brief).map((s: any) => [s.id, s.brief.objectives.en.slice(0, 60)]),
    );
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 3, timings: { briefingSeconds: 600 } })
    ).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };

    // Nine students, nine browsers, one session code; every frame each socket receives is kept.
    const students: { page: Page; frames: string[]; tableId: string }[] = [];
    for (let i = 0; i < 9; i++) {
      const context = await bed.context({ viewport: { width: 1024, height: 720 } });
      const page = await context.newPage();
      const frames: string[] = [];
      page.on("websocket", (ws) =>
        ws.on("framereceived", (f) => frames.push(Buffer.from(f.payload as never).toString("utf8"))),
      );
      await page.goto(`${bed.server.url}/join/${session.sessionCode}`);
      await page.getByLabel("Your name").fill(`Student ${i + 1}`);
      await page.getByRole("button", { name: "Join the table" }).click();
      await page.waitForURL(/\/play\/tbl_/, POLL);
      await page
        .locator(".phase-label")
        .waitFor(POLL)
        .catch(async (error) => {
          // Say what the page shows instead of the table (a failure screen, or still connecting).
          throw new Error(`student ${i + 1} at ${await describeStuckPage(page)}\n${bed.server.output().slice(-3000)}`, {
            cause: error,
          });
        });
      // The table page before the game starts (the lobby), checked in one bed.browser.
      if (i === 0) expect(await basicA11yProblems(page)).toEqual([]);
      students.push({ page, frames, tableId: page.url().split("/play/")[1] ?? "" });
    }
    const perTable = new Map<string, number>();
    for (const s of students) perTable.set(s.tableId, (perTable.get(s.tableId) ?? 0) + 1);
    expect([...perTable.values()].sort()).toEqual([3, 3, 3]);

    // The facilitator starts every table, pauses one, injects an event where it is allowed, ends.
    const [t1] = session.tables;
    const act = (action: object, tables?: string[]) =>
      api(bed.server.url, "POST", `/api/sessions/${session.sessionId}/actions`, { action, tables }, auth);
    expect((await act({ type: "table/start" })).body.results.every((r: any) => r.ok)).toBe(true);
    expect((await act({ type: "facilitator/pause" }, [t1.tableId])).body.results[0].ok).toBe(true);
    const injected = await act({ type: "facilitator/inject-event", card: scenario.events[0].id }, [t1.tableId]);
    expect(injected.body.results[0].error?.code ?? "ok").toMatch(/ok|phase\/wrong_phase|stress\/wrong_step/);
    expect((await api(bed.server.url, "POST", `/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
    for (const s of students)
      await expect.poll(() => s.page.locator(".phase-label").textContent(), POLL).toMatch(/Debrief/i);

    // The report: every section, printed to PDF by Chromium.
    const fac = await bed.context({ viewport: { width: 1280, height: 900 } });
    await fac.addInitScript(
      ([id, key]) => localStorage.setItem(`ironclad:facilitator:${id}`, key as string),
      [session.sessionId, session.facilitatorKey],
    );
    const report = await fac.newPage();
    await report.goto(`${bed.server.url}/facilitate/${session.sessionId}/report/${t1.tableId}`);
    for (const section of ["summary", "concession", "promises", "futures", "scores", "timeline"]) {
      await report.locator(`[data-section="${section}"]`).first().waitFor(POLL);
    }
    await report.screenshot({ path: screenshotPath("classroom-report"), fullPage: true });
    const pdf = await report.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(pdf.length).toBeGreaterThan(20_000);

    // CSV and JSON exports; the JSON log replays through the engine to the logged state hash.
    const csv = await fetch(`${bed.server.url}/api/sessions/${session.sessionId}/export/actions.csv`, {
      headers: auth,
    });
    expect((await csv.text()).split("\r\n")[0]).toBe("table,seq,time,actor,people,human/bot,action,what happened");
    const exported = (
      await api(bed.server.url, "GET", `/api/sessions/${session.sessionId}/export.json`, undefined, auth)
    ).body;
    for (const t of exported.tables) {
      const { seed, config, log } = t;
      const r = replay(
        defaultScenario(),
        seed,
        log.map((e: any) => e.action),
        undefined,
        {
          tableId: t.tableId,
          seats: config.seats,
          timings: config.timings,
          at: t.createdAt,
          controllers: config.moscow === "human" ? { moscow: "human" } : {},
        },
      );
      expect(r.error).toBeNull();
      expect(r.applied).toBe(log.length);
      expect(stateHash(r.state)).toBe(log.at(-1).stateHash);
    }

    // No student ever received another seat's brief (nor the facilitator's all-briefs part).
    for (const s of students) {
      const mine = await s.page.locator(".seat-card.is-me").first().getAttribute("data-seat");
      const received = s.frames.join("\n") + (await s.page.evaluate(() => document.body.textContent ?? ""));
      expect(received).not.toContain('"briefs":{');
      // The capture works: each student's frames do carry their own seat's brief.
      expect(mine && received.includes(objectives.get(mine) ?? "?"), `${mine}'s own brief arrived`).toBe(true);
      for (const [seat, text] of objectives)
        if (seat !== mine) expect(received.includes(text), `${mine} got ${seat}'s brief`).toBe(false);
    }
  }, 240_000);
});
