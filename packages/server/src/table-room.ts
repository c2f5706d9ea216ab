// One Colyseus room per table: a thin adapter over the engine.
// validate → engine.apply → on error, reply to the sender only → on success, append to the
// event log (durable first), project onto the schema, send the patch at once.
import {
  type Client,
  type ClientPrivate,
  ClientState,
  CloseCode,
  type Delayed,
  getMessageBytes,
  Protocol,
  Room,
  ServerError,
} from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import {
  type Action,
  applyParsed,
  awaitedSeats,
  type ClockAction,
  debriefDistribution,
  type GameEvent,
  type GameState,
  initialState,
  injectRefusal,
  nextClockAction,
  replay,
  type Scenario,
  stateHash,
  stateHashAs,
  type TalkSpeech,
  type Viewer,
} from "@ironclad/engine";
import {
  actorOf,
  type Channel,
  CLOSE_CODES,
  type ClockNotice,
  channelKey,
  chatSendSchema,
  type ErrorCode,
  MAX_MESSAGES_PER_SECOND,
  PROTOCOL_VERSION,
  parseChannelKey,
  parseClientAction,
  type RematchGo,
  type TableSummary,
} from "@ironclad/engine/protocol";
import { ApiError } from "./api-error.ts";
import type { Logger } from "./logger.ts";
import type { Metrics } from "./metrics.ts";
import type { ScenarioCatalog } from "./scenario-catalog.ts";
import { hashSecret, secretMatches } from "./secrets.ts";
import { type TableConfig, watchingSchema } from "./session-settings.ts";
import type { ChatRecord, PersonRecord, Store, TableRecord } from "./store.ts";
import { TableBots } from "./table-bots.ts";
import { filterWords, type Listener, mayRead, resolveChannel } from "./table-chat.ts";
import { TableConversations } from "./table-conversations.ts";
import { initOptionsFor } from "./table-init.ts";
import { leaveRefusal, parseLeave } from "./table-leave.ts";
import { audienceOf, type Delegations, projectScenario, projectTable, publicScenarioJson } from "./table-projection.ts";
import {
  answerRefusal,
  carried,
  decide,
  makeOffer,
  noticeOf,
  offerRefusal,
  type Presence,
  parseAnswer,
  parseOffer,
  type RematchOffer,
  type RematchSender,
  withAnswer,
} from "./table-rematch.ts";
import { TableState } from "./table-schema.ts";
import { relayTyping } from "./table-typing.ts";
import { seatlessWatches, watchingOn, watchKeyMatches, watchPath } from "./table-watch.ts";
import { takeTurn } from "./turns.ts";

/** Seeded futures run for the debrief's distribution. */
const DEBRIEF_FUTURES = 200;

/** How long a finished table's room stays in memory for its debrief (it is rebuilt from its log for reports). */
const DEBRIEF_KEPT_MS = 30 * 60_000;

/** How long a finished table's room, reopened for its debrief (#21), waits for its person to join. */
const REOPENED_KEPT_MS = 60_000;

/** No action for this long during talks flags a table as stalled on the facilitator's console. */
const STALLED_AFTER_MS = 120_000;

/** Something the facilitator should know after an action that applied (e.g. an empty red cell at the start). */
export type ActionWarning = { code: ErrorCode; message: string };

/**
 * What a table room needs from the process, given to each room when it is made (see `tableRoom`):
 * no module-level state, so every server built in one process gives its rooms its own.
 */
export type TableRoomDeps = {
  store: Store;
  catalog: ScenarioCatalog;
  logger: Logger;
  /** The clock: every time the room stamps (actions, chat, deadlines, the clock notice). */
  now: () => number;
  /** Randomness for pacing only (the bots' think time and reply pauses); the rules draw from the table's seed. */
  random: () => number;
  /** How long a dropped connection's seat waits for it (Colyseus's allowReconnection). */
  reconnectSeconds: number;
  /** Words masked in what is said at the table. */
  chatBlocklist: readonly string[];
  botThinkMs: { min: number; max: number };
  metrics: Metrics;
  /** How long a rematch offer waits for its people (#21, item 3). */
  rematchSeconds: number;
  /** Creates a rematch's table (a new quick game on `from`'s settings) with these people in these seats. */
  rematch: (
    from: TableRecord,
    people: readonly { name: string; seat: string }[],
  ) => Promise<{ tableId: string; number: number; code: string; admissions: { seatToken: string }[] }>;
};

/**
 * The `table` room's class for the server to define (`defineRoom(tableRoom(deps))`): Colyseus makes
 * rooms with `new klass()`, so the dependencies are bound here. Not through `defineRoom`'s default
 * options: those are merged into `onCreate`'s options, which Colyseus keeps on the exception when
 * onCreate fails, and the room logs that exception (the store and the metrics in the log line).
 */
export function tableRoom(deps: TableRoomDeps): new () => TableRoom {
  return class ConfiguredTableRoom extends TableRoom {
    constructor() {
      super(deps);
    }
  };
}

/** Who a connection is: a person with a seat token, the facilitator, or someone watching by the watch link (#21). */
type Identity = { kind: "person"; person: PersonRecord } | { kind: "facilitator" } | { kind: "watcher" };
type UserData = { identity: Identity; viewer: Viewer; listener: Listener; chatTimes: number[] };
type TableClient = Client<{ userData: UserData; auth: Identity }>;

const CHAT_BURST = 5;
/** How long a bot takes to answer a message addressed to it. */
const REPLY_PAUSE = { min: 1_500, max: 4_000 };
const SLOW_JOIN_MS = 3_000;
const CHAT_WINDOW_MS = 10_000;

type DispatchResult = { ok: true } | { ok: false; error: { code: ErrorCode; message: string } };
/** An action waiting to be applied, and how to tell its sender the result. */
type Waiting = { action: Action; done: (result: DispatchResult) => void };
/** Who sits where (names and live connections per seat) and which audiences someone watches. */
type Members = { seatOrder: readonly string[]; delegations: Delegations; watched: Set<string>; watchers: number };

/** How often the room's clock runs its timers. */
const CLOCK_TICK_MS = 100;

/** The `table` room. Its roomId is the table id. Made through `tableRoom(deps)`. */
export class TableRoom extends Room<{ state: TableState; client: TableClient }> {
  override maxMessagesPerSecond = MAX_MESSAGES_PER_SECOND;
  override autoDispose = false;
  // Patches go out right after each accepted action (broadcastPatch), not on a timer.
  override patchRate = null;

