// One bot-only table through the real engine, from the lobby to the debrief: every seat a
// negotiator bot, Moscow drawn by the model (or the sharp bot), the guarantor policy in the
// stress test. Simulated time advances in ticks whenever the table is quiet, so the bots concede
// as the clock runs. The referee code here may read every brief (to score); the bots never do.
import {
  type Action,
  type Actor,
  applyParsed,
  crossedRedLines,
  type DomesticPressure,
  type GameState,
  initialState,
  type Outcome,
  type PlayerView,
  packagePoints,
  type Scenario,
  type SeatId,
  view,
} from "@ironclad/engine";
import { decideInPlace } from "./bot.ts";
import type { BotAction, KeeperMemory, MoscowMemory, NegotiatorMemory } from "./bot-types.ts";
import { PERSONALITY_EXPONENTS, type Personality } from "./concession.ts";
import { moscowDecide } from "./moscow.ts";
import { type ScriptedStrategy, type SeatPolicy, scriptedPolicy } from "./scripted-strategies.ts";
import { keeperDecide, newKeeperMemory } from "./seat-keeper.ts";
import type { MoscowStyle } from "./stress-policy.ts";
import type { TalkLine } from "./talk.ts";

/** How to play one table. */
export interface TableOptions {
  seed: string;
  /** Negotiating seats (default: the scenario's default table). */
  seats?: readonly SeatId[];
  /** Personality per seat; seats left out get one drawn from the seed. */
  personalities?: Readonly<Record<SeatId, Personality>>;
  moscow?: MoscowStyle;
  /** Quiet-table clock steps per negotiation round. */
  ticksPerRound?: number;
  /** Seats played by a scripted strategy instead of the bot (exploitability runs). */
  scripted?: Readonly<Record<SeatId, ScriptedStrategy>>;
  /** Seats whose person drops at the given table time: a seat-keeper holds them from then on. */
  keepers?: Readonly<Record<SeatId, number>>;
  /** Receives a line per bot action (debugging). */
  trace?: (line: string) => void;
  /** Receives each line of talk a bot says, with the table time (tests). */
  talk?: (seat: SeatId, line: TalkLine, at: number) => void;
  /**
   * Deep-freezes every state (tests): views share the state's parts, so this proves that neither
   * the engine nor a bot writes into a state or a view after the fact.
   */
  freeze?: boolean;
  /** Receives every action just before it is applied (tests: each must pass the engine's `parseAction`). */
  onAction?: (action: Action) => void;
}

function deepFreeze<T>(x: T): T {
  if (x && typeof x === "object" && !Object.isFrozen(x)) {
    Object.freeze(x);
    for (const v of Object.values(x)) deepFreeze(v);
  }
  return x;
}

/** What one table produced (small and plain, so workers can send it back). */
export interface TableRecord {
  seed: string;
  seats: SeatId[];
  personalities: Record<SeatId, Personality>;
  /** The seat under domestic pressure at this table, if one was drawn (its no-deal value is raised there). */
  pressure: DomesticPressure | null;
  concluded: boolean;
  /** The framework survived ratification. */
  stands: boolean;
  /** The concluded package as option ids in issue order, or null. */
  package: string[] | null;
  signatories: SeatId[];
  round: number;
  votes: number;
  /** Points of each seat's table for the concluded package. */
  points: Record<SeatId, number>;
  /** Final score and margin (score − no-deal value) per seat. */
  score: Record<SeatId, number>;
  margin: Record<SeatId, number>;
  outcome: Outcome;
  majorOffensive: boolean;
  escalation: number;
  /** The framework's clarity and deterrence read-outs (null with no framework). */
  clarity: number | null;
  deterrence: number | null;
  /** Signatures given below the signer's no-deal value or across its red line (must stay 0). */
  belowNoDealSignatures: number;
  brokenPromises: number;
  actions: number;
  rejected: number;
}

const PERSONALITIES = Object.keys(PERSONALITY_EXPONENTS) as Personality[];

function hashPick(seed: string, n: number): number {
  let h = 2166136261;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 16777619);
  return (h >>> 0) % n;
}

