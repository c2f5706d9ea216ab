// Events in plain English, for the timeline, the report and screen-reader announcements.
// Public facts only, as the events themselves are.
import type { GameEvent } from "./events.ts";
import type { Scenario } from "./scenario.ts";

const RESPONSE_TEXT = {
  nothing: "nothing",
  sanctions: "sanctions and an aid surge",
  airDefence: "air defence and intelligence",
  direct: "direct military support",
} as const;

const MOSCOW_TEXT = {
  comply: "complied with the terms",
  hybrid: "used hybrid pressure (sabotage, cyber, drones)",
  incursion: "launched a limited incursion",
  offensive: "launched a major offensive",
} as const;

const PROTECTED_MOVE_TEXT = {
  hold: "held its course",
  appeal: "appealed to the guarantors in public",
  mobilise: "mobilised its reserves",
  ceasefire: "opened ceasefire talks",
} as const;

const PHASE_TEXT = {
  lobby: "the lobby",
  briefing: "the briefing",
  negotiation: "negotiation",
  vote: "a signing vote",
  ratification: "ratification",
  stress: "the stress test",
  debrief: "the debrief",
} as const;

/** Said of a step the seat-keeper took for a seat whose people were away. */
function keeper(e: { standIn?: true }): string {
  return e.standIn ? " (its seat-keeper, while the delegation was away)" : "";
}

