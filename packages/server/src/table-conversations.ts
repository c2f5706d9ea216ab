// What the bots of a table say back: a person's message on the table channel or in private is
// read once (@ironclad/bots' intent reader), and each bot seat it addresses answers after a short
// pause, from its own view and its own memory of the talk (promises made to it and by it included).
// The answer is in the message's language; an action the bot agrees to goes through the engine's
// validation like anyone's. Nothing here decides what a bot thinks: that is @ironclad/bots.
import {
  addressesSeat,
  type BotAction,
  type ConversationMemory,
  catchUpLine,
  composeReply,
  type Intent,
  type Lang,
  newConversationMemory,
  promisesDue,
  readIntent,
} from "@ironclad/bots";
import { type Action, type GameState, parseAction, type SeatId, view } from "@ironclad/engine";
import type { Channel } from "@ironclad/engine/protocol";

/** What the conversations need from their table. */
export interface ConversationTable {
  game(): GameState;
  /** Applies a validated action like any other; resolves with whether it applied. */
  dispatch(action: Action): Promise<boolean>;
  /** Posts a bot seat's line on a channel. */
  say(channel: Channel, seat: SeatId, text: string): Promise<void>;
  now(): number;
  /** A random number in [0, 1), for pacing only (the pause before an answer). */
  random(): number;
}

/** How long a bot takes to answer, in ms: a random time in [min, max] (0 in tests that want it at once). */
export type ReplyPause = { min: number; max: number };

type Pending = { seat: SeatId; at: number; intent: Intent; speaker: SeatId; channel: Channel };

/** Replies older than this are dropped unsaid (the table has moved on). */
const STALE_MS = 30_000;

/** The bots' side of a table's talk. The room calls `hear` for each person's message and `tick` on its beat. */
export class TableConversations {
  readonly #table: ConversationTable;
  readonly #seed: string;
  readonly #pause: ReplyPause;
  readonly #memories = new Map<SeatId, ConversationMemory>();
  /** The language each bot last answered in, for its promise news and catch-up lines. */
  readonly #langs = new Map<SeatId, Lang>();
  /** Where each bot last talked with someone, for the same. */
  readonly #channels = new Map<SeatId, Channel>();
  #pending: Pending[] = [];
  #running = false;

  constructor(table: ConversationTable, settings: { seed: string; pause: ReplyPause }) {
    this.#table = table;
    this.#seed = settings.seed;
    this.#pause = settings.pause;
  }

  /** A person at `fromSeat` wrote `text` on `channel`: every bot seat it addresses will answer. */
  hear(channel: Channel, fromSeat: SeatId | null, text: string): void {
    if (fromSeat === null || (channel.kind !== "table" && channel.kind !== "bilateral")) return;
    const game = this.#table.game();
    const listener = channel.kind === "bilateral" ? channel.seats.find((s) => s !== fromSeat) : undefined;
    // Only a bot seat answers: at a table of people (or a bilateral with one) the message is not
    // read at all. Reading it cost about 0.8 ms of CPU per message under load (#19), more than the
    // echo room's whole cost of a message.
    const answers = (seat: SeatId) => {
      const state = game.seats[seat];
      return seat !== fromSeat && state?.controller === "bot" && !state.redCell;
    };
    if (listener !== undefined ? !answers(listener) : !game.seatOrder.some(answers)) return;
    const intent = readIntent(text, {
      scenario: game.scenario,
      amendments: game.amendments,
      speaker: fromSeat,
    });
    const now = this.#table.now();
    for (const seat of game.seatOrder) {
      const state = game.seats[seat];
      if (seat === fromSeat || state?.controller !== "bot" || state.redCell) continue;
      if (channel.kind === "bilateral" ? seat !== listener : !addressesSeat(intent, seat, "table")) continue;
      this.#pending.push({ seat, at: now + this.#pauseMs(), intent, speaker: fromSeat, channel });
    }
    void this.tick();
  }

  /** Says what is due: replies whose pause has passed, kept or broken promises, a catch-up line. */
  async tick(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      const now = this.#table.now();
      const due = this.#pending.filter((p) => p.at <= now);
      this.#pending = this.#pending.filter((p) => p.at > now);
      for (const p of due) if (now - p.at < STALE_MS) await this.#reply(p, now);
      for (const seat of this.#memories.keys()) await this.#followUp(seat, now);
    } finally {
      this.#running = false;
    }
  }

  async #reply(p: Pending, now: number): Promise<void> {
    const game = this.#table.game();
    if (game.seats[p.seat]?.controller !== "bot") return;
    const seatView = view(game, { kind: "seat", seat: p.seat });
    const reply = composeReply(p.intent, {
      view: seatView,
      memory: this.#memories.get(p.seat) ?? newConversationMemory(p.seat),
      speaker: p.speaker,
      now,
      seed: `${this.#seed}:${p.seat}`,
    });
    this.#memories.set(p.seat, reply.memory);
    this.#langs.set(p.seat, reply.lang);
    this.#channels.set(p.seat, p.channel);
    if (reply.text !== null) await this.#table.say(p.channel, p.seat, reply.text);
    if (reply.action) await this.#act(p.seat, reply.action);
  }

  /** Promises kept or broken since the last look, and one line for messages the rate limit held back. */
  async #followUp(seat: SeatId, now: number): Promise<void> {
    const game = this.#table.game();
    const memory = this.#memories.get(seat);
    if (!memory || game.seats[seat]?.controller !== "bot") return;
    const seatView = view(game, { kind: "seat", seat });
    const lang = this.#langs.get(seat) ?? "en";
    const channel = this.#channels.get(seat) ?? { kind: "table" };
    const due = promisesDue(memory, seatView);
    let next = due.memory;
    for (const news of due.news) await this.#table.say(channel, seat, news.text[lang]);
    for (const action of due.actions) await this.#act(seat, action);
    const catchUp = catchUpLine(next, seatView, lang, now, `${this.#seed}:${seat}`);
    next = catchUp.memory;
    if (catchUp.text !== null) await this.#table.say(channel, seat, catchUp.text);
    this.#memories.set(seat, next);
  }

  async #act(seat: SeatId, action: BotAction): Promise<void> {
    const parsed = parseAction({ ...action, actor: { kind: "seat", seat }, at: this.#table.now() });
    if (parsed.ok) await this.#table.dispatch(parsed.action);
  }

  #pauseMs(): number {
    const { min, max } = this.#pause;
    // Pacing only, not a rule: the server may use its own randomness here.
    return min + this.#table.random() * Math.max(0, max - min);
  }
}
