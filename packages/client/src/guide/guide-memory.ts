// What this browser remembers about the guided first game (#21, item 6): the quick game it started
// first, and whether the guide was offered or finished, so that it is offered once and only there.

const STATE_KEY = "ironclad:guide";
const FIRST_KEY = "ironclad:guide:quick-table";
/** The event the help menu sends to replay the guide on the table page. */
export const REPLAY_EVENT = "ironclad:guide-replay";

/** Where the guide stands in this browser. */
export type GuideMemory = "new" | "offered" | "finished";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Whether the guide was never offered, offered, or finished (or skipped) in this browser. */
export function guideMemory(): GuideMemory {
  const v = storage()?.getItem(STATE_KEY);
  return v === "offered" || v === "finished" ? v : "new";
}

/** Remembers that the guide was offered, or finished; finished is never undone by an offer. */
export function rememberGuide(state: Exclude<GuideMemory, "new">): void {
  if (state === "offered" && guideMemory() === "finished") return;
  storage()?.setItem(STATE_KEY, state);
}

/** Notes a quick game this browser started: until the guide has been offered, the latest one offers it. */
export function noteQuickGame(tableId: string): void {
  if (guideMemory() === "new") storage()?.setItem(FIRST_KEY, tableId);
}

/** Whether the table page for `tableId` should offer the guide by itself. */
export function shouldOfferGuide(tableId: string): boolean {
  return guideMemory() === "new" && storage()?.getItem(FIRST_KEY) === tableId;
}

/** Asks the table page to play the guide again (from the help menu). */
export function requestGuideReplay(): void {
  globalThis.dispatchEvent?.(new Event(REPLAY_EVENT));
}
