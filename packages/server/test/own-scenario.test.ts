// A scenario a facilitator brings (#20, part 4): checked with every problem at its path, refused
// when too large or too deeply nested, and kept with the session it creates, in the real store:
// it survives a restart, its session's export and report carry it, and it goes with the session.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { DatabaseSync } from "node:sqlite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MAX_SCENARIO_BYTES } from "../src/scenario-intake.ts";
import { eventually } from "./eventually.ts";
import { type Harness, startHarness } from "./harness.ts";

const raw = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json"), "utf8"),
);

/** A copy of the default scenario under another id, as a facilitator's edited file. */
function mine(id = "our-class"): any {
  const copy = structuredClone(raw);
  copy.id = id;
  copy.title.en = "Guarantees — our class";
  return copy;
}

/** The three mistakes of the issue: an unknown key, a seat with no brief, a point table missing an option. */
function withThreeMistakes(): any {
  const copy = mine("three-mistakes");
  copy.seats.find((s: any) => s.id === "paris").motto = { en: "Liberté" };
  delete copy.seats.find((s: any) => s.id === "warsaw").brief;
  delete copy.seats.find((s: any) => s.id === "london").brief.pointTable.force.mfu;
  return copy;
}

/** Rows in the store's own file, read apart from the server: what "nothing was saved" means. */
function counts(dataDir: string): { sessions: number; scenarios: number; tables: number } {
  const db = new DatabaseSync(path.join(dataDir, "ironclad.sqlite"), { readOnly: true });
  const n = (table: string) => Number((db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n);
  const out = { sessions: n("sessions"), scenarios: n("scenarios"), tables: n("game_tables") };
  db.close();
  return out;
}

async function postText(base: string, route: string, text: string) {
  const res = await fetch(`${base}${route}`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: text,
  });
  return { status: res.status, body: (await res.json()) as any };
}

