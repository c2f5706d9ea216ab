// My brief: objectives, no-deal value, red lines, outcome points and the point table (the red
// cell's, its own kind of brief). Only my own seat's brief ever reaches this browser (the server's
// StateView holds no other).
import { Fragment } from "preact";
import { loc, t } from "../i18n/index.ts";
import { Flag } from "../ui/flag.tsx";
import { RedCellBriefPanel } from "./red-cell-brief.tsx";
import { seatFlag, seatName, useTable } from "./table-context.ts";

/** The private brief of my seat, or what an observer sees instead. */
export function BriefPanel() {
  const { snap, scenario, mySeat, welcome } = useTable();
  const brief = snap.mine?.brief;
  // The red cell reads its own brief here, as every seat does (#17, item 10).
  const redCellBrief = welcome?.viewer.kind === "moscow" ? snap.mine?.redCellBrief : null;
  const redSeat = scenario.seats.find((s) => s.kind === "redcell")?.id;
  if (redCellBrief && redSeat) return <RedCellBriefPanel brief={redCellBrief} seat={redSeat} />;
  if (!brief || !mySeat) {
    return (
      <section class="panel brief-panel" aria-labelledby="brief-title">
        <h2 id="brief-title">{t("brief.title")}</h2>
        <p class="muted">{welcome?.viewer.kind === "moscow" ? t("brief.moscow") : t("brief.none")}</p>
      </section>
    );
  }
  const seat = scenario.seats.find((s) => s.id === mySeat);
  return (
    <section class="panel brief-panel" aria-labelledby="brief-title">
      <p class="panel-eyebrow">{t("brief.eyebrow")}</p>
      <header class="brief-head">
        <Flag code={seatFlag(scenario, mySeat)} size="lg" />
        <h2 id="brief-title">{t("brief.titleFor", { seat: seatName(scenario, mySeat) })}</h2>
      </header>
      <h3 class="brief-sub">{t("brief.objectives")}</h3>
      <p class="brief-objectives">{loc(brief.objectives)}</p>
      <dl class="brief-facts">
        <div>
          <dt>{t("brief.noDeal")}</dt>
          <dd class="big-number">{brief.noDealValue}</dd>
        </div>
        {seat && (
          <div>
            <dt>{t("brief.capital")}</dt>
            <dd class="big-number">{snap.seats[mySeat]?.capital ?? seat.politicalCapital}</dd>
          </div>
        )}
      </dl>
      {brief.redLines.length > 0 && (
        <>
          <h3 class="brief-sub">{t("brief.redLines")}</h3>
          <ul class="red-lines">
            {brief.redLines.map((r) => (
              <li key={`${r.issue}-${r.options.join("-")}`}>{loc(r.text)}</li>
            ))}
          </ul>
        </>
      )}
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
        <summary>{t("brief.pointTable")}</summary>
        <table>
          <caption class="visually-hidden">{t("brief.pointTableCaption")}</caption>
          <tbody>
            {scenario.issues.map((issue) => (
              <Fragment key={issue.id}>
                <tr class="pt-issue">
                  <th scope="colgroup" colSpan={2}>
                    {loc(issue.name)}
                  </th>
                </tr>
                {issue.options.map((o) => {
                  const chosen = snap.draft[issue.id] === o.id;
                  const red = brief.redLines.some((r) => r.issue === issue.id && r.options.includes(o.id));
                  return (
                    <tr key={`${issue.id}-${o.id}`} class={`${chosen ? "is-chosen" : ""}${red ? " is-red-line" : ""}`}>
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

/** A number with its sign. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : String(n);
}
