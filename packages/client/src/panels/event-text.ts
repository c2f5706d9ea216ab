// Events as sentences for the live region and the activity list.
import { loc, t } from "../i18n/index.ts";
import type { GameEvent, PublicScenario } from "../net/table-types.ts";
import { issueOf, optionLabel, seatName } from "./table-context.ts";

/** A ballot or response the seat-keeper gave while the seat's people were away says so. */
function byKeeper(e: { standIn?: true }, line: string): string {
  return e.standIn ? t("event.byKeeper", { line }) : line;
}

/** A sentence for an event, or null for events not worth announcing. */
export function eventText(e: GameEvent, scenario: PublicScenario, mySeat: string | null): string | null {
  const who = (seat: string | null | undefined) =>
    seat === "facilitator"
      ? t("vote.facilitator")
      : seat && seat === mySeat
        ? t("event.you")
        : seatName(scenario, seat);
  switch (e.type) {
    case "phase/entered":
      if (e.phase === "negotiation") return t("event.round", { round: e.round });
      if (e.phase === "stress" && e.step === "event") return t("event.year", { year: e.year });
      if (e.phase === "stress") return null;
      return t("event.phase", { phase: t(`phase.${e.phase}`) });
    case "draft/changed": {
      const issue = issueOf(scenario, e.issue);
      return t("event.draftChanged", {
        seat: who(e.by),
        issue: issue ? loc(issue.name) : e.issue,
        option: optionLabel(scenario, e.issue, e.option) || t("draft.blank"),
      });
    }
    case "amendment/posted": {
      const a = e.amendment;
      const issue = issueOf(scenario, a.issue);
      return t("event.amended", {
        seat: who(a.by),
        issue: issue ? loc(issue.name) : a.issue,
        option: optionLabel(scenario, a.issue, a.option) || t("draft.blank"),
      });
    }
    case "amendment/supported":
      return t("event.supported", { seat: who(e.seat), id: e.id });
    case "amendment/opposed":
      return t("event.opposed", { seat: who(e.seat), id: e.id });
    case "amendment/closed":
      return t(`event.closed.${e.status}`, { id: e.id });
    case "pen/passed":
      if (!e.to) return t("event.penFacilitator");
      if (e.reason === "majority") return t("event.penMajority", { seat: who(e.to) });
      if (e.reason === "lapse") return t("event.penLapse", { seat: who(e.to) });
      return t("event.pen", { seat: who(e.to) });
    case "pen/requested":
      return t("event.penRequested", { seat: who(e.seat) });
    case "pen/backed":
      return t("event.penBacked", { by: who(e.by), seat: seatName(scenario, e.seat) });
    case "poll/asked":
      return t("event.pollAsked", { seat: who(e.by) });
    case "offer/made":
      return t("event.offerMade", { seat: who(e.offer.by), id: e.offer.id });
    case "offer/answered":
      return t(e.status === "accepted" ? "event.offerAccepted" : "event.offerDeclined", {
        seat: who(e.seat),
        id: e.id,
      });
    case "offer/withdrawn":
      return t("event.offerWithdrawn", { id: e.id });
    case "offer/settled":
      return e.result === "broken" ? t("event.offerBroken", { seat: who(e.seat), id: e.id }) : null;
    case "vote/opened":
      return t("event.voteOpened", { seat: who(e.calledBy) });
    case "vote/ballot":
      return byKeeper(e, t(e.ballot === "sign" ? "event.signed" : "event.declined", { seat: who(e.seat) }));
    case "vote/closed":
      return e.concluded ? t("event.concluded") : t("event.notConcluded");
    case "framework/ratified":
      return e.stands ? t("ratify.stands") : t("ratify.collapsed");
    case "ratification/rolled":
      return t(e.ratified ? "event.ratified" : "event.notRatified", { seat: who(e.seat) });
    case "talks/failed":
      return t("event.talksFailed");
    case "stress/event":
      return t("event.card", { title: loc(e.event.title) });
    case "news/injected":
      return t("event.news", { title: loc(e.event.title) });
    case "stress/moscow":
      return t("event.moscow", { action: t(`moscow.${e.action}`) });
    case "stress/response":
      return byKeeper(e, t("event.response", { seat: who(e.seat), response: t(`response.${e.response}`) }));
    case "stress/protected-move":
      return byKeeper(e, t("event.protectedMove", { seat: who(e.seat), move: t(`protectedMove.${e.move}`) }));
    case "stress/snap-back":
      return t("stress.snapBack");
    case "stress/broken-promise":
      return e.seat === mySeat ? t("event.brokenYou") : t("event.broken", { seat: who(e.seat) });
    case "game/ended":
      return e.notPlayed ? t("outcome.notPlayed.line") : t(`outcome.${e.outcome}.line`);
    case "table/paused":
      return t("clock.paused");
    case "table/resumed":
      return t("event.resumed");
    case "seat/controller":
      return t(e.controller === "bot" ? "event.toBot" : "event.toHuman", { seat: who(e.seat) });
    default:
      return null;
  }
}

