// A calibration target's band as data (#20, part 4): the simulator states each band as an English
// phrase ("0.60–0.90", "< 0.15 of futures"); the setup page words it in its own language from these
// bounds, in the value's own unit, so the band is never shown in English alone.

/** The bounds a target's value must keep: at least / at most (inclusive), below (exclusive). */
export type CalibrationBand = { atLeast?: number; atMost?: number; below?: number };

// A number as the simulator writes it: a sign (ASCII or U+2212), digits, a decimal or a fraction.
const NUMBER = String.raw`[-−]?\d+(?:\.\d+)?(?:\/\d+)?`;
const BETWEEN = new RegExp(String.raw`(${NUMBER})\s*–\s*(${NUMBER})`);
const AT_LEAST = new RegExp(String.raw`≥\s*(${NUMBER})`);
const AT_MOST = new RegExp(String.raw`≤\s*(${NUMBER})`);
const BELOW = new RegExp(String.raw`<\s*(${NUMBER})`);
// "0 options nobody wants": a count that must be exactly this.
const EXACTLY = new RegExp(String.raw`^(${NUMBER})\s`);

function numberOf(text: string): number {
  const [top, bottom] = text.replace("−", "-").split("/");
  return bottom === undefined ? Number(top) : Number(top) / Number(bottom);
}

/**
 * The band a simulator's phrase states, or null when it is in no form known here (the page then
 * shows the phrase itself). The first comparison counts: "≥ 30 (no deal: 0)" is at least 30.
 */
export function calibrationBand(phrase: string): CalibrationBand | null {
  const between = BETWEEN.exec(phrase);
  if (between?.[1] && between[2]) return { atLeast: numberOf(between[1]), atMost: numberOf(between[2]) };
  const atLeast = AT_LEAST.exec(phrase);
  if (atLeast?.[1]) return { atLeast: numberOf(atLeast[1]) };
  const atMost = AT_MOST.exec(phrase);
  if (atMost?.[1]) return { atMost: numberOf(atMost[1]) };
  const below = BELOW.exec(phrase);
  if (below?.[1]) return { below: numberOf(below[1]) };
  const exactly = EXACTLY.exec(phrase);
  if (exactly?.[1]) return { atLeast: numberOf(exactly[1]), atMost: numberOf(exactly[1]) };
  return null;
}
