// The setup form's clock: each setting in minutes (or a count) with the scenario's own as default,
// presets for a lesson or a workshop, and the game's planned length, updated as the facilitator
// types. The plan is the engine's plannedLength (session-plan.ts); the limits are the protocol's.
import type { Timings } from "@ironclad/engine";
import { MAX_PLANNED_SECONDS } from "@ironclad/engine";
import { formatNumber, t } from "../i18n/index.ts";
import {
  isCount,
  matchingPreset,
  PLAN_KEYS,
  type PlanProblem,
  type PlanText,
  PRESETS,
  planOf,
  presetText,
  readPlan,
  shownText,
} from "./session-plan.ts";

/** Minutes (rounded up) as "1 h 05 min" or "48 min". */
export function durationText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  if (minutes < 60) return t("plan.minutes", { m: minutes });
  return t("plan.hours", { h: Math.floor(minutes / 60), m: String(minutes % 60).padStart(2, "0") });
}

function problemText(key: (typeof PLAN_KEYS)[number], p: PlanProblem): string {
  if (p.kind === "not_a_number") return t("plan.problem.number");
  if (p.kind === "whole") return t("plan.problem.whole");
  return isCount(key)
    ? t("plan.problem.count", { min: p.min, max: p.max })
    : t("plan.problem.minutes", {
        min: formatNumber(Math.round((p.min / 60) * 100) / 100),
        max: formatNumber(p.max / 60),
      });
}

/** The timings block of the setup form. */
export function TimingsBlock({
  text,
  defaults,
  humanRedCell,
  onChange,
}: {
  text: PlanText;
  /** The scenario's own clock (null while it loads). */
  defaults: Timings | null;
  humanRedCell: boolean;
  onChange: (next: PlanText) => void;
}) {
  const { timings, problems } = readPlan(text);
  const plan = defaults ? planOf(defaults, timings, humanRedCell) : null;
  const preset = defaults ? matchingPreset(text, defaults) : null;
  const tooLong = plan !== null && plan.total > MAX_PLANNED_SECONDS;
  const count = (k: "rounds" | "years") => (defaults ? (timings[k] ?? defaults[k]) : 0);
  return (
    <section class="card fac-block fac-plan" aria-labelledby="tm-title">
      <h2 id="tm-title">{t("plan.title")}</h2>
      <fieldset class="fac-presets">
        <legend>{t("plan.presets")}</legend>
        <div class="fac-preset-row">
          {PRESETS.map((p) => (
            <button
              key={p.id}
              type="button"
              class={`button button-small${preset?.id === p.id ? " is-on" : ""}`}
              aria-pressed={preset?.id === p.id}
              data-preset={p.id}
              onClick={() => onChange(presetText(p))}
            >
              {t(`plan.preset.${p.id}`)}
            </button>
          ))}
          <button
            type="button"
            class="button button-small button-quiet"
            disabled={Object.keys(text).length === 0}
            onClick={() => onChange({})}
          >
            {t("plan.reset")}
          </button>
        </div>
      </fieldset>
      <div class="fac-timings">
        {PLAN_KEYS.map((k) => {
          const problem = problems[k];
          const id = `f-t-${k}`;
          return (
            <div class={`field${problem ? " has-problem" : ""}`} key={k}>
              <label for={id}>{t(`plan.t.${k}`)}</label>
              <input
                id={id}
                type="number"
                inputMode={isCount(k) ? "numeric" : "decimal"}
                step={isCount(k) ? 1 : "any"}
                min={isCount(k) ? 1 : 0}
                value={defaults ? shownText(k, text, defaults) : (text[k] ?? "")}
                aria-invalid={problem ? true : undefined}
                aria-describedby={problem ? `${id}-problem` : undefined}
                onInput={(e) => onChange({ ...text, [k]: (e.target as HTMLInputElement).value })}
              />
              {problem && (
                <p class="fac-field-problem" id={`${id}-problem`}>
                  {problemText(k, problem)}
                </p>
              )}
            </div>
          );
        })}
      </div>
      {plan && (
        <div class={`fac-plan-total${tooLong ? " is-bad" : ""}`} aria-live="polite" data-testid="planned-length">
          <p class="fac-plan-sum">
            <span>{t("plan.total")}</span> <strong>{durationText(plan.total)}</strong>
          </p>
          <ul class="fac-plan-parts">
            <li>
              <span>{t("plan.part.briefing")}</span> <strong>{durationText(plan.briefing)}</strong>
            </li>
            <li>
              <span>{t("plan.part.talks", { count: count("rounds") })}</span>{" "}
              <strong>{durationText(plan.negotiation)}</strong>
            </li>
            <li>
              <span>{t("plan.part.vote")}</span> <strong>{durationText(plan.votes + plan.ratification)}</strong>
            </li>
            <li>
              <span>{t("plan.part.stress", { count: count("years") })}</span>{" "}
              <strong>{durationText(plan.stress)}</strong>
            </li>
          </ul>
          <p class="hint">
            {tooLong
              ? t("plan.tooLong", { max: MAX_PLANNED_SECONDS / 3600 })
              : preset
                ? t("plan.leaves", {
                    lesson: preset.lessonMinutes,
                    m: preset.lessonMinutes - Math.ceil(plan.total / 60),
                  })
                : t("plan.how")}
          </p>
        </div>
      )}
    </section>
  );
}

/** Whether the form's clock can be sent (every setting readable and within limits, the plan not too long). */
export function planReady(text: PlanText, defaults: Timings | null, humanRedCell: boolean): boolean {
  const { timings, problems } = readPlan(text);
  if (Object.keys(problems).length > 0) return false;
  return !defaults || planOf(defaults, timings, humanRedCell).total <= MAX_PLANNED_SECONDS;
}
