// The deal model's public read-out of the draft with one amendment applied. The engine's pure
// `evaluateDeal` does the work (no rule is rewritten here); this module is loaded lazily, so the
// engine arrives only when there is an amendment to compare.
import { type DealReadout, evaluateDeal, type Scenario } from "@ironclad/engine";
import type { PublicScenario, TableSnapshot } from "../net/table-types.ts";

/** The read-out if `issue` were set to `option` ("" blanks it); null while the package is incomplete. */
export function readoutWith(
  scenario: PublicScenario,
  snap: TableSnapshot,
  issue: string,
  option: string,
): DealReadout | null {
  const pkg: Record<string, string> = {};
  for (const i of scenario.issues) {
    const chosen = i.id === issue ? option : snap.draft[i.id];
    if (!chosen) return null;
    pkg[i.id] = chosen;
  }
  const stat = (key: "capital" | "resolve" | "capacity") =>
    Object.fromEntries(Object.values(snap.seats).map((s) => [s.id, s[key]]));
  // The public scenario has no private briefs; the read-out uses only public attributes and stats.
  return evaluateDeal(scenario as unknown as Scenario, pkg, {
    seated: snap.seatOrder,
    capital: stat("capital"),
    resolve: stat("resolve"),
    capacity: stat("capacity"),
    unity: snap.pub?.table.unity,
    grievance: snap.pub?.table.grievance,
  });
}
