// The facilitator's HTTP calls (docs/protocol.md §1): the shared `call` with the session's
// secret key as a Bearer header. The key lives in this browser's storage, keyed by session id,
// and never in a link.
import type { AfterActionReport, DuplicateScore, GameEvent, PlayerView, SeatScore } from "@ironclad/engine";
import type {
  ConsoleTable,
  ForkOrigin,
  SessionSettingsInput,
  SessionSettings as StoredSessionSettings,
} from "@ironclad/engine/protocol";
import { ApiFailure, call } from "../net/api.ts";

const KEY_PREFIX = "ironclad:facilitator:";

/** Remembers the facilitator key of a session in this browser. */
export function saveKey(sessionId: string, key: string): void {
  try {
    localStorage.setItem(KEY_PREFIX + sessionId, key);
  } catch {
    // Storage blocked: the key only lives in this tab.
  }
  memory.set(sessionId, key);
}

const memory = new Map<string, string>();

/** The facilitator key of a session, if this browser created it (or was given it). */
export function loadKey(sessionId: string): string | null {
  try {
    return localStorage.getItem(KEY_PREFIX + sessionId) ?? memory.get(sessionId) ?? null;
  } catch {
    return memory.get(sessionId) ?? null;
  }
}

export type { ConsoleTable, TableSummary } from "@ironclad/engine/protocol";

/** Session settings for `POST /api/sessions` (every field optional). */
export type SessionSettings = SessionSettingsInput;
export const PERSONALITIES = ["pragmatist", "hardliner", "conciliator"] as const satisfies readonly Personality[];
export type Personality = StoredSessionSettings["bots"][string];

/** What `POST /api/sessions` returns. */
export type CreatedSession = {
  sessionId: string;
  sessionCode: string;
  joinUrl: string;
  /** The server's PUBLIC_URL (the links' base), or null: the handout then uses this browser's address. Absent from handouts stored before. */
  publicUrl?: string | null;
  facilitatorKey: string;
  tables: CreatedTable[];
};

/** A table as the session's creation returns it; `number` is Table 1, 2, ... on every page. */
export type CreatedTable = {
  tableId: string;
  number: number;
  code: string;
  joinUrl: string;
  /** Where Moscow is human: its seat and the link that opens the join form on it. */
  redCell?: { seat: string; joinUrl: string } | null;
};

/** `GET /api/sessions/:id`. */
export type SessionInfo = {
  sessionId: string;
  sessionCode: string;
  scenarioId: string;
  settings: StoredSessionSettings;
  createdAt: number;
  endedAt: number | null;
  tables: {
    tableId: string;
    number: number;
    code: string;
    joinUrl: string;
    /** The table's watch link, and whether it opens now (#21). */
    watchUrl: string;
    watching: boolean;
    status: string;
    listed: boolean;
    people: { personId: string; name: string; seat: string | null; muted: boolean }[];
  }[];
  /** People removed from the session and not readmitted. */
  removed?: { personId: string; name: string; tableId: string; seat: string | null; removedAt: number }[];
};

export type ConsoleView = {
  sessionId: string;
  now: number;
  tables: ConsoleTable[];
  /** The latest broadcasts, newest first, with the numbers of the tables each went to (all: null). */
  broadcasts?: { text: string; at: number; tables: number[] | null }[];
};
export type ActionResult = {
  tableId: string;
  ok: boolean;
  error?: { code: string; message: string };
  warnings?: { code: string; message: string }[];
};

/** The criteria of the deal model's read-out. */
export type Criteria = { legal: number; military: number; political: number; clarity?: number };

/** Who played a seat: the people who sat in it while the game ran (none: a bot played it). */
export type SeatPeople = { people: string[]; human: boolean };

/** `GET /api/sessions/:id/report.json`. */
export type SessionReport = {
  sessionId: string;
  scenarioId: string;
  tables: {
    tableId: string;
    number: number;
    code: string;
    status: string;
    phase: string;
    outcome: string | null;
    /** Ended from the lobby, before it started: `outcome` says nothing. */
    notPlayed: boolean;
    /** Ended before the last stress-test year was judged: `outcome` was never tested. */
    untested?: boolean;
    /** A fork: where it started (it ranks only when `forks` is "include"); null for a table of its own. */
    forkedFrom: ForkOrigin | null;
    concluded: boolean;
    package: Record<string, string> | null;
    criteria: Criteria | null;
    scores: (SeatScore & SeatPeople)[] | null;
  }[];
  /** Whether bot seats were left out of `duplicate`. */
  bots: "include" | "leave-out";
  /** Whether forked tables were left out of `duplicate` (the default). */
  forks: "include" | "leave-out";
  duplicate: (DuplicateScore & SeatPeople)[];
};

/** `GET /api/sessions/:id/tables/:tableId/report.json`. */
export type TableReport = Omit<AfterActionReport, "final" | "timeline"> & {
  /** Each action with the people who held the acting seat then. */
  timeline: (AfterActionReport["timeline"][number] & { people: string[] })[];
  /** Per seat: who played it while the game ran, and whether any person did. */
  people: Record<string, { names: string[]; human: boolean }>;
  code: string;
  status: string;
  finalStateHash: string;
  loggedStateHash: string | null;
  readout: (Criteria & Record<string, unknown>) | null;
  seats: string[];
  /** A fork: the table and step it started from; null for a table of its own. */
  forkedFrom: ForkOrigin | null;
  /** `speech`: a bot's line in structured form, told in the reader's language (panels/chat-text.ts). */
  chat: {
    seq: number;
    channel: string;
    fromSeat: string | null;
    fromName: string;
    text: string;
    at: number;
    speech?: unknown;
  }[];
};

