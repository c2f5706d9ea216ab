// Issue 17, item 4: a session's creation says whether its links come from PUBLIC_URL, so the
// handout can print them on the facilitator's own address when the server has none (not localhost).
import { afterEach, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";

describe("the links of a new session's handout", () => {
  let h: Harness | null = null;
  afterEach(async () => {
    await h?.stop();
    h = null;
  });

  it("are built on PUBLIC_URL when it is set, and say so", async () => {
    h = await startHarness({ PUBLIC_URL: "https://ironclad.example.org" });
    const created = await h.post("/api/sessions", { tables: 1, moscow: "human" });
    expect(created.status).toBe(201);
    expect(created.body.publicUrl).toBe("https://ironclad.example.org");
    const [t] = created.body.tables;
    expect(created.body.joinUrl).toBe(`https://ironclad.example.org/join/${created.body.sessionCode}`);
    expect(t.joinUrl).toBe(`https://ironclad.example.org/join/${t.code}`);
    expect(t.redCell.joinUrl).toBe(`https://ironclad.example.org/join/${t.code}?seat=moscow`);
  });

  it("say there is no PUBLIC_URL when none is set (the handout then uses the facilitator's address)", async () => {
    h = await startHarness();
    const created = await h.post("/api/sessions", { tables: 1 });
    expect(created.status).toBe(201);
    expect(created.body).toHaveProperty("publicUrl", null);
  });
});
