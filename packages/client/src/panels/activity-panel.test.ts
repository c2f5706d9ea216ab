// Lines already in the activity panel follow a language switch (#18): the panel keeps the events
// and tells them when drawn. The component is called as a function; its vnodes are read as text.
import type { VNode } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { scenario } from "../game/snapshot-fixtures.ts";
import { setLang } from "../i18n/index.ts";
import type { EventBatch } from "../net/table-connection.ts";
import { ActivityPanel, announce, announcementText } from "./activity-panel.tsx";

function textOf(node: unknown): string {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("|");
  return textOf((node as VNode<{ children?: unknown }>).props.children);
}

const batches: EventBatch[] = [
  { id: 1, at: 0, events: [{ type: "stress/protected-move", year: 1, seat: "kyiv", move: "appeal" }] },
  { id: 2, at: 1000, events: [{ type: "game/ended", outcome: "held", early: false }] },
];

describe("the table's activity", () => {
  afterEach(() => setLang("en"));

  it("re-tells lines already shown in the language switched to", () => {
    setLang("en");
    const items = announce(batches, scenario, null);
    const panel = () => textOf(ActivityPanel({ items, scenario, mySeat: null }));
    expect(panel()).toContain("Kyiv: Appeal to the guarantors.");
    expect(panel()).toContain("Deterrence held.");

    setLang("uk");
    expect(panel()).toContain("Київ: Звернутися до гарантів.");
    expect(panel()).not.toContain("Appeal to the guarantors");
    // The live region reads the same stored events.
    expect(items.map((a) => announcementText(a, scenario, null))[0]).toBe("Київ: Звернутися до гарантів.");
  });

  it("tells the newest first and leaves out events not worth a sentence", () => {
    const items = announce(
      [...batches, { id: 3, at: 2000, events: [{ type: "table/created" } as never] }],
      scenario,
      "kyiv",
    );
    expect(items.map((a) => a.id)).toEqual([100, 200]);
    expect(textOf(ActivityPanel({ items, scenario, mySeat: "kyiv" }))).toMatch(/Deterrence held\..*You: Appeal/);
  });
});
