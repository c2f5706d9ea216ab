// The console's results box follows a language switch: what an action was and why a table refused
// it are kept as data and put into words when the box is drawn (#18: "Already-rendered log lines
// follow a language switch"). Components are called as functions; their vnodes are read as text.
import type { VNode } from "preact";
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import { ActionResults } from "./action-results.tsx";
import { TableControls } from "./table-controls.tsx";

type Node = VNode<{ children?: unknown; onClick?: () => void }> | string | number | null | undefined | Node[];

function textOf(node: unknown): string {
  if (node == null || typeof node === "boolean") return "";
  if (typeof node === "string" || typeof node === "number") return String(node);
  if (Array.isArray(node)) return node.map(textOf).join("");
  return textOf((node as VNode<{ children?: unknown }>).props.children);
}

function buttons(node: Node): VNode<{ children?: unknown; onClick?: () => void }>[] {
  if (node == null || typeof node !== "object") return [];
  if (Array.isArray(node)) return node.flatMap(buttons);
  const own = node.type === "button" ? [node] : [];
  return [...own, ...buttons(node.props.children as Node)];
}

describe("the console's results box", () => {
  afterEach(() => setLang("en"));

  it("names the action and the refusal in the language of the moment, not of the click", () => {
    setLang("en");
    let label: unknown = null;
    const controls = TableControls({ busy: false, onAct: (l) => (label = l) });
    const pause = buttons(controls as Node).find((b) => textOf(b) === "Pause");
    pause?.props.onClick?.();
    const results = {
      label: label as Parameters<typeof ActionResults>[0]["results"]["label"],
      results: [{ tableId: "tbl_1", ok: false, error: { code: "table/paused", message: "The game is paused." } }],
    };
    const codeOf = () => "K7QM4X";
    expect(textOf(ActionResults({ results, codeOf }))).toContain("Results · Pause");
    expect(textOf(ActionResults({ results, codeOf }))).toContain("The game is paused.");

    setLang("uk");
    const uk = textOf(ActionResults({ results, codeOf }));
    expect(uk).toContain("Результати · Пауза");
    expect(uk).toContain("Гру призупинено");
    expect(uk).not.toContain("Pause");
  });
});
