// The session setup page (/facilitate): scenario (bundled, uploaded, or the facilitator's own file,
// edited in the scenario workshop), tables, seats, delegation, timings, bots, Moscow, privacy; then
// the handout with every table's code, link and QR code.

import { type Timings, timingsSchema } from "@ironclad/engine";
import { useEffect, useState } from "preact/hooks";
import { errorText, loc, t } from "../i18n/index.ts";
import { ApiFailure, getScenario, type ScenarioSummary } from "../net/api.ts";
import { useScenarios } from "../pages/use-scenarios.ts";
import { Flag } from "../ui/flag.tsx";
import { QrImage } from "../ui/qr-image.tsx";
import {
  type CreatedSession,
  createSession,
  PERSONALITIES,
  type Personality,
  type SessionSettings,
  saveKey,
} from "./fapi.ts";
import { handoutLink } from "./handout-links.ts";
import { rememberSession } from "./my-sessions.ts";
import { createSessionWithScenario } from "./scenario-api.ts";
import { type ScenarioDraft, type ScenarioJson, ScenarioWorkshop } from "./scenario-editor.tsx";
import { SessionList } from "./session-list.tsx";
import { type PlanText, readPlan } from "./session-plan.ts";
import { planReady, TimingsBlock } from "./setup-timings.tsx";
import { FShell } from "./shell.tsx";

const HANDOUT_KEY = "ironclad:facilitator:handout:";
/** The scenario select's value for the facilitator's own file (scenario ids never contain a colon). */
const OWN = "own:";

/** The summary of the workshop's file, as the form lists a scenario (its seats for the seat list). */
function ownSummary(draft: ScenarioDraft): ScenarioSummary {
  const file: ScenarioJson = draft.file;
  const seats: ScenarioJson[] = Array.isArray(file.seats) ? file.seats : [];
  return {
    id: OWN,
    version: typeof file.version === "number" ? file.version : 1,
    title: { en: t("f.sc.own", { title: loc(file.title) || String(file.id ?? "") }) },
    summary: file.summary ?? { en: "" },
    seats: seats
      .filter((s) => s && typeof s.id === "string")
      .map((s) => ({
        id: s.id,
        kind: s.kind,
        name: s.name ?? { en: s.id },
        flag: typeof s.flag === "string" ? s.flag : "eu",
        inDefaultTable: s.inDefaultTable === true,
        publicPosition: s.publicPosition ?? { en: "" },
      })),
    issues: [],
  };
}

/** The setup page; shows the handout once the session exists. */
export function SetupPage() {
  const [created, setCreated] = useState<CreatedSession | null>(null);
  useEffect(() => {
    document.title = t("f.title.setup");
  });
  return (
    <FShell>
      {created ? <Handout session={created} onAgain={() => setCreated(null)} /> : <SetupForm onCreated={setCreated} />}
    </FShell>
  );
}

