// The pen moves: any seat may ask for it, and it passes when the holder hands it over, when a
// majority of the seated delegations back a request, or when the holder leaves an amendment
// undecided too long while someone is asking (then to the oldest request). The reducer applies
// these rules; this file says when they hold, for the reducer, the room's clock and the bots.
import type { Amendment, GameState, PenRequest } from "./state.ts";

/**
 * How long a pen-holder may leave an amendment undecided once a seat has asked for the pen.
 * A constant, not a scenario timing, so that saved scenarios and their hashes stay as they were.
 */
export const PEN_LAPSE_MS = 90_000;

const NO_REQUESTS: readonly PenRequest[] = Object.freeze([]);

/** The open requests for the pen, oldest first. */
export function penRequests(s: Pick<GameState, "penRequests">): readonly PenRequest[] {
  return s.penRequests ?? NO_REQUESTS;
}

/** Backers a request needs to move the pen: a majority of the seated negotiating delegations. */
export function penMajority(s: Pick<GameState, "seatOrder">): number {
  return Math.floor(s.seatOrder.length / 2) + 1;
}

function oldestOpen(amendments: readonly Amendment[]): Amendment | null {
  for (const m of amendments) if (m.status === "open") return m;
  return null;
}

/**
 * When the pen lapses if nothing changes: a seat holds it, someone has asked for it, and an
 * amendment is undecided. The clock starts at the later of the oldest open amendment and the
 * oldest request (a holder is not faulted for an amendment nobody was waiting on). Null when
 * no lapse is pending.
 */
export function penLapseAt(s: GameState): number | null {
  if (s.phase !== "negotiation" || s.paused || s.penHolder === null) return null;
  const first = penRequests(s)[0];
  if (!first) return null;
  const open = oldestOpen(s.amendments);
  if (!open) return null;
  return Math.max(open.at, first.at) + PEN_LAPSE_MS;
}
