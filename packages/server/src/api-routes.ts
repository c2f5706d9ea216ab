// The HTTP API under /api. Bodies are validated with zod; errors are `{ code, message }` with a 4xx status.
import { publicScenario } from "@ironclad/engine";
import { sessionSettingsSchema } from "@ironclad/engine/protocol";
import express, { type Request, type Router } from "express";
import { rateLimit } from "express-rate-limit";
import { z } from "zod";
import { ApiError, invalidRequest, invalidTimings } from "./api-error.ts";
import { BALANCE_GAME_LIMITS, BALANCE_GAMES, type BalanceChecks } from "./balance-checks.ts";
import type { ConsoleService } from "./console-service.ts";
import type { MyTablesService } from "./my-tables.ts";
import type { PlayAgainService } from "./play-again.ts";
import { parseViewer, type ReplayService } from "./replay-service.ts";
import { CSV_KINDS, type CsvKind, type ReportService, sessionReportQuerySchema } from "./report-service.ts";
import type { ScenarioCatalog } from "./scenario-catalog.ts";
import {
  bodyText,
  checkScenarioData,
  invalidScenario,
  MAX_SCENARIO_DEPTH,
  readJsonText,
  scenarioBody,
  scenarioFacts,
} from "./scenario-intake.ts";
import type { SessionService } from "./session-service.ts";
import {
  broadcastSchema,
  codeSchema,
  facilitatorActionSchema,
  joinSchema,
  movePersonSchema,
  muteSchema,
  myTablesSchema,
  quickGameSchema,
  reopenSchema,
  stepSchema,
  watchingSchema,
  watchSchema,
  withScenarioSchema,
} from "./session-settings.ts";

/** POST /api/scenarios/balance query: how many bot games (a few hundred unless asked). */
const balanceQuerySchema = z
  .object({
    games: z.coerce.number().int().min(BALANCE_GAME_LIMITS.min).max(BALANCE_GAME_LIMITS.max).default(BALANCE_GAMES),
  })
  .strict();

function parse<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (!result.success) throw invalidRequest(result.error);
  return result.data;
}

/** Like `parse`, but a body whose only problems are in its timings gets `session/bad_timings`. */
function parseTimed<T extends z.ZodType>(schema: T, body: unknown): z.infer<T> {
  const result = schema.safeParse(body ?? {});
  if (result.success) return result.data;
  if (result.error.issues.every((i) => i.path[0] === "timings")) throw invalidTimings(result.error);
  throw invalidRequest(result.error);
}

function bearer(req: Request): string | undefined {
  const header = req.get("authorization") ?? "";
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  return match?.[1];
}

const limited = (limit: number, what: string) =>
  rateLimit({
    windowMs: 60_000,
    limit,
    standardHeaders: "draft-8",
    legacyHeaders: false,
    handler: (_req, res) => {
      res
        .status(429)
        .json({ code: "request/rate_limited", message: `Too many ${what} from this address; wait a minute.` });
    },
  });

/** Options for the API router. */
export type ApiOptions = {
  sessions: SessionService;
  catalog: ScenarioCatalog;
  consoles: ConsoleService;
  reports: ReportService;
  replays: ReplayService;
  myTables: MyTablesService;
  playAgain: PlayAgainService;
  balance: BalanceChecks;
  joinsPerMinute?: number;
};

