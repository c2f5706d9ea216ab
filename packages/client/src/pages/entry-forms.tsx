// The landing page's ways in: a quick game against bots, joining a table by code, and the list
// of open tables. Each form is a real <form> with labelled inputs; errors are read out.
import { useEffect, useId, useRef, useState } from "preact/hooks";
import { errorText, loc, t } from "../i18n/index.ts";
import {
  type Admission,
  ApiFailure,
  type CodeInfo,
  describeCode,
  joinTable,
  listOpenTables,
  looksLikeCode,
  normaliseCode,
  type OpenTable,
  quickGame,
  type ScenarioSummary,
  type SeatSummary,
} from "../net/api.ts";
import { deviceId, lastName, saveSeat } from "../net/seat-tokens.ts";
import { Flag } from "../ui/flag.tsx";
import type { ScenariosState } from "./use-scenarios.ts";

/** Goes to the table once a seat is won. */
function enter(admission: Admission, name: string): void {
  saveSeat({ tableId: admission.tableId, seatToken: admission.seatToken, seat: admission.seat, name });
  window.location.assign(`/play/${encodeURIComponent(admission.tableId)}`);
}

function failureMessage(error: unknown): string {
  if (error instanceof ApiFailure) return errorText(error.code, error.message);
  return t("error.net/unreachable");
}

/** Seats a person can take (Moscow, the red cell, is not one of them). */
function playableSeats(scenario: ScenarioSummary | undefined): SeatSummary[] {
  return scenario?.seats.filter((s) => s.kind !== "redcell") ?? [];
}

/**
 * The seats the join form names, from what the code leads to: only the table's seats (a session's:
 * its tables'), those with no room left marked taken and not choosable; none before the code is known.
 */
export function joinSeatOptions(
  info: CodeInfo | null,
  scenarioSeats: readonly SeatSummary[],
): { id: string; label: string; disabled: boolean }[] {
  if (!info) return [];
  return info.seats.flatMap((id) => {
    const s = scenarioSeats.find((x) => x.id === id);
    if (!s || s.kind === "redcell") return [];
    const free = info.freeSeats.includes(id);
    return [{ id, label: free ? loc(s.name) : t("join.seatTaken", { name: loc(s.name) }), disabled: !free }];
  });
}

function kindLabel(kind: SeatSummary["kind"]): string {
  return t(`seatKind.${kind}`);
}

function FormError({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} class="form-error" role="alert">
      {message}
    </p>
  );
}

/** The quick game's scenarios, each named by its title in the page's language; the server's first is the default. */
export function quickScenarioOptions(scenarios: readonly ScenarioSummary[]): { id: string; label: string }[] {
  return scenarios.map((s) => ({ id: s.id, label: loc(s.title) }));
}

