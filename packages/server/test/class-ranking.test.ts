// What counts in the class ranking (issue 17, item 8): a table ended from the lobby was never
// played, so it may not rank students against the same seat at the other tables.
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
});
