// "Is typing" notices over real sockets: relayed only to those who may read the channel, never
// stored, malformed ones refused, floods dropped.
import type { Room } from "@colyseus/sdk";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

function collect(room: Room, type: string): any[] {
  const seen: any[] = [];
  room.onMessage(type, (m) => seen.push(m));
  return seen;
}

describe("typing notices", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("reach the other seat of a bilateral channel and no third seat; the table channel reaches everyone else", async () => {
    const session = await h.post("/api/sessions", { tables: 1 });
    const { code, tableId } = session.body.tables[0];
    const join = async (seat: string | null, name: string) => {
      const person = await h.post("/api/join", { code, name, seat });
      const room = await h.client().joinById(tableId, { seatToken: person.body.seatToken });
      return { room, typing: collect(room, "typing"), errors: collect(room, "error") };
    };
    const paris = await join("paris", "Claire");
    const kyiv = await join("kyiv", "Olena");
    const berlin = await join("berlin", "Jonas");
    const watcher = await join(null, "Sam");
    const fac = await h.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    const facTyping = collect(fac, "typing");
    await eventually(() => expect(berlin.room.state.seats.get("kyiv")?.connected).toBe(1));

    paris.room.send("typing", { channel: "bilateral", to: "kyiv" });
    await eventually(() => expect(kyiv.typing).toHaveLength(1));
    expect(kyiv.typing[0]).toEqual({ seat: "paris", channel: "bilateral:kyiv:paris", ttlMs: expect.any(Number) });

    // Kyiv answers at the whole table. Berlin's socket delivers in order: had Paris's bilateral
    // notice reached Berlin, it would have arrived before this one.
    kyiv.room.send("typing", { channel: "table" });
    await eventually(() => expect(berlin.typing).toHaveLength(1));
    await eventually(() => expect(paris.typing).toHaveLength(1));
    await eventually(() => expect(watcher.typing).toHaveLength(1));
    await eventually(() => expect(facTyping).toHaveLength(1));
    expect(berlin.typing).toEqual([{ seat: "kyiv", channel: "table", ttlMs: expect.any(Number) }]);
    expect(watcher.typing.map((n) => n.channel)).toEqual(["table"]);
    // This session does not let the facilitator read private channels: the bilateral notice stayed private.
    expect(facTyping.map((n) => n.channel)).toEqual(["table"]);
    // The sender does not hear itself.
    expect(kyiv.typing.map((n) => n.seat)).toEqual(["paris"]);

    // Transient: no chat message stored, nothing in the state.
    expect(await h.store.readChat(tableId)).toEqual([]);
    expect(JSON.stringify(berlin.room.state.toJSON())).not.toContain("typing");
    for (const r of [paris.room, kyiv.room, berlin.room, watcher.room, fac]) await r.leave();
  });

  it("refuses a malformed notice, drops a flood and ignores those who may not speak there", async () => {
    const session = await h.post("/api/sessions", { tables: 1 });
    const { code, tableId } = session.body.tables[0];
    const paris = await h.post("/api/join", { code, name: "Claire", seat: "paris" });
    const kyiv = await h.post("/api/join", { code, name: "Olena", seat: "kyiv" });
    const watcher = await h.post("/api/join", { code, name: "Sam", seat: null });
    const p = await h.client().joinById(tableId, { seatToken: paris.body.seatToken });
    const k = await h.client().joinById(tableId, { seatToken: kyiv.body.seatToken });
    const o = await h.client().joinById(tableId, { seatToken: watcher.body.seatToken });
    const pErrors = collect(p, "error");
    const kTyping = collect(k, "typing");
    await eventually(() => expect(p.state.seats.get("kyiv")?.connected).toBe(1));

    p.send("typing", { channel: "table", text: "a typing notice carries no text" });
    p.send("typing", "table");
    await eventually(() => expect(pErrors.map((e) => e.code)).toEqual(["typing/invalid", "typing/invalid"]));

    // An observer does not speak at the table, and nobody talks bilaterally with themself or a stranger.
    o.send("typing", { channel: "table" });
    p.send("typing", { channel: "bilateral", to: "paris" });
    p.send("typing", { channel: "bilateral", to: "nowhere" });
    // Ten notices at once: one goes through, the rest come too soon.
    for (let i = 0; i < 10; i++) p.send("typing", { channel: "table" });
    await eventually(() => expect(kTyping.length).toBeGreaterThan(0));
    await new Promise((r) => setTimeout(r, 300));
    expect(kTyping).toEqual([{ seat: "paris", channel: "table", ttlMs: expect.any(Number) }]);
    expect(pErrors).toHaveLength(2);
    for (const r of [p, k, o]) await r.leave();
  });
});
