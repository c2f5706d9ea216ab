// The facilitator's classroom day (issue 17, items 1–3): tables numbered once, students moved
// across tables without being stranded, and a human red cell seated from the handout.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";

describe("tables numbered once, in the order they were created", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("gives the same number to a table in the creation answer, the session and the console", async () => {
    // Five tables: their random ids sort in creation order only once in 120 sessions.
    const session = (await h.post("/api/sessions", { tables: 5 })).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const created = session.tables.map((t: any) => [t.tableId, t.number]);
    expect(created.map(([, n]: [string, number]) => n)).toEqual([1, 2, 3, 4, 5]);
    const described = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body;
    expect(described.tables.map((t: any) => [t.tableId, t.number])).toEqual(created);
    const consoleView = (await h.get(`/api/sessions/${session.sessionId}/console`, auth)).body;
    expect(consoleView.tables.map((t: any) => [t.tableId, t.number])).toEqual(created);
    // A fork takes the next number.
    const fork = await h.post(
      `/api/sessions/${session.sessionId}/tables/${session.tables[0].tableId}/fork`,
      { step: 0 },
      auth,
    );
    expect(fork.status).toBe(201);
    expect(fork.body.number).toBe(6);
    const after = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body;
    expect(after.tables.map((t: any) => t.number)).toEqual([1, 2, 3, 4, 5, 6]);
  });
});
