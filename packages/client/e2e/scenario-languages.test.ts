// The shipped scenarios in German and Polish at the table: a quick game as Kyiv in each scenario,
// read with the page in de and in pl, shows Kyiv's brief, its seat name and every issue in that
// language, on a desktop and on a phone with no sideways scroll; the bots' moves are said in the chat
// in each language. Photographed to be looked at.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { horizontalOverflow } from "./a11y.ts";
import { chromiumMissingReason, pageErrors, screenshotPath } from "./chromium.ts";
import { skipGuide } from "./guide-seen.ts";
import { quickGameBed, startQuickGame } from "./quick-game-page.ts";

type Text = { en: string; [lang: string]: string };
type ScenarioFile = {
  seats: { id: string; name: Text; brief?: { objectives: Text } }[];
  issues: { id: string; name: Text }[];
};

const read = (id: string): ScenarioFile =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../../engine/scenarios/${id}.json`), "utf8"));
/** The phone's tab for the brief, as each language names it. */
const briefTab = (lang: string): string =>
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, `../src/i18n/${lang}.json`), "utf8"))["pane.brief"];

const skip = chromiumMissingReason();

describe.skipIf(skip)("the scenarios in German and Polish", () => {
  const bed = quickGameBed();

  for (const id of ["guarantees-2025", "paris-declaration-2026"])
    it(`shows ${id} to Kyiv in de and pl: brief, seat name, issues`, async () => {
      const scenario = read(id);
      const kyiv = scenario.seats.find((s) => s.id === "kyiv");
      const context = await bed.browser.newContext({ viewport: { width: 1440, height: 900 } });
      await skipGuide(context);
      const page = await context.newPage();
      const errors = pageErrors(page);
      // A long briefing keeps the brief on screen while the test reads it.
      await page.route("**/api/quick", async (route) => {
        const body = JSON.parse(route.request().postData() ?? "{}");
        await route.continue({
          postData: JSON.stringify({ ...body, scenario: id, timings: { briefingSeconds: 600 } }),
        });
      });
      await page.goto(bed.url);
      await page.locator('.seat-option[data-seat="kyiv"]').click();
      await page.getByLabel("Your name").first().fill("Olena");
      await page.getByRole("button", { name: "Start a quick game" }).click();
      await page.waitForURL(/\/play\/tbl_/);

      for (const lang of ["de", "pl"]) {
        await page.setViewportSize({ width: 1440, height: 900 });
        await page.evaluate((l) => localStorage.setItem("ironclad:lang", l), lang);
        await page.reload();
        const objectives = kyiv?.brief?.objectives[lang] ?? "";
        expect(objectives, `${id}: Kyiv's objectives in ${lang}`).not.toBe("");
        await expect
          .poll(() => page.locator(".brief-panel").textContent(), { timeout: 30_000 })
          .toContain(objectives.slice(0, 80));
        expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
        const body = (await page.locator("body").textContent()) ?? "";
        expect(body).toContain(kyiv?.name[lang]);
        const draft = (await page.locator(".draft-panel").textContent()) ?? "";
        for (const issue of scenario.issues) expect(draft, `${issue.id} in ${lang}`).toContain(issue.name[lang]);
        await page.screenshot({ path: screenshotPath(`scenario-${id}-${lang}-desktop`) });
        await page.locator(".draft-panel").screenshot({ path: screenshotPath(`scenario-${id}-${lang}-draft`) });

        // A phone shows one panel at a time: the table's, then the brief's.
        await page.setViewportSize({ width: 390, height: 844 });
        expect(await horizontalOverflow(page), `${id} ${lang} on a phone`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`scenario-${id}-${lang}-phone`) });
        await page.getByRole("button", { name: briefTab(lang), exact: true }).click();
        await page.locator(".brief-panel").waitFor();
        expect(await horizontalOverflow(page), `${id} ${lang} brief on a phone`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: screenshotPath(`scenario-${id}-${lang}-phone-brief`) });
      }
      expect(errors).toEqual([]);
      await context.close();
    }, 180_000);

  it("says the bots' moves in German and Polish in the chat", async () => {
    const { context, page, errors } = await startQuickGame(bed.browser, bed.url, {
      timings: { briefingSeconds: 1, roundSeconds: 600 },
    });
    // A scenario talk line quotes an issue's name in the language's own quote marks; a bot's reply
    // to a person would not, and there is none here.
    for (const [lang, quoted] of [
      ["de", /„[^“]+“/],
      ["pl", /„[^”]+”/],
    ] as const) {
      await page.evaluate((l) => localStorage.setItem("ironclad:lang", l), lang);
      await page.reload();
      const lines = page.locator(".chat-panel .message-text");
      await expect
        .poll(async () => (await lines.allTextContents()).filter((text) => quoted.test(text)).length, {
          timeout: 60_000,
        })
        .toBeGreaterThan(0);
      await page.locator(".chat-panel").screenshot({ path: screenshotPath(`scenario-talk-${lang}`) });
    }
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
