// Watching a table (#21, item 2): a watch link opens the table's public side to anyone, without a
// seat; watchers cannot act or write (refused, and counted as hostile input); everyone sees how many
// watch; the person who opened the table switches watching off (watchers told and closed) and on.
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

function collect(room: Room, type: string): any[] {
  const seen: any[] = [];
  room.onMessage(type, (m) => seen.push(m));
  return seen;
}

/** The `ironclad_hostile_input_total` counter for one code, from /metrics. */
async function hostile(h: Harness, code: string): Promise<number> {
  const text = await (await fetch(`${h.base}/metrics`)).text();
  const line = text.split("\n").find((l) => l.startsWith(`ironclad_hostile_input_total{code="${code}"}`));
  return line ? Number(line.split(" ").at(-1)) : 0;
}

/** A quick game with its player at the table, and the watch link's table id and key (from the welcome). */
async function quickGame(h: Harness) {
  const quick = await h.post("/api/quick", { seat: "kyiv", name: "Olena" });
  expect(quick.status).toBe(201);
  const player = await h.client().joinById(quick.body.tableId, { seatToken: quick.body.seatToken });
  const welcome = collect(player, "welcome");
  player.onMessage("*", () => undefined);
  await eventually(() => expect(welcome.length).toBeGreaterThan(0));
  const path: string = welcome.at(-1).watch.path;
  const [, , tableId, key] = path.split("/");
  expect(tableId).toBe(quick.body.tableId);
  return { quick, player, welcome, tableId: tableId as string, key: key as string };
}

