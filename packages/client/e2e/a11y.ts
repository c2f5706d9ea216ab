// Accessibility checks for the end-to-end tests: axe-core (through @axe-core/playwright) on the
// page as it is at the moment of the call, WCAG 2.0/2.1 levels A and AA plus axe's best practices
// (one main landmark, headings in order, content inside landmarks...).
import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";

/** The axe rule sets checked: WCAG 2.0 and 2.1, levels A and AA, and axe's best practices. */
export const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"];

/**
 * Accessibility problems axe finds on the page, one readable line per element and rule — rule id,
 * impact, the element's selector and what is wrong — or an empty list when there are none.
 * (The name is the one the tests have always called; the hand-written checks it ran before are
 * all covered by axe's rules.)
 */
export async function basicA11yProblems(page: Page): Promise<string[]> {
  // Legacy mode runs axe inside the page itself. The default mode finishes its run in a second page
  // of the same context, which pages opened with browser.newPage() (as most tests do) cannot open;
  // the pages here have no cross-origin frames, the one thing legacy mode would not reach.
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).setLegacyMode(true).analyze();
  // One line per rule and finding; the same finding on many elements (a long list) lists a few.
  const found = new Map<string, string[]>();
  for (const v of results.violations) {
    for (const node of v.nodes) {
      const why = (node.failureSummary ?? v.help).replace(/\s+/g, " ").replace(/^Fix (any|all) of the following: /, "");
      const key = `${v.id} (${v.impact ?? "?"}): ${why}`;
      const target = node.target.map((t) => (Array.isArray(t) ? t.join(" >> ") : String(t))).join(" | ");
      found.set(key, [...(found.get(key) ?? []), target]);
    }
  }
  const lines: string[] = [];
  for (const [key, targets] of found) {
    const more = targets.length > 4 ? ` and ${targets.length - 4} more` : "";
    lines.push(`${key} — at ${targets.slice(0, 4).join(", ")}${more}`);
  }
  return lines;
}

/** How far the page scrolls sideways (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
