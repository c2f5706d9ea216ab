// This browser's choices about alerts (#21, item 7): the sound (off until turned on), and whether a
// game was played to its end here, after which the browser's notifications may be asked for.
const SOUND_KEY = "ironclad:alerts:sound";
const PLAYED_KEY = "ironclad:alerts:played";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Whether alerts chime (off unless this browser turned it on). */
export function soundOn(): boolean {
  return storage()?.getItem(SOUND_KEY) === "on";
}

/** Turns the chime on or off, remembered in this browser. */
export function setSoundOn(on: boolean): void {
  if (on) storage()?.setItem(SOUND_KEY, "on");
  else storage()?.removeItem(SOUND_KEY);
}

/** Whether this browser has seen a game to its debrief: only then are notifications offered. */
export function playedAGame(): boolean {
  return storage()?.getItem(PLAYED_KEY) === "yes";
}

/** Notes that this browser saw a game to its debrief. */
export function notePlayedAGame(): void {
  storage()?.setItem(PLAYED_KEY, "yes");
}

/** Whether the browser's notifications may be asked for now: after a first game, where the browser has them, not yet asked. */
export function mayAskForNotifications(): boolean {
  return playedAGame() && typeof Notification !== "undefined" && Notification.permission === "default";
}
