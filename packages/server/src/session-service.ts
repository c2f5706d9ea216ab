// Sessions, tables and seats as the HTTP API sees them. No game rule lives here: seat lists are
// checked by the engine, and the game itself runs in the table room.
import {
  checkSeatList,
  type DomesticPressure,
  defaultSeats,
  initialState,
  MAX_PLANNED_SECONDS,
  type PrivateBrief,
  plannedLength,
  type RedCellBrief,
  type Scenario,
} from "@ironclad/engine";
import type { SessionSettings } from "@ironclad/engine/protocol";
import { ApiError } from "./api-error.ts";
import { isOwnScenarioKey, ownScenarioKey, type ScenarioCatalog } from "./scenario-catalog.ts";
import { checkScenarioData, type ScenarioIntake } from "./scenario-intake.ts";
import {
  hashSecret,
  newId,
  newJoinCode,
  newSecret,
  normaliseJoinCode,
  SESSION_CODE_LENGTH,
  secretMatches,
} from "./secrets.ts";
import { forkOrigin, type TableConfig } from "./session-settings.ts";
import type { OwnScenario, PersonRecord, SessionRecord, Store, TableRecord } from "./store.ts";
import { initOptionsFor } from "./table-init.ts";
import { seatlessWatches, watchingOn, watchKeyMatches, watchPath } from "./table-watch.ts";

/**
 * A quick game's clock: one person and bots, online, so the talks are short (three rounds of three
 * minutes, a 90-second briefing, a minute to vote) and the stress-test steps brisk. Bots pace their
 * moves by the round's length, so they keep up. A session (a class, a workshop) keeps the
 * scenario's own clock unless the facilitator sets another.
 */
export const QUICK_GAME_TIMINGS = {
  briefingSeconds: 90,
  rounds: 3,
  roundSeconds: 180,
  voteSeconds: 60,
  moscowSeconds: 30,
  responseSeconds: 45,
} as const;

/** Where tables live while they are played (the Colyseus side); the HTTP side only asks for one to be open. */
export interface TableHost {
  /** Makes sure the table is running somewhere (creating its room when it is not). */
  open(tableId: string): Promise<void>;
  /** Tells a running table that its people changed (a join, a seat move), if it runs. */
  peopleChanged(tableId: string): Promise<void>;
  /** Tells a running table that watching was switched on or off (its watchers are told and closed when off). */
  watchingChanged(tableId: string): Promise<void>;
}

/** A table as the creator of a session gets it. */
export interface CreatedTable {
  tableId: string;
  /** Table 1, 2, ... in the session: the number every page shows beside the code. */
  number: number;
  code: string;
  joinUrl: string;
  /** Where the session's red cell is human: the seat and a link that opens the join form on it. */
  redCell: { seat: string; joinUrl: string } | null;
}

/** What a join code leads to, for the join form (public: no names, no tokens). */
export interface CodeInfo {
  kind: "table" | "session";
  code: string;
  /** Negotiating seats at the table (a session's: its first open table's). */
  seats: string[];
  /** Seats with room left (at any open table of a session). */
  freeSeats: string[];
  /** The red cell, where the session made it human: its seat and whether someone may still take it. */
  redCell: { seat: string; free: boolean } | null;
}

/** What a watch link opens (#21, item 2): the table to watch, by id; never its join code. */
export interface WatchAdmission {
  tableId: string;
  number: number;
}

/** A person's admission to a table. */
export interface Admission {
  tableId: string;
  seat: string | null;
  seatToken: string;
  joinUrl: string;
}

type Deps = {
  store: Store;
  catalog: ScenarioCatalog;
  host: TableHost;
  now: () => number;
  /** The base URL people open, e.g. http://localhost:2567. */
  baseUrl: () => string;
  /** The server's PUBLIC_URL setting, or null (then a handout prints the facilitator's own address). */
  publicUrl?: string | null;
};

/** What a person gives to join: a table's or a session's code, a name, and the seat asked for. */
type JoinInput = {
  code: string;
  name: string;
  seat?: string | null | undefined;
  device?: string | undefined;
  listedOnly?: true | undefined;
};

/** Creates sessions and tables, admits people, and guards the facilitator's key. */
export class SessionService {
  readonly #d: Deps;
  constructor(deps: Deps) {
    this.#d = deps;
  }

