// A new game from a table that played a scenario its facilitator brought (#20, part 4), over real
// HTTP and sockets with the real SQLite store: "New quick game" from the debrief and a rematch each
// give the new table's session its own copy of the file, so the new game plays the brought scenario
// and outlives the session it came from (the file is deleted with each session, never shared). It
// used to name the original session's file: the new quick game was refused (its file's bare id is no
// scenario of the server) or, for a copy that kept a shipped id, played the shipped scenario instead.
// When the file went with its session while the table's room still ran, the rematch is refused with
// scenario/not_found. The public routes never start a game on another session's own scenario.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Room } from "@colyseus/sdk";
import type { RematchGo, RematchNotice } from "@ironclad/engine/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

const raw = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json"), "utf8"),
);

/** The default scenario as a facilitator's edited file: its own id, Kyiv renamed. */
function ourFile(id = "our-class"): any {
  const copy = structuredClone(raw);
  copy.id = id;
  copy.title.en = "Guarantees — our class";
  copy.seats.find((s: any) => s.id === "kyiv").name.en = "Kyiv (our version)";
  return copy;
}

const phaseOf = (room: Room) => (room.state as { phase: string }).phase;

/** What a room hears of a rematch. */
function listen(room: Room) {
  const heard = { notices: [] as RematchNotice[], go: [] as RematchGo[] };
  room.onMessage("rematch", (n) => heard.notices.push(n));
  room.onMessage("rematch/go", (g) => heard.go.push(g));
  room.onMessage("*", () => {});
  return heard;
}

describe("a new game from a table that played a brought scenario", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-own-again-")) });
  });
  afterAll(async () => {
    await h.stop();
  });

  /** A facilitator's session of one table with `file`, and Olena seated in Kyiv there. */
  async function seatedAtOwnTable(file: unknown) {
    const created = await h.post("/api/sessions/with-scenario", {
      settings: { tables: 1, timings: { briefingSeconds: 0 } },
      scenario: file,
    });
    expect(created.status).toBe(201);
    const table = created.body.tables[0];
    const seat = await h.post("/api/join", { code: table.code, name: "Olena", seat: "kyiv" });
    expect(seat.status).toBe(201);
    return {
      sessionId: created.body.sessionId as string,
      auth: { authorization: `Bearer ${created.body.facilitatorKey}` },
      tableId: table.tableId as string,
      seatToken: seat.body.seatToken as string,
    };
  }

  /** The own-scenario key a table's session keeps its copy under, checked to hold `file`. */
  async function ownCopyOf(tableId: string, file: unknown): Promise<string> {
    const table = await h.store.getTable(tableId);
    if (!table) throw new Error(`no table ${tableId}`);
    expect(table.scenarioId).toBe(`${(file as { id: string }).id}@${table.sessionId}`);
    expect(JSON.parse((await h.store.getScenario(table.scenarioId)) ?? "null")).toEqual(file);
    return table.scenarioId;
  }

  it("gives the new quick game and its rematch each a copy of the file, which outlives the session it came from", async () => {
    const file = ourFile();
    const own = await seatedAtOwnTable(file);
    const originalKey = `our-class@${own.sessionId}`;

    // "New quick game" from the facilitator's table: the brought scenario, in a copy of its own.
    const again = await h.post(`/api/tables/${own.tableId}/again`, { seatToken: own.seatToken });
    expect(again.status).toBe(201);
    const quickKey = await ownCopyOf(again.body.tableId, file);
    expect(quickKey).not.toBe(originalKey);

    // The facilitator deletes their session, file and all: the quick game plays on.
    const deleted = await fetch(`${h.base}/api/sessions/${own.sessionId}`, { method: "DELETE", headers: own.auth });
    expect(deleted.status).toBe(204);
    expect(await h.store.getScenario(originalKey)).toBeNull();
    const pub = await h.get(`/api/scenarios/${encodeURIComponent(quickKey)}`);
    expect(pub.status).toBe(200);
    expect(pub.body.seats.find((s: any) => s.id === "kyiv").name.en).toBe("Kyiv (our version)");
    const olena = await h.client().joinById(again.body.tableId, { seatToken: again.body.seatToken });
    const heard = listen(olena);
    await eventually(() => expect((olena.state as { scenarioId: string }).scenarioId).toBe("our-class"));

    // Its debrief, then a rematch: a third copy, under the rematch's own session.
    const quick = await h.store.getTable(again.body.tableId);
    const quickSession = quick ? await h.store.getSession(quick.sessionId) : null;
    if (!quickSession) throw new Error("the quick game has no session");
    await h.app.sessions.endSession(quickSession);
    await eventually(() => expect(phaseOf(olena)).toBe("debrief"));
    olena.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(heard.go).toHaveLength(1));
    const go = heard.go[0] as RematchGo;
    const rematchKey = await ownCopyOf(go.tableId, file);
    expect(rematchKey).not.toBe(quickKey);
    await olena.leave();

    // The quick game's session goes (its retention ran out): the rematch plays on.
    await h.app.sessions.deleteSession(quickSession);
    expect(await h.store.getScenario(quickKey)).toBeNull();
    const there = await h.client().joinById(go.tableId, { seatToken: go.seatToken });
    await eventually(() => expect((there.state as { scenarioId: string }).scenarioId).toBe("our-class"));
    await eventually(() => expect(phaseOf(there)).not.toBe("lobby"));
    await there.leave();
  }, 90_000);

  it("plays the brought file, not the shipped scenario whose id a copy kept", async () => {
    // A facilitator's copy of a shipped scenario keeps its id: the id alone names the shipped one.
    const file = ourFile(raw.id);
    const own = await seatedAtOwnTable(file);
    const again = await h.post(`/api/tables/${own.tableId}/again`, { seatToken: own.seatToken });
    expect(again.status).toBe(201);
    const key = await ownCopyOf(again.body.tableId, file);
    expect(key).not.toBe(raw.id);
  }, 30_000);

  it("refuses a rematch with scenario/not_found once the file went with its session", async () => {
    const own = await seatedAtOwnTable(ourFile());
    const again = await h.post(`/api/tables/${own.tableId}/again`, { seatToken: own.seatToken });
    const quick = await h.store.getTable(again.body.tableId);
    const session = quick ? await h.store.getSession(quick.sessionId) : null;
    if (!quick || !session) throw new Error("no quick game");
    const olena = await h.client().joinById(again.body.tableId, { seatToken: again.body.seatToken });
    const heard = listen(olena);
    await h.app.sessions.endSession(session);
    await eventually(() => expect(phaseOf(olena)).toBe("debrief"));
    // Its session deleted, file included, while the room still holds the table and Olena's page.
    await h.app.sessions.deleteSession(session);
    olena.send("rematch/offer", { seats: "kept" });
    await eventually(() => expect(heard.notices.at(-1)?.status).toBe("expired"));
    expect(heard.notices.at(-1)?.reason).toBe("scenario/not_found");
    expect(heard.go).toEqual([]);
    await olena.leave();
  }, 30_000);

  it("starts no session or quick game on another session's own scenario by its key", async () => {
    const own = await seatedAtOwnTable(ourFile());
    const key = `our-class@${own.sessionId}`;
    const quick = await h.post("/api/quick", { seat: "kyiv", name: "Mallory", scenario: key });
    expect(quick.status).toBe(404);
    expect(quick.body.code).toBe("scenario/not_found");
    const session = await h.post("/api/sessions", { tables: 1, scenario: key });
    expect(session.status).toBe(404);
    expect(session.body.code).toBe("scenario/not_found");
  }, 30_000);
});
