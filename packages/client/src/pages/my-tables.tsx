// "My tables" on the landing page (#21, item 4): the tables this browser holds a seat at, each with
// its phase from the server; a link back to the seat, or to the debrief of a table that is over.
import { useEffect, useState } from "preact/hooks";
import { loc, locale, t } from "../i18n/index.ts";
import { myTables } from "../net/api.ts";
import { forgetSeat, listSeats } from "../net/seat-tokens.ts";
import { Flag } from "../ui/flag.tsx";
import { type MyTableRow, myTableRows } from "./my-tables-model.ts";
import type { ScenariosState } from "./use-scenarios.ts";

function standing(row: MyTableRow): string {
  if (row.over) {
    const until = row.debriefUntil
      ? new Date(row.debriefUntil).toLocaleDateString(locale(), {
          day: "numeric",
          month: "short",
        })
      : null;
    return until ? t("myTables.overUntil", { date: until }) : t("myTables.over");
  }
  if (!row.phase) return t("myTables.notRunning");
  if (row.phase === "negotiation" && row.round)
    return t("myTables.round", { phase: t("phase.negotiation"), n: row.round });
  if (row.phase === "stress" && row.year) return t("myTables.year", { phase: t("phase.stress"), n: row.year });
  return t(`phase.${row.phase}`);
}

/** The card, shown only where this browser holds a seat at a table that is still there. */
export function MyTables({ scenarios }: { scenarios: ScenariosState }) {
  const [rows, setRows] = useState<MyTableRow[]>([]);
  const seats = new Map(
    (scenarios.kind === "ready" ? scenarios.scenarios.flatMap((s) => s.seats) : []).map((s) => [s.id, s]),
  );
  useEffect(() => {
    const stored = listSeats().slice(0, 50);
    if (stored.length === 0) return;
    myTables(stored.map(({ tableId, seatToken }) => ({ tableId, seatToken }))).then(
      (answers) => {
        const out = myTableRows(stored, answers, Date.now());
        for (const id of out.forget) forgetSeat(id);
        setRows(out.rows);
      },
      // The server unreachable: the status badge says so; the list waits for the next visit.
      () => undefined,
    );
  }, []);
  if (rows.length === 0) return null;
  return (
    <article class="card card-mine" aria-labelledby="mine-title" data-testid="my-tables">
      <h2 id="mine-title">{t("myTables.title")}</h2>
      <ul class="mine-list">
        {rows.map((row) => {
          const seat = row.seat ? seats.get(row.seat) : undefined;
          return (
            <li key={row.tableId} class={row.over ? "is-over" : undefined} data-table={row.code}>
              <span class="mine-where">
                <span class="mine-table">{t("play.table", { n: row.number })}</span>
                <span class="open-code">{row.code}</span>
              </span>
              <span class="mine-who">
                {seat ? <Flag code={seat.flag} size="sm" /> : null}
                {seat ? loc(seat.name) : t("play.observer")}
              </span>
              <span class="mine-phase" data-phase={row.phase ?? ""}>
                {standing(row)}
              </span>
              <a class={`button button-small${row.over ? "" : " button-primary"}`} href={row.href}>
                {row.over ? t("myTables.debrief") : t("myTables.return")}
                <span class="visually-hidden"> {row.code}</span>
              </a>
            </li>
          );
        })}
      </ul>
    </article>
  );
}
