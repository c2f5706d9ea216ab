// Negotiation: linked offers between seats (support or acceptance of amendments, given and asked),
// and settling their terms when the amendments close.
import type { ActionOf } from "./actions.ts";
import { offers, partyOf, termResult } from "./offers.ts";
import { amendmentById } from "./rules-amendments.ts";
import { actingSeat, type Ctx, fixed, name, ownList, type RuleError, refusal } from "./rules-context.ts";
import type { SeatId } from "./scenario.ts";
import type { GameState, Offer } from "./state.ts";

type OfferTerms = readonly { act: "support" | "accept"; amendment: number }[];

/** Why `by` may not make this linked offer (every amendment must be open, every term one its party can give), or null. */
export function offerRefusal(
  s: GameState,
  by: SeatId,
  to: SeatId | null,
  gives: OfferTerms,
  asks: OfferTerms,
): RuleError | null {
  if (to === by) return fixed("offer/self", "An offer is made to another seat or to the table, not to yourself.");
  if (to !== null && !s.seatOrder.includes(to))
    return refusal("offer/unknown_seat", `${name(s, to)} is not negotiating at this table.`);
  return termsRefusal(s, "gives", gives, by) ?? termsRefusal(s, "asks", asks, to);
}

/** Why one side's terms cannot stand (`party` gives them), or null. Allocates nothing when they can. */
function termsRefusal(s: GameState, side: "gives" | "asks", terms: OfferTerms, party: SeatId | null): RuleError | null {
  for (let i = 0; i < terms.length; i++) {
    const term = terms[i] as OfferTerms[number];
    const m = amendmentById(s.amendments, term.amendment);
    if (!m) return refusal("offer/unknown_amendment", `There is no amendment ${term.amendment}.`);
    if (m.status !== "open") return refusal("offer/closed_amendment", `Amendment ${m.id} is ${m.status}.`);
    for (let j = 0; j < i; j++)
      if (terms[j]?.amendment === m.id)
        return refusal("offer/duplicate_term", `Amendment ${m.id} is named twice on one side.`);
    if (term.act === "accept" && (party === null || party !== s.penHolder))
      return refusal(
        "offer/not_pen_holder",
        side === "gives"
          ? "Only the pen-holder can offer to accept an amendment."
          : "Only the pen-holder can be asked to accept an amendment: make the offer to them.",
      );
    if (term.act === "support" && party === m.by)
      return refusal("offer/own_amendment", `${name(s, m.by)} proposed amendment ${m.id} and cannot support it.`);
  }
  return null;
}

/**
 * Settles the terms of accepted offers about amendment `id` (it has just closed), or about every
 * amendment (null: the talks are over).
 */
export function settleOffers(c: Ctx, id: number | null): void {
  const { s } = c;
  const list = offers(s);
  for (let k = 0; k < list.length; k++) {
    const offer = list[k];
    if (!offer || offer.status !== "accepted") continue;
    let changed: Offer | null = null;
    for (const side of ["gives", "asks"] as const) {
      const party = partyOf(offer, side);
      offer[side].forEach((term, i) => {
        if (term.result || party === null || (id !== null && term.amendment !== id)) return;
        const m = amendmentById(s.amendments, term.amendment);
        if (!m) return;
        const result = termResult(term, m, party, s.penHolder);
        changed ??= { ...offer, gives: [...offer.gives], asks: [...offer.asks] };
        changed[side][i] = { ...term, result };
        c.events.push({ type: "offer/settled", id: offer.id, seat: party, act: term.act, amendment: m.id, result });
      });
    }
    if (changed) ownList(c, "offers")[k] = changed;
  }
}

/** A seat makes a linked offer to another seat or to the whole table. */
export function makeOffer(c: Ctx, a: ActionOf<"offer/make">): void {
  const { s } = c;
  const by = actingSeat(a.actor);
  const list = ownList(c, "offers");
  const offer: Offer = {
    id: list.length + 1,
    by,
    to: a.to,
    gives: a.gives.map((t) => ({ act: t.act, amendment: t.amendment })),
    asks: a.asks.map((t) => ({ act: t.act, amendment: t.amendment })),
    status: "open",
    acceptedBy: null,
    round: s.round,
    at: c.t,
  };
  list.push(offer);
  c.events.push({ type: "offer/made", offer });
}

/** An open offer is accepted or declined by a seat it was made to, or withdrawn by its maker. */
export function answerOffer(c: Ctx, a: ActionOf<"offer/accept" | "offer/decline" | "offer/withdraw">): void {
  const seat = actingSeat(a.actor);
  const list = ownList(c, "offers");
  const k = list.findIndex((o) => o.id === a.offer);
  const offer = list[k];
  if (!offer) throw new Error("an offer vanished after its check");
  if (a.type === "offer/withdraw") {
    list[k] = { ...offer, status: "withdrawn" };
    c.events.push({ type: "offer/withdrawn", id: offer.id });
  } else {
    const status = a.type === "offer/accept" ? "accepted" : "declined";
    list[k] = { ...offer, status, acceptedBy: status === "accepted" ? seat : null };
    c.events.push({ type: "offer/answered", id: offer.id, seat, status });
  }
}
