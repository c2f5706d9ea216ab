// What a failed vote missed of the agreement rule (the view's `lastVoteUnmet`, as data), worded in the
// reader's language with the scenario's seat names.
import type { UnmetRequirement } from "@ironclad/engine";
import { t } from "../i18n/index.ts";
import type { PublicScenario } from "../net/table-types.ts";
import { seatName } from "./table-context.ts";

/** One unmet requirement as a sentence. */
function sentence(u: UnmetRequirement, scenario: PublicScenario): string {
  switch (u.kind) {
    case "must-sign":
      return t("vote.unmet.mustSign", { seat: seatName(scenario, u.seat) });
    case "must-sign-us-asked":
      return t("vote.unmet.mustSignUsAsked", { seat: seatName(scenario, u.seat) });
    case "quota":
      return t("vote.unmet.quota", {
        needed: u.needed,
        seats: u.seats.map((s) => seatName(scenario, s)).join(", "),
        got: u.got,
      });
  }
}

/** The unmet requirements as one sentence each, joined (empty when there are none). */
export function unmetText(unmet: readonly UnmetRequirement[], scenario: PublicScenario): string {
  return unmet.map((u) => sentence(u, scenario)).join(" ");
}
