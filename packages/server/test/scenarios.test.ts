import fs from "node:fs";
import path from "node:path";
import { joinDocument } from "@ironclad/engine/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";
import { untilMoscowMoved } from "./moscow-move.ts";

const raw = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json"), "utf8"),
);

describe("a facilitator's own scenario", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("is refused with every problem and its path when invalid, and nothing is stored", async () => {
    const broken = structuredClone(raw);
    broken.id = "broken-copy";
    const berlin = broken.seats.find((s: any) => s.id === "berlin");
    delete berlin.brief.pointTable.pledge[Object.keys(berlin.brief.pointTable.pledge)[0]];
    berlin.brief.noDealValue = "ten";
    const res = await h.post("/api/scenarios", broken);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("scenario/invalid");
    const paths = res.body.problems.map((p: any) => p.path).join(" ");
    expect(paths).toContain("berlin");
    expect(res.body.problems.length).toBeGreaterThanOrEqual(2);
    expect((await h.get("/api/scenarios")).body.map((s: any) => s.id)).not.toContain("broken-copy");
  });

  it("is stored when valid, listed, playable, and its id cannot be taken twice", async () => {
    const mine = structuredClone(raw);
    mine.id = "my-class-version";
    mine.title.en = "Guarantees — my class's version";
    const res = await h.post("/api/scenarios", mine);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ id: "my-class-version", issues: 9 });
    expect((await h.get("/api/scenarios")).body.map((s: any) => s.id)).toContain("my-class-version");
    const again = await h.post("/api/scenarios", mine);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe("scenario/exists");
    const bundled = await h.post("/api/scenarios", raw);
    expect(bundled.status).toBe(409);

    const session = await h.post("/api/sessions", { scenario: "my-class-version", tables: 1 });
    expect(session.status).toBe(201);
    const kyiv = await h.post("/api/join", { code: session.body.tables[0].code, name: "Olena", seat: "kyiv" });
    const room = await h.client().joinById(kyiv.body.tableId, { seatToken: kyiv.body.seatToken });
    await eventually(() => expect(room.state.scenarioId).toBe("my-class-version"));
    await room.leave();
  });

  it("keeps no private brief in the public list", async () => {
    const list = await h.get("/api/scenarios");
    const text = JSON.stringify(list.body);
    expect(text).not.toContain("pointTable");
    expect(text).not.toContain("noDealValue");
  });

  it("gives one scenario's public data, with no brief, and a typed 404 for an unknown id", async () => {
    const one = await h.get("/api/scenarios/guarantees-2025");
    expect(one.status).toBe(200);
    expect(one.body.issues.map((i: any) => i.id)).toContain("force");
    expect(one.body.events.length).toBeGreaterThan(0);
    expect(one.body.seats.every((s: any) => s.brief === undefined)).toBe(true);
    const text = JSON.stringify(one.body);
    for (const seat of raw.seats) if (seat.brief) expect(text).not.toContain(seat.brief.objectives.en.slice(0, 60));
    const missing = await h.get("/api/scenarios/no-such-scenario");
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("scenario/not_found");
  });
});

describe("a scenario whose red cell is not called moscow", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ BOT_THINK_MS: "0,0" });
  });
  afterAll(async () => {
    await h.stop();
  });

  // The room used to set `{ moscow: "human" }` as the red cell's controller, while the engine looks
  // the red cell up by its kind: a red cell called anything else stayed a bot, so the engine drew
  // Moscow's action from the odds and the sharp bot (or the human red cell) never moved (#18, item 2).
  it("has the engine wait for the red cell the session gave to people or the sharp bot", async () => {
    const renamed = structuredClone(raw);
    renamed.id = "kremlin-copy";
    const red = renamed.seats.find((s: any) => s.kind === "redcell");
    red.id = "kremlin";
    expect((await h.post("/api/scenarios", renamed)).status).toBe(201);
    const session = (
      await h.post("/api/sessions", {
        scenario: "kremlin-copy",
        tables: 1,
        moscow: "sharp",
        timings: { briefingSeconds: 0, years: 1 },
      })
    ).body;
    const [t] = session.tables;
    const fac = await h.client().joinById(t.tableId, { facilitatorKey: session.facilitatorKey });
    fac.onMessage("error", () => {});
    await eventually(() => expect(fac.state.seats.get("kremlin")?.controller).toBe("human"));
    fac.send("action", { type: "table/start" });
    await untilMoscowMoved(fac);
    const years = (joinDocument(fac.state.publicParts) as any).years;
    expect(years[0].moscowDrawn).toBe(false);
    const log = await h.store.readLog(t.tableId);
    expect(
      log.filter((e: any) => e.action.type === "stress/moscow-act" && e.action.actor?.seat === "kremlin"),
    ).toHaveLength(1);
    await fac.leave();
  }, 40_000);
});

describe("retention", () => {
  it("deletes a session once its retention has run out", async () => {
    const h = await startHarness();
    const session = await h.post("/api/sessions", { tables: 1, retentionDays: 1 });
    const kept = await h.post("/api/sessions", { tables: 1, retentionDays: null });
    const record = await h.store.getSession(session.body.sessionId);
    expect(record?.expiresAt).toBeGreaterThan(Date.now() + 86_000_000);
    expect(await h.store.listExpiredSessions(Date.now() + 2 * 86_400_000)).toContain(session.body.sessionId);
    expect(await h.store.listExpiredSessions(Date.now() + 400 * 86_400_000)).not.toContain(kept.body.sessionId);
    expect(await h.app.sessions.purgeExpired()).toBe(0);
    // A session whose time is up (written as a server would have, long ago) is deleted with its tables.
    const old = await h.store.getSession(session.body.sessionId);
    if (!old) throw new Error("session missing");
    const tables = await h.store.listTables(old.id);
    await h.store.deleteSession(old.id);
    await h.store.createSession({ ...old, expiresAt: Date.now() - 1 }, tables);
    expect(await h.app.sessions.purgeExpired()).toBe(1);
    expect(await h.store.getSession(old.id)).toBeNull();
    expect(await h.store.getTable(session.body.tables[0].tableId)).toBeNull();
    expect(await h.store.getSession(kept.body.sessionId)).not.toBeNull();
    await h.stop();
  });
});
