import type { InitOptions } from "@ironclad/engine";
import type { TableConfig } from "./session-settings.ts";
import type { TableRecord } from "./store.ts";

/** The engine's creation options for a stored table: the same every time, so its log always replays. */
export function initOptionsFor(table: TableRecord): InitOptions {
  const config = table.config as TableConfig;
  return {
    seed: table.seed,
    tableId: table.id,
    seats: config.seats,
    timings: config.timings,
    at: table.createdAt,
    // A human red cell, or the sharp bot acting for one (see TableBots): either way the engine waits.
    // The engine finds the red cell by its kind, whatever the scenario calls it.
    ...(config.moscow === "bot" ? {} : { redCell: "human" as const }),
    // A fork stops its clock at the step it was forked at, with no pause action in its log.
    ...(config.pauseAt ? { pauseAt: config.pauseAt } : {}),
  };
}
