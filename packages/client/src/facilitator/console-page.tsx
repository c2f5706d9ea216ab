// The console (/facilitate/:sessionId): every table at a glance, polled every 2.5 s; controls per
// table and for all tables; people (move, mute, remove); broadcast and injected events; a drill
// into one table's room as the facilitator.
import { useEffect, useMemo, useState } from "preact/hooks";
import { errorText, formatNumber, loc, t, tOr } from "../i18n/index.ts";
import { ApiFailure, type ScenarioSummary } from "../net/api.ts";
import { useScenarios } from "../pages/use-scenarios.ts";
import { DeviceLink } from "./device-link.tsx";
import { DrillPanel, useFacilitatorRoom } from "./drill.tsx";
import {
  type ActionResult,
  act,
  broadcast,
  type ConsoleTable,
  deleteSession,
  endSession,
  forgetKey,
  getConsole,
  getSession,
  loadKey,
  movePerson,
  mutePerson,
  readmitPerson,
  removePerson,
  type SessionInfo,
  saveKey,
} from "./fapi.ts";
import { rememberSession } from "./my-sessions.ts";
import { Handout, storedHandout } from "./setup-page.tsx";
import { clockText, FShell, SeatName, usePoll, useTick } from "./shell.tsx";

/** Why an inject cannot apply at `table` now, in the facilitator's words, or null when it can. */
function injectBlocked(table: ConsoleTable): string | null {
  if (table.status !== "open" || !table.summary) return t("f.inject.why.notRunning");
  const r = table.summary.injectRefusal;
  return r ? tOr(`f.inject.why.${r.code}`, r.message) : null;
}

const STATS = ["capital", "resolve", "capacity", "unity", "grievance", "ukraineSecurity"] as const;

