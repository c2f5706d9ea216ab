// The same table over the PostgreSQL store: play, stop the server, start another on the same
// database, and find the table restored (the shared store of a scaled deployment).
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PostgresStore } from "../src/postgres-store.ts";
import { eventually } from "./eventually.ts";
import { startHarness } from "./harness.ts";
import { postgresMissingReason, schemaUrl, TEST_DATABASE_URL } from "./postgres.ts";

const pgMissing = await postgresMissingReason("the PostgreSQL room test");

describe.skipIf(pgMissing !== null)("a table on PostgreSQL", () => {
  const schema = `ironclad_room_${process.pid}_${Math.floor(Math.random() * 1e6)}`;
  const url = schemaUrl(schema);
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });

  afterAll(async () => {
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.end();
  });

  it("is played, persisted and restored by another server on the same database", async () => {
    await admin.connect();
    await admin.query(`CREATE SCHEMA ${schema}`);
    const h1 = await startHarness({ DATABASE_URL: url }, new PostgresStore(url));
    const session = await h1.post("/api/sessions", { tables: 1, timings: { briefingSeconds: 0 } });
    const { code, tableId } = session.body.tables[0];
    const kyiv = await h1.post("/api/join", { code, name: "Olena", seat: "kyiv" });
    const fac = await h1.client().joinById(tableId, { facilitatorKey: session.body.facilitatorKey });
    const k = await h1.client().joinById(tableId, { seatToken: kyiv.body.seatToken });
    fac.send("action", { type: "table/start" });
    await eventually(() => expect(k.state.phase).toBe("negotiation"), { timeout: 5_000 });
    k.send("action", { type: "draft/amend", issue: "legal-form", option: "treaty" });
    await eventually(() => expect(k.state.amendments.length).toBe(1));
    const seq = k.state.seq;
    await h1.stop();

    const h2 = await startHarness({ DATABASE_URL: url }, new PostgresStore(url));
    const k2 = await h2.client().joinById(tableId, { seatToken: kyiv.body.seatToken });
    await eventually(() => expect(k2.state.seq).toBe(seq));
    expect(k2.state.amendments.at(0)?.by).toBe("kyiv");
    expect([...k2.state.privates.keys()]).toEqual(["seat:kyiv"]);
    await k2.leave();
    await h2.stop();
  });
});
