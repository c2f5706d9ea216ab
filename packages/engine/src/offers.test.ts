import { describe, expect, it } from "vitest";
import { brokenTerms } from "./offers.ts";
import type { GameState } from "./state.ts";
import { code, F, negotiating, ok, okEvents, SYS, seat } from "./test-fixtures/helpers.ts";
import { view } from "./view.ts";

/** A table in talks with two open amendments: #1 by `a`, #2 by `b`; `holder` holds the pen. */
function withTwoAmendments(): { s: GameState; holder: string; a: string; b: string; c: string } {
  let s = negotiating();
  const holder = s.penHolder ?? "";
  const [a = "", b = "", c = ""] = s.seatOrder.filter((x) => x !== holder);
  s = ok(s, { type: "draft/amend", issue: "pledge", option: "armed", actor: seat(a) });
  s = ok(s, { type: "draft/amend", issue: "alignment", option: "open", actor: seat(b) });
  return { s, holder, a, b, c };
}

describe("linked offers", () => {
  it("records an offer, its acceptance, and each term kept or broken as its amendment closes", () => {
    const { s: start, holder, a, b } = withTwoAmendments();
    // a: "I support #2 if you (the pen-holder) accept #1".
    const made = okEvents(start, {
      type: "offer/make",
      to: holder,
      gives: [{ act: "support", amendment: 2 }],
      asks: [{ act: "accept", amendment: 1 }],
      actor: seat(a),
    });
    let s = made.state;
    expect(s.offers?.[0]).toMatchObject({ id: 1, by: a, to: holder, status: "open", acceptedBy: null });
    expect(view(s, { kind: "seat", seat: b }).offers).toHaveLength(1);
    s = ok(s, { type: "offer/accept", offer: 1, actor: seat(holder) });
    expect(s.offers?.[0]).toMatchObject({ status: "accepted", acceptedBy: holder });
    // The pen-holder keeps its side: accepting #1 settles the acceptance as kept.
    const accepted = okEvents(s, { type: "draft/accept", amendment: 1, actor: seat(holder) });
    s = accepted.state;
    expect(accepted.events).toContainEqual({
      type: "offer/settled",
      id: 1,
      seat: holder,
      act: "accept",
      amendment: 1,
      result: "kept",
    });
    // a never supports #2: when #2 is declined, a's term is broken.
    const declined = okEvents(s, { type: "draft/decline", amendment: 2, actor: seat(holder) });
    expect(declined.state.offers?.[0]?.gives[0]?.result).toBe("broken");
    expect(declined.state.offers?.[0]?.asks[0]?.result).toBe("kept");
    expect(brokenTerms(declined.state)).toEqual({ [a]: 1 });
  });

  it("keeps a supporter's word, voids a withdrawn amendment's terms, and settles the rest when talks end", () => {
    const { s: start, holder, a, b, c } = withTwoAmendments();
    let s = ok(start, {
      type: "offer/make",
      to: null,
      gives: [{ act: "support", amendment: 2 }],
      asks: [{ act: "support", amendment: 1 }],
      actor: seat(a),
    });
    expect(code(s, { type: "offer/decline", offer: 1, actor: seat(c) })).toBe("offer/not_yours");
    s = ok(s, { type: "offer/accept", offer: 1, actor: seat(c) });
    s = ok(s, { type: "draft/support", amendment: 2, actor: seat(a) });
    const withdrawn = ok(s, { type: "draft/withdraw", amendment: 1, actor: seat(a) });
    expect(withdrawn.offers?.[0]?.asks[0]?.result).toBe("void");
    // The facilitator ends the game: #2 is still open, a supports it, c never supported #1.
    const ended = ok(s, { type: "facilitator/end", actor: F });
    expect(ended.offers?.[0]?.gives[0]?.result).toBe("kept");
    expect(ended.offers?.[0]?.asks[0]?.result).toBe("broken");
    expect(brokenTerms(ended)).toEqual({ [c]: 1 });
    expect(holder).not.toBe(a);
    expect(b).not.toBe(c);
  });

  it("refuses offers that name a closed or unknown amendment, the offering seat, or a term its party cannot give", () => {
    const { s, holder, a, b, c } = withTwoAmendments();
    const offer = (over: Record<string, unknown>, by = a) =>
      code(s, {
        type: "offer/make",
        to: b,
        gives: [{ act: "support", amendment: 2 }],
        asks: [{ act: "support", amendment: 1 }],
        actor: seat(by),
        ...over,
      });
    expect(offer({ to: a })).toBe("offer/self");
    expect(offer({ to: "atlantis" })).toBe("offer/unknown_seat");
    expect(offer({ gives: [{ act: "support", amendment: 9 }] })).toBe("offer/unknown_amendment");
    expect(offer({ gives: [{ act: "support", amendment: 1 }] })).toBe("offer/own_amendment");
    expect(offer({ asks: [{ act: "support", amendment: 2 }] })).toBe("offer/own_amendment");
    expect(offer({ gives: [{ act: "accept", amendment: 2 }] })).toBe("offer/not_pen_holder");
    expect(offer({ asks: [{ act: "accept", amendment: 1 }] })).toBe("offer/not_pen_holder");
    expect(
      offer({
        to: c,
        gives: [
          { act: "support", amendment: 2 },
          { act: "support", amendment: 2 },
        ],
      }),
    ).toBe("offer/duplicate_term");
    expect(code(s, { type: "offer/make", to: b, gives: [], asks: [], actor: seat(a) })).toBe("action/invalid");
    expect(
      code(s, {
        type: "offer/make",
        to: b,
        gives: [{ act: "support", amendment: 2 }],
        asks: [{ act: "support", amendment: 1 }],
        actor: SYS,
      }),
    ).toBe("actor/forbidden");
    const closed = ok(s, { type: "draft/decline", amendment: 1, actor: seat(holder) });
    expect(
      code(closed, {
        type: "offer/make",
        to: c,
        gives: [{ act: "support", amendment: 2 }],
        asks: [{ act: "support", amendment: 1 }],
        actor: seat(a),
      }),
    ).toBe("offer/closed_amendment");
    // Answering: only its addressee declines, its maker withdraws, nobody answers twice.
    const made = ok(s, {
      type: "offer/make",
      to: c,
      gives: [{ act: "support", amendment: 2 }],
      asks: [{ act: "support", amendment: 1 }],
      actor: seat(a),
    });
    expect(code(made, { type: "offer/accept", offer: 1, actor: seat(a) })).toBe("offer/own_offer");
    expect(code(made, { type: "offer/accept", offer: 1, actor: seat(b) })).toBe("offer/not_yours");
    expect(code(made, { type: "offer/withdraw", offer: 1, actor: seat(c) })).toBe("offer/not_yours");
    expect(code(made, { type: "offer/accept", offer: 7, actor: seat(c) })).toBe("offer/not_found");
    const gone = ok(made, { type: "offer/withdraw", offer: 1, actor: seat(a) });
    expect(code(gone, { type: "offer/accept", offer: 1, actor: seat(c) })).toBe("offer/closed");
    const later = ok(made, { type: "draft/decline", amendment: 1, actor: seat(holder) });
    expect(code(later, { type: "offer/accept", offer: 1, actor: seat(c) })).toBe("offer/closed_amendment");
  });
});

