// Time-dependent concession (Faratin et al.; the ANAC/GENIUS family): a negotiator's aspiration
// falls from its best package toward its no-deal value as the deadline nears.

/** Personalities: a hardliner concedes late (Boulware, e < 1), a conciliator early (Conceder, e > 1). */
export const PERSONALITY_EXPONENTS = { hardliner: 0.3, pragmatist: 1, conciliator: 3 } as const;
/** A bot's negotiating temperament, chosen in the table settings. */
export type Personality = keyof typeof PERSONALITY_EXPONENTS;

/**
 * f(t) = k + (1 − k)·t^(1/e): the share of the way from best to reservation conceded at time t ∈ [0, 1].
 * k is the concession already made at t = 0 (usually 0).
 */
export function concessionShare(t: number, e: number, k = 0): number {
  if (!(e > 0)) throw new RangeError(`concession exponent must be positive, got ${e}`);
  const time = Math.min(1, Math.max(0, t));
  return k + (1 - k) * time ** (1 / e);
}

/** p(t) = Pmin + (Pmax − Pmin)(1 − f(t)): the utility a negotiator still insists on at time t. */
export function aspiration(t: number, best: number, reservation: number, personality: Personality, k = 0): number {
  const f = concessionShare(t, PERSONALITY_EXPONENTS[personality], k);
  return reservation + (best - reservation) * (1 - f);
}
