// What the table scene draws, as plain data: the seats around the table, the working draft, the
// amendments, the pen, the phase and its clock, the tension meter and the three criteria. A pure
// function of the snapshot, the public scenario, my seat and who is typing. No rule is decided here:
// legality comes from the server, the numbers from the engine's read-out in the snapshot. What moves
// is not the model's: the scene plays the engine's events (table-motion.ts).
import { loc, t } from "../i18n/index.ts";
import type { PublicScenario, TableSnapshot } from "../net/table-types.ts";
import type { Typing } from "../net/typing.ts";

/** How a seat is run right now. */
export type Presence = "online" | "away" | "bot";

/** A seat around the table. */
export type SeatModel = {
  id: string;
  name: string;
  flag: string;
  /** The people of its delegation, by name. */
  people: string[];
  presence: Presence;
  /** The second line of its place card: its people, "Bot", or "away". */
  status: string;
  me: boolean;
  pen: boolean;
  /** Ready to move on (shown in the briefing and the talks only). */
  ready: boolean;
  /** Typing at the whole table, privately (to me, or in my delegation), or not at all. */
  typing: "table" | "private" | null;
  /** Its ballot in the open signing vote; "waiting" while it has not cast one. */
  ballot: "sign" | "decline" | "waiting" | null;
  /** A signatory of the concluded framework. */
  signed: boolean;
};

/** An issue row of the working draft. */
export type RowModel = {
  issue: string;
  number: number;
  name: string;
  options: { id: string; label: string }[];
  /** The chosen option id, "" when blank. */
  chosen: string;
  chosenLabel: string;
};

/** An open amendment, as a marker at its row. */
export type AmendmentModel = {
  id: number;
  by: string;
  flag: string;
  issue: string;
  /** The proposed option, "" to blank the issue. */
  option: string;
  optionLabel: string;
  supporters: string[];
  mine: boolean;
};

/** One of the three criteria of a deal (0–100), null while the draft is incomplete. */
export type Criterion = { key: "legal" | "military" | "political"; label: string; value: number | null };

/** Everything the table scene draws. */
export type TableSceneModel = {
  phase: TableSnapshot["phase"];
  phaseLabel: string;
  /** "Round 1 of 3", "Year 2 of 3 · responses", or "". */
  detail: string;
  clock: PhaseClockModel;
  /** Seats in table order, starting with mine (the scene seats me nearest the viewer). */
  seats: SeatModel[];
  /** The pen-holder's seat, or null when the facilitator holds the pen. */
  pen: string | null;
  rows: RowModel[];
  filled: number;
  /** Open amendments, oldest first. */
  amendments: AmendmentModel[];
  /** The read-out is of the concluded framework rather than the working draft. */
  ofFramework: boolean;
  criteria: Criterion[];
  /** Escalation risk 0–100, null while the draft is incomplete. */
  escalation: number | null;
  /** Chance of a major offensive within the stress test, with this deal and with none (0–1). */
  offensiveRisk: number | null;
  noDealRisk: number | null;
  /** The open signing vote, if any. */
  vote: { calledBy: string; signed: number; declined: number; seats: number } | null;
  /** The words the scene writes, in the current language. */
  words: SceneWords;
};

/** The scene's own words (everything else arrives translated in the model). */
export type SceneWords = {
  draft: string;
  filled: string;
  blank: string;
  pen: string;
  you: string;
  ready: string;
  typing: string;
  typingPrivate: string;
  signed: string;
  declined: string;
  deciding: string;
  paused: string;
  criteria: string;
  tension: string;
  waiting: string;
  /** "Major offensive within the test: 22%" and "with no deal: 48%", or "" while the draft is incomplete. */
  risk: string;
  riskNoDeal: string;
  vote: string;
  amendments: string;
};

const CRITERIA = ["legal", "military", "political"] as const;

/** A 0–1 probability as a whole percentage. */
const percent = (p: number) => `${Math.round(p * 100)}%`;

