// The facilitator's classroom day (issue 17, items 1–3): tables numbered once, students moved
// across tables without being stranded, and a human red cell seated from the handout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";
import { untilMoscowMoved } from "./moscow-move.ts";

describe("tables numbered once, in the order they were created", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("gives the same number to a table in the creation answer, the session and the console", async () => {
    // Five tables: their random ids sort in creation order only once in 120 sessions.
    const session = (await h.post("/api/sessions", { tables: 5 })).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const created = session.tables.map((t: any) => [t.tableId, t.number]);
    expect(created.map(([, n]: [string, number]) => n)).toEqual([1, 2, 3, 4, 5]);
    const described = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body;
    expect(described.tables.map((t: any) => [t.tableId, t.number])).toEqual(created);
    const consoleView = (await h.get(`/api/sessions/${session.sessionId}/console`, auth)).body;
    expect(consoleView.tables.map((t: any) => [t.tableId, t.number])).toEqual(created);
    // A fork takes the next number.
    const fork = await h.post(
      `/api/sessions/${session.sessionId}/tables/${session.tables[0].tableId}/fork`,
      { step: 0 },
      auth,
    );
    expect(fork.status).toBe(201);
    expect(fork.body.number).toBe(6);
    const after = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body;
    expect(after.tables.map((t: any) => t.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});

describe("a student moved to another table", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ RECONNECT_SECONDS: "5" });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("takes their person along: told where to go, seated there, and their old seat goes back to a bot", async () => {
    const session = (await h.post("/api/sessions", { tables: 2 })).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1, t2] = session.tables;
    const student = (await h.post("/api/join", { code: t1.code, name: "Mykola", seat: "kyiv" })).body;
    const room = await h.client().joinById(t1.tableId, { seatToken: student.seatToken });
    const moved: any[] = [];
    room.onMessage("moved", (m) => moved.push(m));
    await eventually(() => expect(room.state.seats.get("kyiv")?.controller).toBe("human"));
    const fac = await h.client().joinById(t1.tableId, { facilitatorKey: session.facilitatorKey });

    const people = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body.tables[0].people;
    const res = await h.post(
      `/api/sessions/${session.sessionId}/people/${people[0].personId}/move`,
      { tableId: t2.tableId, seat: "paris" },
      auth,
    );
    expect(res.status).toBe(200);
    await eventually(() => expect(moved).toEqual([{ tableId: t2.tableId, number: 2, code: t2.code, seat: "paris" }]));
    // Nobody is left at Kyiv at the first table: a bot plays it again.
    await eventually(() => expect(fac.state.seats.get("kyiv")?.controller).toBe("bot"));
    // The same token opens the new seat at once ("seat taken" was the old person holding it).
    const there = await h.client().joinById(t2.tableId, { seatToken: student.seatToken });
    await eventually(() => expect([...(there.state.privates?.keys() ?? [])]).toEqual(["seat:paris"]));
    await eventually(() => expect(there.state.seats.get("paris")?.controller).toBe("human"));
    await there.leave();
    await fac.leave();
  });

  it("moved to another seat at the same table: the seat they left goes back to a bot", async () => {
    const session = (await h.post("/api/sessions", { tables: 1 })).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t] = session.tables;
    const student = (await h.post("/api/join", { code: t.code, name: "Iryna", seat: "berlin" })).body;
    const room = await h.client().joinById(t.tableId, { seatToken: student.seatToken });
    await eventually(() => expect(room.state.seats.get("berlin")?.controller).toBe("human"));
    const people = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body.tables[0].people;
    const res = await h.post(
      `/api/sessions/${session.sessionId}/people/${people[0].personId}/move`,
      { seat: "warsaw" },
      auth,
    );
    expect(res.status).toBe(200);
    await eventually(() => expect(room.state.seats.get("warsaw")?.controller).toBe("human"));
    await eventually(() => expect(room.state.seats.get("berlin")?.controller).toBe("bot"));
    await room.leave();
  });
});