/**
 * A sentence for an event in a facilitator's record of the table (the after-action report's
 * timeline): every event the engine's English tells, with the details a live announcement leaves
 * out (positions, straw-poll answers, who signed, the ratification odds, each year's judgement).
 * Seats are named, never "You". Null for events that say nothing.
 */
export function recordText(e: GameEvent, scenario: PublicScenario): string | null {
  const seat = (id: string | null | undefined) =>
    id === "facilitator" ? t("vote.facilitator") : seatName(scenario, id);
  const list = (ids: readonly string[]) => (ids.length > 0 ? ids.map(seat).join(", ") : t("event.nobody"));
  const issueName = (id: string) => {
    const issue = issueOf(scenario, id);
    return issue ? loc(issue.name) : id;
  };
  switch (e.type) {
    case "table/paused":
      return t("event.paused");
    case "stress/snap-back":
      return t("event.snapBack");
    case "offer/made": {
      const terms = (list: typeof e.offer.gives) =>
        list.map((term) => t(`f.rep.term.${term.act}`, { n: term.amendment })).join(", ");
      return t("event.offerTerms", {
        id: e.offer.id,
        seat: seat(e.offer.by),
        to: e.offer.to === null ? t("f.rep.offerTable") : seat(e.offer.to),
        gives: terms(e.offer.gives),
        asks: terms(e.offer.asks),
      });
    }
    case "table/seated":
      return t("event.seated", { list: list(e.seats) });
    case "phase/extended":
      return t("event.extended", { count: e.seconds });
    case "seat/ready":
      return e.ready ? t("event.ready", { seat: seat(e.seat) }) : null;
    case "position/set":
      return e.stance === null
        ? null
        : t(`event.position.${e.stance}`, {
            seat: seat(e.seat),
            issue: issueName(e.issue),
            option: optionLabel(scenario, e.issue, e.option) || e.option,
          });
    case "poll/answered":
      if (e.sign) return t("event.pollSign", { seat: seat(e.seat) });
      if (e.blockers.length === 0) return t("event.pollNoSign", { seat: seat(e.seat) });
      return t("event.pollBlockers", { seat: seat(e.seat), issues: e.blockers.map(issueName).join(", ") });
    case "vote/closed":
      return e.concluded ? t("event.voteConcluded", { list: list(e.signatories) }) : eventText(e, scenario, null);
    case "framework/concluded":
      return t(e.unanimous ? "event.frameworkUnanimous" : "event.frameworkConcluded");
    case "framework/ratified":
      return e.stands ? t("event.frameworkStands", { list: list(e.bound) }) : eventText(e, scenario, null);
    case "ratification/rolled":
      return t(e.ratified ? "event.ratifiedChance" : "event.notRatifiedChance", {
        seat: seat(e.seat),
        chance: Math.round(e.probability * 100),
      });
    case "offer/settled":
      return e.result === "kept"
        ? t("event.offerKept", { seat: seat(e.seat), id: e.id })
        : eventText(e, scenario, null);
    case "stress/broken-promise":
      return t("event.brokenDetail", {
        seat: seat(e.seat),
        pledged: t(`response.${e.pledged}`),
        response: t(`response.${e.response}`),
      });
    case "stress/adjudicated":
      return t("event.adjudicated", {
        year: e.year,
        security: Math.round(e.security),
        escalation: e.escalation,
        unity: Math.round(e.unity),
      });
    default:
      return eventText(e, scenario, null);
  }
}

/** A batch of events as sentences, in the order a reader follows them (events not worth announcing are left out). */
export function batchText(events: readonly GameEvent[], scenario: PublicScenario, mySeat: string | null): string[] {
  const out: string[] = [];
  for (const e of readingOrder(events)) {
    const text = eventText(e, scenario, mySeat);
    if (text) out.push(text);
  }
  return out;
}

/**
 * The engine enters the ratification phase after rolling each signatory's ratification, in one
 * batch; a reader needs "Ratification begins" before the results (#18), so that phase's entry is
 * told before the first roll. Everything else keeps the engine's order.
 */
export function readingOrder(events: readonly GameEvent[]): readonly GameEvent[] {
  const entry = events.findIndex((e) => e.type === "phase/entered" && e.phase === "ratification");
  const first = events.findIndex((e) => e.type === "ratification/rolled" || e.type === "framework/ratified");
  if (entry < 0 || first < 0 || first > entry) return events;
  const moved = events[entry] as GameEvent;
  return [...events.slice(0, first), moved, ...events.slice(first).filter((e) => e !== moved)];
}
