// The after-action review as the facilitator downloads it: per table (the engine's report plus
// chat as the session's privacy allows), per session (outcomes side by side, duplicate scoring),
// and CSV exports. All numbers come from the engine replaying the stored logs.
import { afterActionReport, duplicateScores, type GameState, stateHash, stateHashAs, view } from "@ironclad/engine";
import { parseChannelKey } from "@ironclad/engine/protocol";
import { z } from "zod";
import { toCsv } from "./csv.ts";
import { isOwnScenarioKey, type ScenarioCatalog } from "./scenario-catalog.ts";
import { peopleAt, peopleBySeat, playedSpan } from "./seat-people.ts";
import { forkOrigin, type TableConfig } from "./session-settings.ts";
import type { ChatRecord, SessionRecord, Store, TableRecord } from "./store.ts";
import { initOptionsFor } from "./table-init.ts";

/** How many seeded futures the report's distribution runs per table. */
const FUTURES_RUNS = 200;

/** `GET /api/sessions/:id/report.json`'s query: `bots=leave-out` ranks only the seats people played. */
export const sessionReportQuerySchema = z.object({
  bots: z.enum(["include", "leave-out"]).default("include"),
  /** A fork is a sandbox: its seats rank only when the facilitator asks for it (`forks=include`). */
  forks: z.enum(["include", "leave-out"]).default("leave-out"),
});
export type SessionReportQuery = z.infer<typeof sessionReportQuerySchema>;

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
    // Who played each seat (the red cell's too) while the game was played, across moves.
    const seatings = await this.#store.listSeatings(table.id);
    const people = peopleBySeat(seatings, Object.keys(report.final.seats), playedSpan(log));
    return { scenario, log, report, seatings, people };
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
    const { log, report, seatings, people } = await this.#replayed(table, FUTURES_RUNS);
    const { final, ...rest } = report;
    const logged = log.at(-1)?.stateHash ?? null;
    return {
      ...rest,
      // Each action with the people who held its seat then (none for a bot, the facilitator or the clock).
      timeline: rest.timeline.map((e) => ({
        ...e,
        people: final.seats[e.actor] ? peopleAt(seatings, e.actor, e.at) : [],
      })),
      people,
      // The key the scenario is read by (a session's own file has one of its own; a bundled one, its id).
      scenarioId: table.scenarioId,
      code: table.code,
      status: table.status,
      // In the logged hash's own format, so a log written before the current one still compares.
      finalStateHash: logged ? stateHashAs(final, logged) : stateHash(final),
      loggedStateHash: logged,
      readout: view(final, { kind: "facilitator" }).readout,
      seats: final.seatOrder,
      forkedFrom: forkOrigin(table, await this.#store.listTables(table.sessionId)),
      chat: await this.#visibleChat(table),
    };
  }

  /** Every table of a session side by side, with duplicate scoring per seat. */
  async sessionReport(session: SessionRecord, query: SessionReportQuery = { bots: "include", forks: "leave-out" }) {
    const tables = await this.#store.listTables(session.id);
    const rows = [];
    for (const t of tables) {
      const { report, people } = await this.#replayed(t, 0);
      const readout = view(report.final, { kind: "facilitator" }).readout;
      rows.push({
        tableId: t.id,
        number: t.number,
        code: t.code,
        status: t.status,
        phase: report.phase,
        outcome: report.outcome,
        // Ended from the lobby: the outcome says nothing (the pages show "Not played").
        notPlayed: report.notPlayed,
        // Ended by the facilitator before the last stress-test year was judged: its outcome line
        // is a reading of an untested deal, so the debrief says so instead of "held".
        untested: untested(report.final),
        forkedFrom: forkOrigin(t, tables),
        concluded: report.framework?.stands === true,
        package: report.framework?.package ?? null,
        criteria: readout
          ? { legal: readout.legal, military: readout.military, political: readout.political, clarity: readout.clarity }
          : null,
        scores:
          report.scores?.map((s) => ({ ...s, people: people[s.seat]?.names ?? [], human: !!people[s.seat]?.human })) ??
          null,
      });
    }
    // A table ended from the lobby has scores (every seat at its no-deal value) but was never played.
    const finished = rows.filter(
      (r) => r.scores !== null && !r.notPlayed && (query.forks === "include" || r.forkedFrom === null),
    );
    // The class ranking, each seat against the same seat at the other tables; on request only
    // among the seats people played (a bot's score then neither ranks nor sets the bar).
    const ranked = finished.map((r) => ({
      tableId: r.tableId,
      scores: (r.scores ?? []).filter((s) => query.bots === "include" || s.human),
    }));
    const personOf = new Map(ranked.flatMap((r) => r.scores.map((s) => [`${r.tableId} ${s.seat}`, s] as const)));
    const scenario = await this.#catalog.resolve(session.scenarioId);
    return {
      sessionId: session.id,
      scenarioId: session.scenarioId,
      // Which scenario was played, and whether the facilitator brought it for this session.
      scenario: scenario
        ? {
            id: scenario.id,
            version: scenario.version,
            title: scenario.title,
            own: isOwnScenarioKey(session.scenarioId),
          }
        : null,
      bots: query.bots,
      forks: query.forks,
      tables: rows,
      duplicate: duplicateScores(ranked).map((d) => {
        const s = personOf.get(`${d.tableId} ${d.seat}`);
        return { ...d, people: s?.people ?? [], human: s?.human ?? false };
      }),
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
      const { report, seatings, people } = await this.#replayed(t, 0);
      if (kind === "actions") {
        for (const e of report.timeline) {
          // Who acted: the people holding the seat then, else its bot; nobody for the facilitator or the clock.
          const seat = report.final.seats[e.actor] ? peopleAt(seatings, e.actor, e.at) : null;
          const by = seat === null ? "" : seat.length > 0 ? "human" : "bot";
          const who = (seat ?? []).join("; ");
          rows.push([t.code, e.seq, new Date(e.at).toISOString(), e.actor, who, by, e.type, e.text.join(" ")]);
        }
      } else {
        for (const s of report.scores ?? []) {
          const p = people[s.seat];
          rows.push([
            t.code,
            s.seat,
            (p?.names ?? []).join("; "),
            p?.human ? "human" : "bot",
            s.concluded,
            s.dealPoints,
            s.outcomePoints,
            s.unanimityBonus,
            s.brokenPromisePenalty,
            s.redCell?.yearPoints ?? 0,
            s.total,
            s.noDealValue,
            s.margin,
          ]);
        }
      }
    }
    return kind === "actions"
      ? toCsv(["table", "seq", "time", "actor", "people", "human/bot", "action", "what happened"], rows)
      : toCsv(
          [
            "table",
            "seat",
            "people",
            "human/bot",
            "concluded",
            "deal points",
            "outcome points",
            "unanimity bonus",
            "broken-promise penalty",
            // The red cell's points from the stress-test years (docs/model.md, "The red cell's score"); 0 for the others.
            "stress-test points",
            "total",
            "no-deal value",
            "margin",
          ],
          rows,
        );
  }
}

/** Whether a finished game ended early, before its last stress-test year was adjudicated. */
export function untested(final: GameState): boolean {
  if (!final.endedEarly || final.notPlayed) return false;
  const last = final.years.at(-1);
  return !(final.years.length >= final.timings.years && last?.adjudication);
}
