// The table clock across a server restart, with real WebSocket clients (#18, item 3): the phase's
// deadline comes back from the log unchanged, and a client that joins the restored room learns the
// server's time now from the `clock` message. Before, it had only the state's `now`, the time of
// the table's last action: a clock set from it ran behind by the time since then, outage included
// (7:43 before a restart, 7:52 after it).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Client, type Room } from "@colyseus/sdk";
import { type ClockNotice, PROTOCOL_VERSION } from "@ironclad/engine/protocol";
import { afterAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { postJson as post, type RunningServer, startServer } from "./server-process.ts";

/** A joined room and the `clock` messages it received, each with the local time it arrived. */
type Joined = { room: Room; clocks: { now: number; arrived: number }[] };

async function join(base: string, tableId: string, options: object, retryFor = 0): Promise<Joined> {
  const until = Date.now() + retryFor;
  for (;;) {
    try {
      const room = await new Client(base).joinById(tableId, { protocol: PROTOCOL_VERSION, ...options });
      const clocks: Joined["clocks"] = [];
      room.onMessage("clock", (c: ClockNotice) => clocks.push({ now: c.now, arrived: Date.now() }));
      room.onMessage("*", () => undefined);
      return { room, clocks };
    } catch (error) {
      if (Date.now() > until) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}

describe("the table clock across a restart", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-clock-"));
  // Bots that never move: nothing happens at the table unless the test does it.
  const env = { DATA_DIR: dataDir, BOT_THINK_MS: "600000,600000" };
  let server: RunningServer | undefined;
  afterAll(async () => {
    await server?.stop();
  });

  it("keeps the deadline, and tells a client joining the restored room the server's time now", async () => {
    server = await startServer(env);
    const session = await post(server.url, "/api/sessions", {
      tables: 1,
      timings: { briefingSeconds: 0, roundSeconds: 600 },
    });
    const { tableId, code } = session.tables[0];
    const kyiv = await post(server.url, "/api/join", { code, name: "Olena", seat: "kyiv" });
    const fac = await join(server.url, tableId, { facilitatorKey: session.facilitatorKey });
    const k = await join(server.url, tableId, { seatToken: kyiv.seatToken });
    // On joining: a server time taken while the join was under way.
    const sent = Date.now();
    await eventually(() => expect(k.clocks.length).toBe(1));
    fac.room.send("action", { type: "table/start" });
    await eventually(() => expect(k.room.state.phase).toBe("negotiation"));
    const before = { deadline: k.room.state.deadline as number, now: k.room.state.now as number };
    expect(before.deadline).toBe(before.now + 600_000);
    expect(k.clocks[0]?.now).toBeGreaterThanOrEqual(sent - 5_000);

    // A quiet table, then the process dies and comes back on the same store.
    await new Promise((r) => setTimeout(r, 2_000));
    server.process.kill("SIGKILL");
    await new Promise((r) => server?.process.once("exit", r));
    await new Promise((r) => setTimeout(r, 2_000));
    server = await startServer(env);
    const joining = Date.now();
    const back = await join(server.url, tableId, { seatToken: kyiv.seatToken }, 15_000);
    await eventually(() => expect(back.clocks.length).toBe(1));
    const clock = back.clocks[0] as { now: number; arrived: number };

    // The deadline and the last action's time came back from the log as they were.
    expect(back.room.state.deadline).toBe(before.deadline);
    expect(back.room.state.now).toBe(before.now);
    // The clock is the server's time now (the server runs on this machine), not that action's.
    expect(clock.now).toBeGreaterThanOrEqual(joining);
    expect(clock.now).toBeLessThanOrEqual(clock.arrived);
    expect(clock.now - before.now).toBeGreaterThan(4_000);
    // So the time left a client shows as it arrives is the time left then, to within the message's trip.
    expect(before.deadline - clock.now - (before.deadline - clock.arrived)).toBeLessThan(1_000);
    await back.room.leave();
    // The first rooms' server is gone: leaving them waits on a socket that never answers.
    void k.room.leave(false).catch(() => undefined);
    void fac.room.leave(false).catch(() => undefined);
  }, 90_000);
});
