// The facilitator's classroom day (issue 17, items 1–3): tables numbered once, students moved
// across tables without being stranded, and a human red cell seated from the handout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

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
