// A table's scores with the luck of the stress test averaged out: the deal it signed (or no deal)
// run through seeded futures, as the debrief's own distribution runs it, and each seat's score
// taken as its mean over them. Two tables that signed the same package by the same seats get the
// same figures, so a comparison of two ways to play a seat measures the bargaining, not the dice
// of ratification and Moscow (the exploitability run's lower-variance column).
import {
  computeScores,
  type DomesticPressure,
  type Package,
  runStress,
  type Scenario,
  type SeatId,
  stressStart,
} from "@ironclad/engine";

/** What the expected score of a table hangs on: who sat, what was signed, by whom. */
export interface SignedTable {
  seats: readonly SeatId[];
  /** Option ids in the scenario's issue order, or null for no deal. */
  package: readonly string[] | null;
  signatories: readonly SeatId[];
  /** The seat under domestic pressure at that table: its futures score it against its raised no-deal value. */
  pressure?: DomesticPressure | null;
}

/** Futures per distinct signed table: the debrief's own count. */
export const EXPECTED_SCORE_FUTURES = 200;

/** Mean score per seat over `runs` futures of a signed table; kept per table so repeats cost nothing. */
export function expectedScorer(scenario: Scenario, runs = EXPECTED_SCORE_FUTURES) {
  const known = new Map<string, Record<SeatId, number>>();
  return (t: SignedTable): Record<SeatId, number> => {
    const key = JSON.stringify([t.seats, t.package, t.package ? t.signatories : [], t.pressure ?? null]);
    const hit = known.get(key);
    if (hit) return hit;
    const pkg: Package | null = t.package
      ? Object.fromEntries(scenario.issues.map((issue, i) => [issue.id, t.package?.[i] ?? ""]))
      : null;
    const sums: Record<SeatId, number> = {};
    for (let i = 0; i < runs; i++) {
      const start = stressStart(scenario, pkg, `expected:${i}`, {
        runs,
        seed: "expected",
        seats: t.seats,
        pressure: t.pressure ?? null,
        ...(pkg ? { signatories: t.signatories } : {}),
      });
      const end = runStress(start);
      for (const s of computeScores(end, end.outcome ?? "eroded")) sums[s.seat] = (sums[s.seat] ?? 0) + s.total;
    }
    const mean = Object.fromEntries(Object.entries(sums).map(([seat, x]) => [seat, x / runs]));
    known.set(key, mean);
    return mean;
  };
}
