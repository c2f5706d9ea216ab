// The red cell's brief, where other seats read theirs: Moscow's objectives and how it scores (its
// points for the terms of a framework that stands, its no-deal value, the outcome line and each
// stress-test year). Only the red cell and the facilitator ever receive it.
import { RED_CELL_YEAR_PARTS, type RedCellBrief } from "@ironclad/engine";
import { loc, t } from "../i18n/index.ts";
import { Flag } from "../ui/flag.tsx";
import { OutcomePointsList, PointTable, signed } from "./brief-points.tsx";
import { seatFlag, seatName, useTable } from "./table-context.ts";

/** The red cell's private brief, for the red cell's own screen. */
export function RedCellBriefPanel({ brief, seat }: { brief: RedCellBrief; seat: string }) {
  const { snap, scenario } = useTable();
  return (
    <section class="panel brief-panel red-cell-brief" aria-labelledby="brief-title">
      <p class="panel-eyebrow">{t("redCell.eyebrow")}</p>
      <header class="brief-head">
        <Flag code={seatFlag(scenario, seat)} size="lg" />
        <h2 id="brief-title">{t("brief.titleFor", { seat: seatName(scenario, seat) })}</h2>
      </header>
      <p class="panel-hint">{t("brief.moscow")}</p>
      <h3 class="brief-sub">{t("brief.objectives")}</h3>
      <p class="brief-objectives">{loc(brief.objectives)}</p>
      <dl class="brief-facts">
        <div>
          <dt>{t("redCell.noDeal")}</dt>
          <dd class="big-number">{brief.noDealValue}</dd>
        </div>
      </dl>
      <h3 class="brief-sub">{t("redCell.yearPoints")}</h3>
      <ul class="outcome-points" data-testid="red-cell-year-points">
        {RED_CELL_YEAR_PARTS.map((part) => (
          <li key={part}>
            <span>{t(`redCell.part.${part}`)}</span>
            <span class="num">{signed(brief.yearPoints[part])}</span>
          </li>
        ))}
      </ul>
      <h3 class="brief-sub">{t("brief.outcome")}</h3>
      <OutcomePointsList points={brief.outcomePoints} />
      <PointTable
        issues={scenario.issues}
        points={brief.pointTable}
        chosen={(issue) => snap.pub?.framework?.package[issue] ?? snap.draft[issue]}
        summary="redCell.pointTable"
        caption="redCell.pointTableCaption"
      />
    </section>
  );
}
