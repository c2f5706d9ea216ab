// The facilitator's controls: pause, resume, more time, skip ahead, inject news or an event, and
// hand a seat to a bot or to people.
import type { ActionOf } from "./actions.ts";
import { type Ctx, fail, name, own, ownList, ownPause, ownSeat, ownYear } from "./rules-context.ts";
import { advance } from "./rules-phases.ts";
import { applyEffects, moscowDraws } from "./rules-stress-test.ts";
import type { PlayedEvent } from "./state.ts";
import { currentOdds } from "./stress-readout.ts";

/** The facilitator pauses the game; a running clock keeps the time it had left. */
export function pause(c: Ctx): void {
  const { s } = c;
  const remainingMs = s.deadline === null ? null : Math.max(0, s.deadline - c.t);
  s.paused = { at: c.t, remainingMs };
  s.deadline = null;
  c.events.push({ type: "table/paused", remainingMs });
}

/** The facilitator resumes the game; the clock runs again from the time it kept. */
export function resume(c: Ctx): void {
  const { s } = c;
  const paused = s.paused;
  if (!paused) throw new Error("resumed a table that is not paused");
  s.deadline = paused.remainingMs === null ? null : c.t + paused.remainingMs;
  s.paused = null;
  c.events.push({ type: "table/resumed", deadline: s.deadline });
}

/** The facilitator gives the phase more time (a paused clock's kept time grows). */
export function extend(c: Ctx, a: ActionOf<"facilitator/extend">): void {
  const { s } = c;
  const ms = a.seconds * 1000;
  const paused = ownPause(c);
  if (paused && paused.remainingMs !== null) paused.remainingMs += ms;
  else if (s.deadline !== null) s.deadline += ms;
  c.events.push({ type: "phase/extended", seconds: a.seconds, deadline: s.deadline });
}

/** The facilitator moves the table on to the next phase or step. */
export function skip(c: Ctx, a: ActionOf<"facilitator/skip">): void {
  const { s } = c;
  // Skipping while paused moves on and stays paused, with the next phase's full length kept.
  const paused = ownPause(c);
  if (paused) paused.remainingMs = null;
  // Forward only: a skipped vote ends the round it interrupted too, so tables skipped together
  // stay in step (closing the vote alone, vote/close, resumes that round). Older logs' skips
  // carry no `forward` and replay as they were played.
  const inVote = s.phase === "vote";
  advance(c);
  if (a.forward && inVote && s.phase === "negotiation") advance(c);
}

/** The facilitator injects an event: it replaces the year's card in a year's first step, and is news at any other time. */
export function injectEvent(c: Ctx, a: ActionOf<"facilitator/inject-event">): void {
  const { s } = c;
  // In a year's first step the event replaces the year's drawn card; at any other time it is
  // news whose effects land at once.
  const firstStep = s.phase === "stress" && s.step === "event";
  let played: PlayedEvent;
  if (a.card !== undefined) {
    const card = s.scenario.events.find((e) => e.id === a.card);
    if (!card) fail("event/unknown_card", `There is no event card "${a.card}" in this scenario.`);
    played = { id: card.id, title: card.title, text: card.text, effects: card.effects, injected: true };
    s.deck = s.deck.filter((d) => d !== card.id);
  } else if (a.custom) {
    played = {
      id: firstStep ? `custom-${s.year}` : `custom-news-${(s.news?.length ?? 0) + 1}`,
      title: a.custom.title,
      text: a.custom.text ?? a.custom.title,
      effects: a.custom.effects,
      injected: true,
    };
  } else fail("action/invalid", "Name a card from the deck or write a custom event.");
  if (!firstStep) {
    applyEffects(c, played.effects);
    ownList(c, "news").push({ phase: s.phase, round: s.round, year: s.year, step: s.step, at: c.t, event: played });
    // A human Moscow still choosing sees (and the clock draws from) odds that take the news in.
    if (s.phase === "stress" && s.step === "moscow") ownYear(c).odds = currentOdds(s);
    c.events.push({ type: "news/injected", phase: s.phase, round: s.round, year: s.year, event: played });
    return;
  }
  const year = ownYear(c);
  // The drawn card goes back into the deck: it was never played.
  if (year.event && !year.event.injected && s.scenario.events.some((e) => e.id === year.event?.id))
    own(c, "deck").push(year.event.id);
  year.event = played;
  c.events.push({ type: "stress/event", year: s.year, event: played });
}

/** The facilitator hands a seat to a bot or to people. */
export function setController(c: Ctx, a: ActionOf<"facilitator/set-controller">): void {
  const { s } = c;
  const seat = ownSeat(c, a.seat);
  if (!seat) fail("seat/not_seated", `${name(s, a.seat)} is not seated at this table.`);
  if (seat.controller === a.controller)
    fail("seat/no_change", `${name(s, a.seat)} is already run by ${a.controller === "bot" ? "a bot" : "people"}.`);
  seat.controller = a.controller;
  c.events.push({ type: "seat/controller", seat: a.seat, controller: a.controller });
  // A bot Moscow acts at once if the table is waiting for it.
  if (seat.redCell && a.controller === "bot" && s.phase === "stress" && s.step === "moscow" && !s.paused)
    moscowDraws(c);
}
