// Replay and fork: step through a table's log from any seat's point of view (or the facilitator's),
// and start a new table from any moment of it — a sandbox for "what if Berlin had signed?".
import {
  apply,
  describeEvent,
  type GameEvent,
  initialState,
  type PlayerView,
  stateHash,
  type Viewer,
  view,
} from "@ironclad/engine";
import { ApiError } from "./api-error.ts";
import type { ScenarioCatalog } from "./scenario-catalog.ts";
import { newId, newJoinCode } from "./secrets.ts";
import type { TableHost } from "./session-service.ts";
import type { TableConfig } from "./session-settings.ts";
import type { LogEntry, Store, TableRecord } from "./store.ts";
import { initOptionsFor } from "./table-init.ts";

/** `facilitator`, `observer`, `moscow` or `seat:<id>`. */
export function parseViewer(text: string | undefined): Viewer | null {
  if (!text || text === "facilitator") return { kind: "facilitator" };
  if (text === "observer" || text === "moscow") return { kind: text };
  const m = /^seat:([a-z][a-z0-9-]*)$/.exec(text);
  return m?.[1] ? { kind: "seat", seat: m[1] } : null;
}

export class ReplayService {
  readonly #store: Store;
  readonly #catalog: ScenarioCatalog;
  readonly #host: TableHost;
  constructor(store: Store, catalog: ScenarioCatalog, host: TableHost) {
    this.#store = store;
    this.#catalog = catalog;
    this.#host = host;
  }

  async #scenario(table: TableRecord) {
    const scenario = await this.#catalog.resolve(table.scenarioId);
    if (!scenario)
      throw new ApiError(500, "scenario/not_found", `Table ${table.id} uses a scenario this server lacks.`);
    return scenario;
  }

  /** The table as `viewer` saw it after `step` actions (0 = as created), with what that step made happen. */
  async viewAt(
    table: TableRecord,
    step: number,
    viewer: Viewer,
  ): Promise<{ step: number; of: number; events: GameEvent[]; text: string[]; view: PlayerView }> {
    const scenario = await this.#scenario(table);
    const log = await this.#store.readLog(table.id);
    if (step < 0 || step > log.length) {
      throw new ApiError(400, "replay/bad_step", `Choose a step from 0 to ${log.length}.`);
    }
    let state = initialState(scenario, initOptionsFor(table));
    let events: GameEvent[] = [];
    let text: string[] = [];
    for (const entry of log.slice(0, step)) {
      const r = apply(state, entry.action);
      if (!r.ok)
        throw new ApiError(
          500,
          "replay/broken_log",
          `The log does not replay at step ${entry.seq}: ${r.error.message}`,
        );
      state = r.state;
      events = r.events;
      text = r.events.map((e) => describeEvent(scenario, e)).filter(Boolean);
    }
    if (viewer.kind === "seat" && !state.seats[viewer.seat]) {
      throw new ApiError(400, "replay/unknown_seat", `"${viewer.seat}" is not seated at this table.`);
    }
    // The step's events, for the page to tell in its reader's language; `text` is the engine's English.
    return { step, of: log.length, events, text, view: view(state, viewer) };
  }

  /**
   * A new table in the same session that starts where `table` stood after `step` actions (its log is
   * those actions, so its `seq` is `step`), paused if a clock ran: the engine stops the clock there
   * (`pauseAt`), so the fork needs no pause action of its own.
   */
  async fork(
    table: TableRecord,
    step: number,
  ): Promise<{ tableId: string; number: number; code: string; forkedFrom: string; step: number }> {
    const scenario = await this.#scenario(table);
    const log = await this.#store.readLog(table.id);
    if (step < 0 || step > log.length)
      throw new ApiError(400, "replay/bad_step", `Choose a step from 0 to ${log.length}.`);
    const siblings = await this.#store.listTables(table.sessionId);
    const config = table.config as TableConfig;
    // The parent's own stops up to `step` (a fork of a fork), then this one's: the copied actions
    // replay as they did, and the fork starts at `step`, paused if a clock ran, with no action of its own.
    const pauseAt = [...new Set([...(config.pauseAt ?? []).filter((s) => s < step), ...(step > 0 ? [step] : [])])];
    const fork: TableRecord = {
      ...table,
      id: newId("tbl"),
      // The session's next number: a fork is a table of its own on every page.
      number: Math.max(0, ...siblings.map((t) => t.number)) + 1,
      code: newJoinCode(),
      status: "open",
      endedAt: null,
      config: { ...config, forkedFrom: { tableId: table.id, step }, pauseAt } satisfies TableConfig,
    };
    // Same seed, seats and creation time: the copied actions replay exactly as they did.
    let state = initialState(scenario, initOptionsFor(fork));
    const entries: LogEntry[] = [];
    const push = (action: unknown) => {
      const r = apply(state, action);
      if (!r.ok) throw new ApiError(500, "replay/broken_log", `The log does not replay: ${r.error.message}`);
      state = r.state;
      entries.push({ seq: state.seq, action, at: state.now, stateHash: stateHash(state) });
    };
    for (const entry of log.slice(0, step)) push(entry.action);
    for (let attempt = 0; ; attempt++) {
      try {
        await this.#store.addTables([fork]);
        break;
      } catch (error) {
        if (attempt >= 5 || !(await this.#store.getTableByCode(fork.code))) throw error;
        fork.code = newJoinCode();
      }
    }
    await this.#store.appendLog(fork.id, entries);
    await this.#host.open(fork.id);
    return { tableId: fork.id, number: fork.number, code: fork.code, forkedFrom: table.id, step };
  }
}
