import { describe, expect, it } from "vitest";
import { ApiFailure, call, looksLikeCode, normaliseCode } from "./api.ts";
import {
  type ConnectionView,
  connectTable,
  decodeState,
  documentReader,
  mergeChat,
  sharedWith,
  stateDecoder,
} from "./table-connection.ts";

const json = (status: number, body: unknown) => async () =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });

describe("the HTTP API client", () => {
  it("turns an error reply into ApiFailure with the server's code", async () => {
    const failure = await call("POST", "/api/join", {}, json(404, { code: "table/not_found", message: "No." })).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(ApiFailure);
    expect((failure as ApiFailure).code).toBe("table/not_found");
    expect((failure as ApiFailure).status).toBe(404);
  });

  it("reports a network failure as net/unreachable", async () => {
    const failure = await call("GET", "/api/scenarios", undefined, async () => {
      throw new TypeError("Failed to fetch");
    }).catch((e: unknown) => e);
    expect((failure as ApiFailure).code).toBe("net/unreachable");
  });

  it("reads join codes as the server does", () => {
    expect(normaliseCode("k7q-m4x ")).toBe("K7QM4X");
    expect(looksLikeCode("k7q m4x")).toBe(true);
    expect(looksLikeCode("K7QM40")).toBe(false);
    // A class's session code is one letter longer; the server places each student at a table.
    expect(looksLikeCode("k7qm-4xa")).toBe(true);
    expect(looksLikeCode("K7QM4XAB")).toBe(false);
  });
});

describe("decodeState", () => {
  it("decodes the public document and the one private part, each in parts, tolerating missing fields", () => {
    const snap = decodeState({
      phase: "negotiation",
      round: 1,
      seatOrder: ["paris", "kyiv"],
      publicParts: { readout: "null", votes: "[]" },
      privates: {
        "seat:kyiv": {
          audience: "seat:kyiv",
          // In pieces, joined in order (docs/protocol.md).
          briefs: ['{"brief":{"noDea', 'lValue":40},"briefs":null}'],
          parts: { legal: "[]", "legal/0": '"draft/amend"', preview: "null" },
        },
      },
    });
    expect(snap.phase).toBe("negotiation");
    expect(snap.pub?.votes).toEqual([]);
    expect(snap.mine?.legal).toEqual(["draft/amend"]);
    expect(snap.mine?.brief?.noDealValue).toBe(40);
    expect(snap.mine?.briefs).toBeNull();
    expect(decodeState({}).mine).toBeNull();
    expect(decodeState({ publicParts: {} }).pub).toBeNull();
    // A part that is not JSON is left out, not thrown on.
    expect(decodeState({ publicParts: { votes: "{broken", outcome: '"held"' } }).pub).toEqual({
      votes: undefined,
      outcome: "held",
    });
  });

  it("keeps who opposes each amendment beside who supports it", () => {
    const amendment = {
      id: 3,
      by: "paris",
      issue: "force",
      option: "mfu",
      supporters: ["berlin"],
      opponents: ["rome", "kyiv"],
      status: "open",
      round: 1,
      at: 5,
    };
    const snap = decodeState({ phase: "negotiation", amendments: [amendment] });
    expect(snap.amendments[0]?.opponents).toEqual(["rome", "kyiv"]);
    expect(snap.amendments[0]?.supporters).toEqual(["berlin"]);
  });

  it("merges chat history and live messages by seq", () => {
    const m = (seq: number) => ({
      tableId: "t",
      seq,
      channel: "table",
      fromSeat: null,
      fromName: "A",
      text: "x",
      at: seq,
    });
    expect(mergeChat([m(1), m(3)], [m(2), m(3)]).map((x) => x.seq)).toEqual([1, 2, 3]);
  });
});