function SetupForm({ onCreated }: { onCreated: (s: CreatedSession) => void }) {
  const list = useScenarios();
  const shipped = list.kind === "ready" ? list.scenarios : [];
  const [draft, setDraft] = useState<ScenarioDraft | null>(null);
  const scenarios = [...shipped, ...(draft ? [ownSummary(draft)] : [])];
  const [scenarioId, setScenarioId] = useState<string>("");
  const scenario = scenarios.find((s) => s.id === scenarioId) ?? scenarios[0] ?? null;
  const [tables, setTables] = useState(2);
  const [delegation, setDelegation] = useState(1);
  const [seats, setSeats] = useState<string[] | null>(null);
  const [bots, setBots] = useState<Record<string, Personality>>({});
  const [planText, setPlanText] = useState<PlanText>({});
  const [name, setName] = useState("");
  const [moscow, setMoscow] = useState<"bot" | "sharp" | "human">("bot");
  const [readPrivate, setReadPrivate] = useState(false);
  const [seatChoice, setSeatChoice] = useState(true);
  const [listed, setListed] = useState(false);
  const [retention, setRetention] = useState(30);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const own = scenario?.id === OWN && draft !== null;
  // The file's text whose balance check last finished: a brought scenario is checked before use.
  const [balanced, setBalanced] = useState<string | null>(null);
  const unbalanced = own && draft.check.state === "ok" && balanced !== JSON.stringify(draft.file);

  // The scenario's own clock: the defaults the form shows and plans from.
  const [clock, setClock] = useState<{ id: string; timings: Timings } | null>(null);
  useEffect(() => {
    if (!scenario || scenario.id === OWN) return;
    let live = true;
    getScenario(scenario.id).then(
      (pub) => live && setClock({ id: pub.id, timings: pub.timings }),
      () => live && setClock(null),
    );
    return () => {
      live = false;
    };
  }, [scenario?.id]);
  // The own file's clock is its own timings, the engine's defaults filling the rest.
  const ownClock = own ? timingsSchema.safeParse((draft.file as { timings?: unknown }).timings ?? {}) : null;
  const defaults = own
    ? ownClock?.success
      ? ownClock.data
      : null
    : clock && clock.id === scenario?.id
      ? clock.timings
      : null;
  const clockOk = planReady(planText, defaults, moscow === "human");

  const negotiating = scenario?.seats.filter((s) => s.kind !== "redcell") ?? [];
  const chosen = seats ?? negotiating.filter((s) => s.inDefaultTable).map((s) => s.id);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!clockOk) {
      setError(t("plan.fix"));
      return;
    }
    if (own && draft.check.state !== "ok") {
      setError(t("f.sc.fixBeforeCreate"));
      return;
    }
    if (unbalanced) {
      setError(t("f.sc.balanceFirst"));
      return;
    }
    setBusy(true);
    setError(null);
    const settings: SessionSettings = {
      ...(name.trim() ? { name: name.trim() } : {}),
      tables,
      seats: chosen,
      delegationSize: delegation,
      timings: readPlan(planText).timings,
      bots: Object.fromEntries(Object.entries(bots).filter(([s]) => chosen.includes(s))),
      moscow,
      readPrivate,
      seatChoice: seatChoice ? "free" : "facilitator",
      listed,
      retentionDays: retention,
    };
    if (scenario && !own) settings.scenario = scenario.id;
    try {
      const s = own ? await createSessionWithScenario(settings, draft.file) : await createSession(settings);
      saveKey(s.sessionId, s.facilitatorKey);
      rememberSession({ sessionId: s.sessionId, name: name.trim(), code: s.sessionCode, createdAt: Date.now() });
      // The handout has no secret; it is kept so the console can show it again.
      const { facilitatorKey: _key, ...handout } = s;
      try {
        localStorage.setItem(HANDOUT_KEY + s.sessionId, JSON.stringify(handout));
      } catch {
        // Not kept; the console lists the codes anyway.
      }
      history.replaceState(null, "", "/facilitate");
      onCreated(s);
    } catch (err) {
      const f = err instanceof ApiFailure ? err : new ApiFailure("net/unreachable", String(err), 0);
      setError(
        f.code === "session/bad_seats" || f.code === "request/invalid" || f.code === "session/bad_timings"
          ? f.message
          : errorText(f.code, f.message),
      );
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="fac-setup" onSubmit={submit} aria-labelledby="setup-title">
      <section class="fac-intro">
        <p class="eyebrow">{t("f.eyebrow")}</p>
        <h1 id="setup-title">{t("f.setup.headline")}</h1>
        <p class="lede">{t("f.setup.lede")}</p>
      </section>

      <SessionList />

      <div class="field fac-session-name">
        <label for="f-name">{t("mine.nameLabel")}</label>
        <input
          id="f-name"
          type="text"
          maxLength={80}
          autoComplete="off"
          placeholder={t("mine.namePlaceholder")}
          value={name}
          onInput={(e) => setName((e.target as HTMLInputElement).value)}
        />
        <p class="hint">{t("mine.nameHint")}</p>
      </div>

      <div class="fac-setup-grid">
        <section class="card fac-block" aria-labelledby="sc-title">
          <h2 id="sc-title">{t("f.scenario")}</h2>
          <div class="field">
            <label for="f-scenario">{t("f.scenario")}</label>
            <select
              id="f-scenario"
              value={scenario?.id ?? ""}
              onChange={(e) => {
                setScenarioId((e.target as HTMLSelectElement).value);
                setSeats(null);
              }}
            >
              {scenarios.map((s) => (
                <option key={s.id} value={s.id}>
                  {loc(s.title)}
                </option>
              ))}
            </select>
            {scenario && <p class="hint">{loc(scenario.summary)}</p>}
          </div>
          {own && draft.check.state !== "ok" && (
            <p class="form-error" data-testid="own-not-ready">
              {t("f.sc.fixBeforeCreate")}
            </p>
          )}
          {unbalanced && (
            <p class="hint" data-testid="own-needs-balance">
              {t("f.sc.balanceFirst")}
            </p>
          )}
          <div class="field-row">
            <div class="field">
              <label for="f-tables">{t("f.tables")}</label>
              <input
                id="f-tables"
                type="number"
                min={1}
                max={50}
                value={tables}
                onInput={(e) => setTables(Number((e.target as HTMLInputElement).value) || 1)}
              />
            </div>
            <div class="field">
              <label for="f-delegation">{t("f.delegation")}</label>
              <input
                id="f-delegation"
                type="number"
                min={1}
                max={5}
                value={delegation}
                onInput={(e) => setDelegation(Number((e.target as HTMLInputElement).value) || 1)}
              />
            </div>
          </div>
        </section>

        <section class="card fac-block" aria-labelledby="seats-title">
          <h2 id="seats-title">{t("f.seats")}</h2>
          <p class="hint">{t("f.seats.hint")}</p>
          <ul class="fac-seat-list">
            {negotiating.map((s) => {
              const on = chosen.includes(s.id);
              return (
                <li key={s.id} class={on ? "on" : ""}>
                  <label class="fac-check">
                    <input
                      type="checkbox"
                      name="seat"
                      value={s.id}
                      checked={on}
                      onChange={() =>
                        setSeats(
                          on
                            ? chosen.filter((x) => x !== s.id)
                            : negotiating.map((x) => x.id).filter((x) => x === s.id || chosen.includes(x)),
                        )
                      }
                    />
                    <Flag code={s.flag} size="sm" />
                    <span>{loc(s.name)}</span>
                  </label>
                  <select
                    aria-label={`${t("f.bots")}: ${loc(s.name)}`}
                    value={bots[s.id] ?? "pragmatist"}
                    disabled={!on}
                    onChange={(e) => setBots({ ...bots, [s.id]: (e.target as HTMLSelectElement).value as Personality })}
                  >
                    {PERSONALITIES.map((p) => (
                      <option key={p} value={p}>
                        {t(`f.p.${p}`)}
                      </option>
                    ))}
                  </select>
                </li>
              );
            })}
          </ul>
          <p class="hint">{t("f.bots.hint")}</p>
        </section>

        <TimingsBlock text={planText} defaults={defaults} humanRedCell={moscow === "human"} onChange={setPlanText} />

        <section class="card fac-block" aria-labelledby="room-title">
          <h2 id="room-title">{t("f.rules")}</h2>
          <fieldset class="fac-radios">
            <legend>{t("f.moscow")}</legend>
            {(["bot", "sharp", "human"] as const).map((m) => (
              <label key={m} class="fac-check">
                <input type="radio" name="moscow" value={m} checked={moscow === m} onChange={() => setMoscow(m)} />
                <span>{t(`f.moscow.${m}`)}</span>
              </label>
            ))}
          </fieldset>
          <label class="fac-check">
            <input type="checkbox" checked={readPrivate} onChange={() => setReadPrivate(!readPrivate)} />
            <span>{t("f.readPrivate")}</span>
          </label>
          <label class="fac-check">
            <input type="checkbox" checked={seatChoice} onChange={() => setSeatChoice(!seatChoice)} />
            <span>{t("f.seatChoice")}</span>
          </label>
          <label class="fac-check">
            <input type="checkbox" checked={listed} onChange={() => setListed(!listed)} />
            <span>{t("f.listed")}</span>
          </label>
          <div class="field fac-narrow">
            <label for="f-retention">{t("f.retention")}</label>
            <input
              id="f-retention"
              type="number"
              min={1}
              max={365}
              value={retention}
              onInput={(e) => setRetention(Number((e.target as HTMLInputElement).value) || 30)}
            />
          </div>
        </section>

        <div class="sc-span">
          <ScenarioWorkshop
            shipped={shipped}
            draft={draft}
            onDraft={(d) => {
              setDraft(d);
              // A refusal said of the file before this edit no longer holds.
              setError(null);
            }}
            inUse={own}
            onBalanced={(text) => {
              setBalanced(text);
              setError(null);
            }}
            onUse={() => {
              setScenarioId(OWN);
              setSeats(null);
            }}
          />
        </div>
      </div>

      <div class="fac-submit">
        <button type="submit" class="button button-primary button-large" disabled={busy || !scenario || !clockOk}>
          {busy ? t("f.creating") : t("f.create")}
        </button>
        <p class="form-error" role="alert">
          {error ?? ""}
        </p>
      </div>
    </form>
  );
}

