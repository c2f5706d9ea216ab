// The balance check of a facilitator's scenario (#20, part 4): bot games on a worker thread, the
// calibration targets of GAME.md against their bands at the end, and a server that answers every
// other request while the check runs.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";

const raw = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json"), "utf8"),
);

/** GAME.md's calibration targets, as the simulator names them. */
const TARGETS = [
  "agreementRate",
  "maxPackageShare",
  "everySeatBeatsNoDealInHalf",
  "noSeatBeatsNoDealAlways",
  "noDealOffensive",
  "strongOffensive",
  "noOptionDominated",
];

describe("a balance check", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it("runs on a worker thread: the server answers other requests meanwhile, then the targets come with their bands", async () => {
    const started = await h.post("/api/scenarios/balance?games=60", raw);
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ status: "running", games: 60, done: 0, scenarioId: "guarantees-2025" });
    const id = started.body.checkId;

    // While the games are played: health, the scenario list, a new session and a check of a file,
    // each answered promptly (on the main thread the games would hold them for seconds).
    const slowest: number[] = [];
    let sawRunning = false;
    for (let i = 0; i < 5; i++) {
      const t0 = performance.now();
      const answers = await Promise.all([
        h.get("/healthz"),
        h.get("/api/scenarios"),
        h.post("/api/sessions", { tables: 1 }),
        h.get(`/api/scenarios/balance/${id}`),
      ]);
      slowest.push(performance.now() - t0);
      expect(answers.map((a) => a.status)).toEqual([200, 200, 201, 200]);
      if (answers[3]?.body.status === "running") sawRunning = true;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(sawRunning, "the check was still running while the others were answered").toBe(true);
    expect(Math.max(...slowest)).toBeLessThan(1_500);

    let check: any;
    for (let i = 0; i < 240; i++) {
      check = (await h.get(`/api/scenarios/balance/${id}`)).body;
      if (check.status !== "running") break;
      expect(check.done).toBeLessThanOrEqual(60);
      await new Promise((r) => setTimeout(r, 500));
    }
    expect(check.status).toBe("done");
    expect(check.result.games).toBe(60);
    for (const target of TARGETS) {
      const c = check.result.calibration[target];
      expect(c, target).toEqual({
        ok: expect.any(Boolean),
        value: expect.any(Number),
        target: expect.any(String),
        band: expect.any(Object),
      });
      // The band is data the page words, and the verdict is the value kept within it.
      const { atLeast, atMost, below } = c.band;
      expect(
        [atLeast, atMost, below].some((b) => typeof b === "number"),
        target,
      ).toBe(true);
      const within =
        (atLeast === undefined || c.value >= atLeast) &&
        (atMost === undefined || c.value <= atMost) &&
        (below === undefined || c.value < below);
      expect(c.ok, target).toBe(within);
    }
    expect(check.result.calibrated).toBe(Object.values(check.result.calibration).every((c: any) => c.ok));
    expect(Object.keys(check.result.optionShares)).toContain("force");
    expect(check.result.dominatedOptions).toEqual([]);
  }, 180_000);

  it("refuses a file with problems before any game, and an unknown check with a typed 404", async () => {
    const broken = structuredClone(raw);
    delete broken.seats.find((s: any) => s.id === "warsaw").brief;
    const res = await h.post("/api/scenarios/balance", broken);
    expect(res.status).toBe(400);
    expect(res.body.code).toBe("scenario/invalid");
    expect(res.body.problems).toEqual([expect.objectContaining({ path: "seats.warsaw.brief", code: "no_brief" })]);
    const few = await h.post("/api/scenarios/balance?games=3", raw);
    expect(few.body.code).toBe("request/invalid");
    const missing = await h.get("/api/scenarios/balance/bal_nothing");
    expect(missing.status).toBe(404);
    expect(missing.body.code).toBe("balance/not_found");
  });
});
