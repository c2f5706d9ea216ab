// Connection-error toasts through an outage, against a stand-in for the Colyseus SDK's room.
// Regression (#18): during an outage each failed retry added a "connection error" toast (4–5 of
// them), and they stayed on the page after the reconnection.
import { afterEach, describe, expect, it, vi } from "vitest";

type Handler = (...args: unknown[]) => void;

/** A room that records its handlers, so the test can play a drop, errors and a reconnection. */
class FakeRoom {
  reconnection = { maxRetries: 0 };
  handlers = new Map<string, Handler>();
  sent: unknown[] = [];
  onStateChange(h: Handler) {
    this.handlers.set("state", h);
  }
  onMessage(type: string, h: Handler) {
    this.handlers.set(`message:${type}`, h);
  }
  onDrop(h: Handler) {
    this.handlers.set("drop", h);
  }
  onReconnect(h: Handler) {
    this.handlers.set("reconnect", h);
  }
  onLeave(h: Handler) {
    this.handlers.set("leave", h);
  }
  onError(h: Handler) {
    this.handlers.set("error", h);
  }
  send(type: string, body: unknown) {
    this.sent.push({ type, body });
  }
  async leave() {}
  fire(name: string, ...args: unknown[]) {
    this.handlers.get(name)?.(...args);
  }
}

const rooms: FakeRoom[] = [];
vi.mock("@colyseus/sdk", () => ({
  Client: class {
    async joinById() {
      const room = new FakeRoom();
      rooms.push(room);
      return room;
    }
  },
}));

const { connectTable } = await import("./table-connection.ts");

afterEach(() => {
  rooms.length = 0;
});

describe("connection errors at a table", () => {
  it("show one toast through an outage and none once the connection is back", async () => {
    const conn = connectTable("tbl_test", "token", "http://127.0.0.1:9");
    await expect.poll(() => conn.get().status).toBe("open");
    const room = rooms[0];
    if (!room) throw new Error("no room joined");

    room.fire("drop", 1006, "");
    for (let i = 0; i < 5; i++) room.fire("error", 1006, "WebSocket connection failed");
    // A click while away says so, once, however often it is tried.
    conn.send({ type: "seat/ready", ready: true } as never);
    conn.send({ type: "seat/ready", ready: true } as never);
    expect(conn.get().status).toBe("reconnecting");
    expect(conn.get().errors.filter((e) => e.code === "net/error")).toHaveLength(1);
    expect(conn.get().errors.length).toBeLessThanOrEqual(2);

    room.fire("reconnect");
    expect(conn.get().status).toBe("open");
    expect(conn.get().errors.filter((e) => e.code.startsWith("net/"))).toEqual([]);
    await conn.close();
  });

  it("keeps the server's refusals when the connection comes back", async () => {
    const conn = connectTable("tbl_test", "token", "http://127.0.0.1:9");
    await expect.poll(() => conn.get().status).toBe("open");
    const room = rooms[0];
    if (!room) throw new Error("no room joined");
    room.fire("message:error", { code: "vote/not_open", message: "No signing vote is open." });
    room.fire("drop", 1006, "");
    room.fire("error", 1006, "");
    room.fire("reconnect");
    expect(conn.get().errors.map((e) => e.code)).toEqual(["vote/not_open"]);
    await conn.close();
  });
});
