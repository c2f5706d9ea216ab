// The moves a bot explains in talk, and the slots each move's sentence may use. The scenario's
// `talk` section (scenario.ts) holds the sentence templates; talk.ts fills and renders them.

/** The moves a bot explains. */
export const TALK_MOVES = [
  "amend",
  "concede",
  "support",
  "accept",
  "decline-amendment",
  "call-vote",
  "sign",
  "decline-vote",
  "red-line",
  "honour",
  "fall-short",
  "keeper-holds",
  "keeper-returns",
] as const;
export type TalkMove = (typeof TALK_MOVES)[number];

/**
 * The slots a template may use, written `{seat}`, `{issue}`, ...: the speaking seat, an issue, an
 * option of it and the draft's current option there (or a blank), another seat, and a
 * stress-test response.
 */
export const TALK_SLOTS = ["seat", "issue", "option", "current", "other", "response"] as const;
export type TalkSlot = (typeof TALK_SLOTS)[number];

const ABOUT_AN_ISSUE: readonly TalkSlot[] = ["seat", "issue", "option", "current", "other"];

/** The slots a move fills: its templates may use these and no others. */
export const TALK_MOVE_SLOTS: Readonly<Record<TalkMove, readonly TalkSlot[]>> = {
  amend: ABOUT_AN_ISSUE,
  concede: ABOUT_AN_ISSUE,
  support: ABOUT_AN_ISSUE,
  accept: ABOUT_AN_ISSUE,
  "decline-amendment": ABOUT_AN_ISSUE,
  "call-vote": ["seat"],
  sign: ["seat"],
  "decline-vote": ABOUT_AN_ISSUE,
  "red-line": ABOUT_AN_ISSUE,
  honour: ["seat", "response"],
  "fall-short": ["seat", "response"],
  "keeper-holds": ["seat"],
  "keeper-returns": ["seat"],
};

/** Whether a string names a talk move. */
export function isTalkMove(name: string): name is TalkMove {
  return (TALK_MOVES as readonly string[]).includes(name);
}
