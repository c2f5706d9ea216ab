// Time on the server's clock, as the panels read it: the local clock corrected by the offset the
// connection measured from the state's `now`. Deadlines (the phase's, the pen's lapse, a straw
// poll's close) are server milliseconds; every countdown on the page reads them through here.
import { useEffect, useState } from "preact/hooks";

/** Milliseconds left until `deadline` on the server's clock. */
export function remainingMs(deadline: number, clockOffset: number, localNow = Date.now()): number {
  if (deadline <= 0) return 0;
  return Math.max(0, deadline - (localNow + clockOffset));
}

/** `m:ss` for a duration. */
export function formatClock(ms: number): string {
  const total = Math.ceil(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return `${m}:${String(s).padStart(2, "0")}`;
}

/**
 * The local time at this render, re-rendering twice a second while `active` (so a countdown moves).
 * Read afresh each render: a time kept from the last tick was, when a paused clock resumed, the
 * time it stopped ticking, and the clock showed that much more for half a second (#18, item 3).
 */
export function useTick(active: boolean): number {
  const [, setTicks] = useState(0);
  useEffect(() => {
    if (!active) return;
    const id = setInterval(() => setTicks((n) => n + 1), 500);
    return () => clearInterval(id);
  }, [active]);
  return Date.now();
}

/** The server's time now, ticking while `active`. */
export function useServerNow(clockOffset: number, active: boolean): number {
  return useTick(active) + clockOffset;
}
