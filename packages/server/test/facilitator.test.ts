import { afterActionReport, replay, stateHash } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { initOptionsFor } from "../src/table-init.ts";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

describe("the facilitator's console, controls, reports and exports", () => {
  let h: Harness;
  let session: any;
  let auth: Record<string, string>;
  beforeAll(async () => {
    h = await startHarness();
    session = (await h.post("/api/sessions", { tables: 2, timings: { briefingSeconds: 600 } })).body;
    auth = { authorization: `Bearer ${session.facilitatorKey}` };
  });
  afterAll(async () => {
    await h.stop();
  });

  it("refuses every facilitator route without the key", async () => {
    for (const route of ["console", "report.json", "export/actions.csv", "export.json"]) {
      const res = await h.get(`/api/sessions/${session.sessionId}/${route}`);
      expect(res.status, route).toBe(401);
    }
    expect(
      (await h.post(`/api/sessions/${session.sessionId}/actions`, { action: { type: "table/start" } })).status,
    ).toBe(401);
  });

  it("shows every table at a glance", async () => {
    const res = await h.get(`/api/sessions/${session.sessionId}/console`, auth);
    expect(res.status).toBe(200);
    expect(res.body.tables).toHaveLength(2);
    for (const t of res.body.tables) {
      expect(t.running).toBe(true);
      expect(t.summary).toMatchObject({ phase: "lobby", draftFilled: 0, draftSize: 9, stalled: false });
      // No news before the game starts: the console greys out Inject with the engine's reason.
      expect(t.summary.injectRefusal).toMatchObject({ code: "event/not_started" });
      expect(t.summary.injectRefusal.message).toMatch(/started/);
      // Nobody owes a ballot or a response in the lobby (the engine's awaitedSeats, unit-tested there).
      expect(t.summary.awaited).toEqual({});
    }
  });

  it("starts all tables at once, pauses one, and reports per-table refusals", async () => {
    const start = await h.post(`/api/sessions/${session.sessionId}/actions`, { action: { type: "table/start" } }, auth);
    expect(start.body.results.map((r: any) => r.ok)).toEqual([true, true]);
    const [t1] = session.tables;
    const pause = await h.post(
      `/api/sessions/${session.sessionId}/actions`,
      { action: { type: "facilitator/pause" }, tables: [t1.tableId] },
      auth,
    );
    expect(pause.body.results).toEqual([{ tableId: t1.tableId, ok: true }]);
    const again = await h.post(`/api/sessions/${session.sessionId}/actions`, { action: { type: "table/start" } }, auth);
    expect(again.body.results.every((r: any) => r.ok === false && r.error.code === "phase/wrong_phase")).toBe(true);
    const forged = await h.post(
      `/api/sessions/${session.sessionId}/actions`,
      { action: { type: "facilitator/resume", actor: { kind: "system" } } },
      auth,
    );
    expect(forged.body.results[0].error.code).toBe("action/invalid");
    const view = await h.get(`/api/sessions/${session.sessionId}/console`, auth);
    const byId = Object.fromEntries(view.body.tables.map((t: any) => [t.tableId, t.summary]));
    expect(byId[t1.tableId]).toMatchObject({ phase: "briefing", paused: true, injectRefusal: null });
    // News lands at a paused table in the briefing.
    const news = await h.post(
      `/api/sessions/${session.sessionId}/actions`,
      { action: { type: "facilitator/inject-event", card: "energy-shock" }, tables: [t1.tableId] },
      auth,
    );
    expect(news.body.results).toEqual([{ tableId: t1.tableId, ok: true }]);
  });

  it("exports a JSON log that the engine replays to the logged state hash", async () => {
    const exp = await h.get(`/api/sessions/${session.sessionId}/export.json`, auth);
    expect(exp.status).toBe(200);
    for (const t of exp.body.tables) {
      const stored = await h.store.getTable(t.tableId);
      if (!stored) throw new Error("missing table");
      const { seed, ...init } = initOptionsFor(stored);
      const r = replay(
        defaultScenario(),
        seed,
        t.log.map((e: any) => e.action),
        undefined,
        init,
      );
      expect(r.error).toBeNull();
      expect(stateHash(r.state)).toBe(t.log.at(-1).stateHash);
    }
  });

  it("ends the session and serves the reports and the CSV exports", async () => {
    const end = await h.post(`/api/sessions/${session.sessionId}/end`, {}, auth);
    expect(end.status).toBe(200);
    expect(end.body.endedAt).toBeTypeOf("number");
    const [t1] = session.tables;
    await eventually(
      async () => {
        const report = await h.get(`/api/sessions/${session.sessionId}/tables/${t1.tableId}/report.json`, auth);
        expect(report.body.phase).toBe("debrief");
      },
      { timeout: 15_000, interval: 200 },
    );
    const report = await h.get(`/api/sessions/${session.sessionId}/tables/${t1.tableId}/report.json`, auth);
    expect(report.body.finalStateHash).toBe(report.body.loggedStateHash);
    expect(report.body.timeline.map((e: any) => e.type)).toEqual(
      expect.arrayContaining(["table/start", "facilitator/pause", "facilitator/end"]),
    );
    expect(report.body.futures.noDeal.runs).toBe(200);
    expect(report.body.final).toBeUndefined();

    const sessionReport = await h.get(`/api/sessions/${session.sessionId}/report.json`, auth);
    expect(sessionReport.body.tables).toHaveLength(2);
    // Six negotiating seats and the red cell at each table.
    expect(sessionReport.body.duplicate.length).toBe(2 * (6 + 1));

    const actions = await fetch(`${h.base}/api/sessions/${session.sessionId}/export/actions.csv`, { headers: auth });
    expect(actions.headers.get("content-type")).toContain("text/csv");
    const csv = await actions.text();
    expect(csv.split("\r\n")[0]).toBe("table,seq,time,actor,people,human/bot,action,what happened");
    expect(csv).toContain("table/start");
    const scores = await (
      await fetch(`${h.base}/api/sessions/${session.sessionId}/export/scores.csv`, { headers: auth })
    ).text();
    expect(scores.trim().split("\r\n")).toHaveLength(1 + 2 * (6 + 1));
    expect((await h.get(`/api/sessions/${session.sessionId}/export/nope.csv`, auth)).status).toBe(404);
  });

  it("matches the engine's own report for the same log", async () => {
    const [t1] = session.tables;
    const stored = await h.store.getTable(t1.tableId);
    if (!stored) throw new Error("missing table");
    const log = (await h.store.readLog(t1.tableId)).map((e) => e.action);
    const direct = afterActionReport(defaultScenario(), initOptionsFor(stored), log);
    const served = await h.get(`/api/sessions/${session.sessionId}/tables/${t1.tableId}/report.json`, auth);
    // The served timeline adds who held each acting seat (nobody here: bots and the facilitator).
    expect(served.body.timeline.map(({ people, ...e }: any) => e)).toEqual(direct.timeline);
    expect(served.body.timeline.every((e: any) => Array.isArray(e.people) && e.people.length === 0)).toBe(true);
    expect(served.body.scores).toEqual(direct.scores);
  });

  it("reports a table ended from the lobby as not played, and a played one as played (#17.8)", async () => {
    const lobby = (await h.post("/api/sessions", { tables: 1, timings: { briefingSeconds: 600 } })).body;
    const lobbyAuth = { authorization: `Bearer ${lobby.facilitatorKey}` };
    expect((await h.post(`/api/sessions/${lobby.sessionId}/end`, {}, lobbyAuth)).status).toBe(200);
    const [t] = lobby.tables;
    await eventually(
      async () => {
        const report = await h.get(`/api/sessions/${lobby.sessionId}/tables/${t.tableId}/report.json`, lobbyAuth);
        expect(report.body.phase).toBe("debrief");
      },
      { timeout: 15_000, interval: 200 },
    );
    const report = await h.get(`/api/sessions/${lobby.sessionId}/tables/${t.tableId}/report.json`, lobbyAuth);
    expect(report.body.notPlayed).toBe(true);
    expect(report.body.finalStateHash).toBe(report.body.loggedStateHash);
    const rows = (await h.get(`/api/sessions/${lobby.sessionId}/report.json`, lobbyAuth)).body.tables;
    expect(rows.map((r: any) => r.notPlayed)).toEqual([true]);
    // The first session's tables were started before they ended.
    const played = (await h.get(`/api/sessions/${session.sessionId}/report.json`, auth)).body.tables;
    expect(played.map((r: any) => r.notPlayed)).toEqual([false, false]);
  });
});
