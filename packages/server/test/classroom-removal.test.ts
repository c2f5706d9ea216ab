// The facilitator's classroom day (issue 17, item 7): a removed student stays out of the session
// (by this browser's device id or by name) until the facilitator readmits them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

describe("a student removed from a session", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("cannot rejoin until the facilitator readmits them, is told why, and the readmission is listed", async () => {
    const session = (await h.post("/api/sessions", { tables: 2 })).body;
    const auth = { authorization: `Bearer ${session.facilitatorKey}` };
    const [t1, t2] = session.tables;
    const device = "dev_0123456789abcdef";
    const joined = await h.post("/api/join", { code: t1.code, name: "Taras", seat: "kyiv", device });
    expect(joined.status).toBe(201);
    const room = await h.client().joinById(t1.tableId, { seatToken: joined.body.seatToken });
    const removed: any[] = [];
    room.onMessage("removed", (m) => removed.push(m));
    await eventually(() => expect(room.state.seats.get("kyiv")?.controller).toBe("human"));
    const personId = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body.tables[0].people[0].personId;

    const kicked = await fetch(`${h.base}/api/sessions/${session.sessionId}/people/${personId}`, {
      method: "DELETE",
      headers: auth,
    });
    expect(kicked.status).toBe(200);
    await eventually(() => expect(removed).toHaveLength(1));

    // Three seconds later, the same seat: by table code, by session code, under another name, on another device.
    for (const body of [
      { code: t1.code, name: "Taras", seat: "kyiv", device },
      { code: session.sessionCode, name: "Taras", device },
      { code: t2.code, name: "Someone else", device },
      { code: t1.code, name: " taras ", seat: "kyiv" },
    ]) {
      const again = await h.post("/api/join", body);
      expect(again.status, JSON.stringify(body)).toBe(403);
      expect(again.body.code).toBe("person/removed");
    }
    // Another student is not held up.
    expect((await h.post("/api/join", { code: t1.code, name: "Olena", device: "dev_fedcba9876543210" })).status).toBe(
      201,
    );

    const described = (await h.get(`/api/sessions/${session.sessionId}`, auth)).body;
    expect(described.removed).toEqual([
      expect.objectContaining({ personId, name: "Taras", tableId: t1.tableId, seat: "kyiv" }),
    ]);

    const readmit = await h.post(`/api/sessions/${session.sessionId}/people/${personId}/readmit`, {}, auth);
    expect(readmit.status).toBe(200);
    expect(readmit.body).toEqual({ personId, readmitted: true });
    expect((await h.get(`/api/sessions/${session.sessionId}`, auth)).body.removed).toEqual([]);
    const back = await h.post("/api/join", { code: t1.code, name: "Taras", seat: "kyiv", device });
    expect(back.status).toBe(201);
    const twice = await h.post(`/api/sessions/${session.sessionId}/people/${personId}/readmit`, {}, auth);
    expect(twice.status).toBe(404);
    expect(twice.body.code).toBe("person/not_removed");
  });
});
