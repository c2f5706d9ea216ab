// What counts in the class ranking (issue 17, item 8): a table ended from the lobby was never
// played, and a fork is a facilitator's sandbox; neither may rank students against the same seat
// at the other tables. A fork also takes no late joiners, and says what it was forked from.
// Against the real server and its SQLite store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

const inDebrief = async (h: Harness, session: any, auth: Record<string, string>) =>
  eventually(
    async () => {
      for (const t of (await h.get(`/api/sessions/${session.sessionId}`, auth)).body.tables) {
        const r = await h.get(`/api/sessions/${session.sessionId}/tables/${t.tableId}/report.json`, auth);
        expect(r.body.phase).toBe("debrief");
      }
    },
    { timeout: 15_000, interval: 200 },
  );

describe("the class ranking", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  // The ranking used to take every table with scores: a table ended in the lobby ranked its bots'
  // zero-deal scores against the played tables.
  it("leaves out a table that was never played", async () => {
    const session = (await h.post("/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [played, idle] = session.tables;
    const start = await h.post(
      `/api/sessions/${session.sessionId}/actions`,
      { action: { type: "table/start" }, tables: [played.tableId] },
      auth,
    );
    expect(start.body.results.map((r: any) => r.ok)).toEqual([true]);
    expect((await h.post(`/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
    await inDebrief(h, session, auth);
    const report = (await h.get(`/api/sessions/${session.sessionId}/report.json`, auth)).body;
    expect(report.tables.map((r: any) => [r.tableId, r.notPlayed])).toEqual([
      [played.tableId, false],
      [idle.tableId, true],
    ]);
    expect(report.duplicate.length).toBeGreaterThan(0);
    expect(report.duplicate.every((d: any) => d.tableId === played.tableId)).toBe(true);
    // Each seat now stands alone: first among one.
    expect(report.duplicate.every((d: any) => d.rank === 1)).toBe(true);
  });

  describe("a fork", () => {
    let session: any;
    let auth: Record<string, string>;
    let fork: any;
    beforeAll(async () => {
      session = (await h.post("/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })).body;
      auth = { authorization: `Bearer ${session.facilitatorKey}` };
      await h.post(`/api/sessions/${session.sessionId}/actions`, { action: { type: "table/start" } }, auth);
      const [t1] = session.tables;
      // Two people at each table, so the fork (with nobody at it) has the most room.
      for (const [t, name] of [
        [session.tables[0], "Olena"],
        [session.tables[0], "Taras"],
        [session.tables[1], "Mykola"],
        [session.tables[1], "Iryna"],
      ] as const) {
        expect((await h.post("/api/join", { code: t.code, name })).status).toBe(201);
      }
      const step = (await h.store.readLog(t1.tableId)).length;
      fork = (await h.post(`/api/sessions/${session.sessionId}/tables/${t1.tableId}/fork`, { step }, auth)).body;
      expect(fork.number).toBe(3);
    });

    it("takes no late joiners through the session code", async () => {
      for (const name of ["Late 1", "Late 2", "Late 3"]) {
        const joined = await h.post("/api/join", { code: session.sessionCode, name });
        expect(joined.status).toBe(201);
        expect(joined.body.tableId).not.toBe(fork.tableId);
      }
      expect(await h.store.listPeople(fork.tableId)).toEqual([]);
      // Its own code still opens it, for the people the facilitator sends there.
      const invited = await h.post("/api/join", { code: fork.code, name: "What-if", seat: "berlin" });
      expect(invited.status).toBe(201);
      expect(invited.body.tableId).toBe(fork.tableId);
    });

    it("says what it was forked from, in the session, the console and the reports", async () => {
      const [t1] = session.tables;
      const from = { tableId: t1.tableId, number: 1, step: fork.step };
      const described = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body.tables;
      expect(described.map((t: any) => t.forkedFrom ?? null)).toEqual([null, null, from]);
      const console = (await h.get(`/api/sessions/${session.sessionId}/console`, auth)).body.tables;
      expect(console.find((t: any) => t.tableId === fork.tableId).forkedFrom).toEqual(from);
      expect(console.find((t: any) => t.tableId === t1.tableId).forkedFrom ?? null).toBeNull();
      const table = (await h.get(`/api/sessions/${session.sessionId}/tables/${fork.tableId}/report.json`, auth)).body;
      expect(table.forkedFrom).toEqual(from);
    });

    it("is left out of the ranking unless the facilitator includes it", async () => {
      expect((await h.post(`/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
      await inDebrief(h, session, auth);
      const report = (await h.get(`/api/sessions/${session.sessionId}/report.json`, auth)).body;
      expect(report.forks).toBe("leave-out");
      expect(report.tables.map((r: any) => r.forkedFrom?.number ?? null)).toEqual([null, null, 1]);
      expect(report.duplicate.length).toBeGreaterThan(0);
      expect(report.duplicate.some((d: any) => d.tableId === fork.tableId)).toBe(false);
      const withForks = (await h.get(`/api/sessions/${session.sessionId}/report.json?forks=include`, auth)).body;
      expect(withForks.forks).toBe("include");
      expect(withForks.duplicate.some((d: any) => d.tableId === fork.tableId)).toBe(true);
      expect((await h.get(`/api/sessions/${session.sessionId}/report.json?forks=maybe`, auth)).status).toBe(400);
    });
  });
});
