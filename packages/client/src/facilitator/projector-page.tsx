// The projector / class dashboard (/facilitate/:sessionId/projector): every table's outcome, the
// three criteria side by side, and the duplicate-scoring board per seat. Large type; public only.
import { useEffect, useState } from "preact/hooks";
import { errorText, formatNumber, loc, t } from "../i18n/index.ts";
import { Bar } from "./charts.tsx";
import { DebriefKit } from "./debrief-kit.tsx";
import { loadKey, sessionReport } from "./fapi.ts";
import { RoomNav, RoomProjector } from "./room-projector.tsx";
import { FShell, SeatName, usePoll } from "./shell.tsx";
import { TableProjector } from "./table-projector.tsx";
import { useSessionScenario } from "./use-session-scenario.ts";
import { tableVerdict } from "./verdict.ts";

const CRITERIA = ["legal", "military", "political"] as const;

/** The projector: the room's screen (`?show=room`), the debrief kit (`?show=debrief`) or the class dashboard. */
export function ProjectorPage({ sessionId }: { sessionId: string }) {
  const query = new URLSearchParams(window.location.search);
  const show = query.get("show");
  // The room's screens fill the projector: no masthead, nothing small.
  if (show === "room") {
    const screen = query.get("screen");
    return <RoomProjector sessionId={sessionId} screen={screen === "join" || screen === "play" ? screen : null} />;
  }
  if (show === "debrief") return <DebriefKit sessionId={sessionId} />;
  return <ClassDashboard sessionId={sessionId} />;
}

