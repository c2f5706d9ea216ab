// The guided first game (#21, item 6) in Chromium against the real server: a new browser's first
// quick game offers the tour, which is walked to the end with the keyboard alone at desktop and
// phone size: focus on the callout at each step, the live region naming the step, a phone switched
// to the tab that holds the control, the scenario's own numbers in the scoring, focus back on the
// control at the end, the choice remembered, and the tour replayed from "How to play" and skipped
// there by Escape, "Not now" and "Skip the tour".
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { GUIDE_STEP_IDS } from "../src/guide/guide-steps.ts";
import { basicA11yProblems } from "./a11y.ts";
import { chromiumMissingReason, screenshotPath } from "./chromium.ts";
import { readScenario } from "./client-build.ts";
import { quickGameBed, startQuickGame } from "./quick-game-page.ts";

const skip = chromiumMissingReason();
// A long briefing: the tour is read while the table waits, as a first game would.
const TIMINGS = { briefingSeconds: 600, rounds: 1, roundSeconds: 120, voteSeconds: 20, years: 1 };
const DESKTOP = { width: 1440, height: 900 };
const PHONE = { width: 390, height: 844 };
const STEPS = GUIDE_STEP_IDS;
const PHONE_PANE: Record<string, string | null> = {
  scoring: "brief",
  brief: "brief",
  draft: "table",
  analysis: "analysis",
  vote: "table",
  done: "brief",
};

/** What has focus: inside the callout ("callout" itself, or a button's text), or the element's outline. */
function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const a = document.activeElement as HTMLElement | null;
    if (!a) return "none";
    if (a.classList.contains("guide-callout")) return "callout";
    if (a.closest(".guide-callout")) return `button:${a.textContent?.trim()}`;
    return `${a.tagName.toLowerCase()}.${a.className}:${a.textContent?.trim().slice(0, 40)}`;
  });
}

/** Tabs from the callout to its main button (Next, Start, Finish) and presses Enter. */
async function keyNext(page: Page, label: RegExp): Promise<void> {
  for (let i = 0; i < 4; i++) {
    await page.keyboard.press("Tab");
    if (label.test(await focused(page))) {
      await page.keyboard.press("Enter");
      return;
    }
  }
  throw new Error(`no ${label} button reached with Tab; focus is on ${await focused(page)}`);
}

async function walk(page: Page, size: "desktop" | "phone", shots: string[]): Promise<void> {
  const callout = page.locator(".guide-callout[role=dialog]");
  await callout.waitFor({ timeout: 15_000 });
  expect(await callout.getAttribute("aria-labelledby")).toBe("guide-title");
  for (const [i, id] of STEPS.entries()) {
    await expect.poll(() => callout.getAttribute("data-step")).toBe(id);
    await expect.poll(() => focused(page)).toBe("callout");
    await expect.poll(() => page.getByTestId("guide-live").textContent()).toMatch(new RegExp(`^Step ${i + 1} of 12: `));
    if (size === "phone" && PHONE_PANE[id])
      await expect.poll(() => page.locator(".play").getAttribute("data-pane")).toBe(PHONE_PANE[id]);
    if (id !== "intro") await expect.poll(() => page.locator(".guide-ring").count(), { timeout: 5_000 }).toBe(1);
    if (id === "scoring") {
      // The scenario's numbers, as the brief shows them: the no-deal value and the political capital.
      const facts = await page.locator(".brief-facts .big-number").allTextContents();
      const text = (await page.locator("#guide-text").textContent()) ?? "";
      expect(facts.length).toBe(2);
      for (const n of facts) expect(text).toContain(n.trim());
      // All of the scoring, up front, in the scenario's own numbers (the default penalty is 10).
      const scenario = readScenario();
      const penalty = scenario.seats.find((s) => s.id === "kyiv")?.brief?.brokenPromisePenalty ?? 10;
      expect(text).toMatch(/^You score the points your private table gives the framework/);
      expect(text).toContain(`unanimity bonus of ${scenario.agreement.unanimityBonus}.`);
      expect(text).toContain(`political capital (you start with ${facts[1]?.trim()})`);
      expect(text).toContain(`a broken promise, −${penalty} points each.`);
      expect(await basicA11yProblems(page)).toEqual([]);
    }
    if (id === "draft" && size === "desktop") {
      // Back and forth with the arrow keys, from the callout.
      await page.keyboard.press("ArrowLeft");
      await expect.poll(() => callout.getAttribute("data-step")).toBe("brief");
      await page.keyboard.press("ArrowRight");
      await expect.poll(() => callout.getAttribute("data-step")).toBe("draft");
    }
    if (shots.includes(id)) {
      await page.waitForTimeout(600);
      await page.screenshot({ path: screenshotPath(`guided-${id}-${size}`) });
    }
    await keyNext(page, i === 0 ? /Show me around/ : i === STEPS.length - 1 ? /Finish/ : /^button:Next$/);
  }
  await callout.waitFor({ state: "detached" });
  // Focus is back on the control the last step showed: How to play, where the tour is replayed.
  await expect.poll(() => focused(page)).toMatch(/^summary\..*How to play/);
  expect(await page.evaluate(() => localStorage.getItem("ironclad:guide"))).toBe("finished");
}

