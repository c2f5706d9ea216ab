// A table's event log replayed from its creation options, for tests that check what was saved.
import { replay, stateHash } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import type { LogEntry, TableRecord } from "../src/store.ts";
import { initOptionsFor } from "../src/table-init.ts";

/** Replays `log` for `table` (default scenario): the replay's error, and whether it ends at the last entry's hash. */
export function replayLog(table: TableRecord, log: LogEntry[]): { error: unknown; matchesLastHash: boolean } {
  const { seed, ...init } = initOptionsFor(table);
  const replayed = replay(
    defaultScenario(),
    seed,
    log.map((e) => e.action),
    undefined,
    init,
  );
  return { error: replayed.error, matchesLastHash: stateHash(replayed.state) === log.at(-1)?.stateHash };
}
