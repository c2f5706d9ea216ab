import { describe, expect, it } from "vitest";
import { ACTION_TYPES } from "./actions.ts";
import {
  actorOf,
  channelKey,
  clientActionSchema,
  ERROR_CODES,
  parseChannelKey,
  parseClientAction,
} from "./protocol.ts";
import type { GameState } from "./state.ts";
import { negotiating } from "./test-fixtures/helpers.ts";

describe("parseClientAction", () => {
  const paris = { kind: "seat", seat: "paris" } as const;

  it("stamps an action with who sent it and the server's time", () => {
    const r = parseClientAction({ type: "draft/support", amendment: 3 }, paris, 1234);
    expect(r).toEqual({ ok: true, action: { type: "draft/support", amendment: 3, actor: paris, at: 1234 } });
  });

  it("refuses an actor or a time sent by the client, and anything that is not an action", () => {
    for (const bad of [
      { type: "vote/sign", actor: { kind: "facilitator" } },
      { type: "vote/sign", at: 5 },
      null,
      [],
      "vote/sign",
      { type: "draft/support", amendment: 3, extra: true },
      { type: "no/such-action" },
    ]) {
      const r = parseClientAction(bad, paris, 1);
      expect(r.ok, JSON.stringify(bad)).toBe(false);
      if (!r.ok) expect(r.error.code).toBe("action/invalid");
    }
  });

  it("checks what spans fields, as the engine's own parse does", () => {
    const r = parseClientAction({ type: "facilitator/inject-event" }, { kind: "facilitator" }, 1);
    expect(r.ok).toBe(false);
  });

  it("knows every action type of the engine", () => {
    for (const type of ACTION_TYPES) {
      const r = clientActionSchema.safeParse({ type });
      // Types with a payload fail on it, never on the type itself.
      if (!r.success)
        expect(
          r.error.issues.every((i) => i.path[0] !== "type"),
          type,
        ).toBe(true);
    }
  });
});

describe("actorOf", () => {
  it("acts for a seated seat and the facilitator, not for an observer or a seat not at the table", () => {
    const s = negotiating();
    const seat = s.seatOrder[0] ?? "";
    expect(actorOf(s, { kind: "seat", seat })).toEqual({ kind: "seat", seat });
    expect(actorOf(s, { kind: "facilitator" })).toEqual({ kind: "facilitator" });
    expect(actorOf(s, { kind: "observer" })).toBeNull();
    expect(actorOf(s, { kind: "seat", seat: "nobody" })).toBeNull();
  });

  it("finds a human Moscow's seat by the red cell, whatever its id", () => {
    const s = negotiating();
    expect(actorOf(s, { kind: "moscow" })).toEqual({ kind: "seat", seat: "moscow" });
    const { moscow, ...others } = s.seats;
    if (!moscow) throw new Error("the fixture has a red cell");
    const renamed: GameState = { ...s, seats: { ...others, kremlin: { ...moscow, id: "kremlin" } } };
    expect(actorOf(renamed, { kind: "moscow" })).toEqual({ kind: "seat", seat: "kremlin" });
  });
});

describe("channelKey", () => {
  it("names a bilateral channel the same from either side, and parses every name back", () => {
    expect(channelKey({ kind: "bilateral", seats: ["paris", "berlin"] })).toBe("bilateral:berlin:paris");
    expect(channelKey({ kind: "bilateral", seats: ["berlin", "paris"] })).toBe("bilateral:berlin:paris");
    for (const key of ["table", "broadcast", "delegation:kyiv", "bilateral:berlin:paris"]) {
      const channel = parseChannelKey(key);
      expect(channel, key).not.toBeNull();
      if (channel) expect(channelKey(channel)).toBe(key);
    }
    expect(parseChannelKey("bilateral:kyiv")).toBeNull();
  });
});

describe("ERROR_CODES", () => {
  it("is a closed list of namespaced codes", () => {
    for (const code of ERROR_CODES) expect(code).toMatch(/^[a-z]+\/[a-z_]+$/);
    expect(new Set(ERROR_CODES).size).toBe(ERROR_CODES.length);
  });
});
