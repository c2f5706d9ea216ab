// The table as the client sees it: plain data decoded from the room's schema state, its
// `publicParts` and this viewer's private part (docs/protocol.md §2). Types only, from the engine.
import type { Action, Amendment, FuturesReport, GameEvent, PlayerView, PublicScenario } from "@ironclad/engine";
import type { PhaseClockWire, SeatView } from "@ironclad/engine/protocol";

/** An action type, as listed in the private part's `legal`. */
export type ActionType = Action["type"];

/** An amendment as everyone sees it; `option` "" proposes to blank the issue. */
export type AmendmentView = Omit<Amendment, "option"> & { option: string };

/** What every viewer may know beyond the structured state (`publicParts`). */
export type PublicPart = Pick<
  PlayerView,
  | "penRequests"
  | "penLapseAt"
  | "polls"
  | "offers"
  | "positions"
  | "votes"
  | "lastVoteUnmet"
  | "framework"
  | "table"
  | "years"
  | "outcome"
  | "endedEarly"
  | "notPlayed"
  | "readout"
  | "duties"
  | "noDeal"
  | "scores"
  | "timings"
> & {
  /** At the debrief: the table's deal (if one stood) and no deal, each across many seeded futures. */
  futures?: { deal: FuturesReport | null; noDeal: FuturesReport };
};

/**
 * This viewer's private part: a seat's brief and preview, or Moscow's odds, what it may do with each
 * open amendment and what that is worth to it, what it may do with each open offer, and what is legal now.
 */
export type PrivatePart = Pick<
  PlayerView,
  "brief" | "briefs" | "preview" | "myScore" | "liveOdds" | "affordances" | "offerAffordances"
> & {
  /** The seat under domestic pressure: this seat when it is the one, any seat for the facilitator (absent otherwise). */
  pressure?: PlayerView["pressure"];
  legal: ActionType[];
  /** The red cell's brief: its objectives and how it scores (the red cell and the facilitator; absent where the scenario has none). */
  redCellBrief?: PlayerView["redCellBrief"];
};

/** The table at one moment. */
export type TableSnapshot = {
  tableId: string;
  scenarioId: string;
  phase: PlayerView["phase"];
  round: number;
  year: number;
  step: "" | "event" | "moscow" | "response" | "adjudicated";
  deadline: PhaseClockWire["deadline"];
  /** The server's time of the table's last action (not the time now: see net/server-clock.ts). */
  now: number;
  paused: PhaseClockWire["paused"];
  /** While paused: the ms the phase keeps for its resume (0 when running or untimed). */
  remainingMs: PhaseClockWire["remainingMs"];
  penHolder: string;
  seq: number;
  seatOrder: string[];
  seats: Record<string, SeatView>;
  draft: Record<string, string>;
  amendments: AmendmentView[];
  pub: PublicPart | null;
  mine: PrivatePart | null;
  facilitatorReadsPrivate: boolean;
  /** How many connections watch the table now (#21, item 2), for everyone's "N watching". */
  watchers: number;
  /** Whether the table's watch link opens it now. */
  watching: boolean;
};

/** Who this connection is, from the `welcome` message. */
export type Welcome = {
  protocol: number;
  tableId: string;
  viewer: { kind: "seat"; seat: string } | { kind: "facilitator" } | { kind: "moscow" } | { kind: "observer" };
  name: string;
  facilitatorReadsPrivate: boolean;
  /** A facilitator's session runs the table (not a quick game): each seat has a line to the facilitator. */
  facilitated?: boolean;
  /** The table's number in its session and its join code (a watcher is not given the code). */
  table: { number: number; code?: string };
  /** The table's watch link (a path on this server), and whether this person may switch watching. */
  watch?: { path: string; canSwitch: boolean };
};

/** A refusal from the room, sent to this connection only. */
export type RoomError = { code: string; message: string; issues?: unknown; at: number; id: number };

// The wire's own types, from the protocol (a bot's `speech` arrives unchecked: read it through panels/chat-text.ts).
export type { ChatMessage, ChatSend, ClientAction, SeatView } from "@ironclad/engine/protocol";
export type { GameEvent, PublicScenario };
