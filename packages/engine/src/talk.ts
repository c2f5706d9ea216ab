// Bot talk as data: a line is a template of the scenario's `talk` section (or of the default
// scenario's, for a scenario without one, which the caller passes in: this module never loads the
// default scenario, whose briefs must stay out of the browser bundle) plus slot values as ids. Rendering it in a language
// fills the slots with the scenario's names in that language, so every reader of a chat line can
// read it in their own language; the bots render it in English for the record.
import { z } from "zod";
import { RESPONSES, type Response, type Scenario, type Talk } from "./scenario.ts";
import { TALK_MOVE_SLOTS, TALK_MOVES, type TalkMove, type TalkSlot } from "./talk-moves.ts";

export * from "./talk-moves.ts";

const id = z.string().regex(/^[a-z][a-z0-9-]*$/);

/** A line of bot talk in structured form: which template, and the slot values as ids. */
export const talkSpeechSchema = z
  .object({
    /** `scenario`: the table's scenario's talk section; `default`: the default scenario's. */
    source: z.enum(["scenario", "default"]),
    move: z.enum(TALK_MOVES),
    /** `default` or the seat id whose own variants the template is from. */
    variant: id,
    index: z.number().int().min(0).max(999),
    slots: z
      .object({
        seat: id,
        issue: id.optional(),
        /** An option id of `issue`, or null for a blank. */
        option: id.nullable().optional(),
        current: id.nullable().optional(),
        other: id.optional(),
        response: z.enum(RESPONSES).optional(),
      })
      .strict(),
  })
  .strict();
export type TalkSpeech = z.infer<typeof talkSpeechSchema>;

/** Slot values as ids: the speaking seat is given separately. */
export type TalkSlotIds = Omit<TalkSpeech["slots"], "seat">;

/** The part of a scenario talk needs. */
export type TalkScenario = Pick<Scenario, "seats" | "issues"> & { talk?: Talk | undefined };

/** The talk section a move's templates come from at a table with this scenario. */
export function talkSource(scenario: TalkScenario, move: TalkMove): TalkSpeech["source"] {
  return scenario.talk?.templates[move] ? "scenario" : "default";
}

/**
 * The structured form of what `seat` says for `move`: the template chosen by `pick` (any integer;
 * a seat's own variants first), and the slots the move fills. `fallback` is the default
 * scenario's talk section, used when this scenario has no template for the move.
 */
export function talkSpeech(
  scenario: TalkScenario,
  seat: string,
  move: TalkMove,
  slots: TalkSlotIds,
  pick = 0,
  fallback?: Talk,
): TalkSpeech {
  const source = talkSource(scenario, move);
  const section = source === "scenario" ? scenario.talk : fallback;
  const entry = section?.templates[move];
  const own = entry?.[seat];
  const list = own ?? entry?.default ?? [];
  const index = list.length > 0 ? Math.abs(pick) % list.length : 0;
  const filled: TalkSpeech["slots"] = { seat };
  const allowed = TALK_MOVE_SLOTS[move];
  for (const slot of allowed) {
    if (slot === "seat") continue;
    const value = slots[slot as Exclude<TalkSlot, "seat">];
    if (value !== undefined) (filled as Record<string, unknown>)[slot] = value;
  }
  return { source, move, variant: own ? seat : "default", index, slots: filled };
}

const PROPER =
  /^(Europe|European|Ukraine|Ukraine's|Russia|Russian|America|American|Israel|Israel-style|Article|Multinational|Kyiv|Moscow|Washington)\b/;

/** English mid-sentence form of a name: a leading capital dropped unless it starts an acronym or a proper name. */
export function englishMidSentence(text: string): string {
  if (PROPER.test(text) || /^[A-Z]{2}/.test(text)) return text;
  return text.charAt(0).toLowerCase() + text.slice(1);
}

type Text = { en: string; [lang: string]: string };

/**
 * A line of talk as a sentence in `lang` (English where the template has no such language), or
 * null when the line does not fit the scenario (an unknown template, seat, issue or option, or a
 * slot without a value): then show the line's own text instead. Never throws on any speech.
 * A line whose source is `default` needs `fallback`, the default scenario's talk section.
 */
export function renderTalk(scenario: TalkScenario, speech: TalkSpeech, lang = "en", fallback?: Talk): string | null {
  const section = speech.source === "scenario" ? scenario.talk : fallback;
  if (!section || !TALK_MOVES.includes(speech.move)) return null;
  const variants = section.templates[speech.move];
  const template =
    variants && Object.hasOwn(variants, speech.variant) ? variants[speech.variant]?.[speech.index] : null;
  if (!template) return null;
  const language = typeof template[lang] === "string" ? lang : "en";
  const say = (text: Text) => text[language] ?? text.en;
  const s = speech.slots;
  const seatName = (seatId: string) => {
    const seat = scenario.seats.find((x) => x.id === seatId);
    return seat ? say(seat.name) : null;
  };
  const issue = s.issue === undefined ? undefined : scenario.issues.find((i) => i.id === s.issue);
  const name = (text: Text) => (language === "en" ? englishMidSentence(say(text)) : say(text));
  const optionName = (option: string | null | undefined): string | null => {
    if (option === undefined || !issue) return null;
    if (option === null) return say(section.words.blank);
    const found = issue.options.find((o) => o.id === option);
    return found ? say(section.words.quote).replaceAll("{name}", name(found.label)) : null;
  };
  const values: Record<TalkSlot, () => string | null> = {
    seat: () => seatName(s.seat),
    issue: () => (issue ? name(issue.name) : null),
    option: () => optionName(s.option),
    current: () => optionName(s.current),
    other: () => (s.other === undefined ? say(section.words.others) : seatName(s.other)),
    response: () => (s.response ? say(section.words.responses[s.response as Response]) : null),
  };
  let broken = false;
  const text = say(template).replace(/\{([a-z]+)\}/g, (whole, slot: string) => {
    const value = Object.hasOwn(values, slot) ? values[slot as TalkSlot]() : null;
    if (value === null) broken = true;
    return value ?? whole;
  });
  if (broken) return null;
  return text.charAt(0).toUpperCase() + text.slice(1);
}
