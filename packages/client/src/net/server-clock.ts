// The offset from this browser's clock to the server's, which every countdown reads (deadlines are
// server ms). The room's `clock` message, on each join and reconnect, sets it afresh (another server
// process may keep another clock). A state's `now` is no clock: it is the table's last action's
// time, minutes old at a quiet table, and a page that set its clock from it showed, after a reload,
// the time left at that action (#18, item 3). A server time seen on arrival is still a lower bound
// of the server's time then, so a newer state's `now` may raise the offset, never lower it.

/** Server clock minus local clock, ms, once `serverNow` (a server time when sent) arrives at local `localNow`. */
export function offsetAfter(prev: number | null, serverNow: number, localNow: number): number | null {
  if (!(serverNow > 0)) return prev;
  const bound = serverNow - localNow;
  return prev === null ? bound : Math.max(prev, bound);
}
