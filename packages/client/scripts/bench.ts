// `npm run bench --workspace packages/client [-- --runs N] [--json out.json] [--no-lighthouse] [--still-table]`:
// builds the client, prints the gzip sizes of the landing bundle (what the first page loads) and of
// the table's lazy chunks, then times the first table render in headless Chromium on loopback
// against the real server: from the click on "Start a quick game" on the landing page to the table
// on screen (seat cards and the working draft), and from opening /play/<table> with a seat already
// held. Then it counts the long tasks on an emulated phone once the table's stage is up, once per run. Last, Lighthouse (pinned 12.2.3) audits the landing page and a live table page in the same
// Debian Chromium, reached through a remote-debugging port: performance, accessibility and best
// practices, with Lighthouse's mobile defaults and with its desktop preset; with --still-table, also a
// table whose bots are held (on a phone), so the page's own cost shows apart from the bots' moves.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import lighthouse, { desktopConfig } from "lighthouse";
import { type BrowserContext, chromium, type Page } from "playwright-core";
import { build } from "vite";
import { CHROMIUM_ARGS, CHROMIUM_PATH, chromiumMissingReason, launchChromium } from "../e2e/chromium.ts";
import { freePort, startServer } from "../e2e/server-process.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    json: { type: "string" },
    "no-lighthouse": { type: "boolean", default: false },
    "still-table": { type: "boolean", default: false },
  },
});
const runs = Math.max(1, Number(values.runs));
const root = path.resolve(import.meta.dirname, "..");
const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-client-bench-"));
await build({ root, logLevel: "error", build: { outDir, emptyOutDir: true } });

// What a page loads: index.html's entry and its static imports (the landing page), and the chunks
// reached only through a dynamic import() from /play (the table, the SDK, the deal model, Phaser).
const assets = path.join(outDir, "assets");
const gz = (file: string) => gzipSync(fs.readFileSync(path.join(assets, file))).length;
const html = fs.readFileSync(path.join(outDir, "index.html"), "utf8");
const landingJs = [...html.matchAll(/(?:src|href)="\/assets\/([^"]+\.js)"/g)].map((m) => m[1] as string);
const landingCss = [...html.matchAll(/href="\/assets\/([^"]+\.css)"/g)].map((m) => m[1] as string);
const allJs = fs.readdirSync(assets).filter((f) => f.endsWith(".js"));
const lazyJs = allJs.filter((f) => !landingJs.includes(f));
const kb = (n: number) => Math.round(n / 102.4) / 10;
const sizeOf = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);

/** On the landing page at `url`: Kyiv's seat and a name chosen, ready for "Start a quick game". */
async function fillQuickGame(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('.seat-option[data-seat="kyiv"]').click();
  await page.getByLabel("Your name").first().fill("Bench");
}

/** Starts a quick game as Kyiv from the landing page at `url`; the table's address once its draft is up. */
async function startQuickGame(page: Page, url: string): Promise<string> {
  await fillQuickGame(page, url);
  await page.getByRole("button", { name: "Start a quick game" }).click();
  await page.locator(".draft-panel").waitFor({ timeout: 30_000 });
  return page.url();
}

const sizes = {
  landingJsGzipKb: kb(sizeOf(landingJs)),
  landingCssGzipKb: kb(sizeOf(landingCss)),
  lazyChunks: Object.fromEntries(lazyJs.map((f) => [f, kb(gz(f))])),
  /** The JS /play loads beyond the landing bundle before its table is on screen (measured below). */
  gameChunksGzipKb: 0,
  gameChunks: [] as string[],
};
console.log("bench client — gzip sizes (KB)");
console.log(`  landing page: JS ${sizes.landingJsGzipKb} (${landingJs.join(", ")}), CSS ${sizes.landingCssGzipKb}`);
console.log("  lazy chunks (Phaser is the largest; it loads after the table is on screen):");
for (const [f, size] of Object.entries(sizes.lazyChunks).sort((a, b) => b[1] - a[1]))
  console.log(`    ${f.padEnd(44)} ${size}`);

