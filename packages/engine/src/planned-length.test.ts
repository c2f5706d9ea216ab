import { describe, expect, it } from "vitest";
import { defaultScenario } from "./default-scenario.ts";
import { initialState } from "./initial-state.ts";
import { MAX_PLANNED_SECONDS, plannedLength } from "./planned-length.ts";
import type { Timings } from "./scenario.ts";
import type { GameState } from "./state.ts";
import { F, ok, SYS, seat, withDraft } from "./test-fixtures/helpers.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";

const scenario = defaultScenario();
const T0 = 1_000_000;
const concluded = playScriptedGame(scenario, { seed: "plan", at: T0 }).final.framework;

const TIMINGS: Partial<Timings> = {
  briefingSeconds: 120,
  rounds: 2,
  roundSeconds: 300,
  voteSeconds: 60,
  years: 2,
  moscowSeconds: 45,
  responseSeconds: 50,
  ratificationSeconds: 15,
  eventSeconds: 10,
  adjudicationSeconds: 25,
};

/**
 * Plays a table through the reducer letting every clock run out; with `deal`, the last round's
 * clock runs out into a signing vote that concludes when its own clock does. A human red cell
 * moves when its clock ends. Returns the state at the debrief and the game's length in seconds.
 */
function runOut(options: { deal: boolean; humanRedCell: boolean }): { end: GameState; seconds: number } {
  let s = initialState(scenario, {
    seed: "plan",
    at: T0,
    timings: TIMINGS,
    ...(options.humanRedCell ? { redCell: "human" as const } : {}),
  });
  s = ok(s, { type: "table/start", actor: F, at: T0 });
  let at = T0;
  let called = false;
  while (s.phase !== "debrief") {
    const deadline = s.deadline;
    if (deadline === null) throw new Error(`no clock in ${s.phase}/${s.step}`);
    at = deadline;
    const lastRound = s.phase === "negotiation" && s.round === s.timings.rounds;
    if (options.deal && concluded && lastRound && !called) {
      // The draft is set in the round (it takes no time off the clock); the vote is called as it ends.
      s = withDraft({ ...s, now: deadline - 60_000 }, concluded.package);
      const [caller, ...rest] = concluded.signatories;
      s = ok(s, { type: "vote/call", actor: seat(caller ?? ""), at });
      for (const x of s.seatOrder.filter((x) => !concluded.signatories.includes(x)))
        s = ok(s, { type: "vote/decline", actor: seat(x), at });
      for (const x of [caller, ...rest.slice(0, -1)]) s = ok(s, { type: "vote/sign", actor: seat(x ?? ""), at });
      called = true;
    } else if (s.phase === "vote") {
      s = ok(s, { type: "vote/sign", actor: seat(concluded?.signatories.at(-1) ?? ""), at });
    } else if (s.phase === "stress" && s.step === "moscow") {
      s = ok(s, { type: "stress/moscow-act", action: "hybrid", actor: F, at });
    } else {
      s = ok(s, { type: "phase/expired", actor: SYS, at });
    }
  }
  return { end: s, seconds: (at - T0) / 1000 };
}

describe("the planned length of a game", () => {
  it("is the length of a game whose every clock runs out, with a human red cell and a deal", () => {
    expect(concluded?.signatories.length).toBeGreaterThan(0);
    const { end, seconds } = runOut({ deal: true, humanRedCell: true });
    expect(end.framework).not.toBeNull();
    expect(end.years).toHaveLength(2);
    const plan = plannedLength(end.timings, { votes: 1, humanRedCell: true });
    expect(plan).toEqual({
      briefing: 120,
      negotiation: 600,
      votes: 60,
      ratification: 15,
      year: 10 + 45 + 50 + 25,
      stress: 2 * 130,
      total: 120 + 600 + 60 + 15 + 260,
    });
    expect(seconds).toBe(plan.total);
  });

  it("is the length of a table that reaches no deal, less the responses of years where a bot red cell complied", () => {
    const { end, seconds } = runOut({ deal: false, humanRedCell: false });
    expect(end.framework).toBeNull();
    const plan = plannedLength(end.timings, { votes: 0 });
    expect(plan.ratification).toBe(0);
    const complied = end.years.filter((y) => y.moscowAction === "comply").length;
    expect(seconds).toBe(plan.total - complied * end.timings.responseSeconds);
  });

  it("plans the scenario's own clock: 3 min briefing, 3 rounds of 8 min, one vote and 3 years", () => {
    const plan = plannedLength(scenario.timings);
    expect(plan.briefing).toBe(180);
    expect(plan.negotiation).toBe(3 * 480);
    expect(plan.votes).toBe(90);
    expect(plan.total).toBe(plan.briefing + plan.negotiation + plan.votes + plan.ratification + plan.stress);
    expect(plan.total).toBeLessThan(MAX_PLANNED_SECONDS);
  });

  it("adds a vote's length for each vote planned, and a red cell's clock only when a person plays it", () => {
    const one = plannedLength(scenario.timings, { votes: 1 });
    const three = plannedLength(scenario.timings, { votes: 3 });
    expect(three.total - one.total).toBe(2 * scenario.timings.voteSeconds);
    const human = plannedLength(scenario.timings, { humanRedCell: true });
    expect(human.total - one.total).toBe(scenario.timings.years * scenario.timings.moscowSeconds);
  });
});
