// Persistence behind one small interface: SQLite embedded by default, PostgreSQL when DATABASE_URL is set.
// Both implementations pass the same contract tests (store-contract.ts).
import type { ChatMessage } from "@ironclad/engine/protocol";

/** A session: one facilitator's set of tables (a class, a workshop, or one online game). */
export interface SessionRecord {
  id: string;
  /** SHA-256 of the facilitator key; the key itself is shown once and never stored. */
  facilitatorKeyHash: string;
  scenarioId: string;
  /** The code a whole class joins with; people are then placed at the session's tables. */
  code: string;
  /** When the session's data is deleted (its retention runs out); null keeps it until deleted by hand. */
  expiresAt: number | null;
  /** The session's settings as created (validated JSON). */
  settings: unknown;
  createdAt: number;
  endedAt: number | null;
}

/** A table: one game, with its join code and what it was created from. */
export interface TableRecord {
  id: string;
  sessionId: string;
  /** The short join code, unique among all tables. */
  code: string;
  scenarioId: string;
  seed: string;
  /** The table's configuration (seats in play, timings, bots...). */
  config: unknown;
  /** Listed publicly for strangers to join. */
  listed: boolean;
  status: "open" | "finished" | "ended";
  /**
   * The table's number in its session (Table 1, 2, ...), given once when it is created: every page
   * names a table by it, so it never depends on how a list happens to be sorted.
   */
  number: number;
  createdAt: number;
  endedAt: number | null;
}

/** A person at a table: a member of a seat's delegation, or an observer (seat null). */
export interface PersonRecord {
  id: string;
  tableId: string;
  /** SHA-256 of the person's seat token. */
  tokenHash: string;
  name: string;
  seat: string | null;
  createdAt: number;
  /** Muted by the facilitator: may not talk. */
  muted: boolean;
  /** SHA-256 of the browser's device id given at the join, if any: a removal holds on that device too. */
  deviceHash?: string;
}

/**
 * A person the facilitator removed from a session: they may not join it again (from the same
 * device, or under the same name) until the facilitator readmits them.
 */
export interface RemovalRecord {
  sessionId: string;
  personId: string;
  tableId: string;
  name: string;
  seat: string | null;
  deviceHash: string | null;
  removedAt: number;
}

/**
 * A person in a seat for a stretch of time: the store writes one when a person is seated (a join
 * or a move) and closes it when they leave the seat (a move or a removal). Reports read them to
 * name the people behind each seat's grades, across moves.
 */
export interface SeatingRecord {
  tableId: string;
  seat: string;
  personId: string;
  name: string;
  from: number;
  /** When they left the seat; null while they hold it. */
  until: number | null;
}

/** One accepted action in a table's append-only log. */
export interface LogEntry {
  seq: number;
  /** The action exactly as the engine accepted it (JSON). */
  action: unknown;
  at: number;
  /** The engine's state hash after applying it, to verify replays. */
  stateHash: string;
}

/** One chat message, stored with its table: as the server relays it. */
export type ChatRecord = ChatMessage;

/** Raised when an append would reuse a sequence number: someone else wrote that step first. */
export class LogConflictError extends Error {
  override name = "LogConflictError";
}

/**
 * A scenario a facilitator brought for one session: kept with the session (deleted with it), never
 * listed for other sessions. `id` is the key its tables name (the file's id and the session's).
 */
export interface OwnScenario {
  id: string;
  /** The file as the facilitator gave it (validated JSON). */
  json: string;
}

/** What the server needs from a store. */
export interface Store {
  /** Which implementation this is, for logs and /readyz. */
  readonly kind: "sqlite" | "postgres";
  /** Applies pending migrations. Safe to call on every start, from several processes at once. */
  migrate(): Promise<void>;
  /** Resolves when the store answers a trivial query; rejects otherwise. */
  ping(): Promise<void>;
  /** The schema version after migration. */
  schemaVersion(): Promise<number>;

  /** Creates a session and its tables (and the scenario it brought, if any) in one transaction. */
  createSession(session: SessionRecord, tables: TableRecord[], scenario?: OwnScenario): Promise<void>;
  getSession(id: string): Promise<SessionRecord | null>;
  getSessionByCode(code: string): Promise<SessionRecord | null>;
  endSession(id: string, at: number): Promise<void>;
  /** Deletes a session with its tables, people, logs, chat and own scenario. */
  deleteSession(id: string): Promise<void>;

