// The printable role sheets (/facilitate/:sessionId/sheets): one page for each seat at each table,
// the seat's confidential brief (objectives, no-deal value, red lines, outcome points, point table)
// in the page's language, and one for the red cell where people play it. Read with the facilitator key from GET /api/sessions/:id/briefs; the
// public handout is another page and never holds a brief.
import { type PrivateBrief, type PublicScenario, RED_CELL_YEAR_PARTS, type RedCellBrief } from "@ironclad/engine";
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { errorText, loc, t } from "../i18n/index.ts";
import { getScenario } from "../net/api.ts";
import { Flag } from "../ui/flag.tsx";
import { fcall, getSession, loadKey } from "./fapi.ts";
import { KeyForm } from "./key-form.tsx";
import { FShell, usePoll } from "./shell.tsx";
import "./role-sheets.css";

/** `GET /api/sessions/:id/briefs`. */
type Briefs = {
  sessionId: string;
  scenarioId: string;
  seats: { seat: string; brief: PrivateBrief }[];
  /** The red cell's brief, when people play it (absent from a server before it). */
  redCell?: { seat: string; brief: RedCellBrief } | null;
  /** Per table, the seat under domestic pressure there (absent from a server before it). */
  pressure?: { tableId: string; seat: string; points: number }[];
};

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

/** The role sheets page. */
export function RoleSheetsPage({ sessionId }: { sessionId: string }) {
  useEffect(() => {
    document.title = t("sheets.pageTitle");
  });
  if (!loadKey(sessionId))
    return (
      <FShell>
        <h1>{t("sheets.title")}</h1>
        <p class="form-error" role="alert">
          {t("sheets.noKey")}
        </p>
        <KeyForm sessionId={sessionId} />
      </FShell>
    );
  return (
    <FShell nav={{ sessionId, current: "sheets" }}>
      <Sheets sessionId={sessionId} />
    </FShell>
  );
}

function Sheets({ sessionId }: { sessionId: string }) {
  const briefs = usePoll(() => fcall<Briefs>("GET", sessionId, "/briefs"), 0, [sessionId]);
  const session = usePoll(() => getSession(sessionId), 0, [sessionId]);
  const scenarioId = briefs.value?.scenarioId;
  const scenario = usePoll(() => (scenarioId ? getScenario(scenarioId) : Promise.resolve(null)), 0, [scenarioId]);
  const [only, setOnly] = useState<string>("all");
  const error = briefs.error ?? session.error ?? scenario.error;
  // A fork seats the same delegations as its table: its sheets are that table's.
  const tables = (session.value?.tables ?? []).filter((x) => !("forkedFrom" in x));
  const chosen = only === "all" ? tables : tables.filter((x) => x.tableId === only);
  const sc = scenario.value;
  const name = session.value?.settings.name;

  return (
    <div class="fac-sheets">
      <section class="fac-intro no-print">
        <p class="eyebrow">{t("sheets.eyebrow")}</p>
        <h1>{t("sheets.title")}</h1>
        <p class="lede">{t("sheets.lede")}</p>
        <p class="fac-sheets-warning" role="note">
          {t("sheets.apart")}
        </p>
        <div class="fac-actions">
          <div class="field fac-sheets-which">
            <label for="sheets-table">{t("sheets.which")}</label>
            <select id="sheets-table" value={only} onChange={(e) => setOnly((e.target as HTMLSelectElement).value)}>
              <option value="all">{t("sheets.allTables", { count: tables.length })}</option>
              {tables.map((x) => (
                <option key={x.tableId} value={x.tableId}>
                  {t("sheets.table", { n: x.number, code: x.code })}
                </option>
              ))}
            </select>
          </div>
          <button type="button" class="button button-primary" disabled={!sc} onClick={() => window.print()}>
            {t("sheets.print", {
              count: chosen.length * ((briefs.value?.seats.length ?? 0) + (briefs.value?.redCell ? 1 : 0)),
            })}
          </button>
          <a class="button button-quiet" href={`/facilitate/${encodeURIComponent(sessionId)}`}>
            {t("sheets.back")}
          </a>
        </div>
      </section>
      {error && (
        <p class="form-error" role="alert">
          {errorText(error.code, error.message)}
        </p>
      )}
      {sc && briefs.value && (
        <div class="fac-sheet-list">
          {chosen.map((table) => [
            ...(briefs.value?.seats ?? []).map(({ seat, brief }) => (
              <SeatSheet
                key={`${table.tableId}-${seat}`}
                seat={seat}
                brief={brief}
                pressure={
                  briefs.value?.pressure?.find((p) => p.tableId === table.tableId && p.seat === seat)?.points ?? 0
                }
                table={table}
                sc={sc}
                session={name}
              />
            )),
            briefs.value?.redCell && (
              <RedCellSheet
                key={`${table.tableId}-red`}
                red={briefs.value.redCell}
                table={table}
                sc={sc}
                session={name}
              />
            ),
          ])}
        </div>
      )}
      {!error && !(sc && briefs.value) && <p class="muted">{t("sheets.loading")}</p>}
    </div>
  );
}

type SheetTable = { tableId: string; number: number; code: string };
type SheetProps = { seat: string; table: SheetTable; sc: PublicScenario; session: string | undefined };

