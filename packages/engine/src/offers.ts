// Linked offers: "I support (or, holding the pen, accept) A if you support B", made to one seat or
// to the table, with as many amendments on each side as the parties like. The engine records the
// offer and, once it is accepted, settles each term when its amendment closes or the talks end:
// kept, broken, or void (the amendment was withdrawn, or an acceptance was owed by a seat that no
// longer held the pen). It never forces a term: keeping one's word is the players' choice.

import type { SeatId } from "./scenario.ts";
import type { Amendment, GameState, Offer, OfferTerm } from "./state.ts";

/** Most terms on one side of an offer. */
export const MAX_OFFER_TERMS = 6;
/** Most open offers a seat may have out at once. */
export const MAX_OPEN_OFFERS_PER_SEAT = 5;

const NO_OFFERS: readonly Offer[] = Object.freeze([]);

/** Linked offers made so far, oldest first. */
export function offers(s: Pick<GameState, "offers">): readonly Offer[] {
  return s.offers ?? NO_OFFERS;
}

/** What `term` came to for `party` once amendment `m` has closed or the talks have ended. */
export function termResult(
  term: OfferTerm,
  m: Amendment,
  party: SeatId,
  penHolder: SeatId | null,
): NonNullable<OfferTerm["result"]> {
  if (m.status === "withdrawn") return "void";
  if (term.act === "support") return m.supporters.includes(party) ? "kept" : "broken";
  if (m.status === "accepted") return "kept";
  return penHolder === party ? "broken" : "void";
}

/** Who owes each side of an accepted offer. */
export function partyOf(offer: Offer, side: "gives" | "asks"): SeatId | null {
  return side === "gives" ? offer.by : offer.acceptedBy;
}

/** Terms broken per seat over the whole game (for the debrief and the hotwash). */
export function brokenTerms(s: Pick<GameState, "offers">): Record<SeatId, number> {
  const out: Record<SeatId, number> = {};
  for (const offer of offers(s))
    for (const side of ["gives", "asks"] as const) {
      const party = partyOf(offer, side);
      if (party === null) continue;
      for (const term of offer[side]) if (term.result === "broken") out[party] = (out[party] ?? 0) + 1;
    }
  return out;
}