type Results = { label: string; results: ActionResult[] } | null;

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
  const list = useScenarios();
  const session = sessionView.value;
  const scenario: ScenarioSummary | null =
    list.kind === "ready" ? (list.scenarios.find((s) => s.id === session?.scenarioId) ?? null) : null;
  const handout = storedHandout(sessionId);
  // The API lists tables by their numbers (Table 1 first), the same order as the handout.
  const tables = consoleView.value?.tables ?? [];
  const offset = consoleView.value ? consoleView.value.now - Date.now() : 0;
  const now = useTick(1000) + offset;
  const [results, setResults] = useState<Results>(null);
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

  const run = async (label: string, fn: () => Promise<{ results: ActionResult[] }>) => {
    setBusy(true);
    try {
      const r = await fn();
      setResults({ label, results: r.results });
    } catch (e) {
      const f = e instanceof ApiFailure ? e : new ApiFailure("net/unreachable", String(e), 0);
      setResults({
        label,
        results: [{ tableId: "", ok: false, error: { code: f.code, message: errorText(f.code, f.message) } }],
      });
    } finally {
      setBusy(false);
      consoleView.reload();
    }
  };
  const doAct = (label: string, action: { type: string; [k: string]: unknown }, only?: string[]) =>
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
              ` · ${t("f.console.refreshed", { time: new Date(consoleView.value.now).toLocaleTimeString() })}`}
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
                  label: t("f.end"),
                  results: tables.map((table) => ({ tableId: table.tableId, ok: true })),
                });
              } catch (e) {
                const f = e as ApiFailure;
                setResults({
                  label: t("f.end"),
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
                  label: t("f.delete"),
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
      {(session?.removed?.length ?? 0) > 0 && (
        <section class="card fac-removed" aria-labelledby="removed-title">
          <h2 id="removed-title">{t("f.removedTitle")}</h2>
          <p class="hint">{t("f.removedHint")}</p>
          <ul class="fac-removed-list">
            {session?.removed?.map((p) => (
              <li key={p.personId}>
                <span>
                  {p.name} · {t("f.table", { n: tables.find((x) => x.tableId === p.tableId)?.number ?? 0 })}
                </span>
                <button
                  type="button"
                  class="button button-small"
                  disabled={busy}
                  onClick={async () => {
                    setBusy(true);
                    try {
                      await readmitPerson(sessionId, p.personId);
                    } catch (e) {
                      const f = e as ApiFailure;
                      setResults({
                        label: t("f.readmit"),
                        results: [{ tableId: p.tableId, ok: false, error: { code: f.code, message: f.message } }],
                      });
                    } finally {
                      setBusy(false);
                      sessionView.reload();
                    }
                  }}
                >
                  {t("f.readmit")}
                  <span class="visually-hidden"> {p.name}</span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section class="card fac-all" aria-labelledby="all-title">
        <h2 id="all-title">{t("f.all")}</h2>
        <div class="fac-control-row">
          <Controls busy={busy || ended} onAct={(label, a) => doAct(label, a)} />
        </div>
        <div class="fac-two">
          <BroadcastForm
            busy={busy || ended}
            tables={tables}
            onSend={(text, only) => run(t("f.broadcast"), () => broadcast(sessionId, text, only))}
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
            onInject={(action, only) => doAct(t("f.inject"), action, only)}
          />
        </div>
        {results && (
          <div class="fac-results" role="status" data-testid="results">
            <strong>
              {t("f.results")} · {results.label}
            </strong>
            <ul>
              {results.results.map((r, i) => (
                <li key={r.tableId || i} class={r.ok ? (r.warnings?.length ? "ok warn" : "ok") : "bad"}>
                  {r.tableId && <span class="fac-code-sm">{codeOf(r.tableId)}</span>}{" "}
                  {r.ok ? t("f.ok") : (r.error?.message ?? r.error?.code)}
                  {r.warnings?.map((x) => (
                    <span key={x.code} class="fac-warning" data-code={x.code}>
                      {" "}
                      · {tOr(`f.warning.${x.code}`, x.message)}
                    </span>
                  ))}
                </li>
              ))}
            </ul>
          </div>
        )}
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
                  label: t("f.people"),
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

type ActFn = (label: string, action: { type: string; [k: string]: unknown }) => void;

function Controls({ busy, onAct, compact }: { busy: boolean; onAct: ActFn; compact?: boolean }) {
  const cls = `button${compact ? " button-small" : ""}`;
  return (
    <div class="fac-controls">
      <button
        type="button"
        class={`${cls} button-primary`}
        disabled={busy}
        onClick={() => onAct(t("f.start"), { type: "table/start" })}
      >
        {t("f.start")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct(t("f.pause"), { type: "facilitator/pause" })}
      >
        {t("f.pause")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct(t("f.resume"), { type: "facilitator/resume" })}
      >
        {t("f.resume")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct(t("f.extend"), { type: "facilitator/extend", seconds: 120 })}
      >
        {t("f.extend")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct(t("f.skip"), { type: "facilitator/skip", forward: true })}
      >
        {t("f.skip")}
      </button>
    </div>
  );
}

function TargetSelect({
  id,
  tables,
  value,
  onChange,
}: {
  id: string;
  tables: ConsoleTable[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div class="field fac-target">
      <label for={id}>{t("f.target")}</label>
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">{t("f.all")}</option>
        {tables.map((table) => (
          <option key={table.tableId} value={table.tableId}>
            {t("f.table", { n: table.number })} · {table.code}
          </option>
        ))}
      </select>
    </div>
  );
}

function BroadcastForm({
  busy,
  tables,
  onSend,
}: {
  busy: boolean;
  tables: ConsoleTable[];
  onSend: (text: string, only?: string[]) => void;
}) {
  const [text, setText] = useState("");
  const [target, setTarget] = useState("");
  return (
    <form
      class="fac-subform"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onSend(text.trim(), target ? [target] : undefined);
        setText("");
      }}
    >
      <h3>{t("f.broadcast")}</h3>
      <div class="field">
        <label for="f-bc" class="visually-hidden">
          {t("f.broadcast")}
        </label>
        <textarea
          id="f-bc"
          rows={2}
          maxLength={500}
          placeholder={t("f.broadcast.placeholder")}
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="field-row">
        <TargetSelect id="f-bc-target" tables={tables} value={target} onChange={setTarget} />
        <button type="submit" class="button" disabled={busy || !text.trim()}>
          {t("f.broadcast.send")}
        </button>
      </div>
    </form>
  );
}

function InjectForm({
  busy,
  tables,
  deck,
  seats,
  onInject,
}: {
  busy: boolean;
  tables: ConsoleTable[];
  deck: { id: string; title: { en: string }; text: { en: string } }[];
  seats: string[];
  onInject: (action: { type: string; [k: string]: unknown }, only?: string[]) => void;
}) {
  const [mode, setMode] = useState<"card" | "custom">("card");
  const [card, setCard] = useState("");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [target, setTarget] = useState("table");
  const [stat, setStat] = useState<(typeof STATS)[number]>("unity");
  const [delta, setDelta] = useState(-5);
  const [where, setWhere] = useState("");
  const chosenCard = card || deck[0]?.id || "";
  // The engine says, per table, whether news can land now: the button waits while none can.
  const targets = where ? tables.filter((table) => table.tableId === where) : tables;
  const blocked = targets.flatMap((table) => {
    const why = injectBlocked(table);
    return why ? [{ table, why }] : [];
  });
  const none = targets.length > 0 && blocked.length === targets.length;
  const submit = (e: Event) => {
    e.preventDefault();
    const only = where ? [where] : undefined;
    if (mode === "card") {
      if (chosenCard) onInject({ type: "facilitator/inject-event", card: chosenCard }, only);
    } else if (title.trim()) {
      onInject(
        {
          type: "facilitator/inject-event",
          custom: {
            title: { en: title.trim() },
            ...(text.trim() ? { text: { en: text.trim() } } : {}),
            effects: [{ target, stat, delta }],
          },
        },
        only,
      );
    }
  };
  return (
    <form class="fac-subform" onSubmit={submit}>
      <h3>{t("f.inject")}</h3>
      <div class="fac-seg" role="radiogroup" aria-label={t("f.inject")}>
        {(["card", "custom"] as const).map((m) => (
          <label key={m} class={mode === m ? "on" : ""}>
            <input type="radio" name="inject-mode" checked={mode === m} onChange={() => setMode(m)} />
            {t(m === "card" ? "f.inject.card" : "f.inject.custom")}
          </label>
        ))}
      </div>
      {mode === "card" ? (
        deck.length === 0 ? (
          <p class="hint">{t("f.inject.noDeck")}</p>
        ) : (
          <div class="field">
            <label for="f-card">{t("f.inject.card")}</label>
            <select id="f-card" value={chosenCard} onChange={(e) => setCard((e.target as HTMLSelectElement).value)}>
              {deck.map((c) => (
                <option key={c.id} value={c.id}>
                  {loc(c.title)}
                </option>
              ))}
            </select>
            <p class="hint">{loc(deck.find((c) => c.id === chosenCard)?.text)}</p>
          </div>
        )
      ) : (
        <>
          <div class="field">
            <label for="f-ev-title">{t("f.inject.title")}</label>
            <input
              id="f-ev-title"
              maxLength={120}
              value={title}
              onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="f-ev-text">{t("f.inject.text")}</label>
            <input
              id="f-ev-text"
              maxLength={400}
              value={text}
              onInput={(e) => setText((e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field-row fac-effect">
            <div class="field">
              <label for="f-ev-target">{t("f.inject.target")}</label>
              <select
                id="f-ev-target"
                value={target}
                onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}
              >
                {["table", "all", "signatories", "europeans", ...seats].map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="f-ev-stat">{t("f.inject.stat")}</label>
              <select
                id="f-ev-stat"
                value={stat}
                onChange={(e) => setStat((e.target as HTMLSelectElement).value as (typeof STATS)[number])}
              >
                {STATS.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="f-ev-delta">{t("f.inject.delta")}</label>
              <input
                id="f-ev-delta"
                type="number"
                min={-50}
                max={50}
                value={delta}
                onInput={(e) => setDelta(Number((e.target as HTMLInputElement).value) || 0)}
              />
            </div>
          </div>
        </>
      )}
      <div class="field-row">
        <TargetSelect id="f-ev-where" tables={tables} value={where} onChange={setWhere} />
        <button
          type="submit"
          class="button"
          aria-describedby={blocked.length > 0 ? "f-ev-why" : undefined}
          disabled={busy || none || (mode === "card" ? !chosenCard : !title.trim())}
        >
          {t("f.inject.send")}
        </button>
      </div>
      {blocked.length > 0 && (
        <div id="f-ev-why" class="hint fac-inject-why" data-testid="inject-why">
          {where && blocked[0] ? (
            t("f.inject.cannot", { reason: blocked[0].why })
          ) : (
            <>
              {none ? t("f.inject.cannotAll") : t("f.inject.notAt")}
              <ul>
                {blocked.map(({ table, why }) => (
                  <li key={table.tableId}>
                    {t("f.table", { n: table.number })} · {table.code}: {why}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}

function ago(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return s < 120 ? t("f.ago", { n: s }) : t("f.agoMin", { n: Math.round(s / 60) });
}

function TableCard({
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
  const people = session?.tables.find((x) => x.tableId === table.tableId)?.people ?? [];
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
            return (
              <li key={seat} class={`${ctl} ${conn > 0 ? "online" : ""}`}>
                <SeatName seat={seat} scenario={scenario} />
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
                    onAct(ctl === "bot" ? t("f.toHuman") : t("f.toBot"), {
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
      <Controls busy={busy} compact onAct={onAct} />
      <details class="fac-people">
        <summary>
          {t("f.people")} ({people.length})
        </summary>
        {people.length === 0 ? (
          <p class="hint">{t("f.noPeople")}</p>
        ) : (
          <ul>
            {people.map((p) => (
              <li key={p.personId}>
                <span class="fac-person">
                  {p.name} <span class="muted">· {p.seat ? seatLabel(p.seat) : t("f.observer")}</span>
                </span>
                <select
                  aria-label={`${t("f.move")} ${p.name}`}
                  value=""
                  disabled={busy}
                  onChange={(e) => {
                    const v = (e.target as HTMLSelectElement).value;
                    if (!v) return;
                    const [tableId, seat] = v.split("|");
                    onPeople(() =>
                      movePerson(sessionId, p.personId, { tableId, seat: seat === "-" ? null : (seat ?? null) }),
                    );
                  }}
                >
                  <option value="">{t("f.move")}…</option>
                  {(session?.tables ?? []).map((toTable) =>
                    [...movable, "-"].map((seat) => (
                      <option key={toTable.tableId + seat} value={`${toTable.tableId}|${seat}`}>
                        {t("f.table", { n: toTable.number })} · {toTable.code} ·{" "}
                        {seat === "-" ? t("f.observer") : seatLabel(seat)}
                      </option>
                    )),
                  )}
                </select>
                <button
                  type="button"
                  class="button button-small"
                  disabled={busy}
                  onClick={() => onPeople(() => mutePerson(sessionId, p.personId, !p.muted))}
                >
                  {p.muted ? t("f.unmute") : t("f.mute")}
                </button>
                <button
                  type="button"
                  class="button button-small fac-danger"
                  disabled={busy}
                  onClick={() =>
                    window.confirm(t("f.removeConfirm", { name: p.name })) &&
                    onPeople(() => removePerson(sessionId, p.personId))
                  }
                >
                  {t("f.remove")}
                </button>
              </li>
            ))}
          </ul>
        )}
      </details>
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

/** Lets a facilitator paste the session's key on another device (it is stored here, never put in a link). */
export function KeyForm({ sessionId }: { sessionId: string }) {
  const [value, setValue] = useState("");
  return (
    <form
      class="card fac-keyform"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value.trim()) return;
        saveKey(sessionId, value.trim());
        window.location.reload();
      }}
    >
      <div class="field">
        <label for="f-key">{t("f.key.label")}</label>
        <input
          id="f-key"
          type="password"
          autoComplete="off"
          value={value}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        />
        <p class="hint">{t("f.key.hint")}</p>
      </div>
      <button type="submit" class="button button-primary" disabled={!value.trim()}>
        {t("f.key.use")}
      </button>
    </form>
  );
}
