// A catch-up line (protocol `CatchUpLine`) as a sentence in the reader's language: seats, issues and
// options by their names in the scenario, the keeper's deeds in the second person.
import type { CatchUpLine, KeeperDeed } from "@ironclad/engine/protocol";
import { loc, t, tOr } from "../i18n/index.ts";
import type { PublicScenario } from "../net/table-types.ts";
import { issueOf, optionLabel, seatName } from "./table-context.ts";

function change(scenario: PublicScenario, issue: string, option: string | null): string {
  return `${loc(issueOf(scenario, issue)?.name) || issue} → ${option === null ? t("catchUp.blank") : optionLabel(scenario, issue, option) || option}`;
}

function deedText(d: KeeperDeed, scenario: PublicScenario): string {
  switch (d.act) {
    case "accepted":
      return t("catchUp.deed.accepted", {
        id: d.amendment,
        seat: seatName(scenario, d.by),
        change: change(scenario, d.issue, d.option),
      });
    case "supported":
      return t("catchUp.deed.supported", { id: d.amendment, change: change(scenario, d.issue, d.option) });
    case "signed":
      return t("catchUp.deed.signed", { id: d.vote });
    case "declined":
      return t("catchUp.deed.declined", { id: d.vote });
    case "answered":
      return t(d.bound ? "catchUp.deed.answeredBound" : "catchUp.deed.answered", {
        year: d.year,
        moscow: t(`moscow.${d.moscow}`),
        response: t(`response.${d.response}`),
      });
  }
}

/** One line of a catch-up as a sentence. */
export function catchUpText(line: CatchUpLine, scenario: PublicScenario): string {
  const names = (seats: readonly string[]) => seats.map((s) => seatName(scenario, s)).join(", ");
  switch (line.kind) {
    case "draft-same":
      return t("catchUp.draftSame");
    case "draft-changed":
      return t("catchUp.draftChanged", {
        issue: loc(issueOf(scenario, line.issue)?.name) || line.issue,
        from: line.from === null ? t("catchUp.blank") : optionLabel(scenario, line.issue, line.from) || line.from,
        to: line.to === null ? t("catchUp.blank") : optionLabel(scenario, line.issue, line.to) || line.to,
      });
    case "posted":
      return t("catchUp.posted", { count: line.count, open: line.open });
    case "amendment":
      return t("catchUp.amendment", {
        id: line.id,
        seat: seatName(scenario, line.by),
        change: change(scenario, line.issue, line.option),
        status: tOr(`amend.status.${line.status}`, line.status),
      });
    case "vote": {
      const by = line.calledBy === "facilitator" ? t("catchUp.facilitator") : seatName(scenario, line.calledBy);
      if (line.result === "concluded")
        return t("catchUp.voteConcluded", { id: line.id, seat: by, signatories: names(line.signatories) });
      if (line.result === "failed")
        return t("catchUp.voteFailed", { id: line.id, seat: by, count: line.signatories.length });
      return t("catchUp.voteOpen", { id: line.id, seat: by });
    }
    case "year":
      return t(line.broken.length > 0 ? "catchUp.yearBroken" : "catchUp.year", {
        year: line.year,
        event: line.event ? loc(line.event) : t("catchUp.noEvent"),
        moscow: line.moscow ? t(`moscow.${line.moscow}`) : t("catchUp.moscowPending"),
        broken: names(line.broken),
      });
    case "deed":
      return deedText(line.deed, scenario);
    case "no-deeds":
      return t("catchUp.noDeeds");
    case "pen":
      return t("catchUp.pen");
    case "own-amendment":
      return t("catchUp.ownAmendment", { id: line.id, change: change(scenario, line.issue, line.option) });
    case "offer":
      return line.to === null
        ? t("catchUp.offerToTable", { id: line.id, seat: seatName(scenario, line.by) })
        : t("catchUp.offer", { id: line.id, seat: seatName(scenario, line.by), to: seatName(scenario, line.to) });
    case "now":
      return t("catchUp.now", {
        phase: tOr(`phase.${line.phase}`, line.phase),
        round: line.round,
      });
  }
}
