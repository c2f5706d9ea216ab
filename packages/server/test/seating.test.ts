import { joinDocument } from "@ironclad/engine/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

describe("seating a class by session code, and the facilitator moving people", () => {
  let h: Harness;
  let session: any;
  let auth: Record<string, string>;
  beforeAll(async () => {
    h = await startHarness({ RECONNECT_SECONDS: "5" });
    session = (await h.post("/api/sessions", { tables: 3 })).body;
    auth = { authorization: `Bearer ${session.facilitatorKey}` };
  });
  afterAll(async () => {
    await h.stop();
  });

  it("places nine students evenly over three tables with one session code", async () => {
    expect(session.sessionCode).toMatch(/^[2-9A-HJ-NP-TW-Z]{7}$/);
    const placed: any[] = [];
    for (let i = 0; i < 9; i++) {
      const res = await h.post("/api/join", { code: session.sessionCode.toLowerCase(), name: `Student ${i + 1}` });
      expect(res.status).toBe(201);
      placed.push(res.body);
    }
    const perTable = new Map<string, number>();
    for (const p of placed) perTable.set(p.tableId, (perTable.get(p.tableId) ?? 0) + 1);
    expect([...perTable.values()].sort()).toEqual([3, 3, 3]);
    // Nobody shares a seat (delegations of one).
    for (const t of session.tables) {
      const seats = placed.filter((p) => p.tableId === t.tableId).map((p) => p.seat);
      expect(new Set(seats).size).toBe(seats.length);
      expect(seats).not.toContain(null);
    }
  });

  it("moves a connected person to another seat: the new brief arrives and the old one leaves", async () => {
    const t = session.tables[0];
    const person = await h.post("/api/join", { code: t.code, name: "Mover" });
    const first = person.body.seat;
    expect(first).toBeTypeOf("string");
    const room = await h.client().joinById(t.tableId, { seatToken: person.body.seatToken });
    await eventually(() => expect([...(room.state.privates?.keys() ?? [])]).toEqual([`seat:${first}`]));
    const described = await h.get(`/api/sessions/${session.sessionId}`, auth);
    const here = described.body.tables.find((x: any) => x.tableId === t.tableId);
    const me = here.people.find((p: any) => p.name === "Mover");
    const free = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"].find(
      (s) => !here.people.some((p: any) => p.seat === s),
    );
    const move = await h.post(`/api/sessions/${session.sessionId}/people/${me.personId}/move`, { seat: free }, auth);
    expect(move.status).toBe(200);
    await eventually(() => expect([...(room.state.privates?.keys() ?? [])]).toEqual([`seat:${free}`]));
    await eventually(() => expect(room.state.seats.get(free)?.people.toArray()).toContain("Mover"));
    expect(room.state.seats.get(first)?.people.toArray()).not.toContain("Mover");
    await room.leave();
  });

  it("moves a connected person to another table: told where to go, and the same link works there", async () => {
    const [t1, t2] = session.tables;
    const person = await h.post("/api/join", { code: t1.code, name: "Traveller", seat: null });
    const room = await h.client().joinById(t1.tableId, { seatToken: person.body.seatToken });
    const moved: any[] = [];
    room.onMessage("moved", (m) => moved.push(m));
    await eventually(() => expect(room.state.phase).toBe("lobby"));
    const described = await h.get(`/api/sessions/${session.sessionId}`, auth);
    const me = described.body.tables
      .find((x: any) => x.tableId === t1.tableId)
      .people.find((p: any) => p.name === "Traveller");
    const res = await h.post(
      `/api/sessions/${session.sessionId}/people/${me.personId}/move`,
      { tableId: t2.tableId, seat: null },
      auth,
    );
    expect(res.status).toBe(200);
    await eventually(() => expect(moved).toEqual([{ tableId: t2.tableId, number: 2, code: t2.code, seat: null }]));
    const there = await h.client().joinById(t2.tableId, { seatToken: person.body.seatToken });
    await eventually(() => expect(there.state.phase).toBe("lobby"));
    await expect(h.client().joinById(t1.tableId, { seatToken: person.body.seatToken })).rejects.toThrow(/not valid/);
    await there.leave();
  });

  it("refuses a move into a full delegation and to a table of another session", async () => {
    const t = session.tables[0];
    const described = await h.get(`/api/sessions/${session.sessionId}`, auth);
    const [a, b] = described.body.tables
      .find((x: any) => x.tableId === t.tableId)
      .people.filter((p: any) => p.seat !== null);
    const full = await h.post(`/api/sessions/${session.sessionId}/people/${a.personId}/move`, { seat: b.seat }, auth);
    expect(full.status).toBe(409);
    expect(full.body.code).toBe("seat/taken");
    const other = (await h.post("/api/sessions", { tables: 1 })).body;
    const away = await h.post(
      `/api/sessions/${session.sessionId}/people/${a.personId}/move`,
      { tableId: other.tables[0].tableId, seat: null },
      auth,
    );
    expect(away.status).toBe(404);
    expect(t.tableId).toBeTruthy();
  });
});

