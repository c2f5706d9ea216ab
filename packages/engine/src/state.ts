// The game state: plain JSON-serialisable data, the fold of the scenario, the seed and the
// action log. The scenario object travels by reference (it is never mutated).
import type { DomesticPressure } from "./domestic-pressure.ts";
import type { RngState } from "./rng.ts";
import type {
  EventEffect,
  LocalizedText,
  MoscowAction,
  ProtectedMove,
  Response,
  Scenario,
  SeatId,
  Timings,
} from "./scenario.ts";

/** The phases of a game, in order (negotiation and vote alternate). */
export const PHASES = ["lobby", "briefing", "negotiation", "vote", "ratification", "stress", "debrief"] as const;
export type Phase = (typeof PHASES)[number];

/** The steps of one stress-test year. */
export const STRESS_STEPS = ["event", "moscow", "response", "adjudicated"] as const;
export type StressStep = (typeof STRESS_STEPS)[number];

/** Who runs a seat right now: people or a bot. */
export type Controller = "human" | "bot";

/** The debrief's one-line outcome. */
export const OUTCOMES = ["held", "eroded", "failed", "escalated"] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** A package: the chosen option id for each issue id (null = blank on the draft). */
export type Draft = Record<string, string | null>;
/** A complete package: an option id for every issue. */
export type Package = Record<string, string>;

/** What a seat is and how it stands now. */
export interface SeatState {
  id: SeatId;
  /** True for the red cell (Moscow): it never negotiates or signs. */
  redCell: boolean;
  controller: Controller;
  /** Political capital now (starts at the scenario's value; events and responses move it). */
  capital: number;
  /** Resolve now (starts at the model's `startResolve`). */
  resolve: number;
  /** Military capacity now (starts at the scenario's value). */
  capacity: number;
  ready: boolean;
  /** Signing votes this seat called in the current round. */
  votesCalled: number;
  brokenPromises: number;
  honouredPromises: number;
}

/** An amendment to the working draft. */
export interface Amendment {
  id: number;
  by: SeatId;
  issue: string;
  /** The proposed option, or null to blank the issue. */
  option: string | null;
  supporters: SeatId[];
  /** Seats that oppose it (absent until the first one does: states from before `oppose` hash as they did). */
  opponents?: SeatId[];
  status: "open" | "accepted" | "declined" | "withdrawn";
  round: number;
  at: number;
}

/** A seat's request for the pen, with the seats that back it (the requester first). */
export interface PenRequest {
  seat: SeatId;
  at: number;
  backers: SeatId[];
}

/** A seat's answer to a straw poll: would it sign the draft as it stands, and what stops it. */
export interface PollAnswer {
  sign: boolean;
  /** Issues that stop this seat from signing (empty when it would sign). */
  blockers: string[];
  at: number;
}

/** A straw poll: "would you sign the draft as it stands?", asked of every negotiating seat. */
export interface StrawPoll {
  id: number;
  by: SeatId;
  round: number;
  at: number;
  /** The draft as it stood when the poll was asked (what the answers are about). */
  draft: Draft;
  answers: Record<SeatId, PollAnswer>;
}

/** One side of a linked offer: a seat's support for an amendment, or the pen-holder's acceptance of it. */
export interface OfferTerm {
  act: "support" | "accept";
  amendment: number;
  /** Settled when the amendment closes or the talks end: kept, broken, or void (withdrawn, or the pen moved on). */
  result?: "kept" | "broken" | "void";
}

/**
 * A linked offer: "I give these if you give those", to one seat or to the whole table. Once
 * accepted, each term is settled as kept or broken; the debrief and the hotwash show which.
 */
export interface Offer {
  id: number;
  by: SeatId;
  /** The seat it is made to, or null for the table (any seat may accept). */
  to: SeatId | null;
  gives: OfferTerm[];
  asks: OfferTerm[];
  status: "open" | "accepted" | "declined" | "withdrawn";
  /** The seat that accepted it (owes the `asks`). */
  acceptedBy: SeatId | null;
  round: number;
  at: number;
}

/** How a seat stands on one option: needs it, can live with it, or cannot accept it. */
export type Stance = "needs" | "can-live" | "cannot";

/** A signing vote (open or closed). */
export interface SigningVote {
  id: number;
  calledBy: SeatId;
  round: number;
  package: Package;
  ballots: Record<SeatId, "sign" | "decline">;
  openedAt: number;
  /** Filled when the vote closes. */
  result: null | { concluded: boolean; signatories: SeatId[]; reason: string };
}

/** A concluded framework. */
export interface Framework {
  package: Package;
  signatories: SeatId[];
  unanimous: boolean;
  /** Ratification result per signatory, with the probability that was rolled against. */
  ratification: Record<SeatId, { probability: number; roll: number; ratified: boolean }>;
  /** Signatories that ratified; they are the ones bound in the stress test. */
  bound: SeatId[];
  /** False when ratification broke the agreement rule (the table then has no deal). */
  stands: boolean;
}

/** An event card as played (from the deck or injected). */
export interface PlayedEvent {
  id: string;
  title: LocalizedText;
  text: LocalizedText;
  effects: EventEffect[];
  injected: boolean;
}

/**
 * News the facilitator injected outside a stress-test year's first step (during the talks, or
 * while Moscow chooses or the seats respond): its effects landed at once. An event injected in a
 * year's first step replaces the year's drawn event instead (`YearRecord.event`).
 */
