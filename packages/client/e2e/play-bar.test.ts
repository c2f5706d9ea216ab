// The table's top bar in every language at phone and desktop widths (#20): the phase's name could
// not shrink, so on a 390-px phone a long one (« INSTRUCTIONS », „TEST WARUNKÓW SKRAJNYCH“) ran into
// the clock, and a previewed language's third button in the picker took more of the line. Each
// language's longest phase name and detail are put in the bar, then nothing in it may overlap or
// leave the screen and the clock must show whole: a seated person's bar, counting one watcher, and
// the watcher's. The bars are photographed (artifacts/screenshots).
import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import de from "../src/i18n/de.json";
import en from "../src/i18n/en.json";
import fr from "../src/i18n/fr.json";
import pl from "../src/i18n/pl.json";
import uk from "../src/i18n/uk.json";
import { chromiumMissingReason, screenshotPath } from "./chromium.ts";
import { atTable, quickGameBed, startQuickGame, watchByLink } from "./quick-game-page.ts";

const skip = chromiumMissingReason();
const CATALOGUES = { en, uk, fr, de, pl } as Record<string, Record<string, string>>;
const WIDTHS = [360, 390, 1280];

/** A language's longest phase name, and its longest detail (a stress-test year with its longest step). */
function longest(lang: string): { label: string; detail: string } {
  const cat = CATALOGUES[lang] ?? {};
  const pick = (prefix: string) =>
    Object.entries(cat)
      .filter(([k]) => k.startsWith(prefix))
      .map(([, v]) => v)
      .sort((a, b) => b.length - a.length)[0] ?? "";
  const year = (cat["clock.year"] ?? "").replace("{year}", "3").replace("{years}", "3");
  const round = (cat["clock.round"] ?? "").replace("{round}", "3").replace("{rounds}", "3");
  const step = pick("step.");
  const detail = `${year} · ${step}`.length > round.length ? `${year} · ${step}` : round;
  return { label: pick("phase."), detail };
}

/**
 * Puts `label` and `detail` in the bar and says what is wrong with it: a part outside the screen, two
 * parts over each other (text as drawn, so a name spilling out of its box counts), a clipped clock.
 */
function barProblems(page: Page, texts: { label: string; detail: string }): Promise<string[]> {
  return page.evaluate(({ label, detail }) => {
    const bar = document.querySelector(".play-bar") as HTMLElement;
    const name = bar.querySelector(".phase-name") as HTMLElement;
    (name.querySelector(".phase-label") as HTMLElement).textContent = label;
    let detailEl = name.querySelector(".phase-detail") as HTMLElement | null;
    if (!detailEl) {
      detailEl = document.createElement("span");
      detailEl.className = "phase-detail";
      name.append(detailEl);
    }
    detailEl.textContent = detail;
    // What is drawn: a part's box; a name's box widened to its text where the text spills out unclipped.
    const drawn = (el: Element): DOMRect => {
      const box = el.getBoundingClientRect();
      if (!el.matches(".phase-label, .phase-detail") || getComputedStyle(el).overflowX !== "visible") return box;
      const range = document.createRange();
      range.selectNodeContents(el);
      const text = range.getBoundingClientRect();
      const left = Math.min(box.left, text.left);
      return new DOMRect(left, box.top, Math.max(box.right, text.right) - left, box.height);
    };
    const parts: [string, Element][] = [
      [".wordmark", bar.querySelector(".wordmark")],
      [".phase-label", bar.querySelector(".phase-label")],
      [".phase-detail", bar.querySelector(".phase-detail")],
      [".clock", bar.querySelector(".clock")],
      [".table-tag summary", bar.querySelector(".table-tag summary")],
      ...[...bar.querySelectorAll(".play-bar-tools > *")].map((el, i): [string, Element] => [`tool ${i}`, el]),
      ...[...bar.querySelectorAll(".lang-switch button")].map((el): [string, Element] => [
        `lang ${el.textContent}`,
        el,
      ]),
      [".leave-table", bar.querySelector(".leave-table")],
    ].filter((p): p is [string, Element] => p[1] !== null);
    const problems: string[] = [];
    const rects = parts.map(([what, el]) => [what, drawn(el)] as const);
    for (const [what, r] of rects)
      if (r.left < -0.5 || r.right > window.innerWidth + 0.5)
        problems.push(`${what} leaves the screen (${Math.round(r.left)}–${Math.round(r.right)})`);
    for (let i = 0; i < rects.length; i++)
      for (let j = i + 1; j < rects.length; j++) {
        const [a, ra] = rects[i] as (typeof rects)[number];
        const [b, rb] = rects[j] as (typeof rects)[number];
        // A language button lies inside its tool (the picker): only parts apart from each other count.
        if (b.startsWith("lang") && a.startsWith("tool")) continue;
        const x = Math.min(ra.right, rb.right) - Math.max(ra.left, rb.left);
        const y = Math.min(ra.bottom, rb.bottom) - Math.max(ra.top, rb.top);
        if (x > 1 && y > 1) problems.push(`${a} and ${b} overlap`);
      }
    const clock = bar.querySelector(".clock") as HTMLElement | null;
    if (!clock) problems.push("no clock");
    else if (clock.scrollWidth > clock.clientWidth + 1) problems.push("the clock is cut");
    return problems;
  }, texts);
}

