// Issue 17, items 1–3 in Chromium: the console's Move menu names each table by its number and
// code and sends a student to that table; the student's page follows by itself to the new seat.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumMissingReason, describeStuckPage, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api } from "./client-build.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

describe.skipIf(skip !== null)("moving students between tables from the console", () => {
  const bed = classroomBed();

  async function newPage(width = 1280, height = 900): Promise<Page> {
    const context = await bed.context({ viewport: { width, height } });
    return context.newPage();
  }

  async function console(session: any): Promise<Page> {
    const page = await bed.facilitatorPage(session);
    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}`);
    return page;
  }

  it("moves a student to the table the menu names, and the student's page follows to the new seat", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 3, timings: { briefingSeconds: 600 } })
    ).body;
    const [t1, t2] = session.tables;

    const student = await newPage(390, 800);
    const errors: string[] = [];
    student.on("pageerror", (e) => errors.push(String(e)));
    await student.goto(`${bed.server.url}/join/${t1.code}`);
    await student.getByLabel("Your name").fill("Mykola");
    await student.getByLabel("Seat").selectOption("kyiv");
    await student.getByRole("button", { name: "Join the table" }).click();
    await student.waitForURL(new RegExp(`/play/${t1.tableId}`), POLL);
    await student.locator(".seat-card.is-me[data-seat='kyiv']").first().waitFor(POLL);

    const fac = await console(session);
    // Table 1's card, then its people; the menu names Table 2 by its number and its code.
    const card = fac.locator(`article[data-table="${t1.tableId}"]`);
    await expect.poll(() => card.locator(".fac-label").first().textContent(), POLL).toBe("Table 1");
    await expect.poll(() => card.locator(".fac-code").first().textContent(), POLL).toBe(t1.code);
    await card.locator("details.fac-people summary").click();
    const menu = card.getByLabel("Move Mykola");
    await menu.waitFor(POLL);
    const label = `Table 2 · ${t2.code} · Paris`;
    expect(await menu.locator("option").allTextContents()).toContain(label);
    await menu.selectOption({ label });

    // The student's page goes to Table 2 by itself, in the Paris seat.
    await student.waitForURL(new RegExp(`/play/${t2.tableId}`), POLL);
    await student
      .locator(".seat-card.is-me[data-seat='paris']")
      .first()
      .waitFor(POLL)
      .catch(async (error) => {
        throw new Error(`the moved student's page: ${await describeStuckPage(student)}`, { cause: error });
      });
    await student.screenshot({ path: screenshotPath("moved-student") });
    // The card labelled Table 2 on the console is where they sit now.
    const card2 = fac.locator(`article[data-table="${t2.tableId}"]`);
    await expect.poll(() => card2.locator(".fac-label").first().textContent(), POLL).toBe("Table 2");
    await card2.locator("details.fac-people summary").click();
    await expect.poll(() => card2.locator(".fac-person").first().textContent(), POLL).toMatch(/Mykola.*Paris/);
    expect(errors).toEqual([]);
  }, 120_000);

  it("seats a human red cell from the handout's link, and warns at the start where a red cell is empty", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", {
        tables: 2,
        moscow: "human",
        timings: { briefingSeconds: 600 },
      })
    ).body;
    const [t1, t2] = session.tables;

    // The handout (in the browser that created the session) prints each table's red-cell link.
    const fac = await console(session);
    await fac.evaluate(
      ([id, handout]) => localStorage.setItem(`ironclad:facilitator:handout:${id}`, handout as string),
      [session.sessionId, JSON.stringify({ ...session, facilitatorKey: undefined })],
    );
    await fac.reload();
    await fac.getByRole("button", { name: "Print the handout" }).click();
    const ticket = fac.locator(`.fac-ticket[data-table="${t1.tableId}"]`);
    await expect.poll(() => ticket.locator(".fac-redcell").textContent(), POLL).toContain(t1.code);
    // On this browser's address: the server has no PUBLIC_URL, so its own link says localhost (#17.4).
    expect(await ticket.locator(".fac-redcell a").getAttribute("href")).toBe(
      `${bed.server.url}/join/${t1.code}?seat=moscow`,
    );
    await fac.locator(".fac-handout").screenshot({ path: screenshotPath("handout-red-cell") });

    // The red cell's link opens the join form on Moscow.
    const red = await newPage(1024, 800);
    await red.goto(t1.redCell.joinUrl);
    await red.getByLabel("Your name").fill("Red cell");
    const seat = red.getByLabel("Seat");
    await expect.poll(() => seat.inputValue(), POLL).toBe("moscow");
    await red.screenshot({ path: screenshotPath("join-red-cell") });
    await red.getByRole("button", { name: "Join the table" }).click();
    await red.waitForURL(new RegExp(`/play/${t1.tableId}`), POLL);
    await expect.poll(() => red.title(), POLL).toMatch(/Moscow/);

    // Start all: Table 2's red cell is empty, and the console says so.
    await fac.getByRole("button", { name: "Start" }).first().click();
    const results = fac.getByTestId("results");
    await expect.poll(() => results.textContent(), POLL).toMatch(/red cell/i);
    expect(await results.locator("li.warn").count()).toBe(1);
    expect(await results.locator("li.warn").textContent()).toContain(t2.code);
    await fac.screenshot({ path: screenshotPath("console-red-cell-empty") });
  }, 120_000);
});
