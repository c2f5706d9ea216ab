// Bots at a table: a negotiator on every seat run by a bot, and a seat-keeper on every seat whose
// people are all away. They see only their seat's view, and their actions go through the same
// validation and the same engine as a person's. Rules live in the engine; choices in @ironclad/bots.
import {
  awayLines,
  type BotAction,
  decide,
  handoverLines,
  type KeeperMemory,
  keeperDecide,
  type MoscowMemory,
  moscowDecide,
  type NegotiatorMemory,
  newKeeperMemory,
  type Personality,
  type TalkLine,
} from "@ironclad/bots";
import { type Action, type GameState, parseAction, type SeatId, view } from "@ironclad/engine";
import type { CatchUpLine } from "@ironclad/engine/protocol";

/** What the bots need from their table. */
export interface BotTable {
  game(): GameState;
  /** Applies a validated action like any other (logged, broadcast); resolves with whether it applied. */
  dispatch(action: Action): Promise<boolean>;
  /** Posts a line of talk for a seat. */
  talk(seat: SeatId, line: TalkLine): Promise<void>;
  /** Seats whose people are all away right now (their keeper holds them). */
  awaySeats(): Set<SeatId>;
  /** A human red cell with nobody connected at it: Moscow's bot takes its steps meanwhile. */
  redCellUnattended(): boolean;
  now(): number;
  /** A random number in [0, 1), for pacing only (the think time between moves). */
  random(): number;
}

/** How bots behave at a table. */
export type BotSettings = {
  seed: string;
  personalities: Record<SeatId, Personality>;
  /** Think time between a bot's moves, in ms: a random time in [min, max]; 0 in simulations and tests. */
  thinkMs: { min: number; max: number };
  /**
   * Moscow played by the sharp bot (it presses where Western division shows) rather than drawn by
   * the engine from the model's odds: the red cell's controller is then "human" in the engine,
   * and this bot is the one that acts for it.
   */
  sharpMoscow: boolean;
};

/** Runs the bots of one table. The room calls `tick` after every change and on a steady beat. */
export class TableBots {
  readonly #table: BotTable;
  readonly #settings: BotSettings;
  readonly #negotiators = new Map<SeatId, NegotiatorMemory | null>();
  readonly #keepers = new Map<SeatId, KeeperMemory>();
  readonly #nextAt = new Map<SeatId, number>();
  #moscow: MoscowMemory | null = null;
  /** The stress-test year whose Moscow step the sharp bot is thinking about, and when it will move. */
  #moscowTurn: { year: number; at: number } | null = null;
  #running = false;

  constructor(table: BotTable, settings: BotSettings) {
    this.#table = table;
    this.#settings = settings;
  }

  /** Lets every bot whose think time has passed make its move. Calls never overlap. */
  async tick(): Promise<void> {
    if (this.#running) return;
    this.#running = true;
    try {
      const game = this.#table.game();
      if (game.phase === "lobby" || game.phase === "debrief" || game.paused) return;
      const away = this.#table.awaySeats();
      for (const seat of game.seatOrder) {
        const state = this.#table.game().seats[seat];
        if (!state) continue;
        const now = this.#table.now();
        const next = this.#nextAt.get(seat);
        // A bot's first move also waits a think time, as a person's would once the game starts.
        if (next === undefined) {
          this.#nextAt.set(seat, now + this.#thinkTime());
          if (this.#settings.thinkMs.max > 0) continue;
        } else if (next > now) continue;
        if (state.controller === "bot") await this.#negotiate(seat, now);
        else if (away.has(seat)) await this.#keep(seat, now);
      }
      await this.#sharpMoscow();
    } finally {
      this.#running = false;
    }
  }

  /** A person is back: the keeper hands the seat over with what happened meanwhile (null if it held nothing). */
  handBack(seat: SeatId): CatchUpLine[] | null {
    const memory = this.#keepers.get(seat);
    if (!memory) return null;
    this.#keepers.delete(seat);
    return awayLines(view(this.#table.game(), { kind: "seat", seat }), memory);
  }

  /** A person takes the seat over from its bot: what the bot leaves open in the seat's name. */
  handOver(seat: SeatId): CatchUpLine[] {
    this.#negotiators.delete(seat);
    return handoverLines(view(this.#table.game(), { kind: "seat", seat }));
  }

  async #negotiate(seat: SeatId, now: number): Promise<void> {
    const seatView = view(this.#table.game(), { kind: "seat", seat });
    const decision = decide(
      seatView,
      { personality: this.#settings.personalities[seat] ?? "pragmatist", seed: `${this.#settings.seed}:${seat}` },
      this.#negotiators.get(seat) ?? null,
      now,
    );
    this.#negotiators.set(seat, decision.memory);
    await this.#act(seat, decision.actions, decision.talk, now);
  }

  /**
   * Moscow's bot's move, in the stress test's Moscow step, after a think time like anyone's: the
   * sharp bot where the session chose it, or the model's bot standing in for an empty human red cell.
   */
  async #sharpMoscow(): Promise<void> {
    const standIn = !this.#settings.sharpMoscow && this.#table.redCellUnattended();
    if (!this.#settings.sharpMoscow && !standIn) return;
    const game = this.#table.game();
    const red = Object.values(game.seats).find((s) => s.redCell);
    if (red?.controller !== "human" || game.phase !== "stress" || game.step !== "moscow") return;
    const now = this.#table.now();
    if (this.#moscowTurn?.year !== game.year) {
      // The step has just begun: think first.
      this.#moscowTurn = { year: game.year, at: now + this.#thinkTime() };
      if (this.#settings.thinkMs.max > 0) return;
    } else if (this.#moscowTurn.at > now) return;
    const decision = moscowDecide(
      view(game, { kind: "moscow" }),
      { style: standIn ? "model" : "sharp", seed: this.#settings.seed },
      this.#moscow,
    );
    this.#moscow = decision.memory;
    await this.#act(red.id, decision.actions, decision.talk, now);
  }

  async #keep(seat: SeatId, now: number): Promise<void> {
    const seatView = view(this.#table.game(), { kind: "seat", seat });
    const memory = this.#keepers.get(seat) ?? newKeeperMemory(seatView);
    const decision = keeperDecide(seatView, memory, now);
    this.#keepers.set(seat, decision.memory);
    // Its steps are flagged as the keeper's, in the log and wherever a ballot or response shows.
    await this.#act(seat, decision.actions, decision.talk, now, true);
  }

  async #act(seat: SeatId, actions: BotAction[], talk: TalkLine[], now: number, standIn = false): Promise<void> {
    let acted = false;
    const actor = standIn ? { kind: "seat" as const, seat, standIn: true as const } : { kind: "seat" as const, seat };
    for (const a of actions) {
      // Validated like a person's action; one the engine refuses (the table moved on meanwhile) is dropped.
      const parsed = parseAction({ ...a, actor, at: this.#table.now() });
      if (parsed.ok) acted = (await this.#table.dispatch(parsed.action)) || acted;
    }
    for (const line of talk) await this.#table.talk(seat, line);
    if (acted || talk.length > 0) this.#nextAt.set(seat, now + this.#thinkTime());
  }

  #thinkTime(): number {
    const { min, max } = this.#settings.thinkMs;
    // Pacing only, not a rule: the server may use its own randomness here.
    return min + this.#table.random() * Math.max(0, max - min);
  }
}
