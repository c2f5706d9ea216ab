// The parts of a brief that every kind of brief shows the same way: the points for each way the
// framework ends, and the point table issue by issue (a seat's, or the red cell's for the terms).
import type { PrivateBrief, PublicScenario } from "@ironclad/engine";
import { Fragment } from "preact";
import { loc, type MessageKey, t } from "../i18n/index.ts";

/** A number with its sign. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}

const OUTCOMES = ["held", "eroded", "failed", "escalated"] as const;

/** Points for each way the framework ends. */
export function OutcomePointsList({ points }: { points: Record<(typeof OUTCOMES)[number], number> }) {
  return (
    <ul class="outcome-points">
      {OUTCOMES.map((o) => (
        <li key={o}>
          <span>{t(`outcome.${o}`)}</span>
          <span class="num">{signed(points[o])}</span>
        </li>
      ))}
    </ul>
  );
}

/** A point table, issue by issue: the option `chosen` holds marked (for screen readers too), red lines shaded. */
export function PointTable({
  issues,
  points,
  chosen,
  redLines = [],
  summary,
  caption,
}: {
  issues: PublicScenario["issues"];
  points: Record<string, Record<string, number>>;
  chosen: (issue: string) => string | null | undefined;
  redLines?: PrivateBrief["redLines"];
  summary: MessageKey;
  caption: MessageKey;
}) {
  return (
    <details class="point-table" open>
      <summary>{t(summary)}</summary>
      <table>
        <caption class="visually-hidden">{t(caption)}</caption>
        <tbody>
          {issues.map((issue) => (
            <Fragment key={issue.id}>
              <tr class="pt-issue">
                <th scope="colgroup" colSpan={2}>
                  {loc(issue.name)}
                </th>
              </tr>
              {issue.options.map((o) => {
                const isChosen = chosen(issue.id) === o.id;
                const red = redLines.some((r) => r.issue === issue.id && r.options.includes(o.id));
                return (
                  <tr key={`${issue.id}-${o.id}`} class={`${isChosen ? "is-chosen" : ""}${red ? " is-red-line" : ""}`}>
                    <th scope="row">
                      {loc(o.label)}
                      {isChosen && <span class="visually-hidden"> ({t("brief.inDraft")})</span>}
                    </th>
                    <td class="num">{signed(points[issue.id]?.[o.id] ?? 0)}</td>
                  </tr>
                );
              })}
            </Fragment>
          ))}
        </tbody>
      </table>
    </details>
  );
}
