// Bots answer what people write to them: a question on the table channel that names a bot seat,
// and a private message, each get an answer from that seat that speaks to what was asked, in the
// language it was asked in (English, Ukrainian, French, German or Polish); a message that names no
// bot gets no answer on the table channel.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

describe("bots that talk back", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ BOT_THINK_MS: "0,0" });
  });
  afterAll(async () => {
    await h.stop();
  });

  /** A started table with Kyiv played by a person, every chat line Kyiv receives, and the facilitator's room. */
  async function kyivInTalks() {
    const session = await h.post("/api/sessions", {
      tables: 1,
      timings: { briefingSeconds: 0, rounds: 1, roundSeconds: 600 },
    });
    const { code, tableId } = session.body.tables[0];
    const kyiv = await h.post("/api/join", { code, name: "Olena", seat: "kyiv" });
    const room = await h.client().joinById(tableId, { seatToken: kyiv.body.seatToken });
    const live: any[] = [];
    room.onMessage("chat", (m) => live.push(m));
    const fac = await h.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    fac.send("action", { type: "table/start" });
    await eventually(() => expect(room.state.phase).toBe("negotiation"), { timeout: 20_000 });
    return { room, fac, live };
  }

  it("answers a question on the table and a private message, naming the issue asked about", async () => {
    const { room, fac, live } = await kyivInTalks();

    const replies = (seat: string, after: number) =>
      live.filter((m) => m.fromSeat === seat && m.seq > after && !m.speech && /\(bot\)$/.test(m.fromName));
    const lastSeq = () => live.reduce((n, m) => Math.max(n, m.seq), 0);

    // On the table channel, naming Berlin.
    let before = lastSeq();
    room.send("chat", { channel: "table", text: "Berlin, what about the European force?" });
    await eventually(() => expect(replies("berlin", before).length).toBeGreaterThan(0), { timeout: 20_000 });
    const answer = replies("berlin", before)[0];
    expect(answer.channel).toBe("table");
    expect(answer.text).toMatch(/force/i);

    // In private, in Ukrainian: Warsaw answers in Ukrainian, on the bilateral channel only.
    before = lastSeq();
    room.send("chat", { channel: "bilateral", to: "warsaw", text: "Варшаво, що ви думаєте про санкції?" });
    await eventually(() => expect(replies("warsaw", before).length).toBeGreaterThan(0), { timeout: 20_000 });
    const privately = replies("warsaw", before)[0];
    expect(privately.channel).not.toBe("table");
    expect(privately.text).toMatch(/[а-яієїґ]/i);
    expect(privately.text).toMatch(/санкц/i);

    // Something no bot follows still gets an honest answer that says what it can discuss.
    before = lastSeq();
    room.send("chat", { channel: "bilateral", to: "london", text: "Lovely weather in Geneva today." });
    await eventually(() => expect(replies("london", before).length).toBeGreaterThan(0), { timeout: 20_000 });

    await Promise.all([room.leave(), fac.leave()]);
  }, 90_000);

  it("answers in French, German and Polish, naming the issue in that language's quotes", async () => {
    const { room, fac, live } = await kyivInTalks();

    const asks: [string, string, RegExp][] = [
      ["paris", "Paris, que pensez-vous des sanctions ?", /«\u00a0Sanctions\u00a0»/],
      ["berlin", "Berlin, was halten Sie von den Sanktionen?", /„Sanktionen“/],
      ["warsaw", "Warszawo, co sądzicie o sankcjach?", /„Sankcje”/],
    ];
    for (const [seat, text, issue] of asks) {
      const before = live.reduce((n, m) => Math.max(n, m.seq), 0);
      room.send("chat", { channel: "bilateral", to: seat, text });
      const replies = () => live.filter((m) => m.fromSeat === seat && m.seq > before && !m.speech);
      await eventually(() => expect(replies().length, text).toBeGreaterThan(0), { timeout: 20_000 });
      expect(replies()[0].text, text).toMatch(issue);
    }

    await Promise.all([room.leave(), fac.leave()]);
  }, 90_000);
});
