// The console (/facilitate/:sessionId): every table at a glance, polled every 2.5 s; controls per
// table and for all tables; people (move, mute, remove); broadcast and injected events; a drill
// into one table's room as the facilitator. Its parts live beside it: table-card (with
// table-people and table-controls), removed-people, action-results, broadcast-form, inject-form,
// target-select and key-form.
import { useEffect, useState } from "preact/hooks";
import { errorText, loc, locale, type MessageKey, t } from "../i18n/index.ts";
import { ApiFailure } from "../net/api.ts";
import { ActionResults, type Results } from "./action-results.tsx";
import { BroadcastForm } from "./broadcast-form.tsx";
import { DeviceLink } from "./device-link.tsx";
import { DrillPanel, useFacilitatorRoom } from "./drill.tsx";
import {
  type ActionResult,
  act,
  broadcast,
  deleteSession,
  endSession,
  forgetKey,
  getConsole,
  getSession,
  loadKey,
  readmitPerson,
} from "./fapi.ts";
import { InjectForm } from "./inject-form.tsx";
import { KeyForm } from "./key-form.tsx";
import { rememberSession } from "./my-sessions.ts";
import { RemovedPeople } from "./removed-people.tsx";
import { Handout, storedHandout } from "./setup-page.tsx";
import { FShell, usePoll, useTick } from "./shell.tsx";
import { TableCard } from "./table-card.tsx";
import { TableControls } from "./table-controls.tsx";
import { useSessionScenario } from "./use-session-scenario.ts";

/** The console page. */
export function ConsolePage({ sessionId }: { sessionId: string }) {
  const key = loadKey(sessionId);
  useEffect(() => {
    document.title = t("f.title.console");
  });
  if (!key)
    return (
      <FShell>
        <h1>{t("f.console.keyHeadline")}</h1>
        <p class="form-error" role="alert">
          {t("f.console.noKey")}
        </p>
        <KeyForm sessionId={sessionId} />
      </FShell>
    );
  return (
    <FShell nav={{ sessionId, current: "console" }} wide>
      <Console sessionId={sessionId} fkey={key} />
    </FShell>
  );
}

