// A bot's chat line reaches the table with its structured form beside its English text, and keeps
// it in the stored history; a person cannot send one.
import { renderTalk, talkSpeechSchema } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

describe("bot talk at a table", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ BOT_THINK_MS: "0,0" });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("carries the line's structured form, which renders to its text, live, in the history and in the store", async () => {
    const session = await h.post("/api/sessions", {
      tables: 1,
      timings: { briefingSeconds: 0, rounds: 1, roundSeconds: 60 },
    });
    const { code, tableId } = session.body.tables[0];
    const kyiv = await h.post("/api/join", { code, name: "Olena", seat: "kyiv" });
    const room = await h.client().joinById(tableId, { seatToken: kyiv.body.seatToken });
    const live: any[] = [];
    const errors: any[] = [];
    room.onMessage("chat", (m) => live.push(m));
    room.onMessage("error", (e) => errors.push(e));
    const fac = await h.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    fac.send("action", { type: "table/start" });

    await eventually(() => expect(live.filter((m) => m.speech).length).toBeGreaterThan(0), { timeout: 30_000 });
    const scenario = defaultScenario();
    const line = live.find((m) => m.speech);
    expect(line.fromName).toMatch(/\(bot\)$/);
    const speech = talkSpeechSchema.parse(line.speech);
    expect(speech.slots.seat).toBe(line.fromSeat);
    expect(renderTalk(scenario, speech, "en")).toBe(line.text);
    expect(renderTalk(scenario, speech, "uk")).toMatch(/[а-яієїґ]/i);

    // A person's message has no structured form, and a person cannot send one.
    room.send("chat", { channel: "table", text: "Kyiv is listening." });
    room.send("chat", { channel: "table", text: "Kyiv signs.", speech });
    await eventually(() => expect(live.some((m) => m.text === "Kyiv is listening.")).toBe(true));
    await eventually(() => expect(errors.map((e) => e.code)).toContain("chat/invalid"));
    expect(live.find((m) => m.text === "Kyiv is listening.")).not.toHaveProperty("speech");
    expect(live.some((m) => m.fromSeat === "kyiv" && m.speech)).toBe(false);

    // Stored with the table, and in the history a late joiner receives.
    const stored = (await h.store.readChat(tableId)).find((m) => m.seq === line.seq);
    expect(stored?.speech).toEqual(line.speech);
    expect(stored?.text).toBe(line.text);
    const observer = await h.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    const history: any[] = [];
    observer.onMessage("chat/history", (m) => history.push(...m));
    await eventually(() => expect(history.some((m) => m.seq === line.seq)).toBe(true));
    expect(history.find((m) => m.seq === line.seq).speech).toEqual(line.speech);

    await Promise.all([room.leave(), fac.leave(), observer.leave()]);
  }, 60_000);

  it("drops the structured form of a line the blocklist masked, so readers see only what was let through", async () => {
    const masked = await startHarness({
      BOT_THINK_MS: "0,0",
      CHAT_BLOCKLIST: "Washington,Paris,London,Berlin,Warsaw,Rome,Helsinki,Kyiv,Brussels",
    });
    try {
      const session = await masked.post("/api/sessions", {
        tables: 1,
        timings: { briefingSeconds: 0, rounds: 1, roundSeconds: 60 },
      });
      const { tableId } = session.body.tables[0];
      const fac = await masked.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
      const live: any[] = [];
      fac.onMessage("chat", (m) => live.push(m));
      fac.send("action", { type: "table/start" });
      await eventually(() => expect(live.filter((m) => m.fromSeat).length).toBeGreaterThan(0), { timeout: 30_000 });
      for (const m of live.filter((x) => x.fromSeat)) {
        expect(m.text).toContain("*");
        expect(m).not.toHaveProperty("speech");
      }
      await fac.leave();
    } finally {
      await masked.stop();
    }
  }, 60_000);
});
