// The table contract (`@ironclad/engine/protocol`): what a client and the server agree on over the
// wire (docs/protocol.md). The version, the actions a client may send, every error code either side
// can give, the chat channels' names, and the wire shapes the server sends, derived from the engine's
// own types. It carries no scenario data: the browser imports it.
import { z } from "zod";
import {
  type Action,
  type ActionInput,
  type ActionParseError,
  type Actor,
  actionSchema,
  invalidAction,
  parseAction,
} from "./actions.ts";
import type { AwaitedStep } from "./awaited-seats.ts";
import type { LocalizedText, MoscowAction, Response } from "./scenario.ts";
import type { GameState, SeatState } from "./state.ts";
import type { TalkSpeech } from "./talk.ts";
import type { PlayerView, Viewer } from "./view.ts";

/**
 * The wire protocol's version; a client sends its own when joining and is refused when it differs.
 * 3: the public document and each private one travel in parts (`documentParts`), not whole.
 */
export const PROTOCOL_VERSION = 3;

// ---------------------------------------------------------------------------------------------
// Actions

/** Every action as a client sends it: without `actor` and `at`, which the server sets; sending them is refused. */
export const clientActionSchema = z.discriminatedUnion(
  "type",
  actionSchema.options.map((o: z.ZodObject) => o.omit({ actor: true, at: true })) as [z.ZodObject, ...z.ZodObject[]],
) as unknown as z.ZodType<ClientAction, ClientActionInput>;
type WithoutActorAt<A> = A extends unknown ? Omit<A, "actor" | "at"> : never;
/** An action as a client sends it, defaults applied. */
export type ClientAction = WithoutActorAt<Action>;
/** An action as a client may write it, before defaults (e.g. `seat/ready` without `ready`). */
export type ClientActionInput = WithoutActorAt<ActionInput>;

/**
 * What an action sent by `actor` means: the server stamps `at` with its clock. Refuses input that is
 * not an action, that sets `actor` or `at` itself, or that is not valid for its type.
 */
export function parseClientAction(
  input: unknown,
  actor: Actor,
  at: number,
): { ok: true; action: Action } | { ok: false; error: ActionParseError } {
  if (typeof input !== "object" || input === null || Array.isArray(input))
    return {
      ok: false,
      error: { code: "action/invalid", message: "An action is an object with a `type`.", issues: [] },
    };
  if ("actor" in input || "at" in input)
    return {
      ok: false,
      error: {
        code: "action/invalid",
        message: "The server sets `actor` and `at`; do not send them.",
        issues: [{ path: "actor" in input ? "actor" : "at", message: "set by the server" }],
      },
    };
  const r = clientActionSchema.safeParse(input);
  if (!r.success) return { ok: false, error: invalidAction(r.error) };
  // The full schema again, with the server's stamps: it also checks what spans fields (an injected event's source).
  return parseAction({ ...r.data, actor, at });
}

/**
 * Who acts for `viewer` at this table: its seat, the facilitator, or the red cell's seat for a
 * human Moscow (whatever its id); null for an observer or a seat not at this table.
 */
