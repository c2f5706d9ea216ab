import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Harness, startHarness } from "./harness.ts";

describe("origins, CORS and metrics", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ ALLOWED_ORIGINS: "https://class.example.org", JOINS_PER_MINUTE: "30" });
  });
  afterAll(async () => {
    await h.stop();
  });

  it("refuses API calls from a page of another origin and changes nothing", async () => {
    const evil = await h.post("/api/sessions", { tables: 1 }, { origin: "https://evil.example.com" });
    expect(evil.status).toBe(403);
    expect(evil.body.code).toBe("request/origin_forbidden");
    const good = await fetch(`${h.base}/api/sessions`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://class.example.org" },
      body: "{}",
    });
    expect(good.status).toBe(201);
    expect(good.headers.get("access-control-allow-origin")).toBe("https://class.example.org");
  });

  it("does not reflect a foreign origin on the matchmaking routes", async () => {
    const res = await fetch(`${h.base}/matchmake/joinById/nope`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: "https://evil.example.com" },
      body: "{}",
    });
    expect(res.headers.get("access-control-allow-origin")).not.toBe("https://evil.example.com");
    expect(res.headers.get("access-control-allow-origin")).not.toBe("*");
  });

  it("refuses a WebSocket upgrade from a foreign page, not from the allowed one", async () => {
    const attempt = (origin: string) =>
      new Promise<string>((resolve) => {
        const ws = new WebSocket(`${h.base.replace("http", "ws")}/some-process/some-room`, {
          headers: { origin },
        } as never);
        ws.addEventListener("open", () => {
          resolve("upgraded");
          ws.close();
        });
        ws.addEventListener("error", () => resolve("refused"));
      });
    expect(await attempt("https://evil.example.com")).toBe("refused");
    // The allowed origin gets through the upgrade (the room itself then closes the unknown reservation).
    expect(await attempt("https://class.example.org")).toBe("upgraded");
  });

  it("rejects a body that is not JSON with a typed error", async () => {
    const res = await fetch(`${h.base}/api/join`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{oops",
    });
    expect(res.status).toBe(400);
    expect((await res.json()).code).toBe("request/bad_json");
  });

  it("limits join attempts per address", async () => {
    const codes: number[] = [];
    for (let i = 0; i < 35; i++) codes.push((await h.post("/api/join", { code: "ZZZZZZ", name: "Guess" })).status);
    expect(codes.filter((c) => c === 404).length).toBe(30);
    expect(codes.at(-1)).toBe(429);
  });

  it("exposes Prometheus metrics with the action counters", async () => {
    const text = await (await fetch(`${h.base}/metrics`)).text();
    expect(text).toContain("ironclad_tables");
    expect(text).toContain("ironclad_action_seconds_bucket");
    expect(text).toContain("ironclad_process_cpu_seconds_total");
  });
});

describe("behind a proxy (TRUST_PROXY)", () => {
  it("counts each person's own address against the join limit, not the proxy's", async () => {
    const h = await startHarness({ TRUST_PROXY: "loopback", JOINS_PER_MINUTE: "30" });
    const from = (ip: string) => ({ "x-forwarded-for": ip });
    for (let i = 0; i < 30; i++)
      expect((await h.post("/api/join", { code: "ZZZZZZ", name: "A" }, from("203.0.113.7"))).status).toBe(404);
    expect((await h.post("/api/join", { code: "ZZZZZZ", name: "A" }, from("203.0.113.7"))).status).toBe(429);
    // Another person behind the same proxy is not blocked by the first one's attempts.
    expect((await h.post("/api/join", { code: "ZZZZZZ", name: "B" }, from("198.51.100.9"))).status).toBe(404);
    await h.stop();
  });
});

// A teacher runs `npm start` on a laptop and the class opens http://<laptop's address>:<port> on
// phones on the same Wi-Fi: their pages' Origin is that address, which no allowlist names. Those
// requests used to get 403 unless ALLOWED_ORIGINS or PUBLIC_URL was set.
describe("a classroom on the laptop's Wi-Fi address (no ALLOWED_ORIGINS)", () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  // As a phone's browser sends it: the Host it typed, and the Origin of the page that host served.
  const raw = (host: string, origin: string, init: { method: string; path: string; upgrade?: boolean }) =>
    new Promise<{ status: number; cors: string | undefined }>((resolve, reject) => {
      const req = http.request(`${h.base}${init.path}`, {
        method: init.method,
        headers: {
          host,
          origin,
          "content-type": "application/json",
          ...(init.upgrade
            ? {
                connection: "Upgrade",
                upgrade: "websocket",
                "sec-websocket-version": "13",
                "sec-websocket-key": "dGhlIHNhbXBsZSBub25jZQ==",
              }
            : {}),
        },
      });
      req.on("response", (res) => {
        res.resume();
        resolve({
          status: res.statusCode ?? 0,
          cors: res.headers["access-control-allow-origin"] as string | undefined,
        });
      });
      req.on("upgrade", (res, socket) => {
        socket.destroy();
        resolve({ status: res.statusCode ?? 0, cors: undefined });
      });
      req.on("error", reject);
      req.end(init.method === "POST" ? "{}" : undefined);
    });

  it("lets a page served from the laptop's LAN address use the API, matchmaking and the WebSocket", async () => {
    const port = new URL(h.base).port;
    const lan = `192.168.1.20:${port}`;
    const api = await raw(lan, `http://${lan}`, { method: "POST", path: "/api/sessions" });
    expect(api.status).toBe(201);
    expect(api.cors).toBe(`http://${lan}`);
    const mm = await raw(lan, `http://${lan}`, { method: "POST", path: "/matchmake/joinById/nope" });
    expect(mm.cors).toBe(`http://${lan}`);
    const ws = await raw(lan, `http://${lan}`, { method: "GET", path: "/some-process/some-room", upgrade: true });
    expect(ws.status).toBe(101);
  });

  it("still refuses a page of another site, even one sent to the LAN address", async () => {
    const port = new URL(h.base).port;
    const lan = `192.168.1.20:${port}`;
    const api = await raw(lan, "http://evil.example.com", { method: "POST", path: "/api/sessions" });
    expect(api.status).toBe(403);
    // Another port on the same address is another origin (another program on the laptop).
    expect((await raw(lan, "http://192.168.1.20:8000", { method: "POST", path: "/api/sessions" })).status).toBe(403);
    const mm = await raw(lan, "http://evil.example.com", { method: "POST", path: "/matchmake/joinById/nope" });
    expect(mm.cors).toBeUndefined();
    const ws = await raw(lan, "http://evil.example.com", {
      method: "GET",
      path: "/some-process/some-room",
      upgrade: true,
    });
    expect(ws.status).toBe(403);
    // DNS rebinding: a site's own name pointed at the laptop sends a matching Host; names with a dot are not trusted.
    const rebound = await raw(`evil.example.com:${port}`, `http://evil.example.com:${port}`, {
      method: "POST",
      path: "/api/sessions",
    });
    expect(rebound.status).toBe(403);
  });
});