const skip = chromiumMissingReason();
if (skip) {
  console.log(skip);
  process.exit(values.json ? 1 : 0);
}

const server = await startServer({ CLIENT_DIST: outDir });
const browser = await launchChromium();
const fromLanding: number[] = [];
const fromPlay: number[] = [];
try {
  for (let i = 0; i < runs + 1; i++) {
    // Each run in a fresh context: nothing cached, as for a first visit.
    const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
    const page = await context.newPage();
    await fillQuickGame(page, server.url);
    const t0 = Date.now();
    await page.getByRole("button", { name: "Start a quick game" }).click();
    await page.locator(".seat-card").first().waitFor({ timeout: 30_000 });
    await page.locator(".draft-panel, [data-testid=draft]").first().waitFor({ timeout: 30_000 });
    const landingMs = Date.now() - t0;
    // The same table opened afresh (a refresh, or a link), the seat already held by this browser.
    const url = page.url();
    const loaded = new Set<string>();
    const onResponse = (r: { url(): string }) => {
      const m = /\/assets\/([^/?#]+\.js)/.exec(r.url());
      if (m?.[1] && lazyJs.includes(m[1])) loaded.add(m[1]);
    };
    page.on("response", onResponse);
    const t1 = Date.now();
    await page.goto(url);
    await page.locator(".seat-card").first().waitFor({ timeout: 30_000 });
    await page.locator(".draft-panel, [data-testid=draft]").first().waitFor({ timeout: 30_000 });
    const playMs = Date.now() - t1;
    page.off("response", onResponse);
    sizes.gameChunks = [...loaded].sort();
    sizes.gameChunksGzipKb = kb(sizeOf(sizes.gameChunks));
    // The first run warms the server (Node compiles on first use): reported, not counted.
    if (i > 0) {
      fromLanding.push(landingMs);
      fromPlay.push(playMs);
    }
    await context.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
const render = {
  runs,
  quickGameToTableMs: { median: median(fromLanding), max: Math.max(...fromLanding) },
  openTableMs: { median: median(fromPlay), max: Math.max(...fromPlay) },
  targetMs: 3000,
};
console.log(
  `game chunks: /play loads ${sizes.gameChunksGzipKb} KB of JS (gzip) beyond the landing bundle before its table is on screen (${sizes.gameChunks.join(", ")})`,
);
console.log(`first table render in headless Chromium on loopback (${runs} runs, fresh browser context each):`);
console.log(
  `  landing "Start a quick game" → table on screen: median ${render.quickGameToTableMs.median} ms, max ${render.quickGameToTableMs.max} ms`,
);
console.log(
  `  open /play/<table> (seat held) → table on screen: median ${render.openTableMs.median} ms, max ${render.openTableMs.max} ms`,
);
const ok = render.quickGameToTableMs.max <= render.targetMs && render.openTableMs.max <= render.targetMs;
console.log(`  target ≤ ${render.targetMs} ms: ${ok ? "met" : "missed"}`);

// Long tasks once the table is up (#19: none over 200 ms), on a phone as Lighthouse emulates one
// (412 × 823 CSS px at 1.75 device pixels, the CPU slowed 4×): a quick game's table opened afresh,
// watched from the stage's scene being up (its first picture comes after) for LONG_TASK_WINDOW_MS
// while the bots play, once per run. The page itself notes when the stage is up: a wait from here
// ends only after the long tasks that follow it, and used to put the first picture before it.
const LONG_TASK_WINDOW_MS = 20_000;
type LongTaskRun = {
  stageUpMs: number;
  beforeUp: { count: number; maxMs: number };
  afterUp: { windowMs: number; count: number; over200: number; maxMs: number; blockingMs: number };
};
const longTaskRuns: LongTaskRun[] = [];
{
  const lServer = await startServer({ CLIENT_DIST: outDir });
  const lBrowser = await launchChromium();
  try {
    for (let i = 0; i < runs; i++) {
      const context = await lBrowser.newContext({
        viewport: { width: 412, height: 823 },
        deviceScaleFactor: 1.75,
        isMobile: true,
        hasTouch: true,
      });
      const page = await context.newPage();
      const url = await startQuickGame(page, lServer.url);
      await page.goto("about:blank");
      const cdp = await context.newCDPSession(page);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.addInitScript(() => {
        const w = window as unknown as { longTasks: Array<[number, number]>; stageUp: number };
        w.longTasks = [];
        w.stageUp = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) w.longTasks.push([e.startTime, e.duration]);
        }).observe({ type: "longtask", buffered: true });
        new MutationObserver(() => {
          if (!w.stageUp && document.querySelector('.table-stage[data-ready="true"]')) w.stageUp = performance.now();
        }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-ready"] });
      });
      await page.goto(url);
      await page.locator('.table-stage[data-ready="true"]').waitFor({ timeout: 120_000 });
      const up = await page.evaluate(() => (window as unknown as { stageUp: number }).stageUp);
      await page.waitForTimeout(Math.max(0, up + LONG_TASK_WINDOW_MS - (await page.evaluate(() => performance.now()))));
      const all = await page.evaluate(() => (window as unknown as { longTasks: Array<[number, number]> }).longTasks);
      await context.close();
      const before = all.filter(([start]) => start < up).map(([, d]) => d);
      const after = all.filter(([start]) => start >= up && start < up + LONG_TASK_WINDOW_MS).map(([, d]) => d);
      longTaskRuns.push({
        stageUpMs: Math.round(up),
        beforeUp: { count: before.length, maxMs: Math.round(Math.max(0, ...before)) },
        afterUp: {
          windowMs: LONG_TASK_WINDOW_MS,
          count: after.length,
          over200: after.filter((d) => d > 200).length,
          maxMs: Math.round(Math.max(0, ...after)),
          // As total blocking time counts it: each long task's time beyond 50 ms.
          blockingMs: Math.round(after.reduce((sum, d) => sum + Math.max(0, d - 50), 0)),
        },
      });
    }
  } finally {
    await lBrowser.close();
    await lServer.stop();
  }
}
const longTasks = {
  runs: longTaskRuns,
  medianAfterUp: {
    count: median(longTaskRuns.map((r) => r.afterUp.count)),
    over200: median(longTaskRuns.map((r) => r.afterUp.over200)),
    maxMs: median(longTaskRuns.map((r) => r.afterUp.maxMs)),
    blockingMs: median(longTaskRuns.map((r) => r.afterUp.blockingMs)),
  },
};
console.log(
  `long tasks on an emulated phone (4x CPU), /play opened afresh, ${runs} runs (a quick game and a fresh context each):`,
);
for (const r of longTaskRuns)
  console.log(
    `  the stage up at ${r.stageUpMs} ms after ${r.beforeUp.count} long tasks (longest ${r.beforeUp.maxMs} ms); in the ${LONG_TASK_WINDOW_MS / 1000} s after: ${r.afterUp.count} long tasks, ${r.afterUp.over200} over 200 ms (target 0), longest ${r.afterUp.maxMs} ms, blocking ${r.afterUp.blockingMs} ms`,
  );
console.log(
  `  median: ${longTasks.medianAfterUp.count} long tasks, ${longTasks.medianAfterUp.over200} over 200 ms, longest ${longTasks.medianAfterUp.maxMs} ms, blocking ${longTasks.medianAfterUp.blockingMs} ms`,
);

// Lighthouse, against a fresh server (the timing runs' quick games are still being played by their
// bots on the first one), in Debian Chromium started by playwright-core with a remote-debugging port
// that Lighthouse connects to. The profile is persistent so that the seat a quick game stores in
// localStorage is there when Lighthouse opens the table in a tab of its own.
type Audit = {
  performance: number;
  accessibility: number;
  bestPractices: number;
  metrics: Record<string, string>;
  failing: string[];
  warnings: string[];
};
const audits: Record<string, Audit> = {};
const CATEGORIES = ["performance", "accessibility", "best-practices"];
const METRICS = [
  "first-contentful-paint",
  "largest-contentful-paint",
  "total-blocking-time",
  "cumulative-layout-shift",
];

async function audit(url: string, port: number, preset: "mobile" | "desktop", keepStorage: boolean): Promise<Audit> {
  const result = await lighthouse(
    url,
    { port, output: "json", logLevel: "error", onlyCategories: CATEGORIES, disableStorageReset: keepStorage },
    preset === "desktop" ? desktopConfig : undefined,
  );
  if (!result) throw new Error(`Lighthouse returned no result for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError)
    throw new Error(`Lighthouse failed on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
  const score = (id: string) => Math.round((lhr.categories[id]?.score ?? Number.NaN) * 100);
  // Accessibility and best-practice audits that did not pass, to say what costs points.
  const failing = ["accessibility", "best-practices"].flatMap((c) =>
    (lhr.categories[c]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${c}: ${ref.id}`),
  );
  return {
    performance: score("performance"),
    accessibility: score("accessibility"),
    bestPractices: score("best-practices"),
    metrics: Object.fromEntries(METRICS.map((m) => [m, lhr.audits[m]?.displayValue ?? "?"])),
    failing,
    warnings: lhr.runWarnings,
  };
}

/**
 * Runs `audits` against a fresh server (with `env` beside the built client) and a Chromium whose
 * remote-debugging port Lighthouse drives; both stopped afterwards.
 */
async function withLighthouse(
  env: Record<string, string>,
  audits: (url: string, port: number, context: BrowserContext) => Promise<void>,
): Promise<void> {
  const server = await startServer({ CLIENT_DIST: outDir, ...env });
  const port = await freePort();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-lighthouse-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS, `--remote-debugging-port=${port}`],
  });
  try {
    await audits(server.url, port, context);
  } finally {
    await context.close();
    await server.stop();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** A quick game started in `context` holds Kyiv's seat; the page is closed (the seat is kept for a reconnect). */
async function heldTable(context: BrowserContext, url: string): Promise<string> {
  const page = await context.newPage();
  const tableUrl = await startQuickGame(page, url);
  await page.close();
  return tableUrl;
}

if (!values["no-lighthouse"]) {
  await withLighthouse({}, async (url, port, context) => {
    // The landing page as a first visit (Lighthouse clears the origin's storage first).
    for (const preset of ["mobile", "desktop"] as const)
      audits[`landing (${preset})`] = await audit(url, port, preset, false);
    // A live table: Lighthouse opens /play/<table> with the storage kept.
    const tableUrl = await heldTable(context, url);
    for (const preset of ["mobile", "desktop"] as const)
      audits[`table (${preset})`] = await audit(tableUrl, port, preset, true);
  });
  // With --still-table, a table whose bots are held (they never act in the audit's window, so the
  // draft stays blank and no patch comes): the page's own cost, which a live table's moves hide.
  if (values["still-table"])
    await withLighthouse({ BOT_THINK_MS: "600000,600000" }, async (url, port, context) => {
      audits["still table (mobile)"] = await audit(await heldTable(context, url), port, "mobile", true);
    });
  console.log(
    "Lighthouse 12.2.3 scores (0-100) in headless Debian Chromium on loopback; mobile = Lighthouse's default",
  );
  console.log(
    "  (emulated mid-range phone, simulated slow 4G, 4x CPU slowdown), desktop = its desktop preset (no CPU slowdown):",
  );
  for (const [name, a] of Object.entries(audits)) {
    console.log(
      `  ${name.padEnd(21)} performance ${a.performance}, accessibility ${a.accessibility}, best practices ${a.bestPractices}`,
    );
    console.log(`    ${METRICS.map((m) => `${m.replace(/-/g, " ")} ${a.metrics[m]}`).join(", ")}`);
    if (a.failing.length > 0) console.log(`    not passed: ${a.failing.join(", ")}`);
    for (const w of a.warnings) console.log(`    warning: ${w}`);
  }
}
fs.rmSync(outDir, { recursive: true, force: true });
console.log(
  `conditions: Node ${process.version}, ${os.cpus().length} cores, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
if (values.json)
  fs.writeFileSync(values.json, `${JSON.stringify({ sizes, render, ok, longTasks, lighthouse: audits }, null, 2)}\n`);
