// Signing votes (called, balloted, closed) and the ratification of a concluded framework.
import type { ActionOf } from "./actions.ts";
import { checkAgreement } from "./agreement.ts";
import { evaluateDeal } from "./deal-model.ts";
import { nextFloat } from "./rng.ts";
import {
  actingSeat,
  type Ctx,
  clearReady,
  entered,
  fail,
  own,
  ownSeat,
  ownVote,
  setDeadline,
  standIn,
} from "./rules-context.ts";
import { settleOffers } from "./rules-offers.ts";
import { enterStress } from "./rules-stress-test.ts";
import type { SeatId } from "./scenario.ts";
import type { Package } from "./state.ts";
import { statOf } from "./stress-readout.ts";

/** A signing vote on the draft as it stands opens; the round keeps the time it had left. */
function openVote(c: Ctx, caller: SeatId | "facilitator"): void {
  const { s } = c;
  const pkg: Package = {};
  for (const issue of s.scenario.issues) pkg[issue.id] = s.draft[issue.id] ?? "";
  const id = s.votes.length + 1;
  own(c, "votes").push({
    id,
    calledBy: caller === "facilitator" ? "facilitator" : caller,
    round: s.round,
    package: pkg,
    ballots: {},
    openedAt: c.t,
    result: null,
  });
  // Paused (the facilitator calls a vote), the round's time is the pause's, not the cleared deadline.
  s.roundRemainingMs = s.paused ? s.paused.remainingMs : s.deadline === null ? null : Math.max(0, s.deadline - c.t);
  s.phase = "vote";
  clearReady(c);
  setDeadline(c, s.timings.voteSeconds);
  c.events.push({ type: "vote/opened", id, calledBy: caller, package: { ...pkg } });
  entered(c);
}

/** The signing vote closes: a concluded framework goes to ratification, else the talks resume. */
export function closeVote(c: Ctx): void {
  const { s } = c;
  const vote = ownVote(c);
  if (!vote || vote.result) fail("vote/not_open", "No signing vote is open.");
  const signatories = s.seatOrder.filter((x) => vote.ballots[x] === "sign");
  const check = checkAgreement(s.scenario, s.seatOrder, signatories, vote.package);
  const reason = check.met
    ? check.unanimous
      ? "Everyone signed: the framework is concluded unanimously."
      : "The agreement rule is met: the framework is concluded."
    : `The agreement rule is not met. ${check.unmet.join(" ")}`;
  vote.result = { concluded: check.met, signatories, reason };
  c.events.push({ type: "vote/closed", id: vote.id, concluded: check.met, signatories: [...signatories], reason });
  if (check.met) {
    c.events.push({
      type: "framework/concluded",
      package: { ...vote.package },
      signatories: [...signatories],
      unanimous: check.unanimous,
    });
    settleOffers(c, null);
    ratify(c, vote.package, signatories, check.unanimous);
    return;
  }
  // Talks resume with the round time that was left when the vote was called.
  s.phase = "negotiation";
  clearReady(c);
  s.deadline = s.roundRemainingMs === null ? null : c.t + s.roundRemainingMs;
  s.roundRemainingMs = null;
  entered(c);
}

/** Each signatory rolls for ratification; the framework stands if the seats bound by it still meet the agreement rule. */
function ratify(c: Ctx, pkg: Package, signatories: SeatId[], unanimous: boolean): void {
  const { s } = c;
  const readout = evaluateDeal(s.scenario, pkg, {
    seated: s.seatOrder,
    signatories,
    capital: statOf(s, "capital"),
    resolve: statOf(s, "resolve"),
    capacity: statOf(s, "capacity"),
    unity: s.table.unity,
    grievance: s.table.grievance,
  });
  const ratification: Record<SeatId, { probability: number; roll: number; ratified: boolean }> = {};
  const bound: SeatId[] = [];
  for (const seat of signatories) {
    const probability = readout?.ratification[seat] ?? 0;
    const roll = nextFloat(own(c, "rng"));
    const ratified = roll < probability;
    ratification[seat] = { probability, roll, ratified };
    if (ratified) bound.push(seat);
    c.events.push({ type: "ratification/rolled", seat, probability, roll, ratified });
  }
  const stands = checkAgreement(s.scenario, s.seatOrder, bound, pkg).met;
  s.framework = { package: pkg, signatories, unanimous, ratification, bound, stands };
  c.events.push({ type: "framework/ratified", bound: [...bound], stands });
  s.phase = "ratification";
  s.roundRemainingMs = null;
  clearReady(c);
  setDeadline(c, s.timings.ratificationSeconds);
  entered(c);
  if (s.timings.ratificationSeconds === 0) enterStress(c);
}

/** A seat (with one of its calls for the round) or the facilitator calls a signing vote. */
export function callVote(c: Ctx, a: ActionOf<"vote/call">): void {
  let caller: SeatId | "facilitator" = "facilitator";
  if (a.actor.kind === "seat") {
    caller = a.actor.seat;
    const st = ownSeat(c, caller);
    if (st) st.votesCalled++;
  }
  openVote(c, caller);
}

/** A seat signs or declines; the vote closes once every seat has cast its ballot. */
export function castBallot(c: Ctx, a: ActionOf<"vote/sign" | "vote/decline">): void {
  const { s } = c;
  const seat = actingSeat(a.actor);
  const vote = ownVote(c);
  if (!vote) throw new Error("a ballot with no vote");
  const ballot = a.type === "vote/sign" ? "sign" : "decline";
  vote.ballots[seat] = ballot;
  c.events.push({ type: "vote/ballot", id: vote.id, seat, ballot, ...standIn(a.actor) });
  if (s.seatOrder.every((x) => vote.ballots[x])) closeVote(c);
}