type Method = "GET" | "POST" | "DELETE";

/** A facilitator call: the shared `call` with the Bearer key (and DELETE, which `call` does not name). */
export function fcall<T>(method: Method, sessionId: string, path: string, body?: unknown): Promise<T> {
  const key = loadKey(sessionId);
  if (!key)
    return Promise.reject(
      new ApiFailure("session/unauthorised", "This browser does not hold the session's facilitator key.", 401),
    );
  return call<T>(
    method === "DELETE" ? "POST" : method,
    `/api/sessions/${encodeURIComponent(sessionId)}${path}`,
    body,
    (input, init) =>
      fetch(input, {
        ...init,
        method,
        headers: { ...(init?.headers as Record<string, string>), authorization: `Bearer ${key}` },
      }),
  );
}

export const createSession = (settings: SessionSettings) => call<CreatedSession>("POST", "/api/sessions", settings);
export const getSession = (id: string) => fcall<SessionInfo>("GET", id, "");
export const getConsole = (id: string) => fcall<ConsoleView>("GET", id, "/console");
export const endSession = (id: string) => fcall<SessionInfo>("POST", id, "/end");
export const act = (id: string, action: { type: string; [k: string]: unknown }, tables?: string[]) =>
  fcall<{ results: ActionResult[] }>("POST", id, "/actions", tables ? { action, tables } : { action });
export const broadcast = (id: string, text: string, tables?: string[]) =>
  fcall<{ results: ActionResult[] }>("POST", id, "/broadcast", tables ? { text, tables } : { text });
export const movePerson = (id: string, personId: string, body: { tableId?: string; seat: string | null }) =>
  fcall<unknown>("POST", id, `/people/${encodeURIComponent(personId)}/move`, body);
export const mutePerson = (id: string, personId: string, muted: boolean) =>
  fcall<unknown>("POST", id, `/people/${encodeURIComponent(personId)}/mute`, { muted });
export const removePerson = (id: string, personId: string) =>
  fcall<unknown>("DELETE", id, `/people/${encodeURIComponent(personId)}`);
/** Lets people watch a table by its watch link, or stops it (current watchers are closed). */
export const setWatching = (id: string, tableId: string, on: boolean) =>
  fcall<{ tableId: string; watching: boolean }>("POST", id, `/tables/${encodeURIComponent(tableId)}/watching`, { on });
/** Lifts a removal: the person may join the session again. */
export const readmitPerson = (id: string, personId: string) =>
  fcall<unknown>("POST", id, `/people/${encodeURIComponent(personId)}/readmit`, {});
export const sessionReport = (
  id: string,
  bots: "include" | "leave-out" = "include",
  forks: "include" | "leave-out" = "leave-out",
) => {
  const query = new URLSearchParams({
    ...(bots === "leave-out" ? { bots } : {}),
    ...(forks === "include" ? { forks } : {}),
  }).toString();
  return fcall<SessionReport>("GET", id, `/report.json${query ? `?${query}` : ""}`);
};
export const tableReport = (id: string, tableId: string) =>
  fcall<TableReport>("GET", id, `/tables/${encodeURIComponent(tableId)}/report.json`);

/** Downloads an export (CSV or JSON) with the key and saves it as a file. */
export async function downloadExport(sessionId: string, kind: "actions" | "chat" | "scores" | "json"): Promise<void> {
  const key = loadKey(sessionId);
  if (!key)
    throw new ApiFailure("session/unauthorised", "This browser does not hold the session's facilitator key.", 401);
  const path = kind === "json" ? "/export.json" : `/export/${kind}.csv`;
  const res = await fetch(`/api/sessions/${encodeURIComponent(sessionId)}${path}`, {
    headers: { authorization: `Bearer ${key}` },
  });
  if (!res.ok) {
    const e = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new ApiFailure(e.code ?? "request/invalid", e.message ?? `HTTP ${res.status}`, res.status);
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = kind === "json" ? `ironclad-${sessionId}.json` : `ironclad-${sessionId}-${kind}.csv`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The table as `viewer` saw it after `step` actions. */
/** `events`: what the step made happen (the page tells them in its language); `text`: the engine's English. */
export type ReplayStep = { step: number; of: number; events: GameEvent[]; text: string[]; view: PlayerView };
export const replayAt = (id: string, tableId: string, step: number, viewer: string) =>
  fcall<ReplayStep>(
    "GET",
    id,
    `/tables/${encodeURIComponent(tableId)}/replay?step=${step}&viewer=${encodeURIComponent(viewer)}`,
  );
/** A new table of the session starting where this one stood after `step` actions. */
export const forkTable = (id: string, tableId: string, step: number) =>
  fcall<{ tableId: string; number: number; code: string; joinUrl: string; forkedFrom: string; step: number }>(
    "POST",
    id,
    `/tables/${encodeURIComponent(tableId)}/fork`,
    { step },
  );
/** Deletes the session's data now. */
export const deleteSession = (id: string) =>
  fetch(`/api/sessions/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: { authorization: `Bearer ${loadKey(id) ?? ""}` },
  }).then(async (res) => {
    if (res.status === 204) return;
    const e = (await res.json().catch(() => ({}))) as { code?: string; message?: string };
    throw new ApiFailure(e.code ?? "request/invalid", e.message ?? `HTTP ${res.status}`, res.status);
  });

/** Forgets the key of a deleted session. */
export function forgetKey(sessionId: string): void {
  memory.delete(sessionId);
  try {
    localStorage.removeItem(KEY_PREFIX + sessionId);
    localStorage.removeItem(`${KEY_PREFIX}handout:${sessionId}`);
  } catch {
    // Nothing stored.
  }
}