/** Plays one table to the debrief and returns its record. */
export function playTable(scenario: Scenario, options: TableOptions): TableRecord {
  const moscowStyle = options.moscow ?? "model";
  let state: GameState = initialState(scenario, {
    seed: options.seed,
    ...(options.seats ? { seats: options.seats } : {}),
    at: 0,
    // Display-only phases take no time in simulation; every phase is still entered.
    timings: { briefingSeconds: 0, ratificationSeconds: 0, eventSeconds: 0, adjudicationSeconds: 0 },
    controllers: moscowStyle === "sharp" ? { moscow: "human" } : {},
  });
  if (options.freeze) deepFreeze(state);
  const seats = [...state.seatOrder];
  const personalities: Record<SeatId, Personality> = {};
  for (const s of seats)
    personalities[s] = options.personalities?.[s] ?? PERSONALITIES[hashPick(`${options.seed}:${s}`, 3)] ?? "pragmatist";
  const memories: Record<SeatId, NegotiatorMemory | null> = {};
  let moscowMemory: MoscowMemory | null = null;
  const keepers: Record<SeatId, KeeperMemory> = {};
  const policies: Record<SeatId, SeatPolicy> = {};
  for (const [s, strategy] of Object.entries(options.scripted ?? {}))
    policies[s] = scriptedPolicy(strategy, { personality: personalities[s] ?? "pragmatist", seed: options.seed });
  const red = Object.values(state.seats).find((s) => s.redCell)?.id ?? null;
  let at = 0;
  let actions = 0;
  let rejected = 0;
  let below = 0;

  // Every action here is built by this code or a bot, well-formed by construction (a test runs each
  // one through the engine's `parseAction`): it skips the validation that input from the network
  // needs. A live table goes through the server, which validates every action.
  const run = (a: Action): boolean => {
    options.onAction?.(a);
    const r = applyParsed(state, a);
    actions++;
    if (!r.ok) {
      rejected++;
      options.trace?.(`refused: ${JSON.stringify(r)}`);
      return false;
    }
    state = options.freeze ? deepFreeze(r.state) : r.state;
    return true;
  };
  const act = (actor: Actor, b: BotAction): boolean => {
    if (options.trace) options.trace(`${at} ${actor.kind === "seat" ? actor.seat : actor.kind} ${JSON.stringify(b)}`);
    const a = { ...b, actor, at } as Action;
    if (a.type === "vote/sign" && actor.kind === "seat") {
      const vote = state.votes[state.votes.length - 1];
      // The table's own scenario: a seat under domestic pressure has its raised no-deal value there.
      const played = state.scenario;
      const brief = played.seats.find((s) => s.id === actor.seat)?.brief;
      if (vote && brief) {
        const pts = packagePoints(played, actor.seat, vote.package) ?? 0;
        if (pts < brief.noDealValue || crossedRedLines(played, actor.seat, vote.package).length > 0) below++;
      }
    }
    return run(a);
  };

  run({ type: "table/start", actor: { kind: "facilitator" }, at });
  const tick = Math.max(1000, Math.floor((state.timings.roundSeconds * 1000) / (options.ticksPerRound ?? 8)));
  let offset = 0;
  let busy = 0;
  // A seat is asked again only when the table or the clock has moved since it last decided.
  const seenSeq: Record<SeatId, number> = {};
  const seenAt: Record<SeatId, number> = {};
  // A view is a function of the state and the viewer only: one asked again of an unchanged state
  // (the clock moved, the table did not) is the one already built.
  const views: Record<SeatId, { state: GameState; view: PlayerView }> = {};
  const seatView = (seat: SeatId): PlayerView => {
    const last = views[seat];
    if (last?.state === state) return last.view;
    // Bots read their own tables, never the view's amendment affordances (the client's panels do).
    const v = view(state, { kind: "seat", seat }, { affordances: false });
    views[seat] = { state, view: v };
    return v;
  };
  for (let guard = 0; guard < 5000 && state.phase !== "debrief"; guard++) {
    let moved = false;
    if (state.phase === "stress" && state.step === "moscow" && red) {
      const d = moscowDecide(view(state, { kind: "moscow" }), { style: moscowStyle, seed: options.seed }, moscowMemory);
      moscowMemory = d.memory;
      for (const b of d.actions) moved = act({ kind: "seat", seat: red }, b) || moved;
    } else {
      // Each seat in turn (the starting seat rotates so no one always moves first).
      for (let k = 0; k < seats.length; k++) {
        const seat = seats[(k + offset) % seats.length] ?? "";
        if (state.phase === "vote") {
          const vote = state.votes[state.votes.length - 1];
          if (vote?.ballots[seat]) continue;
        }
        if (state.phase === "stress" && state.step !== "response") break;
        if (seenSeq[seat] === state.seq && seenAt[seat] === at) continue;
        seenSeq[seat] = state.seq;
        seenAt[seat] = at;
        const policy = policies[seat];
        if (policy) {
          for (const b of policy.decide(seatView(seat), at)) moved = act({ kind: "seat", seat }, b) || moved;
          continue;
        }
        const dropAt = options.keepers?.[seat];
        if (dropAt !== undefined && at >= dropAt) {
          const v = seatView(seat);
          keepers[seat] ??= newKeeperMemory(v);
          const k = keeperDecide(v, keepers[seat], at);
          keepers[seat] = k.memory;
          if (options.talk) for (const line of k.talk) options.talk(seat, line, at);
          for (const b of k.actions) moved = act({ kind: "seat", seat }, b) || moved;
          continue;
        }
        const d = decideInPlace(
          seatView(seat),
          { personality: personalities[seat] ?? "pragmatist", seed: options.seed },
          memories[seat] ?? null,
          at,
          options.talk !== undefined,
        );
        memories[seat] = d.memory;
        if (options.talk) for (const line of d.talk) options.talk(seat, line, at);
        for (const b of d.actions) moved = act({ kind: "seat", seat }, b) || moved;
      }
      offset++;
    }
    // A busy table gets a few passes per tick, then the clock moves on anyway; but a vote runs
    // until every seat that will ballot has (the clock would otherwise jump to the vote's end and
    // void a vote called on the last pass, as no live table's bots would).
    if (moved && (state.phase === "vote" || ++busy < 3)) continue;
    busy = 0;
    // A quiet table: the clock moves on.
    if (state.deadline === null) break;
    if (state.phase === "negotiation" && at + tick < state.deadline) at += tick;
    else {
      at = Math.max(at, state.deadline);
      run({ type: "phase/expired", actor: { kind: "system" }, at });
    }
  }

  const fw = state.framework;
  const points: Record<SeatId, number> = {};
  const score: Record<SeatId, number> = {};
  const margin: Record<SeatId, number> = {};
  if (fw) for (const s of seats) points[s] = packagePoints(scenario, s, fw.package) ?? 0;
  for (const sc of state.scores ?? []) {
    score[sc.seat] = sc.total;
    margin[sc.seat] = sc.margin;
  }
  const readout = fw?.stands ? view(state, { kind: "observer" }).readout : null;
  const lastVote = state.votes[state.votes.length - 1];
  return {
    seed: options.seed,
    seats,
    personalities,
    pressure: state.pressure ?? null,
    concluded: fw !== null,
    stands: fw?.stands === true,
    package: fw ? scenario.issues.map((i) => fw.package[i.id] ?? "") : null,
    signatories: fw ? [...fw.signatories] : [],
    round: fw && lastVote ? lastVote.round : state.round,
    votes: state.votes.length,
    points,
    score,
    margin,
    outcome: state.outcome ?? "eroded",
    majorOffensive: state.years.some((y) => y.moscowAction === "offensive"),
    escalation: state.table.escalation,
    clarity: readout ? readout.clarity : null,
    deterrence: readout ? readout.deterrence : null,
    belowNoDealSignatures: below,
    brokenPromises: state.years.reduce((n, y) => n + y.brokenPromises.length, 0),
    actions,
    rejected,
  };
}
