// Issue 17, items 14, 15 and 17, in Chromium against the real server: the setup form plans the time
// (presets, minutes, the engine's planned length, refused values), the confidential role sheets
// print one seat to a page and only with the key, and a second device opens the console from the
// facilitator link (its key in the fragment) and lists the session among this browser's sessions.
import fs from "node:fs";
import path from "node:path";
import { plannedLength, type Timings } from "@ironclad/engine";
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { PRESETS } from "../src/facilitator/session-plan.ts";
import { basicA11yProblems, horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, pageErrors, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api } from "./client-build.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };
const DESKTOP = { width: 1360, height: 900 };
const PHONE = { width: 390, height: 844 };

const scenario = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json"), "utf8"),
);
const clock: Timings = { ratificationSeconds: 20, eventSeconds: 20, adjudicationSeconds: 20, ...scenario.timings };
const briefOf = (seat: string) => scenario.seats.find((s: { id: string }) => s.id === seat).brief;
const SEATS = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"];

/** The form's words for the engine's plan: minutes rounded up, as "48 min" or "1 h 05 min". */
function planned(timings: Partial<Timings>, humanRedCell = false): string {
  const m = Math.ceil(plannedLength({ ...clock, ...timings }, { humanRedCell }).total / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, "0")} min`;
}

const PRESET_90 = PRESETS.find((p) => p.id === "lesson90")?.timings ?? {};

describe.skipIf(skip !== null)("the facilitator's plan, role sheets and second device", () => {
  const bed = classroomBed();

  async function watched(viewport: { width: number; height: number }): Promise<{ page: Page; errors: string[] }> {
    const page = await (await bed.context({ viewport })).newPage();
    return { page, errors: pageErrors(page) };
  }

  // The three parts run in order on one desktop page and the session the first creates.
  let desk: { page: Page; errors: string[] };
  let made: { sessionId: string; key: string; stored: any };

  it("plans the time in minutes with presets, by the engine's plan, and refuses what the server would", async () => {
    desk = await watched(DESKTOP);
    const { page } = desk;
    const url = bed.server.url;

    // ── Item 14: the setup form plans the time with the engine's plannedLength.
    await page.goto(`${url}/facilitate`);
    await page.getByRole("heading", { name: "Set up a session", level: 1 }).waitFor();
    const total = page.getByTestId("planned-length").locator(".fac-plan-sum strong");
    await expect.poll(() => total.textContent(), POLL).toBe(planned({}));
    // The scenario's own clock is the default, in minutes.
    expect(await page.getByLabel("Each round (min)").inputValue()).toBe("8");
    expect(await page.getByLabel("Signing vote (min)").inputValue()).toBe("1.5");

    await page.getByRole("button", { name: "A 45-minute lesson" }).click();
    expect(await total.textContent()).toBe(planned({ rounds: 2, years: 2 }));
    await page.getByRole("button", { name: "A 3-hour workshop" }).click();
    expect(await page.getByLabel("Each round (min)").inputValue()).toBe("20");
    const workshop = PRESETS.find((p) => p.id === "workshop180")?.timings ?? {};
    expect(await total.textContent()).toBe(planned(workshop));
    expect(await page.getByRole("button", { name: "A 3-hour workshop" }).getAttribute("aria-pressed")).toBe("true");
    // A human red cell's clock counts; typing updates the plan at once.
    await page.getByLabel("Played by a person (red cell)").check();
    expect(await total.textContent()).toBe(planned(workshop, true));
    await page.getByLabel("Each round (min)").fill("10");
    expect(await total.textContent()).toBe(planned({ ...workshop, roundSeconds: 600 }, true));
    expect(await page.getByRole("button", { name: "A 3-hour workshop" }).getAttribute("aria-pressed")).toBe("false");

    // Values outside the protocol's limits are named beside the field, and nothing can be sent.
    const create = page.getByRole("button", { name: "Create the session" });
    await page.getByLabel("Each round (min)").fill("0.2");
    await expect.poll(() => page.locator("#f-t-roundSeconds-problem").textContent()).toBe("From 0.5 to 120 minutes.");
    expect(await page.getByLabel("Each round (min)").getAttribute("aria-invalid")).toBe("true");
    expect(await create.isDisabled()).toBe(true);
    await page.getByLabel("Each round (min)").fill("120");
    await page.getByLabel("Rounds").fill("10");
    await expect
      .poll(() => page.getByTestId("planned-length").textContent())
      .toContain("A game may last at most 8 hours");
    expect(await create.isDisabled()).toBe(true);
    await page.screenshot({ path: screenshotPath("facilitator-plan-too-long"), fullPage: true });

    await page.getByRole("button", { name: "A 90-minute lesson" }).click();
    expect(await total.textContent()).toBe(planned(PRESET_90, true));
    const lesson = Math.ceil(plannedLength({ ...clock, ...PRESET_90 }, { humanRedCell: true }).total / 60);
    expect(await page.getByTestId("planned-length").textContent()).toContain(
      `A 90-minute lesson leaves ${90 - lesson} min for the introduction and the debrief.`,
    );
    expect(await create.isDisabled()).toBe(false);
    await page.getByLabel("Name of the session (optional)").fill("Year 11 · Thursday");
    await page.getByLabel("Tables", { exact: true }).fill("2");
    expect(await basicA11yProblems(page)).toEqual([]);
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.locator(".fac-plan").screenshot({ path: screenshotPath("facilitator-setup-plan-card") });
    await page.screenshot({ path: screenshotPath("facilitator-setup-plan-desktop"), fullPage: true });

    await create.click();
    await page.getByRole("heading", { name: "Your session is ready" }).waitFor(POLL);
    const consoleHref = (await page.getByRole("link", { name: "Open the console" }).getAttribute("href")) ?? "";
    const sessionId = consoleHref.split("/").pop() ?? "";
    const key = (await page.evaluate((id) => localStorage.getItem(`ironclad:facilitator:${id}`), sessionId)) ?? "";
    expect(key).not.toBe("");
    const auth = { authorization: `Bearer ${key}` };
    const stored = (await api(url, "GET", `/api/sessions/${sessionId}`, undefined, auth)).body;
    expect(stored.settings.timings).toEqual(PRESET_90);
    expect(stored.settings.name).toBe("Year 11 · Thursday");
    // The public handout holds no brief: no seat's objectives, no point table.
    await expect.poll(() => page.locator(".fac-ticket").count(), POLL).toBe(2);
    const handoutText = (await page.locator(".fac-handout").textContent()) ?? "";
    for (const seat of SEATS) expect(handoutText).not.toContain(briefOf(seat).objectives.en.slice(0, 40));
    expect(handoutText).not.toContain("No-deal value");
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: screenshotPath("facilitator-handout-print-plain"), fullPage: true });
    await page.emulateMedia({ media: null });
    made = { sessionId, key, stored };
    expect(desk.errors).toEqual([]);
  }, 120_000);

  it("prints the confidential role sheets one seat to a page, in English or Ukrainian, and only with the key", async () => {
    const { page } = desk;
    const url = bed.server.url;
    const { sessionId, stored } = made;
    await page.goto(`${url}/facilitate/${sessionId}`);
    await page.getByRole("link", { name: "Role sheets (confidential)" }).click();
    await page.getByRole("heading", { name: "Confidential role sheets", level: 1 }).waitFor();
    const sheets = page.locator("article.fac-sheet");
    // The 90-minute lesson has a person for Moscow: each table's red cell gets its own sheet, last.
    const perTable = [...SEATS, "moscow"];
    await expect.poll(() => sheets.count(), POLL).toBe(2 * perTable.length);
    await page.getByLabel("Print for").selectOption({ index: 1 });
    await expect.poll(() => sheets.count()).toBe(perTable.length);
    expect(await sheets.evaluateAll((els) => els.map((e) => e.getAttribute("data-seat")))).toEqual(perTable);
    const red = page.locator('article.fac-sheet[data-seat="moscow"]');
    expect(await red.getByRole("heading", { level: 2 }).textContent()).toBe("Moscow: your brief");
    expect(await red.locator(".is-red-line").count()).toBe(0);
    const kyiv = page.locator('article.fac-sheet[data-seat="kyiv"]');
    expect(await kyiv.getByRole("heading", { level: 2 }).textContent()).toBe("Kyiv: your brief");
    expect(await kyiv.textContent()).toContain(briefOf("kyiv").objectives.en.slice(0, 60));
    expect(await kyiv.locator(".is-red-line").count()).toBe(2);
    // Table 1's own value: raised there if its seed put Kyiv under domestic pressure (docs/model.md §7).
    const briefs = (
      await api(url, "GET", `/api/sessions/${sessionId}/briefs`, undefined, { authorization: `Bearer ${made.key}` })
    ).body;
    const raised =
      briefs.pressure.find((p: any) => p.tableId === stored.tables[0].tableId && p.seat === "kyiv")?.points ?? 0;
    expect(await kyiv.locator(".fac-sheet-big").textContent()).toBe(String(briefOf("kyiv").noDealValue + raised));
    expect(await kyiv.textContent()).toContain(stored.tables[0].code);
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("facilitator-role-sheets-desktop"), fullPage: false });

    // On paper: one A4 page per seat. A PNG of a printed page: print media at the width of A4 (210 mm
    // at 96 dpi; the page's margins are 12 mm a side), each sheet shorter than the page's print area.
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4", printBackground: true });
    fs.writeFileSync(screenshotPath("facilitator-role-sheets").replace(/\.png$/, ".pdf"), pdf);
    await page.setViewportSize({ width: 794 - 2 * 45, height: 1123 });
    await page.emulateMedia({ media: "print" });
    await page.screenshot({ path: screenshotPath("facilitator-role-sheets-print"), fullPage: true });
    await kyiv.screenshot({ path: screenshotPath("facilitator-role-sheet-print") });
    await red.screenshot({ path: screenshotPath("facilitator-role-sheet-red-cell-print") });
    const heights = await sheets.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height));
    await page.emulateMedia({ media: null });
    await page.setViewportSize(DESKTOP);
    const count = Number(/\/Count (\d+)/.exec(pdf.toString("latin1"))?.[1] ?? 0);
    expect({ count, heights }).toEqual({
      count: perTable.length,
      heights: heights.map((h) => Math.min(h, 1123 - 2 * 53)),
    });

    // In Ukrainian, from the scenario's own translation.
    await page.evaluate(() => localStorage.setItem("ironclad:lang", "uk"));
    await page.reload();
    // The reload shows every table's sheets again: read table 1's.
    const kyivUk = page.locator('article.fac-sheet[data-seat="kyiv"]').first();
    await expect.poll(() => kyivUk.getByRole("heading", { level: 2 }).textContent(), POLL).toBe("Київ: ваш бриф");
    expect(await kyivUk.textContent()).toContain(briefOf("kyiv").objectives.uk.slice(0, 60));
    await kyivUk.screenshot({ path: screenshotPath("facilitator-role-sheet-uk") });
    // Ukrainian runs longer than English: still one page a seat.
    await page.getByLabel("Друкувати для").selectOption({ index: 1 });
    await expect.poll(() => sheets.count()).toBe(perTable.length);
    await page.emulateMedia({ media: "print" });
    const ukPdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
    await page.emulateMedia({ media: null });
    expect(Number(/\/Count (\d+)/.exec(ukPdf)?.[1] ?? 0)).toBe(perTable.length);
    // French, German and Polish run longer still (Washington's and Moscow's sheets the longest).
    for (const lang of ["fr", "de", "pl"]) {
      await page.evaluate((l) => localStorage.setItem("ironclad:lang", l), lang);
      await page.reload();
      await expect.poll(() => page.locator("html").getAttribute("lang"), POLL).toBe(lang);
      await expect.poll(() => sheets.count(), POLL).toBe(2 * perTable.length);
      // The first select on the page is "Print for".
      await page.locator("select").first().selectOption({ index: 1 });
      await expect.poll(() => sheets.count()).toBe(perTable.length);
      await page.emulateMedia({ media: "print" });
      const langPdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
      await page.emulateMedia({ media: null });
      expect(Number(/\/Count (\d+)/.exec(langPdf)?.[1] ?? 0), lang).toBe(perTable.length);
    }
    await page.evaluate(() => localStorage.setItem("ironclad:lang", "en"));

    // Without the key, another browser gets no sheet and no brief.
    const stranger = await watched(DESKTOP);
    await stranger.page.goto(`${url}/facilitate/${sessionId}/sheets`);
    await stranger.page.getByText("The role sheets need this session's facilitator key").waitFor(POLL);
    expect(await stranger.page.locator("article.fac-sheet").count()).toBe(0);
    expect(await stranger.page.content()).not.toContain(briefOf("kyiv").objectives.en.slice(0, 40));

    expect(desk.errors).toEqual([]);
  }, 120_000);

  it("opens the console on a phone from the facilitator link, behind its warning, and lists the session there", async () => {
    const { page, errors } = desk;
    const url = bed.server.url;
    const { sessionId, key, stored } = made;
    await page.evaluate(() => localStorage.setItem("ironclad:lang", "en"));
    await page.goto(`${url}/facilitate/${sessionId}`);
    await page.getByRole("button", { name: "Open on another device" }).click();
    const panel = page.getByTestId("device-link");
    await panel.getByText("Whoever has this link controls the session.").waitFor();
    expect(await panel.locator("#device-url").count()).toBe(0);
    await panel.getByRole("button", { name: "Show the link and QR code" }).click();
    await expect.poll(() => panel.locator("img.fac-qr").count(), POLL).toBe(1);
    const link = await panel.locator("#device-url").inputValue();
    expect(link).toBe(`${url}/facilitate/${sessionId}#key=${encodeURIComponent(key)}`);
    expect(await basicA11yProblems(page)).toEqual([]);
    await panel.screenshot({ path: screenshotPath("facilitator-device-link-desktop") });

    const phone = await watched(PHONE);
    await phone.page.goto(link);
    await phone.page.getByRole("heading", { name: `Session ${stored.sessionCode}`, exact: false }).waitFor(POLL);
    // The key left the address bar, and stays in the phone's storage.
    expect(phone.page.url()).toBe(`${url}/facilitate/${sessionId}`);
    expect(await phone.page.evaluate((id) => localStorage.getItem(`ironclad:facilitator:${id}`), sessionId)).toBe(key);
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await phone.page.screenshot({ path: screenshotPath("facilitator-device-console-phone") });
    await phone.page.getByRole("button", { name: "Open on another device" }).click();
    await phone.page.getByRole("button", { name: "Show the link and QR code" }).click();
    await expect.poll(() => phone.page.locator(".fac-device img.fac-qr").count(), POLL).toBe(1);
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await phone.page.getByTestId("device-link").screenshot({ path: screenshotPath("facilitator-device-link-phone") });

    // The phone's start page lists the session by name, code and date.
    await phone.page.goto(`${url}/facilitate`);
    const phoneList = phone.page.locator(".fac-my-list li");
    await expect.poll(() => phoneList.count(), POLL).toBe(1);
    expect(await phoneList.textContent()).toContain("Year 11 · Thursday");
    expect(await phoneList.textContent()).toContain(stored.sessionCode);
    expect(await horizontalOverflow(phone.page)).toBeLessThanOrEqual(0);
    await phone.page.screenshot({ path: screenshotPath("facilitator-setup-phone"), fullPage: true });
    await phone.page.locator(".fac-plan").screenshot({ path: screenshotPath("facilitator-setup-plan-phone") });

    // The desktop lists two sessions once it opens another's link; forgetting one keeps the other.
    const other = (await api(url, "POST", "/api/sessions", { tables: 1 })).body;
    await page.goto(`${url}/facilitate/${other.sessionId}#key=${encodeURIComponent(other.facilitatorKey)}`);
    await page.getByRole("heading", { name: `Session ${other.sessionCode}`, exact: false }).waitFor(POLL);
    await page.goto(`${url}/facilitate`);
    const list = page.locator(".fac-my-list li");
    await expect.poll(() => list.count(), POLL).toBe(2);
    expect(await list.first().textContent()).toContain(`Unnamed session${other.sessionCode}`);
    expect(await list.nth(1).textContent()).toContain("Year 11 · Thursday");
    expect(await basicA11yProblems(page)).toEqual([]);
    await page.locator(".fac-my-sessions").screenshot({ path: screenshotPath("facilitator-my-sessions-desktop") });
    page.once("dialog", (d) => void d.accept());
    await list.first().getByRole("button", { name: "Forget" }).click();
    await expect.poll(() => list.count()).toBe(1);
    expect(await page.evaluate((id) => localStorage.getItem(`ironclad:facilitator:${id}`), other.sessionId)).toBeNull();
    // Forgotten here only: the session runs on.
    expect(
      (
        await api(url, "GET", `/api/sessions/${other.sessionId}`, undefined, {
          authorization: `Bearer ${other.facilitatorKey}`,
        })
      ).status,
    ).toBe(200);

    expect(errors).toEqual([]);
    expect(phone.errors).toEqual([]);
  }, 120_000);
});