/** One confidential page: who and where, the seat's objectives, then its figures (`children`). */
function SheetFrame({
  seat,
  table,
  sc,
  session,
  objectives,
  children,
}: SheetProps & { objectives: string; children: ComponentChildren }) {
  const s = sc.seats.find((x) => x.id === seat);
  const seatName = s ? loc(s.name) : seat;
  return (
    <article
      class="fac-sheet"
      data-seat={seat}
      data-table={table.tableId}
      aria-label={t("sheets.sheetFor", { seat: seatName, n: table.number })}
    >
      <header class="fac-sheet-head">
        <p class="fac-sheet-stamp">{t("sheets.confidential")}</p>
        <div class="fac-sheet-who">
          {s && <Flag code={s.flag} size="lg" />}
          <div>
            <h2>{t("sheets.briefOf", { seat: seatName })}</h2>
            <p class="fac-sheet-where">
              {t("sheets.table", { n: table.number, code: table.code })}
              {session ? ` · ${session}` : ""} · {loc(sc.title)}
            </p>
          </div>
        </div>
      </header>
      <section class="fac-sheet-objectives">
        <h3>{t("brief.objectives")}</h3>
        <p>{objectives}</p>
      </section>
      {children}
      <footer class="fac-sheet-foot">{t("sheets.foot")}</footer>
    </article>
  );
}

/** Points for each way the framework ends. */
function OutcomePoints({ points }: { points: Record<"held" | "eroded" | "failed" | "escalated", number> }) {
  return (
    <>
      <p class="fac-label">{t("brief.outcome")}</p>
      <ul class="fac-sheet-outcomes">
        {(["held", "eroded", "failed", "escalated"] as const).map((o) => (
          <li key={o}>
            <span>{t(`outcome.${o}`)}</span>
            <strong>{signed(points[o])}</strong>
          </li>
        ))}
      </ul>
    </>
  );
}

/** A point table, issue by issue, with the seat's red lines marked. */
function PointTables({
  sc,
  title,
  points,
  redLines = [],
}: {
  sc: PublicScenario;
  title: string;
  points: Record<string, Record<string, number>>;
  redLines?: PrivateBrief["redLines"];
}) {
  return (
    <section class="fac-sheet-points">
      <h3>{title}</h3>
      <div class="fac-sheet-issues">
        {sc.issues.map((issue) => (
          <table key={issue.id} class="fac-sheet-issue">
            <caption>{loc(issue.name)}</caption>
            <tbody>
              {issue.options.map((o) => {
                const red = redLines.some((r) => r.issue === issue.id && r.options.includes(o.id));
                return (
                  <tr key={o.id} class={red ? "is-red-line" : ""}>
                    <th scope="row">
                      {loc(o.label)}
                      {red && <span class="fac-sheet-red"> · {t("sheets.redLine")}</span>}
                    </th>
                    <td>{signed(points[issue.id]?.[o.id] ?? 0)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ))}
      </div>
    </section>
  );
}

/** A negotiating seat's sheet: objectives, no-deal value, red lines, outcome points and point table. */
function SeatSheet({ brief, pressure, ...where }: SheetProps & { brief: PrivateBrief; pressure: number }) {
  // Under domestic pressure at this table (drawn from its seed), the sheet prints what the game's brief shows.
  const value = brief.noDealValue + pressure;
  return (
    <SheetFrame {...where} objectives={loc(brief.objectives)}>
      <div class="fac-sheet-facts">
        <div class="fac-sheet-nodeal">
          <p class="fac-label">{t("brief.noDeal")}</p>
          <p class="fac-sheet-big">{value}</p>
          <p class="fac-sheet-note">{t("sheets.noDealNote")}</p>
          {pressure > 0 && where.sc.pressure && (
            <p class="fac-sheet-note fac-sheet-pressure">
              <strong>{t("brief.pressure")}</strong> {loc(where.sc.pressure.text)}{" "}
              {t("brief.pressureValue", { value, points: pressure, usual: brief.noDealValue })}
            </p>
          )}
        </div>
        <div>
          <p class="fac-label">{t("brief.redLines")}</p>
          {brief.redLines.length > 0 ? (
            <ul class="fac-sheet-redlines">
              {brief.redLines.map((r) => (
                <li key={`${r.issue}-${r.options.join("-")}`}>{loc(r.text)}</li>
              ))}
            </ul>
          ) : (
            <p class="fac-sheet-note">{t("sheets.noRedLines")}</p>
          )}
        </div>
        <div>
          <OutcomePoints points={brief.outcomePoints} />
          <p class="fac-sheet-note">{t("sheets.penalty", { points: brief.brokenPromisePenalty })}</p>
        </div>
      </div>
      <PointTables sc={where.sc} title={t("brief.pointTable")} points={brief.pointTable} redLines={brief.redLines} />
    </SheetFrame>
  );
}

/** The red cell's sheet: its objectives, how it scores each year and at the end, and its points for the terms. */
function RedCellSheet({ red, ...where }: Omit<SheetProps, "seat"> & { red: { seat: string; brief: RedCellBrief } }) {
  const { seat, brief } = red;
  return (
    <SheetFrame {...where} seat={seat} objectives={loc(brief.objectives)}>
      <div class="fac-sheet-facts">
        <div class="fac-sheet-nodeal">
          <p class="fac-label">{t("redCell.noDeal")}</p>
          <p class="fac-sheet-big">{brief.noDealValue}</p>
        </div>
        <div>
          <p class="fac-label">{t("redCell.yearPoints")}</p>
          <ul class="fac-sheet-outcomes">
            {RED_CELL_YEAR_PARTS.map((part) => (
              <li key={part}>
                <span>{t(`redCell.part.${part}`)}</span>
                <strong>{signed(brief.yearPoints[part])}</strong>
              </li>
            ))}
          </ul>
        </div>
        <div>
          <OutcomePoints points={brief.outcomePoints} />
        </div>
      </div>
      <PointTables sc={where.sc} title={t("redCell.pointTable")} points={brief.pointTable} />
    </SheetFrame>
  );
}
