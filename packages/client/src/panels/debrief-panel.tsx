// The debrief: the outcome line, my score and its parts against my no-deal value (the red cell's
// with its own parts), every seat's margin, the deal's criteria, the words given in linked offers
// (kept, broken or void) and the years as they happened (with Kyiv's own move in each).
import { brokenTerms, partyOf, protectedSeat } from "@ironclad/engine";
import { loc, t } from "../i18n/index.ts";
import type { PublicPart } from "../net/table-types.ts";
import { Flag } from "../ui/flag.tsx";
import { Readout } from "./analysis-panel.tsx";
import { signed } from "./brief-points.tsx";
import { useAmendmentLabel } from "./offers-panel.tsx";
import { PlayAgain } from "./play-again.tsx";
import { RedCellScore } from "./red-cell-score.tsx";
import { seatFlag, seatName, useTable } from "./table-context.ts";

/** Shown in the `debrief` phase. */
export function DebriefPanel() {
  const { snap, scenario, mySeat } = useTable();
  const pub = snap.pub;
  if (!pub) return null;
  const my = snap.mine?.myScore;
  const scores = [...(pub.scores ?? [])].sort((a, b) => b.margin - a.margin);
  const maxAbs = Math.max(10, ...scores.map((s) => Math.abs(s.margin)));
  const kyiv = protectedSeat({ seatOrder: snap.seatOrder, scenario });
  return (
    <section class="panel debrief-panel" aria-labelledby="debrief-title">
      <p class="panel-eyebrow">{t("phase.debrief")}</p>
      {pub.notPlayed ? (
        <>
          <h2 id="debrief-title" class="outcome-line outcome-none">
            {t("outcome.notPlayed.line")}
          </h2>
          <p class="panel-hint">{t("debrief.notPlayed")}</p>
        </>
      ) : (
        <>
          <h2 id="debrief-title" class={`outcome-line outcome-${pub.outcome ?? "none"}`}>
            {pub.outcome ? t(`outcome.${pub.outcome}.line`) : t("debrief.noOutcome")}
          </h2>
          <p class="panel-hint">
            {pub.framework?.stands ? t("debrief.withDeal") : t("debrief.withoutDeal")}
            {pub.endedEarly && ` ${t("debrief.endedEarly")}`}
          </p>
        </>
      )}
      {/* The red cell's score has parts of its own (#17, item 10). */}
      {my?.redCell && <RedCellScore score={my} brief={snap.mine?.redCellBrief ?? null} />}
      {my && mySeat && !my.redCell && (
        <div class="my-score">
          <h3>{t("debrief.yourScore", { seat: seatName(scenario, mySeat) })}</h3>
          <table class="score-parts">
            <tbody>
              <tr>
                <th scope="row">{my.concluded ? t("debrief.dealPoints") : t("debrief.noDealPoints")}</th>
                <td class="num">{my.dealPoints}</td>
              </tr>
              <tr>
                <th scope="row">{t("debrief.outcomePoints")}</th>
                <td class="num">{signed(my.outcomePoints)}</td>
              </tr>
              {my.unanimityBonus !== 0 && (
                <tr>
                  <th scope="row">{t("debrief.unanimity")}</th>
                  <td class="num">{signed(my.unanimityBonus)}</td>
                </tr>
              )}
              {my.brokenPromisePenalty !== 0 && (
                <tr>
                  <th scope="row">{t("debrief.broken")}</th>
                  <td class="num">{signed(-my.brokenPromisePenalty)}</td>
                </tr>
              )}
              <tr class="total">
                <th scope="row">{t("debrief.total")}</th>
                <td class="num">{my.total}</td>
              </tr>
              <tr>
                <th scope="row">{t("analysis.noDealValue")}</th>
                <td class="num">{my.noDealValue}</td>
              </tr>
            </tbody>
          </table>
          <p class={`margin-verdict ${my.margin >= 0 ? "is-above" : "is-below"}`}>
            {my.margin >= 0 ? t("analysis.above", { margin: my.margin }) : t("analysis.below", { margin: -my.margin })}
          </p>
        </div>
      )}
      <PlayAgain />
      {scores.length > 0 && (
        <div class="all-scores">
          <h3>{t("debrief.table")}</h3>
          <ul class="margins">
            {scores.map((s) => (
              <li key={s.seat} class={s.margin >= 0 ? "is-above" : "is-below"}>
                <Flag code={seatFlag(scenario, s.seat)} size="sm" />
                <span class="margin-seat">{seatName(scenario, s.seat)}</span>
                <span class="margin-bar" aria-hidden="true">
                  <span
                    class="margin-fill"
                    style={{
                      width: `${(Math.abs(s.margin) / maxAbs) * 50}%`,
                      [s.margin >= 0 ? "left" : "right"]: "50%",
                    }}
                  />
                </span>
                <span class="num">{t("debrief.margin", { margin: signed(s.margin) })}</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {pub.readout && (
        <div>
          <h3>{t("debrief.criteria")}</h3>
          {/* Two "major offensive" figures meet in the debrief: each says which it is (#18). */}
          <Readout readout={pub.readout} noDealRisk={pub.noDeal.offensiveRisk} riskNote={t("debrief.riskNote")} />
        </div>
      )}
      {pub.futures && <Futures futures={pub.futures} />}
      {pub.offers.length > 0 && <WordsGiven offers={pub.offers} />}
      {pub.years.length > 0 && (
        <div>
          <h3>{t("debrief.years")}</h3>
          <ol class="debrief-years">
            {pub.years.map((y) => (
              <li key={y.year}>
                <strong>{t("stress.year", { year: y.year })}</strong>
                <span>{y.event ? loc(y.event.title) : ""}</span>
                <span>{y.moscowAction ? t(`moscow.${y.moscowAction}`) : ""}</span>
                {y.protectedMove && kyiv && (
                  <span class="debrief-kyiv-move">
                    {t("debrief.protectedMove", {
                      seat: seatName(scenario, kyiv),
                      move: t(`protectedMove.${y.protectedMove}`),
                    })}
                  </span>
                )}
                {y.adjudication && (
                  <span class="muted">
                    {t("debrief.yearStats", {
                      security: Math.round(y.adjudication.securityAfter),
                      unity: Math.round(y.adjudication.unityAfter),
                    })}
                  </span>
                )}
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}

type Offer = PublicPart["offers"][number];

/** Every accepted linked offer term by term (who owed what, and whether it was kept), and each seat's broken count. */
function WordsGiven({ offers }: { offers: readonly Offer[] }) {
  const { snap, scenario } = useTable();
  const accepted = offers.filter((o) => o.status === "accepted" && o.acceptedBy !== null);
  // The engine counts the broken terms; the seats listed are those that gave their word.
  const broken = brokenTerms({ offers: [...offers] });
  const parties = snap.seatOrder.filter((id) =>
    accepted.some((o) => partyOf(o, "gives") === id || partyOf(o, "asks") === id),
  );
  const amendment = useAmendmentLabel();
  return (
    <section class="words-given" aria-labelledby="words-title">
      <h3 id="words-title">{t("debrief.words.title")}</h3>
      {accepted.length === 0 ? (
        <p class="panel-hint">{t("debrief.words.noneAccepted")}</p>
      ) : (
        <>
          <p class="panel-hint">{t("debrief.words.hint")}</p>
          <ul class="words-offers">
            {accepted.map((o) => (
              <li key={o.id} data-offer={o.id}>
                <p class="words-offer-head">
                  {t("offers.heading", {
                    id: o.id,
                    by: seatName(scenario, o.by),
                    to: o.to === null ? t("offers.theTable") : seatName(scenario, o.to),
                  })}
                </p>
                <ul class="offer-terms">
                  {(["gives", "asks"] as const).flatMap((side) => {
                    const party = partyOf(o, side) ?? "";
                    return o[side].map((term) => (
                      <li key={`${side}-${term.act}-${term.amendment}`} class="words-term">
                        <Flag code={seatFlag(scenario, party)} size="sm" />
                        <span>
                          {t("debrief.words.owed", {
                            seat: seatName(scenario, party),
                            what: t(`offers.act.${term.act}`, { amendment: amendment(term.amendment) }),
                          })}
                        </span>
                        <span class={`term-result result-${term.result ?? "pending"}`}>
                          {t(`offers.result.${term.result ?? "pending"}`)}
                        </span>
                      </li>
                    ));
                  })}
                </ul>
              </li>
            ))}
          </ul>
          <h4 class="words-per-seat-title">{t("debrief.words.perSeat")}</h4>
          <ul class="words-per-seat">
            {parties.map((id) => (
              <li key={id}>
                <Flag code={seatFlag(scenario, id)} size="sm" />
                <span>{seatName(scenario, id)}</span>
                <span class={`num${(broken[id] ?? 0) > 0 ? " words-count-broken" : ""}`}>
                  {t("debrief.words.brokenCount", { count: broken[id] ?? 0 })}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

const OUTCOMES = ["held", "eroded", "failed", "escalated"] as const;

/** The table's deal beside no deal across many seeded futures: was the table lucky, or good? */
function Futures({
  futures,
}: {
  futures: NonNullable<NonNullable<ReturnType<typeof useTable>["snap"]["pub"]>["futures"]>;
}) {
  const rows = [
    ...(futures.deal ? [{ key: "deal", label: t("debrief.futures.deal"), report: futures.deal }] : []),
    { key: "noDeal", label: t("debrief.futures.noDeal"), report: futures.noDeal },
  ];
  return (
    <section
      class="futures"
      aria-labelledby="futures-title"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the futures table scrolls sideways, and a scrolling region must take the focus so the keyboard can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable)
      tabIndex={0}
    >
      <h3 id="futures-title">{t("debrief.futures.title", { runs: futures.noDeal.runs })}</h3>
      <p class="panel-hint">{t("debrief.futures.hint")}</p>
      <table class="futures-table">
        <thead>
          <tr>
            <th scope="col">{t("debrief.futures.case")}</th>
            {OUTCOMES.map((o) => (
              <th scope="col" key={o}>
                {t(`outcome.${o}`)}
              </th>
            ))}
            <th scope="col">{t("debrief.futures.offensive")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ key, label, report }) => (
            <tr key={key}>
              <th scope="row">{label}</th>
              {OUTCOMES.map((o) => {
                const share = report.outcomes[o] / Math.max(1, report.runs);
                return (
                  <td key={o} class={`futures-cell outcome-${o}`}>
                    <span class="futures-bar" style={{ width: `${Math.round(share * 100)}%` }} aria-hidden="true" />
                    <span class="num">{Math.round(share * 100)} %</span>
                  </td>
                );
              })}
              {/* outcomes are counts; offensive is already a share of the futures */}
              <td class="num">{Math.round(report.offensive * 100)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p class="panel-hint" data-testid="futures-offensive-note">
        {t("debrief.futures.offensiveNote")}
      </p>
    </section>
  );
}