/**
 * The phase's clock as a scene draws it: the deadline in server ms (0 = none running), whether it is
 * paused and the time it keeps meanwhile (standing still: a paused clock is never counted down),
 * and the phase's nominal length.
 */
export type PhaseClockModel = { deadline: number; paused: boolean; keptMs: number; nominalMs: number };

/** The clock of `snap`'s phase. */
export function phaseClockModel(snap: TableSnapshot): PhaseClockModel {
  return {
    deadline: snap.paused ? 0 : snap.deadline,
    paused: snap.paused,
    keptMs: snap.paused ? snap.remainingMs : 0,
    nominalMs: nominalMs(snap),
  };
}

/** The nominal length of the current phase or stress step (for the clock's ring; extensions may exceed it). */
export function nominalMs(snap: TableSnapshot): number {
  const tm = snap.pub?.timings;
  if (!tm) return 0;
  const seconds: Record<string, number | undefined> = {
    briefing: tm.briefingSeconds,
    negotiation: tm.roundSeconds,
    vote: tm.voteSeconds,
    ratification: tm.ratificationSeconds,
  };
  if (snap.phase === "stress") {
    const steps: Record<string, number | undefined> = {
      event: tm.eventSeconds,
      moscow: tm.moscowSeconds,
      response: tm.responseSeconds,
      adjudicated: tm.adjudicationSeconds,
    };
    return (steps[snap.step] ?? 0) * 1000;
  }
  return (seconds[snap.phase] ?? 0) * 1000;
}

/** "Round 1 of 3", "Year 2 of 3 · responses", or "" (the header's second line). */
export function phaseDetail(snap: TableSnapshot): string {
  const rounds = snap.pub?.timings.rounds ?? 0;
  const years = snap.pub?.timings.years ?? 0;
  if (snap.phase === "negotiation" || snap.phase === "vote") return t("clock.round", { round: snap.round, rounds });
  if (snap.phase === "stress") {
    const year = t("clock.year", { year: snap.year, years });
    return snap.step ? `${year} · ${t(`step.${snap.step}`)}` : year;
  }
  return "";
}

