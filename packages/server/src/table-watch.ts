// Watching a table (#21, item 2): anyone with a table's watch link sees it as an observer (public
// information only) without taking a seat. The link carries the table's id and a key derived from the
// table's secret seed, so it opens watching only: it seats nobody (the join code does that), and every
// process can check it without a shared secret or a stored copy.
import { createHash, timingSafeEqual } from "node:crypto";
import type { TableConfig } from "./session-settings.ts";
import type { TableRecord } from "./store.ts";

/** A table's watch key: 22 URL-safe characters (132 bits) that only the table's seed gives. */
export function watchKeyOf(table: Pick<TableRecord, "id" | "seed">): string {
  return createHash("sha256").update(`ironclad-watch:${table.id}:${table.seed}`).digest("base64url").slice(0, 22);
}

/** Whether `key` is the table's watch key (in constant time). */
export function watchKeyMatches(table: Pick<TableRecord, "id" | "seed">, key: unknown): boolean {
  if (typeof key !== "string" || key.length !== 22) return false;
  return timingSafeEqual(Buffer.from(key), Buffer.from(watchKeyOf(table)));
}

/** The page a watch link opens: `/watch/<tableId>/<key>`. */
export function watchPath(table: Pick<TableRecord, "id" | "seed">): string {
  return `/watch/${encodeURIComponent(table.id)}/${watchKeyOf(table)}`;
}

/** Whether people may watch the table now (a table made before watching existed may: absent means yes). */
export function watchingOn(config: unknown): boolean {
  return (config as TableConfig).watching !== false;
}

/**
 * Whether a seatless person counts as a watcher: at a table where people choose their seats, a person
 * without one came to watch (the join form's "Watch as an observer"); where the facilitator seats people,
 * they wait for a seat and are not watchers.
 */
export function seatlessWatches(config: unknown): boolean {
  return (config as TableConfig).seatChoice !== "facilitator";
}
