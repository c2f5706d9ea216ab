// One table on the console: its phase, clock, draft and last activity, who holds each seat (a
// person or a bot), its controls, its people, and the ways into its room, dashboard and report.
import { useEffect, useMemo, useState } from "preact/hooks";
import { formatNumber, loc, t, tOr } from "../i18n/index.ts";
import type { ScenarioSummary } from "../net/api.ts";
import { type ConsoleTable, type SessionInfo, setWatching } from "./fapi.ts";
import { clockText, SeatName } from "./shell.tsx";
import { type ActFn, TableControls } from "./table-controls.tsx";
import { TablePeople } from "./table-people.tsx";

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 120 ? t("f.ago", { n: s }) : t("f.agoMin", { n: Math.round(s / 60) });
}

export function TableCard({
  n,
  table,
  now,
  scenario,
  session,
  busy,
  sessionId,
  selected,
  onAct,
  onDrill,
  onPeople,
}: {
  n: number;
  table: ConsoleTable;
  now: number;
  scenario: ScenarioSummary | null;
  session: SessionInfo | null;
  busy: boolean;
  sessionId: string;
  selected: boolean;
  onAct: ActFn;
  onDrill: () => void;
  onPeople: (fn: () => Promise<unknown>) => void;
}) {
  const s = table.summary;
  const stored = session?.tables.find((x) => x.tableId === table.tableId);
  const people = stored?.people ?? [];
  // The switch shows what was asked at once; the session's next reload confirms it.
  const [watchAsked, setWatchAsked] = useState<boolean | null>(null);
  const watchOn = watchAsked ?? stored?.watching ?? true;
  useEffect(() => setWatchAsked(null), [stored?.watching]);
  const seats = useMemo(() => (s ? Object.keys(s.controllers) : []), [s]);
  // People can be moved to Moscow only where the session made the red cell human.
  const redCells = new Set(scenario?.seats.filter((x) => x.kind === "redcell").map((x) => x.id));
  const movable = seats.filter((seat) => !redCells.has(seat) || s?.redCell?.seat === seat);
  const remaining = s?.deadline ? s.deadline - now : null;
  const seatLabel = (seat: string) => {
    const x = scenario?.seats.find((y) => y.id === seat);
    return x ? loc(x.name) : seat;
  };
  const phaseText = s
    ? tOr(`f.phase.${s.phase}`, s.phase)
    : table.status === "ended"
      ? tOr("f.phase.debrief", "")
      : t("f.notRunning");
  // The seats the engine says the table waits on (a ballot, a stress response, Kyiv's move).
  const awaited = s?.awaited ?? {};
  const waitingOn = Object.keys(awaited).length;
  const detail = s
    ? s.phase === "stress"
      ? t("f.year", { n: s.year })
      : s.round > 0
        ? t("f.round", { n: s.round })
        : ""
    : "";
  return (
    <article
      class={`card fac-tcard${s?.stalled ? " is-stalled" : ""}${s?.paused ? " is-paused" : ""}${selected ? " is-selected" : ""}`}
      aria-labelledby={`tc-${table.tableId}`}
      data-table={table.tableId}
    >
      <header class="fac-tcard-head">
        <div>
          <p class="fac-label">{t("f.table", { n })}</p>
          <h2 id={`tc-${table.tableId}`} class="fac-code">
            {table.code}
          </h2>
          {table.forkedFrom && (
            <p class="muted fac-forked" data-testid="forked-from">
              {t("f.forkedFrom", { n: table.forkedFrom.number, step: table.forkedFrom.step })}
            </p>
          )}
        </div>
        <div class="fac-tcard-phase">
          <span class={`fac-phase fac-phase-${s?.phase ?? table.status}`} data-testid="phase">
            {phaseText}
          </span>
          {detail && <span class="muted"> · {detail}</span>}
          <div class="fac-flags">
            {s?.paused && <span class="tag fac-tag-paused">{t("f.paused")}</span>}
            {s?.stalled && <span class="tag fac-tag-stalled">{t("f.stalled")}</span>}
            {waitingOn > 0 && (
              <span class="tag fac-tag-waiting" data-testid="waiting-on">
                {t("f.waitingOn", { count: waitingOn })}
              </span>
            )}
            {s?.redCell?.people === 0 && (
              <span class="tag fac-tag-stalled" title={t("f.warning.redcell/empty")}>
                {t("f.redCell.empty")}
              </span>
            )}
          </div>
        </div>
      </header>
      {s && (
        <dl class="fac-stats">
          <div>
            <dt>{t("f.clock")}</dt>
            <dd class={remaining !== null && remaining < 30_000 ? "urgent" : ""}>
              {s.paused ? t("f.paused") : remaining === null ? "—" : clockText(remaining)}
            </dd>
          </div>
          <div>
            <dt>{t("f.draft")}</dt>
            <dd>
              <span class="fac-meter" aria-hidden="true">
                <span style={{ width: `${s.draftSize ? (100 * s.draftFilled) / s.draftSize : 0}%` }} />
              </span>
              {formatNumber(s.draftFilled)}/{formatNumber(s.draftSize)}
            </dd>
          </div>
          <div>
            <dt>{t("f.lastActivity")}</dt>
            <dd>{ago(now - s.lastActivityAt)}</dd>
          </div>
        </dl>
      )}
      {s && (
        <ul class="fac-seatrow" aria-label={t("f.connected")}>
          {seats.map((seat) => {
            const ctl = s.controllers[seat];
            const conn = s.connected[seat] ?? 0;
            const owes = awaited[seat];
            return (
              <li key={seat} class={`${ctl} ${conn > 0 ? "online" : ""}`}>
                <SeatName seat={seat} scenario={scenario} />
                {owes && (
                  <span class="fac-owes" data-testid={`owes-${seat}`} title={t(`f.owesHint.${owes}`)}>
                    {t(`f.owes.${owes}`)}
                  </span>
                )}
                {ctl === "human" && (
                  <span class={`fac-dot${conn > 0 ? " on" : ""}`} title={`${t("f.connected")}: ${conn}`}>
                    {conn}
                  </span>
                )}
                <button
                  type="button"
                  class={`fac-ctl fac-ctl-${ctl}`}
                  disabled={busy}
                  title={ctl === "bot" ? t("f.giveHuman") : t("f.giveBot")}
                  // The name starts with what the button shows (label in name, WCAG 2.5.3), then says what it does.
                  aria-label={`${ctl === "bot" ? t("f.toBot") : t("f.toHuman")}, ${seatLabel(seat)}: ${ctl === "bot" ? t("f.giveHuman") : t("f.giveBot")}`}
                  onClick={() =>
                    onAct(ctl === "bot" ? "f.toHuman" : "f.toBot", {
                      type: "facilitator/set-controller",
                      seat,
                      controller: ctl === "bot" ? "human" : "bot",
                    })
                  }
                >
                  {ctl === "bot" ? t("f.toBot") : t("f.toHuman")}
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <TableControls busy={busy} compact onAct={onAct} />
      {stored && (
        <div class="fac-watch" data-testid="watch">
          <label class="fac-watch-switch">
            <input
              type="checkbox"
              checked={watchOn}
              disabled={busy}
              onChange={(e) => {
                const on = (e.target as HTMLInputElement).checked;
                setWatchAsked(on);
                onPeople(() =>
                  setWatching(sessionId, table.tableId, on).catch((error: unknown) => {
                    // Refused: the switch goes back to what the table has.
                    setWatchAsked(null);
                    throw error;
                  }),
                );
              }}
            />
            {t("watch.invite.switch")}
          </label>
          {watchOn ? (
            <button
              type="button"
              class="button button-small button-quiet"
              onClick={() => void navigator.clipboard?.writeText(stored.watchUrl)}
              title={stored.watchUrl}
            >
              {t("watch.invite.copy")}
            </button>
          ) : (
            <span class="muted">{t("watch.invite.off")}</span>
          )}
        </div>
      )}
      <TablePeople
        people={people}
        session={session}
        sessionId={sessionId}
        movable={movable}
        seatLabel={seatLabel}
        busy={busy}
        onPeople={onPeople}
      />
      <footer class="fac-tcard-foot">
        <button type="button" class="button button-small" aria-pressed={selected} onClick={onDrill}>
          {t("f.open")}
        </button>
        <a class="button button-small button-quiet" href={`/facilitate/${sessionId}/projector?table=${table.tableId}`}>
          {t("f.projector")}
        </a>
        <a class="button button-small button-quiet" href={`/facilitate/${sessionId}/report/${table.tableId}`}>
          {t("f.report")}
        </a>
      </footer>
    </article>
  );
}
