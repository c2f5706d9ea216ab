// `npm run bench:pace [-- --games N] [--json out.json]`: plays whole quick games as Kyiv in headless
// Chromium against the real server, at the quick game's own clock and the bots' own think times, with a
// scripted active human: it reads its brief for 20 s, supports the amendments that gain it points and
// opposes those that cost it, proposes its best option on its worst issue (two a round), answers
// straw polls and offers, says it is ready once its own proposals are decided (or a minute into the
// round), signs what it can sign, and makes its choice in every stress-test year. It prints, per
// game, the time from "Start a quick game" to the debrief and the quiet stretches: spans in which
// nothing on the table changed while the human had nothing left to do (issue #16's target: a 12-minute
// median and no quiet stretch over 45 s). A benchmark, not a test: it reports what it measured.
import fs from "node:fs";
import os from "node:os";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { chromiumMissingReason, launchChromium } from "../e2e/chromium.ts";
import { buildClient } from "../e2e/client-build.ts";
import { startServer } from "../e2e/server-process.ts";

const { values } = parseArgs({
  options: {
    games: { type: "string", default: "3" },
    json: { type: "string" },
    "quiet-limit": { type: "string", default: "45" },
  },
});
const games = Math.max(1, Number(values.games));
const quietLimitS = Number(values["quiet-limit"]);
const skip = chromiumMissingReason();
if (skip) {
  console.log(skip);
  process.exit(0);
}

/** What a player sees change on the table (the ticking clocks left out), as one string. */
function tableSignature(page: Page): Promise<string> {
  return page.evaluate(() => {
    const text = (sel: string) =>
      [...document.querySelectorAll(sel)].map((e) => e.textContent?.replace(/\d+:\d\d/g, "") ?? "").join("|");
    return [
      text(".phase-label"),
      text(".phase-detail"),
      text(".draft-panel .is-chosen"),
      text(".amendments-panel .amendment"),
      String(document.querySelectorAll(".chat-panel .message").length),
      text(".seats-row .seat-card-marks"),
      text(".poll-panel .poll-results"),
      text(".offers-panel .offer"),
      text(".stress-panel"),
      text(".debrief-panel .my-score"),
    ].join("¦");
  });
}

/** Clicks the first visible, enabled match; says whether it clicked. */
async function tap(page: Page, selector: string): Promise<boolean> {
  const el = page.locator(selector).first();
  if (!(await el.isVisible().catch(() => false)) || !(await el.isEnabled().catch(() => false))) return false;
  return el.click({ timeout: 1_500 }).then(
    () => true,
    () => false,
  );
}

/** The scripted human's turn: one thing it wants to do now, if any. Says whether it acted. */
async function humanTurn(page: Page, round: { n: string; since: number; proposals: number }): Promise<boolean> {
  const phase =
    (await page
      .locator(".play")
      .getAttribute("data-phase")
      .catch(() => "")) ?? "";
  if (phase === "briefing") {
    if (Date.now() - round.since < 20_000) return false;
    return tap(page, 'button:has-text("I have read my brief")');
  }
  if (phase === "vote") {
    return (
      (await tap(page, '.signing-dialog button:has-text("Sign the framework")')) ||
      tap(page, '.signing-dialog button:text-is("Decline")')
    );
  }
  if (phase === "negotiation") {
    const label =
      (await page
        .locator(".phase-detail")
        .textContent()
        .catch(() => "")) ?? "";
    if (label !== round.n) Object.assign(round, { n: label, since: Date.now(), proposals: 0 });
    // A straw poll: Kyiv answers whether the draft, as it stands, is worth its signature to it.
    if (
      await page
        .locator(".poll-panel form.poll-answer")
        .isVisible()
        .catch(() => false)
    ) {
      const blank = await page.locator(".draft-panel .issue-row.is-blank").count();
      await page
        .locator(".poll-panel form.poll-answer")
        .getByLabel(blank > 0 ? "Would not sign" : "Would sign")
        .check()
        .catch(() => undefined);
      return tap(page, '.poll-panel button:has-text("Send my answer")');
    }
    // Amendments: back what gains Kyiv points, resist what costs it.
    const verdicts = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>(".amendments-panel .amendment.status-open")].map((li) => ({
        id: li.dataset.amendment ?? "",
        delta: Number((li.querySelector(".delta")?.textContent ?? "").match(/[+-]?\d+/)?.[0] ?? "0"),
      })),
    );
    for (const v of verdicts) {
      const item = `.amendments-panel [data-amendment="${v.id}"]`;
      if (v.delta > 0 && (await tap(page, `${item} button:has-text("Support")`))) return true;
      if (v.delta < 0 && (await tap(page, `${item} button:has-text("Oppose")`))) return true;
    }
    // An offer made to Kyiv: accepted when it names amendments that gain Kyiv points on balance.
    if (await tap(page, '.offers-panel .offer button:text-is("Accept")')) return true;
    // Kyiv's own proposal: its best option on the issue where the draft gives it least (two a round).
    const mineOpen = await page.locator(".amendments-panel .amendment.status-open", { hasText: "Kyiv:" }).count();
    if (round.proposals < 2 && mineOpen === 0) {
      const target = await page.evaluate(() => {
        let best: { issue: string; option: string; gain: number } | null = null;
        for (const row of document.querySelectorAll<HTMLElement>(".draft-panel .issue-row")) {
          const points = (b: Element | null) => Number(b?.querySelector(".option-points")?.textContent ?? "0");
          const now = points(row.querySelector(".option-token.is-chosen"));
          for (const b of row.querySelectorAll<HTMLButtonElement>(".option-token:not([disabled])")) {
            const gain = points(b) - now;
            if (!b.classList.contains("is-red-line") && gain > (best?.gain ?? 0))
              best = { issue: row.dataset.issue ?? "", option: b.dataset.option ?? "", gain };
          }
        }
        return best;
      });
      if (
        target &&
        (await tap(page, `.draft-panel [data-issue="${target.issue}"] button[data-option="${target.option}"]`))
      ) {
        round.proposals++;
        return true;
      }
    }
    // Done for the round: its proposals are decided (or it has waited a minute).
    if (mineOpen === 0 || Date.now() - round.since > 60_000)
      return tap(page, '.table-actions button[aria-pressed="false"]:has-text("Ready to end the round")');
    return false;
  }
  if (phase === "stress" || phase === "ratification") {
    // Kyiv's own move in a year (mobilise when offered), then "continue" when a result waits.
    if (await tap(page, '.stress-panel button[data-move="mobilise"]')) return true;
    return tap(page, '.table-actions button[aria-pressed="false"]');
  }
  return false;
}

