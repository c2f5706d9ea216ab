// My brief: objectives, no-deal value, red lines, outcome points and the point table (the red
// cell's, its own kind of brief). Only my own seat's brief ever reaches this browser (the server's
// StateView holds no other).
import { formatShare, loc, locale, t } from "../i18n/index.ts";
import { Flag } from "../ui/flag.tsx";
import { OutcomePointsList, PointTable } from "./brief-points.tsx";
import { RedCellBriefPanel } from "./red-cell-brief.tsx";
import { seatFlag, seatName, useTable } from "./table-context.ts";

/**
 * Domestic pressure (the scenario's rule, when it has one): the seat it fell on at this table reads
 * why and what its no-deal value is here; every other seat reads that some seat may be under it.
 */
function PressureNote({ value }: { value: number }) {
  const { snap, scenario, mySeat } = useTable();
  const rule = scenario.pressure;
  if (!rule) return null;
  const mine = snap.mine?.pressure;
  if (mine && mine.seat === mySeat)
    return (
      <div class="brief-pressure" role="note">
        <h3 class="brief-sub">{t("brief.pressure")}</h3>
        <p>{loc(rule.text)}</p>
        <p>{t("brief.pressureValue", { value, points: mine.points, usual: value - mine.points })}</p>
      </div>
    );
  return (
    <p class="hint brief-pressure-maybe">
      {t("brief.pressureMaybe", {
        share: formatShare(rule.share),
        points: rule.points,
        seats: rule.seats
          ? new Intl.ListFormat(locale(), { type: "disjunction" }).format(rule.seats.map((s) => seatName(scenario, s)))
          : t("brief.pressureAnySeat"),
      })}
    </p>
  );
}

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
      <PressureNote value={brief.noDealValue} />
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
      <OutcomePointsList points={brief.outcomePoints} />
      <PointTable
        issues={scenario.issues}
        points={brief.pointTable}
        chosen={(issue) => snap.draft[issue]}
        redLines={brief.redLines}
        summary="brief.pointTable"
        caption="brief.pointTableCaption"
      />
    </section>
  );
}
