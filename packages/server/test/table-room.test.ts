import { matchMaker } from "@colyseus/core";
import type { Room } from "@colyseus/sdk";
import { joinDocument, PROTOCOL_VERSION } from "@ironclad/engine/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";
import { replayLog } from "./log-replay.ts";

function collect(room: Room, type: string): any[] {
  const seen: any[] = [];
  room.onMessage(type, (m) => seen.push(m));
  return seen;
}

describe("the table room over real sockets", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("creates a session of three tables from {tables: 3} alone", async () => {
    const res = await h.post("/api/sessions", { tables: 3 });
    expect(res.status).toBe(201);
    expect(res.body.tables).toHaveLength(3);
    expect(res.body.facilitatorKey).toMatch(/^[\w-]{40,}$/);
    for (const t of res.body.tables) expect(t.code).toMatch(/^[2-9A-HJ-NP-TW-Z]{6}$/);
    expect(new Set(res.body.tables.map((t: any) => t.code)).size).toBe(3);
  });

  it("answers bad bodies with a typed error and creates nothing", async () => {
    const bad = await h.post("/api/sessions", { tables: "many" });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("request/invalid");
    expect(bad.body.message).toContain("tables");
    const seats = await h.post("/api/sessions", { seats: ["paris", "london", "berlin"] });
    expect(seats.status).toBe(400);
    expect(seats.body.code).toBe("session/bad_seats");
    const unknown = await h.post("/api/join", { code: "ZZZZZZ", name: "Ann" });
    expect(unknown.status).toBe(404);
    expect(unknown.body.code).toBe("table/not_found");
  });

  it("refuses to open a room for a table that does not exist, with the room's own reason", async () => {
    // onCreate fails before it knows the table: the room logs that with the logger it was made with.
    await expect(matchMaker.createRoom("table", { tableId: "no-such-table" })).rejects.toThrow(
      "no table no-such-table",
    );
  });

  it("seats a person by code, shows the seat's own brief and nobody else's", async () => {
    const session = await h.post("/api/sessions", { tables: 1 });
    const code = session.body.tables[0].code;
    const kyiv = await h.post("/api/join", { code: code.toLowerCase(), name: "Olena", seat: "kyiv" });
    expect(kyiv.status).toBe(201);
    expect(kyiv.body.seat).toBe("kyiv");
    const taken = await h.post("/api/join", { code, name: "Other", seat: "kyiv" });
    expect(taken.status).toBe(409);
    expect(taken.body.code).toBe("seat/taken");

    const room = await h.client().joinById(kyiv.body.tableId, { seatToken: kyiv.body.seatToken });
    const welcome = collect(room, "welcome");
    await eventually(() => expect(room.state.phase).toBe("lobby"));
    await eventually(() => expect(welcome.length).toBe(1));
    expect(welcome[0].viewer).toEqual({ kind: "seat", seat: "kyiv" });
    const parts = [...room.state.privates.keys()];
    expect(parts).toEqual(["seat:kyiv"]);
    const mine = JSON.parse([...room.state.privates.get("seat:kyiv").briefs].join(""));
    expect(mine.brief.noDealValue).toBeTypeOf("number");
    expect(mine.briefs).toBeNull();
    const rest = joinDocument(room.state.privates.get("seat:kyiv").parts) as any;
    expect(rest.legal).toBeInstanceOf(Array);
    expect(rest.brief).toBeUndefined();
    expect(room.state.seats.get("kyiv").controller).toBe("human");
    expect(room.state.seats.get("kyiv").people.toArray()).toEqual(["Olena"]);
    // Regression: a person alone at the table used to show as away until someone else acted.
    expect(room.state.seats.get("kyiv").connected).toBe(1);
    expect(room.state.seats.get("kyiv").away).toBe(false);
    await room.leave();
  });

  it("refuses a token from another table and a made-up token", async () => {
    const a = await h.post("/api/sessions", { tables: 2 });
    const [t1, t2] = a.body.tables;
    const person = await h.post("/api/join", { code: t1.code, name: "Ann" });
    await expect(h.client().joinById(t2.tableId, { seatToken: person.body.seatToken })).rejects.toThrow(/not valid/);
    await expect(h.client().joinById(t1.tableId, { seatToken: "made-up" })).rejects.toThrow(/not valid/);
  });

  it("refuses a client that speaks another protocol version, saying which one it speaks", async () => {
    const a = await h.post("/api/sessions", { tables: 1 });
    const person = await h.post("/api/join", { code: a.body.tables[0].code, name: "Ann" });
    await expect(
      h.client().joinById(a.body.tables[0].tableId, { seatToken: person.body.seatToken, protocol: 1 }),
    ).rejects.toThrow(new RegExp(`protocol 1 is not supported; this server speaks ${PROTOCOL_VERSION}`));
  });

  it("replies to malformed and illegal actions with a typed error to the sender only, changing nothing", async () => {
    const session = await h.post("/api/sessions", { tables: 1 });
    const { code, tableId } = session.body.tables[0];
    const paris = await h.post("/api/join", { code, name: "Claire", seat: "paris" });
    const berlin = await h.post("/api/join", { code, name: "Jonas", seat: "berlin" });
    const p = await h.client().joinById(tableId, { seatToken: paris.body.seatToken });
    const b = await h.client().joinById(tableId, { seatToken: berlin.body.seatToken });
    const pErrors = collect(p, "error");
    const bErrors = collect(b, "error");
    await eventually(() => expect(p.state.seats.get("berlin")?.controller).toBe("human"));
    const seq = p.state.seq;
    p.send("action", "not an object");
    p.send("action", { type: "draft/amend" });
    p.send("action", { type: "table/start" });
    p.send("action", { type: "draft/amend", issue: "pledge", option: "x", actor: { kind: "facilitator" } });
    p.send("nonsense", {});
    await eventually(() => expect(pErrors.length).toBe(5));
    // Rule errors come back after the engine ran, so they may arrive after the shape errors.
    expect(pErrors.map((e) => e.code).sort()).toEqual(
      ["action/invalid", "action/invalid", "action/invalid", "actor/forbidden", "message/unknown_type"].sort(),
    );
    for (const e of pErrors) expect(e.message).toBeTypeOf("string");
    expect(bErrors).toEqual([]);
    expect(p.state.seq).toBe(seq);
    await p.leave();
    await b.leave();
  });

  it("runs a facilitator's table: start, amend, support, accept, with the log durable and chat by channel", async () => {
    const session = await h.post("/api/sessions", { tables: 1, timings: { briefingSeconds: 1 } });
    const key = session.body.facilitatorKey;
    const { code, tableId } = session.body.tables[0];
    const paris = await h.post("/api/join", { code, name: "Claire", seat: "paris" });
    const kyiv = await h.post("/api/join", { code, name: "Olena", seat: "kyiv" });
    const watcher = await h.post("/api/join", { code, name: "Sam", seat: null });
    const fac = await h.client().joinById(tableId, { facilitatorKey: key });
    const p = await h.client().joinById(tableId, { seatToken: paris.body.seatToken });
    const k = await h.client().joinById(tableId, { seatToken: kyiv.body.seatToken });
    const o = await h.client().joinById(tableId, { seatToken: watcher.body.seatToken });
    const kChat = collect(k, "chat");
    const oChat = collect(o, "chat");
    const facErrors = collect(fac, "error");

    await eventually(() => expect(fac.state.privates?.size).toBe(1));
    expect([...fac.state.privates.keys()]).toEqual(["facilitator"]);
    await eventually(() => expect(o.state.phase).toBe("lobby"));
    // An observer's view holds no private part at all.
    expect(o.state.privates?.size ?? 0).toBe(0);

    fac.send("action", { type: "table/start" });
    await eventually(() => expect(p.state.phase).not.toBe("lobby"));
    // A one-second briefing: the room's timer ends it with phase/expired, like any action.
    await eventually(() => expect(p.state.phase).toBe("negotiation"), { timeout: 5_000 });
    expect(facErrors).toEqual([]);

    k.send("action", { type: "draft/amend", issue: "legal-form", option: "treaty" });
    await eventually(() => expect(p.state.amendments.length).toBe(1));
    // The action's events ride in its own patch, numbered by the action's seq.
    await eventually(() => expect(JSON.parse(o.state.eventsJson || "{}").seq).toBe(p.state.seq));
    const news = JSON.parse(o.state.eventsJson);
    expect(news.events.map((e: any) => e.type)).toEqual(["amendment/posted"]);
    const amendment = p.state.amendments.at(0);
    expect(amendment.by).toBe("kyiv");
    const pen = p.state.penHolder;
    expect(pen).toBe("paris");
    p.send("action", { type: "draft/accept", amendment: amendment.id });
    await eventually(() => expect(k.state.draft.get("legal-form")).toBe("treaty"));

    p.send("chat", { channel: "bilateral", to: "kyiv", text: "A treaty it is." });
    p.send("chat", { channel: "table", text: "Paris supports a ratified treaty." });
    await eventually(() => expect(kChat.length).toBe(2));
    await eventually(() => expect(oChat.length).toBe(1));
    expect(oChat[0].channel).toBe("table");

    const log = await h.store.readLog(tableId);
    expect(log.map((e) => (e.action as any).type)).toEqual(
      expect.arrayContaining(["table/start", "phase/expired", "draft/amend", "draft/accept"]),
    );
    expect(log.at(-1)?.seq).toBe(p.state.seq);
    for (const r of [fac, p, k, o]) await r.leave();
  });

  it("gives each seat a line to the facilitator: its people and the facilitator read it, nobody else, private or not (#17)", async () => {
    // The session keeps bilateral and delegation channels from the facilitator; its own line is not one of them.
    const session = await h.post("/api/sessions", { tables: 1, readPrivate: false, timings: { briefingSeconds: 600 } });
    const { code, tableId } = session.body.tables[0];
    const kyiv = await h.post("/api/join", { code, name: "Olena", seat: "kyiv" });
    const paris = await h.post("/api/join", { code, name: "Claire", seat: "paris" });
    const watcher = await h.post("/api/join", { code, name: "Sam", seat: null });
    const fac = await h.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    const k = await h.client().joinById(tableId, { seatToken: kyiv.body.seatToken });
    const p = await h.client().joinById(tableId, { seatToken: paris.body.seatToken });
    const o = await h.client().joinById(tableId, { seatToken: watcher.body.seatToken });
    const [facChat, kChat, pChat, oChat] = [fac, k, p, o].map((r) => collect(r, "chat"));
    const [facErrors, pErrors, oErrors] = [fac, p, o].map((r) => collect(r, "error"));

    k.send("chat", { channel: "facilitator", text: "We do not understand the agreement rule." });
    await eventually(() => expect(facChat).toHaveLength(1));
    expect(facChat[0]).toMatchObject({ channel: "facilitator:kyiv", fromSeat: "kyiv", fromName: "Olena" });
    fac.send("chat", { channel: "facilitator", to: "kyiv", text: "Kyiv and Washington must both sign." });
    await eventually(() => expect(kChat).toHaveLength(2));
    expect(kChat[1]).toMatchObject({ channel: "facilitator:kyiv", fromSeat: null, fromName: "Facilitator" });
    // Paris and the observer hear nothing of it, then or in the history a late joiner gets.
    o.send("chat", { channel: "facilitator", text: "Can I ask too?" });
    fac.send("chat", { channel: "facilitator", to: "nobody", text: "?" });
    await eventually(() => expect(oErrors.map((e) => e.code)).toEqual(["seat/observer"]));
    await eventually(() => expect(facErrors.map((e) => e.code)).toEqual(["chat/unknown_seat"]));
    expect(pChat).toEqual([]);
    expect(oChat).toEqual([]);
    k.send("chat", { channel: "table", text: "Kyiv is ready to talk." });
    await eventually(() => expect(pChat).toHaveLength(1));
    const late = await h.client().joinById(tableId, { seatToken: paris.body.seatToken });
    const history: any[] = [];
    late.onMessage("chat/history", (m) => history.push(...m));
    // The history came (it holds the table's line), without the line to the facilitator.
    await eventually(() => expect(history.map((m) => m.channel)).toContain("table"));
    expect(history.filter((m) => m.channel.startsWith("facilitator:"))).toEqual([]);
    expect(pErrors).toEqual([]);
    for (const r of [fac, k, p, o, late]) await r.leave();
  });

  it("refuses the line to the facilitator at a quick game, which has none", async () => {
    const quick = await h.post("/api/quick", { name: "Olena", seat: "kyiv" });
    expect(quick.status).toBe(201);
    const k = await h.client().joinById(quick.body.tableId, { seatToken: quick.body.seatToken });
    const errors = collect(k, "error");
    const welcome: any[] = collect(k, "welcome");
    k.send("chat", { channel: "facilitator", text: "Hello?" });
    await eventually(() => expect(errors.map((e) => e.code)).toEqual(["chat/no_facilitator"]));
    await eventually(() => expect(welcome[0]?.facilitated).toBe(false));
    await k.leave();
  });

  it("applies actions that arrive together in their order, saves each, and refuses the one that no longer fits", async () => {
    const session = await h.post("/api/sessions", { tables: 1, timings: { briefingSeconds: 1 } });
    const { tableId } = session.body.tables[0];
    const fac = await h.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    const facErrors = collect(fac, "error");
    fac.send("action", { type: "table/start" });
    await eventually(() => expect(fac.state.phase).toBe("negotiation"), { timeout: 5_000 });
    const start = fac.state.seq;

    // One burst: the facilitator takes the pen, writes three issues, writes the first again with the
    // same option (refused: no change), then passes the pen on — in that order, in one batch or more.
    const burst = [
      { type: "facilitator/take-pen", to: null },
      { type: "draft/set", issue: "pledge", option: "article5" },
      { type: "draft/set", issue: "force", option: "mfu" },
      { type: "draft/set", issue: "pledge", option: "article5" },
      { type: "draft/set", issue: "legal-form", option: "treaty" },
      { type: "facilitator/take-pen", to: "kyiv" },
    ];
    for (const action of burst) fac.send("action", action);
    await eventually(() => expect(fac.state.penHolder).toBe("kyiv"));
    expect(fac.state.draft.get("pledge")).toBe("article5");
    expect(fac.state.draft.get("force")).toBe("mfu");
    expect(fac.state.draft.get("legal-form")).toBe("treaty");
    await eventually(() => expect(facErrors.map((e) => e.code)).toEqual(["draft/no_change"]));
    expect(fac.state.seq).toBe(start + 5);

    // Each accepted action has its own entry, numbered in order; the log replays to the last hash.
    const log = await h.store.readLog(tableId);
    expect(log.slice(-5).map((e) => e.seq)).toEqual([1, 2, 3, 4, 5].map((n) => start + n));
    expect(log.slice(-5).map((e) => (e.action as { type: string }).type)).toEqual([
      "facilitator/take-pen",
      "draft/set",
      "draft/set",
      "draft/set",
      "facilitator/take-pen",
    ]);
    const table = await h.store.getTable(tableId);
    if (!table) throw new Error("the table is gone");
    expect(replayLog(table, log)).toEqual({ error: null, matchesLastHash: true });
    await fac.leave();
  });
});

