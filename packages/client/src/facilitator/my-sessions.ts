// This browser's sessions: the ones it created or was given a facilitator link to, kept in its own
// storage beside their keys (fapi.ts), so the start page can list them. And the facilitator link:
// the key travels in the URL's fragment, which browsers never send to a server (nor to its logs).
import { forgetKey, loadKey, saveKey } from "./fapi.ts";

const INDEX_KEY = "ironclad:facilitator-sessions";
const KEY_PREFIX = "ironclad:facilitator:";

/** A session this browser holds the key of, as the start page lists it. */
export type MySession = {
  sessionId: string;
  /** The facilitator's name for it (empty when none was given). */
  name: string;
  /** The session's join code. */
  code: string;
  /** When the session was created (ms). */
  createdAt: number;
};

function readIndex(): MySession[] {
  try {
    const raw = localStorage.getItem(INDEX_KEY);
    const list: unknown = raw ? JSON.parse(raw) : [];
    return Array.isArray(list)
      ? list.filter(
          (x): x is MySession =>
            typeof x?.sessionId === "string" &&
            typeof x.name === "string" &&
            typeof x.code === "string" &&
            typeof x.createdAt === "number",
        )
      : [];
  } catch {
    return [];
  }
}

function writeIndex(list: MySession[]): void {
  try {
    localStorage.setItem(INDEX_KEY, JSON.stringify(list));
  } catch {
    // Storage blocked: the list lives no longer than the page.
  }
}

/** Adds a session to this browser's list (or updates it), newest first. */
export function rememberSession(session: MySession): void {
  const list = readIndex().filter((s) => s.sessionId !== session.sessionId);
  writeIndex([session, ...list].sort((a, b) => b.createdAt - a.createdAt));
}

/** The sessions this browser holds a key for, newest first; a key kept before the list existed shows with its id only. */
export function mySessions(): MySession[] {
  const listed = readIndex().filter((s) => loadKey(s.sessionId) !== null);
  const known = new Set(listed.map((s) => s.sessionId));
  const unlisted: MySession[] = [];
  try {
    for (let i = 0; i < localStorage.length; i++) {
      const k = localStorage.key(i);
      if (!k?.startsWith(KEY_PREFIX)) continue;
      const id = k.slice(KEY_PREFIX.length);
      if (id.includes(":") || known.has(id)) continue;
      unlisted.push({ sessionId: id, name: "", code: "", createdAt: 0 });
    }
  } catch {
    // Nothing more to list.
  }
  return [...listed, ...unlisted];
}

/** Forgets a session in this browser only: its key, its handout and its line in the list (the session runs on). */
export function forgetSession(sessionId: string): void {
  forgetKey(sessionId);
  writeIndex(readIndex().filter((s) => s.sessionId !== sessionId));
}

/** The link that opens the console with the key on another device: the key in the fragment, never sent to a server. */
export function facilitatorLink(origin: string, sessionId: string, key: string): string {
  return `${origin}/facilitate/${encodeURIComponent(sessionId)}#key=${encodeURIComponent(key)}`;
}

/**
 * Takes a key from the page's fragment (`#key=...`, a facilitator link), keeps it in this browser,
 * and clears it from the address bar and the history, so it is not left on the screen.
 */
export function adoptKeyFromFragment(sessionId: string): void {
  const hash = window.location.hash;
  if (!hash.startsWith("#")) return;
  const key = new URLSearchParams(hash.slice(1)).get("key");
  if (!key) return;
  saveKey(sessionId, key.trim());
  history.replaceState(history.state, "", window.location.pathname + window.location.search);
}
