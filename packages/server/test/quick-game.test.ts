// POST /api/quick: one person, bots in every other seat, the table starting as they arrive.
import { joinDocument } from "@ironclad/engine/protocol";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

describe("a quick game", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("seats the person, fills the other seats with bots and starts when they arrive", async () => {
    const res = await h.post("/api/quick", { seat: "kyiv", name: "Olena" });
    expect(res.status).toBe(201);
    expect(res.body.seat).toBe("kyiv");
    const room = await h.client().joinById(res.body.tableId, { seatToken: res.body.seatToken });
    await eventually(() => expect(room.state.phase).not.toBe("lobby"));
    await eventually(() => expect(room.state.seats?.get("kyiv")?.people.length).toBe(1));
    const seats = [...room.state.seats.values()] as any[];
    expect(seats.find((s) => s.id === "kyiv")?.controller).toBe("human");
    expect(seats.filter((s) => !s.redCell && s.id !== "kyiv").every((s) => s.controller === "bot")).toBe(true);
    // A quick game's own clock: three short rounds, not the scenario's classroom clock.
    const timings = (joinDocument(room.state.publicParts) as any).timings;
    expect(timings).toMatchObject({ briefingSeconds: 90, rounds: 3, roundSeconds: 180, voteSeconds: 60 });
    await room.leave();
  });

  it("takes a shorter clock when asked, within the session limits", async () => {
    const res = await h.post("/api/quick", {
      seat: "washington",
      name: "Sam",
      timings: { briefingSeconds: 0, rounds: 1, roundSeconds: 30, years: 1 },
    });
    expect(res.status).toBe(201);
    const room = await h.client().joinById(res.body.tableId, { seatToken: res.body.seatToken });
    await eventually(() => expect(room.state.phase).toBe("negotiation"));
    const timings = (joinDocument(room.state.publicParts) as any).timings;
    expect(timings).toMatchObject({ rounds: 1, roundSeconds: 30, years: 1 });
    await room.leave();
  });

  it("refuses Moscow's seat, an unknown seat and a clock outside the limits, with typed errors", async () => {
    expect((await h.post("/api/quick", { seat: "moscow", name: "Ivan" })).body.code).toBe("seat/unknown");
    expect((await h.post("/api/quick", { seat: "atlantis", name: "Ivan" })).body.code).toBe("seat/unknown");
    const tooFast = await h.post("/api/quick", { seat: "kyiv", name: "Olena", timings: { roundSeconds: 5 } });
    expect(tooFast.status).toBe(400);
    // The timings' own code (#17, item 14), naming the setting.
    expect(tooFast.body.code).toBe("session/bad_timings");
    expect(tooFast.body.message).toContain("timings.roundSeconds");
  });
});