describe("watching a table", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("lets anyone with the watch link watch without a seat; the count reaches everyone; watchers cannot act or write", async () => {
    const { player, welcome, tableId, key } = await quickGame(h);
    // The quick game's opener may switch watching; the link names the table and its key only.
    await eventually(() => expect(welcome.at(-1).watch.canSwitch).toBe(true));
    expect(player.state.watching).toBe(true);

    const watch = await h.post("/api/watch", { tableId, key });
    expect(watch.status).toBe(200);
    expect(watch.body).toEqual({ tableId, number: 1 });
    const watcher = await h.client().joinById(tableId, { watchKey: key });
    const watcherWelcome = collect(watcher, "welcome");
    const errors = collect(watcher, "error");
    watcher.onMessage("*", () => undefined);
    await eventually(() => expect(watcherWelcome.length).toBe(1));
    expect(watcherWelcome[0].viewer).toEqual({ kind: "observer" });
    // The watch link opens watching only: the watcher is not given the join code.
    expect(watcherWelcome[0].table).toEqual({ number: 1 });
    expect(watcherWelcome[0].watch.canSwitch).toBe(false);
    expect(watcher.state.privates?.size ?? 0).toBe(0);
    await eventually(() => expect(player.state.watchers).toBe(1));
    expect(watcher.state.watchers).toBe(1);
    // Watching takes no seat: the table's seats are as they were.
    expect(player.state.seats.get("kyiv").people.toArray()).toEqual(["Olena"]);

    const before = {
      act: await hostile(h, "seat/observer"),
      unknown: await hostile(h, "message/unknown_type"),
    };
    watcher.send("action", { type: "vote/call" });
    watcher.send("chat", { channel: "table", text: "hello from the stands" });
    watcher.send("typing", { channel: "table" });
    watcher.send("leave", {});
    watcher.send("watching", { on: false });
    watcher.send("steal-the-pen", {});
    await eventually(() => expect(errors.length).toBe(6));
    expect(errors.map((e) => e.code)).toEqual([
      "seat/observer",
      "seat/observer",
      "seat/observer",
      "seat/observer",
      "seat/observer",
      "message/unknown_type",
    ]);
    expect(await hostile(h, "seat/observer")).toBe(before.act + 5);
    expect(await hostile(h, "message/unknown_type")).toBe(before.unknown + 1);
    // Nothing the watcher tried reached the table: no message in the chat, watching still on.
    const chat = collect(player, "chat");
    player.send("chat", { channel: "table", text: "Welcome, everyone." });
    await eventually(() => expect(chat.length).toBe(1));
    expect(chat[0].text).toBe("Welcome, everyone.");
    expect(player.state.watching).toBe(true);

    await watcher.leave();
    await eventually(() => expect(player.state.watchers).toBe(0));
    await player.leave();
  });

  it("refuses a wrong key, a finished table and bad bodies with typed errors", async () => {
    const { player, tableId, key } = await quickGame(h);
    const wrong = await h.post("/api/watch", { tableId, key: `${key.slice(0, -1)}${key.endsWith("A") ? "B" : "A"}` });
    expect(wrong.status).toBe(404);
    expect(wrong.body.code).toBe("table/not_found");
    const nobody = await h.post("/api/watch", { tableId: "tbl_nothing", key });
    expect(nobody.status).toBe(404);
    expect(nobody.body.code).toBe("table/not_found");
    const bad = await h.post("/api/watch", { tableId });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("request/invalid");
    // The room checks the key too: a join by id with a made-up key is refused.
    await expect(h.client().joinById(tableId, { watchKey: "x".repeat(22) })).rejects.toThrow(/watch link/);
    await player.leave();
    await h.store.setTableStatus(tableId, "finished", Date.now());
    const over = await h.post("/api/watch", { tableId, key });
    expect(over.status).toBe(410);
    expect(over.body.code).toBe("table/ended");
  });

  it("lets the opener switch watching off (watchers told and closed, new ones refused) and on again", async () => {
    const { quick, player, tableId, key } = await quickGame(h);
    const code = quick.body.joinUrl.split("/").at(-1);
    const watcher = await h.client().joinById(tableId, { watchKey: key });
    const off = collect(watcher, "watching-off");
    watcher.onMessage("*", () => undefined);
    const left = new Promise<number>((resolve) => watcher.onLeave((c) => resolve(c)));
    // A seatless person who came by the join form's "Watch as an observer" watches too.
    const observer = await h.post("/api/join", { code, name: "Onlooker", seat: null });
    expect(observer.status).toBe(201);
    const onlooker = await h.client().joinById(tableId, { seatToken: observer.body.seatToken });
    onlooker.onMessage("*", () => undefined);
    await eventually(() => expect(player.state.watchers).toBe(2));

    // A friend who took a seat did not open the table: they may not switch watching.
    const friend = await h.post("/api/join", { code, name: "Taras", seat: "paris" });
    const friendRoom = await h.client().joinById(tableId, { seatToken: friend.body.seatToken });
    const friendErrors = collect(friendRoom, "error");
    friendRoom.onMessage("*", () => undefined);
    friendRoom.send("watching", { on: false });
    await eventually(() => expect(friendErrors.map((e) => e.code)).toEqual(["watch/not_opener"]));
    player.send("watching", { on: "no" });

    player.send("watching", { on: false });
    await eventually(() => expect(off.length).toBe(1));
    expect(off[0].message).toMatch(/switched watching off/);
    expect(await left).toBe(4000);
    await eventually(() => expect(player.state.watching).toBe(false));
    await eventually(() => expect(player.state.watchers).toBe(0));
    expect(friendRoom.state.watching).toBe(false);

    const refused = await h.post("/api/watch", { tableId, key });
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe("watch/off");
    const refusedJoin = await h.post("/api/join", { code, name: "Another onlooker", seat: null });
    expect(refusedJoin.status).toBe(403);
    expect(refusedJoin.body.code).toBe("watch/off");
    await expect(h.client().joinById(tableId, { watchKey: key })).rejects.toThrow(/switched off/);
    await expect(h.client().joinById(tableId, { seatToken: observer.body.seatToken })).rejects.toThrow(/switched off/);
    // Saved with the table: the setting outlives the room.
    const saved = await h.store.getTable(tableId);
    expect((saved?.config as { watching?: boolean } | undefined)?.watching).toBe(false);

    player.send("watching", { on: true });
    await eventually(() => expect(player.state.watching).toBe(true));
    expect((await h.post("/api/watch", { tableId, key })).status).toBe(200);
    const again = await h.client().joinById(tableId, { watchKey: key });
    await eventually(() => expect(player.state.watchers).toBe(1));
    await again.leave();
    await friendRoom.leave();
    await player.leave();
  });

  it("lets a session's facilitator switch a table's watching through the API, with the watch link on the session", async () => {
    const session = await h.post("/api/sessions", { tables: 1 });
    const auth = { authorization: `Bearer ${session.body.facilitatorKey}` };
    const { sessionId } = session.body;
    const described = await h.get(`/api/sessions/${sessionId}`, auth);
    const table = described.body.tables[0];
    expect(table.watching).toBe(true);
    const [tableId, key] = new URL(table.watchUrl).pathname.split("/").slice(2);
    const watcher = await h.client().joinById(tableId as string, { watchKey: key });
    const off = collect(watcher, "watching-off");
    watcher.onMessage("*", () => undefined);

    const wrongKey = await h.post(`/api/sessions/${sessionId}/tables/${tableId}/watching`, { on: false });
    expect(wrongKey.status).toBe(401);
    const res = await h.post(`/api/sessions/${sessionId}/tables/${tableId}/watching`, { on: false }, auth);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ tableId, watching: false });
    await eventually(() => expect(off.length).toBe(1));
    expect((await h.get(`/api/sessions/${sessionId}`, auth)).body.tables[0].watching).toBe(false);
    expect((await h.post("/api/watch", { tableId, key })).body.code).toBe("watch/off");
    const on = await h.post(`/api/sessions/${sessionId}/tables/${tableId}/watching`, { on: true }, auth);
    expect(on.body.watching).toBe(true);
    expect((await h.post("/api/watch", { tableId, key })).status).toBe(200);
  });
});
