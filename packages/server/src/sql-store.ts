// The Store's logic written once over a tiny SQL executor; SQLite and PostgreSQL supply the executor.
// SQL here uses `?` placeholders; the PostgreSQL executor numbers them.
import { type TalkSpeech, talkSpeechSchema } from "@ironclad/engine";
import {
  type ChatRecord,
  LogConflictError,
  type LogEntry,
  MIGRATIONS,
  type OwnScenario,
  type PersonRecord,
  type RemovalRecord,
  type SeatingRecord,
  type SessionRecord,
  type Store,
  type TableRecord,
} from "./store.ts";

/** A value a query may bind. */
export type SqlValue = string | number | null;
/** A result row. */
export type Row = Record<string, unknown>;

/** Runs statements; inside a transaction, on that transaction's connection. */
export interface SqlExecutor {
  run(sql: string, params?: SqlValue[]): Promise<void>;
  all(sql: string, params?: SqlValue[]): Promise<Row[]>;
}

/** The shared implementation: subclasses give an executor, transactions and a unique-violation test. */
export abstract class SqlStore implements Store {
  abstract readonly kind: "sqlite" | "postgres";
  protected abstract readonly db: SqlExecutor;
  /** Runs `fn` in one transaction (serialised against other migrators for `migrate`). */
  protected abstract transaction<T>(fn: (tx: SqlExecutor) => Promise<T>, options?: { migration?: boolean }): Promise<T>;
  /** True when the error is a primary-key or unique violation. */
  protected abstract isUniqueViolation(error: unknown): boolean;
  abstract close(): Promise<void>;

  async migrate(): Promise<void> {
    await this.transaction(
      async (tx) => {
        await tx.run(
          "CREATE TABLE IF NOT EXISTS ironclad_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL)",
        );
        const done = new Set((await tx.all("SELECT version FROM ironclad_migrations")).map((r) => Number(r.version)));
        for (const migration of MIGRATIONS) {
          if (done.has(migration.version)) continue;
          const statements = this.kind === "sqlite" && migration.sqlite ? migration.sqlite : migration.sql;
          for (const statement of statements) await tx.run(statement);
          await tx.run("INSERT INTO ironclad_migrations (version, name) VALUES (?, ?)", [
            migration.version,
            migration.name,
          ]);
        }
      },
      { migration: true },
    );
  }

  async ping(): Promise<void> {
    await this.db.all("SELECT 1 AS ok");
  }

  async schemaVersion(): Promise<number> {
    const rows = await this.db.all("SELECT MAX(version) AS v FROM ironclad_migrations");
    return Number(rows[0]?.v ?? 0);
  }

