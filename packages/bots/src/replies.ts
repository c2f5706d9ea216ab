// The bots' reply lines in every language they speak, joined from one file per language. The
// parts and seat voices are those of English (replies.en-uk.ts): each other language must give
// every part and every voice (a missing one fails typecheck), with the same slots and at least
// as many variants (conversation.test.ts checks).
import type { Lang } from "./intent.ts";
import { DE_PARTS, DE_VOICES } from "./replies.de.ts";
import { EN_UK_PARTS, EN_UK_VOICES } from "./replies.en-uk.ts";
import { FR_PARTS, FR_VOICES } from "./replies.fr.ts";
import { PL_PARTS, PL_VOICES } from "./replies.pl.ts";

export type ReplyPart = keyof typeof EN_UK_PARTS;
type VoiceSeat = keyof typeof EN_UK_VOICES;

/** One language's variants of every part. */
export type PartLines = Record<ReplyPart, readonly string[]>;
/** One language's openers and closers for every voice. */
export type VoiceLines = Record<VoiceSeat, { open: readonly string[]; close: readonly string[] }>;

/** How a seat opens and closes what it says: one voice per seat, the default for the others. */
export interface Voice {
  open: Record<Lang, readonly string[]>;
  close: Record<Lang, readonly string[]>;
}

function joinParts(): Record<ReplyPart, Record<Lang, readonly string[]>> {
  const out = {} as Record<ReplyPart, Record<Lang, readonly string[]>>;
  for (const part of Object.keys(EN_UK_PARTS) as ReplyPart[])
    out[part] = { ...EN_UK_PARTS[part], fr: FR_PARTS[part], de: DE_PARTS[part], pl: PL_PARTS[part] };
  return out;
}

function joinVoices(): Record<string, Voice> {
  const out: Record<string, Voice> = {};
  for (const seat of Object.keys(EN_UK_VOICES) as VoiceSeat[]) {
    const side = (k: "open" | "close") => ({
      ...EN_UK_VOICES[seat][k],
      fr: FR_VOICES[seat][k],
      de: DE_VOICES[seat][k],
      pl: PL_VOICES[seat][k],
    });
    out[seat] = { open: side("open"), close: side("close") };
  }
  return out;
}

export const REPLY_PARTS = joinParts();
export const VOICES = joinVoices();
