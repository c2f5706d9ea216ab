// The red cell's brief, where other seats read theirs: Moscow's objectives and how it scores (its
// points for the terms of a framework that stands, its no-deal value, the outcome line and each
// stress-test year). Only the red cell and the facilitator ever receive it.
import { RED_CELL_YEAR_PARTS, type RedCellBrief } from "@ironclad/engine";
import { Fragment } from "preact";
import { loc, t } from "../i18n/index.ts";
import { Flag } from "../ui/flag.tsx";
import { signed } from "./brief-panel.tsx";
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
      <ul class="outcome-points">
        {(["held", "eroded", "failed", "escalated"] as const).map((o) => (
          <li key={o}>
            <span>{t(`outcome.${o}`)}</span>
            <span class="num">{signed(brief.outcomePoints[o])}</span>
          </li>
        ))}
      </ul>
      <details class="point-table" open>
        <summary>{t("redCell.pointTable")}</summary>
        <table>
          <caption class="visually-hidden">{t("redCell.pointTableCaption")}</caption>
          <tbody>
            {scenario.issues.map((issue) => (
              <Fragment key={issue.id}>
                <tr class="pt-issue">
                  <th scope="colgroup" colSpan={2}>
                    {loc(issue.name)}
                  </th>
                </tr>
                {issue.options.map((o) => {
                  const chosen = (snap.pub?.framework?.package[issue.id] ?? snap.draft[issue.id]) === o.id;
                  return (
                    <tr key={`${issue.id}-${o.id}`} class={chosen ? "is-chosen" : ""}>
                      <th scope="row">
                        {loc(o.label)}
                        {chosen && <span class="visually-hidden"> ({t("brief.inDraft")})</span>}
                      </th>
                      <td class="num">{signed(brief.pointTable[issue.id]?.[o.id] ?? 0)}</td>
                    </tr>
                  );
                })}
              </Fragment>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
