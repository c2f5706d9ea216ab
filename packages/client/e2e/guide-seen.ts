// For end-to-end tests that are not about the guided first game (#21, item 6): a browser context
// that has already seen the guide, so no callout lies over the table they click through.
import type { BrowserContext } from "playwright-core";

/** Makes every page of `context` start with the guide finished, as after a first game. */
export async function skipGuide(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    try {
      localStorage.setItem("ironclad:guide", "finished");
    } catch {
      // A page without storage (about:blank) shows no guide anyway.
    }
  });
}
