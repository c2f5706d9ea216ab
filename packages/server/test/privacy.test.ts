// Nothing leaks: for every seat, the red cell, an observer and the facilitator, neither the decoded
// state nor the raw bytes received over the socket contain another seat's private brief (nor the red cell's).
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

// Record every byte each socket receives. The SDK picks its WebSocket class when it loads,
// so the recorder must be installed before the harness (and the SDK) are imported.
const received = new Map<WebSocket, Uint8Array[]>();
const NativeWebSocket = globalThis.WebSocket;
class RecordingWebSocket extends NativeWebSocket {
  constructor(url: string | URL, protocols?: string | string[]) {
    super(url, protocols);
    const chunks: Uint8Array[] = [];
    received.set(this, chunks);
    this.addEventListener("message", (e: MessageEvent) => {
      chunks.push(
        typeof e.data === "string" ? new TextEncoder().encode(e.data) : new Uint8Array(e.data as ArrayBuffer),
      );
    });
  }
}
globalThis.WebSocket = RecordingWebSocket as typeof WebSocket;
const { startHarness } = await import("./harness.ts");

import { eventually } from "./eventually.ts";

type Harness = Awaited<ReturnType<typeof startHarness>>;

const scenario = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json"), "utf8"),
);
const SEATS = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"];
/** Every seat with a brief of its own at the table: the negotiating seats and the red cell. */
const BRIEFED = [...SEATS, "moscow"];

/** The seat under domestic pressure at the table being checked, if its seed drew one (docs/model.md §7). */
let pressure: { seat: string; points: number } | undefined;

function briefOf(seat: string) {
  const def = scenario.seats.find((s: any) => s.id === seat);
  // The table's own brief: under domestic pressure, its no-deal value is raised.
  if (def.brief && pressure?.seat === seat)
    return { ...def.brief, noDealValue: def.brief.noDealValue + pressure.points };
  return def.brief ?? def.redCellBrief;
}

/** Strings of a seat's brief that no other seat's brief contains (two seats may share a no-deal value). */
function secretsOf(seat: string): string[] {
  const brief = briefOf(seat);
  const candidates = [
    brief.objectives.en.slice(0, 60),
    JSON.stringify(brief.pointTable),
    brief.redLines
      ? `"noDealValue":${brief.noDealValue},"redLines":${JSON.stringify(brief.redLines)}`
      : JSON.stringify(brief.yearPoints),
  ];
  const others = BRIEFED.filter((s) => s !== seat).map((s) => JSON.stringify(briefOf(s)));
  const unique = candidates.filter((c) => !others.some((o) => o.includes(c)));
  expect(unique.length, `${seat} has private text of its own`).toBeGreaterThanOrEqual(2);
  return unique;
}

function bytesText(ws: WebSocket | undefined): string {
  const chunks = ws ? (received.get(ws) ?? []) : [];
  return Buffer.concat(chunks.map((c) => Buffer.from(c))).toString("utf8");
}