describe("a human red cell seated from the handout and the console", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ BOT_THINK_MS: "0,0" });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("says which codes lead to a human red cell, and seats Moscow by a session code at a table whose red cell is free", async () => {
    const session = (await h.post("/api/sessions", { tables: 2, moscow: "human" })).body;
    const [t1, t2] = session.tables;
    expect(t1.redCell).toEqual({ seat: "moscow", joinUrl: `${t1.joinUrl}?seat=moscow` });
    const look = await h.get(`/api/codes/${t1.code.toLowerCase()}`);
    expect(look.status).toBe(200);
    expect(look.body).toMatchObject({ kind: "table", redCell: { seat: "moscow", free: true } });
    const bySession = await h.get(`/api/codes/${session.sessionCode}`);
    expect(bySession.body).toMatchObject({ kind: "session", redCell: { seat: "moscow", free: true } });

    const first = await h.post("/api/join", { code: session.sessionCode, name: "Red 1", seat: "moscow" });
    const second = await h.post("/api/join", { code: session.sessionCode, name: "Red 2", seat: "moscow" });
    expect([first.status, second.status]).toEqual([201, 201]);
    expect(new Set([first.body.tableId, second.body.tableId])).toEqual(new Set([t1.tableId, t2.tableId]));
    expect((await h.get(`/api/codes/${t1.code}`)).body.redCell.free).toBe(false);
    const third = await h.post("/api/join", { code: session.sessionCode, name: "Red 3", seat: "moscow" });
    expect(third.status).toBe(409);
    expect(third.body.code).toBe("seat/taken");

    const botMoscow = (await h.post("/api/sessions", { tables: 1 })).body;
    expect(botMoscow.tables[0].redCell).toBeNull();
    expect((await h.get(`/api/codes/${botMoscow.tables[0].code}`)).body.redCell).toBeNull();
    const unknown = await h.get("/api/codes/ZZZZZZ");
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe("table/not_found");
  });

  it("moves a person to Moscow where the red cell is human, and refuses it with a typed error where a bot plays it", async () => {
    const session = (await h.post("/api/sessions", { tables: 1, moscow: "human" })).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t] = session.tables;
    const student = (await h.post("/api/join", { code: t.code, name: "Sasha", seat: null })).body;
    const room = await h.client().joinById(t.tableId, { seatToken: student.seatToken });
    const person = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body.tables[0].people[0];
    const res = await h.post(
      `/api/sessions/${session.sessionId}/people/${person.personId}/move`,
      { seat: "moscow" },
      auth,
    );
    expect(res.status).toBe(200);
    await eventually(() => expect([...(room.state.privates?.keys() ?? [])]).toEqual(["moscow"]));
    await room.leave();

    const bot = (await h.post("/api/sessions", { tables: 1 })).body;
    const botAuth = { authorization: `Bearer ${bot.facilitatorKey}` };
    await h.post("/api/join", { code: bot.tables[0].code, name: "Dima", seat: null });
    const other = (await h.get(`/api/sessions/${bot.sessionId}`, botAuth)).body.tables[0].people[0];
    const refused = await h.post(
      `/api/sessions/${bot.sessionId}/people/${other.personId}/move`,
      { seat: "moscow" },
      botAuth,
    );
    expect(refused.status).toBe(400);
    expect(refused.body.code).toBe("seat/red_cell_is_bot");
  });

  it("warns at the start when the human red cell is empty, and a bot takes the empty red cell's step", async () => {
    const session = (
      await h.post("/api/sessions", {
        tables: 1,
        moscow: "human",
        timings: { briefingSeconds: 0, years: 1, moscowSeconds: 600 },
      })
    ).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t] = session.tables;
    const started = await h.post(
      `/api/sessions/${session.sessionId}/actions`,
      { action: { type: "table/start" } },
      auth,
    );
    expect(started.body.results[0]).toMatchObject({ ok: true, warnings: [{ code: "redcell/empty" }] });
    const fac = await h.client().joinById(t.tableId, { facilitatorKey: session.facilitatorKey });
    fac.onMessage("error", () => {});
    // Up to Moscow's step (skipping that step would have the engine draw for Moscow); then, with
    // nobody at the red cell, a bot moves for it long before its ten-minute clock runs out.
    await untilMoscowMoved(fac);
    const log = await h.store.readLog(t.tableId);
    expect(
      log.filter((e: any) => e.action.type === "stress/moscow-act" && e.action.actor?.seat === "moscow"),
    ).toHaveLength(1);
    await fac.leave();
  }, 40_000);
});
