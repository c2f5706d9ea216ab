// Issue 17, item 14: the server checks a session's timings before it creates anything. A timing
// outside its limits, or a plan longer than a workshop day (the engine's plannedLength), is refused
// with session/bad_timings, and no session or table is left behind.
import { MAX_PLANNED_SECONDS } from "@ironclad/engine";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";

describe("a session's timings", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  /** Every session the store holds (each keeps its data 30 days, so all expire by the end of time). */
  const sessionCount = async () => (await h.store.listExpiredSessions(Number.MAX_SAFE_INTEGER)).length;

  it("are refused outside their limits with session/bad_timings naming each setting, and nothing is created", async () => {
    const before = await sessionCount();
    const r = await h.post("/api/sessions", {
      tables: 2,
      listed: true,
      timings: { roundSeconds: 20, voteSeconds: 601, rounds: 2.5 },
    });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("session/bad_timings");
    for (const field of ["timings.roundSeconds", "timings.voteSeconds", "timings.rounds"])
      expect(r.body.message).toContain(field);
    expect(await sessionCount()).toBe(before);
    expect((await h.get("/api/tables/open")).body).toEqual([]);
  });

  it("are refused when they plan a game longer than a workshop day, by the engine's plan", async () => {
    const before = await sessionCount();
    // 10 rounds of two hours: each setting is within its limits, the whole is not.
    const r = await h.post("/api/sessions", { tables: 1, listed: true, timings: { rounds: 10, roundSeconds: 7200 } });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("session/bad_timings");
    expect(r.body.message).toContain(`at most ${MAX_PLANNED_SECONDS / 60}`);
    expect(await sessionCount()).toBe(before);
    expect((await h.get("/api/tables/open")).body).toEqual([]);
  });

  it("refuse a quick game the same way", async () => {
    const r = await h.post("/api/quick", { seat: "kyiv", name: "Ola", timings: { responseSeconds: 5 } });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("session/bad_timings");
    expect(r.body.message).toContain("timings.responseSeconds");
  });

  it("leave other problems as request/invalid", async () => {
    const r = await h.post("/api/sessions", { tables: 0, timings: { roundSeconds: 20 } });
    expect(r.status).toBe(400);
    expect(r.body.code).toBe("request/invalid");
  });

  it("are kept with the session and its name when valid, and reach the table's clock", async () => {
    const timings = { briefingSeconds: 300, rounds: 2, roundSeconds: 600, voteSeconds: 120, years: 2 };
    const r = await h.post("/api/sessions", { tables: 1, name: "  Year 11 · Thursday  ", timings });
    expect(r.status).toBe(201);
    const auth = { authorization: `Bearer ${r.body.facilitatorKey}` };
    const session = await h.get(`/api/sessions/${r.body.sessionId}`, auth);
    expect(session.body.settings.timings).toEqual(timings);
    expect(session.body.settings.name).toBe("Year 11 · Thursday");
    const replay = await h.get(
      `/api/sessions/${r.body.sessionId}/tables/${r.body.tables[0].tableId}/replay?step=0&viewer=facilitator`,
      auth,
    );
    expect(replay.body.view.timings).toMatchObject(timings);
  });
});