describe("private briefs stay private", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    globalThis.WebSocket = NativeWebSocket;
    await h.stop();
  });

  it("holds for the decoded state and the raw bytes of every seat, an observer, a watcher and the facilitator", async () => {
    const session = await h.post("/api/sessions", { tables: 1, moscow: "human", timings: { briefingSeconds: 0 } });
    const { code, tableId } = session.body.tables[0];
    const sheets = await h.get(`/api/sessions/${session.body.sessionId}/briefs`, {
      authorization: `Bearer ${session.body.facilitatorKey}`,
    });
    pressure = sheets.body.pressure.find((p: { tableId: string }) => p.tableId === tableId);
    const rooms: Record<string, any> = {};
    for (const seat of BRIEFED) {
      const person = await h.post("/api/join", { code, name: `Person of ${seat}`, seat });
      rooms[seat] = await h.client().joinById(tableId, { seatToken: person.body.seatToken });
    }
    const watcher = await h.post("/api/join", { code, name: "Watcher", seat: null });
    rooms.observer = await h.client().joinById(tableId, { seatToken: watcher.body.seatToken });
    rooms.facilitator = await h.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    // A watcher by the table's watch link (#21, item 2), as anyone with the link.
    const described = await h.get(`/api/sessions/${session.body.sessionId}`, {
      authorization: `Bearer ${session.body.facilitatorKey}`,
    });
    const [, , watchTable, watchKey] = new URL(described.body.tables[0].watchUrl).pathname.split("/");
    expect((await h.post("/api/watch", { tableId: watchTable, key: watchKey })).status).toBe(200);
    rooms.watcher = await h.client().joinById(tableId, { watchKey });
    const watchers = ["observer", "watcher"];

    // Play a little so that patches, not only the first full state, cross the wire.
    rooms.facilitator.send("action", { type: "table/start" });
    await eventually(() => expect(rooms.kyiv.state.phase).toBe("negotiation"), { timeout: 5_000 });
    rooms.kyiv.send("action", { type: "draft/amend", issue: "legal-form", option: "treaty" });
    rooms.berlin.send("action", { type: "draft/amend", issue: "force", option: scenario.issues[1].options[0].id });
    await eventually(() => expect(rooms.observer.state.amendments.length).toBe(2));
    await eventually(() => expect(rooms.facilitator.state.seq).toBe(rooms.kyiv.state.seq));
    // Private talk: a bilateral and a delegation message that only their seats may read; and one at the table.
    const bilateral = "Bilateral secret: Berlin moves on force if Kyiv backs the treaty.";
    const delegation = "Delegation secret: Warsaw's fallback is the hybrid clause.";
    const open = "Open words at the table for everyone.";
    rooms.kyiv.send("chat", { channel: "bilateral", to: "berlin", text: bilateral });
    rooms.warsaw.send("chat", { channel: "delegation", text: delegation });
    rooms.paris.send("chat", { channel: "table", text: open });
    await eventually(() => expect(bytesText(rooms.watcher.connection.transport.ws)).toContain(open));
    await eventually(() => expect(bytesText(rooms.berlin.connection.transport.ws)).toContain(bilateral));
    await eventually(() => expect(bytesText(rooms.warsaw.connection.transport.ws)).toContain(delegation));
    for (const who of watchers) {
      const raw = bytesText(rooms[who].connection.transport.ws);
      expect(raw, `${who} reads the table's talk`).toContain(open);
      expect(raw, `${who} never reads a bilateral`).not.toContain(bilateral);
      expect(raw, `${who} never reads a delegation`).not.toContain(delegation);
    }
    // The watch link opens watching only: it never hands out the code that seats people.
    expect(bytesText(rooms.watcher.connection.transport.ws)).not.toContain(code);

    for (const [who, room] of Object.entries(rooms)) {
      const ws = room.connection.transport.ws as WebSocket;
      const raw = bytesText(ws);
      expect(raw.length, `${who} received bytes`).toBeGreaterThan(1000);
      // The private parts are JSON inside schema strings: read them as sent, not re-escaped.
      const parts = [...(room.state.privates?.values() ?? [])]
        .map((p: any) => `${[...p.briefs].join("")}\n${[...p.parts.values()].join("\n")}`)
        .join("\n");
      const decoded = `${JSON.stringify(room.state.toJSON())}\n${[...room.state.publicParts.values()].join("\n")}\n${parts}`;
      for (const seat of BRIEFED) {
        const entitled = who === seat || who === "facilitator";
        for (const secret of secretsOf(seat)) {
          // The briefs travel in pieces (table-schema.ts), so a secret an entitled viewer holds may
          // straddle two of them on the wire: its decoded state shows it whole.
          if (!entitled) expect(raw.includes(secret), `${who}'s raw bytes lack ${seat}'s brief`).toBe(false);
          expect(decoded.includes(secret), `${who}'s state ${entitled ? "contains" : "lacks"} ${seat}'s brief`).toBe(
            entitled,
          );
        }
      }
      await room.leave();
    }
  });

  // Issue 17, item 15: the printed role sheets read the briefs over HTTP, with the facilitator's key only.
  it("gives the role sheets' briefs only with the session's own facilitator key, and never in the handout", async () => {
    // A role sheet is the scenario's brief (a table's pressure is listed apart): not the last table's.
    pressure = undefined;
    const session = await h.post("/api/sessions", { tables: 2, moscow: "human" });
    const other = await h.post("/api/sessions", { tables: 1 });
    const path = `/api/sessions/${session.body.sessionId}/briefs`;
    const refusals = [
      await h.get(path),
      await h.get(path, { authorization: "Bearer wrong-key" }),
      await h.get(path, { authorization: `Bearer ${other.body.facilitatorKey}` }),
      await h.get(`${path}?key=${session.body.facilitatorKey}`),
    ];
    for (const r of refusals) {
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ code: "session/unauthorised", message: expect.any(String) });
    }

    const sheets = await h.get(path, { authorization: `Bearer ${session.body.facilitatorKey}` });
    expect(sheets.status).toBe(200);
    expect(sheets.body.seats.map((s: { seat: string }) => s.seat)).toEqual(SEATS);
    for (const { seat, brief } of sheets.body.seats) expect(brief).toEqual(briefOf(seat));
    // People play the red cell here: its sheet comes too; a bot's needs none.
    expect(sheets.body.redCell).toEqual({ seat: "moscow", brief: briefOf("moscow") });
    const botRed = await h.get(`/api/sessions/${other.body.sessionId}/briefs`, {
      authorization: `Bearer ${other.body.facilitatorKey}`,
    });
    expect(botRed.body.redCell).toBeNull();

    // The handout (the creation's answer, kept by the browser), the session and the public scenario hold no brief.
    const publicTexts = [
      JSON.stringify(session.body),
      JSON.stringify(
        (
          await h.get(`/api/sessions/${session.body.sessionId}`, {
            authorization: `Bearer ${session.body.facilitatorKey}`,
          })
        ).body,
      ),
      JSON.stringify((await h.get("/api/scenarios/guarantees-2025")).body),
      JSON.stringify((await h.get("/api/scenarios")).body),
    ];
    for (const text of publicTexts)
      for (const seat of BRIEFED) for (const secret of secretsOf(seat)) expect(text.includes(secret), seat).toBe(false);
  });
});
