// A facilitator's scenario file as it arrives over HTTP: read as text under a size limit, its
// nesting measured before it is parsed (a deeply nested body would otherwise reach the checks'
// recursion), then checked by the engine with every problem named by path. Nothing is kept here.
import { type CodedScenarioProblem, parseScenarioFile, type Scenario } from "@ironclad/engine";
import express, { type RequestHandler } from "express";
import { ApiError } from "./api-error.ts";

/** The largest scenario file accepted (the bundled ones are 150–160 KB; every language of a text adds to it). */
export const MAX_SCENARIO_BYTES = 512 * 1024;
/** The deepest nesting of objects and lists a scenario file may have (the format needs 7). */
export const MAX_SCENARIO_DEPTH = 12;

/** A checked scenario with the file as the facilitator gave it (what is stored and exported). */
export interface ScenarioIntake {
  scenario: Scenario;
  /** The file's JSON exactly as parsed, re-serialised: what the store keeps and an export carries. */
  json: string;
}

/** The deepest nesting of `{` and `[` in a JSON text, outside strings; stops counting past `stopAt`. */
export function jsonDepth(text: string, stopAt = Number.POSITIVE_INFINITY): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > deepest) {
        deepest = depth;
        if (deepest > stopAt) return deepest;
      }
    } else if (c === 0x7d || c === 0x5d) depth--;
  }
  return deepest;
}

/** Parses a JSON text no deeper than `maxDepth`; a typed error otherwise. */
export function readJsonText(text: string, maxDepth: number): unknown {
  const depth = jsonDepth(text, maxDepth);
  if (depth > maxDepth)
    throw new ApiError(
      400,
      "scenario/too_deep",
      `The file nests objects and lists more than ${maxDepth} deep; a scenario needs at most 7. Nothing was saved.`,
    );
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new ApiError(
      400,
      "scenario/bad_json",
      `The file is not valid JSON (${error instanceof Error ? error.message : String(error)}). Nothing was saved.`,
    );
  }
}

/** Checks parsed data as a scenario: the scenario, or a `scenario/invalid` error with every problem. */
export function checkScenarioData(data: unknown): ScenarioIntake {
  const parsed = parseScenarioFile(data);
  if (!parsed.ok) throw invalidScenario(parsed.problems);
  return { scenario: parsed.scenario, json: JSON.stringify(data) };
}

/** What the setup page shows of a checked scenario: its id, title and size. */
export function scenarioFacts(scenario: Scenario) {
  return {
    id: scenario.id,
    version: scenario.version,
    title: scenario.title,
    seats: scenario.seats.length,
    issues: scenario.issues.length,
    options: scenario.issues.reduce((n, issue) => n + issue.options.length, 0),
    packages: scenario.issues.reduce((n, issue) => n * issue.options.length, 1),
    events: scenario.events.length,
  };
}

/** A `scenario/invalid` error (or `scenario/exists`, status 409) carrying every problem, with the first in its sentence. */
export function invalidScenario(problems: readonly CodedScenarioProblem[], status = 400): ApiError {
  const first = problems[0];
  const n = problems.length;
  return new ApiError(
    status,
    status === 409 ? "scenario/exists" : "scenario/invalid",
    `The scenario has ${n} problem${n === 1 ? "" : "s"}${first ? `; the first: ${first.path || "(scenario)"}: ${first.message}` : ""}. Nothing was saved.`,
    { problems },
  );
}

/**
 * The body parser of the routes that take a scenario file: the body as text, at most
 * `MAX_SCENARIO_BYTES` plus `slack` (room for the settings sent beside the file).
 */
export function scenarioBody(slack = 0): RequestHandler {
  const parser = express.text({ type: () => true, limit: MAX_SCENARIO_BYTES + slack });
  return (req, res, next) => {
    // JSON in UTF-8 only, as every body of the API (the text parser would read other charsets).
    const charset = /;\s*charset\s*=\s*"?([^";]+)/i.exec(req.get("content-type") ?? "")?.[1]?.toLowerCase();
    if (charset !== undefined && charset !== "utf-8" && charset !== "utf8") {
      next(new ApiError(415, "request/unsupported_charset", "The request body must be JSON in UTF-8."));
      return;
    }
    parser(req, res, (error?: unknown) => {
      if ((error as { type?: unknown } | undefined)?.type === "entity.too.large")
        next(
          new ApiError(
            413,
            "scenario/too_large",
            `The file is larger than ${Math.round(MAX_SCENARIO_BYTES / 1024)} KB, the most a scenario may have. Nothing was saved.`,
          ),
        );
      else next(error);
    });
  };
}

/** The text body `scenarioBody` read (an empty body reads as empty text). */
export function bodyText(body: unknown): string {
  return typeof body === "string" ? body : "";
}