type GameResult = { seconds: number; quietStretches: number[]; longestQuiet: number; reachedDebrief: boolean };

async function playOne(url: string): Promise<GameResult> {
  const browser = await launchChromium();
  const page = await (await browser.newContext({ viewport: { width: 1440, height: 900 } })).newPage();
  try {
    await page.goto(url);
    await page.locator('.seat-option[data-seat="kyiv"]').click();
    await page.getByLabel("Your name").first().fill("Olena");
    const started = Date.now();
    await page.getByRole("button", { name: "Start a quick game" }).click();
    await page.waitForURL(/\/play\/tbl_/);
    await page.locator(".draft-panel, .brief-panel").first().waitFor({ timeout: 60_000 });
    const round = { n: "", since: Date.now(), proposals: 0 };
    let signature = "";
    let changedAt = Date.now();
    let quietFrom: number | null = null;
    const quiet: number[] = [];
    for (const limit = started + 45 * 60_000; Date.now() < limit; ) {
      if (
        await page
          .locator(".debrief-panel .my-score")
          .isVisible()
          .catch(() => false)
      )
        break;
      const acted = await humanTurn(page, round);
      const now = Date.now();
      const next = await tableSignature(page).catch(() => signature);
      if (next !== signature || acted) {
        signature = next;
        changedAt = now;
        if (quietFrom !== null) quiet.push((now - quietFrom) / 1000);
        quietFrom = null;
      } else if (quietFrom === null && now - changedAt > 1_000) quietFrom = changedAt;
      await page.waitForTimeout(1_000);
    }
    const reachedDebrief = await page
      .locator(".debrief-panel .my-score")
      .isVisible()
      .catch(() => false);
    const seconds = Math.round((Date.now() - started) / 1000);
    return { seconds, quietStretches: quiet, longestQuiet: Math.max(0, ...quiet), reachedDebrief };
  } finally {
    await browser.close();
  }
}

const outDir = await buildClient();
const server = await startServer({ CLIENT_DIST: outDir });
const results: GameResult[] = [];
try {
  console.log(
    `bench pace — ${games} quick game(s) as Kyiv, the quick game's own clock, the bots' default think times; ` +
      `${os.cpus().length} cores, load ${os.loadavg()[0]?.toFixed(2)}, Node ${process.version}`,
  );
  for (let g = 0; g < games; g++) {
    const r = await playOne(server.url);
    results.push(r);
    const over = r.quietStretches.filter((s) => s > quietLimitS);
    console.log(
      `  game ${g + 1}: ${Math.floor(r.seconds / 60)} min ${r.seconds % 60} s${r.reachedDebrief ? "" : " (no debrief: stopped at 45 min)"}; ` +
        `longest quiet stretch ${r.longestQuiet.toFixed(0)} s; ${over.length} over ${quietLimitS} s`,
    );
  }
} finally {
  await server.stop();
}
const sorted = results.map((r) => r.seconds).sort((a, b) => a - b);
const median = sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
console.log(
  `median ${Math.floor(median / 60)} min ${median % 60} s; longest quiet stretch ${Math.max(...results.map((r) => r.longestQuiet)).toFixed(0)} s`,
);
if (values.json)
  fs.writeFileSync(values.json, `${JSON.stringify({ games: results, medianSeconds: median }, null, 2)}\n`);
