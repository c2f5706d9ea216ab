// The Colyseus side of TableHost: a table runs as the `table` room whose roomId is the table id.
import { matchMaker } from "@colyseus/core";
import type { Logger } from "./logger.ts";
import type { TableHost } from "./session-service.ts";
import type { TableRoom } from "./table-room.ts";

/** Opens table rooms on demand and pokes them when their people change. */
export class RoomTableHost implements TableHost {
  readonly #opening = new Map<string, Promise<void>>();
  readonly #logger: Logger;
  constructor(logger: Logger) {
    this.#logger = logger;
  }

  async open(tableId: string): Promise<void> {
    // Two joins racing for a table that is not running yet must create one room, not two.
    let pending = this.#opening.get(tableId);
    if (!pending) {
      pending = (async () => {
        const running = await matchMaker.query({ roomId: tableId });
        if (running.length === 0) await matchMaker.createRoom("table", { tableId });
      })().finally(() => this.#opening.delete(tableId));
      this.#opening.set(tableId, pending);
    }
    await pending;
  }

  async peopleChanged(tableId: string): Promise<void> {
    const running = await matchMaker.query({ roomId: tableId });
    if (running.length === 0) return;
    try {
      await matchMaker.remoteRoomCall<TableRoom>(tableId, "peopleChanged");
    } catch (error) {
      this.#logger.warn({ err: error, tableId }, "could not tell a table that its people changed");
    }
  }

  /** Restores every unfinished table (after a restart or a crash) by opening its room. */
  async restore(tableIds: readonly string[]): Promise<void> {
    for (const id of tableIds) {
      try {
        await this.open(id);
      } catch (error) {
        this.#logger.error({ err: error, tableId: id }, "could not restore a table");
      }
    }
  }
}
