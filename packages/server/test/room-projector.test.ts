// The room's projector reads the facilitator's broadcasts back from the console (#17, item 12):
// one broadcast reaches every table as its own message, and the projector shows it once.
import { describe, expect, it } from "vitest";
import { lastBroadcasts } from "../src/console-service.ts";
import { startHarness } from "./harness.ts";

describe("the console's broadcasts, for the room's projector", () => {
  it("merges one broadcast's copies and names the tables a targeted one went to", () => {
    const sent = [
      { text: "Five minutes.", at: 1_000, table: 1 },
      { text: "Five minutes.", at: 1_020, table: 2 },
      { text: "Table 2, call a vote.", at: 9_000, table: 2 },
    ];
    expect(lastBroadcasts(sent, 2)).toEqual([
      { text: "Table 2, call a vote.", at: 9_000, tables: [2] },
      { text: "Five minutes.", at: 1_020, tables: null },
    ]);
  });

  it("lists the latest broadcasts on a really started server, newest first", async () => {
    const h = await startHarness();
    try {
      const session = (await h.post("/api/sessions", { tables: 2 })).body;
      const auth = { authorization: `Bearer ${session.facilitatorKey}` };
      const before = await h.get(`/api/sessions/${session.sessionId}/console`, auth);
      expect(before.body.broadcasts).toEqual([]);
      await h.post(`/api/sessions/${session.sessionId}/broadcast`, { text: "Read your briefs." }, auth);
      await h.post(
        `/api/sessions/${session.sessionId}/broadcast`,
        { text: "Table 2: two minutes.", tables: [session.tables[1].tableId] },
        auth,
      );
      const after = await h.get(`/api/sessions/${session.sessionId}/console`, auth);
      expect(after.body.broadcasts.map((b: { text: string; tables: number[] | null }) => [b.text, b.tables])).toEqual([
        ["Table 2: two minutes.", [2]],
        ["Read your briefs.", null],
      ]);
    } finally {
      await h.stop();
    }
  });

  it("marks a table ended before its stress test as untested in the session report, for the debrief", async () => {
    const h = await startHarness();
    try {
      const session = (await h.post("/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })).body;
      const auth = { authorization: `Bearer ${session.facilitatorKey}` };
      const [t1] = session.tables;
      await h.post(
        `/api/sessions/${session.sessionId}/actions`,
        { action: { type: "table/start" }, tables: [t1.tableId] },
        auth,
      );
      expect((await h.post(`/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
      const report = (await h.get(`/api/sessions/${session.sessionId}/report.json`, auth)).body;
      // Started and ended in its briefing: untested, not "held". Never started: not played.
      expect(report.tables.map((t: { untested: boolean; notPlayed: boolean }) => [t.untested, t.notPlayed])).toEqual([
        [true, false],
        [false, true],
      ]);
    } finally {
      await h.stop();
    }
  });
});