  getTable(id: string): Promise<TableRecord | null>;
  getTableByCode(code: string): Promise<TableRecord | null>;
  listTables(sessionId: string): Promise<TableRecord[]>;
  /** Tables that are listed publicly and still open. */
  listListedTables(): Promise<TableRecord[]>;
  /** Every table still open: restored from its log when the server starts. */
  listOpenTables(): Promise<TableRecord[]>;
  setTableStatus(id: string, status: TableRecord["status"], at: number): Promise<void>;
  /** Replaces a table's configuration (its settings that change while it runs, e.g. whether it may be watched). */
  setTableConfig(id: string, config: unknown): Promise<void>;

  addPerson(person: PersonRecord): Promise<void>;
  getPersonByToken(tableId: string, tokenHash: string): Promise<PersonRecord | null>;
  listPeople(tableId: string): Promise<PersonRecord[]>;
  getPerson(personId: string): Promise<PersonRecord | null>;
  /** Moves a person to another seat (null: observer), and to another table of the same session if given. */
  movePerson(personId: string, tableId: string, seat: string | null): Promise<void>;
  setMuted(personId: string, muted: boolean): Promise<void>;
  /** Removes a person (kicked): their token no longer opens any table. */
  removePerson(personId: string): Promise<void>;
  /** Records a removal from a session (kept until the facilitator readmits the person). */
  addRemoval(removal: RemovalRecord): Promise<void>;
  /** A session's removals still in force, oldest first. */
  listRemovals(sessionId: string): Promise<RemovalRecord[]>;
  /** Lifts a removal; false when there was none. */
  deleteRemoval(sessionId: string, personId: string): Promise<boolean>;
  /** Who sat in each seat of a table and when, oldest first (people moved away or removed included). */
  listSeatings(tableId: string): Promise<SeatingRecord[]>;
  /** Adds tables to an existing session (a fork, a late table). */
  addTables(tables: TableRecord[]): Promise<void>;

  /** Appends accepted actions; durable when the promise resolves. Rejects with LogConflictError on a reused seq. */
  appendLog(tableId: string, entries: LogEntry[]): Promise<void>;
  /** The log in order, from `fromSeq` (inclusive). */
  readLog(tableId: string, fromSeq?: number): Promise<LogEntry[]>;

  /** Stores a facilitator's scenario (validated JSON) under its id; false when that id is taken. */
  putScenario(id: string, json: string, at: number): Promise<boolean>;
  /** A stored scenario's JSON: uploaded for everyone, or a session's own. */
  getScenario(id: string): Promise<string | null>;
  /** The scenarios uploaded for everyone (not the sessions' own). */
  listScenarios(): Promise<{ id: string; json: string }[]>;

  /**
   * Writes a balance check's state (JSON) under its id, replacing what was there: every process
   * reads it, whichever started the check (behind a proxy the reads reach any process).
   */
  putBalanceCheck(id: string, json: string, at: number): Promise<void>;
  /** A balance check's state and when it was last written, or null. */
  getBalanceCheck(id: string): Promise<{ json: string; updatedAt: number } | null>;
  /** Deletes the balance checks last written before `at`. */
  deleteBalanceChecksBefore(at: number): Promise<void>;

  /** Sessions whose retention has run out by `now`: their data is to be deleted. */
  listExpiredSessions(now: number): Promise<string[]>;

  appendChat(message: ChatRecord): Promise<void>;
  readChat(tableId: string): Promise<ChatRecord[]>;

  close(): Promise<void>;
}

