// The chance that a signing vote meets the agreement rule, given each seat's chance of signing.
// Reads only the public agreement rule and the public `asksUs` flags of the options.
import type { Package, PublicScenario, SeatId } from "@ironclad/engine";

/** Whether a package asks the United States to act (public option data). */
export function packageAsksUs(scenario: Pick<PublicScenario, "issues">, pkg: Package): boolean {
  return scenario.issues.some((issue) => issue.options.some((o) => o.id === pkg[issue.id] && o.asksUs));
}

// Scratch space reused by every call (the odds are weighed many times per decision).
let dist = new Float64Array(16);
let trials = new Float64Array(16);

/** P(at least `need` of the first `n` independent Bernoulli trials `ps` succeed). */
function atLeast(ps: Float64Array, n: number, need: number): number {
  if (need <= 0) return 1;
  if (dist.length < n + 1) dist = new Float64Array(n + 1);
  // dist[k] = P(exactly k successes so far), updated in place from the top down.
  dist.fill(0, 0, n + 1);
  dist[0] = 1;
  for (let j = 0; j < n; j++) {
    const p = ps[j] ?? 0;
    for (let k = j + 1; k > 0; k--) dist[k] = (dist[k] ?? 0) * (1 - p) + (dist[k - 1] ?? 0) * p;
    dist[0] = (dist[0] ?? 0) * (1 - p);
  }
  let sum = 0;
  for (let k = need; k <= n; k++) sum += dist[k] ?? 0;
  return sum;
}

/** The agreement rule laid out for one seating, by position in the seating (chances come as an array). */
export interface SeatedRule {
  /** The seated seats: position k of a chance array is seated[k]. */
  seated: readonly SeatId[];
  /** Positions of the seats that must sign (-1 for one not seated: the rule cannot hold). */
  mustSign: number[];
  /** Positions of the seats that must sign as well when the package asks the United States to act (not already in mustSign). */
  mustSignIfUs: number[];
  /** Each quota's seated positions, how many must sign, and which of them must sign anyway (without / with the US asked). */
  quotas: { at: number[]; need: number; required: boolean[]; requiredIfUs: boolean[] }[];
}

const rules = new WeakMap<object, Map<string, SeatedRule>>();

// The rule asked for last, checked first: every decision of a table asks for the same one (with
// a seating array of its own, equal seat by seat).
let lastRule: { rule: object; r: SeatedRule } | null = null;

/** The rule of `scenario` for the seated seats (one object per rule and seating). */
export function seatedRule(scenario: Pick<PublicScenario, "agreement">, seated: readonly SeatId[]): SeatedRule {
  const rule = scenario.agreement;
  const last = lastRule;
  if (last?.rule === rule && last.r.seated.length === seated.length && last.r.seated.every((s, k) => s === seated[k]))
    return last.r;
  let bySeating = rules.get(rule);
  if (!bySeating) {
    bySeating = new Map();
    rules.set(rule, bySeating);
  }
  const key = seated.join(",");
  let r = bySeating.get(key);
  if (!r) {
    const mustSign = [...new Set(rule.mustSign)];
    const mustSignIfUs = [...new Set(rule.mustSignIfUsAsked)].filter((s) => !mustSign.includes(s));
    r = {
      seated: [...seated],
      mustSign: mustSign.map((s) => seated.indexOf(s)),
      mustSignIfUs: mustSignIfUs.map((s) => seated.indexOf(s)),
      quotas: rule.quotas.map((q) => {
        const present = q.seats.filter((s) => seated.includes(s));
        return {
          at: present.map((s) => seated.indexOf(s)),
          need: Math.min(q.min, present.length),
          required: present.map((s) => mustSign.includes(s)),
          requiredIfUs: present.map((s) => mustSign.includes(s) || mustSignIfUs.includes(s)),
        };
      }),
    };
    bySeating.set(key, r);
  }
  lastRule = { rule, r };
  return r;
}

/** P(the rule holds) when the seat at position k of the seating signs with `chance[k]`. */
export function seatedRuleOdds(r: SeatedRule, asksUs: boolean, chance: ArrayLike<number>): number {
  let p = 1;
  for (const k of r.mustSign) p *= k >= 0 ? (chance[k] ?? 0) : 0;
  if (asksUs) for (const k of r.mustSignIfUs) p *= k >= 0 ? (chance[k] ?? 0) : 0;
  // Quotas are treated as independent of each other (they are disjoint in every shipped scenario).
  for (const q of r.quotas) {
    const required = asksUs ? q.requiredIfUs : q.required;
    const n = q.at.length;
    if (trials.length < n) trials = new Float64Array(n);
    for (let k = 0; k < n; k++) trials[k] = required[k] ? 1 : (chance[q.at[k] ?? -1] ?? 0);
    p *= atLeast(trials, n, q.need);
  }
  return p;
}

/** P(the agreement rule holds) when each seated seat signs with the given chance (missing = 0). */
export function ruleOdds(
  scenario: Pick<PublicScenario, "issues" | "agreement">,
  seated: readonly SeatId[],
  pkg: Package,
  chance: Readonly<Record<SeatId, number>>,
): number {
  const r = seatedRule(scenario, seated);
  return seatedRuleOdds(
    r,
    packageAsksUs(scenario, pkg),
    r.seated.map((s) => chance[s] ?? 0),
  );
}
