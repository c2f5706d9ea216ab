// The scenarios this server offers: the engine's bundled ones, checked at start.
import fs from "node:fs";
import path from "node:path";
import {
  type CodedScenarioProblem,
  DEFAULT_SCENARIO_ID,
  formatProblems,
  parseScenario,
  parseScenarioFile,
  type Scenario,
} from "@ironclad/engine";
import type { Store } from "./store.ts";

/** Where the engine keeps its bundled scenario files. */
const BUNDLED = path.resolve(import.meta.dirname, "../../engine/scenarios");

/** The key a session's own scenario is kept under: the file's id and the session's, `my-scenario@ses_…`. */
export function ownScenarioKey(scenarioId: string, sessionId: string): string {
  return `${scenarioId}@${sessionId}`;
}

/** Whether a scenario key names a session's own scenario (ids of the format never contain `@`). */
export function isOwnScenarioKey(key: string): boolean {
  return key.includes("@");
}

/** The result of an upload: the stored scenario, or why not. */
export type UploadResult =
  | { ok: true; scenario: Scenario }
  | { ok: false; code: "scenario/invalid"; problems: CodedScenarioProblem[] }
  | { ok: false; code: "scenario/exists"; problems: CodedScenarioProblem[] };

/** Scenarios by id: the bundled ones, and those facilitators uploaded (kept in the store). */
export class ScenarioCatalog {
  readonly #byId = new Map<string, Scenario>();
  readonly #bundled = new Set<string>();
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
      catalog.#bundled.add(parsed.scenario.id);
    }
    return catalog;
  }

  add(scenario: Scenario): void {
    this.#byId.set(scenario.id, scenario);
  }

  /**
   * A shipped scenario whole, briefs included: what a facilitator starts a copy from. Only the
   * bundled ones, whose files the repository publishes; an uploaded or a session's own never.
   */
  shipped(id: string): Scenario | undefined {
    return this.#bundled.has(id) ? this.#byId.get(id) : undefined;
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

  /** Every scenario: bundled first, then uploaded ones (never a session's own). */
  async list(): Promise<Scenario[]> {
    for (const { id } of (await this.#store?.listScenarios()) ?? []) await this.resolve(id);
    return [...this.#byId].filter(([key]) => !isOwnScenarioKey(key)).map(([, scenario]) => scenario);
  }

  /** Remembers a session's own scenario under the key its tables name (the store keeps it with the session). */
  keep(key: string, scenario: Scenario): void {
    this.#byId.set(key, scenario);
  }

  /** Forgets a session's own scenario once its session is deleted. */
  forget(key: string): void {
    if (isOwnScenarioKey(key)) this.#byId.delete(key);
  }

  /** Checks a facilitator's scenario with the engine and keeps it; an id in use is refused. */
  async upload(input: unknown, at: number): Promise<UploadResult> {
    const parsed = parseScenarioFile(input);
    if (!parsed.ok) return { ok: false, code: "scenario/invalid", problems: parsed.problems };
    const id = parsed.scenario.id;
    const taken = {
      ok: false as const,
      code: "scenario/exists" as const,
      problems: [
        {
          path: "id",
          code: "rule" as const,
          message: `A scenario with the id "${id}" exists on this server; give yours another id.`,
        },
      ],
    };
    if (this.#byId.has(id) || !this.#store) return taken;
    if (!(await this.#store.putScenario(id, JSON.stringify(input), at))) return taken;
    this.#byId.set(id, parsed.scenario);
    return { ok: true, scenario: parsed.scenario };
  }
}