describe("reconnection", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ RECONNECT_SECONDS: "30" });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("keeps a dropped person's seat, shows them away meanwhile, and takes them back", async () => {
    const session = await h.post("/api/sessions", { tables: 1 });
    const { code, tableId } = session.body.tables[0];
    const kyiv = await h.post("/api/join", { code, name: "Olena", seat: "kyiv" });
    const paris = await h.post("/api/join", { code, name: "Claire", seat: "paris" });
    const sdk = h.client();
    const k = await sdk.joinById(tableId, { seatToken: kyiv.body.seatToken });
    const p = await h.client().joinById(tableId, { seatToken: paris.body.seatToken });
    await eventually(() => expect(p.state.seats.get("kyiv")?.connected).toBe(1));
    const token = k.reconnectionToken;

    // The phone loses its network: the socket closes without a goodbye.
    (k.connection.transport as any).ws.close(4999);
    await eventually(() => expect(p.state.seats.get("kyiv")?.away).toBe(true));
    expect(p.state.seats.get("kyiv")?.controller).toBe("human");

    const back = await sdk.reconnect(token);
    await eventually(() => expect(p.state.seats.get("kyiv")?.away).toBe(false));
    await eventually(() => expect([...(back.state.privates?.keys() ?? [])]).toEqual(["seat:kyiv"]));
    await back.leave();
    await p.leave();
  });
});

