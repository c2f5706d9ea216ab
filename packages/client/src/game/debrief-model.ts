// What the debrief scene draws, as plain data: the outcome as a headline, each seat's score against
// its no-deal value (the viewer's own in full, the others as the public totals and margins), the
// deal's three criteria, the same deal against no deal across the seeded futures, and the game's
// timeline. A pure function of the snapshot and the public scenario: every number comes from the state.
import { MOSCOW_ACTIONS, type MoscowAction, OUTCOMES, type Outcome } from "@ironclad/engine";
import { formatNumber, loc, t } from "../i18n/index.ts";
import type { PublicScenario, TableSnapshot } from "../net/table-types.ts";
import { type StageHeader, stageHeader } from "./stage-header.ts";
import type { Criterion } from "./table-model.ts";

/** A seat's score as this viewer may see it. */
export type ScoreRow = {
  seat: string;
  name: string;
  flag: string;
  me: boolean;
  total: number;
  /** total − no-deal value: the bar runs from the no-deal mark to here. */
  margin: number;
  /** The seat's no-deal value: the viewer's own seat only (others see the margin alone). */
  noDealValue: number | null;
};

/** One case of the futures: shares of each outcome (0–1) and of a major offensive. */
export type FuturesRow = {
  key: "deal" | "noDeal";
  label: string;
  shares: Record<Outcome, number>;
  offensive: number;
};

/** A mark on the game's timeline. */
export type TimelineItem =
  | { kind: "round"; round: number; label: string }
  | { kind: "vote"; round: number; concluded: boolean; signed: number; label: string }
  | { kind: "ratification"; stands: boolean; ratified: number; signatories: number; label: string }
  | { kind: "year"; year: number; action: MoscowAction | null; severity: number; broken: number; label: string };

/** Everything the debrief scene draws. */
export type DebriefSceneModel = {
  header: StageHeader;
  outcome: Outcome | null;
  headline: string;
  subline: string;
  scores: ScoreRow[];
  /** The viewer's own score in parts, or null for observers, the facilitator and Moscow. */
  mine: null | { seat: string; parts: { label: string; value: number }[]; total: number; noDealValue: number };
  /** The standing framework's three criteria, or null with no deal. */
  criteria: Criterion[] | null;
  futures: null | { runs: number; rows: FuturesRow[] };
  timeline: TimelineItem[];
  words: DebriefWords;
};

/** The scene's own words. */
export type DebriefWords = {
  scores: string;
  noDealMark: string;
  you: string;
  yourScore: string;
  criteria: string;
  noCriteria: string;
  futures: string;
  /** Why the futures are shown: lucky, or good? */
  futuresHint: string;
  offensive: string;
  outcomes: Record<Outcome, string>;
  timeline: string;
  above: string;
};

/** A signed whole number: +3, −2, 0. */
export const signedNumber = (n: number) => (n > 0 ? `+${formatNumber(n)}` : n < 0 ? `−${formatNumber(-n)}` : "0");

