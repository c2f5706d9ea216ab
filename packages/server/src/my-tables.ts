// The tables a browser holds a seat at (#21, item 4): it keeps the seat tokens, and asks here how
// each table stands. A token shows the person sits there; without one nothing is said of a table.
import type { MyTable, TableSummary } from "@ironclad/engine/protocol";
import { ApiError } from "./api-error.ts";
import { hashSecret } from "./secrets.ts";
import type { Store, TableRecord } from "./store.ts";

/** How long after its end a table's debrief can still be opened by its people. */
export const DEBRIEF_OPEN_DAYS = 7;
const DEBRIEF_OPEN_MS = DEBRIEF_OPEN_DAYS * 86_400_000;

/** What this service needs of the table host: open a room, and read a running one's summary. */
export type SummaryHost = {
  open(tableId: string): Promise<void>;
  call(tableId: string, method: "summary"): Promise<TableSummary | null>;
};

/** Answers a browser's list of places, and reopens a finished table's debrief for its people. */
export class MyTablesService {
  readonly #store: Store;
  readonly #host: SummaryHost;
  readonly #now: () => number;
  constructor(store: Store, host: SummaryHost, now: () => number) {
    this.#store = store;
    this.#host = host;
    this.#now = now;
  }

  /** Each place's table, in the order asked; a token that opens nothing (or a table deleted) is `found: false`. */
  async describe(seats: readonly { tableId: string; seatToken: string }[]): Promise<MyTable[]> {
    const out: MyTable[] = [];
    for (const { tableId, seatToken } of seats) {
      const found = await this.#seated(tableId, seatToken);
      if (!found) {
        out.push({ tableId, found: false });
        continue;
      }
      const { table, seat } = found;
      const over = table.status !== "open";
      const summary = over ? null : await this.#host.call(table.id, "summary").catch(() => null);
      out.push({
        tableId,
        found: true,
        code: table.code,
        number: table.number,
        seat,
        status: table.status,
        phase: over ? "debrief" : (summary?.phase ?? null),
        round: summary?.round ?? null,
        year: summary?.year ?? null,
        endedAt: table.endedAt,
        debriefUntil: over && table.endedAt !== null ? table.endedAt + DEBRIEF_OPEN_MS : null,
      });
    }
    return out;
  }

  /**
   * Makes sure the table's room runs, for a person of that table: a table still played always, a
   * finished one for a week after its end (its room is rebuilt from the log and goes when they leave).
   */
  async reopen(tableId: string, seatToken: string): Promise<{ tableId: string; status: TableRecord["status"] }> {
    const found = await this.#seated(tableId, seatToken);
    if (!found) throw new ApiError(404, "table/not_found", "This browser holds no seat at that table.");
    const { table } = found;
    if (table.status !== "open" && (table.endedAt === null || this.#now() - table.endedAt > DEBRIEF_OPEN_MS)) {
      throw new ApiError(
        410,
        "table/ended",
        `This table ended more than ${DEBRIEF_OPEN_DAYS} days ago; its debrief is closed.`,
      );
    }
    await this.#host.open(table.id);
    return { tableId: table.id, status: table.status };
  }

  async #seated(tableId: string, seatToken: string): Promise<{ table: TableRecord; seat: string | null } | null> {
    const table = await this.#store.getTable(tableId);
    if (!table) return null;
    const person = await this.#store.getPersonByToken(table.id, hashSecret(seatToken));
    return person ? { table, seat: person.seat } : null;
  }
}
