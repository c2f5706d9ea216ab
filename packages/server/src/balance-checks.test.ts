// Balance checks kept in the store: a check started by one process is read by another (behind the
// Compose proxy the next request may reach the other replica), old ones are gone, and a check whose
// process stopped writing is said to have stopped rather than run for ever.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseScenario } from "@ironclad/engine";
import { afterAll, describe, expect, it } from "vitest";
import { BALANCE_KEEP_MS, BALANCE_STALE_MS, BalanceChecks } from "./balance-checks.ts";
import { SqliteStore } from "./sqlite-store.ts";

const json = fs.readFileSync(path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json"), "utf8");
const parsed = parseScenario(JSON.parse(json));
if (!parsed.ok) throw new Error("the default scenario does not parse");
const intake = { scenario: parsed.scenario, json };

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-balance-"));
const store = new SqliteStore(dir);
await store.migrate();
afterAll(() => store.close());

describe("balance checks in the store", () => {
  it("are read by another process's service, progress and result alike", async () => {
    const here = new BalanceChecks(store);
    const there = new BalanceChecks(store);
    const started = await here.start(intake, 10);
    expect((await there.get(started.checkId)).status).toBe("running");
    let view = await there.get(started.checkId);
    for (let i = 0; i < 240 && view.status === "running"; i++) {
      await new Promise((r) => setTimeout(r, 500));
      view = await there.get(started.checkId);
    }
    expect(view.status).toBe("done");
    if (view.status !== "done") return;
    expect(view.result.games).toBe(10);
    expect(Object.keys(view.result.calibration)).toContain("agreementRate");
    // Every band the simulator states is read as bounds, for the page to word in its language.
    for (const [name, c] of Object.entries(view.result.calibration))
      expect(c.band, `${name}: ${c.target}`).not.toBeNull();
    expect(view.result.calibration.agreementRate?.band).toEqual({ atLeast: 0.6, atMost: 0.9 });
    await here.stop();
  }, 150_000);

  it("forgets a check after an hour, and says a check whose process stopped has stopped", async () => {
    let now = Date.now();
    const checks = new BalanceChecks(store, { now: () => now });
    await store.putBalanceCheck(
      "bal_orphan",
      JSON.stringify({ checkId: "bal_orphan", scenarioId: "x", status: "running", games: 200, done: 40 }),
      now,
    );
    expect((await checks.get("bal_orphan")).status).toBe("running");
    now += BALANCE_STALE_MS + 1;
    expect(await checks.get("bal_orphan")).toMatchObject({ status: "failed", done: 40 });
    now += BALANCE_KEEP_MS;
    await expect(checks.get("bal_orphan")).rejects.toMatchObject({ code: "balance/not_found" });
  });

  it("refuses a check beyond the process's share, with balance/busy", async () => {
    const checks = new BalanceChecks(store, { parallel: 1 });
    await checks.start(intake, 10);
    await expect(checks.start(intake, 10)).rejects.toMatchObject({ status: 429, code: "balance/busy" });
    await checks.stop();
  });
});
