import { describe, expect, it } from "vitest";
import { readServerStatus } from "./server-status.ts";

const json = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("readServerStatus", () => {
  it("reports a ready server with its store", async () => {
    expect(await readServerStatus(json(200, { status: "ready", store: "sqlite" }))).toEqual({
      kind: "ready",
      store: "sqlite",
    });
  });

  it("reports a server whose store is down as degraded", async () => {
    const status = await readServerStatus(json(503, { status: "unavailable" }));
    expect(status.kind).toBe("degraded");
  });

  it("reports a network failure as unreachable instead of throwing", async () => {
    const status = await readServerStatus(async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(status.kind).toBe("unreachable");
  });

  it("gives up after the timeout", async () => {
    const hanging = (_: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) =>
        init?.signal?.addEventListener("abort", () => reject(new Error("aborted"))),
      );
    const status = await readServerStatus(hanging, 20);
    expect(status.kind).toBe("unreachable");
  });
});