  async createSession(session: SessionRecord, tables: TableRecord[], scenario?: OwnScenario): Promise<void> {
    await this.transaction(async (tx) => {
      // The session's own scenario first: a table never names one that is not there.
      if (scenario)
        await tx.run("INSERT INTO scenarios (id, json, created_at, session_id) VALUES (?, ?, ?, ?)", [
          scenario.id,
          scenario.json,
          session.createdAt,
          session.id,
        ]);
      await tx.run(
        "INSERT INTO sessions (id, facilitator_key_hash, scenario_id, code, expires_at, settings, created_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
          session.id,
          session.facilitatorKeyHash,
          session.scenarioId,
          session.code,
          session.expiresAt,
          JSON.stringify(session.settings),
          session.createdAt,
          session.endedAt,
        ],
      );
      await insertTables(tx, tables);
    });
  }

  async addTables(tables: TableRecord[]): Promise<void> {
    await this.transaction((tx) => insertTables(tx, tables));
  }

  async getSessionByCode(code: string): Promise<SessionRecord | null> {
    const [row] = await this.db.all("SELECT * FROM sessions WHERE code = ?", [code]);
    return row ? toSession(row) : null;
  }

  async getSession(id: string): Promise<SessionRecord | null> {
    const [row] = await this.db.all("SELECT * FROM sessions WHERE id = ?", [id]);
    return row ? toSession(row) : null;
  }

  async endSession(id: string, at: number): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.run("UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL", [at, id]);
      await tx.run("UPDATE game_tables SET status = 'ended', ended_at = ? WHERE session_id = ? AND status = 'open'", [
        at,
        id,
      ]);
    });
  }

  async deleteSession(id: string): Promise<void> {
    // Children first, so the delete does not depend on the dialect's cascade settings.
    await this.transaction(async (tx) => {
      const tableIds = "SELECT id FROM game_tables WHERE session_id = ?";
      await tx.run(`DELETE FROM chat WHERE table_id IN (${tableIds})`, [id]);
      await tx.run(`DELETE FROM table_log WHERE table_id IN (${tableIds})`, [id]);
      await tx.run(`DELETE FROM people WHERE table_id IN (${tableIds})`, [id]);
      await tx.run(`DELETE FROM seatings WHERE table_id IN (${tableIds})`, [id]);
      await tx.run("DELETE FROM removals WHERE session_id = ?", [id]);
      await tx.run("DELETE FROM game_tables WHERE session_id = ?", [id]);
      await tx.run("DELETE FROM sessions WHERE id = ?", [id]);
      await tx.run("DELETE FROM scenarios WHERE session_id = ?", [id]);
    });
  }

  async getTable(id: string): Promise<TableRecord | null> {
    const [row] = await this.db.all("SELECT * FROM game_tables WHERE id = ?", [id]);
    return row ? toTable(row) : null;
  }

  async getTableByCode(code: string): Promise<TableRecord | null> {
    const [row] = await this.db.all("SELECT * FROM game_tables WHERE code = ?", [code]);
    return row ? toTable(row) : null;
  }

  async listTables(sessionId: string): Promise<TableRecord[]> {
    return (
      await this.db.all("SELECT * FROM game_tables WHERE session_id = ? ORDER BY number, created_at, id", [sessionId])
    ).map(toTable);
  }

  async listListedTables(): Promise<TableRecord[]> {
    return (
      await this.db.all("SELECT * FROM game_tables WHERE listed = 1 AND status = 'open' ORDER BY created_at DESC, id")
    ).map(toTable);
  }

  async listOpenTables(): Promise<TableRecord[]> {
    return (await this.db.all("SELECT * FROM game_tables WHERE status = 'open' ORDER BY created_at, id")).map(toTable);
  }

  async setTableStatus(id: string, status: TableRecord["status"], at: number): Promise<void> {
    await this.db.run("UPDATE game_tables SET status = ?, ended_at = ? WHERE id = ?", [
      status,
      status === "open" ? null : at,
      id,
    ]);
  }

  async setTableConfig(id: string, config: unknown): Promise<void> {
    await this.db.run("UPDATE game_tables SET config = ? WHERE id = ?", [JSON.stringify(config), id]);
  }

  async addPerson(p: PersonRecord): Promise<void> {
    await this.transaction(async (tx) => {
      await tx.run(
        "INSERT INTO people (id, table_id, token_hash, name, seat, created_at, muted, device_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [p.id, p.tableId, p.tokenHash, p.name, p.seat, p.createdAt, p.muted ? 1 : 0, p.deviceHash ?? null],
      );
      if (p.seat !== null)
        await tx.run("INSERT INTO seatings (table_id, seat, person_id, name, from_at) VALUES (?, ?, ?, ?, ?)", [
          p.tableId,
          p.seat,
          p.id,
          p.name,
          p.createdAt,
        ]);
    });
  }

  async listSeatings(tableId: string): Promise<SeatingRecord[]> {
    return (await this.db.all("SELECT * FROM seatings WHERE table_id = ? ORDER BY from_at, person_id", [tableId])).map(
      (r) => ({
        tableId: String(r.table_id),
        seat: String(r.seat),
        personId: String(r.person_id),
        name: String(r.name),
        from: Number(r.from_at),
        until: r.until_at === null || r.until_at === undefined ? null : Number(r.until_at),
      }),
    );
  }

  async getPersonByToken(tableId: string, tokenHash: string): Promise<PersonRecord | null> {
    const [row] = await this.db.all("SELECT * FROM people WHERE table_id = ? AND token_hash = ?", [tableId, tokenHash]);
    return row ? toPerson(row) : null;
  }

  async listPeople(tableId: string): Promise<PersonRecord[]> {
    return (await this.db.all("SELECT * FROM people WHERE table_id = ? ORDER BY created_at, id", [tableId])).map(
      toPerson,
    );
  }

  async getPerson(personId: string): Promise<PersonRecord | null> {
    const [row] = await this.db.all("SELECT * FROM people WHERE id = ?", [personId]);
    return row ? toPerson(row) : null;
  }

  async setMuted(personId: string, muted: boolean): Promise<void> {
    await this.db.run("UPDATE people SET muted = ? WHERE id = ?", [muted ? 1 : 0, personId]);
  }

  async addRemoval(r: RemovalRecord): Promise<void> {
    await this.db.run(
      "INSERT INTO removals (session_id, person_id, table_id, name, seat, device_hash, removed_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
      [r.sessionId, r.personId, r.tableId, r.name, r.seat, r.deviceHash, r.removedAt],
    );
  }

  async listRemovals(sessionId: string): Promise<RemovalRecord[]> {
    const rows = await this.db.all("SELECT * FROM removals WHERE session_id = ? ORDER BY removed_at, person_id", [
      sessionId,
    ]);
    return rows.map((r) => ({
      sessionId: String(r.session_id),
      personId: String(r.person_id),
      tableId: String(r.table_id),
      name: String(r.name),
      seat: r.seat === null ? null : String(r.seat),
      deviceHash: r.device_hash === null ? null : String(r.device_hash),
      removedAt: Number(r.removed_at),
    }));
  }

  async deleteRemoval(sessionId: string, personId: string): Promise<boolean> {
    return this.transaction(async (tx) => {
      const found = await tx.all("SELECT person_id FROM removals WHERE session_id = ? AND person_id = ?", [
        sessionId,
        personId,
      ]);
      await tx.run("DELETE FROM removals WHERE session_id = ? AND person_id = ?", [sessionId, personId]);
      return found.length > 0;
    });
  }

  async removePerson(personId: string): Promise<void> {
    await this.transaction(async (tx) => {
      // The seat history keeps them: they played the seat until now.
      await tx.run("UPDATE seatings SET until_at = ? WHERE person_id = ? AND until_at IS NULL", [Date.now(), personId]);
      await tx.run("DELETE FROM people WHERE id = ?", [personId]);
    });
  }

  async movePerson(personId: string, tableId: string, seat: string | null): Promise<void> {
    await this.transaction(async (tx) => {
      const at = Date.now();
      const [before] = await tx.all("SELECT name, table_id, seat FROM people WHERE id = ?", [personId]);
      await tx.run("UPDATE people SET table_id = ?, seat = ? WHERE id = ?", [tableId, seat, personId]);
      if (!before || (before.table_id === tableId && before.seat === seat)) return;
      await tx.run("UPDATE seatings SET until_at = ? WHERE person_id = ? AND until_at IS NULL", [at, personId]);
      if (seat !== null)
        await tx.run("INSERT INTO seatings (table_id, seat, person_id, name, from_at) VALUES (?, ?, ?, ?, ?)", [
          tableId,
          seat,
          personId,
          String(before.name),
          at,
        ]);
    });
  }

  async appendLog(tableId: string, entries: LogEntry[]): Promise<void> {
    if (entries.length === 0) return;
    try {
      await this.transaction(async (tx) => {
        for (const e of entries) {
          await tx.run("INSERT INTO table_log (table_id, seq, action, at, state_hash) VALUES (?, ?, ?, ?, ?)", [
            tableId,
            e.seq,
            JSON.stringify(e.action),
            e.at,
            e.stateHash,
          ]);
        }
      });
    } catch (error) {
      if (this.isUniqueViolation(error)) {
        throw new LogConflictError(`table ${tableId}: a log entry with one of seq ${entries.map((e) => e.seq)} exists`);
      }
      throw error;
    }
  }

  async readLog(tableId: string, fromSeq = 0): Promise<LogEntry[]> {
    const rows = await this.db.all("SELECT * FROM table_log WHERE table_id = ? AND seq >= ? ORDER BY seq", [
      tableId,
      fromSeq,
    ]);
    return rows.map((r) => ({
      seq: Number(r.seq),
      action: JSON.parse(String(r.action)),
      at: Number(r.at),
      stateHash: String(r.state_hash),
    }));
  }

  async putScenario(id: string, json: string, at: number): Promise<boolean> {
    try {
      await this.db.run("INSERT INTO scenarios (id, json, created_at) VALUES (?, ?, ?)", [id, json, at]);
      return true;
    } catch (error) {
      if (this.isUniqueViolation(error)) return false;
      throw error;
    }
  }

  async getScenario(id: string): Promise<string | null> {
    const [row] = await this.db.all("SELECT json FROM scenarios WHERE id = ?", [id]);
    return row ? String(row.json) : null;
  }

  async listScenarios(): Promise<{ id: string; json: string }[]> {
    // A session's own scenario is its alone: only those uploaded for everyone are listed.
    return (await this.db.all("SELECT id, json FROM scenarios WHERE session_id IS NULL ORDER BY created_at, id")).map(
      (r) => ({
        id: String(r.id),
        json: String(r.json),
      }),
    );
  }

  async putBalanceCheck(id: string, json: string, at: number): Promise<void> {
    await this.db.run(
      "INSERT INTO balance_checks (id, state, updated_at) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET state = excluded.state, updated_at = excluded.updated_at",
      [id, json, at],
    );
  }

  async getBalanceCheck(id: string): Promise<{ json: string; updatedAt: number } | null> {
    const [row] = await this.db.all("SELECT state, updated_at FROM balance_checks WHERE id = ?", [id]);
    return row ? { json: String(row.state), updatedAt: Number(row.updated_at) } : null;
  }

  async deleteBalanceChecksBefore(at: number): Promise<void> {
    await this.db.run("DELETE FROM balance_checks WHERE updated_at < ?", [at]);
  }

  async listExpiredSessions(now: number): Promise<string[]> {
    const rows = await this.db.all("SELECT id FROM sessions WHERE expires_at IS NOT NULL AND expires_at <= ?", [now]);
    return rows.map((r) => String(r.id));
  }

  async appendChat(m: ChatRecord): Promise<void> {
    await this.db.run(
      "INSERT INTO chat (table_id, seq, channel, from_seat, from_name, text, at, speech) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
      [m.tableId, m.seq, m.channel, m.fromSeat, m.fromName, m.text, m.at, m.speech ? JSON.stringify(m.speech) : null],
    );
  }

  async readChat(tableId: string): Promise<ChatRecord[]> {
    const rows = await this.db.all("SELECT * FROM chat WHERE table_id = ? ORDER BY seq", [tableId]);
    return rows.map((r) => ({
      tableId: String(r.table_id),
      seq: Number(r.seq),
      channel: String(r.channel),
      fromSeat: r.from_seat === null ? null : String(r.from_seat),
      fromName: String(r.from_name),
      text: String(r.text),
      at: Number(r.at),
      ...storedSpeech(r.speech),
    }));
  }
}

