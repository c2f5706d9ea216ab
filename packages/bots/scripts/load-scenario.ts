// Reads a scenario file (JSON, or YAML when the `yaml` package is installed) or the default one.
import { readFile } from "node:fs/promises";

import { resolve } from "node:path";

import { formatProblems, parseScenario, type Scenario } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";

/** The scenario at `file` (relative to where npm was started), or the default scenario for null. */
export async function loadScenario(file: string | null): Promise<Scenario> {
  if (!file) return defaultScenario();
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), file);
  const text = await readFile(path, "utf8");
  let data: unknown;
  if (/\.ya?ml$/i.test(path)) {
    const yaml = (await import("yaml" as string)) as { parse(text: string): unknown };
    data = yaml.parse(text);
  } else data = JSON.parse(text);
  const r = parseScenario(data);
  if (!r.ok) throw new Error(`${file} is not a valid scenario:\n${formatProblems(r.problems)}`);
  return r.scenario;
}
