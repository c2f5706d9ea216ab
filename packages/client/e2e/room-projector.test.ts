// Issue 17, items 12 and 16, in Chromium at 1920×1080: the room's projector while students join
// (the session's code, its QR, who has joined), during play (each table's phase, round and clock,
// with the facilitator's broadcast) and the class debrief kit's screens. Every visible piece of text
// on each of them measures at least 24 px, so the back of a room can read it.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumMissingReason, pageErrors, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api } from "./client-build.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };
const PROJECTOR = { width: 1920, height: 1080 };

/** Every visible text node under 24 px: its text and computed font size. */
function smallText(page: Page): Promise<{ text: string; px: number }[]> {
  return page.evaluate(() => {
    const out: { text: string; px: number }[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.textContent ?? "").trim();
      const el = n.parentElement;
      if (!text || !el) continue;
      const range = document.createRange();
      range.selectNodeContents(n);
      const box = range.getBoundingClientRect();
      // Visually hidden text (1 px boxes, clipped) is for screen readers, not the room.
      if (box.width <= 1 || box.height <= 1) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none" || Number(style.opacity) === 0) continue;
      const px = Number.parseFloat(style.fontSize);
      if (px < 24) out.push({ text: text.slice(0, 60), px });
    }
    return out;
  });
}

describe.skipIf(skip !== null)("the room's projector at 1920×1080", () => {
  const bed = classroomBed();

  it("shows the joining, the play and the debrief kit in type read from the back of a room", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })
    ).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1, t2] = session.tables;
    for (const [code, name, seat] of [
      [t1.code, "Olena", "kyiv"],
      [t1.code, "Marc", "paris"],
      [t2.code, "Anna", "berlin"],
    ])
      expect((await api(bed.server.url, "POST", "/api/join", { code, name, seat })).status).toBe(201);

    const page = await bed.facilitatorPage(session, PROJECTOR);
    const errors = pageErrors(page);
    const room = page.getByTestId("room-projector");

    // Joining: the session's code, its QR and who has joined.
    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}/projector?show=room`);
    await expect.poll(() => page.getByTestId("room-joined").textContent(), POLL).toBe("3");
    expect(await room.getAttribute("data-screen")).toBe("join");
    expect(await page.getByTestId("room-code").textContent()).toBe(session.sessionCode);
    // The QR code is drawn once its library has loaded (it is not in the page's first chunk).
    await expect.poll(() => room.locator("img.fac-qr").count(), POLL).toBe(1);
    expect(await room.textContent()).toContain("2 at this table");
    expect(await smallText(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("projector-join") });

    // Play: the screen follows the start by itself; each table's phase and clock, and the broadcast.
    const start = await api(
      bed.server.url,
      "POST",
      `/api/sessions/${session.sessionId}/actions`,
      { action: { type: "table/start" } },
      auth,
    );
    expect(start.body.results.every((r: { ok: boolean }) => r.ok)).toBe(true);
    await api(
      bed.server.url,
      "POST",
      `/api/sessions/${session.sessionId}/broadcast`,
      { text: "Read your brief: talks open in ten minutes." },
      auth,
    );
    await expect.poll(() => room.getAttribute("data-screen"), POLL).toBe("play");
    await expect
      .poll(() => page.getByTestId("room-broadcast").textContent(), POLL)
      .toContain("Read your brief: talks open in ten minutes.");
    expect(await page.getByTestId("room-phase").allTextContents()).toEqual(["Briefing", "Briefing"]);
    await expect.poll(() => room.locator(".room-clock").first().textContent(), POLL).toMatch(/^\d+:\d\d$/);
    expect(await smallText(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath("projector-play") });

    // The debrief kit, after the session ends: five screens, each readable from the back.
    expect((await api(bed.server.url, "POST", `/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
    await page.goto(`${bed.server.url}/facilitate/${session.sessionId}/projector?show=debrief`);
    const kit = page.getByTestId("debrief-kit");
    await expect.poll(() => kit.locator(".room-kit-card").count(), POLL).toBe(2);
    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      const screen = (await kit.getAttribute("data-screen")) ?? "";
      seen.push(screen);
      await expect.poll(() => kit.locator("h1").textContent(), POLL).not.toBe("");
      // The futures and the promises come from each table's own report: wait for them to arrive.
      if (screen === "futures") await expect.poll(() => kit.locator(".fac-bar").count(), POLL).toBeGreaterThan(0);
      expect(await smallText(page), screen).toEqual([]);
      await page.screenshot({ path: screenshotPath(`projector-debrief-${screen}`) });
      if (i < 4) await page.getByRole("button", { name: /Next/ }).click();
    }
    expect(seen).toEqual(["outcomes", "criteria", "gained", "promises", "futures"]);
    // No bare Nash product: a balance, where there is one, says what it counts.
    expect(await kit.textContent()).not.toMatch(/Nash product \d/);
    expect(errors).toEqual([]);
  });

  it("shows a broadcast as a banner on every student's screen, phone and desktop, not only in the chat tab (#17.13)", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 1, timings: { briefingSeconds: 600 } })
    ).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1] = session.tables;
    const students: Page[] = [];
    for (const [name, seat, viewport] of [
      ["Olena", "kyiv", { width: 390, height: 844 }],
      ["Marc", "paris", { width: 1360, height: 900 }],
    ] as const) {
      const page = await (await bed.context({ viewport })).newPage();
      await page.goto(`${bed.server.url}/join/${t1.code}`);
      await page.getByLabel("Your name").fill(name);
      await page.getByLabel("Seat").selectOption(seat);
      await page.getByRole("button", { name: "Join the table" }).click();
      await page.waitForURL(/\/play\//, POLL);
      students.push(page);
    }
    const errors = students.map((p) => pageErrors(p));
    await api(
      bed.server.url,
      "POST",
      `/api/sessions/${session.sessionId}/broadcast`,
      { text: "Two minutes left: agree the pledge." },
      auth,
    );
    for (const [i, page] of students.entries()) {
      const banner = page.getByTestId("broadcast-banner");
      await expect.poll(() => banner.textContent(), POLL).toContain("Two minutes left: agree the pledge.");
      // Seen on the table pane, where the student is, without opening the chat.
      expect(await page.locator(".play").getAttribute("data-pane")).toBe("table");
      expect(await banner.isVisible()).toBe(true);
      await page.screenshot({ path: screenshotPath(`broadcast-banner-${i === 0 ? "phone" : "desktop"}`) });
    }
    const phone = students[0] as Page;
    await phone.getByTestId("broadcast-banner").getByRole("button", { name: "Dismiss" }).click();
    await expect.poll(() => phone.getByTestId("broadcast-banner").count(), POLL).toBe(0);
    expect(errors.flat()).toEqual([]);
  });
});
