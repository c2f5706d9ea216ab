// Seat tokens kept in localStorage by table id: the same token returns a person to the same seat
// after a refresh, a dropped connection or on another tab.

/** What this browser keeps about a place at a table. */
export type StoredSeat = { tableId: string; seatToken: string; seat: string | null; name: string; savedAt: number };

const PREFIX = "ironclad:seat:";
const NAME_KEY = "ironclad:name";
const DEVICE_KEY = "ironclad:device";

function storage(): Storage | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
}

/** Remembers a place at a table. */
export function saveSeat(entry: Omit<StoredSeat, "savedAt">): void {
  storage()?.setItem(PREFIX + entry.tableId, JSON.stringify({ ...entry, savedAt: Date.now() }));
  storage()?.setItem(NAME_KEY, entry.name);
}

/** The place remembered for a table, if any. */
export function loadSeat(tableId: string): StoredSeat | null {
  const raw = storage()?.getItem(PREFIX + tableId);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as StoredSeat;
    return typeof parsed.seatToken === "string" ? parsed : null;
  } catch {
    return null;
  }
}

/** Every place this browser keeps, newest first. */
export function listSeats(): StoredSeat[] {
  const store = storage();
  if (!store) return [];
  const out: StoredSeat[] = [];
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i);
    if (!key?.startsWith(PREFIX)) continue;
    const seat = loadSeat(key.slice(PREFIX.length));
    if (seat && typeof seat.tableId === "string") out.push(seat);
  }
  return out.sort((a, b) => (b.savedAt ?? 0) - (a.savedAt ?? 0));
}

/** Forgets a place (the table ended, or the token was refused). */
export function forgetSeat(tableId: string): void {
  storage()?.removeItem(PREFIX + tableId);
}

/**
 * This browser's device id: random, made once and kept, sent with every join so that a removal by
 * the facilitator holds on this device (null where storage is blocked).
 */
export function deviceId(): string | null {
  const store = storage();
  if (!store) return null;
  let id = store.getItem(DEVICE_KEY);
  if (!id || !/^[A-Za-z0-9_-]{16,64}$/.test(id)) {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    id = `dev_${Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("")}`;
    store.setItem(DEVICE_KEY, id);
  }
  return id;
}

/** The name last used on this browser, to pre-fill forms. */
export function lastName(): string {
  return storage()?.getItem(NAME_KEY) ?? "";
}
