// Test fixtures for the stage models: a table snapshot at the default scenario's six-seat table,
// with every field a model reads, to be overridden per test. Imported by tests only.
import { type DealReadout, evaluateDeal, publicScenario } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import type { AmendmentView, PrivatePart, PublicPart, SeatView, TableSnapshot } from "../net/table-types.ts";

export const full = defaultScenario();
export const scenario = publicScenario(full);
export const ORDER = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"];
/** The second option of every issue: a complete package. */
export const PACKAGE: Record<string, string> = Object.fromEntries(
  full.issues.map((i) => [i.id, i.options[1]?.id ?? ""]),
);
/** The deal model's public read-out of PACKAGE with the six seats signing. */
export const READOUT = evaluateDeal(full, PACKAGE, { seated: ORDER }) as DealReadout;

/** A seat as the room shows it: a bot with middling stats. */
export function seat(id: string, over: Partial<SeatView> = {}): SeatView {
  return {
    id,
    controller: "bot",
    redCell: false,
    capital: 60,
    resolve: 50,
    capacity: 50,
    ready: false,
    votesCalled: 0,
    brokenPromises: 0,
    people: [],
    connected: 0,
    away: false,
    ...over,
  };
}

/** The public part during the talks: no votes, no framework, no years. */
export function publicPart(over: Partial<PublicPart> = {}): PublicPart {
  return {
    votes: [],
    framework: null,
    table: { unity: 60, grievance: 50, ukraineSecurity: 50, escalation: 0 },
    years: [],
    outcome: null,
    endedEarly: false,
    readout: null,
    noDeal: { odds: { comply: 0.2, hybrid: 0.3, incursion: 0.2, offensive: 0.3 }, offensiveRisk: 0.48 },
    scores: null,
    timings: full.timings,
    ...over,
  } as PublicPart;
}

/** A seat's private part with nothing in it (no brief, no preview, nothing legal) unless `over` says so. */
export function privatePart(over: Partial<PrivatePart> = {}): PrivatePart {
  return {
    brief: null,
    briefs: null,
    preview: null,
    myScore: null,
    liveOdds: null,
    affordances: [],
    offerAffordances: [],
    legal: [],
    ...over,
  };
}

/** A snapshot in round 1 of the talks, Paris holding the pen, the draft blank. */
export function snapshot(over: Partial<TableSnapshot> = {}): TableSnapshot {
  return {
    tableId: "tbl_test",
    scenarioId: full.id,
    phase: "negotiation",
    round: 1,
    year: 0,
    step: "",
    deadline: 1_000_000,
    now: 900_000,
    paused: false,
    remainingMs: 0,
    penHolder: "paris",
    seq: 10,
    seatOrder: ORDER,
    seats: Object.fromEntries(ORDER.map((id) => [id, seat(id)])),
    draft: Object.fromEntries(full.issues.map((i) => [i.id, ""])),
    amendments: [],
    pub: publicPart(),
    mine: null,
    facilitatorReadsPrivate: false,
    watchers: 0,
    watching: true,
    ...over,
  };
}

/** An open amendment of Kyiv's on the legal form (treaty), with `over` changed. */
export const amendment = (id: number, over: Partial<AmendmentView> = {}): AmendmentView => ({
  id,
  by: "kyiv",
  issue: "legal-form",
  option: "treaty",
  supporters: [],
  status: "open",
  round: 1,
  at: 0,
  ...over,
});
