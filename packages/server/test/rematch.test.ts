// A rematch from a quick game's debrief (#21, item 3), over real sockets against a started server:
// one person offers, the others see the offer and answer, and the people who accepted land together
// at one new table (seats kept or rotated, the same settings), each with their own new seat token.
// People who left are not carried over, an offer whose people all left expires, nobody whose page is
// closed is waited for, the deadline starts it with whoever accepted, and every bad message is
// refused with its code.
import type { Room } from "@colyseus/sdk";
import type { RematchGo, RematchNotice } from "@ironclad/engine/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

const PARIS = "paris-declaration-2026";
const SHORT = { briefingSeconds: 600, rounds: 1, roundSeconds: 60, years: 1 };

/** What a room hears of the rematch: the offer as it stands, the place at the new table, errors. */
function listen(room: Room): { notices: RematchNotice[]; go: RematchGo[]; errors: { code: string }[] } {
  const heard = { notices: [] as RematchNotice[], go: [] as RematchGo[], errors: [] as { code: string }[] };
  room.onMessage("rematch", (n) => heard.notices.push(n));
  room.onMessage("rematch/go", (g) => heard.go.push(g));
  room.onMessage("error", (e) => heard.errors.push(e));
  room.onMessage("*", () => {});
  return heard;
}

const phaseOf = (room: Room) => (room.state as { phase: string }).phase;
const last = <T>(list: T[]) => list.at(-1);

/** A listed quick game with Olena (Kyiv) and Taras (the seat he is given), both connected. */
async function twoAtATable(h: Harness, scenario?: string) {
  const quick = await h.post("/api/quick", {
    seat: "kyiv",
    name: "Olena",
    listed: true,
    timings: SHORT,
    ...(scenario ? { scenario } : {}),
  });
  const code = quick.body.joinUrl.split("/").at(-1) as string;
  const friend = await h.post("/api/join", { code, name: "Taras", listedOnly: true });
  const olena = await h.client().joinById(quick.body.tableId, { seatToken: quick.body.seatToken });
  const taras = await h.client().joinById(friend.body.tableId, { seatToken: friend.body.seatToken });
  return {
    tableId: quick.body.tableId as string,
    code,
    tarasSeat: friend.body.seat as string,
    olena,
    taras,
    heardOlena: listen(olena),
    heardTaras: listen(taras),
  };
}

/** Ends the quick game (its session, as the facilitator's "end" would) and waits for the debrief. */
async function toDebrief(h: Harness, tableId: string, rooms: Room[]): Promise<void> {
  const table = await h.store.getTable(tableId);
  const session = table ? await h.store.getSession(table.sessionId) : null;
  if (!session) throw new Error("no session");
  await h.app.sessions.endSession(session);
  for (const room of rooms) await eventually(() => expect(phaseOf(room)).toBe("debrief"));
}

