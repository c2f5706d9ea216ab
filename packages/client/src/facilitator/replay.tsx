// Replay and fork on the report page: the table after any step of its log as any viewer saw it
// (GET …/replay), and a new table of the session from that moment (POST …/fork).
import { useEffect, useState } from "preact/hooks";
import { errorText, loc, t, tOr } from "../i18n/index.ts";
import type { ApiFailure } from "../net/api.ts";
import { Bar } from "./charts.tsx";
import { forkTable, type ReplayStep, replayAt } from "./fapi.ts";
import { timelineLine } from "./report-timeline.ts";

export function ReplaySection({
  sessionId,
  tableId,
  actions,
  seats,
  nameOf,
}: {
  sessionId: string;
  tableId: string;
  actions: number;
  seats: string[];
  nameOf: (seat: string) => string;
}) {
  const [viewer, setViewer] = useState("facilitator");
  const [step, setStep] = useState(actions);
  const [data, setData] = useState<ReplayStep | null>(null);
  // Kept as data and put into words when shown, so they follow a language switch.
  const [error, setError] = useState<ApiFailure | null>(null);
  const [forked, setForked] = useState<{ code: string; step: number; url: string } | null>(null);
  useEffect(() => {
    let live = true;
    const timer = setTimeout(() => {
      replayAt(sessionId, tableId, step, viewer).then(
        (d) => {
          if (!live) return;
          setData(d);
          setError(null);
        },
        (e: ApiFailure) => live && setError(e),
      );
    }, 150);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [sessionId, tableId, step, viewer]);
  const v = data?.view;
  const optionLabel = (issue: string, option: string | null) => {
    if (!option) return t("f.drill.blank");
    const o = v?.scenario.issues.find((i) => i.id === issue)?.options.find((x) => x.id === option);
    return o ? loc(o.label) : option;
  };
  const fork = () =>
    forkTable(sessionId, tableId, step).then(
      (f) => setForked({ code: f.code, step: f.step, url: f.joinUrl }),
      (e: ApiFailure) => setError(e),
    );
  return (
    <section class="fac-rep-section no-print" aria-labelledby="rep-replay" data-section="replay">
      <h2 id="rep-replay">{t("f.rp.title")}</h2>
      <p class="hint">{t("f.rp.hint")}</p>
      <div class="fac-replay-bar">
        <div class="field">
          <label for="rp-viewer">{t("f.rp.viewer")}</label>
          <select id="rp-viewer" value={viewer} onChange={(e) => setViewer((e.target as HTMLSelectElement).value)}>
            <option value="facilitator">{t("f.rp.facilitator")}</option>
            <option value="observer">{t("f.rp.observer")}</option>
            <option value="moscow">{t("f.rp.moscow")}</option>
            {seats.map((s) => (
              <option key={s} value={`seat:${s}`}>
                {nameOf(s)}
              </option>
            ))}
          </select>
        </div>
        <div class="field fac-replay-step">
          <label for="rp-step">{t("f.rp.step")}</label>
          <div class="fac-replay-slider">
            <button
              type="button"
              class="button button-small"
              aria-label={t("f.rp.prev")}
              disabled={step <= 0}
              onClick={() => setStep(step - 1)}
            >
              ←
            </button>
            <input
              id="rp-step"
              type="range"
              min={0}
              max={actions}
              value={step}
              onInput={(e) => setStep(Number((e.target as HTMLInputElement).value))}
            />
            <button
              type="button"
              class="button button-small"
              aria-label={t("f.rp.next")}
              disabled={step >= actions}
              onClick={() => setStep(step + 1)}
            >
              →
            </button>
          </div>
        </div>
      </div>
      {error && (
        <p class="form-error" role="alert">
          {errorText(error.code, error.message)}
        </p>
      )}
      {data && v && (
        <div class="fac-replay-view" data-testid="replay-view">
          <p class="fac-label">{t("f.rp.of", { step: data.step, of: data.of })}</p>
          <p class="fac-replay-text">
            {data.step === 0 ? t("f.rp.start") : timelineLine({ ...data, type: "" }, v.scenario)}
          </p>
          <p class="hint">
            {tOr(`f.phase.${v.phase}`, v.phase)}
            {v.round > 0 && ` · ${t("f.round", { n: v.round })}`}
            {v.phase === "stress" && ` · ${t("f.year", { n: v.year })}`}
          </p>
          <div class="fac-rep-two">
            <table class="fac-table">
              <tbody>
                {v.scenario.issues.map((i) => (
                  <tr key={i.id}>
                    <th scope="row">{loc(i.name)}</th>
                    <td>{optionLabel(i.id, v.draft[i.id] ?? null)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <div>
              {v.readout &&
                (["legal", "military", "political"] as const).map((c) => (
                  <Bar key={c} label={t(`f.crit.${c}`)} value={v.readout?.[c] ?? 0} tone={c} />
                ))}
              {v.brief && (
                <div class="fac-replay-brief">
                  <h3>{t("f.rp.brief")}</h3>
                  <p>{loc(v.brief.objectives)}</p>
                  <p class="hint">{t("f.drill.noDeal", { n: v.brief.noDealValue })}</p>
                </div>
              )}
            </div>
          </div>
          <div class="fac-actions">
            <button type="button" class="button" onClick={() => void fork()}>
              {t("f.rp.fork", { step })}
            </button>
          </div>
          {forked && (
            <p class="fac-ok" role="status">
              {t("f.rp.forked", forked)}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
