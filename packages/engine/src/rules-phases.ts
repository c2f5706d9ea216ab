// The lobby, the briefing and the negotiation rounds, and moving on from any phase when its clock
// runs out, the facilitator skips or every seat is ready.
import type { ActionOf } from "./actions.ts";
import { buildSeats, checkSeatList, startingPen } from "./initial-state.ts";
import { type Ctx, clearReady, entered, fail, ownSeat, setDeadline } from "./rules-context.ts";
import { settleOffers } from "./rules-offers.ts";
import { closeVote } from "./rules-signing-vote.ts";
import { advanceStep, enterStress } from "./rules-stress-test.ts";
import type { SeatId } from "./scenario.ts";

/** The facilitator seats the table in the lobby: the seats, their order and the starting pen. */
export function seatTable(c: Ctx, a: ActionOf<"table/seats">): void {
  const { s } = c;
  const problem = checkSeatList(s.scenario, a.seats);
  if (problem) fail("table/bad_seats", problem);
  const controllers: Record<SeatId, "human" | "bot"> = {};
  for (const [id, seat] of Object.entries(s.seats)) controllers[id] = seat.controller;
  const built = buildSeats(s.scenario, a.seats, controllers);
  s.seats = built.seats;
  s.seatOrder = built.seatOrder;
  s.penHolder = startingPen(s.scenario, s.seatOrder);
  c.events.push({ type: "table/seated", seats: [...s.seatOrder] });
}

/** The game starts with the briefing (straight on to round 1 when the briefing has no time). */
export function enterBriefing(c: Ctx): void {
  c.s.phase = "briefing";
  clearReady(c);
  setDeadline(c, c.s.timings.briefingSeconds);
  entered(c);
  if (c.s.timings.briefingSeconds === 0) enterRound(c, 1);
}

/** Negotiation round `round` begins: readiness and vote calls reset, and its clock starts. */
function enterRound(c: Ctx, round: number): void {
  const { s } = c;
  s.phase = "negotiation";
  s.round = round;
  s.roundRemainingMs = null;
  clearReady(c);
  for (const id in s.seats) {
    const seat = s.seats[id];
    if (seat?.votesCalled) {
      const own = ownSeat(c, id);
      if (own) own.votesCalled = 0;
    }
  }
  setDeadline(c, s.timings.roundSeconds);
  entered(c);
}

/** Moves on when the clock runs out (or the facilitator skips, or every seat is ready). */
export function advance(c: Ctx): void {
  const { s } = c;
  switch (s.phase) {
    case "lobby":
      fail("phase/wrong_phase", "The lobby ends when the game starts.");
      break;
    case "briefing":
      enterRound(c, 1);
      break;
    case "negotiation":
      if (s.round < s.timings.rounds) enterRound(c, s.round + 1);
      else {
        c.events.push({ type: "talks/failed", reason: "The last round ended without a framework." });
        settleOffers(c, null);
        enterStress(c);
      }
      break;
    case "vote":
      closeVote(c);
      break;
    case "ratification":
      enterStress(c);
      break;
    case "stress":
      advanceStep(c);
      break;
    case "debrief":
      fail("game/over", "The game is over.");
  }
}

/** Seat `seat` says it is (not) ready; when every negotiating seat is, the phase ends. */
export function ready(c: Ctx, seat: SeatId, value: boolean): void {
  const { s } = c;
  const st = ownSeat(c, seat);
  if (!st) return;
  st.ready = value;
  c.events.push({ type: "seat/ready", seat, ready: value });
  // Early resolve: when every negotiating seat is ready, the phase ends now.
  if (value && s.seatOrder.every((x) => s.seats[x]?.ready)) advance(c);
}

/** The server's clock ends the phase (refused while it has time left). */
export function expirePhase(c: Ctx): void {
  const { s } = c;
  if (s.deadline !== null && c.t < s.deadline) fail("phase/not_expired", "The current phase has time left.");
  advance(c);
}