describe("a rematch from the debrief", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("shows everyone the offer, and moves both people to one new table in the same seats and settings", async () => {
    const t = await twoAtATable(h, PARIS);
    await toDebrief(h, t.tableId, [t.olena, t.taras]);

    t.olena.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(last(t.heardTaras.notices)?.status).toBe("open"));
    const offer = last(t.heardTaras.notices) as RematchNotice;
    expect(offer.by).toEqual({ seat: "kyiv", name: "Olena" });
    expect(offer.seats).toBe("kept");
    expect(offer.deadline).toBeGreaterThan(Date.now() + 50_000);
    expect(offer.people).toHaveLength(2);
    expect(offer.people).toEqual(
      expect.arrayContaining([
        { seat: "kyiv", name: "Olena", to: "kyiv", answer: "accepted", connected: true, left: false },
        { seat: t.tarasSeat, name: "Taras", to: t.tarasSeat, answer: "waiting", connected: true, left: false },
      ]),
    );
    expect(last(t.heardOlena.notices)).toEqual(offer);

    t.taras.send("rematch/answer", { offer: offer.offer, accept: true });
    await eventually(() => expect(t.heardOlena.go).toHaveLength(1));
    await eventually(() => expect(t.heardTaras.go).toHaveLength(1));
    const [olenaGo] = t.heardOlena.go;
    const [tarasGo] = t.heardTaras.go;
    if (!olenaGo || !tarasGo) throw new Error("no place at the rematch");
    expect(olenaGo.tableId).toBe(tarasGo.tableId);
    expect(olenaGo.tableId).not.toBe(t.tableId);
    expect([olenaGo.seat, tarasGo.seat]).toEqual(["kyiv", t.tarasSeat]);
    expect(olenaGo.seatToken).not.toBe(tarasGo.seatToken);
    // Each page gets its own place only.
    expect(JSON.stringify(t.heardOlena)).not.toContain(tarasGo.seatToken);
    expect(JSON.stringify(t.heardTaras)).not.toContain(olenaGo.seatToken);
    await eventually(() => expect(last(t.heardTaras.notices)?.status).toBe("started"));
    expect(last(t.heardTaras.notices)?.tableId).toBe(olenaGo.tableId);

    // The same settings and scenario; the people in their seats; the offerer opened it.
    const before = await h.store.getTable(t.tableId);
    const after = await h.store.getTable(olenaGo.tableId);
    if (!before || !after) throw new Error("a table is missing");
    expect(after.scenarioId).toBe(PARIS);
    expect(after.listed).toBe(true);
    const { openedBy, ...config } = after.config as { openedBy?: string };
    const { openedBy: _old, ...oldConfig } = before.config as { openedBy?: string };
    expect(config).toEqual(oldConfig);
    const people = await h.store.listPeople(olenaGo.tableId);
    expect(people.map((p) => [p.name, p.seat]).sort()).toEqual(
      [
        ["Olena", "kyiv"],
        ["Taras", t.tarasSeat],
      ].sort(),
    );
    expect(people.find((p) => p.id === openedBy)?.name).toBe("Olena");

    // Their new tokens open the new table, in those seats; the game starts on arrival.
    const olenaThere = await h.client().joinById(olenaGo.tableId, { seatToken: olenaGo.seatToken });
    const tarasThere = await h.client().joinById(tarasGo.tableId, { seatToken: tarasGo.seatToken });
    const controllers = (room: Room) =>
      Object.fromEntries(
        ([...(room.state as any).seats.values()] as { id: string; controller: string }[]).map((s) => [
          s.id,
          s.controller,
        ]),
      );
    await eventually(() => expect(phaseOf(olenaThere)).not.toBe("lobby"));
    await eventually(() => expect(controllers(tarasThere)).toMatchObject({ kyiv: "human", [t.tarasSeat]: "human" }));
    // The old table's debrief still opens to its people.
    expect(phaseOf(t.olena)).toBe("debrief");
    for (const room of [t.olena, t.taras, olenaThere, tarasThere]) await room.leave();
  });

  it("rotates the seats one place among the people when asked", async () => {
    const t = await twoAtATable(h);
    await toDebrief(h, t.tableId, [t.olena, t.taras]);
    t.taras.send("rematch/offer", { seats: "rotated" });
    await eventually(() => expect(last(t.heardOlena.notices)?.status).toBe("open"));
    const offer = last(t.heardOlena.notices) as RematchNotice;
    expect(offer.by.name).toBe("Taras");
    expect(offer.seats).toBe("rotated");
    // The seats they would take: each the other's.
    expect(Object.fromEntries(offer.people.map((p) => [p.name, p.to]))).toEqual({
      Olena: t.tarasSeat,
      Taras: "kyiv",
    });
    t.olena.send("rematch/answer", { offer: offer.offer, accept: true });
    await eventually(() => expect(t.heardOlena.go).toHaveLength(1));
    await eventually(() => expect(t.heardTaras.go).toHaveLength(1));
    expect(t.heardOlena.go[0]?.seat).toBe(t.tarasSeat);
    expect(t.heardTaras.go[0]?.seat).toBe("kyiv");
    const people = await h.store.listPeople(t.heardOlena.go[0]?.tableId ?? "");
    expect(Object.fromEntries(people.map((p) => [p.name, p.seat]))).toEqual({ Olena: t.tarasSeat, Taras: "kyiv" });
    await t.olena.leave();
    await t.taras.leave();
  });

  it("leaves out whoever declines, and never waits for a page that is closed", async () => {
    const t = await twoAtATable(h);
    await toDebrief(h, t.tableId, [t.olena, t.taras]);
    t.olena.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(last(t.heardTaras.notices)?.status).toBe("open"));
    const offer = last(t.heardTaras.notices) as RematchNotice;
    t.taras.send("rematch/answer", { offer: offer.offer, accept: false });
    // Nobody else to wait for: it starts with Olena alone, Taras told but not moved.
    await eventually(() => expect(t.heardOlena.go).toHaveLength(1));
    await eventually(() => expect(last(t.heardTaras.notices)?.status).toBe("started"));
    expect(last(t.heardTaras.notices)?.people.find((p) => p.name === "Taras")?.answer).toBe("declined");
    expect(t.heardTaras.go).toEqual([]);
    expect((await h.store.listPeople(t.heardOlena.go[0]?.tableId ?? "")).map((p) => p.name)).toEqual(["Olena"]);

    // A second offer (the first is over): Taras's page closes before he answers; it goes without him.
    t.olena.send("rematch/offer", { seats: "rotated" });
    await eventually(() => expect(last(t.heardTaras.notices)?.offer).toBe(offer.offer + 1));
    await t.taras.leave();
    await eventually(() => expect(t.heardOlena.go).toHaveLength(2));
    // Alone, rotating keeps her seat.
    expect(t.heardOlena.go[1]?.seat).toBe("kyiv");
    const second = last(t.heardOlena.notices);
    expect(second?.status).toBe("started");
    expect(second?.people.find((p) => p.name === "Taras")).toMatchObject({ answer: "waiting", connected: false });
    await t.olena.leave();
  });

  it("expires an offer whose people all left the table, and refuses its answers with the code", async () => {
    const t = await twoAtATable(h);
    await toDebrief(h, t.tableId, [t.olena, t.taras]);
    t.olena.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(last(t.heardTaras.notices)?.status).toBe("open"));
    const offer = last(t.heardTaras.notices) as RematchNotice;
    // Olena, the only one who had accepted, leaves the table (her seat token dies with it).
    t.olena.send("leave", {});
    await eventually(() => expect(last(t.heardTaras.notices)?.status).toBe("expired"));
    const expired = last(t.heardTaras.notices);
    expect(expired?.reason).toBe("rematch/expired");
    expect(expired?.people.find((p) => p.name === "Olena")?.left).toBe(true);
    t.taras.send("rematch/answer", { offer: offer.offer, accept: true });
    await eventually(() => expect(t.heardTaras.errors.map((e) => e.code)).toEqual(["rematch/expired"]));
    expect(t.heardTaras.go).toEqual([]);
    await t.taras.leave();
  });

  it("refuses a rematch outside the debrief, from a watcher, at a facilitator's table, twice at once and malformed", async () => {
    const t = await twoAtATable(h);
    const watcher = await h.post("/api/join", { code: t.code, name: "Iryna", seat: null });
    const watching = await h.client().joinById(t.tableId, { seatToken: watcher.body.seatToken });
    const heardWatcher = listen(watching);

    // The game still runs.
    t.olena.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(t.heardOlena.errors.map((e) => e.code)).toEqual(["rematch/not_over"]));

    await toDebrief(h, t.tableId, [t.olena, t.taras, watching]);
    watching.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(heardWatcher.errors.map((e) => e.code)).toEqual(["seat/observer"]));

    t.olena.send("rematch/offer", { seats: "sideways" });
    t.olena.send("rematch/offer", {});
    await eventually(() =>
      expect(t.heardOlena.errors.map((e) => e.code)).toEqual([
        "rematch/not_over",
        "request/invalid",
        "request/invalid",
      ]),
    );
    t.olena.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(last(t.heardTaras.notices)?.status).toBe("open"));
    const offer = last(t.heardTaras.notices) as RematchNotice;
    t.taras.send("rematch/offer", { seats: "rotated" });
    t.taras.send("rematch/answer", { offer: offer.offer + 7, accept: true });
    t.taras.send("rematch/answer", { offer: offer.offer, accept: "yes" });
    watching.send("rematch/answer", { offer: offer.offer, accept: true });
    await eventually(() =>
      expect(t.heardTaras.errors.map((e) => e.code)).toEqual(["rematch/open", "rematch/not_found", "request/invalid"]),
    );
    await eventually(() => expect(heardWatcher.errors.map((e) => e.code)).toEqual(["seat/observer", "seat/observer"]));
    // The offerer's no withdraws it; an answer after that is refused as closed.
    t.olena.send("rematch/answer", { offer: offer.offer, accept: false });
    await eventually(() => expect(last(t.heardTaras.notices)?.status).toBe("withdrawn"));
    t.taras.send("rematch/answer", { offer: offer.offer, accept: true });
    await eventually(() => expect(last(t.heardTaras.errors)?.code).toBe("rematch/closed"));
    expect(t.heardOlena.go).toEqual([]);
    expect(heardWatcher.go).toEqual([]);

    // At a facilitator's table the next game is the facilitator's to set up.
    const session = await h.post("/api/sessions", { seats: ["washington", "paris", "kyiv"] });
    const kyiv = await h.post("/api/join", { code: session.body.tables[0].code, name: "Olena", seat: "kyiv" });
    const seated = await h.client().joinById(kyiv.body.tableId, { seatToken: kyiv.body.seatToken });
    const heardSeated = listen(seated);
    await h.post(
      `/api/sessions/${session.body.sessionId}/end`,
      {},
      {
        authorization: `Bearer ${session.body.facilitatorKey}`,
      },
    );
    await eventually(() => expect(phaseOf(seated)).toBe("debrief"));
    seated.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(heardSeated.errors.map((e) => e.code)).toEqual(["rematch/facilitated"]));
    for (const room of [t.olena, t.taras, watching, seated]) await room.leave();
  });
});

describe("a rematch's deadline", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ REMATCH_SECONDS: "2" });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("starts with whoever accepted once the deadline passes, without those who never answered", async () => {
    const t = await twoAtATable(h);
    await toDebrief(h, t.tableId, [t.olena, t.taras]);
    t.olena.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(last(t.heardTaras.notices)?.status).toBe("open"));
    const offer = last(t.heardTaras.notices) as RematchNotice;
    expect(offer.deadline - Date.now()).toBeLessThanOrEqual(2_000);
    // Taras is connected but says nothing: the table waits for him until the deadline only.
    await eventually(() => expect(t.heardOlena.go).toHaveLength(1), { timeout: 6_000 });
    expect(last(t.heardTaras.notices)?.status).toBe("started");
    expect(t.heardTaras.go).toEqual([]);
    t.taras.send("rematch/answer", { offer: offer.offer, accept: true });
    await eventually(() => expect(t.heardTaras.errors.map((e) => e.code)).toEqual(["rematch/closed"]));
    await t.olena.leave();
    await t.taras.leave();
  });
});
