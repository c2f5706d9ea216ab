import { describe, expect, it } from "vitest";
import { takeTurn } from "./turns.ts";

describe("takeTurn", () => {
  it("resolves its waiters in order, one per turn of the event loop", async () => {
    // A probe counts the loop's turns: one immediate a turn, each setting the next.
    let turn = 0;
    let probing = true;
    const probe = () => {
      turn++;
      if (probing) setImmediate(probe);
    };
    setImmediate(probe);
    const seen: { who: number; turn: number }[] = [];
    await Promise.all([1, 2, 3, 4].map((who) => takeTurn().then(() => seen.push({ who, turn }))));
    probing = false;
    expect(seen.map((s) => s.who)).toEqual([1, 2, 3, 4]);
    // Four different turns: the probe's immediate (and the poll for I/O before it) ran between any two.
    expect(new Set(seen.map((s) => s.turn)).size).toBe(4);
  });

  it("lets a socket's data in between two waiters", async () => {
    const order: string[] = [];
    const { port1, port2 } = new MessageChannel();
    port1.on("message", (m) => order.push(String(m)));
    const first = takeTurn().then(() => {
      order.push("first");
      port2.postMessage("message");
    });
    const second = takeTurn().then(() => order.push("second"));
    await Promise.all([first, second]);
    await new Promise((r) => setTimeout(r, 20));
    port1.close();
    expect(order).toEqual(["first", "message", "second"]);
  });
});