/** Numbered migrations, shared by both implementations (plain SQL both dialects accept). */
export const MIGRATIONS: readonly {
  version: number;
  name: string;
  sql: string[];
  /** SQLite's own statements where they differ from the shared ones. */
  sqlite?: string[];
}[] = [
  {
    version: 1,
    name: "store metadata",
    sql: ["CREATE TABLE IF NOT EXISTS ironclad_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"],
  },
  {
    version: 2,
    name: "sessions, tables, people, event log, chat",
    sql: [
      `CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        facilitator_key_hash TEXT NOT NULL,
        scenario_id TEXT NOT NULL,
        settings TEXT NOT NULL,
        created_at BIGINT NOT NULL,
        ended_at BIGINT
      )`,
      `CREATE TABLE game_tables (
        id TEXT PRIMARY KEY,
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        code TEXT NOT NULL UNIQUE,
        scenario_id TEXT NOT NULL,
        seed TEXT NOT NULL,
        config TEXT NOT NULL,
        listed INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'open',
        created_at BIGINT NOT NULL,
        ended_at BIGINT
      )`,
      "CREATE INDEX game_tables_session ON game_tables (session_id)",
      "CREATE INDEX game_tables_status ON game_tables (status, listed)",
      `CREATE TABLE people (
        id TEXT PRIMARY KEY,
        table_id TEXT NOT NULL REFERENCES game_tables(id) ON DELETE CASCADE,
        token_hash TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        seat TEXT,
        created_at BIGINT NOT NULL
      )`,
      "CREATE INDEX people_table ON people (table_id)",
      `CREATE TABLE table_log (
        table_id TEXT NOT NULL REFERENCES game_tables(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        action TEXT NOT NULL,
        at BIGINT NOT NULL,
        state_hash TEXT NOT NULL,
        PRIMARY KEY (table_id, seq)
      )`,
      `CREATE TABLE chat (
        table_id TEXT NOT NULL REFERENCES game_tables(id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        channel TEXT NOT NULL,
        from_seat TEXT,
        from_name TEXT NOT NULL,
        text TEXT NOT NULL,
        at BIGINT NOT NULL,
        PRIMARY KEY (table_id, seq)
      )`,
    ],
  },
  {
    version: 3,
    name: "session join codes",
    sql: ["ALTER TABLE sessions ADD COLUMN code TEXT", "CREATE UNIQUE INDEX sessions_code ON sessions (code)"],
  },
  {
    version: 4,
    name: "uploaded scenarios and retention",
    sql: [
      "CREATE TABLE scenarios (id TEXT PRIMARY KEY, json TEXT NOT NULL, created_at BIGINT NOT NULL)",
      "ALTER TABLE sessions ADD COLUMN expires_at BIGINT",
      "CREATE INDEX sessions_expiry ON sessions (expires_at)",
    ],
  },
  {
    version: 5,
    name: "muted people",
    sql: ["ALTER TABLE people ADD COLUMN muted INTEGER NOT NULL DEFAULT 0"],
  },
  {
    version: 6,
    name: "bot talk in structured form",
    sql: ["ALTER TABLE chat ADD COLUMN speech TEXT"],
  },
  {
    version: 7,
    name: "table numbers",
    // A session's tables share one creation time: older tables are numbered in the order they were
    // written (SQLite's rowid), or by id where the database keeps no such order (PostgreSQL).
    sql: [
      "ALTER TABLE game_tables ADD COLUMN number INTEGER NOT NULL DEFAULT 0",
      `UPDATE game_tables SET number = (SELECT COUNT(*) FROM game_tables g WHERE g.session_id = game_tables.session_id
        AND (g.created_at < game_tables.created_at OR (g.created_at = game_tables.created_at AND g.id <= game_tables.id)))`,
    ],
    sqlite: [
      "ALTER TABLE game_tables ADD COLUMN number INTEGER NOT NULL DEFAULT 0",
      `UPDATE game_tables SET number = (SELECT COUNT(*) FROM game_tables g WHERE g.session_id = game_tables.session_id
        AND (g.created_at < game_tables.created_at OR (g.created_at = game_tables.created_at AND g.rowid <= game_tables.rowid)))`,
    ],
  },
  {
    version: 8,
    name: "seat history",
    // People seated before this migration are taken as seated since they joined.
    sql: [
      `CREATE TABLE seatings (
        table_id TEXT NOT NULL REFERENCES game_tables(id) ON DELETE CASCADE,
        seat TEXT NOT NULL,
        person_id TEXT NOT NULL,
        name TEXT NOT NULL,
        from_at BIGINT NOT NULL,
        until_at BIGINT
      )`,
      "CREATE INDEX seatings_table ON seatings (table_id)",
      "CREATE INDEX seatings_person ON seatings (person_id)",
      `INSERT INTO seatings (table_id, seat, person_id, name, from_at, until_at)
        SELECT table_id, seat, id, name, created_at, NULL FROM people WHERE seat IS NOT NULL`,
    ],
  },
  {
    version: 9,
    name: "removals held for the session",
    sql: [
      "ALTER TABLE people ADD COLUMN device_hash TEXT",
      `CREATE TABLE removals (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        person_id TEXT NOT NULL,
        table_id TEXT NOT NULL,
        name TEXT NOT NULL,
        seat TEXT,
        device_hash TEXT,
        removed_at BIGINT NOT NULL,
        PRIMARY KEY (session_id, person_id)
      )`,
    ],
  },
  {
    version: 10,
    name: "scenarios kept with their session",
    sql: [
      "ALTER TABLE scenarios ADD COLUMN session_id TEXT",
      "CREATE INDEX scenarios_session ON scenarios (session_id)",
    ],
  },
  {
    version: 11,
    name: "balance checks",
    sql: [
      "CREATE TABLE balance_checks (id TEXT PRIMARY KEY, state TEXT NOT NULL, updated_at BIGINT NOT NULL)",
      "CREATE INDEX balance_checks_updated ON balance_checks (updated_at)",
    ],
  },
];
