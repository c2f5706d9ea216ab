import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

describe("replay and fork", () => {
  let h: Harness;
  let session: any;
  let auth: Record<string, string>;
  let tableId: string;
  let kyivToken: string;

  beforeAll(async () => {
    h = await startHarness();
    session = (await h.post("/api/sessions", { tables: 1, timings: { briefingSeconds: 0 } })).body;
    auth = { authorization: `Bearer ${session.facilitatorKey}` };
    tableId = session.tables[0].tableId;
    const kyiv = await h.post("/api/join", { code: session.tables[0].code, name: "Olena", seat: "kyiv" });
    kyivToken = kyiv.body.seatToken;
    const k = await h.client().joinById(tableId, { seatToken: kyivToken });
    await h.post(`/api/sessions/${session.sessionId}/actions`, { action: { type: "table/start" } }, auth);
    await eventually(() => expect(k.state.phase).toBe("negotiation"), { timeout: 5_000 });
    k.send("action", { type: "draft/amend", issue: "legal-form", option: "treaty" });
    await eventually(() => expect(k.state.amendments.length).toBe(1));
    await k.leave();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("steps through the log from a seat's point of view: its own brief only", async () => {
    const base = `/api/sessions/${session.sessionId}/tables/${tableId}/replay`;
    const start = await h.get(`${base}?step=0&viewer=seat:kyiv`, auth);
    expect(start.status).toBe(200);
    expect(start.body.view.phase).toBe("lobby");
    expect(start.body.view.brief).not.toBeNull();
    expect(start.body.view.briefs).toBeNull();
    const last = await h.get(`${base}?step=${start.body.of}&viewer=seat:kyiv`, auth);
    expect(last.body.view.amendments).toHaveLength(1);
    expect(last.body.text.join(" ")).toContain("Kyiv proposed");
    // The step's events too, for the page to tell in its reader's language.
    expect(last.body.events.map((e: { type: string }) => e.type)).toContain("amendment/posted");
    const fac = await h.get(`${base}?step=${start.body.of}&viewer=facilitator`, auth);
    expect(Object.keys(fac.body.view.briefs).length).toBe(6);
    expect((await h.get(`${base}?step=999&viewer=facilitator`, auth)).body.code).toBe("replay/bad_step");
    expect((await h.get(`${base}?step=1&viewer=seat:nowhere`, auth)).body.code).toBe("replay/unknown_seat");
    expect((await h.get(`${base}?step=1&viewer=god`, auth)).body.code).toBe("replay/bad_viewer");
    expect((await h.get(`${base}?step=1`)).status).toBe(401);
  });

  it("forks a new table from a moment of the game, paused with the time that was left", async () => {
    const log = await h.store.readLog(tableId);
    const step = log.length; // after Kyiv's amendment
    const fork = await h.post(`/api/sessions/${session.sessionId}/tables/${tableId}/fork`, { step }, auth);
    expect(fork.status).toBe(201);
    expect(fork.body.code).toMatch(/^[2-9A-HJ-NP-TW-Z]{6}$/);
    // It starts at the step asked: its log is the first `step` actions, with no pause of its own
    // (#19: a fork asked at step 10 started at sequence 11).
    const forkLog = await h.store.readLog(fork.body.tableId);
    expect(forkLog.map((e) => e.action)).toEqual(log.slice(0, step).map((e) => e.action));
    expect(forkLog.at(-1)?.seq).toBe(step);
    const person = await h.post("/api/join", { code: fork.body.code, name: "What-if", seat: "berlin" });
    const room = await h.client().joinById(fork.body.tableId, { seatToken: person.body.seatToken });
    await eventually(() => expect(room.state.amendments.length).toBe(1));
    expect(room.state.phase).toBe("negotiation");
    expect(room.state.paused).toBe(true);
    // Its replay at that step shows the stopped clock with the time that was left then.
    const base = `/api/sessions/${session.sessionId}/tables/${fork.body.tableId}/replay`;
    const at = (await h.get(`${base}?step=${step}&viewer=facilitator`, auth)).body;
    const original = (
      await h.get(`/api/sessions/${session.sessionId}/tables/${tableId}/replay?step=${step}&viewer=facilitator`, auth)
    ).body;
    expect(original.view.paused).toBeNull();
    expect(at.view.paused).toEqual({ at: original.view.now, remainingMs: original.view.deadline - original.view.now });
    expect(at.view.deadline).toBeNull();
    // The original table is untouched by what happens in the sandbox.
    await h.post(
      `/api/sessions/${session.sessionId}/actions`,
      { action: { type: "facilitator/resume" }, tables: [fork.body.tableId] },
      auth,
    );
    await eventually(() => expect(room.state.paused).toBe(false));
    expect((await h.store.readLog(tableId)).length).toBe(step);
    // A fork of the fork, after its resume: the first fork's own stop replays too (else the resume
    // would find a running clock and the log would not replay).
    const again = (await h.store.readLog(fork.body.tableId)).length;
    const second = await h.post(
      `/api/sessions/${session.sessionId}/tables/${fork.body.tableId}/fork`,
      { step: again },
      auth,
    );
    expect(second.status).toBe(201);
    expect((await h.store.readLog(second.body.tableId)).length).toBe(again);
    await room.leave();
  });
});