/** The debrief scene's model for this snapshot, seen from `mySeat` (null for observers and the facilitator). */
export function debriefModel(snap: TableSnapshot, scenario: PublicScenario, mySeat: string | null): DebriefSceneModel {
  const seatOf = (id: string) => scenario.seats.find((s) => s.id === id);
  const nameOf = (id: string) => {
    const s = seatOf(id);
    return s ? loc(s.name) : id;
  };
  const pub = snap.pub;
  const my = snap.mine?.myScore ?? null;
  const fw = pub?.framework ?? null;
  // A table ended from the lobby was not played: the outcome the engine computed says nothing.
  const notPlayed = pub?.notPlayed === true;
  const outcome = notPlayed ? null : (pub?.outcome ?? null);

  const scores: ScoreRow[] = [...(pub?.scores ?? [])]
    .sort((a, b) => b.margin - a.margin)
    .map((s) => {
      const mine = my && s.seat === my.seat && s.seat === mySeat;
      return {
        seat: s.seat,
        name: nameOf(s.seat),
        flag: seatOf(s.seat)?.flag ?? "",
        me: s.seat === mySeat,
        total: s.total,
        margin: s.margin,
        noDealValue: mine ? my.noDealValue : null,
      };
    });

  const readout = fw?.stands ? (pub?.readout ?? null) : null;
  const criteria: Criterion[] | null = readout
    ? (["legal", "military", "political"] as const).map((key) => ({
        key,
        label: t(`criteria.${key}`),
        value: Math.round(readout[key]),
      }))
    : null;

  const futures = pub?.futures;
  const share = (n: number, runs: number) => n / Math.max(1, runs);
  const futuresRows: FuturesRow[] = futures
    ? [
        ...(futures.deal ? [{ key: "deal" as const, label: t("debrief.futures.deal"), report: futures.deal }] : []),
        { key: "noDeal" as const, label: t("debrief.futures.noDeal"), report: futures.noDeal },
      ].map(({ key, label, report }) => ({
        key,
        label,
        shares: Object.fromEntries(OUTCOMES.map((o) => [o, share(report.outcomes[o], report.runs)])) as Record<
          Outcome,
          number
        >,
        // Already a share of the futures (the outcomes are counts).
        offensive: report.offensive,
      }))
    : [];

  // The timeline: each round with the votes called in it, ratification, then the years.
  const votes = pub?.votes ?? [];
  const rounds = Math.max(snap.round, ...votes.map((v) => v.round), 0);
  const timeline: TimelineItem[] = [];
  for (let round = 1; round <= rounds; round++) {
    timeline.push({ kind: "round", round, label: t("debriefScene.round", { round }) });
    for (const v of votes.filter((x) => x.round === round)) {
      const signed = Object.values(v.ballots).filter((b) => b === "sign").length;
      const concluded = v.result?.concluded ?? false;
      timeline.push({
        kind: "vote",
        round,
        concluded,
        signed,
        label: concluded ? t("debriefScene.voteConcluded", { signed }) : t("debriefScene.voteFailed", { signed }),
      });
    }
  }
  if (fw) {
    const ratified = Object.values(fw.ratification).filter((r) => r.ratified).length;
    timeline.push({
      kind: "ratification",
      stands: fw.stands,
      ratified,
      signatories: fw.signatories.length,
      label: fw.stands
        ? t("debriefScene.ratified", { ratified, signatories: fw.signatories.length })
        : t("debriefScene.collapsed"),
    });
  }
  for (const y of pub?.years ?? [])
    timeline.push({
      kind: "year",
      year: y.year,
      action: y.moscowAction,
      severity: y.moscowAction ? MOSCOW_ACTIONS.indexOf(y.moscowAction) : 0,
      broken: y.brokenPromises.length,
      label: `${t("stress.year", { year: y.year })} · ${y.moscowAction ? t(`moscow.${y.moscowAction}`) : t("stress.ahead")}`,
    });

  const parts =
    my && mySeat === my.seat
      ? [
          { label: my.concluded ? t("debrief.dealPoints") : t("debrief.noDealPoints"), value: my.dealPoints },
          { label: t("debrief.outcomePoints"), value: my.outcomePoints },
          ...(my.unanimityBonus !== 0 ? [{ label: t("debrief.unanimity"), value: my.unanimityBonus }] : []),
          ...(my.brokenPromisePenalty !== 0 ? [{ label: t("debrief.broken"), value: -my.brokenPromisePenalty }] : []),
        ]
      : null;

  return {
    header: stageHeader(snap, ""),
    outcome,
    headline: notPlayed ? t("outcome.notPlayed.line") : outcome ? t(`outcome.${outcome}.line`) : t("debrief.noOutcome"),
    subline: (notPlayed
      ? [t("debrief.notPlayed")]
      : [fw?.stands ? t("debrief.withDeal") : t("debrief.withoutDeal"), pub?.endedEarly ? t("debrief.endedEarly") : ""]
    )
      .filter(Boolean)
      .join(" "),
    scores,
    mine: my && parts ? { seat: my.seat, parts, total: my.total, noDealValue: my.noDealValue } : null,
    criteria,
    futures: futures ? { runs: futures.noDeal.runs, rows: futuresRows } : null,
    timeline,
    words: {
      scores: t("debrief.table"),
      noDealMark: t("debriefScene.noDealMark"),
      you: t("seats.you"),
      yourScore: my && mySeat ? t("debriefScene.yourScore", { total: my.total, noDeal: my.noDealValue }) : "",
      criteria: t("debrief.criteria"),
      noCriteria: t("debriefScene.noCriteria"),
      futures: futures ? t("debrief.futures.title", { runs: futures.noDeal.runs }) : "",
      futuresHint: t("debrief.futures.hint"),
      offensive: t("debrief.futures.offensive"),
      outcomes: Object.fromEntries(OUTCOMES.map((o) => [o, t(`outcome.${o}`)])) as Record<Outcome, string>,
      timeline: t("debriefScene.timeline"),
      above: t("debriefScene.margin"),
    },
  };
}
