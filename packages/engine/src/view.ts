// What each viewer may know: a seat sees its own brief and nobody else's; the facilitator sees
// every brief; Moscow sees the read-out and its odds live; an observer sees the public table.
// No view contains the random generator's state.
//
// A view shares the state's parts instead of copying them: a state is never written after apply
// returns it (apply copies what a handler writes), so sharing is safe as long as nobody writes
// into a view either. Treat a view as read-only; the bots' frozen-state test holds everyone to it.

import { checkAgreement, type UnmetRequirement } from "./agreement.ts";
import { currentOdds, currentReadout, owedResponses } from "./apply.ts";
import { crossedRedLines, type DealReadout, evaluateDeal, noDealOdds, packagePoints } from "./deal-model.ts";
import type { DomesticPressure } from "./domestic-pressure.ts";
import { type AmendmentAct, type AmendmentActs, amendmentActs, type OfferAct, offerActs } from "./legal-actions.ts";
import { offers } from "./offers.ts";
import { penLapseAt, penRequests } from "./pen-requests.ts";
import { scoredRedCell } from "./red-cell-score.ts";
import { amendmentById } from "./rules-amendments.ts";
import type { PrivateBrief, RedCellBrief, RedLine, Response, Scenario, Seat, SeatId, Talk } from "./scenario.ts";
import type { Amendment, GameState, MoscowOdds, Offer, PenRequest, SeatScore, StrawPoll, YearRecord } from "./state.ts";
import { strawPolls } from "./straw-poll.ts";

/** Who is looking. */
export type Viewer =
  | { kind: "seat"; seat: SeatId }
  | { kind: "facilitator" }
  | { kind: "moscow" }
  | { kind: "observer" };

/** A seat as everyone may see it: no private brief (nor the red cell's). */
export type PublicSeat = Omit<Seat, "brief" | "redCellBrief">;
/**
 * The scenario without any private brief. A table publishes it with `defaultTalk`, the default
 * scenario's talk section, when the scenario has no talk of its own: bots then speak from those
 * templates, and a browser must render their lines without loading the default scenario.
 */
export type PublicScenario = Omit<Scenario, "seats"> & { seats: PublicSeat[]; defaultTalk?: Talk };

const publicScenarios = new WeakMap<Scenario, PublicScenario>();
const NO_POSITIONS: NonNullable<GameState["positions"]> = Object.freeze({});

/** The scenario with every private brief removed (safe to send to anyone); one object per scenario. */
export function publicScenario(scenario: Scenario): PublicScenario {
  let pub = publicScenarios.get(scenario);
  if (!pub) {
    pub = { ...scenario, seats: scenario.seats.map(({ brief: _brief, redCellBrief: _red, ...rest }) => rest) };
    publicScenarios.set(scenario, pub);
  }
  return pub;
}

/** A seat's private preview of the working draft or an amendment: its points against its no-deal value. */
export interface PrivatePreview {
  points: number | null;
  noDealValue: number;
  /** Red lines the draft crosses (the seat could not sign it). */
  redLinesCrossed: RedLine[];
}

/**
 * What accepting an amendment would be worth to a seat, from its own brief. It reads the draft only on
 * the amendment's own issue, so a change of the draft elsewhere leaves it (and what the wire carries of
 * it) as it was; the package's points after are the preview's plus `change` (`previewPackage` says more).
 */
export interface AmendmentWorth {
  /** Its points on the amendment's issue minus its points there on the draft now (a blank scores 0). */
  change: number;
  /** Its red lines the amendment's option would cross. */
  redLinesCrossed: RedLine[];
}

/** One open amendment as a viewer may treat it: what it may do with it now, and what it is worth to it. */
export interface AmendmentAffordance {
  amendment: number;
  /** The acts the reducer would take from this viewer now, in the order support, oppose, accept, decline, withdraw. */
  acts: readonly AmendmentAct[];
  /** Its worth to the viewer (seat views only; null for the facilitator and Moscow). */
  worth: AmendmentWorth | null;
}

/** One open offer as a viewer may treat it: what the reducer would take from it now. */
export interface OfferAffordance {
  offer: number;
  /** The acts the reducer would take from this viewer now, in the order accept, decline, withdraw (never empty). */
  acts: OfferAct[];
}

/** A seat's score as others see it at the debrief (no no-deal value, only the margin). */
export type PublicScore = Pick<SeatScore, "seat" | "total" | "margin" | "concluded">;

