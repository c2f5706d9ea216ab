// Debian's chromium driven by playwright-core. Never a downloaded browser.
import fs from "node:fs";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";

const EXECUTABLE = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** Debian's Chromium (or CHROMIUM_PATH). */
export const CHROMIUM_PATH = EXECUTABLE;
/** The flags this sandbox needs (no sandbox, no GPU, nothing fetched in the background). */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/** Why browser tests cannot run here, or null when they can. In CI a missing browser is a failure, not a skip. */
export function chromiumMissingReason(): string | null {
  if (fs.existsSync(EXECUTABLE)) return null;
  const reason = `Chromium not found at ${EXECUTABLE}: browser tests skipped (apt-get install -y chromium, or set CHROMIUM_PATH)`;
  if (process.env.CI) throw new Error(`${reason}; CI must run them`);
  console.warn(reason);
  return reason;
}

/** Launches headless Chromium with a fresh profile and the flags this sandbox needs. */
export async function launchChromium(): Promise<Browser> {
  // playwright-core gives every launch a fresh, temporary profile (it refuses --user-data-dir here).
  return chromium.launch({
    executablePath: EXECUTABLE,
    headless: true,
    args: CHROMIUM_ARGS,
  });
}

/** Where screenshots are kept as test artefacts (ignored by git). */
export function screenshotPath(name: string): string {
  const dir = path.resolve(import.meta.dirname, "../../../artifacts/screenshots");
  fs.mkdirSync(dir, { recursive: true });
  return path.join(dir, `${name}.png`);
}

/** Everything the page's WebSockets receive, as text (binary frames decoded as UTF-8). */
export function recordSockets(page: Page): () => string {
  const chunks: string[] = [];
  page.on("websocket", (ws) => {
    ws.on("framereceived", ({ payload }) =>
      chunks.push(typeof payload === "string" ? payload : Buffer.from(payload).toString("utf8")),
    );
  });
  return () => chunks.join("\n");
}

/** Collects what `page` reports as errors, its console's and uncaught ones, into the array returned. */
export function pageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  return errors;
}

/** A page in a context of its own, with its errors collected and a way to close both. */
export async function openPage(browser: Browser, viewport = { width: 1280, height: 800 }) {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  return { page, errors: pageErrors(page), close: () => context.close() };
}

/**
 * What a page shows when the table did not appear: its URL, the loading line's record of what has
 * arrived (status, welcome, scenario, snapshot), the start of its text and its last console lines.
 */
export async function describeStuckPage(page: Page): Promise<string> {
  const arrived = await page
    .locator(".loading-line")
    .evaluate((el) => JSON.stringify({ ...(el as HTMLElement).dataset }))
    .catch(() => "(no loading line)");
  const shown = (
    await page
      .locator("body")
      .textContent()
      .catch(() => "")
  )
    ?.replace(/\s+/g, " ")
    .slice(0, 300);
  const console = (await page.consoleMessages().catch(() => []))
    .filter((m) => m.type() !== "debug")
    .slice(-10)
    .map((m) => `  [${m.type()}] ${m.text().slice(0, 200)}`)
    .join("\n");
  return `${page.url()} ${arrived}: ${shown}\n${console}`;
}
