// Negotiation: the pen. It is passed, taken by the facilitator, asked for and backed by a majority,
// or lapses to the oldest request when the holder leaves an amendment waiting.
import type { ActionOf } from "./actions.ts";
import { penMajority, penRequests } from "./pen-requests.ts";
import { actingSeat, type Ctx, name, ownList, type RuleError, refusal } from "./rules-context.ts";
import type { SeatId } from "./scenario.ts";
import type { GameState } from "./state.ts";

/** Why a seat that is not (or is already) at the pen cannot be handed it. */
export function penRefusal(s: GameState, to: SeatId | null): RuleError | null {
  if (to !== null) {
    const seat = s.seats[to];
    if (!seat || seat.redCell)
      return refusal("seat/not_seated", `${name(s, to)} is not a negotiating seat at this table.`);
  }
  return s.penHolder === to ? refusal("draft/already_holds_pen", `${name(s, to)} already holds the pen.`) : null;
}

/** The pen goes to `to` (a seat, or the facilitator for null); the new holder's own request is settled. */
export function movePen(c: Ctx, to: SeatId | null, reason: "majority" | "lapse" | null): void {
  const { s } = c;
  const from = s.penHolder;
  s.penHolder = to;
  c.events.push(reason ? { type: "pen/passed", from, to, reason } : { type: "pen/passed", from, to });
  if (to !== null && penRequests(s).some((r) => r.seat === to))
    c.s.penRequests = penRequests(s).filter((r) => r.seat !== to);
}

/** A seat asks for the pen (it passes at once when one voice is a majority). */
export function requestPen(c: Ctx, a: ActionOf<"pen/request">): void {
  const { s } = c;
  const seat = actingSeat(a.actor);
  ownList(c, "penRequests").push({ seat, at: c.t, backers: [seat] });
  c.events.push({ type: "pen/requested", seat });
  if (penMajority(s) <= 1) movePen(c, seat, "majority");
}

/** A seat backs another seat's request for the pen; a majority passes it. */
export function backPenRequest(c: Ctx, a: ActionOf<"pen/back">): void {
  const { s } = c;
  const by = actingSeat(a.actor);
  const list = ownList(c, "penRequests");
  const k = list.findIndex((r) => r.seat === a.seat);
  const request = list[k];
  if (!request) throw new Error("a backed request vanished after its check");
  const backed = { ...request, backers: [...request.backers, by] };
  list[k] = backed;
  c.events.push({ type: "pen/backed", seat: a.seat, by });
  if (backed.backers.length >= penMajority(s)) movePen(c, a.seat, "majority");
}

/** The holder left an amendment waiting too long: the pen goes to the oldest request. */
export function lapsePen(c: Ctx): void {
  const { s } = c;
  const oldest = penRequests(s)[0];
  if (!oldest) throw new Error("a lapse with no request after its check");
  movePen(c, oldest.seat, "lapse");
}
