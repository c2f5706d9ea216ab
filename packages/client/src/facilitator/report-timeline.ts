// A line of the after-action report's timeline (or of a replayed step) in the reader's language:
// the engine's events for the action, told from the catalogues (the server's English sentences
// stay for the CSV export).
import type { AfterActionReport } from "@ironclad/engine";
import type { GameEvent, PublicScenario } from "../net/table-types.ts";
import { readingOrder, recordText } from "../panels/event-text.ts";

type Entry = Pick<AfterActionReport["timeline"][number], "type" | "text"> & { events?: readonly GameEvent[] };

/** What one action of the timeline made happen, as sentences; the action's name when nothing was said. */
export function timelineLine(entry: Entry, scenario: PublicScenario): string {
  // A report from before the events were sent: its English is all there is.
  if (!entry.events) return entry.text.join(" ") || entry.type;
  const lines: string[] = [];
  for (const e of readingOrder(entry.events)) {
    const line = recordText(e, scenario);
    if (line) lines.push(line);
  }
  return lines.join(" ") || entry.type;
}
