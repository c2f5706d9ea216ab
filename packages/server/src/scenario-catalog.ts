// The scenarios this server offers: the engine's bundled ones, checked at start.
import fs from "node:fs";
import path from "node:path";
import { formatProblems, parseScenario, type Scenario } from "@ironclad/engine";

/** Where the engine keeps its bundled scenario files. */
const BUNDLED = path.resolve(import.meta.dirname, "../../engine/scenarios");

/** Scenarios by id. */
export class ScenarioCatalog {
  readonly #byId = new Map<string, Scenario>();

  /** Loads every `*.json` in `dir`; a bundled scenario that fails its checks is a bug, so it stops the start. */
  static load(dir = BUNDLED): ScenarioCatalog {
    const catalog = new ScenarioCatalog();
    for (const file of fs
      .readdirSync(dir)
      .filter((f) => f.endsWith(".json"))
      .sort()) {
      const parsed = parseScenario(JSON.parse(fs.readFileSync(path.join(dir, file), "utf8")));
      if (!parsed.ok) throw new Error(`scenario ${file} is invalid:\n${formatProblems(parsed.problems)}`);
      catalog.add(parsed.scenario);
    }
    return catalog;
  }

  add(scenario: Scenario): void {
    this.#byId.set(scenario.id, scenario);
  }

  get(id: string): Scenario | undefined {
    return this.#byId.get(id);
  }

  list(): Scenario[] {
    return [...this.#byId.values()];
  }
}
