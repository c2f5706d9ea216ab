// The agreement rule: who must sign for a framework to be concluded, and whether the signatures
// at hand meet it. Used by the signing vote and again after ratification.
import type { Scenario, SeatId } from "./scenario.ts";
import type { Package } from "./state.ts";

/** Whether a package asks the United States to act (brings `mustSignIfUsAsked` into the rule). */
export function asksUs(scenario: Scenario, pkg: Record<string, string | null>): boolean {
  return scenario.issues.some((issue) => {
    const chosen = pkg[issue.id];
    return chosen != null && issue.options.some((o) => o.id === chosen && o.asksUs);
  });
}

function seatName(scenario: Scenario, id: SeatId): string {
  return scenario.seats.find((s) => s.id === id)?.name.en ?? id;
}

/** One requirement of the agreement rule a vote did not meet, as data (each reader words it). */
export type UnmetRequirement =
  | { kind: "must-sign"; seat: SeatId }
  | { kind: "must-sign-us-asked"; seat: SeatId }
  | { kind: "quota"; seats: SeatId[]; needed: number; got: number };

/** The result of checking the agreement rule: met, or the unmet requirements (as data, and in plain English words). */
export interface AgreementCheck {
  met: boolean;
  unmet: string[];
  requirements: UnmetRequirement[];
  unanimous: boolean;
}

/**
 * Checks the agreement rule. `seated` are the negotiating seats at the table, `signers` those
 * whose signature counts. A required seat that is not seated cannot sign, so the rule fails.
 */
export function checkAgreement(
  scenario: Scenario,
  seated: readonly SeatId[],
  signers: readonly SeatId[],
  pkg: Package,
): AgreementCheck {
  const rule = scenario.agreement;
  const signed = new Set(signers);
  const unmet: string[] = [];
  const requirements: UnmetRequirement[] = [];
  for (const seat of rule.mustSign) {
    if (!signed.has(seat)) {
      unmet.push(`${seatName(scenario, seat)} must sign.`);
      requirements.push({ kind: "must-sign", seat });
    }
  }
  if (asksUs(scenario, pkg)) {
    for (const seat of rule.mustSignIfUsAsked) {
      if (!signed.has(seat)) {
        unmet.push(`${seatName(scenario, seat)} must sign: the draft asks the United States to act.`);
        requirements.push({ kind: "must-sign-us-asked", seat });
      }
    }
  }
  const seatedSet = new Set(seated);
  for (const quota of rule.quotas) {
    const present = quota.seats.filter((s) => seatedSet.has(s));
    const needed = Math.min(quota.min, present.length);
    const got = present.filter((s) => signed.has(s)).length;
    if (got < needed) {
      const names = present.map((s) => seatName(scenario, s)).join(", ");
      unmet.push(`At least ${needed} of ${names} must sign (${got} did).`);
      requirements.push({ kind: "quota", seats: present, needed, got });
    }
  }
  const unanimous = seated.length > 0 && seated.every((s) => signed.has(s));
  return { met: unmet.length === 0, unmet, requirements, unanimous };
}
