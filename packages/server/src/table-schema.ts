// The table as Colyseus schema: the public state everyone receives as patches, and private
// parts (a seat's brief, the facilitator's all-briefs, Moscow's live odds) that only reach
// the clients whose StateView holds them.
import { schema, t } from "@colyseus/schema";
import { PROTOCOL_VERSION } from "@ironclad/engine/protocol";

/** A seat as everyone sees it. */
export const SeatPublic = schema(
  {
    id: t.string(),
    controller: t.string().default("bot"),
    redCell: t.boolean().default(false),
    capital: t.number().default(0),
    resolve: t.number().default(0),
    capacity: t.number().default(0),
    ready: t.boolean().default(false),
    votesCalled: t.uint8().default(0),
    brokenPromises: t.uint8().default(0),
    /** Display names of the delegation's people. */
    people: t.array("string"),
    /** How many of them are connected now. */
    connected: t.uint8().default(0),
    /** People seated but none connected: the seat waits (or its keeper bot holds it). */
    away: t.boolean().default(false),
  },
  "SeatPublic",
);
export type SeatPublic = InstanceType<typeof SeatPublic>;

/** An amendment to the working draft. */
export const AmendmentPublic = schema(
  {
    id: t.uint32().default(0),
    by: t.string(),
    issue: t.string(),
    /** The proposed option id; "" proposes to blank the issue. */
    option: t.string(),
    supporters: t.array("string"),
    opponents: t.array("string"),
    status: t.string(),
    round: t.uint8().default(0),
    at: t.float64().default(0),
  },
  "AmendmentPublic",
);
export type AmendmentPublic = InstanceType<typeof AmendmentPublic>;

/** Characters per piece of a long text in the schema (at most 12 KB of UTF-8, under the encoder's 16 KB). */
export const BRIEF_PIECE = 4096;

/** A private part, as JSON: one per seat (`seat:<id>`), `facilitator` and `moscow`. */
export const PrivatePart = schema(
  {
    audience: t.string(),
    /**
     * `{ brief, briefs }` as JSON, in pieces of at most `BRIEF_PIECE` characters to be joined in
     * order: written once, since the briefs never change during a game. In pieces because
     * @colyseus/schema corrupts a single string longer than its encoder's free buffer (16 KB): the
     * facilitator's every-brief text in five languages is 40–70 KB, and reached clients as zeros.
     */
    briefs: t.array("string"),
    /** Everything else private, a document in parts (`joinDocument` reads it): only the parts that change are sent. */
    parts: t.map("string"),
  },
  "PrivatePart",
);
export type PrivatePart = InstanceType<typeof PrivatePart>;

/** The room's state. Structured where it changes often; JSON where it is large and changes rarely. */
export const TableState = schema(
  {
    protocol: t.uint8().default(PROTOCOL_VERSION),
    tableId: t.string(),
    scenarioId: t.string(),
    phase: t.string().default("lobby"),
    round: t.uint8().default(0),
    year: t.uint8().default(0),
    step: t.string(),
    /** Server time (ms since epoch) when the current phase ends; 0 when untimed or paused. */
    deadline: t.float64().default(0),
    /** Server time of the table's last action (not the time now: clients set their clocks from the `clock` message). */
    now: t.float64().default(0),
    paused: t.boolean().default(false),
    /** While paused: the ms the phase keeps for its resume (0 when running or untimed). */
    remainingMs: t.float64().default(0),
    penHolder: t.string(),
    seq: t.uint32().default(0),
    seatOrder: t.array("string"),
    seats: t.map(SeatPublic),
    /** Issue id → option id ("" = blank). */
    draft: t.map("string"),
    amendments: t.array(AmendmentPublic),
    /** Votes, framework, years, table stats, read-outs, outcome and public scores: the observer's view, a document in parts. */
    publicParts: t.map("string"),
    /**
     * The public events of the last accepted action, as JSON `{ seq, events }`: they ride in that
     * action's own patch (one message per client per action, not a patch and an events message).
     */
    eventsJson: t.string(),
    /** Whether the facilitator may read bilateral and delegation channels: every player is told. */
    facilitatorReadsPrivate: t.boolean().default(false),
    /** How many connections watch the table now (#21, item 2): by its watch link, or seatless at a table where people choose seats. */
    watchers: t.uint16().default(0),
    /** Whether people may watch the table by its watch link now; its opener switches it. */
    watching: t.boolean().default(true),
    /** Private parts; each client's view holds only those it is entitled to. */
    privates: t.map(PrivatePart).view(),
  },
  "TableState",
);
export type TableState = InstanceType<typeof TableState>;
