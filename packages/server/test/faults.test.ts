// Faults: a store that fails for one table, and a hundred people dropping at once.
import type { Room } from "@colyseus/sdk";
import { describe, expect, it } from "vitest";
import { SqliteStore } from "../src/sqlite-store.ts";
import type { Store } from "../src/store.ts";
import { eventually } from "./eventually.ts";
import { startHarness } from "./harness.ts";

/** A real SQLite store whose event log fails for the tables in `failing`. */
function flakyStore(inner: Store, failing: Set<string>): Store {
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop === "appendLog") {
        return async (tableId: string, entries: Parameters<Store["appendLog"]>[1]) => {
          if (failing.has(tableId)) throw new Error("the disk under this table is on fire");
          return target.appendLog(tableId, entries);
        };
      }
      const value = Reflect.get(target, prop, receiver);
      return typeof value === "function" ? value.bind(target) : value;
    },
  });
}

describe("faults", () => {
  it("a failure inside one table's handling leaves that table unchanged and every other table untouched", async () => {
    const failing = new Set<string>();
    const dir = (await import("node:fs")).mkdtempSync(`${(await import("node:os")).tmpdir()}/ironclad-fault-`);
    const h = await startHarness({ DATA_DIR: dir }, flakyStore(new SqliteStore(dir), failing));
    const session = await h.post("/api/sessions", { tables: 2, timings: { briefingSeconds: 0 } });
    const auth = { authorization: `Bearer ${session.body.facilitatorKey}` };
    await h.post(`/api/sessions/${session.body.sessionId}/actions`, { action: { type: "table/start" } }, auth);
    const [t1, t2] = session.body.tables;
    const rooms: Room[] = [];
    for (const t of [t1, t2]) {
      const p = await h.post("/api/join", { code: t.code, name: "Olena", seat: "kyiv" });
      rooms.push(await h.client().joinById(t.tableId, { seatToken: p.body.seatToken }));
    }
    const [a, b] = rooms as [Room, Room];
    const aErrors: any[] = [];
    a.onMessage("error", (m) => aErrors.push(m));
    await eventually(() => expect(a.state.phase).toBe("negotiation"));
    await eventually(() => expect(b.state.phase).toBe("negotiation"));

    failing.add(t1.tableId);
    const seqA = a.state.seq;
    a.send("action", { type: "draft/amend", issue: "legal-form", option: "treaty" });
    await eventually(() => expect(aErrors.map((e) => e.code)).toContain("store/unavailable"));
    expect(a.state.seq).toBe(seqA);
    expect(a.state.amendments.length).toBe(0);

    b.send("action", { type: "draft/amend", issue: "legal-form", option: "treaty" });
    await eventually(() => expect(b.state.amendments.length).toBe(1));

    failing.delete(t1.tableId);
    a.send("action", { type: "draft/amend", issue: "legal-form", option: "treaty" });
    await eventually(() => expect(a.state.amendments.length).toBe(1));
    expect((await h.store.readLog(t1.tableId)).at(-1)?.seq).toBe(a.state.seq);
    for (const r of rooms) await r.leave();
    await h.stop();
  });

  it("a hundred people dropping at once keep their hundred seats, and all come back", async () => {
    const h = await startHarness({ RECONNECT_SECONDS: "120", JOINS_PER_MINUTE: "1000" });
    const seats = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"];
    const tables = Math.ceil(100 / seats.length);
    const session = await h.post("/api/sessions", { tables });
    const people: { room: Room; sdk: ReturnType<typeof h.client>; tableId: string; seat: string }[] = [];
    for (const t of session.body.tables) {
      for (const seat of seats) {
        if (people.length === 100) break;
        const p = await h.post("/api/join", { code: t.code, name: `P${people.length}`, seat });
        const sdk = h.client();
        people.push({
          room: await sdk.joinById(t.tableId, { seatToken: p.body.seatToken }),
          sdk,
          tableId: t.tableId,
          seat,
        });
      }
    }
    expect(people).toHaveLength(100);
    const fac = await h
      .client()
      .joinById(session.body.tables[0].tableId, { facilitatorKey: session.body.facilitatorKey });
    const tokens = people.map((p) => p.room.reconnectionToken);

    for (const p of people) (p.room.connection.transport as any).ws.close(4999);
    await eventually(
      async () => {
        const console = await h.get(`/api/sessions/${session.body.sessionId}/console`, {
          authorization: `Bearer ${session.body.facilitatorKey}`,
        });
        const connected = console.body.tables.reduce(
          (n: number, t: any) => n + Object.values<number>(t.summary.connected).reduce((x, y) => x + y, 0),
          0,
        );
        expect(connected).toBe(0);
      },
      { timeout: 30_000 },
    );
    // Every seat is still its person's: human-run, their name on it, marked away.
    const first = people.filter((p) => p.tableId === session.body.tables[0].tableId);
    for (const p of first) {
      expect(fac.state.seats.get(p.seat)?.controller).toBe("human");
      expect(fac.state.seats.get(p.seat)?.away).toBe(true);
    }
    const back = await Promise.all(people.map((p, i) => p.sdk.reconnect(tokens[i] as string)));
    await eventually(() => expect(first.every((p) => fac.state.seats.get(p.seat)?.away === false)).toBe(true), {
      timeout: 30_000,
    });
    for (const [i, r] of back.entries()) {
      await eventually(() => expect([...(r.state.privates?.keys() ?? [])]).toEqual([`seat:${people[i]?.seat}`]));
    }
    for (const r of back) await r.leave();
    await fac.leave();
    await h.stop();
  }, 180_000);
});
