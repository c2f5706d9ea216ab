// A scripted table for tests and the bench: simple, deterministic seat behaviour that walks a
// game from the lobby to the debrief through amendments, a signing vote, ratification and the
// stress test. Not a bot (the bots package has those): it may read every brief.
import type { Action } from "../actions.ts";
import { apply, boundSeats, currentReadout, requiredResponse, responders } from "../apply.ts";
import { crossedRedLines, packagePoints } from "../deal-model.ts";
import { type InitOptions, initialState } from "../initial-state.ts";
import type { Scenario, SeatId } from "../scenario.ts";
import type { GameState } from "../state.ts";

/** The option of each issue with the most points over the seated seats, avoiding every red line. */
export function consensusOption(state: GameState, issueId: string): string {
  const issue = state.scenario.issues.find((i) => i.id === issueId);
  let best = issue?.options[0]?.id ?? "";
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const opt of issue?.options ?? []) {
    let score = 0;
    let crosses = false;
    for (const seat of state.seatOrder) {
      const brief = state.scenario.seats.find((s) => s.id === seat)?.brief;
      score += brief?.pointTable[issueId]?.[opt.id] ?? 0;
      if (brief?.redLines.some((l) => l.issue === issueId && l.options.includes(opt.id))) crosses = true;
    }
    if (!crosses && score > bestScore) {
      best = opt.id;
      bestScore = score;
    }
  }
  return best;
}

function favourite(state: GameState, seat: SeatId): { issue: string; option: string } | null {
  const brief = state.scenario.seats.find((s) => s.id === seat)?.brief;
  if (!brief) return null;
  let best: { issue: string; option: string; gain: number } | null = null;
  for (const issue of state.scenario.issues) {
    const current = state.draft[issue.id];
    const have = current ? (brief.pointTable[issue.id]?.[current] ?? 0) : 0;
    for (const opt of issue.options) {
      const gain = (brief.pointTable[issue.id]?.[opt.id] ?? 0) - have;
      if (opt.id !== current && gain > 0 && (!best || gain > best.gain))
        best = { issue: issue.id, option: opt.id, gain };
    }
  }
  return best;
}

function gains(state: GameState, seat: SeatId, issue: string, option: string | null): number {
  const brief = state.scenario.seats.find((s) => s.id === seat)?.brief;
  const current = state.draft[issue];
  const now = current ? (brief?.pointTable[issue]?.[current] ?? 0) : 0;
  return (option ? (brief?.pointTable[issue]?.[option] ?? 0) : 0) - now;
}

/** The scripted next action for a table, or null at the debrief. */
export function nextScriptedAction(state: GameState, at: number): Action | null {
  const seat = (s: SeatId) => ({ kind: "seat" as const, seat: s });
  const notReady = state.seatOrder.find((s) => !state.seats[s]?.ready);
  switch (state.phase) {
    case "lobby":
      return { type: "table/start", actor: { kind: "facilitator" }, at };
    case "briefing":
    case "ratification":
      return notReady ? { type: "seat/ready", ready: true, actor: seat(notReady), at } : null;
    case "negotiation": {
      const pen = state.penHolder;
      const blank = state.scenario.issues.find((i) => state.draft[i.id] == null);
      if (blank) {
        const option = consensusOption(state, blank.id);
        if (pen) return { type: "draft/set", issue: blank.id, option, actor: seat(pen), at };
        return { type: "draft/set", issue: blank.id, option, actor: { kind: "facilitator" }, at };
      }
      // Each seat posts one amendment per round for its favourite change.
      for (const s of state.seatOrder) {
        if (s === pen) continue;
        if (state.amendments.some((m) => m.by === s && m.round === state.round)) continue;
        const fav = favourite(state, s);
        if (!fav) continue;
        if (state.amendments.some((m) => m.status === "open" && m.issue === fav.issue && m.option === fav.option))
          continue;
        return { type: "draft/amend", issue: fav.issue, option: fav.option, actor: seat(s), at };
      }
      const open = state.amendments.filter((m) => m.status === "open");
      for (const m of open) {
        for (const s of state.seatOrder) {
          if (s === m.by || s === pen || m.supporters.includes(s)) continue;
          if (gains(state, s, m.issue, m.option) > 0)
            return { type: "draft/support", amendment: m.id, actor: seat(s), at };
        }
      }
      for (const m of open) {
        const crosses = state.scenario.seats.some(
          (s) =>
            state.seats[s.id] &&
            s.brief?.redLines.some((l) => l.issue === m.issue && m.option !== null && l.options.includes(m.option)),
        );
        const type = m.supporters.length >= 2 && !crosses ? "draft/accept" : "draft/decline";
        return { type, amendment: m.id, actor: pen ? seat(pen) : { kind: "facilitator" }, at };
      }
      const caller = state.seatOrder.find(
        (s) => (state.seats[s]?.votesCalled ?? 0) < state.timings.voteCallsPerSeatPerRound,
      );
      const votedThisRound = state.votes.some((v) => v.round === state.round);
      if (caller && !votedThisRound) return { type: "vote/call", actor: seat(caller), at };
      return notReady ? { type: "seat/ready", ready: true, actor: seat(notReady), at } : null;
    }
    case "vote": {
      const vote = state.votes[state.votes.length - 1];
      const s = state.seatOrder.find((x) => !vote?.ballots[x]);
      if (!vote || !s) return null;
      const brief = state.scenario.seats.find((x) => x.id === s)?.brief;
      const points = packagePoints(state.scenario, s, vote.package) ?? 0;
      const sign =
        crossedRedLines(state.scenario, s, vote.package).length === 0 && points >= (brief?.noDealValue ?? 0) - 10;
      return { type: sign ? "vote/sign" : "vote/decline", actor: seat(s), at };
    }
    case "stress": {
      if (state.step === "event" || state.step === "adjudicated")
        return notReady ? { type: "seat/ready", ready: true, actor: seat(notReady), at } : null;
      if (state.step === "moscow")
        return { type: "stress/moscow-act", action: "hybrid", actor: { kind: "facilitator" }, at };
      if (state.step === "response") {
        const year = state.years[state.years.length - 1];
        const s = responders(state).find((x) => !year?.responses[x]);
        if (!s || !year?.moscowAction) return null;
        const pledge = currentReadout(state)?.pledge ?? "nothing";
        const response = boundSeats(state).includes(s) ? requiredResponse(pledge, year.moscowAction) : "sanctions";
        return { type: "stress/respond", response, actor: seat(s), at };
      }
      return null;
    }
    default:
      return null;
  }
}

/** Plays a scripted game; returns the log of applied actions and every state along the way. */
export function playScriptedGame(
  scenario: Scenario,
  init: InitOptions,
  limit = 2000,
): { log: Action[]; states: GameState[]; final: GameState } {
  let state = initialState(scenario, init);
  const log: Action[] = [];
  const states: GameState[] = [state];
  let at = (init.at ?? 0) + 1000;
  for (let i = 0; i < limit && state.phase !== "debrief"; i++) {
    at += 1000;
    let action = nextScriptedAction(state, at);
    if (!action && state.deadline !== null) {
      at = Math.max(at, state.deadline);
      action = { type: "phase/expired", actor: { kind: "system" }, at };
    }
    if (!action) throw new Error(`scripted game stuck in ${state.phase}/${state.step}`);
    const r = apply(state, action);
    if (!r.ok) throw new Error(`scripted action ${action.type} failed: ${r.error.code} ${r.error.message}`);
    state = r.state;
    log.push(action);
    states.push(state);
  }
  return { log, states, final: state };
}
