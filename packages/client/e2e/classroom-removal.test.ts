// Issue 17, items 7 and 9 in Chromium: a removed student is told so (no page errors, no rejoin),
// cannot join the session again until the console readmits them; muting and unmuting are told.
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { chromiumMissingReason, screenshotPath } from "./chromium.ts";
import { classroomBed } from "./classroom-bed.ts";
import { api } from "./client-build.ts";

const skip = chromiumMissingReason();
const POLL = { timeout: 30_000 };

describe.skipIf(skip !== null)("removing, readmitting, muting and unmuting a student", () => {
  const bed = classroomBed();

  async function newPage(width = 1280, height = 900): Promise<Page> {
    const context = await bed.context({ viewport: { width, height } });
    return context.newPage();
  }

  it("tells the student each time, and holds the removal until the facilitator readmits them", async () => {
    const session = (
      await api(bed.server.url, "POST", "/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })
    ).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1] = session.tables;

    const student = await newPage(390, 800);
    const errors: string[] = [];
    student.on("pageerror", (e) => errors.push(String(e)));
    const join = async () => {
      await student.goto(`${bed.server.url}/join/${t1.code}`);
      await student.getByLabel("Your name").fill("Taras");
      await student.getByRole("button", { name: "Join the table" }).click();
    };
    await join();
    await student.waitForURL(new RegExp(`/play/${t1.tableId}`), POLL);
    await student.locator(".seat-card.is-me").first().waitFor(POLL);
    const people = (await api(bed.server.url, "GET", `/api/sessions/${session.sessionId}`, undefined, auth)).body
      .tables[0].people;
    const personId = people.find((p: any) => p.name === "Taras").personId;
    const path = `/api/sessions/${session.sessionId}/people/${personId}`;

    await api(bed.server.url, "POST", `${path}/mute`, { muted: true }, auth);
    await expect.poll(() => student.getByTestId("voice-banner").textContent(), POLL).toContain("muted you");
    await api(bed.server.url, "POST", `${path}/mute`, { muted: false }, auth);
    await expect.poll(() => student.getByTestId("voice-banner").textContent(), POLL).toContain("unmuted you");
    await student.screenshot({ path: screenshotPath("student-unmuted") });

    await api(bed.server.url, "DELETE", path, undefined, auth);
    await student.getByRole("heading", { name: "The facilitator removed you" }).waitFor(POLL);
    await student.screenshot({ path: screenshotPath("student-removed") });
    // Three seconds later, the same form on the same device: refused, and said why.
    await new Promise((r) => setTimeout(r, 3000));
    await join();
    await expect.poll(() => student.locator(".join-form .form-error").textContent(), POLL).toContain("removed you");

    // The console lists the removal with a Readmit control.
    const fac = await bed.facilitatorPage(session);
    await fac.goto(`${bed.server.url}/facilitate/${session.sessionId}`);
    const readmit = fac.getByRole("button", { name: "Readmit Taras" });
    await readmit.waitFor(POLL);
    await fac.locator(".fac-removed").screenshot({ path: screenshotPath("console-removed") });
    await readmit.click();
    await fac.locator(".fac-removed").waitFor({ state: "detached", ...POLL });
    await join();
    await student.waitForURL(new RegExp(`/play/${t1.tableId}`), POLL);
    await student.locator(".seat-card.is-me").first().waitFor(POLL);
    expect(errors).toEqual([]);
  });
});
