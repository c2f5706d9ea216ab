// The behaviour every Store must have; run against SQLite and against real PostgreSQL.
import { describe, expect, it } from "vitest";
import { LogConflictError, MIGRATIONS, type SessionRecord, type Store, type TableRecord } from "./store.ts";

let counter = 0;
const unique = (prefix: string) => `${prefix}-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 8)}`;

function session(overrides: Partial<SessionRecord> = {}): SessionRecord {
  return {
    id: unique("s"),
    facilitatorKeyHash: "f".repeat(64),
    scenarioId: "guarantees-2025",
    code: unique("S").toUpperCase(),
    expiresAt: null,
    settings: { tables: 2, readPrivate: false },
    createdAt: 1_700_000_000_000,
    endedAt: null,
    ...overrides,
  };
}

function table(sessionId: string, overrides: Partial<TableRecord> = {}): TableRecord {
  return {
    id: unique("t"),
    sessionId,
    code: unique("C").toUpperCase(),
    scenarioId: "guarantees-2025",
    seed: "seed-1",
    config: { seats: ["washington", "kyiv", "paris"] },
    listed: false,
    status: "open",
    number: 1,
    createdAt: 1_700_000_000_000,
    endedAt: null,
    ...overrides,
  };
}

/** Declares the store contract suite for one implementation. `open` gives a migrated store. */
export function describeStoreContract(name: string, open: () => Promise<Store>): void {
  describe(`${name}: the Store contract`, () => {
    it("migrates idempotently to the latest version and answers ping", async () => {
      const store = await open();
      await store.migrate();
      await store.ping();
      expect(await store.schemaVersion()).toBe(Math.max(...MIGRATIONS.map((m) => m.version)));
      await store.close();
    });

    it("creates a session with its tables and reads them back", async () => {
      const store = await open();
      const s = session();
      const [a, b] = [table(s.id, { listed: true }), table(s.id)];
      await store.createSession(s, [a, b]);
      expect(await store.getSession(s.id)).toEqual(s);
      expect(await store.getTable(a.id)).toEqual(a);
      expect(await store.getTableByCode(b.code)).toEqual(b);
      expect((await store.listTables(s.id)).map((t) => t.id).sort()).toEqual([a.id, b.id].sort());
      expect((await store.listListedTables()).map((t) => t.id)).toContain(a.id);
      expect((await store.listListedTables()).map((t) => t.id)).not.toContain(b.id);
      expect(await store.getSession("nope")).toBeNull();
      expect(await store.getSessionByCode(s.code)).toEqual(s);
      const late = table(s.id);
      await store.addTables([late]);
      expect((await store.listTables(s.id)).map((t) => t.id)).toContain(late.id);
      expect(await store.getTableByCode("NOPE")).toBeNull();
      await store.close();
    });

    it("keeps each table's number and lists a session's tables by it, whatever their ids", async () => {
      const store = await open();
      const s = session();
      // Ids that sort the other way round from the numbers, and one creation time for all.
      const tables = [3, 2, 1].map((n) => table(s.id, { id: `${unique("t")}-${"z".repeat(n)}`, number: 4 - n }));
      await store.createSession(s, tables);
      const listed = await store.listTables(s.id);
      expect(listed.map((t) => t.number)).toEqual([1, 2, 3]);
      expect(listed.map((t) => t.id)).toEqual(tables.map((t) => t.id));
      expect(await store.getTable(tables[1]?.id ?? "")).toMatchObject({ number: 2 });
      const fork = table(s.id, { number: 4 });
      await store.addTables([fork]);
      expect((await store.listTables(s.id)).map((t) => t.number)).toEqual([1, 2, 3, 4]);
      await store.close();
    });

    it("creates nothing when one table of a session cannot be stored (duplicate code)", async () => {
      const store = await open();
      const s = session();
      const a = table(s.id);
      await expect(store.createSession(s, [a, table(s.id, { code: a.code })])).rejects.toThrow();
      expect(await store.getSession(s.id)).toBeNull();
      expect(await store.getTable(a.id)).toBeNull();
      await store.close();
    });

    it("ends a session: its open tables end and leave the open and listed lists", async () => {
      const store = await open();
      const s = session();
      const a = table(s.id, { listed: true });
      await store.createSession(s, [a]);
      expect((await store.listOpenTables()).map((t) => t.id)).toContain(a.id);
      await store.endSession(s.id, 1_700_000_100_000);
      expect((await store.getSession(s.id))?.endedAt).toBe(1_700_000_100_000);
      expect(await store.getTable(a.id)).toMatchObject({ status: "ended", endedAt: 1_700_000_100_000 });
      expect((await store.listOpenTables()).map((t) => t.id)).not.toContain(a.id);
      expect((await store.listListedTables()).map((t) => t.id)).not.toContain(a.id);
      await store.close();
    });

    it("keeps people by hashed token, per table, and moves them between seats", async () => {
      const store = await open();
      const s = session();
      const [a, b] = [table(s.id), table(s.id)];
      await store.createSession(s, [a, b]);
      const person = {
        id: unique("p"),
        tableId: a.id,
        tokenHash: unique("h"),
        name: "Olena",
        seat: "kyiv",
        createdAt: 1,
        muted: false,
      };
      await store.addPerson(person);
      expect(await store.getPersonByToken(a.id, person.tokenHash)).toEqual(person);
      // A token from one table is not a token at another.
      expect(await store.getPersonByToken(b.id, person.tokenHash)).toBeNull();
      await store.movePerson(person.id, a.id, null);
      expect((await store.listPeople(a.id))[0]?.seat).toBeNull();
      await store.movePerson(person.id, b.id, "paris");
      expect(await store.listPeople(a.id)).toEqual([]);
      expect(await store.getPerson(person.id)).toMatchObject({ tableId: b.id, seat: "paris" });
      expect(await store.getPerson("nobody")).toBeNull();
      await store.setMuted(person.id, true);
      expect((await store.getPerson(person.id))?.muted).toBe(true);
      await store.removePerson(person.id);
      expect(await store.getPerson(person.id)).toBeNull();
      expect(await store.getPersonByToken(b.id, person.tokenHash)).toBeNull();
      await store.close();
    });

    it("appends to the event log in order, durably, and refuses a reused sequence number", async () => {
      const store = await open();
      const s = session();
      const a = table(s.id);
      await store.createSession(s, [a]);
      const entry = (seq: number) => ({
        seq,
        action: { type: "seat/ready", actor: { kind: "seat", seat: "kyiv" }, at: 1000 + seq, ready: true },
        at: 1000 + seq,
        stateHash: `h${seq}`,
      });
      await store.appendLog(a.id, [entry(1), entry(2)]);
      await store.appendLog(a.id, [entry(3)]);
      await expect(store.appendLog(a.id, [entry(4), entry(2)])).rejects.toBeInstanceOf(LogConflictError);
      // The failed batch left nothing behind: entry 4 was rolled back with it.
      expect((await store.readLog(a.id)).map((e) => e.seq)).toEqual([1, 2, 3]);
      expect(await store.readLog(a.id, 2)).toEqual([entry(2), entry(3)]);
      await store.close();
      const reopened = await open();
      expect((await reopened.readLog(a.id)).length).toBe(3);
      await reopened.close();
    });

    it("stores chat with its table and deletes everything with the session", async () => {
      const store = await open();
      const s = session();
      const a = table(s.id);
      await store.createSession(s, [a]);
      const msg = {
        tableId: a.id,
        seq: 1,
        channel: "table",
        fromSeat: "paris",
        fromName: "Claire",
        text: "Bonjour",
        at: 5,
      };
      await store.appendChat(msg);
      await store.appendChat({ ...msg, seq: 2, channel: "broadcast", fromSeat: null, fromName: "Facilitator" });
      expect(await store.readChat(a.id)).toEqual([
        msg,
        { ...msg, seq: 2, channel: "broadcast", fromSeat: null, fromName: "Facilitator" },
      ]);
      // A bot's line keeps its structured form beside its English text.
      const said = {
        ...msg,
        seq: 3,
        fromSeat: "london",
        fromName: "London (bot)",
        text: "London signs.",
        speech: { source: "scenario", move: "sign", variant: "default", index: 0, slots: { seat: "london" } } as const,
      };
      await store.appendChat(said);
      expect((await store.readChat(a.id)).at(-1)).toEqual(said);
      // A stored form that does not validate (an older or foreign shape) reads as plain text.
      const { speech, ...plain } = said;
      await store.appendChat({ ...said, seq: 4, speech: { ...speech, move: "shout" } as unknown as typeof speech });
      expect((await store.readChat(a.id)).at(-1)).toStrictEqual({ ...plain, seq: 4 });
      await store.addPerson({
        id: unique("p"),
        tableId: a.id,
        tokenHash: unique("h"),
        name: "X",
        seat: null,
        createdAt: 1,
        muted: false,
      });
      await store.appendLog(a.id, [{ seq: 1, action: {}, at: 1, stateHash: "h" }]);
      await store.deleteSession(s.id);
      expect(await store.getSession(s.id)).toBeNull();
      expect(await store.getTable(a.id)).toBeNull();
      expect(await store.readChat(a.id)).toEqual([]);
      expect(await store.readLog(a.id)).toEqual([]);
      expect(await store.listPeople(a.id)).toEqual([]);
      await store.close();
    });

    it("keeps uploaded scenarios by id, refusing a taken id", async () => {
      const store = await open();
      const id = unique("scn");
      expect(await store.putScenario(id, '{"id":"x"}', 5)).toBe(true);
      expect(await store.putScenario(id, '{"id":"y"}', 6)).toBe(false);
      expect(await store.getScenario(id)).toBe('{"id":"x"}');
      expect((await store.listScenarios()).map((s) => s.id)).toContain(id);
      expect(await store.getScenario("none")).toBeNull();
      await store.close();
    });

    it("keeps a session's own scenario with it: readable by key, never listed, deleted with the session", async () => {
      const store = await open();
      const s = session();
      const key = `${unique("mine")}@${s.id}`;
      await store.createSession({ ...s, scenarioId: key }, [table(s.id, { scenarioId: key })], {
        id: key,
        json: '{"id":"mine"}',
      });
      expect(await store.getScenario(key)).toBe('{"id":"mine"}');
      expect((await store.getTable((await store.listTables(s.id))[0]?.id ?? ""))?.scenarioId).toBe(key);
      expect((await store.listScenarios()).map((x) => x.id)).not.toContain(key);
      await store.deleteSession(s.id);
      expect(await store.getScenario(key)).toBeNull();
      await store.close();
    });

    it("creates neither the session nor its scenario when one of them cannot be written", async () => {
      const store = await open();
      const first = session();
      await store.createSession(first, []);
      const clash = session({ code: first.code });
      const key = `${unique("mine")}@${clash.id}`;
      await expect(store.createSession(clash, [], { id: key, json: "{}" })).rejects.toThrow();
      expect(await store.getSession(clash.id)).toBeNull();
      expect(await store.getScenario(key)).toBeNull();
      await store.close();
    });

    it("keeps a balance check's latest state by id, for every process, until it is old", async () => {
      const store = await open();
      const id = unique("bal");
      await store.putBalanceCheck(id, '{"status":"running","done":0}', 10);
      await store.putBalanceCheck(id, '{"status":"done","done":20}', 20);
      expect(await store.getBalanceCheck(id)).toEqual({ json: '{"status":"done","done":20}', updatedAt: 20 });
      expect(await store.getBalanceCheck("none")).toBeNull();
      await store.deleteBalanceChecksBefore(15);
      expect(await store.getBalanceCheck(id)).not.toBeNull();
      await store.deleteBalanceChecksBefore(21);
      expect(await store.getBalanceCheck(id)).toBeNull();
      await store.close();
    });

    it("lists sessions whose retention has run out", async () => {
      const store = await open();
      const old = session({ expiresAt: 1_000 });
      const kept = session({ expiresAt: null });
      await store.createSession(old, []);
      await store.createSession(kept, []);
      const expired = await store.listExpiredSessions(2_000);
      expect(expired).toContain(old.id);
      expect(expired).not.toContain(kept.id);
      await store.close();
    });

    it("serialises concurrent appends: every entry lands exactly once", async () => {
      const store = await open();
      const s = session();
      const a = table(s.id);
      await store.createSession(s, [a]);
      await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          store.appendLog(a.id, [{ seq: i + 1, action: { i }, at: i, stateHash: "h" }]),
        ),
      );
      expect((await store.readLog(a.id)).map((e) => e.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
      await store.close();
    });

    it("fails only the conflicting append among those made at the same moment", async () => {
      const store = await open();
      const s = session();
      const a = table(s.id);
      const b = table(s.id);
      await store.createSession(s, [a, b]);
      await store.appendLog(a.id, [{ seq: 1, action: {}, at: 1, stateHash: "h" }]);
      const results = await Promise.allSettled([
        store.appendLog(b.id, [{ seq: 1, action: { t: "b" }, at: 2, stateHash: "h" }]),
        store.appendLog(a.id, [{ seq: 1, action: { t: "again" }, at: 2, stateHash: "h" }]),
        store.appendLog(a.id, [{ seq: 2, action: { t: "a" }, at: 2, stateHash: "h" }]),
      ]);
      expect(results.map((r) => r.status)).toEqual(["fulfilled", "rejected", "fulfilled"]);
      expect((results[1] as PromiseRejectedResult).reason).toBeInstanceOf(LogConflictError);
      expect((await store.readLog(a.id)).map((e) => e.action)).toEqual([{}, { t: "a" }]);
      expect((await store.readLog(b.id)).map((e) => e.action)).toEqual([{ t: "b" }]);
      await store.close();
    });
  });
}