describe("every action type with a malformed payload", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("gets a typed error to its sender and changes nothing", async () => {
    const { ACTION_TYPES } = await import("@ironclad/engine");
    const session = await h.post("/api/sessions", { tables: 1 });
    const { code, tableId } = session.body.tables[0];
    const kyiv = await h.post("/api/join", { code, name: "Olena", seat: "kyiv" });
    const k = await h.client().joinById(tableId, { seatToken: kyiv.body.seatToken });
    const fac = await h.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    const kErrors = collect(k, "error");
    const facErrors = collect(fac, "error");
    await eventually(() => expect(k.state.seats.get("kyiv")?.controller).toBe("human"));
    const before = JSON.stringify(k.state.toJSON());
    const bad = [{ bogus: true }, { issue: 42, option: [], amendment: "one", seconds: -5, to: {}, seats: "all" }];
    let sent = 0;
    for (const type of ACTION_TYPES) {
      for (const payload of bad) {
        k.send("action", { type, ...payload });
        fac.send("action", { type, ...payload });
        // Stay under the room's limit of 20 messages a second per connection.
        if (++sent % 10 === 0) await new Promise((r) => setTimeout(r, 1_100));
      }
    }
    const expected = ACTION_TYPES.length * bad.length;
    await eventually(() => expect(kErrors.length).toBe(expected), { timeout: 8_000 });
    await eventually(() => expect(facErrors.length).toBe(expected));
    for (const e of [...kErrors, ...facErrors]) {
      expect(e.code).toMatch(/^[a-z]+\/[a-z_]+$/);
      expect(e.message.length).toBeGreaterThan(10);
    }
    expect(JSON.parse(JSON.stringify(k.state.toJSON()))).toEqual(JSON.parse(before));
    expect(await h.store.readLog(tableId)).toHaveLength(1); // only the seating of Kyiv
    await k.leave();
    await fac.leave();
  });
});
