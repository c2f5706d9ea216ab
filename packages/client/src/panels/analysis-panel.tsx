// Deal analysis: the model's public read-out of the complete draft (or of the framework), and,
// privately, what the draft scores for my seat against my no-deal value.
import type { DealReadout } from "@ironclad/engine";
import { loc, t } from "../i18n/index.ts";
import type { PublicScenario } from "../net/table-types.ts";
import { seatName, useTable } from "./table-context.ts";

const METRICS = ["legal", "military", "political", "clarity", "escalation", "deterrence"] as const;

/** The public read-out and my private preview. */
export function AnalysisPanel() {
  const { snap, scenario, mySeat } = useTable();
  const readout = snap.pub?.readout ?? null;
  const noDeal = snap.pub?.noDeal;
  const preview = snap.mine?.preview ?? null;
  const missing = scenario.issues.filter((i) => !snap.draft[i.id]).length;
  return (
    <section class="panel analysis-panel" aria-labelledby="analysis-title">
      <header class="panel-head">
        <h2 id="analysis-title">{t("analysis.title")}</h2>
        <p class="panel-meta">{snap.pub?.framework ? t("analysis.ofFramework") : t("analysis.ofDraft")}</p>
      </header>
      {readout ? (
        <Readout readout={readout} noDealRisk={noDeal?.offensiveRisk ?? null} />
      ) : snap.pub?.framework && !snap.pub.framework.stands ? (
        // Concluded, then sunk in ratification: there is no framework to read out.
        <p class="muted">{t("analysis.noFramework")}</p>
      ) : (
        <p class="muted">{t("analysis.incomplete", { count: missing })}</p>
      )}
      {mySeat && preview && (
        <section class="my-preview" aria-labelledby="preview-title">
          <h3 id="preview-title">{t("analysis.private")}</h3>
          <ScoreVsNoDeal
            points={preview.points}
            noDeal={preview.noDealValue}
            label={previewPointsLabel(Boolean(snap.pub?.framework))}
          />
          {preview.redLinesCrossed.length > 0 && (
            <ul class="red-lines crossed" aria-label={t("analysis.crossed")}>
              {preview.redLinesCrossed.map((r) => (
                <li key={`${r.issue}-${r.options.join("-")}`}>{loc(r.text)}</li>
              ))}
            </ul>
          )}
        </section>
      )}
    </section>
  );
}

/** The six public measures of a deal as labelled bars, and the offensive risk against no deal (with `riskNote` saying what that risk is). */
export function Readout({
  readout,
  noDealRisk,
  riskNote,
}: {
  readout: DealReadout;
  noDealRisk: number | null;
  riskNote?: string;
}) {
  const { snap, scenario } = useTable();
  const odds = ratificationOdds(readout, scenario);
  return (
    <div class="readout">
      <ul class="meters">
        {METRICS.map((m) => {
          const value = Math.round(readout[m]);
          return (
            <li key={m} class={`meter meter-${m}`} data-metric={m}>
              <span class="meter-label">{t(`criteria.${m}`)}</span>
              <span class="meter-track" aria-hidden="true">
                <span class="meter-fill" style={{ width: `${Math.max(2, value)}%` }} />
              </span>
              <span class="meter-value">{value}</span>
            </li>
          );
        })}
      </ul>
      <p class="risk-line">
        {t("analysis.risk", { risk: pct(readout.offensiveRisk) })}
        {noDealRisk !== null && <span class="muted"> · {t("analysis.riskNoDeal", { risk: pct(noDealRisk) })}</span>}
      </p>
      {riskNote && <p class="panel-hint risk-note">{riskNote}</p>}
      {/* The model reads the text as written: frameworks that stood were attacked more often than this
          says, since guarantors broke promises (#20 part 1). Players are told so, plainly. */}
      <p class="panel-hint assumes-kept">{t("analysis.assumesKept")}</p>
      {odds.length > 0 && (
        <p class="ratify-odds" data-testid="ratify-odds">
          {t(snap.pub?.framework ? "analysis.ratifyOddsFramework" : "analysis.ratifyOdds")}{" "}
          {odds.map((o, i) => (
            <span key={o.seat} class="ratify-odd" data-seat={o.seat}>
              {i > 0 && " · "}
              {o.name}&nbsp;<strong>{o.odds}</strong>
            </span>
          ))}
        </p>
      )}
    </div>
  );
}

/** Each signatory's odds of ratifying, as the engine's read-out gives them, in the scenario's seat order. */
export function ratificationOdds(
  readout: DealReadout,
  scenario: PublicScenario,
): { seat: string; name: string; odds: string }[] {
  return scenario.seats
    .filter((s) => readout.ratification[s.id] !== undefined)
    .map((s) => ({ seat: s.id, name: seatName(scenario, s.id), odds: pct(readout.ratification[s.id] ?? 0) }));
}

/**
 * What the preview's points are: for the draft, "your points"; once a framework is signed, its points
 * before the outcome and penalties, so they are not read as the debrief's total (which may differ).
 */
export function previewPointsLabel(framework: boolean): string {
  return framework ? t("analysis.frameworkPoints") : t("analysis.yourPoints");
}

/** My points for a package against my no-deal value, as two numbers and a bar. */
export function ScoreVsNoDeal({ points, noDeal, label }: { points: number | null; noDeal: number; label?: string }) {
  if (points === null) return <p class="muted">{t("analysis.noPoints", { noDeal })}</p>;
  const margin = points - noDeal;
  const scale = Math.max(100, points, noDeal);
  return (
    <div class={`score-vs ${margin >= 0 ? "is-above" : "is-below"}`}>
      <p class="score-vs-numbers">
        <span>
          <span class="big-number">{points}</span> {label ?? t("analysis.yourPoints")}
        </span>
        <span>
          <span class="big-number muted-number">{noDeal}</span> {t("analysis.noDealValue")}
        </span>
      </p>
      <div class="score-bar" aria-hidden="true">
        <span class="score-bar-fill" style={{ width: `${Math.max(0, (points / scale) * 100)}%` }} />
        <span class="score-bar-mark" style={{ left: `${(noDeal / scale) * 100}%` }} />
      </div>
      <p class="score-vs-verdict">
        {margin >= 0 ? t("analysis.above", { margin }) : t("analysis.below", { margin: -margin })}
      </p>
    </div>
  );
}

/** A 0–1 probability as a whole percentage. */
export function pct(p: number): string {
  return `${Math.round(p * 100)}%`;
}
