// The red cell's score at the debrief, in plain words: its points for the terms (or its no-deal
// value), what each stress-test year gave and cost it, the outcome, and its objectives. The engine
// computes every number (red-cell-score.ts); this only lays them out.
import type { RedCellBrief, SeatScore } from "@ironclad/engine";
import { loc, t } from "../i18n/index.ts";
import { signed } from "./brief-points.tsx";
import { seatName, useTable } from "./table-context.ts";

type YearScore = NonNullable<SeatScore["redCell"]>["years"][number];

/** Each part of a year that gave or cost the red cell something, worded (a quiet year has none). */
export function yearParts(y: YearScore): string[] {
  const parts: string[] = [];
  if (y.gains !== 0 || y.securityTaken > 0)
    parts.push(t("redCell.year.gains", { taken: Math.round(y.securityTaken), points: signed(y.gains) }));
  if (y.brokenPromises > 0) parts.push(t("redCell.year.broken", { count: y.brokenPromises }));
  if (y.split) parts.push(t("redCell.year.split"));
  if (y.division !== 0) parts.push(t("redCell.year.division", { points: signed(y.division) }));
  if (y.snapBack) parts.push(t("redCell.year.snapBack"));
  if (y.unitedAnswer) parts.push(t("redCell.year.united"));
  if (y.costs !== 0) parts.push(t("redCell.year.costs", { points: signed(y.costs) }));
  return parts;
}

/** The red cell's own score with every part, for the red cell's debrief. */
export function RedCellScore({ score, brief }: { score: SeatScore; brief: RedCellBrief | null }) {
  const { scenario } = useTable();
  const red = score.redCell;
  return (
    <div class="my-score red-cell-score" data-testid="red-cell-score">
      <h3>{t("debrief.yourScore", { seat: seatName(scenario, score.seat) })}</h3>
      <p class="panel-hint">{t("redCell.how")}</p>
      <table class="score-parts">
        <tbody>
          <tr>
            <th scope="row">{score.concluded ? t("redCell.terms") : t("redCell.noTerms")}</th>
            <td class="num">{score.dealPoints}</td>
          </tr>
          <tr>
            <th scope="row">{t("redCell.years")}</th>
            <td class="num">{signed(red?.yearPoints ?? 0)}</td>
          </tr>
          <tr>
            <th scope="row">{t("debrief.outcomePoints")}</th>
            <td class="num">{signed(score.outcomePoints)}</td>
          </tr>
          <tr class="total">
            <th scope="row">{t("debrief.total")}</th>
            <td class="num">{score.total}</td>
          </tr>
          <tr>
            <th scope="row">{t("analysis.noDealValue")}</th>
            <td class="num">{score.noDealValue}</td>
          </tr>
        </tbody>
      </table>
      <p class={`margin-verdict ${score.margin >= 0 ? "is-above" : "is-below"}`}>
        {score.margin >= 0
          ? t("analysis.above", { margin: score.margin })
          : t("analysis.below", { margin: -score.margin })}
      </p>
      {red && red.years.length > 0 && (
        <ol class="red-cell-years">
          {red.years.map((y) => {
            const parts = yearParts(y);
            return (
              <li key={y.year}>
                <strong>
                  {t("stress.year", { year: y.year })} · {t(`moscow.${y.action}`)}
                </strong>
                <span class="red-cell-year-what">{parts.length > 0 ? parts.join(" · ") : t("redCell.year.quiet")}</span>
                <span class="num red-cell-year-points">{signed(y.points)}</span>
              </li>
            );
          })}
        </ol>
      )}
      {brief && (
        <details class="red-cell-objectives">
          <summary>{t("redCell.objectives")}</summary>
          <p>{loc(brief.objectives)}</p>
        </details>
      )}
    </div>
  );
}