/** Builds the /api router. */
export function apiRouter({
  sessions,
  catalog,
  consoles,
  reports,
  replays,
  myTables,
  playAgain,
  balance,
  joinsPerMinute = 30,
}: ApiOptions): Router {
  const api = express.Router();

  // The routes that take a scenario file read it as text first (scenario-intake.ts): a file too
  // large or too deeply nested is refused before it is parsed, and nothing of it is kept.

  // Checks a scenario file without keeping it: the setup page's form asks after each edit.
  api.post("/scenarios/check", limited(120, "scenario checks"), scenarioBody(), (req, res) => {
    const { scenario } = checkScenarioData(readJsonText(bodyText(req.body), MAX_SCENARIO_DEPTH));
    res.json({ ok: true, ...scenarioFacts(scenario) });
  });

  // A balance check before use: a few hundred bot games of the file on a worker thread; read by its id.
  api.post("/scenarios/balance", limited(6, "balance checks"), scenarioBody(), async (req, res) => {
    const { games } = parse(balanceQuerySchema, req.query);
    const intake = checkScenarioData(readJsonText(bodyText(req.body), MAX_SCENARIO_DEPTH));
    res.status(202).json(await balance.start(intake, games));
  });

  api.get("/scenarios/balance/:checkId", async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json(await balance.get(String(req.params.checkId)));
  });

  // A shipped scenario's whole file (briefs too), for a facilitator to start a copy from: the same file
  // the repository publishes. Players never need it; no page of a table asks for it.
  api.get("/scenarios/:id/file", (req, res) => {
    const scenario = catalog.shipped(String(req.params.id));
    if (!scenario)
      throw new ApiError(404, "scenario/not_found", `There is no shipped scenario "${req.params.id}" to copy.`);
    res.setHeader("Cache-Control", "no-store");
    res.json(scenario);
  });

  // A facilitator's own scenario for everyone on this server: checked by the engine; every problem comes back with its path.
  api.post("/scenarios", limited(10, "scenario uploads"), scenarioBody(), async (req, res) => {
    const data = readJsonText(bodyText(req.body), MAX_SCENARIO_DEPTH);
    const result = await catalog.upload(data, Date.now());
    if (!result.ok) throw invalidScenario(result.problems, result.code === "scenario/exists" ? 409 : 400);
    const sc = result.scenario;
    res
      .status(201)
      .json({ id: sc.id, version: sc.version, title: sc.title, seats: sc.seats.length, issues: sc.issues.length });
  });

  // A session with the scenario its facilitator brought, kept with the session: the file is checked
  // first, and a file with any problem creates nothing.
  api.post("/sessions/with-scenario", limited(20, "new sessions"), scenarioBody(64 * 1024), async (req, res) => {
    // One level deeper than a file: the file sits in the body's `scenario`.
    const body = parse(withScenarioSchema, readJsonText(bodyText(req.body), MAX_SCENARIO_DEPTH + 1));
    const own = checkScenarioData(body.scenario);
    const settings = parseTimed(sessionSettingsSchema, body.settings ?? {});
    res.status(201).json(await sessions.createSession(settings, { own }));
  });

  // Every other body is JSON, and small.
  api.use(express.json({ limit: "100kb" }));

  api.get("/scenarios", async (_req, res) => {
    res.json(
      (await catalog.list()).map((s) => {
        const pub = publicScenario(s);
        return {
          id: pub.id,
          version: pub.version,
          title: pub.title,
          summary: pub.summary,
          seats: pub.seats.map((seat) => ({
            id: seat.id,
            kind: seat.kind,
            name: seat.name,
            flag: seat.flag,
            inDefaultTable: seat.inDefaultTable,
            publicPosition: seat.publicPosition,
          })),
          issues: pub.issues.map((i) => ({ id: i.id, name: i.name, options: i.options.length })),
        };
      }),
    );
  });

  // One scenario's public data (issues, options, events, seats' public profiles; never a brief).
  api.get("/scenarios/:id", async (req, res) => {
    const scenario = await catalog.resolve(req.params.id);
    if (!scenario) {
      res.status(404).json({ code: "scenario/not_found", message: `There is no scenario "${req.params.id}".` });
      return;
    }
    res.json(publicScenario(scenario));
  });

  api.post("/sessions", limited(20, "new sessions"), async (req, res) => {
    res.status(201).json(await sessions.createSession(parseTimed(sessionSettingsSchema, req.body)));
  });

  api.post("/quick", limited(20, "quick games"), async (req, res) => {
    res.status(201).json(await sessions.quickGame(parseTimed(quickGameSchema, req.body)));
  });

  // Joining is where codes could be guessed: it has the tightest limit.
  api.post("/join", limited(joinsPerMinute, "join attempts"), async (req, res) => {
    res.status(201).json(await sessions.join(parse(joinSchema, req.body)));
  });

  // A watch link (#21, item 2): the table to watch as an observer. Limited like joining: keys could be guessed.
  api.post("/watch", limited(joinsPerMinute, "watch attempts"), async (req, res) => {
    res.json(await sessions.watch(parse(watchSchema, req.body)));
  });

  // What a code leads to (seats, a human red cell), for the join form: limited like joining, since codes could be guessed.
  api.get("/codes/:code", limited(joinsPerMinute * 2, "code look-ups"), async (req, res) => {
    const code = parse(codeSchema, { code: req.params.code }).code;
    res.json(await sessions.describeCode(code));
  });

  api.get("/tables/open", async (_req, res) => {
    res.json(await sessions.openTables());
  });

  // The tables this browser holds seats at (#21): tokens in the body, never in a URL; limited like joining.
  api.post("/tables/mine", limited(joinsPerMinute * 2, "table look-ups"), async (req, res) => {
    res.setHeader("Cache-Control", "no-store");
    res.json(await myTables.describe(parse(myTablesSchema, req.body).seats));
  });

  // Brings a table's room back for one of its people: a finished table's debrief, for a week after its end.
  api.post("/tables/:tableId/reopen", limited(joinsPerMinute, "reopened tables"), async (req, res) => {
    res.json(await myTables.reopen(String(req.params.tableId), parse(reopenSchema, req.body).seatToken));
  });

  // A new quick game from a table's debrief: the same seat and settings (#21, item 3).
  api.post("/tables/:tableId/again", limited(20, "quick games"), async (req, res) => {
    res
      .status(201)
      .json(await playAgain.quickGameAgain(String(req.params.tableId), parse(reopenSchema, req.body).seatToken));
  });

  api.get("/sessions/:id", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    res.json(await sessions.describeSession(session));
  });

  api.post("/sessions/:id/end", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    await sessions.endSession(session);
    res.json(await sessions.describeSession(await sessions.authorise(req.params.id, bearer(req))));
  });

  api.post("/sessions/:id/people/:personId/move", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    res.json(await sessions.movePerson(session, req.params.personId, parse(movePersonSchema, req.body)));
  });

  api.post("/sessions/:id/people/:personId/mute", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    res.json(await sessions.mutePerson(session, req.params.personId, parse(muteSchema, req.body).muted));
  });

  api.post("/sessions/:id/people/:personId/readmit", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    res.json(await sessions.readmitPerson(session, req.params.personId));
  });

  api.delete("/sessions/:id/people/:personId", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    res.json(await sessions.kickPerson(session, req.params.personId));
  });

  api.post("/sessions/:id/broadcast", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    const body = parse(broadcastSchema, req.body);
    res.json({ results: await consoles.broadcast(session, body.text, body.tables) });
  });

  // The private briefs, for printed role sheets: the facilitator's key only (the handout never has them).
  api.get("/sessions/:id/briefs", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    res.setHeader("Cache-Control", "no-store");
    res.json(await sessions.roleSheets(session));
  });

  api.get("/sessions/:id/console", async (req, res) => {
    res.json(await consoles.console(await sessions.authorise(req.params.id, bearer(req))));
  });

  api.post("/sessions/:id/actions", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    const body = parse(facilitatorActionSchema, req.body);
    res.json({ results: await consoles.act(session, body.action, body.tables) });
  });

  api.get("/sessions/:id/report.json", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    res.json(await reports.sessionReport(session, parse(sessionReportQuerySchema, req.query)));
  });

  const tableOf = async (req: Request) => {
    const session = await sessions.authorise(String(req.params.id), bearer(req));
    const table = (await sessions.tablesOf(session)).find((t) => t.id === req.params.tableId);
    if (!table) throw new ApiError(404, "table/not_found", "This session has no such table.");
    return table;
  };

  api.get("/sessions/:id/tables/:tableId/report.json", async (req, res) => {
    res.json(await reports.tableReport(await tableOf(req)));
  });

  api.get("/sessions/:id/tables/:tableId/replay", async (req, res) => {
    const table = await tableOf(req);
    const viewer = parseViewer(typeof req.query.viewer === "string" ? req.query.viewer : undefined);
    if (!viewer) throw new ApiError(400, "replay/bad_viewer", "viewer is facilitator, observer, moscow or seat:<id>.");
    // A whole number; whether the table has that step (0 to its log's length) the replay checks, with the same code.
    const step = req.query.step ?? "0";
    if (typeof step !== "string" || !/^-?\d{1,7}$/.test(step))
      throw new ApiError(400, "replay/bad_step", "The step is a whole number of actions, 0 for the start.");
    res.json(await replays.viewAt(table, Number(step), viewer));
  });

  // The facilitator lets people watch a table by its watch link, or stops it (#21, item 2).
  api.post("/sessions/:id/tables/:tableId/watching", async (req, res) => {
    const session = await sessions.authorise(String(req.params.id), bearer(req));
    const { on } = parse(watchingSchema, req.body);
    res.json(await sessions.setWatching(session, String(req.params.tableId), on));
  });

  api.post("/sessions/:id/tables/:tableId/fork", async (req, res) => {
    const table = await tableOf(req);
    const { step } = parse(stepSchema, req.body);
    const fork = await replays.fork(table, step);
    res.status(201).json({ ...fork, joinUrl: sessions.joinUrl(fork.code) });
  });

  api.get("/sessions/:id/export/:kind.csv", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    const kind = req.params.kind as CsvKind;
    if (!CSV_KINDS.includes(kind)) {
      throw new ApiError(404, "request/not_found", `CSV exports are ${CSV_KINDS.join(", ")}.`);
    }
    res.setHeader("Content-Type", "text/csv; charset=utf-8");
    res.setHeader("Content-Disposition", `attachment; filename="ironclad-${session.id}-${kind}.csv"`);
    res.send(await reports.csv(session, kind));
  });

  api.delete("/sessions/:id", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    await sessions.deleteSession(session);
    res.status(204).end();
  });

  api.get("/sessions/:id/export.json", async (req, res) => {
    const session = await sessions.authorise(req.params.id, bearer(req));
    res.setHeader("Content-Disposition", `attachment; filename="ironclad-${session.id}.json"`);
    res.json(await sessions.exportSession(session));
  });

  api.use((req, _res, next) => {
    next(new ApiError(404, "request/not_found", `There is no ${req.method} ${req.baseUrl}${req.path} in this API.`));
  });
  return api;
}
