// The red cell's score (Moscow): it signs nothing, so it is scored on what the framework's terms
// give it, on what each stress-test year gave and cost it, and on the outcome line. Read from the
// finished state only, so it never touches another seat's score.
import type { RedCellBrief, Seat } from "./scenario.ts";
import type { GameState, Outcome, RedCellYearScore, SeatScore, YearRecord } from "./state.ts";
import { isSplit, westAnswer } from "./west-answer.ts";

/** The seated red cell with a red-cell brief, if the table has one. */
export function scoredRedCell(state: GameState): (Seat & { redCellBrief: RedCellBrief }) | null {
  for (const seat of state.scenario.seats) {
    if (seat.kind === "redcell" && seat.redCellBrief && state.seats[seat.id]) {
      return seat as Seat & { redCellBrief: RedCellBrief };
    }
  }
  return null;
}

/** What one adjudicated year gave the red cell (null for a year not adjudicated, which gives nothing). */
export function redCellYear(brief: RedCellBrief, year: YearRecord): RedCellYearScore | null {
  if (!year.adjudication || !year.moscowAction) return null;
  const action = year.moscowAction;
  const p = brief.yearPoints;
  const securityTaken = action === "comply" ? 0 : Math.max(0, year.adjudication.damage);
  const answer = westAnswer(action, Object.values(year.responses));
  const split = isSplit(answer);
  const brokenPromises = year.brokenPromises.length;
  const attack = action === "incursion" || action === "offensive";
  const unitedAnswer = attack && answer.anyMilitary && !answer.anyNothing && brokenPromises === 0;
  const gains = Math.round(p.securityTaken * securityTaken);
  const division = p.brokenPromise * brokenPromises + (split ? p.split : 0);
  const costs = (year.snapBack ? p.snapBack : 0) + (unitedAnswer ? p.unitedAnswer : 0);
  return {
    year: year.year,
    action,
    securityTaken,
    brokenPromises,
    split,
    snapBack: year.snapBack,
    unitedAnswer,
    gains,
    division,
    costs,
    points: gains + division + costs,
  };
}

/**
 * The red cell's score, or null when it is not seated or has no red-cell brief. `outcomeScored` as
 * for every seat: a table ended before its last year was judged gives no outcome points.
 */
export function redCellScore(state: GameState, outcome: Outcome, outcomeScored: boolean): SeatScore | null {
  const seat = scoredRedCell(state);
  if (!seat) return null;
  const brief = seat.redCellBrief;
  const { framework } = state;
  const concluded = framework?.stands === true;
  let dealPoints = brief.noDealValue;
  if (concluded && framework) {
    dealPoints = 0;
    for (const [issue, option] of Object.entries(framework.package))
      dealPoints += brief.pointTable[issue]?.[option] ?? 0;
  }
  const outcomePoints = outcomeScored ? brief.outcomePoints[outcome] : 0;
  const years = state.years.map((y) => redCellYear(brief, y)).filter((y): y is RedCellYearScore => y !== null);
  const yearPoints = years.reduce((sum, y) => sum + y.points, 0);
  const total = dealPoints + outcomePoints + yearPoints;
  return {
    seat: seat.id,
    dealPoints,
    concluded,
    outcomePoints,
    unanimityBonus: 0,
    brokenPromisePenalty: 0,
    total,
    noDealValue: brief.noDealValue,
    margin: total - brief.noDealValue,
    redCell: { yearPoints, years },
  };
}
