// What a chat message says, in the reader's language. A bot's line comes with a structured form
// (a template of the scenario's talk and slot values as ids): it is checked, then rendered with the
// scenario's names in the current language. Anything that does not check or fit falls back to the
// message's own text. The result is plain text: chat is never rendered as HTML.
import { type PublicScenario, renderTalk, type TalkSpeech, talkSpeechSchema } from "@ironclad/engine";
import { getLang, t } from "../i18n/index.ts";

/** The parts of a chat message this needs (a live message, or one from a report). */
export type ChatLine = { fromSeat: string | null; fromName: string; text: string; speech?: unknown };

// A message does not change once it has come, and the chat draws every line of its channel on each
// change at the table: each line is checked once, and rendered once per language and scenario (#19).
const speeches = new WeakMap<ChatLine, TalkSpeech | null>();
const texts = new WeakMap<ChatLine, { lang: string; scenario: PublicScenario; text: string }>();

/** A bot's line in structured form, when the message carries a valid one said by its own seat. */
export function speechOf(m: ChatLine): TalkSpeech | null {
  if (m.speech === undefined || m.speech === null || m.fromSeat === null) return null;
  const known = speeches.get(m);
  if (known !== undefined) return known;
  const parsed = talkSpeechSchema.safeParse(m.speech);
  const speech = parsed.success && parsed.data.slots.seat === m.fromSeat ? parsed.data : null;
  speeches.set(m, speech);
  return speech;
}

/** The message's text in the current language (a bot's line rendered from its structured form). */
export function chatText(m: ChatLine, scenario: PublicScenario | null | undefined): string {
  const speech = speechOf(m);
  if (!speech || !scenario) return m.text;
  const lang = getLang();
  const known = texts.get(m);
  if (known && known.lang === lang && known.scenario === scenario) return known.text;
  const text = renderTalk(scenario, speech, lang, scenario.defaultTalk) ?? m.text;
  texts.set(m, { lang, scenario, text });
  return text;
}

/**
 * Who said it: a bot is named as such in the current language, the facilitator (the only speaker
 * with no seat) as the facilitator in it, a person by their own name.
 */
export function chatFromName(m: ChatLine): string {
  if (speechOf(m)) return t("seats.bot");
  return m.fromSeat === null ? t("chat.broadcast") : m.fromName;
}