/** What one viewer may know about the table. */
export interface PlayerView {
  viewer: Viewer;
  tableId: string;
  scenario: PublicScenario;
  phase: GameState["phase"];
  round: number;
  year: number;
  step: GameState["step"];
  deadline: number | null;
  paused: GameState["paused"];
  now: number;
  seq: number;
  timings: GameState["timings"];
  seats: GameState["seats"];
  seatOrder: SeatId[];
  draft: GameState["draft"];
  penHolder: SeatId | null;
  /** Open requests for the pen, oldest first, with their backers. */
  penRequests: readonly PenRequest[];
  /** When the pen lapses to the oldest request if no amendment is decided (null: no lapse pending). */
  penLapseAt: number | null;
  amendments: GameState["amendments"];
  /** Each open amendment, oldest first, with what this viewer may do with it and its worth to them (none for observers). */
  affordances: AmendmentAffordance[];
  /**
   * Each open offer this viewer may do something with, oldest first, and what (none for observers):
   * an offer naming an amendment that has closed may no longer be accepted, for instance.
   */
  offerAffordances: OfferAffordance[];
  /** Straw polls and their answers (public). */
  polls: readonly StrawPoll[];
  /** Linked offers, with each accepted term settled as kept, broken or void (public). */
  offers: readonly Offer[];
  /** The positions board: each seat's declared stance per issue and option (public). */
  positions: NonNullable<GameState["positions"]>;
  votes: GameState["votes"];
  /**
   * What the last vote missed of the agreement rule, as data (each reader words it), while that vote
   * failed; null otherwise. The vote's `reason` says the same in English, for logs.
   */
  lastVoteUnmet: readonly UnmetRequirement[] | null;
  framework: GameState["framework"];
  table: GameState["table"];
  years: YearRecord[];
  outcome: GameState["outcome"];
  endedEarly: boolean;
  /** True when the table was ended from the lobby, before it started (absent otherwise). */
  notPlayed?: true;
  /** The model's public read-out: of the complete draft during talks (everyone signing), of the framework after. */
  readout: DealReadout | null;
  /**
   * What each seat that answers Moscow owes this year under the standing framework ("nothing" where it
   * binds no one, or asks nothing against what Moscow did); null until Moscow has acted this year.
   */
  duties: Readonly<Record<SeatId, Response>> | null;
  /** Moscow's odds and offensive risk with no deal, for comparison. */
  noDeal: { odds: MoscowOdds; offensiveRisk: number };
  /** This year's odds, live: Moscow and the facilitator only (everyone at the debrief). */
  liveOdds: MoscowOdds | null;
  /** The viewer's own private brief (seat views only); under domestic pressure, its no-deal value already raised. */
  brief: PrivateBrief | null;
  /**
   * The seat under domestic pressure at this table: the viewer's own seat when it is that seat, any
   * seat for the facilitator, null otherwise (nobody else learns who it is).
   */
  pressure: DomesticPressure | null;
  /** The red cell's brief: its objectives and how it scores (the red cell and the facilitator only). */
  redCellBrief: RedCellBrief | null;
  /** Every private brief (facilitator only). */
  briefs: Record<SeatId, PrivateBrief> | null;
  /** The viewer's own preview of the draft (seat views only). */
  preview: PrivatePreview | null;
  /** The viewer's own score with every part (seat views and the red cell, at the debrief). */
  myScore: SeatScore | null;
  /** Scores: every part for the facilitator; totals and margins for others. */
  scores: (SeatScore | PublicScore)[] | null;
}

function draftPackage(state: GameState): Record<string, string> | null {
  const pkg: Record<string, string> = {};
  for (const issue of state.scenario.issues) {
    const o = state.draft[issue.id];
    if (o == null) return null;
    pkg[issue.id] = o;
  }
  return pkg;
}

// Shared by every viewer's view of one state (each seat's view of a state asks in turn). Not kept
// per state: a table makes a state per action, and a weak map holding each one cost the collector
// more than the check of the state's parts below costs when a state comes back.
let lastState: GameState | null = null;
let lastReadout: DealReadout | null = null;

function draftReadout(state: GameState): DealReadout | null {
  if (state === lastState) return lastReadout;
  const readout = computeDraftReadout(state);
  lastState = state;
  lastReadout = readout;
  return readout;
}

// Unity and grievance move rarely: the no-deal odds are kept per scenario while they hold.
const noDeals = new WeakMap<Scenario, { unity: number; grievance: number; noDeal: PlayerView["noDeal"] }>();

