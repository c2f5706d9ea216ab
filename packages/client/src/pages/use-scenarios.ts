import { useEffect, useState } from "preact/hooks";
import { ApiFailure, listScenarios, type ScenarioSummary } from "../net/api.ts";

/** The scenarios from `GET /api/scenarios`, loaded once per page. */
export type ScenariosState =
  | { kind: "loading" }
  | { kind: "ready"; scenarios: ScenarioSummary[] }
  | { kind: "failed"; code: string; message: string };

let cache: Promise<ScenarioSummary[]> | null = null;

/** Loads the scenario list (once; a failure is retried on the next mount). */
export function useScenarios(): ScenariosState {
  const [state, setState] = useState<ScenariosState>({ kind: "loading" });
  useEffect(() => {
    cache ??= listScenarios();
    let live = true;
    cache.then(
      (scenarios) => live && setState({ kind: "ready", scenarios }),
      (error: unknown) => {
        cache = null;
        const f = error instanceof ApiFailure ? error : new ApiFailure("net/unreachable", String(error), 0);
        if (live) setState({ kind: "failed", code: f.code, message: f.message });
      },
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
