// Domestic pressure in Chromium against the real server (#16; docs/model.md §7): at a table whose
// seed drew it, the seat under pressure reads why and its raised no-deal value in its brief; another
// seat at the same table reads only that some seat may be under it; the printed role sheet of that
// table prints the raised value. Photographed to be looked at.
import { describe, expect, it } from "vitest";
import { chromiumMissingReason, pageErrors, screenshotPath } from "./chromium.ts";
import { api } from "./client-build.ts";
import { skipGuide } from "./guide-seen.ts";
import { quickGameBed } from "./quick-game-page.ts";

const skip = chromiumMissingReason();

type Pressure = { tableId: string; seat: string; points: number };

describe.skipIf(skip)("domestic pressure", () => {
  // Bots that never move: the briefs are read at a quiet table.
  const bed = quickGameBed("600000,600000");

  it("tells the seat it fell on, and only that seat, with its raised no-deal value", async () => {
    const base = bed.url;
    const browser = bed.browser;
    // One table in ten draws it (Kyiv or Washington): a session of 50 tables all but surely has one.
    let found: { session: { body: any }; pressure: Pressure } | null = null;
    for (let attempt = 0; attempt < 4 && !found; attempt++) {
      const session = await api(base, "POST", "/api/sessions", { tables: 50, timings: { briefingSeconds: 600 } });
      expect(session.status).toBe(201);
      const sheets = await api(base, "GET", `/api/sessions/${session.body.sessionId}/briefs`, undefined, {
        authorization: `Bearer ${session.body.facilitatorKey}`,
      });
      expect(sheets.status).toBe(200);
      const pressure = (sheets.body.pressure as Pressure[])[0];
      if (pressure) found = { session, pressure };
    }
    if (!found) throw new Error("no table of 200 drew domestic pressure");
    const { session, pressure } = found;
    expect(["kyiv", "washington"]).toContain(pressure.seat);
    const table = session.body.tables.find((t: { tableId: string }) => t.tableId === pressure.tableId);
    const scenario = (await api(base, "GET", "/api/scenarios/guarantees-2025/file")).body;
    const usual: number = scenario.seats.find((s: { id: string }) => s.id === pressure.seat).brief.noDealValue;

    const join = async (seat: string, name: string) => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      await skipGuide(context);
      const page = await context.newPage();
      await page.goto(`${base}/join/${table.code}`);
      await page.getByLabel("Your name").fill(name);
      await page.getByLabel("Seat").selectOption(seat);
      await page.getByRole("button", { name: "Join the table" }).click();
      await page.waitForURL(/\/play\//);
      await page.locator(".brief-panel").waitFor({ timeout: 45_000 });
      return { context, page };
    };

    const pressed = await join(pressure.seat, "Olena");
    const errors = pageErrors(pressed.page);
    const note = pressed.page.locator(".brief-pressure");
    await note.waitFor({ timeout: 30_000 });
    const text = (await note.textContent()) ?? "";
    expect(text).toContain("Domestic pressure at this table");
    expect(text).toContain(scenario.pressure.text.en);
    expect(text).toContain(
      `Your no-deal value here is ${usual + pressure.points}: ${pressure.points} above the usual ${usual}.`,
    );
    expect(await pressed.page.locator(".brief-facts .big-number").first().textContent()).toBe(
      String(usual + pressure.points),
    );
    await pressed.page.locator(".brief-panel").screenshot({ path: screenshotPath("brief-domestic-pressure") });

    // Another seat at the same table reads the rule, not whom it struck.
    const other = await join("paris", "Jeanne");
    const hint = other.page.locator(".brief-pressure-maybe");
    await hint.waitFor({ timeout: 30_000 });
    expect(await hint.textContent()).toContain("Kyiv or Washington (drawn at random) is under domestic pressure");
    expect(await other.page.locator(".brief-pressure").count()).toBe(0);
    const parisUsual = scenario.seats.find((s: { id: string }) => s.id === "paris").brief.noDealValue;
    expect(await other.page.locator(".brief-facts .big-number").first().textContent()).toBe(String(parisUsual));
    await other.page.locator(".brief-panel").screenshot({ path: screenshotPath("brief-domestic-pressure-other") });

    // The printed role sheet of that table prints the raised value on that seat's page.
    const sheets = await other.context.newPage();
    await sheets.addInitScript(
      ([id, key]) => localStorage.setItem(`ironclad:facilitator:${id}`, key as string),
      [session.body.sessionId, session.body.facilitatorKey],
    );
    await sheets.goto(`${base}/facilitate/${session.body.sessionId}/sheets`);
    await sheets.getByRole("heading", { name: "Confidential role sheets", level: 1 }).waitFor({ timeout: 30_000 });
    await sheets.getByLabel("Print for").selectOption(pressure.tableId);
    const sheet = sheets.locator(`.fac-sheet[data-table="${pressure.tableId}"][data-seat="${pressure.seat}"]`);
    await sheet.waitFor({ timeout: 30_000 });
    expect(await sheet.locator(".fac-sheet-big").first().textContent()).toBe(String(usual + pressure.points));
    expect(await sheet.locator(".fac-sheet-pressure").textContent()).toContain("Domestic pressure at this table");
    await sheet.screenshot({ path: screenshotPath("role-sheet-domestic-pressure") });
    // The facilitator's drill-down of that table marks the seat.
    await sheets.goto(`${base}/facilitate/${session.body.sessionId}`);
    const card = sheets.locator(`article[data-table="${pressure.tableId}"]`);
    await card.getByRole("button", { name: "Open", exact: true }).click();
    const mark = sheets.getByTestId("drill-pressure");
    await mark.waitFor({ timeout: 30_000 });
    expect(await mark.textContent()).toBe(`under domestic pressure (+${pressure.points})`);
    await sheets.getByTestId("drill").screenshot({ path: screenshotPath("facilitator-drill-domestic-pressure") });
    expect(errors).toEqual([]);
    await pressed.context.close();
    await other.context.close();
  }, 240_000);
});
