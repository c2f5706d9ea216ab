// Turning untrusted scenario data (a file, a facilitator's upload) into a Scenario: the zod
// shape check plus the cross-field checks, with every problem named by path in a sentence.
import { DEFAULT_MODEL_CONSTANTS } from "./model-constants.ts";
import { type Scenario, scenarioSchema } from "./scenario.ts";
import {
  type CheckOptions,
  type CodedScenarioProblem,
  checkScenarioCoded,
  elementPath,
  type ScenarioProblem,
  type ScenarioProblemCode,
} from "./scenario-checks.ts";

export type { CheckOptions, CodedScenarioProblem, ScenarioProblem, ScenarioProblemCode } from "./scenario-checks.ts";
export {
  checkScenario,
  checkScenarioCoded,
  EVENT_GROUP_TARGETS,
  elementPath,
  SCENARIO_PROBLEM_CODES,
  SEAT_STATS,
  TABLE_STATS,
} from "./scenario-checks.ts";

/** The result of `parseScenario`: a checked scenario, or every problem found. */
export type ParseScenarioResult = { ok: true; scenario: Scenario } | { ok: false; problems: ScenarioProblem[] };

/** The result of `parseScenarioFile`: a checked scenario, or every problem found with its kind. */
export type ParseScenarioFileResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; problems: CodedScenarioProblem[] };

/** The id of the scenario a table gets when none is named. */
export const DEFAULT_SCENARIO_ID = "guarantees-2025";

/**
 * Checks untrusted data against the scenario schema and the cross-field rules. Never throws.
 * Model overrides are checked against DEFAULT_MODEL_CONSTANTS unless `options` names others.
 */
export function parseScenario(input: unknown, options: CheckOptions = {}): ParseScenarioResult {
  const result = parseScenarioFile(input, options);
  return result.ok ? result : { ok: false, problems: result.problems.map(({ path, message }) => ({ path, message })) };
}

/** `parseScenario` with each problem's kind (`SCENARIO_PROBLEM_CODES`): what a facilitator's upload is told. */
export function parseScenarioFile(input: unknown, options: CheckOptions = {}): ParseScenarioFileResult {
  options = { modelConstants: DEFAULT_MODEL_CONSTANTS, ...options };
  try {
    const shape = scenarioSchema.safeParse(input);
    const shapeProblems: CodedScenarioProblem[] = shape.success
      ? []
      : shape.error.issues.map((issue) => shapeProblem(input, issue));
    // Cross-field checks run even when the shape is broken, so a file's problems all show at once.
    const crossProblems = checkScenarioCoded(shape.success ? shape.data : input, options);
    const seen = new Set(shapeProblems.map((p) => p.path));
    const problems = [...shapeProblems, ...crossProblems.filter((p) => !seen.has(p.path))];
    if (shape.success && problems.length === 0) return { ok: true, scenario: shape.data };
    return { ok: false, problems };
  } catch (error) {
    // Only a bug in a check can get here; report it as a problem rather than crash a server.
    return {
      ok: false,
      problems: [{ path: "", code: "rule", message: `The scenario could not be checked: ${String(error)}.` }],
    };
  }
}

/** A one-line summary: `guarantees-2025 v1: 10 seats, 9 issues (33 options, 110,592 packages), 21 events`. */
export function describeScenario(scenario: Scenario): string {
  const options = scenario.issues.reduce((n, issue) => n + issue.options.length, 0);
  const packages = scenario.issues.reduce((n, issue) => n * issue.options.length, 1);
  return `${scenario.id} v${scenario.version}: ${scenario.seats.length} seats, ${scenario.issues.length} issues (${options} options, ${groupDigits(packages)} packages), ${scenario.events.length} events`;
}

/** Problems as lines of `path: sentence`, for a terminal or a log. */
export function formatProblems(problems: readonly ScenarioProblem[]): string {
  return problems.map((p) => `${p.path === "" ? "(scenario)" : p.path}: ${p.message}`).join("\n");
}

