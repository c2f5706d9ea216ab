// Kyiv's own move in a stress-test year, as the UI says it: each of the four moves with a one-line
// effect whose numbers are the scenario's model constants (docs/model.md, "Kyiv's own move"), and
// whether a move counts this year. Kept apart from the stress model, which the stage loads lazily:
// the stress panel imports this at load.
import { PROTECTED_MOVES, type ProtectedMove, resolveModelConstants } from "@ironclad/engine";
import { t } from "../i18n/index.ts";

/** A move Kyiv may make, its name and what it does. */
export type ProtectedMoveOption = { move: ProtectedMove; label: string; effect: string };

/** Kyiv's four moves in the engine's order, each with its effect from the scenario's model constants. */
export function protectedMoveOptions(model: Record<string, number> | undefined): ProtectedMoveOption[] {
  const k = resolveModelConstants(model);
  const effect = (move: ProtectedMove): string => {
    switch (move) {
      case "hold":
        return t("protectedMove.hold.text");
      case "appeal":
        return t("protectedMove.appeal.text", { up: k.appealUnity, down: k.appealUnanswered });
      case "mobilise":
        return t("protectedMove.mobilise.text", {
          strength: k.mobiliseStrength,
          grievance: k.mobiliseGrievance,
          cost: k.costMobilise,
        });
      case "ceasefire":
        return t("protectedMove.ceasefire.text", {
          relief: Math.round(k.ceasefireRelief * 100),
          grievance: k.ceasefireGrievance,
          unity: k.ceasefireUnity,
          cost: k.costCeasefire,
        });
    }
  };
  return PROTECTED_MOVES.map((move) => ({ move, label: t(`protectedMove.${move}`), effect: effect(move) }));
}