/** One sentence for an event ("" for events not worth a line). */
export function describeEvent(scenario: Scenario, e: GameEvent): string {
  const seat = (id: string | null | undefined) =>
    id === "facilitator" || id == null ? "The facilitator" : (scenario.seats.find((s) => s.id === id)?.name.en ?? id);
  const issue = (id: string) => scenario.issues.find((i) => i.id === id);
  const option = (issueId: string, optionId: string | null) =>
    optionId === null ? "blank" : (issue(issueId)?.options.find((o) => o.id === optionId)?.label.en ?? optionId);
  const issueName = (id: string) => issue(id)?.name.en ?? id;
  const list = (ids: readonly string[]) => (ids.length ? ids.map((i) => seat(i)).join(", ") : "nobody");

  switch (e.type) {
    case "phase/entered":
      if (e.phase === "negotiation") return `Negotiation round ${e.round} began.`;
      if (e.phase === "stress") return e.step === "event" ? `Stress-test year ${e.year} began.` : "";
      return `The table moved to ${PHASE_TEXT[e.phase]}.`;
    case "table/seated":
      return `Seated: ${list(e.seats)}.`;
    case "table/paused":
      return "The facilitator paused the game.";
    case "table/resumed":
      return "The facilitator resumed the game.";
    case "phase/extended":
      return `The facilitator added ${e.seconds} seconds.`;
    case "seat/controller":
      return `${seat(e.seat)} is now played by ${e.controller === "bot" ? "a bot" : "people"}.`;
    case "seat/ready":
      return e.ready ? `${seat(e.seat)} is ready.` : "";
    case "draft/changed":
      return `${seat(e.by)} wrote ${issueName(e.issue)}: ${option(e.issue, e.option)} into the draft.`;
    case "amendment/posted":
      return `${seat(e.amendment.by)} proposed ${issueName(e.amendment.issue)}: ${option(e.amendment.issue, e.amendment.option)}.`;
    case "amendment/supported":
      return `${seat(e.seat)} supported amendment ${e.id}.`;
    case "amendment/closed":
      return `Amendment ${e.id} was ${e.status}.`;
    case "amendment/opposed":
      return `${seat(e.seat)} opposed amendment ${e.id}.`;
    case "pen/passed": {
      const to = e.to === null ? "the facilitator" : seat(e.to);
      if (e.reason === "majority") return `A majority of the table gave the pen to ${to}.`;
      if (e.reason === "lapse") return `${seat(e.from)} left an amendment undecided too long: the pen went to ${to}.`;
      return `${seat(e.from)} passed the pen to ${to}.`;
    }
    case "pen/requested":
      return `${seat(e.seat)} asked for the pen.`;
    case "pen/backed":
      return `${seat(e.by)} backed ${seat(e.seat)}'s request for the pen.`;
    case "offer/made": {
      const terms = (list: typeof e.offer.gives) =>
        list.map((t) => `${t.act === "accept" ? "accept" : "support"} amendment ${t.amendment}`).join(" and ");
      const to = e.offer.to === null ? "the table" : seat(e.offer.to);
      return `${seat(e.offer.by)} offered ${to}: "I ${terms(e.offer.gives)} if you ${terms(e.offer.asks)}."`;
    }
    case "offer/answered":
      return `${seat(e.seat)} ${e.status} offer ${e.id}.`;
    case "offer/withdrawn":
      return `Offer ${e.id} was withdrawn.`;
    case "offer/settled":
      if (e.result === "void") return "";
      return `${seat(e.seat)} ${e.result === "kept" ? "kept" : "broke"} its word on offer ${e.id} (to ${e.act} amendment ${e.amendment}).`;
    case "position/set":
      return e.stance === null
        ? ""
        : `${seat(e.seat)} ${e.stance === "needs" ? "needs" : e.stance === "can-live" ? "can live with" : "cannot accept"} ${issueName(e.issue)}: ${option(e.issue, e.option)}.`;
    case "poll/asked":
      return `${seat(e.by)} asked a straw poll: would you sign the draft as it stands?`;
    case "poll/answered":
      return e.sign
        ? `${seat(e.seat)} would sign the draft as it stands.`
        : `${seat(e.seat)} would not sign${e.blockers.length ? `: ${e.blockers.map(issueName).join(", ")} stop it` : ""}.`;
    case "vote/opened":
      return `${seat(e.calledBy)} called a signing vote.`;
    case "vote/ballot":
      return `${seat(e.seat)} ${e.ballot === "sign" ? "signed" : "declined to sign"}${keeper(e)}.`;
    case "vote/closed":
      return e.concluded
        ? `The vote concluded the framework: ${list(e.signatories)} signed.`
        : `The vote failed: ${e.reason}`;
    case "framework/concluded":
      return `Framework concluded${e.unanimous ? " unanimously" : ""}.`;
    case "ratification/rolled":
      return `${seat(e.seat)} ${e.ratified ? "ratified" : "failed to ratify"} (chance ${Math.round(e.probability * 100)} %).`;
    case "framework/ratified":
      return e.stands
        ? `The framework stands, binding ${list(e.bound)}.`
        : "Ratification failed: the framework collapsed.";
    case "talks/failed":
      return `Talks ended without a framework: ${e.reason}`;
    case "stress/event":
      return `Year ${e.year}: ${e.event.title.en}.`;
    case "news/injected":
      return `News${e.year > 0 ? ` in year ${e.year}` : ""}: ${e.event.title.en}.`;
    case "stress/moscow":
      return `Year ${e.year}: Moscow ${MOSCOW_TEXT[e.action]}.`;
    case "stress/response":
      return `${seat(e.seat)} answered with ${RESPONSE_TEXT[e.response]}${keeper(e)}.`;
    case "stress/protected-move":
      return `${seat(e.seat)} ${PROTECTED_MOVE_TEXT[e.move]}${keeper(e)}.`;
    case "stress/snap-back":
      return "Sanctions snapped back automatically.";
    case "stress/broken-promise":
      return `${seat(e.seat)} broke its promise: it pledged ${RESPONSE_TEXT[e.pledged]} and gave ${RESPONSE_TEXT[e.response]}.`;
    case "stress/adjudicated":
      return `Year ${e.year} adjudicated: Ukraine's security ${Math.round(e.security)}, escalation ${e.escalation}, Western unity ${Math.round(e.unity)}.`;
    case "game/ended":
      if (e.notPlayed) return "The game ended before it started: not played.";
      return `The game ended${e.early ? " early" : ""}: deterrence ${e.outcome}.`;
  }
}
