// The server's time on the facilitator's pages that watch a table's room (the projector, the
// drill): the local clock corrected by the offset the room's `clock` message sets on joining
// (net/server-clock.ts). A state's `now` is the time of the table's last action, minutes old at a
// quiet table, so it only tightens that offset; measured again at every tick, it would hold the
// clock at that action's time.
import { offsetAfter } from "../net/server-clock.ts";

/** The last server time seen (the clock message's or a state's) and the offset it left. */
export type ServerClock = { serverNow: number; offset: number };

/** The clock the room's `clock` message sets: the server's time `serverNow` seen at local time `localNow`. */
export function serverClockAt(serverNow: number, localNow: number): ServerClock | null {
  const offset = offsetAfter(null, serverNow, localNow);
  return offset === null ? null : { serverNow, offset };
}

/**
 * The clock after a state stamped `serverNow` is seen at local time `localNow`: the same one while
 * the stamp is unchanged, and none from a state alone (its `now` may be long past).
 */
export function followServerClock(prev: ServerClock | null, serverNow: number, localNow: number): ServerClock | null {
  if (!prev || serverNow <= 0 || prev.serverNow === serverNow) return prev;
  return { serverNow, offset: offsetAfter(prev.offset, serverNow, localNow) ?? prev.offset };
}

/** Milliseconds left until `deadline` (server ms) at local time `localNow`; null when there is no clock. */
export function remainingOnServer(deadline: number | null, clock: ServerClock | null, localNow: number): number | null {
  if (!deadline) return null;
  return Math.max(0, deadline - (localNow + (clock?.offset ?? 0)));
}
