// The amendments list: finding an amendment, the open ones, and one copied for a handler to change.
import { type Ctx, own, type RuleError, refusal } from "./rules-context.ts";
import type { Amendment, GameState } from "./state.ts";

/** Most open amendments one seat may have at a time (keeps the table readable). */
export const MAX_OPEN_AMENDMENTS_PER_SEAT = 5;

/** Open amendment `id`, or why there is none. */
export function openAmendmentOf(s: GameState, id: number): Amendment | RuleError {
  const m = amendmentById(s.amendments, id);
  if (!m) return refusal("draft/unknown_amendment", `There is no amendment #${id}.`);
  return m.status === "open" ? m : refusal("draft/amendment_closed", `Amendment #${id} is already ${m.status}.`);
}

// A long negotiation keeps every closed amendment in the list, and the checks of every viewer ask
// about the open ones after every change: they are listed once per list. A list is never written
// into once a state holds it (an action writes into its own copy), so the answer keeps.
const openLists = new WeakMap<readonly Amendment[], Amendment[]>();

/** The open amendments of a state's list, in the order they were posted. */
export function openAmendments(list: readonly Amendment[]): readonly Amendment[] {
  let open = openLists.get(list);
  if (!open) {
    open = list.filter((m) => m.status === "open");
    openLists.set(list, open);
  }
  return open;
}

// Amendments are numbered from 1 in the order they are posted and never leave the list, so
// amendment n is at index n - 1 (the search is only a fallback).
function amendmentIndex(list: readonly Amendment[], id: number): number {
  return list[id - 1]?.id === id ? id - 1 : list.findIndex((x) => x.id === id);
}

/** Amendment `id` of a list, or undefined. */
export function amendmentById(list: readonly Amendment[], id: number): Amendment | undefined {
  return list[amendmentIndex(list, id)];
}

/** Open amendment `id` (`payloadRefusal` found it), copied into the state being built so the handler may change it. */
export function openAmendment(c: Ctx, id: number): Amendment {
  const k = amendmentIndex(c.s.amendments, id);
  const m = c.s.amendments[k];
  if (!m) throw new Error(`amendment #${id} vanished after its check`);
  const copy: Amendment = { ...m, supporters: [...m.supporters] };
  if (m.opponents) copy.opponents = [...m.opponents];
  own(c, "amendments")[k] = copy;
  return copy;
}
