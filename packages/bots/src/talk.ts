// Talk: short sentences in the seat's voice that explain a bot's move, filled from templates.
// The scenario schema has no place for talk templates yet, so an English table lives here, keyed
// by move and optionally by seat; a scenario could later carry localized ones in the same shape.
import type { PublicScenario, SeatId } from "@ironclad/engine";

/** Where a line is said. */
export type TalkChannel = "table" | "bilateral";

/** One line of talk a bot wants to say. */
export interface TalkLine {
  channel: TalkChannel;
  /** The other seat of a bilateral channel. */
  to?: SeatId;
  text: string;
}

/** The moves a bot explains. */
export type TalkMove =
  | "amend"
  | "concede"
  | "support"
  | "accept"
  | "decline-amendment"
  | "call-vote"
  | "sign"
  | "decline-vote"
  | "red-line"
  | "honour"
  | "fall-short"
  | "keeper-holds"
  | "keeper-returns";

/** Templates by move: a default and per-seat variants. Slots: {seat} {issue} {option} {current} {other}. */
export type TalkTemplates = Record<TalkMove, { default: string[] } & Record<SeatId, string[]>>;

/** The English templates. */
export const ENGLISH_TEMPLATES: TalkTemplates = {
  amend: {
    default: [
      "On {issue}, {seat} proposes {option} instead of {current}.",
      "{seat} needs {option} on {issue}; {current} does not work for us.",
    ],
    washington: [
      "Washington can live with this only if {issue} reads {option}, not {current}.",
      "On {issue}, Washington proposes {option}: Congress will not carry {current}.",
    ],
    kyiv: ["Kyiv asks for {option} on {issue}: {current} leaves us exposed."],
    berlin: ["On {issue}, Berlin proposes {option}: {current} goes beyond what the Bundestag will fund."],
    warsaw: ["Warsaw wants {option} on {issue}: {current} will not deter anyone."],
  },
  concede: {
    default: ["{seat} can move on {issue}: we offer {option} if it brings {other} on board."],
    washington: ["Washington can offer {option} on {issue} if Europe carries its share."],
    paris: ["Paris will accept {option} on {issue} to keep the table together."],
  },
  support: {
    default: ["{seat} supports {option} on {issue}.", "{option} on {issue} has {seat}'s support."],
  },
  accept: {
    default: ["{seat} writes {option} into the draft on {issue}."],
  },
  "decline-amendment": {
    default: ["{seat} cannot write {option} on {issue} into the draft; it costs us too much."],
    washington: ["Washington cannot put {option} on {issue} into the text."],
  },
  "call-vote": {
    default: ["{seat} thinks this draft can carry the table: let us sign."],
    paris: ["Paris calls the vote: this is a text Europe can stand behind."],
  },
  sign: {
    default: ["{seat} signs."],
    kyiv: ["Kyiv signs: this keeps our sovereignty and gives us a real deterrent."],
    washington: ["Washington signs this framework."],
  },
  "decline-vote": {
    default: ["{seat} cannot sign this yet: {issue} must move.", "Not yet: {seat} needs more on {issue}."],
    washington: ["Washington cannot sign while {issue} reads {current}."],
    kyiv: ["Kyiv will not sign while {issue} reads {current}."],
  },
  "red-line": {
    default: ["{seat} will never sign {option} on {issue}: that is a red line."],
    washington: ["Washington cannot put US troops in the force; that is final."],
    kyiv: ["Kyiv will not accept {option}: our sovereignty is not on the table."],
  },
  honour: {
    default: ["{seat} honours its pledge: {option}."],
  },
  "fall-short": {
    default: ["{seat} cannot deliver all it pledged this year; we send {option}."],
  },
  "keeper-holds": {
    default: ["{seat}'s delegation stepped away; the seat is held as it stood."],
  },
  "keeper-returns": {
    default: ["{seat}'s delegation is back at the table."],
  },
};

/** Slot values for a template. */
export type TalkSlots = Partial<Record<"issue" | "option" | "current" | "other", string>>;

const PROPER =
  /^(Europe|European|Ukraine|Ukraine's|Russia|Russian|America|American|Israel|Israel-style|Article|Multinational|Kyiv|Moscow|Washington)\b/;

/** Mid-sentence form of a name: a leading capital dropped unless it starts an acronym or a proper name. */
function midSentence(text: string): string {
  if (PROPER.test(text) || /^[A-Z]{2}/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

/** The English name of an issue, for use mid-sentence (ids stay as they are when unknown). */
export function issueName(scenario: Pick<PublicScenario, "issues">, issue: string): string {
  const name = scenario.issues.find((i) => i.id === issue)?.name.en;
  return name ? midSentence(name) : issue;
}

/** The English label of an option, quoted for use mid-sentence. */
export function optionName(scenario: Pick<PublicScenario, "issues">, issue: string, option: string | null): string {
  if (option === null) return "a blank";
  const label = scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label.en;
  return `“${label ? midSentence(label) : option}”`;
}

/** Fills a move's template for a seat; `pick` (any integer) chooses among variants. */
export function say(
  scenario: Pick<PublicScenario, "seats">,
  seat: SeatId,
  move: TalkMove,
  slots: TalkSlots,
  pick = 0,
  templates: TalkTemplates = ENGLISH_TEMPLATES,
): string {
  const entry = templates[move];
  const list = entry[seat] ?? entry.default;
  const template = list[Math.abs(pick) % list.length] ?? entry.default[0] ?? "";
  const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const seatName = scenario.seats.find((s) => s.id === seat)?.name.en ?? seat;
  const other = slots.other ? (scenario.seats.find((s) => s.id === slots.other)?.name.en ?? slots.other) : "the others";
  return sentence(
    template
      .replaceAll("{seat}", seatName)
      .replaceAll("{issue}", slots.issue ?? "the draft")
      .replaceAll("{option}", slots.option ?? "this")
      .replaceAll("{current}", slots.current ?? "the current text")
      .replaceAll("{other}", other),
  );
}
