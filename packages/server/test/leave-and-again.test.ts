// Leaving a table and playing again (#21, item 3), against a really started server: a person who
// leaves hands their seat to a bot (what the table's others see) and their token stops opening it;
// leaving is refused, with its code, to a watcher and at a facilitator's table; "new quick game"
// seats the same person in the same seat with the same settings at a new table.
import { CloseCode } from "@colyseus/core";
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

const PARIS = "paris-declaration-2026";
const SHORT = { briefingSeconds: 600, rounds: 1, roundSeconds: 60, years: 1 };

/** The errors a room sends, and whether it got `left`. */
function listen(room: Room): { errors: { code: string }[]; left: unknown[] } {
  const heard = { errors: [] as { code: string }[], left: [] as unknown[] };
  room.onMessage("error", (e) => heard.errors.push(e));
  room.onMessage("left", (m) => heard.left.push(m));
  room.onMessage("*", () => {});
  return heard;
}

const controllerOf = (room: Room, seat: string) =>
  ([...(room.state as any).seats.values()] as { id: string; controller: string }[]).find((s) => s.id === seat)
    ?.controller;

describe("leaving a table and playing again", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("hands the seat of a person who leaves to a bot, which the others see, and closes the door behind them", async () => {
    const quick = await h.post("/api/quick", { seat: "kyiv", name: "Olena", listed: true, timings: SHORT });
    const code = quick.body.joinUrl.split("/").at(-1);
    const friend = await h.post("/api/join", { code, name: "Taras", listedOnly: true });
    const olena = await h.client().joinById(quick.body.tableId, { seatToken: quick.body.seatToken });
    const taras = await h.client().joinById(friend.body.tableId, { seatToken: friend.body.seatToken });
    const heard = listen(olena);
    listen(taras);
    await eventually(() => expect(controllerOf(taras, "kyiv")).toBe("human"));

    const closed = new Promise<number>((resolve) => olena.onLeave((c) => resolve(c)));
    olena.send("leave", {});
    expect(await closed).toBe(CloseCode.CONSENTED);
    expect(heard.left).toEqual([{ seat: "kyiv" }]);
    expect(heard.errors).toEqual([]);
    // The facilitator's "replace by a bot": the same action, logged with the table.
    await eventually(() => expect(controllerOf(taras, "kyiv")).toBe("bot"));
    const log = await h.store.readLog(quick.body.tableId);
    expect(log.at(-1)?.action).toMatchObject({ type: "facilitator/set-controller", seat: "kyiv", controller: "bot" });

    // The token opens the table no more: neither the room nor the browser's list of tables.
    await expect(h.client().joinById(quick.body.tableId, { seatToken: quick.body.seatToken })).rejects.toThrow();
    const mine = await h.post("/api/tables/mine", {
      seats: [{ tableId: quick.body.tableId, seatToken: quick.body.seatToken }],
    });
    expect(mine.body).toEqual([{ tableId: quick.body.tableId, found: false }]);
    // The seat is a bot's again, so a stranger can take it from the open tables.
    const open = (await h.get("/api/tables/open")).body.find((t: { code: string }) => t.code === code);
    expect(open.freeSeats).toContain("kyiv");
    await taras.leave();
  });

  it("refuses a leave from a watcher, at a facilitator's table, and with a body, each with its code", async () => {
    const session = await h.post("/api/sessions", { seats: ["washington", "paris", "kyiv"] });
    const code = session.body.tables[0].code;
    const kyiv = await h.post("/api/join", { code, name: "Olena", seat: "kyiv" });
    const watcher = await h.post("/api/join", { code, name: "Iryna", seat: null });
    const seated = await h.client().joinById(kyiv.body.tableId, { seatToken: kyiv.body.seatToken });
    const watching = await h.client().joinById(watcher.body.tableId, { seatToken: watcher.body.seatToken });
    const fromSeat = listen(seated);
    const fromWatcher = listen(watching);

    seated.send("leave", {});
    watching.send("leave", {});
    await eventually(() => expect(fromSeat.errors.map((e) => e.code)).toEqual(["seat/assigned_by_facilitator"]));
    await eventually(() => expect(fromWatcher.errors.map((e) => e.code)).toEqual(["seat/observer"]));
    expect(fromSeat.left).toEqual([]);
    expect(controllerOf(seated, "kyiv")).toBe("human");

    const quick = await h.post("/api/quick", { seat: "paris", name: "Anne", timings: SHORT });
    const anne = await h.client().joinById(quick.body.tableId, { seatToken: quick.body.seatToken });
    const fromAnne = listen(anne);
    anne.send("leave", { everyone: true });
    await eventually(() => expect(fromAnne.errors.map((e) => e.code)).toEqual(["request/invalid"]));
    expect(fromAnne.left).toEqual([]);
    for (const room of [seated, watching, anne]) await room.leave();
  });

  it("starts a new quick game in the same seat, scenario and settings, for the token's person only", async () => {
    const quick = await h.post("/api/quick", {
      seat: "warsaw",
      name: "Marta",
      scenario: PARIS,
      listed: true,
      timings: SHORT,
    });
    const again = await h.post(`/api/tables/${quick.body.tableId}/again`, { seatToken: quick.body.seatToken });
    expect(again.status).toBe(201);
    expect(again.body.seat).toBe("warsaw");
    expect(again.body.tableId).not.toBe(quick.body.tableId);
    const before = await h.store.getTable(quick.body.tableId);
    const after = await h.store.getTable(again.body.tableId);
    if (!before || !after) throw new Error("a table is missing");
    expect(after.scenarioId).toBe(PARIS);
    expect(after.listed).toBe(true);
    expect((after.config as { timings: unknown }).timings).toEqual((before.config as { timings: unknown }).timings);
    const people = await h.store.listPeople(again.body.tableId);
    expect(people.map((p) => [p.name, p.seat])).toEqual([["Marta", "warsaw"]]);

    const wrong = await h.post(`/api/tables/${quick.body.tableId}/again`, { seatToken: "not-a-token" });
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe("table/not_found");
    const watcher = await h.post("/api/join", { code: quick.body.joinUrl.split("/").at(-1), name: "W", seat: null });
    const watching = await h.post(`/api/tables/${quick.body.tableId}/again`, { seatToken: watcher.body.seatToken });
    expect(watching.status).toBe(403);
    expect(watching.body.code).toBe("seat/observer");
  });
});