/** A stored structured line, checked again on the way out (a bad one reads as plain text). */
function storedSpeech(value: unknown): { speech?: TalkSpeech } {
  if (typeof value !== "string") return {};
  try {
    const parsed = talkSpeechSchema.safeParse(JSON.parse(value));
    return parsed.success ? { speech: parsed.data } : {};
  } catch {
    return {};
  }
}

async function insertTables(tx: SqlExecutor, tables: TableRecord[]): Promise<void> {
  for (const t of tables) {
    await tx.run(
      "INSERT INTO game_tables (id, session_id, code, scenario_id, seed, config, listed, status, number, created_at, ended_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
      [
        t.id,
        t.sessionId,
        t.code,
        t.scenarioId,
        t.seed,
        JSON.stringify(t.config),
        t.listed ? 1 : 0,
        t.status,
        t.number,
        t.createdAt,
        t.endedAt,
      ],
    );
  }
}

const nullableNumber = (v: unknown) => (v === null || v === undefined ? null : Number(v));

function toSession(r: Row): SessionRecord {
  return {
    id: String(r.id),
    facilitatorKeyHash: String(r.facilitator_key_hash),
    scenarioId: String(r.scenario_id),
    code: String(r.code ?? ""),
    expiresAt: nullableNumber(r.expires_at),
    settings: JSON.parse(String(r.settings)),
    createdAt: Number(r.created_at),
    endedAt: nullableNumber(r.ended_at),
  };
}

function toTable(r: Row): TableRecord {
  return {
    id: String(r.id),
    sessionId: String(r.session_id),
    code: String(r.code),
    scenarioId: String(r.scenario_id),
    seed: String(r.seed),
    config: JSON.parse(String(r.config)),
    listed: Number(r.listed) === 1,
    status: String(r.status) as TableRecord["status"],
    number: Number(r.number ?? 0),
    createdAt: Number(r.created_at),
    endedAt: nullableNumber(r.ended_at),
  };
}

function toPerson(r: Row): PersonRecord {
  return {
    id: String(r.id),
    tableId: String(r.table_id),
    tokenHash: String(r.token_hash),
    name: String(r.name),
    seat: r.seat === null ? null : String(r.seat),
    createdAt: Number(r.created_at),
    muted: Number(r.muted ?? 0) === 1,
    ...(r.device_hash ? { deviceHash: String(r.device_hash) } : {}),
  };
}