function groupDigits(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

// --- zod issues as path + sentence ----------------------------------------------------------

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  keys?: string[];
  values?: unknown[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  origin?: string;
  format?: string;
  issues?: ZodIssueLike[];
}

/** Renders a zod path the way the cross-field checks do: `seats.berlin.brief.pointTable.force`. */
function renderPath(input: unknown, path: readonly PropertyKey[]): string {
  let out = "";
  let node: unknown = input;
  for (const key of path) {
    if (typeof key === "number" && Array.isArray(node)) {
      out = elementPath(out, node, key);
      node = node[key];
    } else {
      const name = String(key);
      out = /^[A-Za-z_$][\w$-]*$/.test(name)
        ? out === ""
          ? name
          : `${out}.${name}`
        : `${out}[${JSON.stringify(name)}]`;
      node = typeof node === "object" && node !== null ? (node as Record<string, unknown>)[name] : undefined;
    }
  }
  return out;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let node: unknown = input;
  for (const key of path) {
    if (typeof node !== "object" || node === null || !Object.hasOwn(node, key))
      return { found: false, value: undefined };
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value: node };
}

function describeValue(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string")
    return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 37)}...` : value)}`;
  if (typeof value === "number") return `the number ${value}`;
  if (typeof value === "boolean") return `${value}`;
  if (typeof value === "object") return "an object";
  return typeof value;
}

const EXPECTED: Record<string, string> = {
  number: "a number",
  int: "a whole number",
  string: "a text",
  boolean: "true or false",
  array: "a list",
  object: "an object",
  record: "an object",
};

function shapeProblem(input: unknown, issue: ZodIssueLike): CodedScenarioProblem {
  const path = renderPath(input, issue.path);
  const at = valueAt(input, issue.path);
  const unit = issue.origin === "string" ? "characters" : issue.origin === "array" ? "items" : "";
  let message: string;
  let code: ScenarioProblemCode = "bad_value";
  switch (issue.code) {
    case "invalid_type": {
      code = at.found ? "wrong_type" : "missing_field";
      const want = EXPECTED[issue.expected ?? ""] ?? issue.expected ?? "another value";
      message = at.found
        ? `Expected ${want} here, but found ${describeValue(at.value)}.`
        : `This field is missing; it needs ${want}.`;
      break;
    }
    case "unrecognized_keys": {
      code = "unknown_key";
      const keys = issue.keys ?? [];
      message = `Unknown field${keys.length === 1 ? "" : "s"} ${keys.map((k) => JSON.stringify(k)).join(", ")}; check the spelling against docs/scenario.schema.json.`;
      break;
    }
    case "too_small":
      code = "out_of_range";
      message =
        issue.origin === "string" && issue.minimum === 1
          ? "This text must not be empty."
          : `Must be at least ${String(issue.minimum)}${unit === "" ? "" : ` ${unit}`}${at.found && typeof at.value === "number" ? ` (it is ${at.value})` : ""}.`;
      break;
    case "too_big":
      code = "out_of_range";
      message = `Must be at most ${String(issue.maximum)}${unit === "" ? "" : ` ${unit}`}${at.found && typeof at.value === "number" ? ` (it is ${at.value})` : ""}.`;
      break;
    case "invalid_value":
      message = `Must be one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(", ")}${at.found ? `, not ${describeValue(at.value)}` : ""}.`;
      break;
    case "invalid_format": {
      const custom = issue.message.startsWith("Invalid") ? "" : ` (${issue.message})`;
      message = `${at.found ? describeValue(at.value) : "The value"} has the wrong format${custom}.`;
      message = message.charAt(0).toUpperCase() + message.slice(1);
      break;
    }
    case "invalid_key": {
      const inner = issue.issues?.[0];
      const custom = inner !== undefined && !inner.message.startsWith("Invalid") ? `: ${inner.message}` : "";
      const key = issue.path[issue.path.length - 1];
      message = `The key ${JSON.stringify(String(key))} is not a valid id${custom}.`;
      break;
    }
    default:
      message = issue.message.endsWith(".") ? issue.message : `${issue.message}.`;
  }
  return { path, code, message };
}
