// The HTTP calls of a scenario a facilitator brings (docs/protocol.md §1): check a file, copy a
// shipped one, run a balance check and read it, and create a session that keeps the file. A file
// goes as the text it is, so the server's limits (size, nesting, JSON) judge exactly what was chosen.
import type { ScenarioProblemCode } from "@ironclad/engine";
import type { SessionSettingsInput } from "@ironclad/engine/protocol";
import { ApiFailure, call } from "../net/api.ts";
import type { CreatedSession } from "./fapi.ts";

/** One problem of a file: its JSON path, its kind and the engine's sentence. */
export type ScenarioProblem = { path: string; code: ScenarioProblemCode; message: string };

/** What the server says of a file that passes every check. */
export type ScenarioFacts = {
  id: string;
  version: number;
  title: Record<string, string> & { en: string };
  seats: number;
  issues: number;
  options: number;
  packages: number;
  events: number;
};

/** A refusal of a file: the typed code, the server's sentence, and every problem when there are any. */
export class ScenarioRefusal extends ApiFailure {
  readonly problems: ScenarioProblem[];
  constructor(code: string, message: string, status: number, problems: ScenarioProblem[]) {
    super(code, message, status);
    this.problems = problems;
  }
}

/** A target's band as bounds, as the simulator states them: inclusive, or `below` exclusive. */
export type CalibrationBand = { atLeast?: number; atMost?: number; below?: number };

/** One calibration target of GAME.md as the balance check reports it: `target` is the simulator's phrase, in English. */
export type CalibrationTarget = { ok: boolean; value: number; target: string; band: CalibrationBand | null };

/** `GET /api/scenarios/balance/:checkId`. */
export type BalanceCheck = {
  checkId: string;
  scenarioId: string;
  status: "running" | "done" | "failed";
  games: number;
  done: number;
  message?: string;
  result?: {
    games: number;
    calibrated: boolean;
    calibration: Record<string, CalibrationTarget>;
    agreementRate: number;
    /** Options every seat ranks below another of the same issue (`issue:option`), with the one that beats each. */
    dominatedOptions: { option: string; by: string }[];
  };
};

async function postText<T>(path: string, text: string, timeoutMs = 20_000): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      signal: controller.signal,
      headers: { accept: "application/json", "content-type": "application/json" },
      body: text,
    });
  } catch {
    throw new ApiFailure("net/unreachable", "The server cannot be reached.", 0);
  } finally {
    clearTimeout(timer);
  }
  const body = (await response.json().catch(() => undefined)) as
    | { code?: unknown; message?: unknown; problems?: unknown }
    | undefined;
  if (!response.ok) {
    throw new ScenarioRefusal(
      typeof body?.code === "string" ? body.code : response.status >= 500 ? "server/internal" : "request/invalid",
      typeof body?.message === "string" ? body.message : `HTTP ${response.status}`,
      response.status,
      Array.isArray(body?.problems) ? (body.problems as ScenarioProblem[]) : [],
    );
  }
  if (body === undefined) throw new ApiFailure("server/internal", "The server's answer was not JSON.", response.status);
  return body as T;
}

/** Checks a file's text (nothing is kept); rejects with a ScenarioRefusal listing every problem. */
export const checkScenarioText = (text: string) => postText<ScenarioFacts & { ok: true }>("/api/scenarios/check", text);

/** A shipped scenario's whole file, to start a copy from. */
export const shippedScenarioFile = (id: string) =>
  call<Record<string, unknown>>("GET", `/api/scenarios/${encodeURIComponent(id)}/file`);

/** Starts a balance check of a file: `games` bot games on the server's worker thread. */
export const startBalanceCheck = (text: string, games: number) =>
  postText<BalanceCheck>(`/api/scenarios/balance?games=${games}`, text);

/** A balance check's progress or result. */
export const readBalanceCheck = (checkId: string) =>
  call<BalanceCheck>("GET", `/api/scenarios/balance/${encodeURIComponent(checkId)}`);

/** Creates a session that plays the file (kept with the session); nothing is created when the file has a problem. */
export const createSessionWithScenario = (settings: SessionSettingsInput, file: unknown) =>
  postText<CreatedSession>("/api/sessions/with-scenario", JSON.stringify({ settings, scenario: file }));