describe("successive states (#19: unchanged parts keep their objects)", () => {
  it("a document reader joins as joinDocument does and keeps the fields whose parts did not change", () => {
    const read = documentReader();
    const first = read({
      readout: '{"legal":1}',
      votes: "[]",
      "votes/0": '{"id":1}',
      polls: '["id"]',
      "polls/2": '{"id":2}',
    });
    expect(first).toEqual({ readout: { legal: 1 }, votes: [{ id: 1 }], polls: [{ id: 2 }] });
    const second = read({
      readout: '{"legal":2}',
      votes: "[]",
      "votes/0": '{"id":1}',
      polls: '["id"]',
      "polls/2": '{"id":2}',
    });
    expect(second).toEqual({ readout: { legal: 2 }, votes: [{ id: 1 }], polls: [{ id: 2 }] });
    expect(second?.votes).toBe(first?.votes);
    expect(second?.polls).toBe(first?.polls);
    expect(second?.readout).not.toBe(first?.readout);
    // The same parts again: the same document; a field gone is gone; no parts, no document.
    const third = read({
      readout: '{"legal":2}',
      votes: "[]",
      "votes/0": '{"id":1}',
      polls: '["id"]',
      "polls/2": '{"id":2}',
    });
    expect(third).toBe(second);
    expect(read({ readout: '{"legal":2}' })).toEqual({ readout: { legal: 2 } });
    expect(read({})).toBeNull();
    expect(read({ votes: "{broken" })).toEqual({ votes: undefined });
  });

  it("sharedWith keeps what is deep-equal and only that", () => {
    const prev = { a: { b: [1, 2] }, c: { d: 1 }, e: [{ f: 1 }, { f: 2 }] };
    const next = { a: { b: [1, 2] }, c: { d: 2 }, e: [{ f: 1 }, { f: 3 }] };
    const kept = sharedWith(prev, next);
    expect(kept).toEqual(next);
    expect(kept.a).toBe(prev.a);
    expect(kept.c).not.toBe(prev.c);
    expect(kept.e[0]).toBe(prev.e[0]);
    expect(kept.e).not.toBe(prev.e);
    expect(sharedWith(prev, structuredClone(prev))).toBe(prev);
    expect(sharedWith({ a: 1 }, { a: 1, b: undefined })).toEqual({ a: 1, b: undefined });
    expect(sharedWith([1, 2], [1])).toEqual([1]);
  });

  it("a state decoder gives the same snapshot for the same state, and keeps the unchanged parts of a new one", () => {
    const decode = stateDecoder();
    const state = (legal: string, capital: number) => ({
      phase: "negotiation",
      seats: { kyiv: { capital }, paris: { capital: 60 } },
      draft: { pledge: "auto" },
      publicParts: { readout: '{"legal":1}' },
      privates: { "seat:kyiv": { briefs: ['{"brief":{"noDealValue":40}}'], parts: { legal: "[]", "legal/0": legal } } },
    });
    const a = decode(state('"draft/amend"', 70));
    expect(decode(state('"draft/amend"', 70))).toBe(a);
    const b = decode(state('"pen/request"', 70));
    expect(b).not.toBe(a);
    expect(b.mine?.legal).toEqual(["pen/request"]);
    expect(b.mine?.brief).toBe(a.mine?.brief);
    expect(b.pub).toBe(a.pub);
    expect(b.seats).toBe(a.seats);
    expect(b.draft).toBe(a.draft);
    const c = decode(state('"pen/request"', 65));
    expect(c.seats.kyiv).not.toBe(b.seats.kyiv);
    expect(c.seats.paris).toBe(b.seats.paris);
    expect(c.mine).toBe(b.mine);
    // decodeState, for one state on its own, decodes the same.
    expect(decodeState(state('"pen/request"', 65))).toEqual(c);
  });
});

describe("a table connection", () => {
  it("gives a late subscriber the view as it is now, not only the changes after it", async () => {
    // Nothing listens on port 9: the join fails at once and the connection moves on to reconnecting
    // before anyone subscribes, as a join can finish before the page's effects run.
    const conn = connectTable("tbl_test", "token", "http://127.0.0.1:9");
    expect(conn.get().status).toBe("connecting");
    await expect.poll(() => conn.get().status).toBe("reconnecting");
    const seen: ConnectionView[] = [];
    const off = conn.subscribe((v) => seen.push(v));
    expect(seen.map((v) => v.status)).toEqual(["reconnecting"]);
    off();
    await conn.close();
  });
});
