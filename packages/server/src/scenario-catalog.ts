// The scenarios this server offers: the engine's bundled ones, checked at start.
import fs from "node:fs";
import path from "node:path";
import {
  DEFAULT_SCENARIO_ID,
  formatProblems,
  parseScenario,
  type Scenario,
  type ScenarioProblem,
} from "@ironclad/engine";
import type { Store } from "./store.ts";

/** Where the engine keeps its bundled scenario files. */
const BUNDLED = path.resolve(import.meta.dirname, "../../engine/scenarios");

/** The result of an upload: the stored scenario, or why not. */
export type UploadResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; code: "scenario/invalid"; problems: ScenarioProblem[] }
  | { ok: false; code: "scenario/exists"; problems: ScenarioProblem[] };

/** Scenarios by id: the bundled ones, and those facilitators uploaded (kept in the store). */
export class ScenarioCatalog {
  readonly #byId = new Map<string, Scenario>();
  #store: Store | null = null;

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

  /** Where uploaded scenarios are kept (shared by every process). */
  attach(store: Store): void {
    this.#store = store;
  }

  /** The scenario a session gets when it names none. */
  defaultId(): string {
    return this.#byId.has(DEFAULT_SCENARIO_ID)
      ? DEFAULT_SCENARIO_ID
      : ([...this.#byId.keys()][0] ?? DEFAULT_SCENARIO_ID);
  }

  /** A scenario by id: bundled, or uploaded (possibly through another process). */
  async resolve(id: string): Promise<Scenario | undefined> {
    const known = this.#byId.get(id);
    if (known || !this.#store) return known;
    const json = await this.#store.getScenario(id);
    if (json === null) return undefined;
    const parsed = parseScenario(JSON.parse(json));
    if (!parsed.ok) return undefined;
    this.#byId.set(id, parsed.scenario);
    return parsed.scenario;
  }

  /** Every scenario: bundled first, then uploaded ones. */
  async list(): Promise<Scenario[]> {
    for (const { id } of (await this.#store?.listScenarios()) ?? []) await this.resolve(id);
    return [...this.#byId.values()];
  }

  /** Checks a facilitator's scenario with the engine and keeps it; an id in use is refused. */
  async upload(input: unknown, at: number): Promise<UploadResult> {
    const parsed = parseScenario(input);
    if (!parsed.ok) return { ok: false, code: "scenario/invalid", problems: parsed.problems };
    const id = parsed.scenario.id;
    const taken = {
      ok: false as const,
      code: "scenario/exists" as const,
      problems: [
        { path: "id", message: `A scenario with the id "${id}" exists on this server; give yours another id.` },
      ],
    };
    if (this.#byId.has(id) || !this.#store) return taken;
    if (!(await this.#store.putScenario(id, JSON.stringify(input), at))) return taken;
    this.#byId.set(id, parsed.scenario);
    return { ok: true, scenario: parsed.scenario };
  }
}