  readonly #deps: TableRoomDeps;
  #table!: TableRecord;
  #config!: TableConfig;
  #scenario!: Scenario;
  #game!: GameState;
  #people: PersonRecord[] = [];
  /** Actions waiting for the next batch, and whether a batch is being applied and saved now. */
  #waiting: Waiting[] = [];
  #draining = false;
  #timer: Delayed | null = null;
  /** The clock action #timer was set for. */
  #timerFor: ClockAction | null = null;
  #chatSeq = 0;
  #lastActivityAt = 0;
  #futures: ReturnType<typeof debriefDistribution> | null = null;
  #futuresPending = false;
  #bots!: TableBots;
  #talk!: TableConversations;
  /** The process's logger until onCreate knows the table, then one that names it. */
  #log: Logger;
  /** Who sits where and which audiences are watched, as last counted; cleared when someone comes or goes. */
  #members: Members | null = null;
  /** When each connection's last typing notice was relayed (table-typing.ts's rate limit). */
  readonly #typingRelayed = new WeakMap<TableClient, number>();
  /** Live connections whose session another connection is taking with their reconnection token. */
  #takenOver = new WeakSet<TableClient>();
  /** The table's rematch offer (#21, item 3), the last offer's number, and the timer for its deadline. */
  #rematch: RematchOffer | null = null;
  #rematchSeq = 0;
  #rematchTimer: Delayed | null = null;
  /** Set while the rematch's table is being made: answers wait no longer. */
  #rematchStarting = false;
  /** Each carried person's place at the rematch's table, kept until a page of theirs is told. */
  #rematchTickets = new Map<string, RematchGo>();

  constructor(deps: TableRoomDeps) {
    super();
    this.#deps = deps;
    this.#log = deps.logger;
  }