function Console({ sessionId, fkey }: { sessionId: string; fkey: string }) {
  const consoleView = usePoll(() => getConsole(sessionId), 2500, [sessionId]);
  const sessionView = usePoll(() => getSession(sessionId), 5000, [sessionId]);
  const session = sessionView.value;
  const scenario = useSessionScenario(session?.scenarioId);
  const handout = storedHandout(sessionId);
  // The API lists tables by their numbers (Table 1 first), the same order as the handout.
  const tables = consoleView.value?.tables ?? [];
  const offset = consoleView.value ? consoleView.value.now - Date.now() : 0;
  const now = useTick(1000) + offset;
  const [results, setResults] = useState<Results | null>(null);
  const [busy, setBusy] = useState(false);
  const [drill, setDrill] = useState<string | null>(null);
  const [showHandout, setShowHandout] = useState(false);
  const [showDevice, setShowDevice] = useState(false);
  // Listed on this browser's start page, whether it created the session or was given its link.
  useEffect(() => {
    if (session)
      rememberSession({
        sessionId,
        name: session.settings.name ?? "",
        code: session.sessionCode,
        createdAt: session.createdAt,
      });
  }, [sessionId, session?.sessionCode, session?.settings.name]);
  const drillId = drill ?? tables.find((table) => table.status === "open")?.tableId ?? null;
  const room = useFacilitatorRoom(drillId, fkey);
  const ended = session?.endedAt != null;

  const run = async (label: MessageKey, fn: () => Promise<{ results: ActionResult[] }>) => {
    setBusy(true);
    try {
      const r = await fn();
      setResults({ label, results: r.results });
    } catch (e) {
      const f = e instanceof ApiFailure ? e : new ApiFailure("net/unreachable", String(e), 0);
      setResults({
        label,
        results: [{ tableId: "", ok: false, error: { code: f.code, message: f.message } }],
      });
    } finally {
      setBusy(false);
      consoleView.reload();
    }
  };
  const doAct = (label: MessageKey, action: { type: string; [k: string]: unknown }, only?: string[]) =>
    run(label, () => act(sessionId, action, only));

  const codeOf = (tableId: string) => tables.find((table) => table.tableId === tableId)?.code ?? tableId;

  return (
    <div class="fac-console">
      <section class="fac-console-head">
        <div>
          <p class="eyebrow">{t("f.eyebrow")}</p>
          <h1>{t("f.console.headline", { code: session?.sessionCode ?? "…" })}</h1>
          <p class="hint" aria-live="off">
            {session?.settings.name ? `${session.settings.name} · ` : ""}
            {scenario ? loc(scenario.title) : ""}
            {consoleView.value &&
              ` · ${t("f.console.refreshed", { time: new Date(consoleView.value.now).toLocaleTimeString(locale()) })}`}
          </p>
        </div>
        <div class="fac-actions">
          {handout && (
            <button
              type="button"
              class="button"
              aria-expanded={showHandout}
              onClick={() => setShowHandout(!showHandout)}
            >
              {t("f.print")}
            </button>
          )}
          <a class="button" href={`/facilitate/${sessionId}/projector`}>
            {t("f.projector")}
          </a>
          <a class="button" href={`/facilitate/${sessionId}/sheets`}>
            {t("sheets.open")}
          </a>
          <button type="button" class="button" aria-expanded={showDevice} onClick={() => setShowDevice(!showDevice)}>
            {t("device.open")}
          </button>
          <button
            type="button"
            class="button fac-danger"
            disabled={busy || ended}
            onClick={async () => {
              if (!window.confirm(t("f.endConfirm"))) return;
              setBusy(true);
              try {
                await endSession(sessionId);
                setResults({
                  label: "f.end",
                  results: tables.map((table) => ({ tableId: table.tableId, ok: true })),
                });
              } catch (e) {
                const f = e as ApiFailure;
                setResults({
                  label: "f.end",
                  results: [{ tableId: "", ok: false, error: { code: f.code, message: f.message } }],
                });
              } finally {
                setBusy(false);
                sessionView.reload();
                consoleView.reload();
              }
            }}
          >
            {t("f.end")}
          </button>
          <button
            type="button"
            class="button fac-danger"
            disabled={busy}
            onClick={async () => {
              if (!window.confirm(t("f.deleteConfirm"))) return;
              setBusy(true);
              try {
                await deleteSession(sessionId);
                forgetKey(sessionId);
                window.location.assign("/facilitate");
              } catch (e) {
                const f = e as ApiFailure;
                setResults({
                  label: "f.delete",
                  results: [{ tableId: "", ok: false, error: { code: f.code, message: f.message } }],
                });
                setBusy(false);
              }
            }}
          >
            {t("f.delete")}
          </button>
        </div>
      </section>
      {consoleView.error && (
        <p class="form-error" role="alert">
          {errorText(consoleView.error.code, consoleView.error.message)}
        </p>
      )}
      {ended && <p class="fac-banner">{t("f.ended")}</p>}
      {showDevice && (
        <DeviceLink
          sessionId={sessionId}
          fkey={fkey}
          publicUrl={handout?.publicUrl}
          onClose={() => setShowDevice(false)}
        />
      )}
      {showHandout && handout && <Handout session={handout} />}
      <RemovedPeople
        removed={session?.removed ?? []}
        tables={tables}
        busy={busy}
        onReadmit={async (p) => {
          setBusy(true);
          try {
            await readmitPerson(sessionId, p.personId);
          } catch (e) {
            const f = e as ApiFailure;
            setResults({
              label: "f.readmit",
              results: [{ tableId: p.tableId, ok: false, error: { code: f.code, message: f.message } }],
            });
          } finally {
            setBusy(false);
            sessionView.reload();
          }
        }}
      />

      <section class="card fac-all" aria-labelledby="all-title">
        <h2 id="all-title">{t("f.all")}</h2>
        <div class="fac-control-row">
          <TableControls busy={busy || ended} onAct={(label, a) => doAct(label, a)} />
        </div>
        <div class="fac-two">
          <BroadcastForm
            busy={busy || ended}
            tables={tables}
            onSend={(text, only) => run("f.broadcast", () => broadcast(sessionId, text, only))}
          />
          <InjectForm
            busy={busy || ended}
            tables={tables}
            deck={room.scenario?.events ?? []}
            seats={
              session?.settings.seats ??
              scenario?.seats.filter((s) => s.inDefaultTable && s.kind !== "redcell").map((s) => s.id) ??
              []
            }
            onInject={(action, only) => doAct("f.inject", action, only)}
          />
        </div>
        {results && <ActionResults results={results} codeOf={codeOf} />}
      </section>

      <section aria-label={t("f.tables")} class="fac-table-grid">
        {tables.map((table) => (
          <TableCard
            key={table.tableId}
            n={table.number}
            table={table}
            now={now}
            scenario={scenario}
            session={session}
            busy={busy || ended}
            sessionId={sessionId}
            selected={drillId === table.tableId}
            onAct={(label, a) => doAct(label, a, [table.tableId])}
            onDrill={() => setDrill(table.tableId)}
            onPeople={async (fn) => {
              setBusy(true);
              try {
                await fn();
              } catch (e) {
                const f = e as ApiFailure;
                setResults({
                  label: "f.people",
                  results: [{ tableId: table.tableId, ok: false, error: { code: f.code, message: f.message } }],
                });
              } finally {
                setBusy(false);
                sessionView.reload();
              }
            }}
          />
        ))}
      </section>

      {drillId && (
        <DrillPanel
          code={codeOf(drillId)}
          view={room}
          busy={busy || ended}
          onClose={() => setDrill(null)}
          onAct={(label, a) => doAct(label, a, [drillId])}
        />
      )}
    </div>
  );
}
