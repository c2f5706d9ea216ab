// A basic accessibility check for pages without @axe-core/playwright: every button and link has
// an accessible name, every form control a label, every image an alt attribute, ids are unique.
import type { Page } from "playwright-core";

/** Problems found on the page, as readable lines (empty when none). */
export async function basicA11yProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const visible = (el: Element) => {
      const style = getComputedStyle(el);
      return style.display !== "none" && style.visibility !== "hidden";
    };
    const textOf = (el: Element) => (el.textContent ?? "").replace(/\s+/g, " ").trim();
    const byIds = (ids: string | null) =>
      (ids ?? "")
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => textOf(document.getElementById(id) ?? document.createElement("i")))
        .join(" ")
        .trim();
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""}.${[...el.classList].join(".")}`;
    for (const el of document.querySelectorAll("button, a[href], [role=button]")) {
      if (!visible(el)) continue;
      const name =
        el.getAttribute("aria-label") ||
        byIds(el.getAttribute("aria-labelledby")) ||
        textOf(el) ||
        el.getAttribute("title") ||
        [...el.querySelectorAll("img[alt]")].map((i) => i.getAttribute("alt")).join(" ");
      if (!name?.trim()) problems.push(`no accessible name: ${describe(el)}`);
    }
    for (const el of document.querySelectorAll("input, select, textarea")) {
      const input = el as HTMLInputElement;
      if (input.type === "hidden") continue;
      const labelled =
        (input.labels && input.labels.length > 0) ||
        !!input.getAttribute("aria-label") ||
        !!byIds(input.getAttribute("aria-labelledby"));
      if (!labelled) problems.push(`no label: ${describe(el)}`);
    }
    for (const img of document.querySelectorAll("img")) {
      if (!img.hasAttribute("alt")) problems.push(`img without alt: ${img.getAttribute("src")}`);
    }
    const seen = new Map<string, number>();
    for (const el of document.querySelectorAll("[id]")) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    for (const [id, n] of seen) if (n > 1) problems.push(`duplicate id: ${id} ×${n}`);
    if (!document.documentElement.lang) problems.push("<html> has no lang");
    if (!document.querySelector("main")) problems.push("no <main> landmark");
    if (!document.querySelector("h1, h2")) problems.push("no heading");
    return problems;
  });
}

/** How far the page scrolls sideways (0 when it fits). */
export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}
