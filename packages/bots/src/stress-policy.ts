// The stress test: Moscow's red-cell policy (a draw from the model's odds, or a sharper variant
// that presses on visible Western division) and how a guarantor bot answers Moscow (it honours
// its pledge according to its political capital and the pledge's clarity), and the protected
// seat's own move.
import {
  MOSCOW_ACTIONS,
  type MoscowAction,
  type MoscowOdds,
  nextFloat,
  oddsArray,
  type PlayerView,
  type ProtectedMove,
  pickWeighted,
  RESPONSES,
  type Response,
  type RngState,
  requiredResponse,
  resolveModelConstants,
  type SeatId,
} from "@ironclad/engine";

/** How Moscow plays: the model's own draw, or the sharper variant that exploits division. */
export type MoscowStyle = "model" | "sharp";

/** How divided the West looks from outside, 0..1: refused signatures, broken promises, low unity. */
export function visibleDivision(view: PlayerView): number {
  const seated = view.seatOrder.length;
  const fw = view.framework;
  const refused = fw && seated > 0 ? 1 - fw.signatories.length / seated : 0;
  const collapsed = fw && !fw.stands ? 0.3 : 0;
  let broken = 0;
  for (const id of view.seatOrder) broken += view.seats[id]?.brokenPromises ?? 0;
  const lowUnity = Math.max(0, (50 - view.table.unity) / 50);
  return Math.min(1, refused + collapsed + 0.15 * broken + 0.5 * lowUnity);
}

/** The odds the sharper Moscow plays by: aggression weighted up by visible division. */
export function sharpOdds(odds: MoscowOdds, division: number): MoscowOdds {
  const w = {
    comply: odds.comply * (1 - 0.5 * division),
    hybrid: odds.hybrid * (1 + 0.5 * division),
    incursion: odds.incursion * (1 + 1.2 * division),
    offensive: odds.offensive * (1 + 1.5 * division),
  };
  const total = w.comply + w.hybrid + w.incursion + w.offensive;
  if (!(total > 0)) return odds;
  return {
    comply: w.comply / total,
    hybrid: w.hybrid / total,
    incursion: w.incursion / total,
    offensive: w.offensive / total,
  };
}

/** Moscow's action for this year from the live odds of its view (advances `rng`). */
export function moscowChoice(view: PlayerView, style: MoscowStyle, rng: RngState): MoscowAction {
  const odds = view.liveOdds ?? view.noDeal.odds;
  const played = style === "sharp" ? sharpOdds(odds, visibleDivision(view)) : odds;
  return MOSCOW_ACTIONS[pickWeighted(rng, oddsArray(played))] ?? "comply";
}

/** The chance a bound seat honours its pledge in full: higher with capital and with a clear pledge. */
export function honourChance(capital: number, clarity: number): number {
  return Math.min(0.98, Math.max(0.05, 0.55 + (0.8 * (capital - 40)) / 100 + (0.4 * (clarity - 50)) / 100));
}

/** How `seat` answers Moscow this year (advances `rng`), or null when it has nothing to answer. */
export function guarantorResponse(view: PlayerView, seat: SeatId, rng: RngState): Response | null {
  const year = view.years[view.years.length - 1];
  const action = year?.moscowAction;
  if (!year || !action || year.responses[seat]) return null;
  const me = view.seats[seat];
  if (!me) return null;
  // Only guarantors and European capitals answer Moscow.
  const kind = view.scenario.seats.find((x) => x.id === seat)?.kind;
  if (kind !== "guarantor" && kind !== "european") return null;
  const k = resolveModelConstants(view.scenario.model);
  const bound = view.framework?.stands === true && view.framework.bound.includes(seat);
  const pledge = view.readout?.pledge ?? "nothing";
  const required = bound ? requiredResponse(pledge, action) : "nothing";
  if (required !== "nothing") {
    const clarity = view.readout?.clarity ?? 0;
    const cost = required === "direct" ? k.costDirect : required === "airDefence" ? k.costAirDefence : k.costSanctions;
    const p = me.capital < cost ? 0 : honourChance(me.capital, clarity);
    if (nextFloat(rng) < p) return required;
    return RESPONSES[Math.max(0, RESPONSES.indexOf(required) - 1)] ?? "nothing";
  }
  // Not bound: an attack still draws sanctions and aid from a capital with the capital to spend.
  if ((action === "incursion" || action === "offensive") && me.capital >= 30) return "sanctions";
  return "nothing";
}

/** Security below which a protected seat under a major offensive opens ceasefire talks. */
const CEASEFIRE_BELOW = 35;

/**
 * The protected seat's own move once Moscow has acted (null when it has moved or need not):
 * against an attack it appeals in public when the guarantors owe air defence or more (the appeal
 * then binds them before their public), opens ceasefire talks when a major offensive meets a
 * security already low, and otherwise mobilises its reserves. A quiet year needs no move.
 */
export function protectedMove(view: PlayerView, seat: SeatId): ProtectedMove | null {
  const year = view.years[view.years.length - 1];
  const action = year?.moscowAction;
  if (!year || !action || year.protectedMove) return null;
  if (view.scenario.seats.find((x) => x.id === seat)?.kind !== "protected") return null;
  if (action !== "incursion" && action !== "offensive") return "hold";
  if (action === "offensive" && view.table.ukraineSecurity < CEASEFIRE_BELOW) return "ceasefire";
  const owed = view.framework?.stands ? requiredResponse(view.readout?.pledge ?? "nothing", action) : "nothing";
  return RESPONSES.indexOf(owed) >= RESPONSES.indexOf("airDefence") ? "appeal" : "mobilise";
}