  joinUrl(code: string): string {
    return `${this.#d.baseUrl()}/join/${code}`;
  }

  async scenario(id: string | undefined): Promise<Scenario> {
    const scenarioId = id ?? this.#d.catalog.defaultId();
    const scenario = await this.#d.catalog.resolve(scenarioId);
    if (!scenario)
      throw new ApiError(404, "scenario/not_found", `There is no scenario "${scenarioId}" on this server.`);
    return scenario;
  }

  /**
   * A scenario a request names (a session's settings, a quick game): a bundled or uploaded one. A
   * session's own scenario is played only by its session and the new games of its tables, each of
   * which keeps a copy of its own (copyIfOwn), so its key is refused here like any unknown id.
   */
  async #named(id: string | undefined): Promise<Scenario> {
    if (id !== undefined && isOwnScenarioKey(id))
      throw new ApiError(404, "scenario/not_found", `There is no scenario "${id}" on this server.`);
    return this.scenario(id);
  }

  /**
   * What a new game from a table takes of its scenario (a rematch, a new quick game): a copy of the
   * file when the table played its session's own scenario, so the new game does not lose it when that
   * session is deleted; undefined for a bundled or uploaded one, named by its id. A file already
   * deleted with its session is not brought back: scenario/not_found.
   */
  async copyIfOwn(scenarioKey: string): Promise<ScenarioIntake | undefined> {
    if (!isOwnScenarioKey(scenarioKey)) return undefined;
    const json = await this.#d.store.getScenario(scenarioKey);
    if (json === null)
      throw new ApiError(
        404,
        "scenario/not_found",
        "The scenario this table played was a facilitator's own file, and it was deleted with the table's session.",
      );
    return checkScenarioData(JSON.parse(json));
  }

  /** Deletes every session whose retention has run out; returns how many. */
  async purgeExpired(): Promise<number> {
    const expired = await this.#d.store.listExpiredSessions(this.#d.now());
    for (const id of expired) {
      const session = await this.#d.store.getSession(id);
      if (session) await this.deleteSession(session);
    }
    return expired.length;
  }

  /** Creates a session with its tables; returns the facilitator key once (only its hash is kept). */
  async createSession(
    settings: SessionSettings,
    options: {
      autoStart?: boolean;
      /** A scenario the facilitator brought, checked: kept with this session (settings.scenario is then unused). */
      own?: ScenarioIntake;
    } = {},
  ): Promise<{
    sessionId: string;
    sessionCode: string;
    joinUrl: string;
    /** The server's PUBLIC_URL, the base of every link, or null when it is not set. */
    publicUrl: string | null;
    facilitatorKey: string;
    tables: CreatedTable[];
  }> {
    const own = options.own;
    const scenario = own ? own.scenario : await this.#named(settings.scenario);
    const seats = settings.seats ?? defaultSeats(scenario);
    const problem = checkSeatList(scenario, seats);
    if (problem) throw new ApiError(400, "session/bad_seats", problem);
    for (const seat of Object.keys(settings.bots)) {
      if (!seats.includes(seat))
        throw new ApiError(400, "session/bad_bots", `Bot settings name "${seat}", which is not seated.`);
    }
    // The same plan the setup form shows: the scenario's clock with the session's settings over it.
    const plan = plannedLength(
      { ...scenario.timings, ...settings.timings },
      { humanRedCell: settings.moscow === "human" },
    );
    if (plan.total > MAX_PLANNED_SECONDS)
      throw new ApiError(
        400,
        "session/bad_timings",
        `These timings plan a game of ${Math.ceil(plan.total / 60)} minutes; a session plans at most ${MAX_PLANNED_SECONDS / 60}.`,
      );
    const config: TableConfig = {
      seats,
      timings: settings.timings,
      bots: settings.bots,
      moscow: settings.moscow,
      readPrivate: settings.readPrivate,
      delegationSize: settings.delegationSize,
      seatChoice: settings.seatChoice,
      autoStart: options.autoStart ?? false,
    };
    const now = this.#d.now();
    const facilitatorKey = newSecret();
    const sessionId = newId("ses");
    // A brought scenario is kept under a key of its own session, so two sessions may bring files with one id.
    const scenarioKey = own ? ownScenarioKey(scenario.id, sessionId) : scenario.id;
    const session: SessionRecord = {
      id: sessionId,
      facilitatorKeyHash: hashSecret(facilitatorKey),
      scenarioId: scenarioKey,
      code: newJoinCode(SESSION_CODE_LENGTH),
      expiresAt: settings.retentionDays === null ? null : now + settings.retentionDays * 86_400_000,
      settings,
      createdAt: now,
      endedAt: null,
    };
    const tables: TableRecord[] = Array.from({ length: settings.tables }, (_, i) => ({
      id: newId("tbl"),
      number: i + 1,
      sessionId: session.id,
      code: newJoinCode(),
      scenarioId: scenarioKey,
      seed: newSecret().slice(0, 16),
      config,
      listed: settings.listed,
      status: "open" as const,
      createdAt: now,
      endedAt: null,
    }));
    await this.#createWithFreshCodes(session, tables, own ? { id: scenarioKey, json: own.json } : undefined);
    if (own) this.#d.catalog.keep(scenarioKey, scenario);
    // One after another: the matchmaker then sees each new room and spreads tables over processes.
    for (const t of tables) await this.#d.host.open(t.id);
    return {
      sessionId: session.id,
      sessionCode: session.code,
      joinUrl: this.joinUrl(session.code),
      // Whether the links are built on PUBLIC_URL; without it they say localhost, and the handout
      // builds them on the address the facilitator's browser used instead.
      publicUrl: this.#d.publicUrl ?? null,
      facilitatorKey,
      tables: tables.map((t) => {
        const joinUrl = this.joinUrl(t.code);
        const red = config.moscow === "human" ? redCellOf(scenario) : null;
        return {
          tableId: t.id,
          number: t.number,
          code: t.code,
          joinUrl,
          redCell: red ? { seat: red, joinUrl: `${joinUrl}?seat=${red}` } : null,
        };
      }),
    };
  }

  // A new code colliding with a live one is rare (595 million codes) but possible: draw again.
  async #createWithFreshCodes(session: SessionRecord, tables: TableRecord[], own?: OwnScenario): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      try {
        await this.#d.store.createSession(session, tables, own);
        return;
      } catch (error) {
        const clash = [
          ...(await Promise.all(tables.map((t) => this.#d.store.getTableByCode(t.code)))),
          await this.#d.store.getSessionByCode(session.code),
        ];
        if (attempt >= 5 || !clash.some(Boolean)) throw error;
        for (const t of tables) t.code = newJoinCode();
        session.code = newJoinCode(SESSION_CODE_LENGTH);
      }
    }
  }

  /** One person at a table where bots hold every other seat; `own`: a copy of a table's own scenario (copyIfOwn). */
  async quickGame(
    input: {
      seat: string;
      name: string;
      scenario?: string | undefined;
      timings?: SessionSettings["timings"] | undefined;
      listed?: boolean | undefined;
    },
    own?: ScenarioIntake,
  ): Promise<Admission> {
    const scenario = own ? own.scenario : await this.#named(input.scenario);
    const seats = defaultSeats(scenario);
    const seat = scenario.seats.find((s) => s.id === input.seat);
    if (!seat || seat.kind === "redcell") {
      throw new ApiError(400, "seat/unknown", `"${input.seat}" is not a seat you can play in this scenario.`);
    }
    if (!seats.includes(seat.id)) seats.push(seat.id);
    const { tables } = await this.createSession(
      {
        scenario: scenario.id,
        tables: 1,
        seats,
        timings: { ...QUICK_GAME_TIMINGS, ...input.timings },
        bots: {},
        readPrivate: false,
        moscow: "bot",
        delegationSize: 1,
        seatChoice: "free",
        // Listed, strangers see it among the open tables and take a bot's seat (#21, item 5).
        listed: input.listed ?? false,
        // The game is over within the day; its debrief stays open to its people for a week after (#21, item 4).
        retentionDays: 8,
      },
      { autoStart: true, ...(own ? { own } : {}) },
    );
    const table = tables[0];
    if (!table) throw new Error("a quick game created no table");
    const admission = await this.join({ code: table.code, name: input.name, seat: seat.id });
    // The person who opened the game may switch watching off and on (#21, item 2).
    const opener = await this.#d.store.getPersonByToken(admission.tableId, hashSecret(admission.seatToken));
    const record = await this.#d.store.getTable(admission.tableId);
    if (opener && record) {
      await this.#d.store.setTableConfig(record.id, { ...(record.config as TableConfig), openedBy: opener.id });
      await this.#d.host.watchingChanged(record.id);
    }
    return admission;
  }

  /**
   * A rematch (#21, item 3): one new quick game on `from`'s settings and scenario, with `people` in
   * the seats given and bots in the rest. The first of them (the one who offered it) opens the table,
   * so they switch watching, which stays as it was at `from`.
   */
  async rematch(
    from: TableRecord,
    people: readonly { name: string; seat: string }[],
  ): Promise<{ tableId: string; number: number; code: string; admissions: Admission[] }> {
    const config = from.config as TableConfig;
    const own = await this.copyIfOwn(from.scenarioId);
    const { tables } = await this.createSession(
      {
        scenario: own ? own.scenario.id : from.scenarioId,
        tables: 1,
        seats: config.seats,
        timings: config.timings,
        bots: config.bots,
        readPrivate: config.readPrivate,
        moscow: config.moscow,
        delegationSize: config.delegationSize,
        seatChoice: config.seatChoice,
        listed: from.listed,
        retentionDays: 8,
      },
      { autoStart: true, ...(own ? { own } : {}) },
    );
    const table = tables[0];
    if (!table) throw new Error("a rematch created no table");
    const admissions: Admission[] = [];
    for (const p of people) admissions.push(await this.join({ code: table.code, name: p.name, seat: p.seat }));
    const first = admissions[0];
    const opener = first ? await this.#d.store.getPersonByToken(table.tableId, hashSecret(first.seatToken)) : null;
    const record = await this.#d.store.getTable(table.tableId);
    if (record) {
      await this.#d.store.setTableConfig(record.id, {
        ...(record.config as TableConfig),
        ...(opener ? { openedBy: opener.id } : {}),
        ...(config.watching === false ? { watching: false } : {}),
      });
      await this.#d.host.watchingChanged(record.id);
    }
    return { tableId: table.tableId, number: table.number, code: table.code, admissions };
  }

  /**
   * What a watch link opens (#21, item 2): the table, for anyone with its link, as an observer without
   * a seat. A wrong key answers as an unknown table does; a table that is over, or whose opener switched
   * watching off, says so.
   */
  async watch(input: { tableId: string; key: string }): Promise<WatchAdmission> {
    const table = await this.#d.store.getTable(input.tableId);
    if (!table || !watchKeyMatches(table, input.key))
      throw new ApiError(404, "table/not_found", "No table has this watch link. Ask for the link again.");
    if (table.status !== "open")
      throw new ApiError(410, "table/ended", "This table's game is over; there is nothing left to watch.");
    if (!watchingOn(table.config))
      throw new ApiError(403, "watch/off", "The person who opened this table has switched watching off.");
    await this.#d.host.open(table.id);
    return { tableId: table.id, number: table.number };
  }

  /** The facilitator switches watching of one of the session's tables on or off. */
  async setWatching(
    session: SessionRecord,
    tableId: string,
    on: boolean,
  ): Promise<{ tableId: string; watching: boolean }> {
    const table = (await this.#d.store.listTables(session.id)).find((t) => t.id === tableId);
    if (!table) throw new ApiError(404, "table/not_found", "This session has no such table.");
    await this.#d.store.setTableConfig(table.id, { ...(table.config as TableConfig), watching: on });
    await this.#d.host.watchingChanged(table.id);
    return { tableId: table.id, watching: on };
  }

  /**
   * Admits a person by a table's code, or by a session's code (then to the session's table with the
   * most room for them): to the seat asked for, to the emptiest seat, or as an observer.
   */
  join(input: JoinInput): Promise<Admission> {
    // One admission at a time on this process: each reads the tables' and seats' counts, then adds a
    // person, and two at once read the same counts (a class joining by the session code together
    // seated 4, 5 and 3 at three tables instead of 4 each; seen in CI).
    const admitted = this.#joins.then(() => this.#admit(input));
    this.#joins = admitted.catch(() => undefined);
    return admitted;
  }

  #joins: Promise<unknown> = Promise.resolve();

  async #admit(input: JoinInput): Promise<Admission> {
    const code = normaliseJoinCode(input.code);
    const table =
      code.length === SESSION_CODE_LENGTH
        ? await this.#placeInSession(code, input.seat)
        : await this.#d.store.getTableByCode(code);
    if (!table) throw new ApiError(404, "table/not_found", "No table has this code. Check it with your facilitator.");
    if (table.status !== "open") throw new ApiError(410, "table/ended", "This table has ended; it cannot be joined.");
    if (input.listedOnly && !table.listed)
      throw new ApiError(
        403,
        "table/not_listed",
        "This table is not listed any more; join it by its code if you have it.",
      );
    const deviceHash = input.device ? hashSecret(input.device) : undefined;
    // A removal holds for the whole session, on the device and under the name, until a readmission.
    const sameName = nameKey(input.name);
    const removals = await this.#d.store.listRemovals(table.sessionId);
    if (removals.some((r) => (deviceHash && r.deviceHash === deviceHash) || nameKey(r.name) === sameName)) {
      throw new ApiError(
        403,
        "person/removed",
        "The facilitator removed you from this session. Ask them to readmit you before you join again.",
      );
    }
    const config = table.config as TableConfig;
    const people = await this.#d.store.listPeople(table.id);
    const count = (seat: string) => people.filter((p) => p.seat === seat).length;

    let seat: string | null;
    if (input.seat === null) {
      // Watching by the join form's "Watch as an observer" is watching too: refused while it is off.
      if (!watchingOn(config) && seatlessWatches(config))
        throw new ApiError(403, "watch/off", "The person who opened this table has switched watching off.");
      seat = null;
    } else if (input.seat !== undefined) {
      if (config.seatChoice === "facilitator") {
        throw new ApiError(
          403,
          "seat/assigned_by_facilitator",
          "At this table the facilitator assigns seats; join without one.",
        );
      }
      // Moscow is a seat people can take only where the session made the red cell human.
      const humanMoscow = input.seat === (await this.#humanRedCell(table));
      if (!config.seats.includes(input.seat) && !humanMoscow) {
        throw new ApiError(400, "seat/unknown", `"${input.seat}" is not a seat at this table.`);
      }
      if (count(input.seat) >= config.delegationSize) {
        throw new ApiError(409, "seat/taken", "This seat is taken. Choose another, or join as an observer.");
      }
      seat = input.seat;
    } else if (config.seatChoice === "facilitator") {
      seat = null;
    } else {
      // Fill delegations evenly: the seat with the fewest people that still has room.
      const open = config.seats.filter((s) => count(s) < config.delegationSize);
      seat = open.sort((a, b) => count(a) - count(b))[0] ?? null;
      // From the open tables a person came to play: a full table says so rather than seat them as an observer.
      if (seat === null && input.listedOnly)
        throw new ApiError(409, "table/full", "Every seat at this table is taken. Choose another table.");
    }

    const seatToken = newSecret();
    const person: PersonRecord = {
      id: newId("ppl"),
      tableId: table.id,
      tokenHash: hashSecret(seatToken),
      name: input.name,
      seat,
      createdAt: this.#d.now(),
      muted: false,
      ...(deviceHash ? { deviceHash } : {}),
    };
    await this.#d.store.addPerson(person);
    await this.#d.host.open(table.id);
    await this.#d.host.peopleChanged(table.id);
    return { tableId: table.id, seat, seatToken, joinUrl: this.joinUrl(table.code) };
  }

  // Balanced seating for a class: the open table with the most room (for the seat asked for, if any).
  async #placeInSession(code: string, seat: string | null | undefined): Promise<TableRecord | null> {
    const session = await this.#d.store.getSessionByCode(code);
    if (!session) return null;
    if (session.endedAt !== null)
      throw new ApiError(410, "table/ended", "This session has ended; it cannot be joined.");
    let best: { table: TableRecord; room: number } | null = null;
    for (const table of await this.#d.store.listTables(session.id)) {
      if (table.status !== "open") continue;
      const config = table.config as TableConfig;
      // A fork is the facilitator's sandbox, empty and so roomiest: people reach it by its own code only.
      if (config.forkedFrom) continue;
      const people = await this.#d.store.listPeople(table.id);
      // The red cell asked for by name: the table whose (human) red cell has room.
      const red = seat ? await this.#humanRedCell(table) : null;
      const seats = seat ? [...config.seats, ...(red ? [red] : [])].filter((s) => s === seat) : config.seats;
      const room = seats.reduce(
        (n, s) => n + Math.max(0, config.delegationSize - people.filter((p) => p.seat === s).length),
        0,
      );
      // Ties go to the table with fewer people overall, so observers spread too.
      const score = room * 1000 - people.length;
      if (!best || score > best.room) best = { table, room: score };
    }
    return best?.table ?? null;
  }

  /** The facilitator mutes or unmutes a person (they keep their seat and see everything; they cannot talk). */
  async mutePerson(session: SessionRecord, personId: string, muted: boolean) {
    const { person, table } = await this.#personIn(session, personId);
    await this.#d.store.setMuted(person.id, muted);
    await this.#d.host.peopleChanged(table.id);
    return { personId: person.id, muted };
  }

  /**
   * The facilitator removes a person from the session: their token stops working at once, and they
   * cannot join the session again (from that device, or under that name) until readmitted.
   */
  async kickPerson(session: SessionRecord, personId: string) {
    const { person, table } = await this.#personIn(session, personId);
    await this.#d.store.addRemoval({
      sessionId: session.id,
      personId: person.id,
      tableId: table.id,
      name: person.name,
      seat: person.seat,
      deviceHash: person.deviceHash ?? null,
      removedAt: this.#d.now(),
    });
    await this.#d.store.removePerson(person.id);
    await this.#d.host.peopleChanged(table.id);
    return { personId: person.id, removed: true };
  }

  /** The facilitator lifts a removal: the person may join the session again (with a new seat token). */
  async readmitPerson(session: SessionRecord, personId: string) {
    if (!(await this.#d.store.deleteRemoval(session.id, personId)))
      throw new ApiError(404, "person/not_removed", "Nobody with this id is removed from this session.");
    return { personId, readmitted: true };
  }

  async #personIn(session: SessionRecord, personId: string) {
    const person = await this.#d.store.getPerson(personId);
    const table = (await this.#d.store.listTables(session.id)).find((t) => t.id === person?.tableId);
    if (!person || !table) throw new ApiError(404, "person/not_found", "There is no such person in this session.");
    return { person, table };
  }

  /** The facilitator moves a person to another seat (null: observer), at this table or another of the session. */
  async movePerson(
    session: SessionRecord,
    personId: string,
    to: { tableId?: string | undefined; seat: string | null },
  ) {
    const person = await this.#d.store.getPerson(personId);
    const tables = await this.#d.store.listTables(session.id);
    const from = tables.find((t) => t.id === person?.tableId);
    if (!person || !from) throw new ApiError(404, "person/not_found", "There is no such person in this session.");
    const target = tables.find((t) => t.id === (to.tableId ?? from.id));
    if (!target) throw new ApiError(404, "table/not_found", "This session has no such table.");
    if (target.status !== "open") throw new ApiError(410, "table/ended", "That table has ended.");
    const config = target.config as TableConfig;
    if (to.seat !== null) {
      const red = redCellOf(await this.scenario(target.scenarioId));
      if (to.seat === red && config.moscow !== "human")
        throw new ApiError(
          400,
          "seat/red_cell_is_bot",
          "A bot plays Moscow in this session (it was set up that way); a person cannot take the red cell.",
        );
      if (!config.seats.includes(to.seat) && to.seat !== red)
        throw new ApiError(400, "seat/unknown", `"${to.seat}" is not a seat at that table.`);
      const others = (await this.#d.store.listPeople(target.id)).filter(
        (p) => p.seat === to.seat && p.id !== person.id,
      );
      if (others.length >= config.delegationSize) {
        throw new ApiError(409, "seat/taken", "That seat's delegation is full. Move someone out first.");
      }
    }
    await this.#d.store.movePerson(person.id, target.id, to.seat);
    await this.#d.host.open(target.id);
    await this.#d.host.peopleChanged(from.id);
    if (target.id !== from.id) await this.#d.host.peopleChanged(target.id);
    return { personId: person.id, tableId: target.id, code: target.code, seat: to.seat };
  }

  /** The red cell's seat where this table's session made it human, else null. */
  async #humanRedCell(table: TableRecord): Promise<string | null> {
    if ((table.config as TableConfig).moscow !== "human") return null;
    return redCellOf(await this.scenario(table.scenarioId));
  }

  /** What a table's or a session's code leads to, for the join form; 404 when no open table has it. */
  async describeCode(raw: string): Promise<CodeInfo> {
    const code = normaliseJoinCode(raw);
    let tables: TableRecord[] = [];
    let kind: CodeInfo["kind"] = "table";
    if (code.length === SESSION_CODE_LENGTH) {
      const session = await this.#d.store.getSessionByCode(code);
      if (session && session.endedAt === null) tables = await this.#d.store.listTables(session.id);
      kind = "session";
    } else {
      const table = await this.#d.store.getTableByCode(code);
      if (table) tables = [table];
    }
    // A session's code never leads to a fork (see #placeInSession).
    tables = tables.filter((t) => t.status === "open" && (kind === "table" || !(t.config as TableConfig).forkedFrom));
    const first = tables[0];
    if (!first)
      throw new ApiError(404, "table/not_found", "No open table has this code. Check it with your facilitator.");
    const free = new Set<string>();
    let redSeat: string | null = null;
    let redFree = false;
    for (const table of tables) {
      const config = table.config as TableConfig;
      const people = await this.#d.store.listPeople(table.id);
      const hasRoom = (seat: string) => people.filter((p) => p.seat === seat).length < config.delegationSize;
      for (const seat of config.seats) if (hasRoom(seat)) free.add(seat);
      const red = await this.#humanRedCell(table);
      if (red) {
        redSeat = red;
        redFree ||= hasRoom(red);
      }
    }
    const seats = (first.config as TableConfig).seats;
    const redCell = redSeat ? { seat: redSeat, free: redFree } : null;
    return { kind, code, seats, freeSeats: seats.filter((s) => free.has(s)), redCell };
  }

  /** Listed tables that still have a free seat. */
  async openTables(): Promise<
    { code: string; scenarioId: string; seats: string[]; freeSeats: string[]; joinUrl: string }[]
  > {
    const out = [];
    for (const table of await this.#d.store.listListedTables()) {
      const config = table.config as TableConfig;
      const people = await this.#d.store.listPeople(table.id);
      const freeSeats = config.seats.filter((s) => people.filter((p) => p.seat === s).length < config.delegationSize);
      if (freeSeats.length === 0) continue;
      out.push({
        code: table.code,
        scenarioId: table.scenarioId,
        seats: config.seats,
        freeSeats,
        joinUrl: this.joinUrl(table.code),
      });
    }
    return out;
  }

  /** The session, if `key` is its facilitator key; a missing session and a wrong key look the same. */
  async authorise(sessionId: string, key: string | undefined): Promise<SessionRecord> {
    const session = await this.#d.store.getSession(sessionId);
    if (!session || !key || !secretMatches(key, session.facilitatorKeyHash)) {
      throw new ApiError(401, "session/unauthorised", "This session does not exist, or the facilitator key is wrong.");
    }
    return session;
  }

  /** The session's tables, as stored. */
  tablesOf(session: SessionRecord): Promise<TableRecord[]> {
    return this.#d.store.listTables(session.id);
  }

  async describeSession(session: SessionRecord) {
    const tables = await this.#d.store.listTables(session.id);
    return {
      sessionId: session.id,
      sessionCode: session.code,
      scenarioId: session.scenarioId,
      settings: session.settings,
      createdAt: session.createdAt,
      endedAt: session.endedAt,
      tables: await Promise.all(
        tables.map(async (t) => ({
          tableId: t.id,
          number: t.number,
          code: t.code,
          joinUrl: this.joinUrl(t.code),
          watchUrl: `${this.#d.baseUrl()}${watchPath(t)}`,
          watching: watchingOn(t.config),
          status: t.status,
          listed: t.listed,
          ...(forkOrigin(t, tables) ? { forkedFrom: forkOrigin(t, tables) } : {}),
          people: (await this.#d.store.listPeople(t.id)).map((p) => ({
            personId: p.id,
            name: p.name,
            seat: p.seat,
            muted: p.muted,
          })),
        })),
      ),
      // Removed people, until the facilitator readmits them.
      removed: (await this.#d.store.listRemovals(session.id)).map((r) => ({
        personId: r.personId,
        name: r.name,
        tableId: r.tableId,
        seat: r.seat,
        removedAt: r.removedAt,
      })),
    };
  }

  /**
   * Each seated delegation's private brief, for the facilitator's printed role sheets (never the public
   * handout); and the red cell's, when people play it and the scenario gives it one.
   */
  async roleSheets(session: SessionRecord): Promise<{
    sessionId: string;
    scenarioId: string;
    seats: { seat: string; brief: PrivateBrief }[];
    redCell: { seat: string; brief: RedCellBrief } | null;
    /** Per table, the seat under domestic pressure there: its sheet prints the raised no-deal value. */
    pressure: ({ tableId: string } & DomesticPressure)[];
  }> {
    const scenario = await this.scenario(session.scenarioId);
    const settings = session.settings as SessionSettings;
    // Every table of a session seats the same delegations (created with the session's settings).
    const seats = settings.seats ?? defaultSeats(scenario);
    const red = scenario.seats.find((s) => s.kind === "redcell");
    return {
      sessionId: session.id,
      scenarioId: scenario.id,
      seats: seats.flatMap((id) => {
        const brief = scenario.seats.find((s) => s.id === id)?.brief;
        return brief ? [{ seat: id, brief }] : [];
      }),
      redCell: settings.moscow === "human" && red?.redCellBrief ? { seat: red.id, brief: red.redCellBrief } : null,
      // Drawn from each table's seed as the table itself draws it.
      pressure: (await this.#d.store.listTables(session.id)).flatMap((t) => {
        const p = initialState(scenario, initOptionsFor(t)).pressure;
        return p ? [{ tableId: t.id, ...p }] : [];
      }),
    };
  }

  async endSession(session: SessionRecord): Promise<void> {
    await this.#d.store.endSession(session.id, this.#d.now());
    for (const t of await this.#d.store.listTables(session.id)) await this.#d.host.peopleChanged(t.id);
  }

  async deleteSession(session: SessionRecord): Promise<void> {
    await this.endSession(session);
    await this.#d.store.deleteSession(session.id);
    this.#d.catalog.forget(session.scenarioId);
  }

  /**
   * The scenario a session plays as a file: a brought one as the facilitator gave it, a bundled or
   * uploaded one as the server holds it. Exports carry it, so they replay without this server.
   */
  async scenarioFile(session: SessionRecord): Promise<{ own: boolean; file: unknown }> {
    if (isOwnScenarioKey(session.scenarioId)) {
      const json = await this.#d.store.getScenario(session.scenarioId);
      if (json !== null) return { own: true, file: JSON.parse(json) };
    }
    return { own: false, file: await this.scenario(session.scenarioId) };
  }

  /** The full event logs (and chat) of every table, replayable by the engine, with the scenario they played. */
  async exportSession(session: SessionRecord) {
    const tables = await this.#d.store.listTables(session.id);
    const scenario = await this.scenarioFile(session);
    return {
      format: "ironclad-session-export",
      version: 1,
      sessionId: session.id,
      scenarioId: session.scenarioId,
      /** Whether the facilitator brought the scenario for this session (then `scenario` is their file). */
      ownScenario: scenario.own,
      scenario: scenario.file,
      settings: session.settings,
      createdAt: session.createdAt,
      endedAt: session.endedAt,
      tables: await Promise.all(
        tables.map(async (t) => ({
          tableId: t.id,
          number: t.number,
          code: t.code,
          scenarioId: t.scenarioId,
          seed: t.seed,
          config: t.config,
          status: t.status,
          createdAt: t.createdAt,
          log: await this.#d.store.readLog(t.id),
          chat: await this.#d.store.readChat(t.id),
          // Who sat in which seat and when, for grading by name across moves.
          seatings: await this.#d.store.listSeatings(t.id),
        })),
      ),
    };
  }
}

/** A name as a removal compares it: trimmed, spaces collapsed, case and width folded. */
function nameKey(name: string): string {
  return name.normalize("NFKC").trim().replace(/\s+/g, " ").toLocaleLowerCase();
}

/** The scenario's red cell (Moscow). */
function redCellOf(scenario: Scenario): string | null {
  return scenario.seats.find((s) => s.kind === "redcell")?.id ?? null;
}