async function replayFromHelp(page: Page): Promise<void> {
  // Open "How to play" with the keyboard, Tab to the replay button, and close the tour with Escape.
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(await focused(page)).toMatch(/Show me around again/);
  await page.keyboard.press("Enter");
  await expect.poll(() => page.locator(".guide-callout").getAttribute("data-step")).toBe("intro");
  await expect.poll(() => focused(page)).toBe("callout");
  await page.keyboard.press("Escape");
  await page.locator(".guide-callout").waitFor({ state: "detached" });
  await expect.poll(() => focused(page)).toMatch(/Show me around again/);
}

/**
 * With the focus on "Show me around again": replays the tour, goes `steps` steps in and leaves it by
 * the skip button labelled `label`, all by keyboard; the focus comes back to the replay button.
 */
async function skipAfter(page: Page, steps: number, label: RegExp): Promise<void> {
  await page.keyboard.press("Enter");
  const callout = page.locator(".guide-callout");
  await expect.poll(() => callout.getAttribute("data-step")).toBe("intro");
  for (let i = 0; i < steps; i++) {
    await expect.poll(() => focused(page)).toBe("callout");
    await keyNext(page, i === 0 ? /Show me around/ : /^button:Next$/);
    await expect.poll(() => callout.getAttribute("data-step")).toBe(STEPS[i + 1]);
  }
  await expect.poll(() => focused(page)).toBe("callout");
  await keyNext(page, label);
  await callout.waitFor({ state: "detached" });
  await expect.poll(() => focused(page)).toMatch(/Show me around again/);
  expect(await page.evaluate(() => localStorage.getItem("ironclad:guide"))).toBe("finished");
}

describe.skipIf(skip !== null)("the guided first game in Chromium", () => {
  const bed = quickGameBed();

  it("at desktop size: offered at the first quick game, walked to the end by keyboard, remembered, replayed", async () => {
    const { context, page, errors } = await startQuickGame(bed.browser, bed.url, {
      timings: TIMINGS,
      viewport: DESKTOP,
      guide: true,
    });
    await walk(page, "desktop", ["scoring", "draft", "analysis", "vote", "after"]);
    await replayFromHelp(page);
    expect(await basicA11yProblems(page)).toEqual([]);
    // Once seen, a reload (or the next game) does not offer it again.
    await page.reload();
    await page.locator(".draft-panel").waitFor();
    await page.waitForTimeout(1_000);
    expect(await page.locator(".guide-callout").count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  it("at phone size: each step switches to the tab that holds its control", async () => {
    const { context, page, errors } = await startQuickGame(bed.browser, bed.url, {
      timings: TIMINGS,
      viewport: PHONE,
      guide: true,
    });
    await walk(page, "phone", ["scoring", "analysis"]);
    await replayFromHelp(page);
    // Skipped by its own buttons too: "Not now" at the start, "Skip the tour" on the way.
    await skipAfter(page, 0, /^button:Not now$/);
    await skipAfter(page, 2, /^button:Skip the tour$/);
    expect(await basicA11yProblems(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
