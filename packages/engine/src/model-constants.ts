// Every constant of the deal model with its default. docs/model.md explains each one and why.
// A scenario may override any of them by name in its `model` section; the scenario checks
// reject names that are not keys of this object.

/** The default value of every deal-model constant, by name. */
export const DEFAULT_MODEL_CONSTANTS = {
  // Militarily credible: share of the seated capacity that signed, raised to this power.
  capacityExponent: 1,
  // Politically sustainable: how much of a seat's capital a full-cost deal eats (0..1 of 100 points).
  costWeight: 0.3,
  // European cost is scaled by (financialCostBase - financialCapacity / 100): rich capitals feel less.
  financialCostBase: 1.5,
  // Kyiv's support falls by this many points at the most sovereignty-restricting package.
  sovereigntyCostWeight: 60,
  // Ratification probability: base + supportWeight·(support − 50)/100 − bindingWeight·legal/100.
  ratificationBase: 1,
  ratificationSupportWeight: 0.4,
  ratificationBindingWeight: 0.3,
  ratificationMin: 0.05,
  ratificationMax: 0.99,
  // Resolve: base + legalWeight·legal/100 + politicalWeight·political/100, times the credibility factor.
  resolveBase: 0.3,
  resolveLegalWeight: 0.4,
  resolvePoliticalWeight: 0.3,
  // The neutral value of a seat's resolve stat (events move it; 50 leaves resolve unchanged).
  resolveNeutral: 50,
  // Credibility: 1 − brokenPromiseWeight·broken + honouredWeight·honoured, kept in [credibilityMin, credibilityMax].
  brokenPromiseWeight: 0.2,
  honouredWeight: 0.05,
  credibilityMin: 0.1,
  credibilityMax: 1.2,
  // Moscow's aggression (a latent score z; ordered logistic thresholds below).
  aggressionBase: 0,
  escalationWeight: 1,
  deterrenceWeight: 5,
  weaknessWeight: 0.4,
  weaknessCutoff: 0.3,
  grievanceWeight: 1,
  grievanceNeutral: 30,
  unityWeight: 1,
  unityNeutral: 50,
  thresholdHybrid: -0.8,
  thresholdIncursion: 0.6,
  thresholdOffensive: 1.4,
  // Starting table stats.
  startUnity: 50,
  startGrievance: 30,
  startSecurity: 50,
  startResolve: 50,
  // Adjudication: harm to Ukraine's security by Moscow's action; recovery in a quiet year.
  damageHybrid: 5,
  damageIncursion: 15,
  damageOffensive: 30,
  recoveryComply: 5,
  // Response strength: a seat's response rank/3 × its capacity/100, summed; snap-back adds a fixed share.
  snapBackStrength: 0.3,
  mitigationPerStrength: 0.5,
  maxMitigation: 0.8,
  // Political capital a response costs the responder.
  costSanctions: 3,
  costAirDefence: 6,
  costDirect: 10,
  // Escalation steps when someone answers an incursion / offensive with direct military support.
  escalationDirectIncursion: 1,
  escalationDirectOffensive: 2,
  // An escalation-risk read-out at or above this adds one step when Moscow attacks (troops near the line).
  escalationProximityRisk: 60,
  grievancePerDirect: 5,
  clashLevel: 4,
  unityPerBrokenPromise: 10,
  unitySplitPenalty: 5,
  unityHonouredBonus: 2,
  // The protected seat's own move in a year Moscow attacks (Kyiv: appeal, mobilise, ceasefire talks).
  // A public appeal lifts unity when a guarantor answers with air defence or more, and lowers it when none does.
  appealUnity: 3,
  appealUnanswered: 3,
  // Mobilising reserves adds to the response strength, feeds Moscow's grievance, and costs capital.
  mobiliseStrength: 0.15,
  mobiliseGrievance: 2,
  costMobilise: 5,
  // Ceasefire talks spare part of the damage and ease grievance, but partners fear a separate deal.
  ceasefireRelief: 0.25,
  ceasefireGrievance: 4,
  ceasefireUnity: 3,
  costCeasefire: 4,
  // Outcome line: failed below this security; eroded below start − erodedMargin or after any attack.
  failedBelow: 25,
  erodedMargin: 5,
};

/** The names of the deal-model constants. */
export type ModelConstantName = keyof typeof DEFAULT_MODEL_CONSTANTS;
/** A full set of deal-model constants. */
export type ModelConstants = Record<ModelConstantName, number>;

/** The defaults with a scenario's overrides applied (unknown names are ignored here; the checks report them). */
export function resolveModelConstants(overrides: Record<string, number> | undefined): ModelConstants {
  const out: ModelConstants = { ...DEFAULT_MODEL_CONSTANTS };
  if (!overrides) return out;
  for (const key of Object.keys(out) as ModelConstantName[]) {
    const v = overrides[key];
    if (typeof v === "number" && Number.isFinite(v)) out[key] = v;
  }
  return out;
}
