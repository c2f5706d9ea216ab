// The HTTP API (docs/protocol.md §1): typed calls that never throw anything but ApiFailure.
import type { LocalizedText, PublicScenario } from "@ironclad/engine";
import type { MyTable } from "@ironclad/engine/protocol";
import { noteQuickGame } from "../guide/guide-memory.ts";

/** A refused or failed request: the server's code (`table/not_found`, ...) or `net/unreachable`. */
export class ApiFailure extends Error {
  readonly code: string;
  readonly status: number;
  constructor(code: string, message: string, status: number) {
    super(message);
    this.name = "ApiFailure";
    this.code = code;
    this.status = status;
  }
}

/** A seat as `GET /api/scenarios` lists it. */
export type SeatSummary = {
  id: string;
  kind: "guarantor" | "european" | "protected" | "redcell";
  name: LocalizedText;
  flag: string;
  inDefaultTable: boolean;
  publicPosition: LocalizedText;
};

/** A scenario as `GET /api/scenarios` lists it (public data only). */
export type ScenarioSummary = {
  id: string;
  version: number;
  title: LocalizedText;
  summary: LocalizedText;
  seats: SeatSummary[];
  issues: { id: string; name: LocalizedText; options: number }[];
};

/** A place at a table: what `POST /api/quick` and `POST /api/join` return. */
export type Admission = { tableId: string; seat: string | null; seatToken: string; joinUrl: string };

/** What a join code leads to (`GET /api/codes/:code`): the seats, and a human red cell where there is one. */
export type CodeInfo = {
  kind: "table" | "session";
  code: string;
  seats: string[];
  freeSeats: string[];
  redCell: { seat: string; free: boolean } | null;
};

/** A listed table with a free seat. */
export type OpenTable = { code: string; scenarioId: string; seats: string[]; freeSeats: string[]; joinUrl: string };

/** A table this browser holds a seat at, as `POST /api/tables/mine` tells it (`found: false`: the token opens nothing). */
export type MyTableInfo = MyTable;

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

/** Calls the API; network failures, timeouts and non-JSON answers become ApiFailure too. */
export async function call<T>(
  method: "GET" | "POST",
  path: string,
  body?: unknown,
  fetchFn: Fetch = (i, init) => fetch(i, init),
  timeoutMs = 10_000,
): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetchFn(path, {
      method,
      signal: controller.signal,
      headers: { accept: "application/json", ...(body === undefined ? {} : { "content-type": "application/json" }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiFailure("net/unreachable", "The server cannot be reached.", 0);
  } finally {
    clearTimeout(timer);
  }
  const parsed = (await response.json().catch(() => undefined)) as unknown;
  if (!response.ok) {
    const e = parsed as { code?: unknown; message?: unknown } | undefined;
    throw new ApiFailure(
      typeof e?.code === "string" ? e.code : response.status >= 500 ? "server/internal" : "request/invalid",
      typeof e?.message === "string" ? e.message : `HTTP ${response.status}`,
      response.status,
    );
  }
  if (parsed === undefined)
    throw new ApiFailure("server/internal", "The server's answer was not JSON.", response.status);
  return parsed as T;
}

/** The scenarios this server offers. */
export const listScenarios = () => call<ScenarioSummary[]>("GET", "/api/scenarios");

/** One scenario's public data: issues with their options, the event deck, the seats' public profiles. */
export const getScenario = (id: string) => call<PublicScenario>("GET", `/api/scenarios/${encodeURIComponent(id)}`);
/** One person at a new table, bots in every other seat. */
export const quickGame = (body: { seat: string; name: string; scenario?: string; listed?: boolean }) =>
  call<Admission>("POST", "/api/quick", body).then((a) => {
    // The first quick game in a browser offers the guided tour (#21, item 6).
    noteQuickGame(a.tableId);
    return a;
  });
/** A place at a table by its code; `seat` null to observe, absent to be placed. */
export const joinTable = (body: {
  code: string;
  name: string;
  seat?: string | null;
  device?: string;
  listedOnly?: true;
}) => call<Admission>("POST", "/api/join", body);
/** What a code leads to, for the join form. */
export const describeCode = (code: string) => call<CodeInfo>("GET", `/api/codes/${encodeURIComponent(code)}`);
/** Listed tables with a free seat. */
export const listOpenTables = () => call<OpenTable[]>("GET", "/api/tables/open");
/** How the tables this browser holds seats at stand (their seat tokens go in the body, never a URL). */
export const myTables = (seats: { tableId: string; seatToken: string }[]) =>
  call<MyTableInfo[]>("POST", "/api/tables/mine", { seats });
/** Brings a table's room back for one of its people (a finished table's debrief, a week after its end). */
export const reopenTable = (tableId: string, seatToken: string) =>
  call<{ tableId: string; status: string }>("POST", `/api/tables/${encodeURIComponent(tableId)}/reopen`, { seatToken });

/** A watch link's table (#21, item 2): checked before the page connects, so a wrong or closed link says why. */
export const watchTable = (tableId: string, key: string) =>
  call<{ tableId: string; number: number }>("POST", "/api/watch", { tableId, key });

/** The join code as the server reads it: upper case, without spaces and dashes. */
export function normaliseCode(raw: string): string {
  return raw.toUpperCase().replace(/[\s-]+/g, "");
}

/** Whether a code could be a join code: a table's (six characters of the code alphabet) or a session's (seven). */
export function looksLikeCode(raw: string): boolean {
  return /^[23456789ABCDEFGHJKMNPQRSTWXYZ]{6,7}$/.test(normaliseCode(raw));
}
