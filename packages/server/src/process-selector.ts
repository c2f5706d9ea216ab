// Where a new table's room is created when several processes share Redis.
// Colyseus picks the process with the fewest rooms, but each process publishes its count at
// most once a second: a session creating ten tables at once would see stale counts and put
// them all on one process. This selector also counts the rooms it placed in the last seconds.
import * as stats from "@colyseus/core/Stats";

const RECENT_MS = 3_000;

/** A `selectProcessIdToCreateRoom` that spreads bursts of new tables evenly. */
export function spreadingProcessSelector(now: () => number = Date.now): () => Promise<string> {
  const recent = new Map<string, number[]>();
  return async () => {
    const all = await stats.fetchAll();
    const t = now();
    let best: { processId: string; load: number } | null = null;
    for (const p of all) {
      const placed = (recent.get(p.processId) ?? []).filter((at) => t - at < RECENT_MS);
      recent.set(p.processId, placed);
      const load = p.roomCount + placed.length;
      if (!best || load < best.load) best = { processId: p.processId, load };
    }
    if (!best) throw new Error("no server process is registered to host a table");
    recent.get(best.processId)?.push(t);
    return best.processId;
  };
}
