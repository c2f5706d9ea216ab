// Names wherever there are grades (issue 17, item 10): the scores, the actions and the reports
// carry the people behind each seat, across a move, with a human/bot column; the red cell has its
// own score and row, with the person who played it; the class ranking can leave bot seats out.
// Against the real server and its SQLite store.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

/** RFC 4180 rows (quoted cells, doubled quotes, CRLF), as a spreadsheet reads the export. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell.replace(/\r$/, ""));
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  return rows;
}

describe("names wherever there are grades", () => {
  let h: Harness;
  let session: any;
  let auth: Record<string, string>;
  let t1: { tableId: string; code: string };
  let t2: { tableId: string; code: string };
  beforeAll(async () => {
    h = await startHarness({ BOT_THINK_MS: "50,150" });
    session = (await h.post("/api/sessions", { tables: 2, moscow: "human", timings: { briefingSeconds: 600 } })).body;
    auth = { authorization: `Bearer ${session.facilitatorKey}` };
    [t1, t2] = session.tables;
    for (const [table, name, seat] of [
      [t1, "Olena", "kyiv"],
      [t1, "Taras", "paris"],
      [t1, "Vera", "moscow"],
      [t2, "Mykola", "kyiv"],
    ] as const) {
      const joined = await h.post("/api/join", { code: table.code, name, seat });
      expect(joined.status).toBe(201);
      if (name === "Olena") olenaToken = joined.body.seatToken;
    }
    const start = await h.post(`/api/sessions/${session.sessionId}/actions`, { action: { type: "table/start" } }, auth);
    expect(start.body.results.map((r: any) => r.ok)).toEqual([true, true]);
    // Olena acts herself: her action is hers in the actions export.
    const room = await h.client().joinById(t1.tableId, { seatToken: olenaToken });
    room.send("action", { type: "position/set", issue: "pledge", option: "assist", stance: "needs" });
    await eventually(async () => {
      const log = await h.store.readLog(t1.tableId);
      expect(log.some((e: any) => e.action.type === "position/set" && e.action.actor.seat === "kyiv")).toBe(true);
    });
    await room.leave();
    // The first table moves on to the talks, where its bots act.
    await h.post(
      `/api/sessions/${session.sessionId}/actions`,
      { action: { type: "facilitator/skip" }, tables: [t1.tableId] },
      auth,
    );
    await eventually(
      async () => {
        const log = await h.store.readLog(t1.tableId);
        expect(log.some((e: any) => e.action.actor.kind === "seat" && e.action.actor.seat === "washington")).toBe(true);
      },
      { timeout: 20_000, interval: 200 },
    );
    // Taras moves to the second table's Washington: both tables keep his name on what he played.
    const people = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body.tables[0].people;
    const taras = people.find((p: any) => p.name === "Taras");
    const moved = await h.post(
      `/api/sessions/${session.sessionId}/people/${taras.personId}/move`,
      { tableId: t2.tableId, seat: "washington" },
      auth,
    );
    expect(moved.status).toBe(200);
    expect((await h.post(`/api/sessions/${session.sessionId}/end`, {}, auth)).status).toBe(200);
    await eventually(
      async () => {
        for (const t of [t1, t2]) {
          const r = await h.get(`/api/sessions/${session.sessionId}/tables/${t.tableId}/report.json`, auth);
          expect(r.body.phase).toBe("debrief");
        }
      },
      { timeout: 15_000, interval: 200 },
    );
  });
  let olenaToken = "";
  afterAll(async () => {
    await h?.stop();
  });

  const csv = async (kind: string) => {
    const res = await fetch(`${h.base}/api/sessions/${session.sessionId}/export/${kind}.csv`, { headers: auth });
    const [header = [], ...rows] = parseCsv(await res.text());
    return rows.map((r) => Object.fromEntries(header.map((k, i) => [k, r[i]])));
  };

  it("puts the people and a human/bot column on every score", async () => {
    const rows = await csv("scores");
    const row = (code: string, seat: string) => rows.find((r) => r.table === code && r.seat === seat);
    expect(row(t1.code, "kyiv")).toMatchObject({ people: "Olena", "human/bot": "human" });
    // Taras played Paris at the first table before he moved, and Washington at the second.
    expect(row(t1.code, "paris")).toMatchObject({ people: "Taras", "human/bot": "human" });
    expect(row(t2.code, "washington")).toMatchObject({ people: "Taras", "human/bot": "human" });
    expect(row(t2.code, "kyiv")).toMatchObject({ people: "Mykola", "human/bot": "human" });
    expect(row(t1.code, "washington")).toMatchObject({ people: "", "human/bot": "bot" });
    // The red cell's row: Vera played Moscow at the first table; the second's was left to its bot.
    // Ended in the talks, Moscow scores its no-deal value (45: the guarantee was never made).
    expect(row(t1.code, "moscow")).toMatchObject({
      people: "Vera",
      "human/bot": "human",
      concluded: "false",
      "deal points": "45",
      "stress-test points": "0",
      total: "45",
      "no-deal value": "45",
    });
    expect(row(t2.code, "moscow")).toMatchObject({ people: "", "human/bot": "bot" });
    expect(rows.every((r) => r["human/bot"] === "human" || r["human/bot"] === "bot")).toBe(true);
  });

  it("names who acted on every action", async () => {
    const rows = await csv("actions");
    const hers = rows.find((r) => r.table === t1.code && r.action === "position/set" && r.actor === "kyiv");
    expect(hers).toMatchObject({ people: "Olena", "human/bot": "human" });
    const bot = rows.find((r) => r.table === t1.code && r.actor === "washington");
    expect(bot).toMatchObject({ people: "", "human/bot": "bot" });
    const facilitator = rows.find((r) => r.actor === "facilitator");
    expect(facilitator).toMatchObject({ people: "", "human/bot": "" });
  });

  it("carries the people in the session report, and leaves bot seats out of the ranking on request", async () => {
    const all = (await h.get(`/api/sessions/${session.sessionId}/report.json`, auth)).body;
    const first = all.tables.find((t: any) => t.tableId === t1.tableId);
    expect(first.scores.find((s: any) => s.seat === "kyiv")).toMatchObject({ people: ["Olena"], human: true });
    expect(first.scores.find((s: any) => s.seat === "berlin")).toMatchObject({ people: [], human: false });
    expect(first.scores.find((s: any) => s.seat === "moscow")).toMatchObject({
      people: ["Vera"],
      human: true,
      total: 45,
      redCell: { yearPoints: 0, years: [] },
    });
    // Six negotiating seats and the red cell at each table.
    expect(all.duplicate).toHaveLength(2 * 7);
    expect(all.duplicate.find((d: any) => d.tableId === t2.tableId && d.seat === "washington")).toMatchObject({
      people: ["Taras"],
      human: true,
    });
    const humans = (await h.get(`/api/sessions/${session.sessionId}/report.json?bots=leave-out`, auth)).body;
    expect(humans.duplicate.map((d: any) => `${d.tableId === t1.tableId ? 1 : 2}:${d.seat}`).sort()).toEqual([
      "1:kyiv",
      "1:moscow",
      "1:paris",
      "2:kyiv",
      "2:washington",
    ]);
    // The two Kyivs are ranked against each other only.
    expect(humans.duplicate.find((d: any) => d.seat === "kyiv").of).toBe(2);
    const bad = await h.get(`/api/sessions/${session.sessionId}/report.json?bots=maybe`, auth);
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("request/invalid");
  });

  it("carries the people in a table's report and the seat history in the JSON export", async () => {
    const report = (await h.get(`/api/sessions/${session.sessionId}/tables/${t1.tableId}/report.json`, auth)).body;
    expect(report.people.kyiv).toEqual({ names: ["Olena"], human: true });
    expect(report.people.paris).toEqual({ names: ["Taras"], human: true });
    expect(report.people.london).toEqual({ names: [], human: false });
    expect(report.people.moscow).toEqual({ names: ["Vera"], human: true });
    expect(report.scores.find((s: any) => s.seat === "moscow")).toMatchObject({ total: 45, noDealValue: 45 });
    const exp = (await h.get(`/api/sessions/${session.sessionId}/export.json`, auth)).body;
    const seatings = (id: string) => exp.tables.find((t: any) => t.tableId === id).seatings;
    expect(seatings(t1.tableId)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ seat: "kyiv", name: "Olena", until: null }),
        expect.objectContaining({ seat: "paris", name: "Taras", until: expect.any(Number) }),
      ]),
    );
    expect(seatings(t2.tableId)).toEqual(
      expect.arrayContaining([expect.objectContaining({ seat: "washington", name: "Taras", until: null })]),
    );
  });
});
