// The scenario a session or a table plays, as the facilitator's pages name seats and issues by it:
// from the server's list, or (a scenario a facilitator brought for the session, which is never
// listed) from its own public data, read once.
import { useEffect, useState } from "preact/hooks";
import { getScenario, type ScenarioSummary } from "../net/api.ts";
import { useScenarios } from "../pages/use-scenarios.ts";

/** The summary of scenario `id` (a listed id, or a session's own key), or null until it is known. */
export function useSessionScenario(id: string | undefined): ScenarioSummary | null {
  const list = useScenarios();
  const listed = list.kind === "ready" ? (list.scenarios.find((s) => s.id === id) ?? null) : null;
  const [own, setOwn] = useState<{ id: string; summary: ScenarioSummary } | null>(null);
  const unlisted = list.kind !== "loading" && listed === null && id !== undefined && id !== "";
  useEffect(() => {
    if (!unlisted || !id) return;
    let live = true;
    getScenario(id).then(
      (pub) =>
        live &&
        setOwn({
          id,
          summary: {
            id: pub.id,
            version: pub.version,
            title: pub.title,
            summary: pub.summary,
            seats: pub.seats.map((s) => ({
              id: s.id,
              kind: s.kind,
              name: s.name,
              flag: s.flag,
              inDefaultTable: s.inDefaultTable,
              publicPosition: s.publicPosition,
            })),
            issues: pub.issues.map((i) => ({ id: i.id, name: i.name, options: i.options.length })),
          },
        }),
      // Without it the pages name seats by their ids, as before.
      () => {},
    );
    return () => {
      live = false;
    };
  }, [id, unlisted]);
  return listed ?? (own && own.id === id ? own.summary : null);
}
