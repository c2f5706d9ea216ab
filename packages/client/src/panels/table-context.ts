// What every panel of the table page reads: the snapshot, the public scenario, who I am, what
// is legal for me now, and how to act. Panels hold no rules: `legal` comes from the server.
import type { Issue, Option } from "@ironclad/engine";
import type { RematchNotice, RematchSeating, TypingSend } from "@ironclad/engine/protocol";
import { type ComponentChildren, createContext, h } from "preact";
import { useContext, useRef } from "preact/hooks";
import { loc, useLang } from "../i18n/index.ts";
import type { ActionType, ChatSend, ClientAction, PublicScenario, TableSnapshot, Welcome } from "../net/table-types.ts";

/** The table as the panels see it. */
export type TableCtx = {
  snap: TableSnapshot;
  scenario: PublicScenario;
  welcome: Welcome | null;
  /** My seat, or null for an observer, Moscow or the facilitator. */
  mySeat: string | null;
  legal: ReadonlySet<ActionType>;
  clockOffset: number;
  send: (action: ClientAction) => void;
  chat: (message: ChatSend) => void;
  /** Tells a channel's readers I am typing there (the connection throttles it). */
  typing: (where: TypingSend) => void;
  /** Leaves the table for good, the seat going to a bot (#21); absent where the page cannot. */
  leave?: () => void;
  /** Switches watching by the table's watch link on or off (#21, item 2): the table's opener only. */
  setWatching?: (on: boolean) => void;
  /** The table's rematch offer as it stands (#21, item 3), if one was made. */
  rematch?: RematchNotice | null;
  /** Offers the table a rematch from the debrief; absent where the page cannot. */
  offerRematch?: (seats: RematchSeating) => void;
  /** Accepts or declines the rematch offer numbered `offer`. */
  answerRematch?: (offer: number, accept: boolean) => void;
};

export const TableContext = createContext<TableCtx | null>(null);

/** The table context; panels render only inside the table page. */
export function useTable(): TableCtx {
  const ctx = useContext(TableContext);
  if (!ctx) throw new Error("useTable outside the table page");
  return ctx;
}

/**
 * The table for the panels inside, kept as it was for as long as `parts` of it and the language are
 * the same (#19): a state patch that changes none of what they read does not draw them again (their
 * panels are `memo`'d, so only the context could). `parts` must list everything the panels inside read
 * from the table, as the same objects while unchanged (the connection keeps unchanged parts of a
 * snapshot as they were).
 */
export function TableSlice({
  parts,
  children,
}: {
  parts: (ctx: TableCtx) => readonly unknown[];
  children: ComponentChildren;
}) {
  const ctx = useTable();
  const lang = useLang();
  const next = [lang, ...parts(ctx)];
  const kept = useRef<{ ctx: TableCtx; parts: readonly unknown[] } | null>(null);
  if (!kept.current || !sameParts(kept.current.parts, next)) kept.current = { ctx, parts: next };
  return h(TableContext.Provider, { value: kept.current.ctx }, children);
}

function sameParts(a: readonly unknown[], b: readonly unknown[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** A seat's display name in the current language. */
export function seatName(scenario: PublicScenario, id: string | null | undefined): string {
  if (!id) return "";
  const seat = scenario.seats.find((s) => s.id === id);
  return seat ? loc(seat.name) : id;
}

/** A seat's flag code. */
export function seatFlag(scenario: PublicScenario, id: string): string {
  return scenario.seats.find((s) => s.id === id)?.flag ?? "";
}

/** An issue by id. */
export function issueOf(scenario: PublicScenario, id: string): Issue | undefined {
  return scenario.issues.find((i) => i.id === id);
}

/** An option of an issue by id. */
export function optionOf(
  scenario: PublicScenario,
  issue: string,
  option: string | null | undefined,
): Option | undefined {
  if (!option) return undefined;
  return issueOf(scenario, issue)?.options.find((o) => o.id === option);
}

/** An option's label in the current language ("" when blank). */
export function optionLabel(scenario: PublicScenario, issue: string, option: string | null | undefined): string {
  const o = optionOf(scenario, issue, option);
  return o ? loc(o.label) : "";
}