function ClassDashboard({ sessionId }: { sessionId: string }) {
  useEffect(() => {
    document.title = t("f.title.projector");
  });
  const key = loadKey(sessionId);
  const only = new URLSearchParams(window.location.search).get("table");
  // The class ranking with or without the seats only bots played.
  const [leaveOutBots, setLeaveOutBots] = useState(false);
  // Forks (a facilitator's "what if") rank only when the facilitator includes them.
  const [includeForks, setIncludeForks] = useState(false);
  const report = usePoll(
    () => sessionReport(sessionId, leaveOutBots ? "leave-out" : "include", includeForks ? "include" : "leave-out"),
    key && !only ? 5000 : 0,
    [sessionId, leaveOutBots, includeForks],
  );
  // The API lists tables by their numbers (Table 1 first), the same order as the handout.
  const r = report.value;
  const scenario = useSessionScenario(r?.scenarioId);
  const seats = [...new Set(r?.tables.flatMap((table) => table.scores?.map((s) => s.seat) ?? []) ?? [])];
  return (
    <FShell nav={{ sessionId, current: "projector" }} wide>
      {only && key ? (
        <TableProjector tableId={only} fkey={key} />
      ) : (
        <div class="fac-projector">
          <header class="fac-proj-head">
            <p class="eyebrow">{scenario ? loc(scenario.title) : t("f.eyebrow")}</p>
            <h1>{t("f.proj.headline")}</h1>
            <button type="button" class="button button-small no-print" onClick={() => window.print()}>
              {t("f.rep.printPdf")}
            </button>
          </header>
          {key && <RoomNav sessionId={sessionId} current="dashboard" />}
          {!key && (
            <p class="form-error" role="alert">
              {t("f.console.noKey")}
            </p>
          )}
          {report.error && (
            <p class="form-error" role="alert">
              {errorText(report.error.code, report.error.message)}
            </p>
          )}
          {!r && key && !report.error && <p class="hint">{t("f.loading")}</p>}
          {r && (
            <>
              <section aria-labelledby="proj-out">
                <h2 id="proj-out">{t("f.proj.outcomes")}</h2>
                <ol class="fac-proj-tables">
                  {r.tables.map((table) => {
                    const v = tableVerdict(table);
                    return (
                      <li key={table.tableId} class={`fac-proj-card ${v.tone}`} data-table={table.tableId}>
                        <p class="fac-label">
                          {t("f.table", { n: table.number })} · {table.code}
                        </p>
                        {table.forkedFrom && (
                          <p class="muted fac-forked">
                            {t("f.forkedFrom", { n: table.forkedFrom.number, step: table.forkedFrom.step })}
                          </p>
                        )}
                        <p class="fac-proj-verdict">{v.verdict}</p>
                        <p class="fac-proj-outcome">{v.detail}</p>
                        <p class="fac-proj-links no-print">
                          {table.status === "open" && (
                            <a href={`?table=${encodeURIComponent(table.tableId)}`}>{t("f.proj.one")}</a>
                          )}
                          <a href={`/facilitate/${sessionId}/report/${encodeURIComponent(table.tableId)}`}>
                            {t("f.report")}
                          </a>
                        </p>
                      </li>
                    );
                  })}
                </ol>
              </section>
              <section aria-labelledby="proj-crit">
                <h2 id="proj-crit">{t("f.proj.criteria")}</h2>
                <div class="fac-proj-criteria">
                  {r.tables.map((table) => (
                    <div key={table.tableId} class="fac-proj-crit">
                      <p class="fac-label">
                        {t("f.table", { n: table.number })} · {table.code}
                      </p>
                      {table.criteria ? (
                        CRITERIA.map((c) => (
                          <Bar key={c} label={t(`f.crit.${c}`)} value={table.criteria?.[c] ?? 0} tone={c} />
                        ))
                      ) : (
                        <p class="muted">{t("f.proj.noCriteria")}</p>
                      )}
                    </div>
                  ))}
                </div>
              </section>
              <section aria-labelledby="proj-dup">
                <h2 id="proj-dup">{t("f.proj.duplicate")}</h2>
                <label class="fac-check no-print">
                  <input
                    type="checkbox"
                    checked={leaveOutBots}
                    onChange={(e) => setLeaveOutBots((e.target as HTMLInputElement).checked)}
                  />{" "}
                  {t("f.proj.leaveOutBots")}
                </label>
                {r.tables.some((table) => table.forkedFrom) && (
                  <label class="fac-check no-print">
                    <input
                      type="checkbox"
                      checked={includeForks}
                      onChange={(e) => setIncludeForks((e.target as HTMLInputElement).checked)}
                    />{" "}
                    {t("f.proj.includeForks")}
                  </label>
                )}
                {seats.length === 0 ? (
                  <p class="hint">—</p>
                ) : (
                  <table class="fac-proj-board">
                    <thead>
                      <tr>
                        <th scope="col">{t("f.rep.seat")}</th>
                        {r.tables.map((table) => (
                          <th key={table.tableId} scope="col">
                            {t("f.table", { n: table.number })}
                            <span class="fac-code-sm">{table.code}</span>
                          </th>
                        ))}
                      </tr>
                    </thead>
                    <tbody>
                      {seats.map((seat) => (
                        <tr key={seat}>
                          <th scope="row">
                            <SeatName seat={seat} scenario={scenario} size="md" />
                          </th>
                          {r.tables.map((table) => {
                            const d = r.duplicate.find((x) => x.tableId === table.tableId && x.seat === seat);
                            const bot = table.scores?.find((s) => s.seat === seat)?.human === false;
                            return (
                              <td
                                key={table.tableId}
                                class={
                                  d?.rank === 1 && r.duplicate.some((x) => x.seat === seat && x.rank > 1) ? "best" : ""
                                }
                              >
                                {table.notPlayed ? (
                                  <span class="muted">{t("f.proj.notPlayed")}</span>
                                ) : d ? (
                                  <>
                                    <strong>{formatNumber(d.total)}</strong>
                                    <span class="muted">{t("f.proj.rank", { rank: d.rank, of: d.of })}</span>
                                    {bot && <span class="tag fac-bot">{t("f.proj.botSeat")}</span>}
                                  </>
                                ) : bot ? (
                                  <span class="tag fac-bot">{t("f.proj.botSeat")}</span>
                                ) : (
                                  "—"
                                )}
                              </td>
                            );
                          })}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                )}
              </section>
            </>
          )}
        </div>
      )}
    </FShell>
  );
}
