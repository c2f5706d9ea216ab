// Playing online (#21): a quick game listed for strangers, a join from the open tables that says
// why it cannot be made, and a browser's own tables (with a finished one's debrief reopened).
import { matchMaker } from "@colyseus/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

describe("playing online", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  const openCodes = async () => ((await h.get("/api/tables/open")).body as { code: string }[]).map((t) => t.code);

  it("lists a quick game asked to be listed, with every seat but the player's free, and a friend takes a bot's seat", async () => {
    const quiet = await h.post("/api/quick", { seat: "kyiv", name: "Olena" });
    const listed = await h.post("/api/quick", { seat: "kyiv", name: "Olena", listed: true });
    expect(listed.status).toBe(201);
    const code = listed.body.joinUrl.split("/").at(-1);
    expect(await openCodes()).toContain(code);
    expect(await openCodes()).not.toContain(quiet.body.joinUrl.split("/").at(-1));
    const entry = (await h.get("/api/tables/open")).body.find((t: { code: string }) => t.code === code);
    expect(entry.freeSeats).not.toContain("kyiv");
    expect(entry.freeSeats.length).toBe(entry.seats.length - 1);

    const friend = await h.post("/api/join", { code, name: "Taras", listedOnly: true });
    expect(friend.status).toBe(201);
    expect(friend.body.seat).not.toBeNull();
    expect(friend.body.seat).not.toBe("kyiv");
    const room = await h.client().joinById(friend.body.tableId, { seatToken: friend.body.seatToken });
    await eventually(() => {
      const seat = [...room.state.seats.values()].find((s: any) => s.id === friend.body.seat) as any;
      expect(seat?.controller).toBe("human");
    });
    await room.leave();
  });

  it("refuses a join from the open tables to an unlisted, a full and an ended table, each with its own code", async () => {
    const quiet = await h.post("/api/quick", { seat: "kyiv", name: "Olena" });
    const unlisted = await h.post("/api/join", {
      code: quiet.body.joinUrl.split("/").at(-1),
      name: "Taras",
      listedOnly: true,
    });
    expect(unlisted.status).toBe(403);
    expect(unlisted.body.code).toBe("table/not_listed");

    const session = await h.post("/api/sessions", { seats: ["washington", "paris", "kyiv"], listed: true });
    expect(session.status).toBe(201);
    const code = session.body.tables[0].code;
    for (const seat of ["washington", "paris", "kyiv"])
      expect((await h.post("/api/join", { code, name: `P ${seat}`, seat })).status).toBe(201);
    expect(await openCodes()).not.toContain(code);
    const full = await h.post("/api/join", { code, name: "Late", listedOnly: true });
    expect(full.status).toBe(409);
    expect(full.body.code).toBe("table/full");
    // Without listedOnly (the join form), the same person is still let in to watch.
    expect((await h.post("/api/join", { code, name: "Late" })).body.seat).toBeNull();

    const auth = { authorization: `Bearer ${session.body.facilitatorKey}` };
    expect((await h.post(`/api/sessions/${session.body.sessionId}/end`, {}, auth)).status).toBe(200);
    const ended = await h.post("/api/join", { code, name: "Later", listedOnly: true });
    expect(ended.status).toBe(410);
    expect(ended.body.code).toBe("table/ended");

    // listedOnly is `true` or absent, nothing else.
    const bad = await h.post("/api/join", { code, name: "X", listedOnly: false });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("request/invalid");
  });

  it("tells a browser how each of its tables stands, and nothing for a token that opens nothing", async () => {
    const quick = await h.post("/api/quick", { seat: "paris", name: "Anne" });
    const room = await h.client().joinById(quick.body.tableId, { seatToken: quick.body.seatToken });
    await eventually(() => expect(room.state.phase).not.toBe("lobby"));
    const res = await h.post("/api/tables/mine", {
      seats: [
        { tableId: quick.body.tableId, seatToken: quick.body.seatToken },
        { tableId: quick.body.tableId, seatToken: "not-the-token" },
        { tableId: "tbl_nothing", seatToken: quick.body.seatToken },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(3);
    expect(res.body[0]).toMatchObject({
      tableId: quick.body.tableId,
      found: true,
      seat: "paris",
      status: "open",
      number: 1,
      code: quick.body.joinUrl.split("/").at(-1),
      debriefUntil: null,
    });
    expect(["briefing", "negotiation"]).toContain(res.body[0].phase);
    expect(res.body[1]).toEqual({ tableId: quick.body.tableId, found: false });
    expect(res.body[2]).toEqual({ tableId: "tbl_nothing", found: false });
    await room.leave();

    for (const body of [
      {},
      { seats: "x" },
      { seats: [{ tableId: "a" }] },
      { seats: Array(51).fill({ tableId: "a", seatToken: "b" }) },
    ]) {
      const bad = await h.post("/api/tables/mine", body);
      expect(bad.status).toBe(400);
      expect(bad.body.code).toBe("request/invalid");
    }
  });

  it("reopens a finished table's debrief for its people for a week, and no longer", async () => {
    const session = await h.post("/api/sessions", { seats: ["washington", "berlin", "kyiv"] });
    const tableId = session.body.tables[0].tableId;
    const me = await h.post("/api/join", { code: session.body.tables[0].code, name: "Iryna", seat: "kyiv" });
    const auth = { authorization: `Bearer ${session.body.facilitatorKey}` };
    await h.post(`/api/sessions/${session.body.sessionId}/end`, {}, auth);
    await eventually(async () => expect((await h.store.getTable(tableId))?.status).not.toBe("open"));
    const status = (await h.store.getTable(tableId))?.status;
    // The room goes (as it does after its debrief's half hour): the table now runs nowhere.
    await matchMaker.remoteRoomCall(tableId, "disconnect");
    await eventually(async () => expect(await matchMaker.query({ roomId: tableId })).toHaveLength(0));

    const mine = await h.post("/api/tables/mine", { seats: [{ tableId, seatToken: me.body.seatToken }] });
    expect(mine.body[0]).toMatchObject({ found: true, status, phase: "debrief", seat: "kyiv" });
    const endedAt = (await h.store.getTable(tableId))?.endedAt ?? 0;
    expect(mine.body[0].debriefUntil).toBe(endedAt + 7 * 86_400_000);

    expect((await h.post(`/api/tables/${tableId}/reopen`, { seatToken: "wrong" })).body.code).toBe("table/not_found");
    expect((await h.post(`/api/tables/${tableId}/reopen`, {})).body.code).toBe("request/invalid");
    const reopened = await h.post(`/api/tables/${tableId}/reopen`, { seatToken: me.body.seatToken });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toEqual({ tableId, status });
    const room = await h.client().joinById(tableId, { seatToken: me.body.seatToken });
    await eventually(() => expect(room.state.phase).toBe("debrief"));
    await room.leave();

    // Eight days after its end, the debrief is closed.
    await h.store.setTableStatus(tableId, status ?? "ended", endedAt - 8 * 86_400_000);
    const late = await h.post(`/api/tables/${tableId}/reopen`, { seatToken: me.body.seatToken });
    expect(late.status).toBe(410);
    expect(late.body.code).toBe("table/ended");
  });
});