describe("a scenario a facilitator brings", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ DATA_DIR: fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-own-")) });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("is checked without being kept: a good file gets its facts, a bad one every problem with path and kind", async () => {
    const before = counts(h.dataDir);
    const good = await h.post("/api/scenarios/check", mine());
    expect(good.status).toBe(200);
    expect(good.body).toMatchObject({ ok: true, id: "our-class", seats: 10, issues: 9, packages: 110_592 });

    const bad = await h.post("/api/scenarios/check", withThreeMistakes());
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("scenario/invalid");
    expect(bad.body.problems).toHaveLength(3);
    expect(bad.body.problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: "seats.paris",
          code: "unknown_key",
          message: expect.stringContaining("motto"),
        }),
        expect.objectContaining({ path: "seats.warsaw.brief", code: "no_brief" }),
        expect.objectContaining({ path: "seats.london.brief.pointTable.force.mfu", code: "point_table_incomplete" }),
      ]),
    );
    expect(bad.body.message).toMatch(/3 problems.*Nothing was saved/);
    expect(counts(h.dataDir)).toEqual(before);
  });

  it("refuses a file too large, too deeply nested or not JSON with its own code, and keeps nothing", async () => {
    const before = counts(h.dataDir);
    const big = mine("too-big");
    big.setting.en = "x".repeat(MAX_SCENARIO_BYTES);
    const large = await postText(h.base, "/api/scenarios/check", JSON.stringify(big));
    expect(large.status).toBe(413);
    expect(large.body.code).toBe("scenario/too_large");

    // Far deeper than any JSON parser or check should be asked to walk.
    const deep = mine("too-deep");
    deep.model = "DEEP";
    const deepText = JSON.stringify(deep).replace('"DEEP"', `${"[".repeat(5000)}${"]".repeat(5000)}`);
    for (const route of ["/api/scenarios/check", "/api/scenarios"]) {
      const res = await postText(h.base, route, deepText);
      expect(res.status, route).toBe(400);
      expect(res.body.code, route).toBe("scenario/too_deep");
    }
    const within = await postText(h.base, "/api/sessions/with-scenario", `{"scenario": ${deepText}}`);
    expect(within.body.code).toBe("scenario/too_deep");
    // Brackets inside texts are words, not nesting.
    const words = mine("brackets-in-text");
    words.summary.en = '[[[[[[[[[[[[[[[[[[[[ {{{{{{{{{{{{{{{{{{ \\" [[[[';
    expect((await h.post("/api/scenarios/check", words)).status).toBe(200);

    const broken = await postText(h.base, "/api/scenarios/check", '{"id": "half",');
    expect(broken.status).toBe(400);
    expect(broken.body.code).toBe("scenario/bad_json");
    expect(counts(h.dataDir)).toEqual(before);
  });

  it("creates nothing when the file or the settings have a problem", async () => {
    const before = counts(h.dataDir);
    const bad = await h.post("/api/sessions/with-scenario", { settings: { tables: 2 }, scenario: withThreeMistakes() });
    expect(bad.status).toBe(400);
    expect(bad.body.code).toBe("scenario/invalid");
    expect(bad.body.problems).toHaveLength(3);
    const seats = await h.post("/api/sessions/with-scenario", {
      settings: { seats: ["kyiv", "paris", "atlantis"] },
      scenario: mine("bad-seats"),
    });
    expect(seats.status).toBe(400);
    expect(seats.body.code).toBe("session/bad_seats");
    const extra = await h.post("/api/sessions/with-scenario", { scenario: mine("x"), name: "stray" });
    expect(extra.body.code).toBe("request/invalid");
    expect(counts(h.dataDir)).toEqual(before);
    expect((await h.get("/api/scenarios")).body.map((s: any) => s.id)).not.toContain("three-mistakes");
  });

  it("is kept with its session: played at its tables, exported, reported, unlisted, and survives a restart", async () => {
    const file = mine();
    file.seats.find((s: any) => s.id === "kyiv").name.en = "Kyiv (our version)";
    const created = await h.post("/api/sessions/with-scenario", {
      settings: { tables: 2, timings: { briefingSeconds: 0 } },
      scenario: file,
    });
    expect(created.status).toBe(201);
    const { sessionId, facilitatorKey, tables } = created.body;
    const auth = { authorization: `Bearer ${facilitatorKey}` };
    const key = `our-class@${sessionId}`;
    expect((await h.store.getSession(sessionId))?.scenarioId).toBe(key);
    expect((await h.store.listTables(sessionId)).map((t) => t.scenarioId)).toEqual([key, key]);
    expect(JSON.parse((await h.store.getScenario(key)) ?? "null")).toEqual(file);
    // Another session may bring a file with the same id: each is its own.
    const twin = await h.post("/api/sessions/with-scenario", { scenario: mine() });
    expect(twin.status).toBe(201);
    expect((await h.get("/api/scenarios")).body.map((s: any) => s.id)).not.toContain("our-class");

    const kyiv = await h.post("/api/join", { code: tables[0].code, name: "Olena", seat: "kyiv" });
    const room = await h.client().joinById(kyiv.body.tableId, { seatToken: kyiv.body.seatToken });
    await eventually(() => expect(room.state.scenarioId).toBe("our-class"));
    await room.leave();

    const exported = await h.get(`/api/sessions/${sessionId}/export.json`, auth);
    expect(exported.body).toMatchObject({ scenarioId: key, ownScenario: true, scenario: file });
    // A table's report names it by the key its pages read it by.
    const tableReport = await h.get(`/api/sessions/${sessionId}/tables/${tables[0].tableId}/report.json`, auth);
    expect(tableReport.body.scenarioId).toBe(key);
    expect((await h.get(`/api/scenarios/${encodeURIComponent(tableReport.body.scenarioId)}`)).status).toBe(200);
    const report = await h.get(`/api/sessions/${sessionId}/report.json`, auth);
    expect(report.body.scenario).toEqual({
      id: "our-class",
      version: file.version,
      title: file.title,
      own: true,
    });

    // A restart on the same store: the session still plays its own file.
    await h.stop();
    h = await startHarness({ DATA_DIR: h.dataDir });
    const again = await h.post("/api/join", { code: tables[1].code, name: "Taras", seat: "kyiv" });
    expect(again.status).toBe(201);
    const room2 = await h.client().joinById(again.body.tableId, { seatToken: again.body.seatToken });
    await eventually(() => expect(room2.state.scenarioId).toBe("our-class"));
    await room2.leave();
    // Its public part is there for the table's pages, as a bundled one's is; never a brief.
    const pub = await h.get(`/api/scenarios/${encodeURIComponent(key)}`);
    expect(pub.status).toBe(200);
    expect(pub.body.seats.find((s: any) => s.id === "kyiv").name.en).toBe("Kyiv (our version)");
    expect(JSON.stringify(pub.body)).not.toContain("pointTable");

    // Deleted with its session.
    expect((await fetch(`${h.base}/api/sessions/${sessionId}`, { method: "DELETE", headers: auth })).status).toBe(204);
    expect(await h.store.getScenario(key)).toBeNull();
    expect(await h.store.getScenario(`our-class@${twin.body.sessionId}`)).not.toBeNull();
  }, 60_000);

  it("gives a shipped scenario's whole file to start a copy from, and no other scenario's", async () => {
    const copy = await h.get("/api/scenarios/guarantees-2025/file");
    expect(copy.status).toBe(200);
    expect(copy.body.seats.find((s: any) => s.id === "kyiv").brief.pointTable.force).toEqual(
      raw.seats.find((s: any) => s.id === "kyiv").brief.pointTable.force,
    );
    // The copy, its id changed, is a valid file as it comes.
    expect((await h.post("/api/scenarios/check", { ...copy.body, id: "copy" })).status).toBe(200);
    const session = await h.post("/api/sessions/with-scenario", { scenario: mine("private-one") });
    const key = `private-one@${session.body.sessionId}`;
    expect((await h.get(`/api/scenarios/${encodeURIComponent(key)}/file`)).status).toBe(404);
    expect((await h.get("/api/scenarios/nothing/file")).body.code).toBe("scenario/not_found");
  });

  it("exports a bundled scenario's session with the scenario too", async () => {
    const created = await h.post("/api/sessions", { tables: 1 });
    const exported = await h.get(`/api/sessions/${created.body.sessionId}/export.json`, {
      authorization: `Bearer ${created.body.facilitatorKey}`,
    });
    expect(exported.body.ownScenario).toBe(false);
    expect(exported.body.scenario.id).toBe("guarantees-2025");
  });
});
