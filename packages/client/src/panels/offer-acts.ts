// What the viewer may do with an offer, as the engine's view gives it (`offerAffordances`): the
// offers panel shows a button for each and decides nothing itself (#18: it showed Accept on an
// offer whose amendment had closed, which the engine then refused).
import type { OfferAct } from "@ironclad/engine";
import type { PrivatePart, PublicPart } from "../net/table-types.ts";

type Offer = PublicPart["offers"][number];

const NO_ACTS: ReadonlySet<OfferAct> = new Set();

/** The acts the view lets this viewer take on `offer` now (none for a settled offer or an observer). */
export function offerActsOf(mine: PrivatePart | null, offer: Pick<Offer, "id" | "status">): ReadonlySet<OfferAct> {
  if (offer.status !== "open") return NO_ACTS;
  const found = mine?.offerAffordances?.find((x) => x.offer === offer.id);
  return found ? new Set(found.acts) : NO_ACTS;
}
