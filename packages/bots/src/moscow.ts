// Moscow's bot (the red cell): each stress-test year it picks its action from the model's live
// odds in its own view, seeded; the sharp style weights aggression up by visible Western division.
import { type PlayerView, seedRng } from "@ironclad/engine";
import type { BotDecision, MoscowMemory, MoscowSettings } from "./bot-types.ts";
import { moscowChoice } from "./stress-policy.ts";

/** A fresh memory for Moscow's bot. */
export function newMoscowMemory(settings: MoscowSettings): MoscowMemory {
  return { role: "moscow", rng: seedRng(`moscow:${settings.seed}`) };
}

/**
 * Moscow decides (call it with `view(state, { kind: "moscow" })`). It acts only in the `moscow`
 * step. Note: while Moscow's controller is "bot" the engine draws for it on its own; the sharp
 * style needs the controller set to "human" so that this policy's choice is the one applied.
 */
export function moscowDecide(
  view: PlayerView,
  settings: MoscowSettings,
  memory: MoscowMemory | null,
): BotDecision<MoscowMemory> {
  const mem = memory ? structuredClone(memory) : newMoscowMemory(settings);
  if (view.phase !== "stress" || view.step !== "moscow" || view.paused) return { actions: [], talk: [], memory: mem };
  const year = view.years[view.years.length - 1];
  if (year?.moscowAction) return { actions: [], talk: [], memory: mem };
  const action = moscowChoice(view, settings.style, mem.rng);
  return { actions: [{ type: "stress/moscow-act", action }], talk: [], memory: mem };
}
