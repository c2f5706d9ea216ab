// Connections that never go silent (issue #19): a socket the room stops serving is closed, with a
// documented close code; and the HTTP API answers every request with a typed 4xx, not a 500 or nothing.
// Real servers, real WebSockets (the SDK's), real HTTP.
import { matchMaker } from "@colyseus/core";
import type { Room } from "@colyseus/sdk";
import { CLOSE_CODES, ERROR_CODES } from "@ironclad/engine/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type ConnectionView, connectTable } from "../../client/src/net/table-connection.ts";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

/** Resolves with the close code when `room` is left (closed by the server), or with "open" after `ms`. */
function closeWithin(room: Room, ms: number): Promise<number | "open"> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve("open"), ms);
    room.onLeave((code: number) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
}

/** The SDK room's WebSocket. */
const socketOf = (room: Room) => (room.connection.transport as unknown as { ws: WebSocket }).ws;

describe("connections the room stops serving are closed", () => {
  let h: Harness;
  let tableId: string;
  let code: string;
  let auth: Record<string, string>;
  beforeAll(async () => {
    h = await startHarness({ JOINS_PER_MINUTE: "1000" });
    const session = await h.post("/api/sessions", { tables: 1, timings: { briefingSeconds: 600 } });
    tableId = session.body.tables[0].tableId;
    code = session.body.tables[0].code;
    auth = { authorization: `Bearer ${session.body.facilitatorKey}` };
  });
  afterAll(async () => {
    await h.stop();
  });

  const seatToken = async (seat: string) =>
    (await h.post("/api/join", { code, name: `P-${seat}`, seat })).body.seatToken as string;

  it("a replayed reconnection token closes the live connection it takes over, with 4409, and the new one is served", async () => {
    const token = await seatToken("kyiv");
    const victim = await h.client().joinById(tableId, { seatToken: token });
    victim.onMessage("*", () => {});
    await eventually(() => expect(victim.state.seats?.get("kyiv")?.connected).toBe(1));
    const closed = closeWithin(victim, 5_000);
    const thief = await h.client().reconnect(victim.reconnectionToken);
    expect(await closed).toBe(CLOSE_CODES.seatOpenedElsewhere);
    await eventually(() => expect(socketOf(victim).readyState).toBe(WebSocket.CLOSED));
    // The connection that took the seat gets the table's patches and answers.
    const errors: { code: string }[] = [];
    thief.onMessage("error", (e) => errors.push(e));
    thief.send("action", { type: "table/start" });
    await eventually(() => expect(errors.map((e) => e.code)).toContain("actor/forbidden"));
    await eventually(() => expect(thief.state.seats?.get("kyiv")?.connected).toBe(1));
    await thief.leave();
  });

  it("a connection cut off for flooding is closed at once with 4429, and its person can come back", async () => {
    const token = await seatToken("paris");
    const room = await h.client().joinById(tableId, { seatToken: token });
    room.onMessage("*", () => {});
    await eventually(() => expect(room.state.seats?.get("paris")?.connected).toBe(1));
    const closed = closeWithin(room, 5_000);
    for (let i = 0; i < 60; i++) room.send("action", { type: "table/start" });
    expect(await closed).toBe(CLOSE_CODES.tooManyMessages);
    await eventually(() => expect(socketOf(room).readyState).toBe(WebSocket.CLOSED));
    // The seat token still opens the seat.
    const back = await h.client().joinById(tableId, { seatToken: token });
    await eventually(() => expect(back.state.seats?.get("paris")?.connected).toBe(1));
    await back.leave();
  });

  it("the web client says why it was cut off, and does not rejoin by itself", async () => {
    const token = await seatToken("berlin");
    const conn = connectTable(tableId, token, h.base);
    await eventually(() => expect(conn.get().snapshot?.seats.berlin?.connected).toBe(1));
    for (let i = 0; i < 60; i++) conn.send({ type: "table/start" });
    await eventually(() => expect(conn.get().failure?.kind).toBe("too_fast"), { timeout: 5_000 });
    expect(conn.get().status).toBe("failed");
    await conn.close();

    // The seat opened elsewhere: the page is told so (and stays out, so the two do not take turns).
    const second = connectTable(tableId, token, h.base);
    await eventually(() => expect(second.get().status).toBe("open"));
    await eventually(() => expect(second.get().snapshot).not.toBeNull());
    const room = matchMaker.getLocalRoomById(tableId);
    const mine = room?.clients.find((c) => (c.userData as any)?.identity?.person?.seat === "berlin");
    expect(mine).toBeDefined();
    const other = await h.client().reconnect(`${tableId}:${mine?.reconnectionToken}`);
    await eventually(() => expect(second.get().failure?.kind).toBe("elsewhere"), { timeout: 5_000 });
    const view: ConnectionView = second.get();
    expect(view.status).toBe("failed");
    await new Promise((r) => setTimeout(r, 1_500));
    expect(second.get().status).toBe("failed");
    await second.close();
    await other.leave();
  });

  it("answers a POST in a charset it does not read with a 4xx and a code", async () => {
    for (const path of ["/api/sessions", "/api/join", "/api/quick", "/api/scenarios", "/api/sessions/x/actions"]) {
      const res = await fetch(`${h.base}${path}`, {
        method: "POST",
        headers: { "content-type": "application/json; charset=latin1", ...auth },
        body: "{}",
      });
      expect(res.status, path).toBeGreaterThanOrEqual(400);
      expect(res.status, path).toBeLessThan(500);
      const body = await res.json();
      expect(ERROR_CODES, path).toContain(body.code);
      expect(body.code).toBe("request/unsupported_charset");
    }
  });

  it("answers table/not_found for a table the session does not have, in a facilitator's action", async () => {
    const session = await h.post("/api/sessions", { tables: 1 });
    const a = { authorization: `Bearer ${session.body.facilitatorKey}` };
    const own = session.body.tables[0].tableId;
    const res = await h.post(
      `/api/sessions/${session.body.sessionId}/actions`,
      { action: { type: "facilitator/pause" }, tables: [own, "tbl_nope"] },
      a,
    );
    expect(res.status).toBe(200);
    const nope = res.body.results.find((r: { tableId: string }) => r.tableId === "tbl_nope");
    expect(nope).toMatchObject({ ok: false, error: { code: "table/not_found" } });
    // Another session's table is not this session's either.
    const other = await h.post(
      `/api/sessions/${session.body.sessionId}/actions`,
      { action: { type: "facilitator/pause" }, tables: [tableId] },
      a,
    );
    expect(other.body.results).toEqual([
      { tableId, ok: false, error: { code: "table/not_found", message: expect.any(String) } },
    ]);
    // The broadcast names its tables the same way, and answers the same.
    const said = await h.post(
      `/api/sessions/${session.body.sessionId}/broadcast`,
      { text: "Five minutes left", tables: [own, "tbl_nope"] },
      a,
    );
    expect(said.body.results).toEqual([
      { tableId: "tbl_nope", ok: false, error: { code: "table/not_found", message: expect.any(String) } },
      { tableId: own, ok: true },
    ]);
  });

  it("answers replay/bad_step for a step that is not one", async () => {
    const session = await h.post("/api/sessions", { tables: 1 });
    const a = { authorization: `Bearer ${session.body.facilitatorKey}` };
    const base = `/api/sessions/${session.body.sessionId}/tables/${session.body.tables[0].tableId}/replay`;
    for (const step of ["-1", "abc", "1.5", "99"]) {
      const res = await h.get(`${base}?step=${step}&viewer=facilitator`, a);
      expect(res.status, step).toBe(400);
      expect(res.body.code, step).toBe("replay/bad_step");
    }
    expect((await h.get(`${base}?step=0&viewer=facilitator`, a)).status).toBe(200);
  });
});
