// The bot interface the server calls: a view in, actions (without actor and time), talk and the
// next memory out. Memory is plain JSON so the server can keep it with the table.
import type { RngState, SeatId } from "@ironclad/engine";
import type { ClientAction, KeeperDeed } from "@ironclad/engine/protocol";
import type { Personality } from "./concession.ts";
import type { OpponentModel } from "./opponent-model.ts";
import type { MoscowStyle } from "./stress-policy.ts";
import type { TalkLine } from "./talk.ts";

/** An action as a bot proposes it (as a client sends it): the server adds `actor` and `at` and applies it. */
export type BotAction = ClientAction;

/** A negotiating seat's bot settings (from the table settings). */
export interface NegotiatorSettings {
  personality: Personality;
  /** Seeds the bot's own generator (e.g. `${tableSeed}:${seat}`). */
  seed: string;
}

/** What a negotiating bot remembers between calls. */
export interface NegotiatorMemory {
  role: "negotiator";
  seat: SeatId;
  rng: RngState;
  /** The last negotiation time seen (t ∈ [0, 1]); it holds while a vote or pause stops the clock. */
  t: number;
  model: OpponentModel;
  /** Talk lines said so far (rotates template variants). */
  talked: number;
  /** Table time of the bot's last initiative (amendment posted, draft set, vote called). */
  lastInitiativeAt: number;
  /** Initiatives taken in the current round, against its budget (bot.ts); absent before the first. */
  roundInitiatives?: { round: number; count: number };
}

/** Moscow's bot settings. */
export interface MoscowSettings {
  style: MoscowStyle;
  seed: string;
}

/** What Moscow's bot remembers. */
export interface MoscowMemory {
  role: "moscow";
  rng: RngState;
}

/** One entry in the seat-keeper's log of what it did for the absent person (the deed as data). */
export interface KeeperLogEntry {
  at: number;
  deed: KeeperDeed;
}

/** What the seat-keeper remembers: where things stood when the person left, and what it did. */
export interface KeeperMemory {
  role: "keeper";
  seat: SeatId;
  /** Table time when the keeper took the seat. */
  since: number;
  /** The draft, the last amendment id, votes and years when the person left. */
  draftAtDrop: Record<string, string | null>;
  lastAmendmentAtDrop: number;
  votesAtDrop: number;
  yearsAtDrop: number;
  phaseAtDrop: string;
  /** Whether the keeper has told the table it holds the seat. */
  announced: boolean;
  deeds: KeeperLogEntry[];
}

/** A bot's answer: actions to apply in order, talk to post, and the memory for the next call. */
export interface BotDecision<M = NegotiatorMemory> {
  actions: BotAction[];
  talk: TalkLine[];
  memory: M;
}
