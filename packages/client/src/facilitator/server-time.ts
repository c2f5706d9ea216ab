// The server's time on the facilitator's pages that watch a table's room (the projector, the
// drill): the local clock corrected by an offset measured when a state with a new `now` arrives.
// A state's `now` is the time of the table's last action, so the offset must be kept between
// actions: measured again at every tick, it would hold the clock at that action's time.

/** The server's time a state carried and the offset measured when it arrived. */
export type ServerClock = { serverNow: number; offset: number };

/** The clock after a state stamped `serverNow` is seen at local time `localNow` (the same one while the stamp is unchanged). */
export function followServerClock(prev: ServerClock | null, serverNow: number, localNow: number): ServerClock | null {
  if (serverNow <= 0) return prev;
  if (prev && prev.serverNow === serverNow) return prev;
  return { serverNow, offset: serverNow - localNow };
}

/** Milliseconds left until `deadline` (server ms) at local time `localNow`; null when there is no clock. */
export function remainingOnServer(deadline: number | null, clock: ServerClock | null, localNow: number): number | null {
  if (!deadline) return null;
  return Math.max(0, deadline - (localNow + (clock?.offset ?? 0)));
}