/** A QR code image for a link: the shared one (the table's invite draws it too). */
export { QrImage };

/**
 * A join link's text: it may wrap after a slash of the address, never inside the code it ends
 * with (a code broken over two lines reads as two codes).
 */
function LinkText({ url, code }: { url: string; code: string }) {
  const at = url.lastIndexOf(code);
  const head = at >= 0 ? url.slice(0, at) : url;
  // Break opportunities after each slash but the first of "//".
  const parts = head.split(/(?<=[^/]\/)(?!\/)/);
  return (
    <>
      {parts.map((p, i) => (
        <span key={i}>
          {p}
          {i < parts.length - 1 && <wbr />}
        </span>
      ))}
      {at >= 0 && <span class="fac-nowrap">{url.slice(at)}</span>}
    </>
  );
}

/** The printable handout: the session code and every table's code, link and QR code. */
export function Handout({
  session,
  onAgain,
}: {
  session: Omit<CreatedSession, "facilitatorKey">;
  onAgain?: () => void;
}) {
  // The server's links, or (without PUBLIC_URL) the same links on the address this browser used.
  const link = (url: string) => handoutLink(url, session.publicUrl, window.location.origin);
  const sessionUrl = link(session.joinUrl);
  return (
    <section class="fac-handout" aria-labelledby="handout-title">
      <div class="fac-intro no-print">
        <p class="eyebrow">{t("f.eyebrow")}</p>
        <h1 id="handout-title">{t("f.created.headline")}</h1>
        <p class="lede">{t("f.created.lede")}</p>
        <div class="fac-actions">
          <a class="button button-primary" href={`/facilitate/${session.sessionId}`}>
            {t("f.openConsole")}
          </a>
          <button type="button" class="button" onClick={() => window.print()}>
            {t("f.print")}
          </button>
          <a class="button" href={`/facilitate/${session.sessionId}/sheets`}>
            {t("sheets.open")}
          </a>
          {onAgain && (
            <button type="button" class="button button-quiet" onClick={onAgain}>
              {t("f.newSession")}
            </button>
          )}
        </div>
      </div>
      <div class="fac-print-only fac-handout-head">
        <p class="fac-label">Ironclad</p>
        <h2>{t("f.handout.title")}</h2>
        <p>{t("f.handout.how")}</p>
      </div>
      <div class="fac-session-code">
        <div>
          <p class="fac-label">{t("f.sessionCode")}</p>
          <p class="fac-code fac-code-xl" data-testid="session-code">
            {session.sessionCode}
          </p>
          <p class="fac-link">
            {t("f.joinAt")}{" "}
            <a href={sessionUrl}>
              <LinkText url={sessionUrl} code={session.sessionCode} />
            </a>
          </p>
        </div>
        <QrImage url={sessionUrl} label={t("f.qrSession")} size={150} />
      </div>
      <ol class="fac-ticket-list">
        {session.tables.map((table, i) => {
          const url = link(table.joinUrl);
          const redUrl = table.redCell ? link(table.redCell.joinUrl) : null;
          return (
            <li key={table.tableId} class="fac-ticket" data-table={table.tableId}>
              <div class="fac-ticket-text">
                {/* A handout stored before tables had numbers lists them in creation order. */}
                <p class="fac-label">{t("f.table", { n: table.number ?? i + 1 })}</p>
                <p class="fac-code">{table.code}</p>
                <p class="fac-link">
                  {t("f.joinAt")}{" "}
                  <a href={url}>
                    <LinkText url={url} code={table.code} />
                  </a>
                </p>
              </div>
              {/* 34 mm on paper: scannable, and beside the code on the narrowest ticket (22rem). */}
              <QrImage url={url} label={t("f.qr", { n: table.number ?? i + 1 })} size={128} />
              {redUrl && (
                <p class="fac-link fac-redcell">
                  {t("f.redCell.handout", { code: table.code })}{" "}
                  <a href={redUrl}>
                    <LinkText url={redUrl} code={table.code} />
                  </a>
                </p>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The handout stored when the session was created in this browser. */
export function storedHandout(sessionId: string): Omit<CreatedSession, "facilitatorKey"> | null {
  try {
    const raw = localStorage.getItem(HANDOUT_KEY + sessionId);
    return raw ? (JSON.parse(raw) as Omit<CreatedSession, "facilitatorKey">) : null;
  } catch {
    return null;
  }
}
