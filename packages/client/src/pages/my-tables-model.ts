// The landing page's "My tables" (#21, item 4): the places this browser keeps, with how the server
// says each table stands. Which to show, and which places are of no more use.
import type { MyTableInfo } from "../net/api.ts";
import type { StoredSeat } from "../net/seat-tokens.ts";

/** One table in the list: where it is, what this person is there, and how it stands. */
export type MyTableRow = {
  tableId: string;
  code: string;
  number: number;
  seat: string | null;
  phase: NonNullable<Extract<MyTableInfo, { found: true }>["phase"]> | null;
  round: number | null;
  year: number | null;
  /** Over: the link leads to its debrief, until `debriefUntil`. */
  over: boolean;
  debriefUntil: number | null;
  href: string;
};

/**
 * The rows to show (tables still played first, then those over, each newest first) and the
 * places to forget: a token that opens nothing, a table whose debrief has closed.
 */
export function myTableRows(
  stored: readonly StoredSeat[],
  answers: readonly MyTableInfo[],
  now: number,
): { rows: MyTableRow[]; forget: string[] } {
  const byId = new Map(answers.map((a) => [a.tableId, a]));
  const forget: string[] = [];
  const rows: (MyTableRow & { savedAt: number })[] = [];
  for (const place of stored) {
    const info = byId.get(place.tableId);
    if (!info) continue;
    if (!info.found || (info.debriefUntil !== null && info.debriefUntil < now)) {
      forget.push(place.tableId);
      continue;
    }
    rows.push({
      tableId: info.tableId,
      code: info.code,
      number: info.number,
      seat: info.seat,
      phase: info.phase,
      round: info.round,
      year: info.year,
      over: info.status !== "open",
      debriefUntil: info.debriefUntil,
      href: `/play/${encodeURIComponent(info.tableId)}`,
      savedAt: place.savedAt ?? 0,
    });
  }
  rows.sort((a, b) => Number(a.over) - Number(b.over) || b.savedAt - a.savedAt);
  return { rows: rows.map(({ savedAt: _, ...row }) => row), forget };
}