function noDealOf(state: GameState): PlayerView["noDeal"] {
  const { unity, grievance } = state.table;
  const last = noDeals.get(state.scenario);
  if (last?.unity === unity && last.grievance === grievance) return last.noDeal;
  const noDeal = noDealOdds(state.scenario, state.table);
  noDeals.set(state.scenario, { unity, grievance, noDeal });
  return noDeal;
}

// Most actions leave the draft and the seats' standing as they were: the last read-out of the
// draft is kept per scenario and reused while its inputs match (compared one by one, which costs
// less than writing them into a key).
const lastDraftReadouts = new WeakMap<Scenario, { inputs: (string | number)[]; readout: DealReadout | null }>();

function draftInputs(state: GameState, pkg: Record<string, string>): (string | number)[] {
  const inputs: (string | number)[] = [state.table.unity, state.table.grievance, state.seatOrder.join(",")];
  for (const [id, seat] of Object.entries(state.seats)) inputs.push(id, seat.capital, seat.resolve, seat.capacity);
  for (const issue of state.scenario.issues) inputs.push(pkg[issue.id] ?? "");
  return inputs;
}

// The parts of the state the last read-out came from, per scenario: an action that wrote none of
// them (most do not) gets that read-out back without its inputs being listed.
const lastReadoutParts = new WeakMap<
  Scenario,
  {
    parts: [GameState["draft"], GameState["seats"], GameState["table"], GameState["seatOrder"]];
    readout: DealReadout | null;
  }
>();

function computeDraftReadout(state: GameState): DealReadout | null {
  if (state.framework) return currentReadout(state) ?? null;
  const parts = lastReadoutParts.get(state.scenario);
  if (
    parts?.parts[0] === state.draft &&
    parts.parts[1] === state.seats &&
    parts.parts[2] === state.table &&
    parts.parts[3] === state.seatOrder
  )
    return parts.readout;
  const readout = readoutOfDraft(state);
  lastReadoutParts.set(state.scenario, { parts: [state.draft, state.seats, state.table, state.seatOrder], readout });
  return readout;
}

function readoutOfDraft(state: GameState): DealReadout | null {
  const pkg = draftPackage(state);
  if (!pkg) return null;
  const inputs = draftInputs(state, pkg);
  const last = lastDraftReadouts.get(state.scenario);
  if (last && last.inputs.length === inputs.length && last.inputs.every((x, k) => x === inputs[k])) return last.readout;
  const readout = evaluateDraft(state, pkg);
  lastDraftReadouts.set(state.scenario, { inputs, readout });
  return readout;
}

function evaluateDraft(state: GameState, pkg: Record<string, string>): DealReadout | null {
  return evaluateDeal(state.scenario, pkg, {
    seated: state.seatOrder,
    capital: Object.fromEntries(Object.entries(state.seats).map(([id, s]) => [id, s.capital])),
    resolve: Object.fromEntries(Object.entries(state.seats).map(([id, s]) => [id, s.resolve])),
    capacity: Object.fromEntries(Object.entries(state.seats).map(([id, s]) => [id, s.capacity])),
    unity: state.table.unity,
    grievance: state.table.grievance,
  });
}

// A failed vote's unmet requirements, worked out once per vote record (a closed vote never changes).
const unmetByVote = new WeakMap<object, readonly UnmetRequirement[]>();

function lastVoteUnmet(state: GameState): readonly UnmetRequirement[] | null {
  const vote = state.votes[state.votes.length - 1];
  if (!vote?.result || vote.result.concluded) return null;
  let unmet = unmetByVote.get(vote);
  if (!unmet) {
    unmet = checkAgreement(state.scenario, state.seatOrder, vote.result.signatories, vote.package).requirements;
    unmetByVote.set(vote, unmet);
  }
  return unmet;
}

// The redacted parts of a view are made once per part of the state (parts keep their identity
// from one state to the next until an action writes them), so views of successive states share
// them and a caller can tell by identity that they did not change.
const redactedYears = new WeakMap<readonly YearRecord[], YearRecord[]>();

function yearsWithoutOdds(years: readonly YearRecord[]): YearRecord[] {
  let out = redactedYears.get(years);
  if (!out) {
    out = years.map((y) => (y.odds ? { ...y, odds: null } : y));
    redactedYears.set(years, out);
  }
  return out;
}

