import { describe, expect, it } from "vitest";
import { apply } from "./apply.ts";
import { nextClockAction } from "./clock.ts";
import { PEN_LAPSE_MS, penLapseAt, penMajority } from "./pen-requests.ts";
import { code, F, negotiating, ok, okEvents, SYS, seat } from "./test-fixtures/helpers.ts";
import { view } from "./view.ts";

describe("oppose", () => {
  it("records opposition beside support; a seat moves between them and never stands on both", () => {
    let s = negotiating();
    const holder = s.penHolder ?? "";
    const author = s.seatOrder.find((x) => x !== holder) ?? "";
    const other = s.seatOrder.find((x) => x !== holder && x !== author) ?? "";
    s = ok(s, { type: "draft/amend", issue: "pledge", option: "armed", actor: seat(author) });
    const { state, events } = okEvents(s, { type: "draft/oppose", amendment: 1, actor: seat(other) });
    expect(state.amendments[0]?.opponents).toEqual([other]);
    expect(events).toContainEqual({ type: "amendment/opposed", id: 1, seat: other });
    expect(code(state, { type: "draft/oppose", amendment: 1, actor: seat(other) })).toBe("draft/already_opposed");
    expect(code(state, { type: "draft/oppose", amendment: 1, actor: seat(author) })).toBe("draft/own_amendment");
    expect(code(state, { type: "draft/oppose", amendment: 9, actor: seat(other) })).toBe("draft/unknown_amendment");
    const turned = ok(state, { type: "draft/support", amendment: 1, actor: seat(other) });
    expect(turned.amendments[0]?.supporters).toEqual([other]);
    expect(turned.amendments[0]?.opponents).toEqual([]);
    const back = ok(turned, { type: "draft/oppose", amendment: 1, actor: seat(other) });
    expect(back.amendments[0]?.supporters).toEqual([]);
    expect(back.amendments[0]?.opponents).toEqual([other]);
    // The state before it was opposed is untouched.
    expect(s.amendments[0]?.opponents).toBeUndefined();
  });
});

describe("the pen moves", () => {
  it("passes to a request that a majority of the seated delegations back", () => {
    let s = negotiating();
    const holder = s.penHolder ?? "";
    const [asker = "", ...rest] = s.seatOrder.filter((x) => x !== holder);
    expect(penMajority(s)).toBe(Math.floor(s.seatOrder.length / 2) + 1);
    expect(code(s, { type: "pen/request", actor: seat(holder) })).toBe("pen/already_holder");
    expect(code(s, { type: "pen/back", seat: asker, actor: seat(holder) })).toBe("pen/no_request");
    s = ok(s, { type: "pen/request", actor: seat(asker) });
    expect(s.penRequests).toEqual([{ seat: asker, at: s.now, backers: [asker] }]);
    expect(code(s, { type: "pen/request", actor: seat(asker) })).toBe("pen/already_requested");
    expect(code(s, { type: "pen/back", seat: asker, actor: seat(asker) })).toBe("pen/already_backed");
    expect(code(s, { type: "pen/back", seat: rest[0] ?? "", actor: seat(asker) })).toBe("pen/no_request");
    expect(code(s, { type: "pen/request", actor: F })).toBe("actor/forbidden");
    // Backers one short of a majority leave the pen where it is.
    const needed = penMajority(s) - 1;
    for (const backer of rest.slice(0, needed - 1)) s = ok(s, { type: "pen/back", seat: asker, actor: seat(backer) });
    expect(s.penHolder).toBe(holder);
    const last = rest[needed - 1] ?? holder;
    const { state, events } = okEvents(s, { type: "pen/back", seat: asker, actor: seat(last) });
    expect(state.penHolder).toBe(asker);
    expect(events).toContainEqual({ type: "pen/passed", from: holder, to: asker, reason: "majority" });
    expect(state.penRequests).toEqual([]);
  });

  it("settles the new holder's request however the pen reaches it", () => {
    let s = negotiating();
    const holder = s.penHolder ?? "";
    const asker = s.seatOrder.find((x) => x !== holder) ?? "";
    s = ok(s, { type: "pen/request", actor: seat(asker) });
    const handed = ok(s, { type: "draft/pass-pen", to: asker, actor: seat(holder) });
    expect(handed.penHolder).toBe(asker);
    expect(handed.penRequests).toEqual([]);
    const taken = ok(s, { type: "facilitator/take-pen", to: asker, actor: F });
    expect(taken.penRequests).toEqual([]);
  });

  it("lapses to the oldest request when the holder leaves an amendment undecided too long", () => {
    let s = negotiating();
    const holder = s.penHolder ?? "";
    const [author = "", first = "", second = ""] = s.seatOrder.filter((x) => x !== holder);
    expect(code(s, { type: "pen/lapse", actor: SYS })).toBe("pen/not_due");
    s = ok(s, { type: "draft/amend", issue: "pledge", option: "armed", actor: seat(author) });
    // An amendment alone starts no clock: nobody is asking for the pen.
    expect(penLapseAt(s)).toBeNull();
    s = ok(s, { type: "pen/request", actor: seat(first) });
    const askedAt = s.now;
    s = ok(s, { type: "pen/request", actor: seat(second) });
    expect(penLapseAt(s)).toBe(askedAt + PEN_LAPSE_MS);
    expect(nextClockAction(s)).toEqual({ type: "pen/lapse", at: askedAt + PEN_LAPSE_MS });
    expect(view(s, { kind: "seat", seat: author }).penLapseAt).toBe(askedAt + PEN_LAPSE_MS);
    expect(code(s, { type: "pen/lapse", actor: SYS, at: askedAt + PEN_LAPSE_MS - 1 })).toBe("pen/not_due");
    expect(code(s, { type: "pen/lapse", actor: seat(first), at: askedAt + PEN_LAPSE_MS })).toBe("actor/forbidden");
    const r = apply(s, { type: "pen/lapse", actor: SYS, at: askedAt + PEN_LAPSE_MS });
    if (!r.ok) throw new Error(r.error.message);
    expect(r.state.penHolder).toBe(first);
    expect(r.events).toContainEqual({ type: "pen/passed", from: holder, to: first, reason: "lapse" });
    expect(r.state.penRequests?.map((x) => x.seat)).toEqual([second]);
    // Deciding the amendment in time stops the clock.
    const decided = ok(s, { type: "draft/decline", amendment: 1, actor: seat(holder) });
    expect(penLapseAt(decided)).toBeNull();
    expect(nextClockAction(decided)).toEqual({ type: "phase/expired", at: decided.deadline });
    // No lapse while the table is paused.
    const paused = ok(s, { type: "facilitator/pause", actor: F });
    expect(penLapseAt(paused)).toBeNull();
    expect(nextClockAction(paused)).toBeNull();
  });

  it("leaves a state that never used requests hashing as before (the lists stay absent)", () => {
    const s = negotiating();
    expect("penRequests" in s).toBe(false);
    expect("polls" in s).toBe(false);
  });
});
