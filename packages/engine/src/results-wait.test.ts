// Ratification and each stress-test year wait for every seat's "continue", or their clock, so that
// nobody misses them (#21 item 7): one seat's continue does not move the table on, the last one's
// does, and the clock ends them only once it has run out.
import { describe, expect, it } from "vitest";
import type { GameState } from "./state.ts";
import { code, F, negotiating, ok, SYS, seat, voted } from "./test-fixtures/helpers.ts";
import { mini, STRONG } from "./test-fixtures/mini.ts";

const SEATS = ["washington", "paris", "kyiv"];
// Crosses only Berlin's red line, and Berlin is not at this table: all three can sign.
const OPEN = { ...STRONG, alignment: "open" };

/** Every seat but `last` says continue; the table must still be where it was. */
function allContinueBut(s: GameState, last: string): GameState {
  let out = s;
  for (const id of SEATS.filter((x) => x !== last)) out = ok(out, { type: "seat/ready", ready: true, actor: seat(id) });
  return out;
}

const ratifying = () =>
  voted(negotiating(mini, { seats: SEATS, controllers: { moscow: "human" } }), OPEN, {
    washington: "sign",
    paris: "sign",
    kyiv: "sign",
  });

describe("the results wait for everyone's continue, or their clock", () => {
  it("holds ratification until the last seat says continue", () => {
    const s = ratifying();
    expect(s.phase).toBe("ratification");
    expect(s.deadline).toBe(s.now + mini.timings.ratificationSeconds * 1000);
    const waiting = allContinueBut(s, "kyiv");
    expect(waiting.phase).toBe("ratification");
    // The clock has time left: the server cannot end it yet.
    expect(code(waiting, { type: "phase/expired", actor: SYS })).toBe("phase/not_expired");
    const on = ok(waiting, { type: "seat/ready", ready: true, actor: seat("kyiv") });
    expect(on.phase).toBe("stress");
    expect(on.year).toBe(1);
  });

  it("ends ratification when its clock runs out, whoever has not said continue", () => {
    const s = allContinueBut(ratifying(), "paris");
    const on = ok(s, { type: "phase/expired", actor: SYS, at: s.deadline ?? 0 });
    expect(on.phase).toBe("stress");
  });

  it("holds each year's event and its result until the last seat says continue, or the clock runs out", () => {
    let s = negotiating(mini, { seats: SEATS, controllers: { moscow: "human" } });
    // Every round skipped: the talks fail, on to the stress test.
    while (s.phase === "negotiation") s = ok(s, { type: "facilitator/skip", actor: F });
    expect([s.phase, s.step, s.year]).toEqual(["stress", "event", 1]);
    s = allContinueBut(s, "washington");
    expect(s.step).toBe("event");
    s = ok(s, { type: "seat/ready", ready: true, actor: seat("washington") });
    expect(s.step).toBe("moscow");

    // Moscow complies: the year's result is shown, and waits.
    s = ok(s, { type: "stress/moscow-act", action: "comply", actor: seat("moscow") });
    expect(s.step).toBe("adjudicated");
    const result = allContinueBut(s, "kyiv");
    expect([result.step, result.year]).toEqual(["adjudicated", 1]);
    expect(code(result, { type: "phase/expired", actor: SYS })).toBe("phase/not_expired");
    // The last continue moves on to the next year; so does the clock, without it.
    const byContinue = ok(result, { type: "seat/ready", ready: true, actor: seat("kyiv") });
    const byClock = ok(result, { type: "phase/expired", actor: SYS, at: result.deadline ?? 0 });
    for (const next of [byContinue, byClock]) expect([next.step, next.year]).toEqual(["event", 2]);
  });
});