/** The table scene's model for this snapshot, seen from `mySeat` (null for observers and the facilitator). */
export function tableModel(
  snap: TableSnapshot,
  scenario: PublicScenario,
  mySeat: string | null,
  typing: readonly Typing[] = [],
): TableSceneModel {
  const seatOf = (id: string) => scenario.seats.find((s) => s.id === id);
  const nameOf = (id: string) => {
    const s = seatOf(id);
    return s ? loc(s.name) : id;
  };
  const talks = snap.phase === "briefing" || snap.phase === "negotiation";
  const openVote = snap.phase === "vote" ? snap.pub?.votes.at(-1) : undefined;
  const vote = openVote && !openVote.result ? openVote : undefined;
  const framework = snap.pub?.framework ?? null;

  // Mine first, then on round the table in table order.
  const order = snap.seatOrder.filter((id) => snap.seats[id]);
  const start = mySeat ? Math.max(0, order.indexOf(mySeat)) : 0;
  const rotated = [...order.slice(start), ...order.slice(0, start)];

  const seats: SeatModel[] = rotated.map((id) => {
    const seat = snap.seats[id];
    const presence: Presence =
      seat?.controller === "bot" ? "bot" : seat?.away || (seat?.connected ?? 0) === 0 ? "away" : "online";
    const people = seat?.people ?? [];
    const typingHere = typing.filter((x) => x.seat === id && id !== mySeat);
    const status =
      presence === "bot"
        ? t("seats.bot")
        : people.length > 0
          ? people.join(", ")
          : presence === "away"
            ? t("seats.presence.away")
            : t("seats.noPeople");
    return {
      id,
      name: nameOf(id),
      flag: seatOf(id)?.flag ?? "",
      people,
      presence,
      status,
      me: id === mySeat,
      pen: snap.penHolder === id,
      ready: talks && (seat?.ready ?? false),
      // A seat hears only its own bilaterals and delegation besides the table: "private" means "to me".
      typing:
        mySeat && typingHere.some((x) => x.channel !== "table") ? "private" : typingHere.length > 0 ? "table" : null,
      ballot: vote ? (vote.ballots[id] ?? "waiting") : null,
      signed: !vote && snap.phase !== "vote" && (framework?.signatories.includes(id) ?? false),
    };
  });

  const pkg = framework?.package ?? snap.draft;
  const rows: RowModel[] = scenario.issues.map((issue, i) => {
    const chosen = pkg[issue.id] ?? "";
    const option = issue.options.find((o) => o.id === chosen);
    return {
      issue: issue.id,
      number: i + 1,
      name: loc(issue.name),
      options: issue.options.map((o) => ({ id: o.id, label: loc(o.label) })),
      chosen: option ? chosen : "",
      chosenLabel: option ? loc(option.label) : t("draft.blank"),
    };
  });
  const filled = rows.filter((r) => r.chosen).length;

  const amendments: AmendmentModel[] = snap.amendments
    .filter((a) => a.status === "open")
    .sort((a, b) => a.id - b.id)
    .map((a) => ({
      id: a.id,
      by: a.by,
      flag: seatOf(a.by)?.flag ?? "",
      issue: a.issue,
      option: a.option ?? "",
      optionLabel: a.option
        ? loc(scenario.issues.find((i) => i.id === a.issue)?.options.find((o) => o.id === a.option)?.label)
        : t("draft.blank"),
      supporters: [...a.supporters],
      mine: a.by === mySeat,
    }));

  const readout = snap.pub?.readout ?? null;
  const pen = snap.penHolder || null;
  const penText =
    pen && pen === mySeat
      ? t("draft.youHoldPen")
      : pen
        ? t("draft.penWith", { seat: nameOf(pen) })
        : t("draft.penFacilitator");

  return {
    phase: snap.phase,
    phaseLabel: t(`phase.${snap.phase}`),
    detail: phaseDetail(snap),
    clock: phaseClockModel(snap),
    seats,
    pen,
    rows,
    filled,
    amendments,
    ofFramework: framework !== null,
    criteria: CRITERIA.map((key) => ({
      key,
      label: t(`criteria.${key}`),
      value: readout ? Math.round(readout[key]) : null,
    })),
    escalation: readout ? Math.round(readout.escalation) : null,
    offensiveRisk: readout ? readout.offensiveRisk : null,
    noDealRisk: snap.pub?.noDeal?.offensiveRisk ?? null,
    vote: vote
      ? {
          calledBy: vote.calledBy,
          signed: Object.values(vote.ballots).filter((b) => b === "sign").length,
          declined: Object.values(vote.ballots).filter((b) => b === "decline").length,
          seats: order.length,
        }
      : null,
    words: {
      draft: framework ? t("tableScene.framework") : t("draft.title"),
      filled: t("draft.filled", { filled, total: rows.length }),
      blank: t("draft.blank"),
      pen: penText,
      you: t("seats.you"),
      ready: t("seats.ready"),
      typing: t("tableScene.typing"),
      typingPrivate: t("tableScene.typingPrivate"),
      signed: t("ballot.sign"),
      declined: t("ballot.decline"),
      deciding: t("ballot.waiting"),
      paused: t("clock.paused"),
      criteria: framework ? t("tableScene.criteriaFramework") : t("tableScene.criteria"),
      tension: t("criteria.escalation"),
      waiting: t("tableScene.waiting", { count: rows.length - filled }),
      risk: readout ? t("analysis.risk", { risk: percent(readout.offensiveRisk) }) : "",
      riskNoDeal:
        readout && snap.pub?.noDeal ? t("analysis.riskNoDeal", { risk: percent(snap.pub.noDeal.offensiveRisk) }) : "",
      vote: vote
        ? t("tableScene.vote", {
            seat: snap.seats[vote.calledBy] ? nameOf(vote.calledBy) : t("tableScene.facilitator"),
          })
        : "",
      amendments: t("tableScene.amendments", { count: amendments.length }),
    },
  };
}