describe("mute, remove and broadcast", () => {
  it("mutes a person's talk, removes a person for good, and broadcasts to every table", async () => {
    const h = await startHarness();
    const session = (await h.post("/api/sessions", { tables: 2 })).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1, t2] = session.tables;
    const loud = await h.post("/api/join", { code: t1.code, name: "Loud", seat: "paris" });
    const other = await h.post("/api/join", { code: t2.code, name: "Other", seat: "kyiv" });
    const a = await h.client().joinById(t1.tableId, { seatToken: loud.body.seatToken });
    const b = await h.client().joinById(t2.tableId, { seatToken: other.body.seatToken });
    const aErrors: any[] = [];
    const aChat: any[] = [];
    const bChat: any[] = [];
    const removed: any[] = [];
    a.onMessage("error", (m) => aErrors.push(m));
    a.onMessage("chat", (m) => aChat.push(m));
    a.onMessage("muted", () => {});
    a.onMessage("removed", (m) => removed.push(m));
    b.onMessage("chat", (m) => bChat.push(m));
    await eventually(() => expect(a.state.seats.get("paris")?.connected).toBe(1));

    const people = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body.tables.flatMap((t: any) => t.people);
    const loudId = people.find((p: any) => p.name === "Loud").personId;
    expect(
      (await h.post(`/api/sessions/${session.sessionId}/people/${loudId}/mute`, { muted: true }, auth)).status,
    ).toBe(200);
    await eventually(async () => {
      a.send("chat", { channel: "table", text: "Can anyone hear me?" });
      await new Promise((r) => setTimeout(r, 100));
      expect(aErrors.map((e) => e.code)).toContain("chat/muted");
    });

    const sent = await h.post(
      `/api/sessions/${session.sessionId}/broadcast`,
      { text: "Five minutes left in this round." },
      auth,
    );
    expect(sent.body.results.every((r: any) => r.ok)).toBe(true);
    await eventually(() => expect(bChat.map((m) => m.text)).toContain("Five minutes left in this round."));
    await eventually(() => expect(aChat.some((m) => m.channel === "broadcast")).toBe(true));

    const kicked = await fetch(`${h.base}/api/sessions/${session.sessionId}/people/${loudId}`, {
      method: "DELETE",
      headers: auth,
    });
    expect(kicked.status).toBe(200);
    await eventually(() => expect(removed).toHaveLength(1));
    await expect(h.client().joinById(t1.tableId, { seatToken: loud.body.seatToken })).rejects.toThrow(/not valid/);
    await b.leave();
    await h.stop();
  });
});

describe("a human red cell, and the debrief after a refresh", () => {
  it("lets a person take Moscow where the session made it human, and keeps a finished table open to its people", async () => {
    const h = await startHarness();
    const botMoscow = (await h.post("/api/sessions", { tables: 1 })).body;
    const refused = await h.post("/api/join", { code: botMoscow.tables[0].code, name: "Red", seat: "moscow" });
    expect(refused.status).toBe(400);

    const session = (await h.post("/api/sessions", { tables: 1, moscow: "human" })).body;
    const [t] = session.tables;
    const red = await h.post("/api/join", { code: t.code, name: "Red cell", seat: "moscow" });
    expect(red.status).toBe(201);
    const m = await h.client().joinById(t.tableId, { seatToken: red.body.seatToken });
    await eventually(() => expect([...(m.state.privates?.keys() ?? [])]).toEqual(["moscow"]));
    expect(m.state.seats.get("moscow")?.controller).toBe("human");

    const kyiv = await h.post("/api/join", { code: t.code, name: "Olena", seat: "kyiv" });
    const k = await h.client().joinById(t.tableId, { seatToken: kyiv.body.seatToken });
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    await h.post(`/api/sessions/${session.sessionId}/actions`, { action: { type: "table/start" } }, auth);
    await h.post(`/api/sessions/${session.sessionId}/actions`, { action: { type: "facilitator/end" } }, auth);
    await eventually(() => expect(k.state.phase).toBe("debrief"));
    await k.leave();
    // A refresh during the debrief: the same token still opens the table.
    const again = await h.client().joinById(t.tableId, { seatToken: kyiv.body.seatToken });
    await eventually(() => expect(again.state.phase).toBe("debrief"));
    await eventually(() =>
      expect((joinDocument(again.state.privates.get("seat:kyiv").parts) as any)?.myScore?.seat).toBe("kyiv"),
    );
    await again.leave();
    await m.leave();
    await h.stop();
  });
});
