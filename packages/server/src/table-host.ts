// The Colyseus side of TableHost: a table runs as the `table` room whose roomId is the table id.
import { matchMaker } from "@colyseus/core";
import type { Logger } from "./logger.ts";
import type { TableHost } from "./session-service.ts";
import type { Store } from "./store.ts";
import type { TableRoom } from "./table-room.ts";

/** Seconds one process's claim to restore a table keeps other processes off it. */
const RESTORE_CLAIM_SECONDS = 15;

/** Opens table rooms on demand, pokes them when their people change, and brings back lost ones. */
export class RoomTableHost implements TableHost {
  readonly #opening = new Map<string, Promise<void>>();
  readonly #logger: Logger;
  readonly #store: Store;
  #guard: NodeJS.Timeout | null = null;

  constructor(store: Store, logger: Logger) {
    this.#store = store;
    this.#logger = logger;
  }

  async open(tableId: string): Promise<void> {
    // Two joins racing for a table that is not running yet must create one room, not two.
    let pending = this.#opening.get(tableId);
    if (!pending) {
      pending = (async () => {
        if (await this.#running(tableId)) return;
        // Across processes: the first to claim the table creates its room.
        const claims = await matchMaker.presence.hincrbyex("ironclad:opening", tableId, 1, RESTORE_CLAIM_SECONDS);
        if (claims > 1) return;
        try {
          if (!(await this.#running(tableId))) await matchMaker.createRoom("table", { tableId });
        } finally {
          await matchMaker.presence.hdel("ironclad:opening", tableId);
        }
      })().finally(() => this.#opening.delete(tableId));
      this.#opening.set(tableId, pending);
    }
    await pending;
  }

  async #running(tableId: string): Promise<boolean> {
    return (await matchMaker.query({ roomId: tableId })).length > 0;
  }

  /** Calls a method of a running table, wherever it runs; null when the table runs nowhere. */
  async call<M extends "summary" | "facilitatorAct" | "announce">(
    tableId: string,
    method: M,
    args: Parameters<TableRoom[M]> = [] as unknown as Parameters<TableRoom[M]>,
  ): Promise<Awaited<ReturnType<TableRoom[M]>> | null> {
    if (!(await this.#running(tableId))) return null;
    return (await matchMaker.remoteRoomCall<TableRoom>(tableId, method, args)) as Awaited<ReturnType<TableRoom[M]>>;
  }

  async peopleChanged(tableId: string): Promise<void> {
    if (!(await this.#running(tableId))) return;
    try {
      await matchMaker.remoteRoomCall<TableRoom>(tableId, "peopleChanged");
    } catch (error) {
      this.#logger.warn({ err: error, tableId }, "could not tell a table that its people changed");
    }
  }

  async watchingChanged(tableId: string): Promise<void> {
    if (!(await this.#running(tableId))) return;
    try {
      await matchMaker.remoteRoomCall<TableRoom>(tableId, "watchingChanged");
    } catch (error) {
      this.#logger.warn({ err: error, tableId }, "could not tell a table that watching was switched");
    }
  }

  /**
   * Makes sure every unfinished table runs somewhere: after a restart, and after another
   * process died (its rooms are dropped from the shared cache by Colyseus's health check,
   * then restored here from the event log). Returns how many tables were (re)opened.
   */
  async restoreAll(): Promise<number> {
    await matchMaker.healthCheckAllProcesses().catch((error) => {
      this.#logger.warn({ err: error }, "process health check failed");
    });
    let opened = 0;
    for (const table of await this.#store.listOpenTables()) {
      if (await this.#running(table.id)) continue;
      try {
        await this.open(table.id);
        opened++;
      } catch (error) {
        this.#logger.error({ err: error, tableId: table.id }, "could not restore a table");
      }
    }
    if (opened > 0) this.#logger.info({ tables: opened }, "tables restored from their logs");
    return opened;
  }

  /** Checks every `seconds` for tables that run nowhere (e.g. their process died) and restores them. */
  guard(seconds: number): void {
    this.stopGuard();
    this.#guard = setInterval(() => {
      if (matchMaker.state !== matchMaker.MatchMakerState.READY) return;
      void this.restoreAll().catch((error) => this.#logger.error({ err: error }, "table guard failed"));
    }, seconds * 1000);
    this.#guard.unref();
  }

  stopGuard(): void {
    if (this.#guard) clearInterval(this.#guard);
    this.#guard = null;
  }
}