const publicScoreLists = new WeakMap<readonly SeatScore[], PublicScore[]>();

function publicScores(scores: readonly SeatScore[]): PublicScore[] {
  let out = publicScoreLists.get(scores);
  if (!out) {
    out = scores.map((sc) => ({ seat: sc.seat, total: sc.total, margin: sc.margin, concluded: sc.concluded }));
    publicScoreLists.set(scores, out);
  }
  return out;
}

// A year's duties are worked out once per year record (a record is a new object whenever it
// changes), so views of successive states share them while the year stands.
const yearDuties = new WeakMap<YearRecord, { framework: GameState["framework"]; duties: PlayerView["duties"] }>();

function dutiesOf(state: GameState, readout: DealReadout | null): PlayerView["duties"] {
  const year = state.years[state.years.length - 1];
  if (!year?.moscowAction) return null;
  const last = yearDuties.get(year);
  if (last && last.framework === state.framework) return last.duties;
  const duties = owedResponses(state, readout?.pledge ?? "nothing");
  yearDuties.set(year, { framework: state.framework, duties });
  return duties;
}

// A seat's preview is worked out once per package (the draft, or the framework's: a new object
// whenever it changes) and seat, so views of successive states share it while the package stands.
const keptPreviews = new WeakMap<object, Map<SeatId, PrivatePreview>>();

function previewOf(state: GameState, seat: SeatId, brief: PrivateBrief): PrivatePreview {
  const pkg = state.framework?.package ?? state.draft;
  let bySeat = keptPreviews.get(pkg);
  if (!bySeat) {
    bySeat = new Map();
    keptPreviews.set(pkg, bySeat);
  }
  let preview = bySeat.get(seat);
  if (!preview) {
    preview = {
      points: packagePoints(state.scenario, seat, pkg),
      noDealValue: brief.noDealValue,
      redLinesCrossed: crossedRedLines(state.scenario, seat, pkg),
    };
    bySeat.set(seat, preview);
  }
  return preview;
}

// An amendment's affordance for a viewer is kept in the viewer's last list, with the acts it was made
// from (amendmentActs keeps those per amendment object, seat and allowed acts) and the draft's option
// on its issue: while those and the viewer's brief stand, views of successive states share it, so its
// worth is not worked out again and a caller can tell by identity that it did not change. The whole
// list is kept the same way: while its acts list is the same array (amendmentActs keeps it so) and the
// draft and brief stand, so is the list. (Not in a WeakMap by acts: its entries, several per action,
// are ephemerons, which V8's full collections mark in their stop-the-world pause.)
type KeptAffordances = {
  acts: readonly AmendmentActs[];
  draft: GameState["draft"];
  brief: PrivateBrief | null;
  list: AmendmentAffordance[];
  /** The draft's option on each entry's issue when it was made. */
  nows: (string | null | undefined)[];
};
const keptAffordanceLists = new WeakMap<Viewer, KeptAffordances>();
const NO_AFFORDANCES = Object.freeze([]) as unknown as AmendmentAffordance[];

function affordancesOf(state: GameState, viewer: Viewer, brief: PrivateBrief | null): AmendmentAffordance[] {
  const acts = amendmentActs(state, viewer);
  if (acts.length === 0) return NO_AFFORDANCES;
  const before = keptAffordanceLists.get(viewer);
  if (before && before.acts === acts && before.draft === state.draft && before.brief === brief) return before.list;
  // After an action, every entry made from the same acts is the last list's, found by a walk by id;
  // when the draft moved on, only those whose issue's option is still the same.
  const reuse = before && before.brief === brief ? before : null;
  const sameDraft = reuse !== null && reuse.draft === state.draft;
  const list: AmendmentAffordance[] = new Array(acts.length);
  const nows: (string | null | undefined)[] = new Array(acts.length);
  let j = 0;
  for (let i = 0; i < acts.length; i++) {
    const actsOnOne = acts[i] as AmendmentActs;
    let found = false;
    if (reuse) {
      if (reuse.acts[j] !== actsOnOne)
        while (j < reuse.acts.length && (reuse.acts[j] as AmendmentActs).amendment < actsOnOne.amendment) j++;
      found = reuse.acts[j] === actsOnOne;
    }
    if (found && sameDraft) {
      list[i] = (reuse as KeptAffordances).list[j] as AmendmentAffordance;
      nows[i] = (reuse as KeptAffordances).nows[j];
      j++;
      continue;
    }
    const m = amendmentById(state.amendments, actsOnOne.amendment);
    const now = m ? state.draft[m.issue] : undefined;
    nows[i] = now;
    if (found && (reuse as KeptAffordances).nows[j] === now) {
      list[i] = (reuse as KeptAffordances).list[j] as AmendmentAffordance;
      j++;
      continue;
    }
    if (found) j++;
    list[i] = {
      amendment: actsOnOne.amendment,
      acts: actsOnOne.acts,
      worth: brief && m ? amendmentWorth(brief, state.draft, m) : null,
    };
  }
  keptAffordanceLists.set(viewer, { acts, draft: state.draft, brief, list, nows });
  return list;
}

