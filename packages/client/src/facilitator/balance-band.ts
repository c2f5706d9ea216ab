// A balance check's figures in the page's language (#20, part 4): each target's value, and its band
// worded from the bounds the simulator states (its own phrase, English, only for a result stored before
// the bounds were sent).
import { formatNumber, locale, t } from "../i18n/index.ts";
import type { CalibrationBand } from "./scenario-api.ts";

/** Targets whose value is a count or a score; every other target's value is a share. */
const NOT_SHARES = ["strongEscalationHigher", "noOptionDominated"];

/** A target's value (or a bound of its band) as the report states it: a share as a percentage, else a number. */
export function targetFigure(name: string, value: number): string {
  return NOT_SHARES.includes(name)
    ? formatNumber(Math.round(value * 10) / 10)
    : `${new Intl.NumberFormat(locale(), { maximumFractionDigits: 1 }).format(value * 100)} %`;
}

/** A target's band in words, in the value's unit: "60 % to 90 %", "below 15 %", "exactly 0". */
export function bandText(name: string, band: CalibrationBand | null, phrase: string): string {
  if (!band) return phrase;
  const { atLeast, atMost, below } = band;
  const figure = (n: number) => targetFigure(name, n);
  if (atLeast !== undefined && atMost !== undefined)
    return atLeast === atMost
      ? t("f.sc.band.exactly", { value: figure(atLeast) })
      : t("f.sc.band.between", { min: figure(atLeast), max: figure(atMost) });
  if (atLeast !== undefined) return t("f.sc.band.atLeast", { min: figure(atLeast) });
  if (atMost !== undefined) return t("f.sc.band.atMost", { max: figure(atMost) });
  if (below !== undefined) return t("f.sc.band.below", { max: figure(below) });
  return phrase;
}
