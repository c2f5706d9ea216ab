// The facilitator's console: every table of a session at a glance, and actions for one table or
// all of them at once. The actions go to each table's room and through the engine like any other.
import type { ConsoleTable, ErrorCode } from "@ironclad/engine/protocol";
import { forkOrigin } from "./session-settings.ts";
import type { SessionRecord, Store } from "./store.ts";
import type { RoomTableHost } from "./table-host.ts";

/** The result of one facilitator action at one table. */
export type ActionOutcome = {
  tableId: string;
  ok: boolean;
  error?: { code: ErrorCode; message: string };
  /** Applied, with something the facilitator should know (e.g. `redcell/empty` at the start). */
  warnings?: { code: ErrorCode; message: string }[];
};

export class ConsoleService {
  readonly #store: Store;
  readonly #host: RoomTableHost;
  constructor(store: Store, host: RoomTableHost) {
    this.#store = store;
    this.#host = host;
  }

  async console(
    session: SessionRecord,
  ): Promise<{ sessionId: string; now: number; tables: ConsoleTable[]; broadcasts: SessionBroadcast[] }> {
    const tables = await this.#store.listTables(session.id);
    const out: ConsoleTable[] = [];
    const sent: { text: string; at: number; table: number }[] = [];
    for (const t of tables) {
      // The room's projector shows what the facilitator said to the class, so it reads it back here.
      for (const m of await this.#store.readChat(t.id))
        if (m.channel === "broadcast") sent.push({ text: m.text, at: m.at, table: t.number });
      const summary = t.status === "open" ? await this.#host.call(t.id, "summary") : null;
      const forkedFrom = forkOrigin(t, tables);
      out.push({
        tableId: t.id,
        number: t.number,
        code: t.code,
        status: t.status,
        running: summary !== null,
        summary,
        ...(forkedFrom ? { forkedFrom } : {}),
      });
    }
    return { sessionId: session.id, now: Date.now(), tables: out, broadcasts: lastBroadcasts(sent, tables.length) };
  }

  /** The facilitator's broadcast to the chosen tables (all of the session's when none are named). */
  async broadcast(session: SessionRecord, text: string, tableIds?: readonly string[]): Promise<ActionOutcome[]> {
    const all = await this.#store.listTables(session.id);
    const out: ActionOutcome[] = unknownTables(all, tableIds);
    for (const t of all) {
      if (tableIds && !tableIds.includes(t.id)) continue;
      const result = t.status === "open" ? await this.#host.call(t.id, "announce", [text]) : null;
      out.push(
        result
          ? { tableId: t.id, ok: true }
          : { tableId: t.id, ok: false, error: { code: "table/not_running", message: "This table is not running." } },
      );
    }
    return out;
  }

  /** Sends one facilitator action to the chosen tables (all of the session's when none are named). */
  async act(session: SessionRecord, action: unknown, tableIds?: readonly string[]): Promise<ActionOutcome[]> {
    const all = await this.#store.listTables(session.id);
    const tables = all.filter((t) => !tableIds || tableIds.includes(t.id));
    // A named table the session does not have answers for itself, rather than drop out of the results.
    const out: ActionOutcome[] = unknownTables(all, tableIds);
    for (const t of tables) {
      if (t.status !== "open") {
        out.push({ tableId: t.id, ok: false, error: { code: "table/ended", message: "This table has ended." } });
        continue;
      }
      await this.#host.open(t.id);
      const result = await this.#host.call(t.id, "facilitatorAct", [action]);
      if (result === null)
        out.push({
          tableId: t.id,
          ok: false,
          error: { code: "table/not_running", message: "This table is not running right now; try again." },
        });
      else if (!result.ok) out.push({ tableId: t.id, ok: false, error: result.error });
      else out.push({ tableId: t.id, ok: true, ...(result.warnings ? { warnings: result.warnings } : {}) });
    }
    return out;
  }
}

/** A broadcast as the room's projector shows it: its text, when, and the tables it went to (all: null). */
export type SessionBroadcast = { text: string; at: number; tables: number[] | null };

/** How many of the latest broadcasts the console returns. */
const BROADCASTS_SHOWN = 3;

/**
 * The latest broadcasts, newest first: one broadcast reaches each table as its own message, so the
 * same text within a few seconds is one broadcast, to every table or to the ones it names.
 */
export function lastBroadcasts(
  sent: readonly { text: string; at: number; table: number }[],
  tableCount: number,
): SessionBroadcast[] {
  const merged: { text: string; at: number; tables: Set<number> }[] = [];
  for (const m of [...sent].sort((a, b) => b.at - a.at)) {
    const same = merged.find((x) => x.text === m.text && Math.abs(x.at - m.at) < 5_000);
    if (same) same.tables.add(m.table);
    else merged.push({ text: m.text, at: m.at, tables: new Set([m.table]) });
  }
  return merged.slice(0, BROADCASTS_SHOWN).map((b) => ({
    text: b.text,
    at: b.at,
    tables: b.tables.size >= tableCount ? null : [...b.tables].sort((x, y) => x - y),
  }));
}

/** `table/not_found` for each named table that is not one of the session's. */
function unknownTables(tables: readonly { id: string }[], tableIds?: readonly string[]): ActionOutcome[] {
  const known = new Set(tables.map((t) => t.id));
  return [...new Set(tableIds ?? [])]
    .filter((id) => !known.has(id))
    .map((tableId) => ({
      tableId,
      ok: false,
      error: { code: "table/not_found", message: "This session has no such table." },
    }));
}