export function actorOf(state: GameState, viewer: Viewer): Actor | null {
  if (viewer.kind === "seat") return state.seats[viewer.seat] ? { kind: "seat", seat: viewer.seat } : null;
  if (viewer.kind === "facilitator") return { kind: "facilitator" };
  if (viewer.kind === "moscow") {
    const red = Object.values(state.seats).find((s) => s.redCell);
    return red ? { kind: "seat", seat: red.id } : null;
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Error codes: a closed list. Each has a sentence in English and Ukrainian in the client's catalogues
// (`error.<code>`), and docs/protocol.md names each.

/** Every code the engine refuses an action with (`apply`, `parseAction`), besides `engine/internal` for a bug. */
export const RULE_CODES = [
  "action/invalid",
  "actor/forbidden",
  "engine/internal",
  "game/over",
  "phase/wrong_phase",
  "phase/untimed",
  "phase/not_expired",
  "table/paused",
  "table/not_paused",
  "table/already_paused",
  "table/bad_seats",
  "seat/not_seated",
  "seat/not_yours",
  "seat/red_cell",
  "seat/no_change",
  "draft/not_pen_holder",
  "draft/use_the_pen",
  "draft/no_change",
  "draft/already_holds_pen",
  "draft/unknown_issue",
  "draft/unknown_option",
  "draft/unknown_amendment",
  "draft/own_amendment",
  "draft/duplicate_amendment",
  "draft/too_many_amendments",
  "draft/amendment_closed",
  "draft/already_supported",
  "draft/already_opposed",
  "pen/already_holder",
  "pen/already_requested",
  "pen/no_request",
  "pen/already_backed",
  "pen/not_due",
  "poll/already_asked",
  "poll/open",
  "poll/not_found",
  "poll/already_answered",
  "poll/closed",
  "poll/bad_blockers",
  "offer/too_many",
  "offer/self",
  "offer/unknown_seat",
  "offer/unknown_amendment",
  "offer/closed_amendment",
  "offer/duplicate_term",
  "offer/not_pen_holder",
  "offer/own_amendment",
  "offer/not_found",
  "offer/closed",
  "offer/not_yours",
  "offer/own_offer",
  "position/no_change",
  "vote/not_open",
  "vote/already_cast",
  "vote/red_line",
  "vote/no_calls_left",
  "vote/draft_incomplete",
  "stress/wrong_step",
  "stress/not_a_responder",
  "stress/already_responded",
  "stress/not_protected",
  "stress/already_moved",
  "event/unknown_card",
  "event/not_started",
  "event/year_adjudicated",
] as const;
/** A code the engine refuses an action with. */
export type RuleCode = (typeof RULE_CODES)[number];

/** Every code the server gives besides the engine's: the HTTP API's errors, the room's, and warnings. */
export const SERVER_CODES = [
  // HTTP
  "request/invalid",
  "request/bad_json",
  "request/too_large",
  "request/unsupported_charset",
  "request/not_found",
  "request/rate_limited",
  "request/origin_forbidden",
  "scenario/not_found",
  "scenario/invalid",
  "scenario/exists",
  "scenario/too_large",
  "scenario/too_deep",
  "scenario/bad_json",
  "balance/not_found",
  "balance/busy",
  "session/bad_seats",
  "session/bad_bots",
  "session/bad_timings",
  "session/unauthorised",
  "table/not_found",
  "table/ended",
  "table/not_running",
  "table/full",
  "table/not_listed",
  "watch/off",
  "seat/unknown",
  "seat/taken",
  "seat/assigned_by_facilitator",
  "seat/red_cell_is_bot",
  "person/not_found",
  "person/removed",
  "person/not_removed",
  "replay/bad_step",
  "replay/bad_viewer",
  "replay/unknown_seat",
  "replay/broken_log",
  "server/internal",
  // The table room
  "seat/observer",
  "store/unavailable",
  "message/unknown_type",
  "chat/invalid",
  "chat/too_fast",
  "chat/not_at_table",
  "chat/facilitator_only",
  "chat/no_delegation",
  "chat/not_a_seat",
  "chat/unknown_seat",
  "chat/no_facilitator",
  "chat/muted",
  "typing/invalid",
  "watch/not_opener",
  "rematch/not_over",
  "rematch/facilitated",
  "rematch/open",
  "rematch/not_found",
  "rematch/not_invited",
  "rematch/closed",
  "rematch/expired",
  // Warnings on an action that applied
  "redcell/empty",
] as const;
/** A code the server gives besides the engine's. */
export type ServerCode = (typeof SERVER_CODES)[number];

/** Every code a client can receive, in an error or a warning. */
export const ERROR_CODES: readonly ErrorCode[] = [...RULE_CODES, ...SERVER_CODES];
/** A code a client can receive. */
export type ErrorCode = RuleCode | ServerCode;

/**
 * The WebSocket close codes the table room gives besides Colyseus's own (docs/protocol.md, "Close
 * codes"). Neither is a drop: the SDK does not resume the session by itself, and the web client says
 * why and offers to connect again.
 */
export const CLOSE_CODES = {
  /** Another connection took this one's session with its reconnection token: the seat was opened elsewhere. */
  seatOpenedElsewhere: 4409,
  /** More than `MAX_MESSAGES_PER_SECOND` messages came in one second: the connection is cut off. */
  tooManyMessages: 4429,
} as const;

/** The most messages one connection may send the table room in a second; more closes it (`CLOSE_CODES.tooManyMessages`). */
export const MAX_MESSAGES_PER_SECOND = 20;

// ---------------------------------------------------------------------------------------------
// Chat

/**
 * A channel: the table, a bilateral pair, a seat's own delegation, the facilitator's broadcast, or
 * a seat's private line to the facilitator (its people and the facilitator write and read it).
 */
export type Channel =
  | { kind: "table" }
  | { kind: "bilateral"; seats: [string, string] }
  | { kind: "delegation"; seat: string }
  | { kind: "broadcast" }
  | { kind: "facilitator"; seat: string };

/** The longest message a person may send. */
export const MAX_CHAT_LENGTH = 500;

/**
 * The chat message a client sends. `to` names the other seat of a bilateral channel, or the seat the
 * facilitator answers on its line to the facilitator.
 */
export const chatSendSchema = z
  .object({
    channel: z.enum(["table", "bilateral", "delegation", "broadcast", "facilitator"]),
    to: z.string().max(32).optional(),
    text: z.string().trim().min(1, "say something").max(MAX_CHAT_LENGTH, `at most ${MAX_CHAT_LENGTH} characters`),
  })
  .strict();
/** What a person sends to chat. */
export type ChatSend = z.input<typeof chatSendSchema>;

/**
 * The name of a channel on the wire and in the store: `table`, `bilateral:<a>:<b>` (sorted),
 * `delegation:<seat>`, `broadcast`, `facilitator:<seat>`.
 */
export function channelKey(c: Channel): string {
  switch (c.kind) {
    case "table":
    case "broadcast":
      return c.kind;
    case "bilateral":
      return `bilateral:${[...c.seats].sort().join(":")}`;
    case "delegation":
      return `delegation:${c.seat}`;
    case "facilitator":
      return `facilitator:${c.seat}`;
  }
}

/** Parses a channel's name back. */
export function parseChannelKey(key: string): Channel | null {
  if (key === "table" || key === "broadcast") return { kind: key };
  const [kind, a, b] = key.split(":");
  if (kind === "bilateral" && a && b) return { kind, seats: [a, b] };
  if (kind === "delegation" && a) return { kind, seat: a };
  if (kind === "facilitator" && a) return { kind, seat: a };
  return null;
}

/** A chat message as the server stores and relays it (`chat`, `chat/history`). */
export interface ChatMessage {
  tableId: string;
  seq: number;
  /** A channel's name (`channelKey`). */
  channel: string;
  /** The speaking seat, or null for the facilitator. */
  fromSeat: string | null;
  fromName: string;
  /** What was said; for a bot, its line in English (logs, reports, and readers without the form below). */
  text: string;
  at: number;
  /** A bot's line in structured form (template and slot ids), for each reader to render in their own language. */
  speech?: TalkSpeech;
}

/** What a client sends while its person types: the channel of the message being written. */
export const typingSendSchema = z
  .object({
    channel: z.enum(["table", "bilateral", "delegation", "facilitator"]),
    to: z.string().max(32).optional(),
  })
  .strict();
/** Where a person is typing, as sent to the server (a chat channel without the text). */
export type TypingSend = z.input<typeof typingSendSchema>;

/** `typing`: a person of `seat` is writing in `channel` (a channel's name); show it for `ttlMs` unless renewed. */
export type TypingNotice = { seat: string; channel: string; ttlMs: number };

/**
 * `clock`: the server's time (ms since epoch) as it sends the message, on every join and reconnect.
 * The state's `now` is the time of the table's last action, not the time now: a page opened at a quiet
 * table that set its clock from it showed the time left at that action (#18, item 3).
 */
export type ClockNotice = { now: number };

// ---------------------------------------------------------------------------------------------
// Catch-up (`catch-up`): what a person finds on taking a seat back from its keeper, or over from a bot

/** What a seat-keeper did for absent people, as data: each reader's client words it. */
export type KeeperDeed =
  | { act: "accepted"; amendment: number; by: string; issue: string; option: string }
  | { act: "supported"; amendment: number; issue: string; option: string }
  | { act: "signed" | "declined"; vote: number }
  | { act: "answered"; year: number; moscow: MoscowAction; response: Response; bound: boolean };

/** One line of a catch-up, as data (ids of seats, issues and options; the client names them). */
export type CatchUpLine =
  | { kind: "draft-same" }
  | { kind: "draft-changed"; issue: string; from: string | null; to: string | null }
  | { kind: "posted"; count: number; open: number }
  | { kind: "amendment"; id: number; by: string; issue: string; option: string | null; status: string }
  | { kind: "vote"; id: number; calledBy: string; result: "concluded" | "failed" | "open"; signatories: string[] }
  | { kind: "year"; year: number; event: LocalizedText | null; moscow: MoscowAction | null; broken: string[] }
  | { kind: "deed"; deed: KeeperDeed }
  | { kind: "no-deeds" }
  | { kind: "pen" }
  | { kind: "own-amendment"; id: number; issue: string; option: string | null }
  | { kind: "offer"; id: number; by: string; to: string | null }
  | { kind: "now"; phase: GameState["phase"]; step: GameState["step"]; round: number };

/**
 * `catch-up`, to one person: `away`, the seat-keeper hands the seat back with what happened while its
 * people were away and what it did; `handover`, the person takes the seat over from a bot, which
 * leaves what it has open (its amendments, offers, the pen).
 */
export type CatchUp = { reason: "away" | "handover"; lines: CatchUpLine[] };

// ---------------------------------------------------------------------------------------------
// A rematch from the debrief (#21, item 3; docs/protocol.md, "rematch")

/** How a rematch seats its people: each in their own seat, or each one place on among the people. */
export type RematchSeating = "kept" | "rotated";

/** The `rematch/offer` message: a seated person at a quick game's debrief offers the table a rematch. */
export const rematchOfferSchema = z.object({ seats: z.enum(["kept", "rotated"]) }).strict();
export type RematchOfferSend = z.infer<typeof rematchOfferSchema>;

/** The `rematch/answer` message: yes or no to the offer `offer` (its maker's no withdraws it). */
export const rematchAnswerSchema = z.object({ offer: z.number().int().min(1), accept: z.boolean() }).strict();
export type RematchAnswerSend = z.infer<typeof rematchAnswerSchema>;

/** A person the offer was made to, by seat: their answer, and the seat the rematch gives them. */
export type RematchPerson = {
  seat: string;
  name: string;
  /** Their seat at the rematch: their own when seats are kept; the next person's when rotated. */
  to: string;
  answer: "accepted" | "declined" | "waiting";
  /** Whether a page of theirs is connected now (only connected people are waited for). */
  connected: boolean;
  /** They left the table (`leave`): never carried over. */
  left: boolean;
};

/** The `rematch` message: the table's rematch offer as everyone at the table sees it. */
export type RematchNotice = {
  offer: number;
  by: { seat: string; name: string };
  seats: RematchSeating;
  /** Server ms when the offer starts with whoever accepted, or expires. */
  deadline: number;
  status: "open" | "started" | "expired" | "withdrawn";
  /** Why it closed without a table: `rematch/expired` when nobody who accepted was left at the table. */
  reason: ErrorCode | null;
  people: RematchPerson[];
  /** The new table, once started (its seat tokens go to its people alone, in `rematch/go`). */
  tableId: string | null;
};

/** The `rematch/go` message, to one person: their place at the rematch's new table. */
export type RematchGo = { tableId: string; number: number; code: string; seat: string; seatToken: string };

// ---------------------------------------------------------------------------------------------
// Documents in parts (docs/protocol.md, "Documents in parts")

/**
 * A JSON document as the table's state carries it (`publicParts`, a private part's `parts`): a map
 * from a part's key to that part's JSON text, so a patch carries only the parts that changed.
 * Each top-level field `k` is one part; a field whose value is an object holds the marker `{}` at
 * `k` and each entry `j` at `k/j`; an array holds `[]` at `k` and its element `i` at `k/i`, or, for
 * an array of objects in ascending order of a numeric field `f` (`KEYED_ARRAYS`), `["f"]` at `k`
 * and each element at `k/<its f>`, so an element keeps its part when an earlier one leaves.
 */
export type DocumentParts = { entries(): Iterable<[string, string]> } | Readonly<Record<string, string>>;

/** The arrays of the table's documents whose elements are keyed by a field of theirs: field → key field. */
export const KEYED_ARRAYS: Readonly<Record<string, string>> = {
  affordances: "amendment",
  offerAffordances: "offer",
  polls: "id",
  offers: "id",
};

/** The parts of `doc` (fields whose value is undefined are left out, as JSON leaves them out). */
export function documentParts(doc: Readonly<Record<string, unknown>>): Map<string, string> {
  const parts = new Map<string, string>();
  for (const key in doc) fieldParts(key, doc[key], parts);
  return parts;
}

/**
 * Adds the parts of field `key` of value `value` to `into`; `text` writes an element's or entry's
 * JSON (a caller may keep texts it has written before).
 */
export function fieldParts(
  key: string,
  value: unknown,
  into: Map<string, string>,
  text: (value: unknown) => string | undefined = JSON.stringify,
): void {
  if (value === undefined) return;
  if (Array.isArray(value)) {
    const by = arrayKeyOf(key, value);
    if (by !== null) {
      into.set(key, JSON.stringify([by]));
      for (const element of value as Record<string, unknown>[])
        into.set(`${key}/${element[by]}`, text(element) ?? "null");
      return;
    }
    into.set(key, "[]");
    for (let i = 0; i < value.length; i++) into.set(`${key}/${i}`, text(value[i]) ?? "null");
  } else if (value !== null && typeof value === "object") {
    into.set(key, "{}");
    for (const [entry, v] of Object.entries(value)) {
      const part = text(v);
      if (part !== undefined) into.set(`${key}/${entry}`, part);
    }
  } else {
    const part = JSON.stringify(value);
    if (part !== undefined) into.set(key, part);
  }
}

/** The field that keys the elements of array field `key` of value `list` (`KEYED_ARRAYS`), or null: by index. */
export function arrayKeyOf(key: string, list: readonly unknown[]): string | null {
  const by = KEYED_ARRAYS[key];
  return by !== undefined && ascendingBy(list, by) ? by : null;
}

/** Whether every element of `list` is an object whose numeric `field` grows from one to the next. */
function ascendingBy(list: readonly unknown[], field: string): list is Record<string, number>[] {
  let last = Number.NEGATIVE_INFINITY;
  for (const element of list) {
    const n = (element as Record<string, unknown> | null)?.[field];
    if (typeof n !== "number" || !Number.isFinite(n) || n <= last) return false;
    last = n;
  }
  return true;
}

/**
 * The document that `parts` hold (the key order of its objects is not significant), or null when
 * there are none; a part that is not JSON, or an element or entry whose field is not an array or
 * object, is skipped.
 */
export function joinDocument(parts: DocumentParts | null | undefined): Record<string, unknown> | null {
  if (!parts) return null;
  // A Map or a decoded MapSchema, or the plain object a state's toJSON() gives.
  const entries: [string, string][] =
    typeof parts.entries === "function"
      ? [...(parts as { entries(): Iterable<[string, string]> }).entries()]
      : Object.entries(parts as Record<string, string>);
  if (entries.length === 0) return null;
  const doc: Record<string, unknown> = {};
  const read = (text: string): unknown => {
    try {
      return JSON.parse(text);
    } catch {
      return undefined;
    }
  };
  // Arrays keyed by a field: their elements by key, sorted once all are in.
  const keyed = new Map<string, [number, unknown][]>();
  for (const [key, text] of entries) {
    if (key.includes("/")) continue;
    const value = read(text);
    if (Array.isArray(value) && value.length === 1 && typeof value[0] === "string") {
      keyed.set(key, []);
      doc[key] = [];
    } else doc[key] = value;
  }
  for (const [key, text] of entries) {
    const slash = key.indexOf("/");
    if (slash < 0) continue;
    const name = key.slice(0, slash);
    const field = doc[name];
    const value = read(text);
    if (value === undefined || field === null || typeof field !== "object") continue;
    const byKey = keyed.get(name);
    if (byKey) byKey.push([Number(key.slice(slash + 1)), value]);
    else if (Array.isArray(field)) field[Number(key.slice(slash + 1))] = value;
    else (field as Record<string, unknown>)[key.slice(slash + 1)] = value;
  }
  for (const [name, elements] of keyed) doc[name] = elements.sort((a, b) => a[0] - b[0]).map(([, v]) => v);
  return doc;
}

// ---------------------------------------------------------------------------------------------
// The table's state and the console, as the server sends them

/** Who holds a seat, as the room adds it to the engine's seat. */
export interface SeatPresence {
  /** Display names of the delegation's people. */
  people: string[];
  /** How many of them are connected now. */
  connected: number;
  /** People seated but none connected: the seat waits (or its keeper bot holds it). */
  away: boolean;
}
/** A seat as everyone sees it (the schema's `SeatPublic`). */
export type SeatView = Omit<SeatState, "honouredPromises"> & SeatPresence;

/**
 * The phase's clock as the room's state carries it, from the view's `deadline` and `paused`: the
 * deadline (server ms; 0 when none runs), whether it is paused, and the time a paused phase keeps
 * for its resume (`paused.remainingMs`; 0 when running or untimed). A paused clock has no deadline
 * to count down to: a client shows the time kept, standing still.
 */
export type PhaseClockWire = {
  deadline: NonNullable<PlayerView["deadline"]>;
  paused: boolean;
  remainingMs: NonNullable<NonNullable<PlayerView["paused"]>["remainingMs"]>;
};

/**
 * A table as one of its people sees it in their list (`POST /api/tables/mine`); `found: false` when
 * the seat token opens nothing.
 */
export type MyTable =
  | { tableId: string; found: false }
  | {
      tableId: string;
      found: true;
      code: string;
      number: number;
      /** Their seat (null: they watch). */
      seat: string | null;
      status: "open" | "finished" | "ended";
      /** The game's phase: the running room's, "debrief" once over, null while the table runs nowhere. */
      phase: GameState["phase"] | null;
      round: number | null;
      year: number | null;
      endedAt: number | null;
      /** Until when its debrief can be opened (null while it is played). */
      debriefUntil: number | null;
    };

/** A table at a glance, for the facilitator's console. */
export type TableSummary = {
  tableId: string;
  code: string;
  phase: GameState["phase"];
  round: number;
  year: number;
  step: GameState["step"];
  deadline: number | null;
  paused: boolean;
  seq: number;
  penHolder: string | null;
  controllers: Record<string, SeatState["controller"]>;
  connected: Record<string, number>;
  draftFilled: number;
  draftSize: number;
  lastActivityAt: number;
  stalled: boolean;
  /** Why the facilitator cannot inject an event now (the engine's rule), or null when it can. */
  injectRefusal: { code: RuleCode; message: string } | null;
  /** A human red cell: its seat and how many people hold it (0: a bot takes its steps); null otherwise. */
  redCell: { seat: string; people: number } | null;
  /** The seats the table waits on now and what each owes: a ballot, a stress response or the protected state's move. */
  awaited: Partial<Record<string, AwaitedStep>>;
};

/** A table on the console: its summary when it runs, its stored status always. */
export type ConsoleTable = {
  tableId: string;
  /** Table 1, 2, ... in the session. */
  number: number;
  code: string;
  status: string;
  running: boolean;
  summary: TableSummary | null;
  /** A fork: the table and step it started from (it ranks and takes late joiners only as told); absent otherwise. */
  forkedFrom?: ForkOrigin;
};

/** Where a forked table started: the table (and its number) and how many of its actions it took over. */
export type ForkOrigin = { tableId: string; number: number; step: number };

// ---------------------------------------------------------------------------------------------
// Session settings (`POST /api/sessions`)

/** A seat id in a request body. */
export const sessionSeatIdSchema = z.string().regex(/^[a-z][a-z0-9-]*$/, "seat ids are lowercase, e.g. `kyiv`");
const seatId = sessionSeatIdSchema;
const personality = z.enum(["hardliner", "pragmatist", "conciliator"]);

/** What a session may set of a table's clock, with its limits (seconds, or a count); the setup form shows the same. */
export const SESSION_TIMING_LIMITS = {
  briefingSeconds: { min: 0, max: 3600 },
  rounds: { min: 1, max: 10 },
  roundSeconds: { min: 30, max: 7200 },
  voteSeconds: { min: 10, max: 600 },
  years: { min: 1, max: 10 },
  moscowSeconds: { min: 10, max: 600 },
  responseSeconds: { min: 10, max: 600 },
} as const;
/** A clock setting a session may give. */
export type SessionTimingKey = keyof typeof SESSION_TIMING_LIMITS;

const timing = (key: SessionTimingKey) =>
  z.number().int().min(SESSION_TIMING_LIMITS[key].min).max(SESSION_TIMING_LIMITS[key].max);

/** A table's clock, each part optional (the scenario's own timings fill the rest). */
export const sessionTimingsSchema = z
  .object({
    briefingSeconds: timing("briefingSeconds"),
    rounds: timing("rounds"),
    roundSeconds: timing("roundSeconds"),
    voteSeconds: timing("voteSeconds"),
    years: timing("years"),
    moscowSeconds: timing("moscowSeconds"),
    responseSeconds: timing("responseSeconds"),
  })
  .partial()
  .strict()
  .default({});

/** POST /api/sessions body. */
export const sessionSettingsSchema = z
  .object({
    scenario: z.string().min(1).max(64).optional(),
    name: z
      .string()
      .trim()
      .max(80)
      .refine((s) => !/\p{Cc}/u.test(s), "a session name cannot contain control characters")
      .optional()
      .describe("The facilitator's name for the session (a class, a date), shown on their own pages."),
    tables: z.number().int().min(1).max(50).default(1),
    seats: z
      .array(seatId)
      .min(3)
      .max(9)
      .optional()
      .describe("Negotiating seats in play; the scenario's default table when absent."),
    timings: sessionTimingsSchema,
    bots: z.record(seatId, personality).default({}).describe("Bot personality per seat; pragmatist when absent."),
    readPrivate: z
      .boolean()
      .default(false)
      .describe("Whether the facilitator may read bilateral and delegation channels."),
    moscow: z
      .enum(["bot", "sharp", "human"])
      .default("bot")
      .describe(
        "Moscow: a bot drawing from the deal model's odds, the sharp bot that presses where Western division shows, or a person (red cell).",
      ),
    delegationSize: z.number().int().min(1).max(5).default(1).describe("People per seat."),
    seatChoice: z.enum(["free", "facilitator"]).default("free").describe("Whether people choose their seat."),
    listed: z.boolean().default(false).describe("List the tables publicly for strangers to join."),
    retentionDays: z
      .number()
      .int()
      .min(1)
      .max(365)
      .nullable()
      .default(30)
      .describe("Days after which the session's data is deleted; null keeps it until deleted by hand."),
  })
  .strict();
/** Validated session settings, defaults applied. */
export type SessionSettings = z.output<typeof sessionSettingsSchema>;
/** Session settings as a client sends them: every field optional. */
export type SessionSettingsInput = z.input<typeof sessionSettingsSchema>;
