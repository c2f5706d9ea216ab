// Moscow at a live table: the engine's draw from the model's odds ("bot"), or the sharp bot acting
// for the red cell ("sharp") — seen in the event log as Moscow's own action.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";
import { untilMoscowMoved } from "./moscow-move.ts";

describe("Moscow played by a bot", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ BOT_THINK_MS: "0,0" });
  });
  afterAll(async () => {
    await h.stop();
  });

  /** Runs a bot-only table to the stress test's first Moscow step and returns how Moscow's move was made. */
  async function firstMoscowMove(moscow: "bot" | "sharp") {
    const session = await h.post("/api/sessions", {
      tables: 1,
      moscow,
      timings: { briefingSeconds: 0, years: 1, moscowSeconds: 600 },
    });
    expect(session.status).toBe(201);
    const { tableId } = session.body.tables[0];
    const fac = await h.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    fac.onMessage("error", () => {});
    fac.send("action", { type: "table/start" });
    // The facilitator moves the table on up to Moscow's step (skipping that step would have the
    // engine draw for Moscow), then waits for Moscow's move.
    await untilMoscowMoved(fac);
    const log = await h.store.readLog(tableId);
    await fac.leave();
    return {
      byMoscow: log.filter((e: any) => e.action.type === "stress/moscow-act" && e.action.actor?.seat === "moscow"),
    };
  }

  it("as the sharp bot: the red cell's move is its own action in the log", async () => {
    const { byMoscow } = await firstMoscowMove("sharp");
    expect(byMoscow).toHaveLength(1);
  }, 40_000);

  it("as the model's draw: the engine moves for Moscow and no Moscow action is logged", async () => {
    const { byMoscow } = await firstMoscowMove("bot");
    expect(byMoscow).toHaveLength(0);
  }, 40_000);

  it("refuses an unknown Moscow setting with a typed error", async () => {
    const res = await h.post("/api/sessions", { tables: 1, moscow: "clever" });
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("request/invalid");
  });
});
