// The after-action review as the facilitator downloads it: per table (the engine's report plus
// chat as the session's privacy allows), per session (outcomes side by side, duplicate scoring),
// and CSV exports. All numbers come from the engine replaying the stored logs.
import { afterActionReport, duplicateScores, stateHash, stateHashAs, view } from "@ironclad/engine";
import { toCsv } from "./csv.ts";
import type { ScenarioCatalog } from "./scenario-catalog.ts";
import type { TableConfig } from "./session-settings.ts";
import type { ChatRecord, SessionRecord, Store, TableRecord } from "./store.ts";
import { parseChannelKey } from "./table-chat.ts";
import { initOptionsFor } from "./table-init.ts";

/** How many seeded futures the report's distribution runs per table. */
const FUTURES_RUNS = 200;

/** The kinds of CSV export. */
export const CSV_KINDS = ["actions", "chat", "scores"] as const;
export type CsvKind = (typeof CSV_KINDS)[number];

/** Builds reports from the store's logs through the engine. */
export class ReportService {
  readonly #store: Store;
  readonly #catalog: ScenarioCatalog;
  constructor(store: Store, catalog: ScenarioCatalog) {
    this.#store = store;
    this.#catalog = catalog;
  }

  async #replayed(table: TableRecord, futuresRuns: number) {
    const scenario = await this.#catalog.resolve(table.scenarioId);
    if (!scenario) throw new Error(`table ${table.id} uses unknown scenario ${table.scenarioId}`);
    const log = await this.#store.readLog(table.id);
    const report = afterActionReport(
      scenario,
      initOptionsFor(table),
      log.map((e) => e.action),
      { futuresRuns },
    );
    return { scenario, log, report };
  }

  /** Chat a facilitator may see in a review: public channels, and private ones only where the session allows. */
  async #visibleChat(table: TableRecord): Promise<ChatRecord[]> {
    const readPrivate = (table.config as TableConfig).readPrivate;
    return (await this.#store.readChat(table.id)).filter((m) => {
      const c = parseChannelKey(m.channel);
      return c !== null && (readPrivate || c.kind === "table" || c.kind === "broadcast");
    });
  }

  /** One table's after-action report. */
  async tableReport(table: TableRecord) {
    const { log, report } = await this.#replayed(table, FUTURES_RUNS);
    const { final, ...rest } = report;
    const logged = log.at(-1)?.stateHash ?? null;
    return {
      ...rest,
      code: table.code,
      status: table.status,
      // In the logged hash's own format, so a log written before the current one still compares.
      finalStateHash: logged ? stateHashAs(final, logged) : stateHash(final),
      loggedStateHash: logged,
      readout: view(final, { kind: "facilitator" }).readout,
      seats: final.seatOrder,
      chat: await this.#visibleChat(table),
    };
  }

  /** Every table of a session side by side, with duplicate scoring per seat. */
  async sessionReport(session: SessionRecord) {
    const tables = await this.#store.listTables(session.id);
    const rows = [];
    for (const t of tables) {
      const { report } = await this.#replayed(t, 0);
      const readout = view(report.final, { kind: "facilitator" }).readout;
      rows.push({
        tableId: t.id,
        number: t.number,
        code: t.code,
        status: t.status,
        phase: report.phase,
        outcome: report.outcome,
        concluded: report.framework?.stands === true,
        package: report.framework?.package ?? null,
        criteria: readout
          ? { legal: readout.legal, military: readout.military, political: readout.political, clarity: readout.clarity }
          : null,
        scores: report.scores,
      });
    }
    const finished = rows.filter((r) => r.scores !== null);
    return {
      sessionId: session.id,
      scenarioId: session.scenarioId,
      tables: rows,
      duplicate: duplicateScores(finished.map((r) => ({ tableId: r.tableId, scores: r.scores ?? [] }))),
    };
  }

  /** A CSV export of the whole session. */
  async csv(session: SessionRecord, kind: CsvKind): Promise<string> {
    const tables = await this.#store.listTables(session.id);
    if (kind === "chat") {
      const rows = [];
      for (const t of tables) {
        for (const m of await this.#visibleChat(t)) {
          rows.push([
            t.code,
            m.seq,
            new Date(m.at).toISOString(),
            m.channel,
            m.fromSeat ?? "facilitator",
            m.fromName,
            m.text,
          ]);
        }
      }
      return toCsv(["table", "seq", "time", "channel", "seat", "name", "text"], rows);
    }
    const rows = [];
    for (const t of tables) {
      const { report } = await this.#replayed(t, 0);
      if (kind === "actions") {
        for (const e of report.timeline) {
          rows.push([t.code, e.seq, new Date(e.at).toISOString(), e.actor, e.type, e.text.join(" ")]);
        }
      } else {
        for (const s of report.scores ?? []) {
          rows.push([
            t.code,
            s.seat,
            s.concluded,
            s.dealPoints,
            s.outcomePoints,
            s.unanimityBonus,
            s.brokenPromisePenalty,
            s.total,
            s.noDealValue,
            s.margin,
          ]);
        }
      }
    }
    return kind === "actions"
      ? toCsv(["table", "seq", "time", "actor", "action", "what happened"], rows)
      : toCsv(
          [
            "table",
            "seat",
            "concluded",
            "deal points",
            "outcome points",
            "unanimity bonus",
            "broken-promise penalty",
            "total",
            "no-deal value",
            "margin",
          ],
          rows,
        );
  }
}