// Shared while nobody may do anything with an offer (most of the game): a view is read-only.
const NO_OFFER_AFFORDANCES = Object.freeze([]) as unknown as OfferAffordance[];

function offerAffordancesOf(state: GameState, viewer: Viewer): OfferAffordance[] {
  const list = offerActs(state, viewer);
  return list.length === 0 ? NO_OFFER_AFFORDANCES : list;
}

/** What accepting amendment `m` into `draft` is worth to the seat whose brief this is. */
function amendmentWorth(
  brief: PrivateBrief,
  draft: Readonly<Record<string, string | null>>,
  m: Pick<Amendment, "issue" | "option">,
): AmendmentWorth {
  const table = brief.pointTable[m.issue];
  const now = draft[m.issue];
  const change = (m.option == null ? 0 : (table?.[m.option] ?? 0)) - (now == null ? 0 : (table?.[now] ?? 0));
  const option = m.option;
  const redLinesCrossed =
    option == null ? [] : brief.redLines.filter((l) => l.issue === m.issue && l.options.includes(option));
  return { change, redLinesCrossed };
}

/** How a view is built. */
export interface ViewOptions {
  /**
   * Work out what the viewer may do with each open amendment and offer (default true). The simulator's bots
   * read their own tables, not these, and skip them: they are a seventh of a simulated table's cost.
   */
  affordances?: boolean;
}

/** The part of a view that is the viewer's own: what it may do, its brief, preview and score. */
export type PrivateView = Pick<
  PlayerView,
  | "viewer"
  | "affordances"
  | "offerAffordances"
  | "liveOdds"
  | "brief"
  | "pressure"
  | "redCellBrief"
  | "briefs"
  | "preview"
  | "myScore"
  | "scores"
>;

/**
 * What only `viewer` may know about `state` (`view` without the public fields): what a server that
 * sends the public part once for everyone works out per viewer.
 */
export function privateView(state: GameState, viewer: Viewer, options: ViewOptions = {}): PrivateView {
  const normalized: Viewer = viewer.kind === "seat" && state.seats[viewer.seat]?.redCell ? { kind: "moscow" } : viewer;
  const seatId = normalized.kind === "seat" ? normalized.seat : null;
  const seatDef = seatId ? state.scenario.seats.find((s) => s.id === seatId) : undefined;
  const ownBrief = seatId && state.seats[seatId] ? (seatDef?.brief ?? null) : null;
  const isFacilitator = normalized.kind === "facilitator";
  const seesOdds = isFacilitator || normalized.kind === "moscow" || state.phase === "debrief";

  let briefs: Record<SeatId, PrivateBrief> | null = null;
  if (isFacilitator) {
    briefs = {};
    for (const s of state.scenario.seats) if (s.brief && state.seats[s.id]) briefs[s.id] = s.brief;
  }

  const redCell = normalized.kind === "moscow" || isFacilitator ? scoredRedCell(state) : null;

  let scores: (SeatScore | PublicScore)[] | null = null;
  let myScore: SeatScore | null = null;
  if (state.scores) {
    scores = isFacilitator ? state.scores.map((sc) => ({ ...sc })) : publicScores(state.scores);
    const ownId = seatId ?? (normalized.kind === "moscow" ? redCell?.id : undefined);
    const mine = ownId ? state.scores.find((sc) => sc.seat === ownId) : undefined;
    myScore = mine ? { ...mine } : null;
  }

  return {
    viewer: normalized,
    affordances: options.affordances === false ? [] : affordancesOf(state, normalized, ownBrief),
    offerAffordances: options.affordances === false ? NO_OFFER_AFFORDANCES : offerAffordancesOf(state, normalized),
    liveOdds: seesOdds && state.phase === "stress" ? currentOdds(state) : null,
    brief: ownBrief,
    pressure: state.pressure && (isFacilitator || state.pressure.seat === seatId) ? state.pressure : null,
    redCellBrief: redCell?.redCellBrief ?? null,
    briefs,
    preview: ownBrief && seatId ? previewOf(state, seatId, ownBrief) : null,
    myScore,
    scores,
  };
}