describe("the positions board", () => {
  it("records each seat's stance per option, publicly, and refuses unknown options and no-change", () => {
    let s = negotiating();
    const [me = "", other = ""] = s.seatOrder;
    s = ok(s, { type: "position/set", issue: "alignment", option: "open", stance: "cannot", actor: seat(me) });
    s = ok(s, { type: "position/set", issue: "alignment", option: "neutral", stance: "needs", actor: seat(me) });
    expect(view(s, { kind: "seat", seat: other }).positions[me]).toEqual({
      alignment: { open: "cannot", neutral: "needs" },
    });
    expect(
      code(s, { type: "position/set", issue: "alignment", option: "open", stance: "cannot", actor: seat(me) }),
    ).toBe("position/no_change");
    expect(code(s, { type: "position/set", issue: "weather", option: "open", stance: "needs", actor: seat(me) })).toBe(
      "draft/unknown_issue",
    );
    expect(code(s, { type: "position/set", issue: "alignment", option: "x", stance: "needs", actor: seat(me) })).toBe(
      "draft/unknown_option",
    );
    const cleared = ok(s, { type: "position/set", issue: "alignment", option: "open", stance: null, actor: seat(me) });
    expect(cleared.positions?.[me]).toEqual({ alignment: { neutral: "needs" } });
    expect(s.positions?.[me]?.alignment?.open).toBe("cannot");
  });
});