export interface NewsItem {
  phase: Phase;
  round: number;
  year: number;
  step: StressStep | null;
  /** When it landed, in server ms. */
  at: number;
  event: PlayedEvent;
}

/** Moscow's odds over its four actions. */
export type MoscowOdds = Record<MoscowAction, number>;

/** The record of one stress-test year. */
export interface YearRecord {
  year: number;
  event: PlayedEvent | null;
  odds: MoscowOdds | null;
  moscowAction: MoscowAction | null;
  /** True when a bot (or the clock) drew Moscow's action from the odds. */
  moscowDrawn: boolean;
  responses: Record<SeatId, Response>;
  /** The protected seat's own move this year (absent until it moves; the clock leaves it at "hold"). */
  protectedMove?: ProtectedMove;
  snapBack: boolean;
  brokenPromises: SeatId[];
  adjudication: null | {
    damage: number;
    mitigation: number;
    securityAfter: number;
    escalationAfter: number;
    unityAfter: number;
    capitalAfter: Record<SeatId, number>;
  };
}

/** Table-wide stats moved by events and adjudication. */
export interface TableStats {
  unity: number;
  grievance: number;
  ukraineSecurity: number;
  /** 0 none · 1 tension · 2 crisis · 3 confrontation · 4 and up: a direct NATO–Russia clash. */
  escalation: number;
}

/** What one stress-test year gave the red cell, and why (docs/model.md §7, "The red cell's score"). */
export interface RedCellYearScore {
  year: number;
  action: MoscowAction;
  /** Ukraine's security the action took, after the answer softened it (0 in a quiet year). */
  securityTaken: number;
  /** Promises bound seats broke that year. */
  brokenPromises: number;
  /** After an attack some answered militarily and others did nothing. */
  split: boolean;
  snapBack: boolean;
  /** An incursion or offensive met a united military answer. */
  unitedAnswer: boolean;
  /** Points from the security taken. */
  gains: number;
  /** Points from Western division: broken promises and a split answer. */
  division: number;
  /** Points from what the year cost it: snap-back and a united answer (usually negative). */
  costs: number;
  /** gains + division + costs. */
  points: number;
}

/** A seat's final score and its parts. */
export interface SeatScore {
  seat: SeatId;
  /** Points of the seat's table for the framework that stood, or its no-deal value. */
  dealPoints: number;
  concluded: boolean;
  outcomePoints: number;
  unanimityBonus: number;
  brokenPromisePenalty: number;
  /** total = dealPoints + outcomePoints + unanimityBonus − brokenPromisePenalty (+ the red cell's year points). */
  total: number;
  noDealValue: number;
  /** total − noDealValue. */
  margin: number;
  /** The red cell only: its points year by year (absent for negotiating seats). */
  redCell?: { yearPoints: number; years: RedCellYearScore[] };
}

/** The whole state of one table. */
export interface GameState {
  /** Format version of this state object. */
  v: 1;
  scenario: Scenario;
  tableId: string;
  seed: string;
  timings: Timings;
  phase: Phase;
  /** The negotiation round (1-based; 0 before negotiation). */
  round: number;
  /** The stress-test year (1-based; 0 before the stress test). */
  year: number;
  step: StressStep | null;
  /** When the current phase (or stress step) ends, in server ms; null when untimed or paused. */
  deadline: number | null;
  paused: null | { at: number; remainingMs: number | null };
  /** Round time left when a vote interrupted the round. */
  roundRemainingMs: number | null;
  /** The latest `at` the table has seen. */
  now: number;
  /** Every action applied so far. */
  seq: number;
  /** Seated seats by id, including the red cell. */
  seats: Record<SeatId, SeatState>;
  /** Negotiating seats in scenario order (red cell excluded). */
  seatOrder: SeatId[];
  draft: Draft;
  /** The seat holding the pen, or null when the facilitator holds it. */
  penHolder: SeatId | null;
  /**
   * Open requests for the pen, oldest first. This and `polls` are absent until first used, so a
   * state from before they existed keeps its hash.
   */
  penRequests?: PenRequest[];
  /** Straw polls asked so far, oldest first. */
  polls?: StrawPoll[];
  /** Linked offers made so far, oldest first. */
  offers?: Offer[];
  /** News injected by the facilitator, oldest first (absent until the first, so older states keep their hash). */
  news?: NewsItem[];
  /** The positions board: each seat's declared stance per issue and option. */
  positions?: Record<SeatId, Record<string, Record<string, Stance>>>;
  amendments: Amendment[];
  nextAmendmentId: number;
  votes: SigningVote[];
  framework: Framework | null;
  table: TableStats;
  years: YearRecord[];
  /** Event card ids still in the deck. */
  deck: string[];
  outcome: Outcome | null;
  scores: SeatScore[] | null;
  endedEarly: boolean;
  /**
   * True when the facilitator ended the table from the lobby, before it started: nothing was
   * played, so `outcome` says nothing about it. Absent otherwise, so older states keep their hash.
   */
  notPlayed?: true;
  /**
   * A fork's moments (ascending `seq`s): when an action brings `seq` to the first, a running clock
   * stops with the time that was left, as if paused, and the moment goes. So a fork starts paused at
   * the step asked, without an action of its own. Absent on other tables, so their hash is unchanged.
   */
  pauseAt?: number[];
  /**
   * The seat under domestic pressure at this table (domestic-pressure.ts): its no-deal value in
   * `scenario` is already raised. Absent when none was drawn, so other tables keep their hash.
   */
  pressure?: DomesticPressure;
  rng: RngState;
}