/** Quick game: choose a scenario, a seat and a name; bots take every other seat and the game starts on arrival. */
export function QuickGameForm({ scenarios }: { scenarios: ScenariosState }) {
  const list = scenarios.kind === "ready" ? scenarios.scenarios : [];
  const [scenarioId, setScenarioId] = useState("");
  const scenario = list.find((s) => s.id === scenarioId) ?? list[0];
  const seats = playableSeats(scenario);
  const [seat, setSeat] = useState<string>("");
  const [name, setName] = useState(lastName());
  const [listed, setListed] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const nameId = useId();
  const scenarioFieldId = useId();
  const chosen = seats.find((s) => s.id === seat);

  useEffect(() => {
    // A seat the chosen scenario lacks falls back to the protected state's, as on arrival.
    if ((!seat || !chosen) && seats.length > 0)
      setSeat(seats.find((s) => s.kind === "protected")?.id ?? seats[0]?.id ?? "");
  }, [scenario?.id, seats.length]);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!seat || busy) return;
    if (name.trim() === "") {
      setError(t("form.nameNeeded"));
      return;
    }
    setBusy(true);
    setError(null);
    try {
      enter(
        await quickGame({ seat, name: name.trim(), scenario: scenario?.id, ...(listed ? { listed } : {}) }),
        name.trim(),
      );
    } catch (err) {
      setError(failureMessage(err));
      setBusy(false);
    }
  };

  return (
    <form class="entry-form quick-form" onSubmit={submit} aria-describedby={errorId} noValidate>
      {scenarios.kind === "loading" && (
        // The seats arrive from the server: hold their place so nothing below jumps when they do.
        <fieldset class="seat-picker" aria-busy="true">
          <legend>{t("quick.chooseSeat")}</legend>
          <p class="visually-hidden" role="status">
            {t("landing.loadingSeats")}
          </p>
          <div class="seat-options" aria-hidden="true">
            {Array.from({ length: 9 }, (_, i) => (
              <span key={i} class="seat-option is-placeholder" />
            ))}
          </div>
        </fieldset>
      )}
      {scenarios.kind === "failed" && <p class="form-error">{errorText(scenarios.code, scenarios.message)}</p>}
      {list.length > 1 && (
        <div class="field quick-scenario">
          <label for={scenarioFieldId}>{t("quick.scenario")}</label>
          <select
            id={scenarioFieldId}
            name="scenario"
            value={scenario?.id ?? ""}
            onChange={(e) => setScenarioId(e.currentTarget.value)}
          >
            {quickScenarioOptions(list).map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          {scenario && <p class="hint">{loc(scenario.summary)}</p>}
        </div>
      )}
      {seats.length > 0 && (
        <fieldset class="seat-picker">
          <legend>{t("quick.chooseSeat")}</legend>
          <div class="seat-options">
            {seats.map((s) => (
              <label key={s.id} class={`seat-option${seat === s.id ? " is-chosen" : ""}`} data-seat={s.id}>
                <input
                  type="radio"
                  name="quick-seat"
                  value={s.id}
                  checked={seat === s.id}
                  onChange={() => setSeat(s.id)}
                />
                <Flag code={s.flag} />
                <span class="seat-option-text">
                  <span class="seat-option-name">{loc(s.name)}</span>
                  <span class="seat-option-kind">{kindLabel(s.kind)}</span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {chosen && (
        <p class="seat-position" aria-live="polite">
          <strong>{loc(chosen.name)}:</strong> {loc(chosen.publicPosition)}
        </p>
      )}
      <div class="field-row">
        <div class="field">
          <label for={nameId}>{t("form.name")}</label>
          <input
            id={nameId}
            name="name"
            autoComplete="nickname"
            maxLength={40}
            required
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
        <button type="submit" class="button button-primary" disabled={busy || !seat}>
          {busy ? t("quick.starting") : t("quick.start")}
        </button>
      </div>
      <label class="check-line">
        <input type="checkbox" name="listed" checked={listed} onChange={(e) => setListed(e.currentTarget.checked)} />
        {t("quick.listed")}
      </label>
      <FormError id={errorId} message={error} />
    </form>
  );
}

/** Join a table by its code (or a /join/CODE link): a name, and a seat if the table lets people choose. */
export function JoinForm({
  scenarios,
  initialCode = "",
  autoFocus = false,
}: {
  scenarios: ScenariosState;
  initialCode?: string;
  autoFocus?: boolean;
}) {
  const scenario = scenarios.kind === "ready" ? scenarios.scenarios[0] : undefined;
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState(lastName());
  // A handout's red-cell link (/join/CODE?seat=moscow) opens the form on that seat.
  const [seat, setSeat] = useState(() => new URLSearchParams(window.location.search).get("seat") ?? "");
  const info = useCodeInfo(code);
  const seats = joinSeatOptions(info, scenario?.seats ?? []);
  const redCell = info?.redCell ? scenario?.seats.find((s) => s.id === info.redCell?.seat) : undefined;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const errorId = useId();
  const ids = { code: useId(), name: useId(), seat: useId(), hint: useId() };
  const first = useRef<HTMLInputElement>(null);

  useEffect(() => {
    if (autoFocus) (initialCode ? document.getElementById(ids.name) : first.current)?.focus();
  }, []);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (busy) return;
    if (!looksLikeCode(code)) {
      setError(t("join.badCode"));
      return;
    }
    if (name.trim() === "") {
      setError(t("form.nameNeeded"));
      return;
    }
    setBusy(true);
    setError(null);
    const body: { code: string; name: string; seat?: string | null; device?: string } = {
      code: normaliseCode(code),
      name: name.trim(),
    };
    const device = deviceId();
    if (device) body.device = device;
    if (seat === "observe") body.seat = null;
    else if (seat) body.seat = seat;
    try {
      enter(await joinTable(body), name.trim());
    } catch (err) {
      setError(failureMessage(err));
      setBusy(false);
    }
  };

  return (
    <form class="entry-form join-form" onSubmit={submit} aria-describedby={errorId} noValidate>
      <div class="field">
        <label for={ids.code}>{t("join.code")}</label>
        <input
          id={ids.code}
          ref={first}
          name="code"
          class="code-input"
          autoComplete="off"
          autoCapitalize="characters"
          spellcheck={false}
          maxLength={16}
          aria-describedby={ids.hint}
          placeholder="K7QM4X"
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <p id={ids.hint} class="hint">
          {t("join.codeHint")}
        </p>
      </div>
      <div class="field">
        <label for={ids.name}>{t("form.name")}</label>
        <input
          id={ids.name}
          name="name"
          autoComplete="nickname"
          maxLength={40}
          value={name}
          onInput={(e) => setName(e.currentTarget.value)}
        />
      </div>
      <div class="field">
        <label for={ids.seat}>{t("join.seat")}</label>
        <select id={ids.seat} name="seat" value={seat} onChange={(e) => setSeat(e.currentTarget.value)}>
          <option value="">{t("join.anySeat")}</option>
          {seats.map((s) => (
            <option key={s.id} value={s.id} disabled={s.disabled}>
              {s.label}
            </option>
          ))}
          {/* Moscow, where this code's session made the red cell human. */}
          {redCell && (
            <option value={redCell.id} disabled={!info?.redCell?.free}>
              {t(info?.redCell?.free ? "join.redCell" : "join.redCellTaken", { name: loc(redCell.name) })}
            </option>
          )}
          <option value="observe">{t("join.observe")}</option>
        </select>
      </div>
      <button type="submit" class="button button-primary" disabled={busy}>
        {busy ? t("join.joining") : t("join.submit")}
      </button>
      <FormError id={errorId} message={error} />
    </form>
  );
}

/** What the typed code leads to (null until it looks like a code and the server has answered). */
function useCodeInfo(code: string): CodeInfo | null {
  const [info, setInfo] = useState<CodeInfo | null>(null);
  useEffect(() => {
    if (!looksLikeCode(code)) {
      setInfo(null);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      describeCode(normaliseCode(code)).then(
        (i) => live && setInfo(i),
        () => live && setInfo(null),
      );
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [code]);
  return info;
}

/** Tables whose facilitators listed them, with their free seats. */
export function OpenTables({ scenarios }: { scenarios: ScenariosState }) {
  const [tables, setTables] = useState<OpenTable[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const [name, setName] = useState(lastName());
  const [joining, setJoining] = useState<string | null>(null);
  // A join refused (the table filled, ended or was unlisted meanwhile): why, and the list again.
  const [refusal, setRefusal] = useState<{ code: string; message: string } | null>(null);
  const nameId = useId();
  const seatsById = new Map(
    (scenarios.kind === "ready" ? scenarios.scenarios.flatMap((s) => s.seats) : []).map((s) => [s.id, s]),
  );

  const load = async () => {
    setLoading(true);
    try {
      setTables(await listOpenTables());
      setError(null);
    } catch (err) {
      setError(failureMessage(err));
    } finally {
      setLoading(false);
    }
  };
  useEffect(() => {
    void load();
  }, []);

  const join = async (code: string) => {
    if (joining) return;
    if (name.trim() === "") {
      setRefusal({ code: "", message: t("form.nameNeeded") });
      document.getElementById(nameId)?.focus();
      return;
    }
    setJoining(code);
    setRefusal(null);
    const body: Parameters<typeof joinTable>[0] = { code, name: name.trim(), listedOnly: true };
    const device = deviceId();
    if (device) body.device = device;
    try {
      enter(await joinTable(body), name.trim());
    } catch (err) {
      setRefusal({ code, message: failureMessage(err) });
      setJoining(null);
      void load();
    }
  };

  return (
    <div class="open-tables">
      {error && <p class="form-error">{error}</p>}
      {tables && tables.length > 0 && (
        <div class="field open-name">
          <label for={nameId}>{t("open.name")}</label>
          <input
            id={nameId}
            name="name"
            autoComplete="nickname"
            maxLength={40}
            value={name}
            onInput={(e) => setName(e.currentTarget.value)}
          />
        </div>
      )}
      {refusal && (
        <p class="form-error" role="alert" data-testid="open-refusal">
          {refusal.message} {refusal.code && t("open.wayOn")}
        </p>
      )}
      {tables === null && !error && <p class="muted">{t("open.loading")}</p>}
      {tables?.length === 0 && <p class="muted">{t("open.none")}</p>}
      {tables && tables.length > 0 && (
        <ul class="open-list">
          {tables.map((table) => (
            <li key={table.code}>
              <span class="open-code">{table.code}</span>
              <span class="open-flags">
                {table.freeSeats.map((s) => (
                  <Flag key={s} code={seatsById.get(s)?.flag ?? s.slice(0, 2)} size="sm" />
                ))}
                <span class="open-free">{t("open.freeSeats", { count: table.freeSeats.length })}</span>
              </span>
              <button
                type="button"
                class="button button-small button-primary"
                disabled={joining !== null}
                data-join={table.code}
                onClick={() => void join(table.code)}
              >
                {joining === table.code ? t("open.joining") : t("open.join")}
                <span class="visually-hidden"> {table.code}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" class="button button-quiet button-small" onClick={() => void load()} disabled={loading}>
        {t("open.refresh")}
      </button>
    </div>
  );
}