  override messages = {
    action: (client: TableClient, message: unknown) => {
      void this.#onAction(client, message).catch((error) => this.#fault(client, error, "action"));
    },
    chat: (client: TableClient, message: unknown) => {
      void this.#onChat(client, message).catch((error) => this.#fault(client, error, "chat"));
    },
    leave: (client: TableClient, message: unknown) => {
      void this.#onLeaveTable(client, message).catch((error) => this.#fault(client, error, "leave"));
    },
    typing: (client: TableClient, message: unknown) => {
      if (this.#refuseWatcher(client, "Watchers read the table's talk; they do not write.")) return;
      relayTyping(client, message, {
        seats: this.#game.seatOrder,
        clients: this.clients,
        facilitatorReadsPrivate: this.#config.readPrivate,
        facilitated: this.#facilitated(),
        now: this.#deps.now(),
        lastRelayed: this.#typingRelayed,
        reply: (error) => this.#reply(client, error),
      });
    },
    watching: (client: TableClient, message: unknown) => {
      void this.#onWatching(client, message).catch((error) => this.#fault(client, error, "watching"));
    },
    "rematch/offer": (client: TableClient, message: unknown) => {
      void this.#onRematchOffer(client, message).catch((error) => this.#fault(client, error, "rematch/offer"));
    },
    "rematch/answer": (client: TableClient, message: unknown) => {
      void this.#onRematchAnswer(client, message).catch((error) => this.#fault(client, error, "rematch/answer"));
    },
    "*": (client: TableClient, type: string) => {
      this.#hostile(client, {
        code: "message/unknown_type",
        message: `The server does not know the message "${type}".`,
      });
    },
  };

  override async onCreate(options: { tableId: string }): Promise<void> {
    // With patches off the timer, Colyseus ticks a room's clock 60 times a second. This room's timers
    // (a phase's deadline, the bots' beat, the debrief's close) need a tenth of a second, and at 250
    // tables 60 Hz is 15,000 timer callbacks a second. Setting patchRate again clears the 60 Hz one.
    this.setTimestep(() => {}, CLOCK_TICK_MS);
    this.patchRate = null;
    const d = this.#deps;
    const table = await d.store.getTable(String(options?.tableId ?? ""));
    if (!table) throw new ServerError(404, `no table ${options?.tableId}`);
    const scenario = await d.catalog.resolve(table.scenarioId);
    if (!scenario) throw new ServerError(500, `table ${table.id} uses unknown scenario ${table.scenarioId}`);
    this.roomId = table.id;
    this.#table = table;
    this.#config = table.config as TableConfig;
    this.#scenario = scenario;
    this.#log = d.logger.child({ tableId: table.id });

    this.#game = await this.#restore();
    this.#people = await d.store.listPeople(table.id);
    this.#chatSeq = (await d.store.readChat(table.id)).at(-1)?.seq ?? 0;
    this.setState(new TableState());
    projectScenario(this.#game, this.state);
    this.state.facilitatorReadsPrivate = this.#config.readPrivate;
    this.state.watching = watchingOn(this.#config);
    this.#project();
    this.#schedule();
    this.#bots = new TableBots(
      {
        game: () => this.#game,
        dispatch: async (action) => (await this.#dispatch(action)).ok,
        talk: (seat, line) =>
          this.#postChat(
            line.channel === "bilateral" && line.to ? { kind: "bilateral", seats: [seat, line.to] } : { kind: "table" },
            seat,
            `${this.#seatName(seat)} (bot)`,
            line.text,
            line.speech,
          ),
        awaySeats: () => this.#awaySeats(),
        redCellUnattended: () => this.#redCellUnattended(),
        now: () => this.#deps.now(),
        random: () => this.#deps.random(),
      },
      {
        seed: table.seed,
        personalities: this.#config.bots,
        thinkMs: d.botThinkMs,
        sharpMoscow: this.#config.moscow === "sharp",
      },
    );
    this.#talk = new TableConversations(
      {
        game: () => this.#game,
        dispatch: async (action) => (await this.#dispatch(action)).ok,
        say: (channel, seat, text) => this.#postChat(channel, seat, `${this.#seatName(seat)} (bot)`, text),
        now: () => this.#deps.now(),
        random: () => this.#deps.random(),
      },
      // A bot answers within a few seconds, as a person would (at once where bots think in no time).
      { seed: table.seed, pause: d.botThinkMs.max > 0 ? REPLY_PAUSE : { min: 0, max: 0 } },
    );
    // Bots think on a steady beat (their pace) and after every change (so they answer at once when they may).
    this.clock.setInterval(() => {
      void this.#bots.tick();
      void this.#talk.tick().catch((error) => this.#log.error({ err: error }, "bot talk failed"));
    }, 1_000);
    await this.setMetadata({ code: table.code, sessionId: table.sessionId });
    d.metrics.tables.inc();
    // Reopened for its debrief by one of its people (POST /api/tables/:id/reopen): it goes once they leave.
    if (table.status !== "open")
      this.clock.setTimeout(() => {
        this.autoDispose = true;
        if (this.clients.length === 0) void this.disconnect();
      }, REOPENED_KEPT_MS);
  }

  override onDispose(): void {
    this.#deps.metrics.tables.dec();
  }

  /** The state from the table's creation options and its log (crash recovery and normal start alike). */
  async #restore(): Promise<GameState> {
    const d = this.#deps;
    const { seed, ...init } = initOptionsFor(this.#table);
    const log = await d.store.readLog(this.#table.id);
    if (log.length === 0) return initialState(this.#scenario, { ...init, seed });
    const result = replay(
      this.#scenario,
      seed,
      log.map((e) => e.action),
      undefined,
      init,
    );
    const last = log.at(-1);
    this.#lastActivityAt = last?.at ?? 0;
    if (result.error) {
      this.#log.error({ error: result.error }, "the table's log does not replay; restored up to the failing action");
    } else if (last && stateHashAs(result.state, last.stateHash) !== last.stateHash) {
      this.#log.error({ seq: last.seq }, "replayed state hash differs from the logged one");
    } else {
      this.#log.info({ actions: log.length }, "table restored from its log");
    }
    return result.state;
  }

  override async onAuth(
    client: TableClient,
    options: { seatToken?: unknown; facilitatorKey?: unknown; watchKey?: unknown; protocol?: unknown },
  ): Promise<Identity> {
    const d = this.#deps;
    this.#log.debug({ sessionId: client.sessionId }, "join: checking the token");
    if (options?.protocol !== undefined && options.protocol !== PROTOCOL_VERSION) {
      throw new ServerError(
        400,
        `protocol ${String(options.protocol)} is not supported; this server speaks ${PROTOCOL_VERSION}`,
      );
    }
    if (typeof options?.facilitatorKey === "string") {
      const session = await d.store.getSession(this.#table.sessionId);
      if (session && secretMatches(options.facilitatorKey, session.facilitatorKeyHash)) return { kind: "facilitator" };
      throw new ServerError(401, "the facilitator key is not valid for this table");
    }
    // A watch link (#21, item 2): the table's public side, while its game runs and watching is on.
    if (typeof options?.watchKey === "string") {
      if (!watchKeyMatches(this.#table, options.watchKey)) throw new ServerError(404, "no table has this watch link");
      if (this.#table.status !== "open") throw new ServerError(410, "this table's game is over");
      if (!watchingOn(this.#config)) throw new ServerError(403, "watching is switched off at this table");
      return { kind: "watcher" };
    }
    if (typeof options?.seatToken === "string" && options.seatToken.length <= 100) {
      // A finished or ended table still admits its own people (to read the debrief, after a refresh too).
      const fresh = await d.store.getTable(this.#table.id);
      if (!fresh) throw new ServerError(410, "this table has been deleted");
      const person = await d.store.getPersonByToken(this.#table.id, hashSecret(options.seatToken));
      if (person && person.seat === null && this.#watchesWithoutSeat() && !watchingOn(this.#config))
        throw new ServerError(403, "watching is switched off at this table");
      if (person) return { kind: "person", person };
    }
    throw new ServerError(401, "this seat token is not valid for this table");
  }

  override async onJoin(client: TableClient, _options: unknown, identity: Identity): Promise<void> {
    this.#deps.metrics.clients.inc();
    this.#log.debug({ sessionId: client.sessionId }, "join: admitted");
    const started = performance.now();
    // A join that takes long is worth a line in the log, with where it waited.
    const slow = (step: string) => {
      const ms = performance.now() - started;
      if (ms > SLOW_JOIN_MS) this.#log.warn({ ms: Math.round(ms), step, waiting: this.#waiting.length }, "slow join");
    };
    if (identity.kind === "person" && !this.#people.some((p) => p.id === identity.person.id)) {
      this.#people.push(identity.person);
    }
    // Sets the connection's viewer, and has the members counted again (the person above included).
    this.#admit(client, identity);
    this.#welcome(client);
    client.send("scenario", publicScenarioJson(this.#game));
    client.send("chat/history", await this.#chatHistoryFor(client));
    slow("chat history");
    await this.#takeOverFromBot(client, identity.kind === "person" ? identity.person.seat : null);
    slow("taking the seat from its bot");
    // Back on a new device (a fresh join with the same token): the keeper hands the seat back too.
    this.#catchUp(client);
    this.#rematchOnJoin(client);
    // A quick game starts as soon as its player arrives.
    if (this.#config.autoStart && this.#game.phase === "lobby") {
      await this.#dispatch({ type: "table/start", actor: { kind: "system" }, at: this.#deps.now() });
    }
    this.#project();
    this.broadcastPatch();
    this.#sendClock(client);
    this.#log.debug({ sessionId: client.sessionId, ms: Math.round(performance.now() - started) }, "join: done");
  }

  #welcome(client: TableClient): void {
    const identity = client.userData?.identity;
    client.send("welcome", {
      protocol: PROTOCOL_VERSION,
      tableId: this.#table.id,
      viewer: client.userData?.viewer,
      name: identity?.kind === "person" ? identity.person.name : identity?.kind === "watcher" ? "" : "Facilitator",
      facilitatorReadsPrivate: this.#config.readPrivate,
      // Whether a facilitator runs the table (a session's), so its people may write to them.
      facilitated: this.#facilitated(),
      // Where this person sits, for their screen and their invite link. A watcher is not given the join
      // code: the watch link opens watching only, never a seat.
      table:
        identity?.kind === "watcher"
          ? { number: this.#table.number }
          : { number: this.#table.number, code: this.#table.code },
      // The watch link (#21, item 2), and whether this connection may switch watching off and on.
      watch: { path: watchPath(this.#table), canSwitch: identity ? this.#maySwitchWatching(identity) : false },
    });
  }

  /** A session's table has a facilitator; a quick game (it starts by itself) has none. */
  #facilitated(): boolean {
    return this.#config.autoStart !== true;
  }

  /** The person who opened a quick game, and the facilitator, switch watching off and on. */
  #maySwitchWatching(identity: Identity): boolean {
    if (identity.kind === "facilitator") return true;
    return identity.kind === "person" && identity.person.id === this.#config.openedBy;
  }

  /** Whether a person without a seat is here to watch (not waiting for the facilitator to seat them). */
  #watchesWithoutSeat(): boolean {
    return seatlessWatches(this.#config);
  }

  /** Whether a connection watches: by the watch link, or as a person without a seat who came to watch. */
  #isWatcher(client: TableClient): boolean {
    const identity = client.userData?.identity;
    if (identity?.kind === "watcher") return true;
    return identity?.kind === "person" && identity.person.seat === null && this.#watchesWithoutSeat();
  }

  /** A watcher tried to act, talk or switch watching: refused with `seat/observer` and counted as hostile input. */
  #refuseWatcher(client: TableClient, message: string): boolean {
    if (client.userData?.viewer.kind !== "observer") return false;
    this.#hostile(client, { code: "seat/observer", message });
    return true;
  }

  /** Refuses what a connection's place at the table never allows, and counts it as hostile input. */
  #hostile(client: TableClient, error: { code: ErrorCode; message: string }): void {
    this.#deps.metrics.hostileInput.inc({ code: error.code });
    this.#log.debug({ sessionId: client.sessionId, code: error.code }, "hostile input refused");
    this.#reply(client, error);
  }

  /** The `watching` message: the opener (or the facilitator) switches watching on or off. */
  async #onWatching(client: TableClient, message: unknown): Promise<void> {
    const data = client.userData;
    if (!data) return;
    if (this.#refuseWatcher(client, "Watchers cannot switch watching.")) return;
    const parsed = watchingSchema.safeParse(message);
    if (!parsed.success) {
      this.#reply(client, { code: "request/invalid", message: "A watching message is { on: true | false }." });
      return;
    }
    if (!this.#maySwitchWatching(data.identity)) {
      this.#reply(client, {
        code: "watch/not_opener",
        message: "Only the person who opened this table can switch watching off or on.",
      });
      return;
    }
    await this.setWatching(parsed.data.on);
  }

  /** Switches watching on or off (#21, item 2): saved with the table; when off, every watcher is told and closed. */
  async setWatching(on: boolean): Promise<{ ok: true; watching: boolean }> {
    const d = this.#deps;
    const fresh = await d.store.getTable(this.#table.id);
    const config = { ...((fresh?.config ?? this.#config) as TableConfig), watching: on };
    await d.store.setTableConfig(this.#table.id, config);
    this.#config = config;
    this.#applyWatching();
    return { ok: true, watching: on };
  }

  /** The table's settings changed elsewhere (watching switched through the API, a quick game's opener set). */
  async watchingChanged(): Promise<void> {
    const fresh = await this.#deps.store.getTable(this.#table.id);
    if (!fresh) return;
    this.#table = { ...this.#table, config: fresh.config };
    this.#config = fresh.config as TableConfig;
    // A connection's right to switch may have changed with it (the quick game's opener is now known).
    for (const client of this.clients) if (client.userData) this.#welcome(client);
    this.#applyWatching();
  }

  #applyWatching(): void {
    const on = watchingOn(this.#config);
    if (!on) {
      for (const client of this.clients) {
        if (!this.#isWatcher(client)) continue;
        client.send("watching-off", { message: "The person who opened this table has switched watching off." });
        client.leave(CloseCode.CONSENTED);
      }
    }
    this.state.watching = on;
    this.#membersChanged();
    this.#project();
    this.broadcastPatch();
  }

  // The seat-keeper hands the seat back with what happened while its people were away.
  #catchUp(client: TableClient): void {
    const viewer = client.userData?.viewer;
    if (viewer?.kind !== "seat") return;
    const lines = this.#bots.handBack(viewer.seat);
    if (lines) client.send("catch-up", { reason: "away", lines });
  }

  #seatName(seat: string): string {
    return this.#scenario.seats.find((s) => s.id === seat)?.name.en ?? seat;
  }

  /** The seat of a red cell the session made human, else null. */
  #humanRedCell(): string | null {
    if (this.#config.moscow !== "human") return null;
    return Object.values(this.#game.seats).find((s) => s.redCell)?.id ?? null;
  }

  /** A human red cell with nobody connected at it: a bot takes its steps rather than let the clock run out. */
  #redCellUnattended(): boolean {
    const red = this.#humanRedCell();
    return red !== null && (this.state.seats.get(red)?.connected ?? 0) === 0;
  }

  #redCellSeating(): TableSummary["redCell"] {
    const seat = this.#humanRedCell();
    return seat ? { seat, people: this.#people.filter((p) => p.seat === seat).length } : null;
  }

  /** Seats run by people who are all disconnected right now. */
  #awaySeats(): Set<string> {
    const away = new Set<string>();
    for (const [id, seat] of this.state.seats) if (seat.away && seat.controller === "human") away.add(id);
    return away;
  }

  // A person taking a seat that a bot held takes it over, and is told what the bot leaves open.
  async #takeOverFromBot(client: TableClient, seat: string | null): Promise<void> {
    if (seat && this.#game.seats[seat]?.controller === "bot") {
      const taken = await this.#dispatch({
        type: "facilitator/set-controller",
        actor: { kind: "facilitator" },
        at: this.#deps.now(),
        seat,
        controller: "human",
      });
      if (taken.ok && this.#game.phase !== "lobby")
        client.send("catch-up", { reason: "handover", lines: this.#bots.handOver(seat) });
    }
  }

  /** Sets the viewer, chat identity and schema view for a connection. */
  #admit(client: TableClient, identity: Identity): void {
    let viewer: Viewer;
    let listener: Listener;
    const seat = identity.kind === "person" ? identity.person.seat : null;
    if (identity.kind === "facilitator") {
      viewer = { kind: "facilitator" };
      listener = { kind: "facilitator" };
    } else if (seat && this.#game.seats[seat]?.redCell) {
      viewer = { kind: "moscow" };
      listener = { kind: "moscow" };
    } else if (seat && this.#game.seats[seat]) {
      viewer = { kind: "seat", seat };
      listener = { kind: "seat", seat };
    } else {
      viewer = { kind: "observer" };
      listener = { kind: "observer" };
    }
    const previous = client.userData;
    client.userData = { identity, viewer, listener, chatTimes: previous?.chatTimes ?? [] };
    this.#membersChanged();
    // A seat change keeps the connection's view and swaps its private part, so the old part is
    // removed from the client's state too (a fresh view would leave it behind).
    const view = client.view ?? new StateView();
    if (previous) {
      const old = this.state.privates.get(audienceOf(previous.viewer));
      if (old && view.has(old)) view.remove(old);
    }
    const part = this.state.privates.get(audienceOf(viewer));
    if (part) view.add(part);
    client.view = view;
  }

  /**
   * Colyseus lets a reconnection token resume a session whose connection still looks live (a phone
   * whose old socket is half-open): it drops that connection and hands its session to the new one.
   * It does not close the old socket, though (onDrop waits for the new connection, which then owns
   * the session): onDrop closes it, with a code that says the seat was opened elsewhere.
   */
  override checkReconnectionToken(reconnectionToken: string): string {
    const live = this.clients.find((c) => c.reconnectionToken === reconnectionToken);
    if (live) this.#takenOver.add(live);
    return super.checkReconnectionToken(reconnectionToken);
  }

  override async onDrop(client: TableClient): Promise<void> {
    this.#membersChanged();
    this.#project();
    this.broadcastPatch();
    // A connection the room dropped itself still has an open socket that nothing is sent on any more:
    // close it now, saying why (Colyseus would close it only once the seat's reconnection time ran out).
    if (this.#takenOver.has(client)) {
      client.leave(CLOSE_CODES.seatOpenedElsewhere, "this seat was opened elsewhere");
    } else if (((client as TableClient & ClientPrivate)._numMessagesLastSecond ?? 0) > this.maxMessagesPerSecond) {
      client.leave(CLOSE_CODES.tooManyMessages, `more than ${this.maxMessagesPerSecond} messages a second`);
      // Not a drop: the SDK does not resume it, so no seat is held for it (the seat token opens it again).
      return;
    }
    try {
      await this.allowReconnection(client, this.#deps.reconnectSeconds);
    } catch {
      // Not back in time: onLeave follows.
    }
  }

  override onReconnect(client: TableClient): void {
    this.#catchUp(client);
    this.#rematchOnJoin(client);
    this.#membersChanged();
    this.#project();
    this.broadcastPatch();
    this.#sendClock(client);
  }

  /**
   * The server's time now, for the connection's clock: the state's `now` is the last action's time,
   * which at a quiet table (or after a restart) lies minutes behind (#18, item 3). Sent last, so it
   * leaves as close as it can to the moment it says.
   */
  #sendClock(client: TableClient): void {
    client.send("clock", { now: this.#deps.now() } satisfies ClockNotice);
  }

  override onLeave(): void {
    this.#deps.metrics.clients.dec();
    this.#membersChanged();
    this.#project();
    this.broadcastPatch();
    // One fewer to wait for: a rematch offer may start (or expire) now.
    void this.#settleRematch().catch((error) => this.#log.error({ err: error }, "rematch failed"));
  }

  override onUncaughtException(error: Error, methodName: string): void {
    // One table's bug must not take the process (and every other table) down.
    this.#log.error({ err: error, methodName }, "uncaught exception in a table room");
  }

  /** The table at a glance, for the facilitator's console. */
  summary(): TableSummary {
    const g = this.#game;
    const filled = Object.values(g.draft).filter((o) => o !== null).length;
    const connected: Record<string, number> = {};
    for (const [id, seat] of this.state.seats) connected[id] = seat.connected;
    const lastActivityAt = Math.max(this.#lastActivityAt, this.#table.createdAt);
    const live = g.phase === "negotiation" || g.phase === "vote";
    return {
      tableId: this.#table.id,
      code: this.#table.code,
      phase: g.phase,
      round: g.round,
      year: g.year,
      step: g.step,
      deadline: g.deadline,
      paused: g.paused !== null,
      seq: g.seq,
      penHolder: g.penHolder,
      controllers: Object.fromEntries(Object.entries(g.seats).map(([id, seat]) => [id, seat.controller])),
      connected,
      draftFilled: filled,
      draftSize: Object.keys(g.draft).length,
      lastActivityAt,
      stalled: live && g.paused === null && this.#deps.now() - lastActivityAt > STALLED_AFTER_MS,
      injectRefusal: injectRefusal(g),
      redCell: this.#redCellSeating(),
      awaited: awaitedSeats(g),
    };
  }

  /** A facilitator's action sent through the HTTP API (for one table or all at once): same engine, same log. */
  async facilitatorAct(input: unknown): Promise<DispatchResult & { warnings?: ActionWarning[] }> {
    const parsed = parseClientAction(input, { kind: "facilitator" }, this.#deps.now());
    if (!parsed.ok) return { ok: false, error: { code: parsed.error.code, message: parsed.error.message } };
    const result = await this.#dispatch(parsed.action);
    if (result.ok && parsed.action.type === "table/start" && this.#redCellSeating()?.people === 0) {
      return {
        ok: true,
        warnings: [
          {
            code: "redcell/empty",
            message:
              "Nobody holds the red cell (Moscow) at this table: a bot takes its steps until someone joins as Moscow.",
          },
        ],
      };
    }
    return result;
  }

  /** The facilitator's broadcast sent through the HTTP API (to one table or all at once). */
  async announce(text: string): Promise<{ ok: true }> {
    await this.#postChat({ kind: "broadcast" }, null, "Facilitator", text);
    return { ok: true };
  }

  /** Reloads the table's people after a join or a seat move through the HTTP API. */
  async peopleChanged(): Promise<void> {
    const d = this.#deps;
    const seatedBefore = new Set(this.#people.flatMap((p) => (p.seat ? [p.seat] : [])));
    this.#people = await d.store.listPeople(this.#table.id);
    this.#membersChanged();
    // A seat whose last person was moved away (or removed) goes back to a bot, not to nobody.
    for (const seat of seatedBefore) await this.#handToBot(seat);
    // The facilitator moved someone: to another seat here (new view at once), or to another table.
    for (const client of this.clients) {
      const identity = client.userData?.identity;
      if (identity?.kind !== "person") continue;
      const now = this.#people.find((p) => p.id === identity.person.id);
      if (!now) {
        const moved = await d.store.getPerson(identity.person.id);
        const to = moved ? await d.store.getTable(moved.tableId) : null;
        // The same seat token opens the new table: the page follows on its own.
        if (moved && to) client.send("moved", { tableId: to.id, number: to.number, code: to.code, seat: moved.seat });
        else client.send("removed", { message: "The facilitator removed you from this session." });
        client.leave(CloseCode.CONSENTED);
      } else if (now.muted !== identity.person.muted) {
        client.userData = { ...client.userData, identity: { kind: "person", person: now } } as UserData;
        client.send("muted", { muted: now.muted });
      }
      if (now && now.seat !== identity.person.seat) {
        this.#admit(client, { kind: "person", person: now });
        this.#welcome(client);
        client.send("chat/history", await this.#chatHistoryFor(client));
        await this.#takeOverFromBot(client, now.seat);
      }
    }
    const fresh = await d.store.getTable(this.#table.id);
    if (fresh && fresh.status !== "open" && this.#game.phase !== "debrief") {
      await this.#dispatch({ type: "facilitator/end", actor: { kind: "facilitator" }, at: d.now() });
    }
    this.#project();
    this.broadcastPatch();
  }

  /** A seat nobody holds any more goes to a bot, as the facilitator's "replace by a bot" does. */
  async #handToBot(seat: string): Promise<void> {
    if (this.#people.some((p) => p.seat === seat) || this.#game.seats[seat]?.controller !== "human") return;
    await this.#dispatch({
      type: "facilitator/set-controller",
      actor: { kind: "facilitator" },
      at: this.#deps.now(),
      seat,
      controller: "bot",
    });
  }

  /**
   * A person leaves the table (#21, item 3): their seat token stops opening it, a bot takes the seat
   * if nobody else holds it, and each of their connections is told and closed.
   */
  async #onLeaveTable(client: TableClient, message: unknown): Promise<void> {
    const data = client.userData;
    if (!data) return;
    const parsed = parseLeave(message);
    const identity = data.identity;
    if (
      data.viewer.kind === "observer" &&
      this.#refuseWatcher(client, "Watchers hold no seat to leave; they just close the page.")
    )
      return;
    const refusal = parsed.ok
      ? leaveRefusal(
          identity.kind === "person" ? { kind: "person", seat: identity.person.seat } : { kind: "facilitator" },
          // Quick games (open tables too) start themselves; a facilitator's tables wait for them.
          { facilitated: !this.#config.autoStart },
        )
      : parsed.error;
    if (refusal) {
      this.#reply(client, refusal);
      return;
    }
    if (identity.kind !== "person" || !identity.person.seat) return;
    const { id, seat } = identity.person;
    await this.#deps.store.removePerson(id);
    this.#people = this.#people.filter((p) => p.id !== id);
    this.#membersChanged();
    if (this.#game.phase !== "debrief") await this.#handToBot(seat);
    for (const c of this.clients) {
      const who = c.userData?.identity;
      if (who?.kind !== "person" || who.person.id !== id) continue;
      c.send("left", { seat });
      c.leave(CloseCode.CONSENTED);
    }
    this.#project();
    this.broadcastPatch();
    // Someone who left is not carried over to a rematch; an offer nobody who accepted is left for expires.
    await this.#settleRematch();
  }

  /** Who sends a rematch message: a person (seated or not), or the facilitator. */
  #rematchSender(client: TableClient): RematchSender | null {
    const identity = client.userData?.identity;
    if (!identity || identity.kind === "watcher") return null;
    if (identity.kind === "facilitator") return { kind: "facilitator" };
    return { kind: "person", personId: identity.person.id, seat: identity.person.seat };
  }

  /** `rematch/offer` (#21, item 3): a seated person at a quick game's debrief offers the table a rematch. */
  async #onRematchOffer(client: TableClient, message: unknown): Promise<void> {
    if (this.#refuseWatcher(client, "Watchers cannot offer a rematch.")) return;
    const sender = this.#rematchSender(client);
    if (!sender) return;
    const parsed = parseOffer(message);
    const refusal = parsed.ok
      ? offerRefusal(sender, { phase: this.#game.phase, facilitated: this.#facilitated() }, this.#rematch)
      : parsed.error;
    if (refusal || !parsed.ok || sender.kind !== "person") {
      if (refusal) this.#reply(client, refusal);
      return;
    }
    const d = this.#deps;
    const order = this.#game.seatOrder;
    const people = this.#people
      .flatMap((p) => (p.seat && this.#game.seats[p.seat] ? [{ id: p.id, seat: p.seat, name: p.name }] : []))
      .sort((a, b) => order.indexOf(a.seat) - order.indexOf(b.seat));
    const ms = d.rematchSeconds * 1000;
    this.#rematch = makeOffer({
      id: ++this.#rematchSeq,
      byPersonId: sender.personId,
      seats: parsed.seats,
      deadline: d.now() + ms,
      people,
    });
    this.#rematchTimer?.clear();
    const id = this.#rematchSeq;
    // The room's clock may fire a hair before the wall clock says the deadline: it is the deadline.
    this.#rematchTimer = this.clock.setTimeout(() => {
      void this.#settleRematch(id).catch((error) => this.#log.error({ err: error }, "rematch failed"));
    }, ms);
    await this.#settleRematch();
  }

  /** `rematch/answer`: a person the offer was made to accepts or declines it (its maker's no withdraws it). */
  async #onRematchAnswer(client: TableClient, message: unknown): Promise<void> {
    if (this.#refuseWatcher(client, "Watchers cannot answer a rematch offer.")) return;
    const sender = this.#rematchSender(client);
    if (!sender) return;
    const parsed = parseAnswer(message);
    let refusal = parsed.ok ? answerRefusal(sender, this.#rematch, parsed.offer) : parsed.error;
    if (!refusal && this.#rematchStarting)
      refusal = { code: "rematch/closed", message: "This rematch is starting: it waits for no more answers." };
    if (refusal || !parsed.ok || sender.kind !== "person" || !this.#rematch) {
      if (refusal) this.#reply(client, refusal);
      return;
    }
    this.#rematch = withAnswer(this.#rematch, sender.personId, parsed.accept);
    if (this.#rematch.status === "withdrawn") this.#rematchTimer?.clear();
    await this.#settleRematch();
  }

  /** Who is still at the table and who has a page here (a dropped one counts until it is gone). */
  #rematchPresence(): Presence {
    return {
      present: (id) => this.#people.some((p) => p.id === id),
      connected: (id) =>
        this.clients.some((c) => {
          const identity = c.userData?.identity;
          return identity?.kind === "person" && identity.person.id === id;
        }),
    };
  }

  /**
   * What the offer comes to now (after an offer, an answer, a leave, or the deadline of the offer
   * `deadlineOf`); the table is told.
   */
  async #settleRematch(deadlineOf?: number): Promise<void> {
    const offer = this.#rematch;
    if (!offer || this.#rematchStarting) return;
    const presence = this.#rematchPresence();
    const now = deadlineOf === offer.id ? Math.max(this.#deps.now(), offer.deadline) : this.#deps.now();
    const outcome = decide(offer, presence, now);
    if (outcome === "expire") {
      this.#rematch = { ...offer, status: "expired", reason: "rematch/expired" };
      this.#rematchTimer?.clear();
    } else if (outcome === "start") {
      await this.#startRematch(offer, presence);
    }
    this.#tellRematch();
  }

  /** Makes the rematch's table with the people who accepted and are still here, and sends each their place. */
  async #startRematch(offer: RematchOffer, presence: Presence): Promise<void> {
    this.#rematchStarting = true;
    this.#rematchTimer?.clear();
    // The one who offered first: they open the new table (and switch its watching).
    const going = carried(offer, presence).sort(
      (a, b) => Number(b.personId === offer.byPersonId) - Number(a.personId === offer.byPersonId),
    );
    try {
      const made = await this.#deps.rematch(
        this.#table,
        going.map((p) => ({ name: p.name, seat: p.to })),
      );
      this.#rematch = { ...offer, status: "started", tableId: made.tableId, carried: going.map((p) => p.personId) };
      going.forEach((p, i) => {
        const admission = made.admissions[i];
        if (admission)
          this.#rematchTickets.set(p.personId, {
            tableId: made.tableId,
            number: made.number,
            code: made.code,
            seat: p.to,
            seatToken: admission.seatToken,
          });
      });
      this.#log.info({ rematch: made.tableId, people: going.length, seats: offer.seats }, "rematch started");
    } catch (error) {
      // A refusal the people can be told (the scenario went with its session) keeps its code.
      if (error instanceof ApiError) this.#log.warn({ code: error.code }, "the rematch was refused");
      else this.#log.error({ err: error }, "could not make the rematch's table");
      this.#rematch = {
        ...offer,
        status: "expired",
        reason: error instanceof ApiError ? error.code : "server/internal",
      };
    } finally {
      this.#rematchStarting = false;
    }
    for (const client of this.clients) this.#deliverTicket(client);
  }

  /** Sends everyone here the offer as it stands. */
  #tellRematch(): void {
    if (!this.#rematch) return;
    this.broadcast("rematch", noticeOf(this.#rematch, this.#rematchPresence()));
  }

  /** A page that joins or comes back: the offer as it stands, and its person's place at the rematch if any. */
  #rematchOnJoin(client: TableClient): void {
    if (this.#rematch) client.send("rematch", noticeOf(this.#rematch, this.#rematchPresence()));
    this.#deliverTicket(client);
  }

  /** A carried person's place at the rematch's table, to this page of theirs (their seat token: to them alone). */
  #deliverTicket(client: TableClient): void {
    const identity = client.userData?.identity;
    if (identity?.kind !== "person") return;
    const ticket = this.#rematchTickets.get(identity.person.id);
    if (!ticket) return;
    client.send("rematch/go", ticket);
    // Every page of theirs open now goes; a page opened later finds the old table's debrief as it was.
    queueMicrotask(() => this.#rematchTickets.delete(identity.person.id));
  }

  async #onAction(client: TableClient, message: unknown): Promise<void> {
    const data = client.userData;
    if (!data) return;
    const actor = actorOf(this.#game, data.viewer);
    if (!actor) {
      this.#hostile(client, { code: "seat/observer", message: "Observers watch; they cannot act." });
      return;
    }
    const parsed = parseClientAction(message, actor, this.#deps.now());
    if (!parsed.ok) {
      this.#reply(client, { code: parsed.error.code, message: parsed.error.message, issues: parsed.error.issues });
      return;
    }
    const stop = this.#deps.metrics.actionSeconds.startTimer();
    const result = await this.#dispatch(parsed.action);
    if (result.ok) stop();
    else this.#reply(client, result.error);
  }

  /**
   * Applies an action (parsed, or built by the server) in order with every other; durable before
   * anyone sees its effect. Actions that arrive together (in one turn of the event loop, or while
   * the last batch was being saved) go in one batch: each is applied in turn, the batch is saved in
   * one write, and the table is projected and patched once. Under load a table's backlog thus costs
   * one projection, not one per action.
   */
  #dispatch(action: Action): Promise<DispatchResult> {
    return new Promise((done) => {
      this.#waiting.push({ action, done });
      if (this.#draining) return;
      this.#draining = true;
      setImmediate(() => void this.#drain());
    });
  }

  async #drain(): Promise<void> {
    while (this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0);
      try {
        await this.#runBatch(batch);
      } catch (error) {
        // A bug after the batch was saved: say so to whoever still waits (a settled promise ignores this).
        this.#log.error({ err: error }, "a batch of actions failed");
        for (const { done } of batch)
          done({ ok: false, error: { code: "engine/internal", message: "The server hit a bug; try again." } });
      }
    }
    this.#draining = false;
  }

  async #runBatch(batch: Waiting[]): Promise<void> {
    const d = this.#deps;
    let state = this.#game;
    const accepted: { action: Action; state: GameState; events: GameEvent[]; done: Waiting["done"] }[] = [];
    for (const { action, done } of batch) {
      const result = applyParsed(state, action);
      if (!result.ok) {
        done({ ok: false, error: result.error });
        continue;
      }
      state = result.state;
      accepted.push({ action, state, events: result.events, done });
    }
    if (accepted.length === 0) return;
    try {
      await d.store.appendLog(
        this.#table.id,
        accepted.map((a) => ({ seq: a.state.seq, action: a.action, at: a.action.at, stateHash: stateHash(a.state) })),
      );
    } catch (error) {
      // Not durable, so not applied: the table stays as it was and the senders are told.
      this.#log.error({ err: error, actions: accepted.length }, "could not append to the event log");
      for (const { done } of accepted)
        done({
          ok: false,
          error: { code: "store/unavailable", message: "The server could not save that; nothing changed. Try again." },
        });
      return;
    }
    // Saved; published in a turn of the event loop of its own (one group commit answers many tables
    // at once: their patches went out back to back, with no socket read between).
    await takeTurn();
    this.#game = state;
    for (const { action } of accepted) {
      if (action.actor.kind !== "system") this.#lastActivityAt = action.at;
      d.metrics.actions.inc({ type: action.type });
    }
    const last = accepted.at(-1);
    if (state.phase === "debrief" && this.#table.status === "open" && last) {
      await d.store.setTableStatus(this.#table.id, "finished", last.action.at);
      this.#table = { ...this.#table, status: "finished" };
      // The debrief stays open for its people a while; then the room goes once the last one leaves.
      this.clock.setTimeout(() => {
        this.autoDispose = true;
        if (this.clients.length === 0) void this.disconnect();
      }, DEBRIEF_KEPT_MS);
    }
    this.#project();
    if (accepted.some((a) => a.events.length > 0))
      this.state.eventsJson = JSON.stringify({
        seq: state.seq,
        events: publicEvents(accepted.flatMap((a) => a.events)),
      });
    this.broadcastPatch();
    this.#schedule();
    queueMicrotask(() => void this.#bots.tick());
    for (const { done } of accepted) done({ ok: true });
  }

  #project(): void {
    let members = this.#members;
    if (!members || members.seatOrder !== this.#game.seatOrder) {
      members = this.#countMembers();
      this.#members = members;
    }
    projectTable(this.#game, members.delegations, this.state, members.watched, this.#debriefFutures());
    this.state.watchers = members.watchers;
  }

  /** Someone joined, left, dropped, came back or moved: count again at the next projection. */
  #membersChanged(): void {
    this.#members = null;
  }

  #countMembers(): Members {
    const delegations: Delegations = new Map();
    for (const seat of Object.keys(this.#game.seats)) delegations.set(seat, { names: [], connected: 0 });
    for (const p of this.#people) if (p.seat) delegations.get(p.seat)?.names.push(p.name);
    // Live connections: joining, joined, or coming back (onJoin and onReconnect project before
    // Colyseus marks them joined); a dropped socket is LEAVING until it returns or times out.
    const live = new Set<string>();
    for (const c of this.clients) {
      const identity = c.userData?.identity;
      const counts =
        c.state === ClientState.JOINING || c.state === ClientState.JOINED || c.state === ClientState.RECONNECTING;
      if (!counts || live.has(c.sessionId) || identity?.kind !== "person" || !identity.person.seat) continue;
      live.add(c.sessionId);
      const d = delegations.get(identity.person.seat);
      if (d) d.connected++;
    }
    const watched = new Set<string>();
    for (const c of this.clients) if (c.userData) watched.add(audienceOf(c.userData.viewer));
    // "N watching", for everyone at the table: connections watching now (a dropped one until it is gone).
    let watchers = 0;
    for (const c of this.clients) {
      const counts =
        c.state === ClientState.JOINING || c.state === ClientState.JOINED || c.state === ClientState.RECONNECTING;
      if (counts && this.#isWatcher(c)) watchers++;
    }
    return { seatOrder: this.#game.seatOrder, delegations, watched, watchers };
  }

  // The debrief shows the same deal (and no deal) across many seeded futures: computed once, public.
  // It takes a moment, so the debrief itself goes out first and the futures follow in their own patch.
  #debriefFutures(): Record<string, unknown> {
    if (this.#game.phase !== "debrief") return {};
    if (this.#futures) return { futures: this.#futures };
    if (!this.#futuresPending) {
      this.#futuresPending = true;
      this.clock.setTimeout(() => {
        this.#futures = debriefDistribution(this.#game, DEBRIEF_FUTURES);
        // Not from inside the clock's own tick: broadcastPatch ticks the clock, which would run this again.
        queueMicrotask(() => {
          this.#project();
          this.broadcastPatch();
        });
      }, 0);
    }
    return {};
  }

  /**
   * One timer for the clock's next action (the engine's `nextClockAction`: the phase's deadline or
   * the pen's lapse); it is dispatched like any other action.
   */
  #schedule(): void {
    const next = nextClockAction(this.#game);
    // Most actions leave the clock's next action as it was: the timer set for it stands.
    if (this.#timer?.active && next && this.#timerFor?.type === next.type && this.#timerFor.at === next.at) return;
    this.#timer?.clear();
    this.#timer = null;
    this.#timerFor = next;
    if (next === null) return;
    const wait = Math.max(0, next.at - this.#deps.now());
    this.#timer = this.clock.setTimeout(() => {
      void this.#dispatch({ type: next.type, actor: { kind: "system" }, at: Math.max(this.#deps.now(), next.at) }).then(
        (r) => {
          if (!r.ok && r.error.code !== "phase/not_expired" && r.error.code !== "pen/not_due")
            this.#log.warn({ error: r.error }, "clock action rejected");
        },
      );
    }, wait);
  }

  async #onChat(client: TableClient, message: unknown): Promise<void> {
    const data = client.userData;
    if (!data) return;
    if (this.#refuseWatcher(client, "Watchers read the table's talk; they do not write.")) return;
    const parsed = chatSendSchema.safeParse(message);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      this.#reply(client, {
        code: "chat/invalid",
        message: `That message cannot be sent: ${first?.path.join(".") || "message"}: ${first?.message}.`,
      });
      return;
    }
    if (data.identity.kind === "person" && data.identity.person.muted) {
      this.#reply(client, {
        code: "chat/muted",
        message: "The facilitator has muted you; you can still act at the table.",
      });
      return;
    }
    const now = this.#deps.now();
    data.chatTimes = data.chatTimes.filter((t) => now - t < CHAT_WINDOW_MS);
    if (data.chatTimes.length >= CHAT_BURST) {
      this.#reply(client, { code: "chat/too_fast", message: "You are sending messages too fast; wait a few seconds." });
      return;
    }
    const resolved = resolveChannel(data.listener, parsed.data, this.#game.seatOrder, this.#facilitated());
    if (!resolved.ok) {
      this.#reply(client, { code: resolved.code, message: resolved.message });
      return;
    }
    data.chatTimes.push(now);
    const identity = data.identity;
    const fromSeat = data.listener.kind === "seat" ? data.listener.seat : null;
    await this.#postChat(
      resolved.channel,
      fromSeat,
      identity.kind === "person" ? identity.person.name : "Facilitator",
      parsed.data.text,
    );
    this.#talk.hear(resolved.channel, fromSeat, filterWords(parsed.data.text, this.#deps.chatBlocklist));
  }

  /**
   * Stores a message with the table, then sends it to everyone who may read its channel. A bot's
   * line comes with its structured form (`speech`), which readers render in their own language; it
   * is kept only while the English text is what the blocklist let through unchanged.
   */
  async #postChat(
    channel: Channel,
    fromSeat: string | null,
    fromName: string,
    text: string,
    speech?: TalkSpeech,
  ): Promise<void> {
    const filtered = filterWords(text, this.#deps.chatBlocklist);
    const record: ChatRecord = {
      tableId: this.#table.id,
      seq: ++this.#chatSeq,
      channel: channelKey(channel),
      fromSeat,
      fromName,
      text: filtered,
      at: this.#deps.now(),
      ...(speech && filtered === text ? { speech } : {}),
    };
    await this.#deps.store.appendChat(record);
    // Encoded once for all its readers (what client.send would do per reader).
    const bytes = getMessageBytes.raw(Protocol.ROOM_DATA, "chat", record);
    for (const c of this.clients) {
      if (c.userData && mayRead(c.userData.listener, channel, this.#config.readPrivate)) c.enqueueRaw(bytes);
    }
  }

  async #chatHistoryFor(client: TableClient) {
    const listener = client.userData?.listener;
    if (!listener) return [];
    const all = await this.#deps.store.readChat(this.#table.id);
    return all.filter((m) => {
      const channel: Channel | null = parseChannelKey(m.channel);
      return channel !== null && mayRead(listener, channel, this.#config.readPrivate);
    });
  }

  // A bug or an outage while handling one message: logged, the sender told, the table and the process go on.
  #fault(client: TableClient, error: unknown, what: string): void {
    this.#log.error({ err: error, what }, "a message could not be handled");
    this.#reply(client, { code: "server/internal", message: "Something went wrong on the server; nothing changed." });
  }

  #reply(client: TableClient, error: { code: ErrorCode; message: string; issues?: unknown }): void {
    this.#deps.metrics.errors.inc({ code: error.code });
    client.send("error", error);
  }
}

// Events carry public facts only (the engine's promise); Moscow's odds stay out until the debrief.
export function publicEvents(events: GameEvent[]): GameEvent[] {
  return events.map((e) =>
    e.type === "stress/moscow" ? { ...e, odds: { comply: 0, hybrid: 0, incursion: 0, offensive: 0 } } : e,
  );
}
