// The default scenario, "Guarantees for Ukraine — August 2025", as its own entry point
// (`@ironclad/engine/default-scenario`). It holds every seat's private brief, so it is kept out of
// the engine's main entry: the browser bundle imports the engine and must never carry the file.
import defaultScenarioData from "../scenarios/guarantees-2025.json" with { type: "json" };
import type { Scenario, Talk } from "./scenario.ts";
import { formatProblems, parseScenario } from "./scenario-load.ts";

let cachedDefault: Scenario | undefined;

/** The default scenario, parsed and checked once. */
export function defaultScenario(): Scenario {
  if (cachedDefault !== undefined) return cachedDefault;
  const result = parseScenario(defaultScenarioData);
  if (!result.ok) {
    // The default scenario is tested; reaching this is a bug in the repository, not bad input.
    throw new Error(`The default scenario is invalid:\n${formatProblems(result.problems)}`);
  }
  cachedDefault = result.scenario;
  return result.scenario;
}

/** The default scenario exactly as written in its file (no defaults applied), for copying and editing. */
export function defaultScenarioInput(): unknown {
  return structuredClone(defaultScenarioData);
}

/** The default scenario's talk section: what bots say at a table whose scenario has none. */
export function defaultTalk(): Talk {
  const talk = defaultScenario().talk;
  if (!talk) throw new Error("The default scenario has no talk section.");
  return talk;
}