/**
 * Gives every seat card in the row its "ready" mark (in the page's words) and says which names run
 * under their card's marks: in Ukrainian on a phone "Вашингтон" ran under „Готові“.
 */
function seatCardProblems(page: Page, ready: string): Promise<string[]> {
  return page.evaluate((word) => {
    const problems: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>(".seats-row .seat-card")) {
      const marks = card.querySelector(".seat-card-marks") as HTMLElement;
      if (!marks.querySelector(".mark-ready")) {
        const mark = document.createElement("span");
        mark.className = "mark-ready";
        mark.textContent = word;
        marks.append(mark);
      }
      const name = (card.querySelector(".seat-card-name-text") ?? card.querySelector(".seat-card-name")) as HTMLElement;
      const range = document.createRange();
      range.selectNodeContents(name);
      const text = range.getBoundingClientRect();
      // What is drawn of the name: its text, cut at its own box when it clips.
      const right =
        getComputedStyle(name).overflowX === "visible"
          ? text.right
          : Math.min(text.right, name.getBoundingClientRect().right);
      if (right > marks.getBoundingClientRect().left + 0.5)
        problems.push(`${card.dataset.seat}'s name runs under its marks`);
    }
    return problems;
  }, ready);
}

describe.skipIf(skip !== null)("the table's bar in every language", () => {
  const bed = quickGameBed();

  it("keeps every part apart and the clock whole at 360, 390 and 1280 px in en, uk, fr, de and pl, seated and watching, and no seat's name under its marks", async () => {
    // A long briefing: the bar shows the phase's name and a running clock the whole time.
    const { context, page, errors } = await startQuickGame(bed.browser, bed.url, {
      timings: { briefingSeconds: 900 },
      viewport: { width: 1280, height: 800 },
    });
    // Someone watches by the table's watch link: the seated bar counts them, and the watcher's own
    // bar says "Watching" (both more to fit on a phone's first line).
    const tag = page.getByTestId("table-tag");
    await tag.locator("summary").click();
    const watchLink = (await page.getByTestId("watch-link").getAttribute("href")) ?? "";
    await tag.locator("summary").click();
    const watching = await watchByLink(bed.browser, watchLink, { width: 1280, height: 800 });
    await page.getByTestId("watchers").waitFor({ timeout: 30_000 });
    const found: string[] = [];
    for (const [who, p] of [
      ["seated", page],
      ["watcher", watching.page],
    ] as const)
      for (const lang of ["en", "uk", "fr", "de", "pl"]) {
        await p.evaluate((l) => localStorage.setItem("ironclad:lang", l), lang);
        for (const width of WIDTHS) {
          await p.setViewportSize({ width, height: 800 });
          await p.reload();
          await atTable(p);
          await p.locator(".play-bar .clock").waitFor();
          if (who === "seated") await p.getByTestId("watchers").waitFor({ timeout: 30_000 });
          // The bar as it is (this phase's own name), then with the language's longest name and detail.
          const shot = `play-bar-${who}-${lang}-${width}`;
          await p.locator(".play-bar").screenshot({ path: screenshotPath(shot) });
          const problems = await barProblems(p, longest(lang));
          await p.locator(".play-bar").screenshot({ path: screenshotPath(`${shot}-longest`) });
          found.push(...problems.map((problem) => `${who} ${lang} ${width}px: ${problem}`));
          const cards = await seatCardProblems(p, CATALOGUES[lang]?.["seats.ready"] ?? "");
          if (who === "seated")
            await p.locator(".seats-row").screenshot({ path: screenshotPath(`seats-row-${lang}-${width}`) });
          found.push(...cards.map((problem) => `${who} ${lang} ${width}px: ${problem}`));
        }
      }
    expect(found).toEqual([]);
    expect(errors).toEqual([]);
    expect(watching.errors).toEqual([]);
    await watching.context.close();
    await context.close();
  }, 600_000);
});
