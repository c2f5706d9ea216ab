// The table as the client sees it: plain data decoded from the room's schema state, its
// `publicJson` and this viewer's private part (docs/protocol.md §2). Types only, from the engine.
import type {
  Action,
  Amendment,
  FuturesReport,
  GameEvent,
  PlayerView,
  PrivateBrief,
  PrivatePreview,
  PublicScenario,
  SeatScore,
} from "@ironclad/engine";

/** An action as a client sends it: the server sets `actor` and `at`. */
export type ClientAction = Action extends infer A ? (A extends Action ? Omit<A, "actor" | "at"> : never) : never;
/** An action type, as listed in the private part's `legal`. */
export type ActionType = Action["type"];

/** A seat as everyone sees it (SeatPublic). */
export type SeatView = {
  id: string;
  controller: "human" | "bot";
  redCell: boolean;
  capital: number;
  resolve: number;
  capacity: number;
  ready: boolean;
  votesCalled: number;
  brokenPromises: number;
  people: string[];
  connected: number;
  away: boolean;
};

/** An amendment as everyone sees it; `option` "" proposes to blank the issue. */
export type AmendmentView = Omit<Amendment, "option"> & { option: string };

/** What every viewer may know beyond the structured state (`publicJson`). */
export type PublicPart = Pick<
  PlayerView,
  | "penRequests"
  | "penLapseAt"
  | "polls"
  | "offers"
  | "positions"
  | "votes"
  | "framework"
  | "table"
  | "years"
  | "outcome"
  | "endedEarly"
  | "readout"
  | "noDeal"
  | "scores"
  | "timings"
> & {
  /** At the debrief: the table's deal (if one stood) and no deal, each across many seeded futures. */
  futures?: { deal: FuturesReport | null; noDeal: FuturesReport };
};

/** This viewer's private part: a seat's brief and preview, or Moscow's odds, and what is legal now. */
export type PrivatePart = {
  brief: PrivateBrief | null;
  briefs: Record<string, PrivateBrief> | null;
  preview: PrivatePreview | null;
  myScore: SeatScore | null;
  liveOdds: PlayerView["liveOdds"];
  legal: ActionType[];
};

/** The table at one moment. */
export type TableSnapshot = {
  tableId: string;
  scenarioId: string;
  phase: PlayerView["phase"];
  round: number;
  year: number;
  step: "" | "event" | "moscow" | "response" | "adjudicated";
  deadline: number;
  now: number;
  paused: boolean;
  penHolder: string;
  seq: number;
  seatOrder: string[];
  seats: Record<string, SeatView>;
  draft: Record<string, string>;
  amendments: AmendmentView[];
  pub: PublicPart | null;
  mine: PrivatePart | null;
  facilitatorReadsPrivate: boolean;
};

/** Who this connection is, from the `welcome` message. */
export type Welcome = {
  protocol: number;
  tableId: string;
  viewer: { kind: "seat"; seat: string } | { kind: "facilitator" } | { kind: "moscow" } | { kind: "observer" };
  name: string;
  facilitatorReadsPrivate: boolean;
};

/** A chat message as the server relays it. */
export type ChatMessage = {
  tableId: string;
  seq: number;
  channel: string;
  fromSeat: string | null;
  fromName: string;
  /** What was said; a bot's line in English. */
  text: string;
  at: number;
  /** A bot's line in structured form, unchecked as received: read it through panels/chat-text.ts. */
  speech?: unknown;
};

/** What a person sends to chat. */
export type ChatSend = { channel: "table" | "bilateral" | "delegation" | "broadcast"; to?: string; text: string };

/** A refusal from the room, sent to this connection only. */
export type RoomError = { code: string; message: string; issues?: unknown; at: number; id: number };

export type { GameEvent, PublicScenario };
