// The people behind each seat, from the store's seat history: for grades (who played the seat
// while the game was played, across moves and removals) and for actions (who held the seat when
// it acted). A seat nobody sat in was played by a bot.
import type { LogEntry, SeatingRecord } from "./store.ts";

/** Who played a seat: their names in the order they sat down, and whether any person did. */
export type SeatPeople = { names: string[]; human: boolean };

/** The stretch of time a table was played: from its start to its last action (open-ended before the start). */
export function playedSpan(log: readonly LogEntry[]): { from: number; until: number } {
  const start = log.find((e) => (e.action as { type?: string } | null)?.type === "table/start");
  return { from: start?.at ?? Number.NEGATIVE_INFINITY, until: log.at(-1)?.at ?? Number.POSITIVE_INFINITY };
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names)];
}

/** Each of `seats` with the people who sat in it during `span` (a seat moved away from before the start does not count). */
export function peopleBySeat(
  seatings: readonly SeatingRecord[],
  seats: readonly string[],
  span: { from: number; until: number },
): Record<string, SeatPeople> {
  const out: Record<string, SeatPeople> = {};
  for (const seat of seats) {
    const names = unique(
      seatings
        .filter((s) => s.seat === seat && s.from <= span.until && (s.until === null || s.until >= span.from))
        .map((s) => s.name),
    );
    out[seat] = { names, human: names.length > 0 };
  }
  return out;
}

/** The people holding `seat` at time `at`. */
export function peopleAt(seatings: readonly SeatingRecord[], seat: string, at: number): string[] {
  return unique(
    seatings.filter((s) => s.seat === seat && s.from <= at && (s.until === null || s.until > at)).map((s) => s.name),
  );
}
