// The second bundled scenario, "After the Paris Declaration (January 2026)" (#20, part 2): the
// server offers it beside the default one (which stays first, so a page that names no scenario
// keeps the default), a facilitator's session and a quick game can choose it, and its bots play.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

const PARIS = "paris-declaration-2026";

describe("the scenario after the Paris Declaration", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("is listed after the default scenario, with its title in both languages and the same seats", async () => {
    const list = (await h.get("/api/scenarios")).body as any[];
    expect(list.map((s) => s.id).slice(0, 2)).toEqual(["guarantees-2025", PARIS]);
    const paris = list.find((s) => s.id === PARIS);
    expect(paris.title.en).toContain("Paris Declaration");
    expect(paris.title.uk).toContain("Паризької декларації");
    expect(paris.seats.map((s: any) => s.id)).toEqual(list[0].seats.map((s: any) => s.id));
    const one = await h.get(`/api/scenarios/${PARIS}`);
    expect(one.status).toBe(200);
    expect(one.body.seats.every((s: any) => s.brief === undefined)).toBe(true);
  });

  it("can be chosen for a facilitator's session", async () => {
    const session = await h.post("/api/sessions", { scenario: PARIS, tables: 1 });
    expect(session.status).toBe(201);
    const kyiv = await h.post("/api/join", { code: session.body.tables[0].code, name: "Olena", seat: "kyiv" });
    const room = await h.client().joinById(kyiv.body.tableId, { seatToken: kyiv.body.seatToken });
    await eventually(() => expect(room.state.scenarioId).toBe(PARIS));
    await room.leave();
  });

  it("can be chosen for a quick game, whose bots take the table and write the draft", async () => {
    const res = await h.post("/api/quick", {
      seat: "kyiv",
      name: "Olena",
      scenario: PARIS,
      timings: { briefingSeconds: 0, rounds: 1, roundSeconds: 60, years: 1 },
    });
    expect(res.status).toBe(201);
    const room = await h.client().joinById(res.body.tableId, { seatToken: res.body.seatToken });
    await eventually(() => expect(room.state.scenarioId).toBe(PARIS));
    await eventually(() => expect(room.state.phase).toBe("negotiation"));
    // Paris holds the pen and writes its text into the blank draft.
    await eventually(() => expect(room.state.draft.get("us-role")).toBeTruthy(), { timeout: 15_000 });
    await room.leave();
  });
});
