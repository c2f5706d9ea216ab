// Talk: short sentences in the seat's voice that explain a bot's move. The templates are scenario
// data (its `talk` section, or the default scenario's when it has none). A line carries its
// structured form — the template and the slot values as ids — so that each reader can see it in
// their own language, and its English text for logs and reports.
import {
  englishMidSentence,
  type PublicScenario,
  renderTalk,
  type SeatId,
  type TalkMove,
  type TalkScenario,
  type TalkSlotIds,
  type TalkSpeech,
  talkSpeech,
} from "@ironclad/engine";
import { defaultTalk } from "@ironclad/engine/default-scenario";

export type { TalkMove, TalkSlotIds, TalkSpeech };

/** Where a line is said. */
export type TalkChannel = "table" | "bilateral";

/** What a bot says: the English text, and the structured form it was rendered from. */
export interface Said {
  text: string;
  speech: TalkSpeech;
}

/** One line of talk a bot wants to say. */
export interface TalkLine extends Said {
  channel: TalkChannel;
  /** The other seat of a bilateral channel. */
  to?: SeatId;
}

/**
 * What `seat` says for `move`, with slot values as ids; `pick` (any integer) chooses among the
 * variants. Null when the scenario's template cannot be filled (then the bot says nothing).
 */
export function say(scenario: TalkScenario, seat: SeatId, move: TalkMove, slots: TalkSlotIds, pick = 0): Said | null {
  const fallback = scenario.talk ? undefined : defaultTalk();
  const speech = talkSpeech(scenario, seat, move, slots, pick, fallback);
  const text = renderTalk(scenario, speech, "en", fallback);
  return text === null ? null : { text, speech };
}

/** The English name of an issue, for use mid-sentence (ids stay as they are when unknown). */
export function issueName(scenario: Pick<PublicScenario, "issues">, issue: string): string {
  const name = scenario.issues.find((i) => i.id === issue)?.name.en;
  return name ? englishMidSentence(name) : issue;
}

/** The English label of an option, quoted for use mid-sentence. */
export function optionName(scenario: Pick<PublicScenario, "issues">, issue: string, option: string | null): string {
  if (option === null) return "a blank";
  const label = scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label.en;
  return `“${label ? englishMidSentence(label) : option}”`;
}