/** What `viewer` may know about `state`. */
export function view(state: GameState, viewer: Viewer, options: ViewOptions = {}): PlayerView {
  const own = privateView(state, viewer, options);
  const seesOdds = own.viewer.kind === "facilitator" || own.viewer.kind === "moscow" || state.phase === "debrief";
  const readout = draftReadout(state);
  return {
    viewer: own.viewer,
    tableId: state.tableId,
    scenario: publicScenario(state.scenario),
    phase: state.phase,
    round: state.round,
    year: state.year,
    step: state.step,
    deadline: state.deadline,
    paused: state.paused,
    now: state.now,
    seq: state.seq,
    timings: state.timings,
    seats: state.seats,
    seatOrder: state.seatOrder,
    draft: state.draft,
    penHolder: state.penHolder,
    penRequests: penRequests(state),
    penLapseAt: penLapseAt(state),
    amendments: state.amendments,
    affordances: own.affordances,
    offerAffordances: own.offerAffordances,
    polls: strawPolls(state),
    offers: offers(state),
    positions: state.positions ?? NO_POSITIONS,
    votes: state.votes,
    lastVoteUnmet: lastVoteUnmet(state),
    framework: state.framework,
    table: state.table,
    years: seesOdds ? state.years : yearsWithoutOdds(state.years),
    outcome: state.outcome,
    endedEarly: state.endedEarly,
    ...(state.notPlayed ? { notPlayed: true as const } : {}),
    readout,
    duties: dutiesOf(state, readout),
    noDeal: noDealOf(state),
    liveOdds: own.liveOdds,
    brief: own.brief,
    pressure: own.pressure,
    redCellBrief: own.redCellBrief,
    briefs: own.briefs,
    preview: own.preview,
    myScore: own.myScore,
    scores: own.scores,
  };
}

/** Points a private brief gives a package (null while an issue is blank). */
export function briefPoints(
  brief: PrivateBrief,
  pkg: Readonly<Record<string, string | null>>,
  issues: readonly string[],
): number | null {
  let total = 0;
  for (const issue of issues) {
    const option = pkg[issue];
    if (option == null) return null;
    total += brief.pointTable[issue]?.[option] ?? 0;
  }
  return total;
}

/**
 * What a viewer can work out from its own view about any package (an amendment applied to the
 * draft, say): the public read-out with every seated seat signing, and, for a seat, its points
 * and the red lines the package crosses. Pure arithmetic on the view: the client calls it freely.
 */
export function previewPackage(
  v: PlayerView,
  pkg: Readonly<Record<string, string | null>>,
): { readout: DealReadout | null; points: number | null; redLinesCrossed: RedLine[] } {
  const complete: Record<string, string> = {};
  let isComplete = true;
  for (const issue of v.scenario.issues) {
    const o = pkg[issue.id];
    if (o == null) isComplete = false;
    else complete[issue.id] = o;
  }
  const stat = (k: "capital" | "resolve" | "capacity") =>
    Object.fromEntries(Object.entries(v.seats).map(([id, s]) => [id, s[k]]));
  const readout = isComplete
    ? evaluateDeal(v.scenario as Scenario, complete, {
        seated: v.seatOrder,
        capital: stat("capital"),
        resolve: stat("resolve"),
        capacity: stat("capacity"),
        unity: v.table.unity,
        grievance: v.table.grievance,
      })
    : null;
  const brief = v.brief;
  if (!brief) return { readout, points: null, redLinesCrossed: [] };
  return {
    readout,
    ...seatPreview(
      brief,
      v.scenario.issues.map((i) => i.id),
      pkg,
    ),
  };
}

/** A seat's own side of `previewPackage`: its points for a package and the red lines the package crosses. */
function seatPreview(
  brief: PrivateBrief,
  issues: readonly string[],
  pkg: Readonly<Record<string, string | null>>,
): { points: number | null; redLinesCrossed: RedLine[] } {
  return {
    points: briefPoints(brief, pkg, issues),
    redLinesCrossed: brief.redLines.filter((l) => {
      const chosen = pkg[l.issue];
      return chosen != null && l.options.includes(chosen);
    }),
  };
}
