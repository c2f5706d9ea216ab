// A server killed with SIGKILL mid-negotiation, restarted on the same store, restores every
// table from its log: the same actions, the same state hash, the same people in their seats.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client, type Room } from "@colyseus/sdk";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { afterAll, describe, expect, it } from "vitest";
import { SqliteStore } from "../src/sqlite-store.ts";
import { eventually } from "./eventually.ts";
import { replayLog } from "./log-replay.ts";
import { postJson as post, type RunningServer, startServer } from "./server-process.ts";

async function joinWhenRestored(base: string, tableId: string, options: object): Promise<Room> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    try {
      return await new Client(base).joinById(tableId, options);
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe("crash recovery", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-crash-"));
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("loses no accepted action when the process is SIGKILLed", async () => {
    server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: "info", BOT_THINK_MS: "600000,600000" });
    const session = await post(server.url, "/api/sessions", { tables: 2, timings: { briefingSeconds: 0 } });
    const [t1, t2] = session.tables;
    const kyiv = await post(server.url, "/api/join", { code: t1.code, name: "Olena", seat: "kyiv" });
    const paris = await post(server.url, "/api/join", { code: t1.code, name: "Claire", seat: "paris" });
    await post(server.url, "/api/join", { code: t2.code, name: "Ana", seat: "warsaw" });

    const fac = await new Client(server.url).joinById(t1.tableId, { facilitatorKey: session.facilitatorKey });
    const k = await new Client(server.url).joinById(t1.tableId, { seatToken: kyiv.seatToken });
    const p = await new Client(server.url).joinById(t1.tableId, { seatToken: paris.seatToken });
    fac.send("action", { type: "table/start" });
    await eventually(() => expect(k.state.phase).toBe("negotiation"), { timeout: 5_000 });
    k.send("action", { type: "draft/amend", issue: "legal-form", option: "treaty" });
    await eventually(() => expect(p.state.amendments.length).toBe(1));
    p.send("action", { type: "draft/accept", amendment: p.state.amendments.at(0).id });
    k.send("action", {
      type: "draft/amend",
      issue: "alignment",
      option: defaultScenario()
        .issues.find((i) => i.id === "alignment")
        ?.options.at(-1)?.id,
    });
    await eventually(() => expect(p.state.amendments.length).toBe(2));
    await eventually(() => expect(k.state.draft.get("legal-form")).toBe("treaty"));
    const before = {
      seq: k.state.seq,
      draft: k.state.draft.toJSON(),
      amendments: k.state.amendments.toJSON(),
      phase: k.state.phase,
    };

    // No goodbye: the process dies between two heartbeats, as on a power cut.
    server.process.kill("SIGKILL");
    await new Promise((r) => server?.process.once("exit", r));

    server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: "info", BOT_THINK_MS: "600000,600000" });
    const k2 = await joinWhenRestored(server.url, t1.tableId, { seatToken: kyiv.seatToken });
    await eventually(() => expect(k2.state.seq).toBe(before.seq));
    expect({
      seq: k2.state.seq,
      draft: k2.state.draft.toJSON(),
      amendments: k2.state.amendments.toJSON(),
      phase: k2.state.phase,
    }).toEqual(before);
    // Olena is back in Kyiv's seat with her own brief.
    expect([...k2.state.privates.keys()]).toEqual(["seat:kyiv"]);
    expect(k2.state.seats.get("kyiv").people.toArray()).toContain("Olena");
    // The second table, untouched by play, is restored too.
    const w = await post(server.url, "/api/join", { code: t2.code, name: "Late", seat: null });
    const o2 = await joinWhenRestored(server.url, t2.tableId, { seatToken: w.seatToken });
    await eventually(() => expect(o2.state.phase).toBe("lobby"));

    // The log on disk replays to the hash recorded with its last action.
    const store = new SqliteStore(dataDir);
    const log = await store.readLog(t1.tableId);
    const table = await store.getTable(t1.tableId);
    await store.close();
    expect(log.at(-1)?.seq).toBe(before.seq);
    if (!table) throw new Error("the table is gone from the store");
    expect(replayLog(table, log)).toEqual({ error: null, matchesLastHash: true });
    expect(server.output()).toContain("table restored from its log");
    expect(server.output()).not.toContain("hash differs");
    for (const r of [k2, o2]) await r.leave();
    for (const r of [fac, k, p]) r.connection.close();
  });
});

describe("graceful shutdown", () => {
  it("drains on SIGTERM: clients are told, the process exits 0, and the table comes back", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-term-"));
    let server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: "info", BOT_THINK_MS: "600000,600000" });
    const session = await post(server.url, "/api/sessions", { tables: 1 });
    const [t] = session.tables;
    const kyiv = await post(server.url, "/api/join", { code: t.code, name: "Olena", seat: "kyiv" });
    const k = await new Client(server.url).joinById(t.tableId, { seatToken: kyiv.seatToken });
    await eventually(() => expect(k.state.seats.get("kyiv")?.controller).toBe("human"));
    const left = new Promise<number>((resolve) => k.onLeave((code) => resolve(code)));

    const exited = new Promise<number | null>((resolve) => server.process.once("exit", (code) => resolve(code)));
    server.process.kill("SIGTERM");
    expect(await exited).toBe(0);
    expect(await left).toBeGreaterThan(1000);
    expect(server.output()).toContain("stopped");

    server = await startServer({ DATA_DIR: dataDir, LOG_LEVEL: "info", BOT_THINK_MS: "600000,600000" });
    const k2 = await joinWhenRestored(server.url, t.tableId, { seatToken: kyiv.seatToken });
    await eventually(() => expect(k2.state.seats.get("kyiv")?.controller).toBe("human"));
    await k2.leave();
    await server.stop();
  });
});
