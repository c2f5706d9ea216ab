// The chance that a signing vote meets the agreement rule, given each seat's chance of signing.
// Reads only the public agreement rule and the public `asksUs` flags of the options.
import type { Package, PublicScenario, SeatId } from "@ironclad/engine";

/** Whether a package asks the United States to act (public option data). */
export function packageAsksUs(scenario: Pick<PublicScenario, "issues">, pkg: Package): boolean {
  return scenario.issues.some((issue) => issue.options.some((o) => o.id === pkg[issue.id] && o.asksUs));
}

/** P(at least `need` of independent Bernoulli trials succeed). */
function atLeast(ps: readonly number[], need: number): number {
  if (need <= 0) return 1;
  // dist[k] = P(exactly k successes so far)
  let dist = [1];
  for (const p of ps) {
    const next = new Array<number>(dist.length + 1).fill(0);
    dist.forEach((q, k) => {
      next[k] = (next[k] ?? 0) + q * (1 - p);
      next[k + 1] = (next[k + 1] ?? 0) + q * p;
    });
    dist = next;
  }
  let sum = 0;
  for (let k = need; k < dist.length; k++) sum += dist[k] ?? 0;
  return sum;
}

/** P(the agreement rule holds) when each seated seat signs with the given chance (missing = 0). */
export function ruleOdds(
  scenario: Pick<PublicScenario, "issues" | "agreement">,
  seated: readonly SeatId[],
  pkg: Package,
  chance: Readonly<Record<SeatId, number>>,
): number {
  const rule = scenario.agreement;
  const seatedSet = new Set(seated);
  let p = 1;
  const required = new Set(rule.mustSign);
  if (packageAsksUs(scenario, pkg)) for (const s of rule.mustSignIfUsAsked) required.add(s);
  for (const s of required) p *= seatedSet.has(s) ? (chance[s] ?? 0) : 0;
  // Quotas are treated as independent of each other (they are disjoint in every shipped scenario).
  for (const q of rule.quotas) {
    const present = q.seats.filter((s) => seatedSet.has(s));
    const need = Math.min(q.min, present.length);
    p *= atLeast(
      present.map((s) => (required.has(s) ? 1 : (chance[s] ?? 0))),
      need,
    );
  }
  return p;
}
