// A live connection to one table room over @colyseus/sdk: joins with the stored seat token,
// rejoins after a drop, decodes the state into plain snapshots and collects messages.
// Loaded only by the /play page (the SDK stays out of the landing bundle).
import { Client, type Room } from "@colyseus/sdk";
import {
  type CatchUp,
  type ChatMessage,
  type ChatSend,
  CLOSE_CODES,
  type ClientAction,
  type ClockNotice,
  type DocumentParts,
  joinDocument,
  PROTOCOL_VERSION,
  type RematchGo,
  type RematchNotice,
  type RematchSeating,
  type TypingNotice,
  type TypingSend,
} from "@ironclad/engine/protocol";
import { offsetAfter } from "./server-clock.ts";
import type {
  GameEvent,
  PrivatePart,
  PublicPart,
  PublicScenario,
  RoomError,
  TableSnapshot,
  Welcome,
} from "./table-types.ts";
import { addTyping, pruneTyping, type Typing, typingAfterMessage, typingThrottle } from "./typing.ts";

/** Where the connection stands. */
export type ConnectionStatus = "connecting" | "open" | "reconnecting" | "failed" | "closed";

/**
 * Why a connection could not be made or was closed: a token the server refused, an ended or unknown
 * table, no server; or the server closed it because this seat was opened elsewhere (`elsewhere`) or
 * this page sent too many messages (`too_fast`), where the page offers to connect again.
 */
export type ConnectionFailure = {
  kind:
    | "token"
    | "ended"
    | "not_found"
    | "unreachable"
    | "protocol"
    | "removed"
    | "elsewhere"
    | "too_fast"
    | "watching_off";
  message: string;
};

/** What the room's own close codes mean to this page (docs/protocol.md, "Close codes"). */
const CLOSED_BY_SERVER: Record<number, ConnectionFailure["kind"]> = {
  [CLOSE_CODES.seatOpenedElsewhere]: "elsewhere",
  [CLOSE_CODES.tooManyMessages]: "too_fast",
};

/** Where the facilitator moved this person: another table of the session, which the same seat token opens. */
export type MovedTo = { tableId: string; number: number; code: string; seat: string | null };

/** A batch of events as it arrived, numbered. */
export type EventBatch = { id: number; events: GameEvent[]; at: number };

/** Everything the page renders from. Replaced (never mutated) on every change. */
export type ConnectionView = {
  status: ConnectionStatus;
  failure: ConnectionFailure | null;
  welcome: Welcome | null;
  scenario: PublicScenario | null;
  snapshot: TableSnapshot | null;
  chat: ChatMessage[];
  errors: RoomError[];
  events: EventBatch[];
  /** Seats typing in channels this person may read (transient notices, expiring by themselves). */
  typing: Typing[];
  /** Server clock minus this browser's clock, ms (net/server-clock.ts: from the room's `clock` message). */
  clockOffset: number;
  /** Set when the facilitator moved this person to another table: the page goes there. */
  moved: MovedTo | null;
  /** What the facilitator last said about this person's voice: muted, unmuted, or nothing yet (null). */
  muted: boolean | null;
  /** What the person finds on taking the seat back from its keeper, or over from a bot (the latest). */
  catchUp: CatchUp | null;
  /** Set once this person has left the table (`leave`, #21): the seat is a bot's, the token dead. */
  left?: true;
  /** The table's rematch offer as it stands (#21, item 3), once one is made. */
  rematch?: RematchNotice;
  /** This person's place at the rematch's new table: the page keeps the token and goes there. */
  rematchGo?: RematchGo;
};

/** A table connection the page subscribes to. */
export interface TableConnection {
  get(): ConnectionView;
  /**
   * Calls `listener` with the view now, then after every change. Called at once because a page
   * subscribes after it first renders: a join that moved on in between would otherwise leave it
   * on a stale "connecting" until the table next changed, which at a quiet table is never.
   */
  subscribe(listener: (view: ConnectionView) => void): () => void;
  send(action: ClientAction): void;
  chat(message: ChatSend): void;
  /** Tells the channel's readers this person is typing there (throttled here; call it on every keystroke). */
  typing(where: TypingSend): void;
  /** Leaves the table for good: the seat goes to a bot (the room may refuse, with an error). */
  leave(): void;
  /** Switches watching by the watch link on or off (the table's opener only; others are refused). */
  setWatching(on: boolean): void;
  /** Offers the table a rematch from its debrief, seats kept or rotated (#21, item 3). */
  offerRematch(seats: RematchSeating): void;
  /** Accepts or declines the rematch offer numbered `offer` (the offerer's no withdraws it). */
  answerRematch(offer: number, accept: boolean): void;
  dismissError(id: number): void;
  close(): Promise<void>;
}

const MAX_EVENTS = 200;
const REJOIN_ATTEMPTS = 40;
/** How long a join may go unanswered before it is given up and tried again (a lost request must not spin forever). */
const JOIN_TIMEOUT_MS = 20_000;

/** Decodes a room's state into a snapshot (the private part is this viewer's only one). */
export function decodeState(raw: Record<string, unknown>): TableSnapshot {
  return stateDecoder()(raw);
}

/**
 * A decoder for one room's successive states: each snapshot keeps the parts of the last one that did
 * not change (the same objects), and a document's fields whose parts are the same texts are not parsed
 * again (#19). Panels and the stage that read only unchanged parts are then given the same objects.
 */
export function stateDecoder(): (raw: Record<string, unknown>) => TableSnapshot {
  const readPublic = documentReader();
  const readPrivate = documentReader();
  let last: TableSnapshot | null = null;
  let lastRest: PrivatePart | null = null;
  let lastBriefs: string | undefined;
  let lastBriefsRead: Pick<PrivatePart, "brief" | "briefs" | "redCellBrief" | "pressure"> | null = null;
  let lastMine: TableSnapshot["mine"] = null;
  return (raw) => {
    const privates = (raw.privates ?? {}) as Record<string, { parts?: DocumentParts; briefs?: string[] }>;
    const part = Object.values(privates)[0];
    // Documents come in parts, each patch with the parts that changed (docs/protocol.md, "Documents in parts").
    const rest = readPrivate(part?.parts) as PrivatePart | null;
    // The briefs come in their own field (written once); the rest changes as the table moves.
    const briefs = part?.briefs?.join("");
    if (briefs !== lastBriefs) {
      lastBriefs = briefs;
      lastBriefsRead = parseJson<Pick<PrivatePart, "brief" | "briefs" | "redCellBrief" | "pressure">>(briefs);
      lastRest = null;
    }
    const mine = rest && rest === lastRest ? lastMine : rest ? { ...rest, ...lastBriefsRead } : null;
    lastRest = rest;
    lastMine = mine;
    const next: TableSnapshot = {
      tableId: String(raw.tableId ?? ""),
      scenarioId: String(raw.scenarioId ?? ""),
      phase: (raw.phase ?? "lobby") as TableSnapshot["phase"],
      round: Number(raw.round ?? 0),
      year: Number(raw.year ?? 0),
      step: (raw.step ?? "") as TableSnapshot["step"],
      deadline: Number(raw.deadline ?? 0),
      now: Number(raw.now ?? 0),
      paused: Boolean(raw.paused),
      remainingMs: Number(raw.remainingMs ?? 0),
      penHolder: String(raw.penHolder ?? ""),
      seq: Number(raw.seq ?? 0),
      seatOrder: (raw.seatOrder ?? []) as string[],
      seats: (raw.seats ?? {}) as TableSnapshot["seats"],
      draft: (raw.draft ?? {}) as Record<string, string>,
      amendments: (raw.amendments ?? []) as TableSnapshot["amendments"],
      pub: readPublic(raw.publicParts as DocumentParts | undefined) as PublicPart | null,
      mine,
      facilitatorReadsPrivate: Boolean(raw.facilitatorReadsPrivate),
      watchers: Number(raw.watchers ?? 0),
      watching: raw.watching !== false,
    };
    last = sharedWith(last, next);
    return last;
  };
}

/**
 * A reader of one document's successive parts: what `joinDocument` makes of them, where each field
 * whose parts are the same texts as at the last read is the last read's value (not parsed again), and
 * the whole document is the last one when no field changed.
 */
export function documentReader(): (parts: DocumentParts | null | undefined) => Record<string, unknown> | null {
  let last: Record<string, unknown> | null = null;
  let lastTexts = new Map<string, string[]>();
  return (parts) => {
    const entries: [string, string][] = !parts
      ? []
      : typeof parts.entries === "function"
        ? [...(parts as { entries(): Iterable<[string, string]> }).entries()]
        : Object.entries(parts as Record<string, string>);
    // A field's parts: its own and its elements' or entries' ("field/key"), keys and texts in turn.
    const texts = new Map<string, string[]>();
    for (const [key, text] of entries) {
      const slash = key.indexOf("/");
      const name = slash < 0 ? key : key.slice(0, slash);
      const list = texts.get(name);
      if (list) list.push(key, text);
      else texts.set(name, [key, text]);
    }
    if (texts.size === 0) {
      last = null;
      lastTexts = texts;
      return null;
    }
    const doc: Record<string, unknown> = {};
    let same = last !== null && texts.size === lastTexts.size;
    for (const [name, list] of texts) {
      const before = lastTexts.get(name);
      if (last && before && sameTexts(before, list) && Object.hasOwn(last, name)) {
        doc[name] = last[name];
        continue;
      }
      same = false;
      const field: Record<string, string> = {};
      for (let i = 0; i < list.length; i += 2) field[list[i] as string] = list[i + 1] as string;
      const joined = joinDocument(field);
      if (joined && Object.hasOwn(joined, name)) doc[name] = joined[name];
    }
    if (same && last && Object.keys(last).length === Object.keys(doc).length) return last;
    last = doc;
    lastTexts = texts;
    return doc;
  };
}

function sameTexts(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * `next`, where every object or array deep-equal to the one at the same place in `prev` is `prev`'s
 * (so `prev` itself when all of it is equal): what did not change keeps its identity.
 */
export function sharedWith<T>(prev: unknown, next: T): T {
  if (prev === next || typeof next !== "object" || next === null || typeof prev !== "object" || prev === null)
    return next;
  if (Array.isArray(next)) {
    if (!Array.isArray(prev)) return next;
    let same = prev.length === next.length;
    const out = next.map((v: unknown, i) => {
      const kept = sharedWith(prev[i], v);
      if (kept !== prev[i]) same = false;
      return kept;
    });
    return (same ? prev : out) as T;
  }
  if (Array.isArray(prev)) return next;
  const before = prev as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  let count = 0;
  let same = true;
  for (const key of Object.keys(next)) {
    const kept = sharedWith(before[key], (next as Record<string, unknown>)[key]);
    if (kept !== before[key] || !Object.hasOwn(before, key)) same = false;
    out[key] = kept;
    count++;
  }
  return (same && count === Object.keys(before).length ? prev : out) as T;
}

/**
 * The toasts with `error` added, at most five. A connection error replaces the earlier one of its
 * code: an outage fails every retry, and one toast says it (#18: four or five piled up).
 */
function withError(errors: RoomError[], error: RoomError): RoomError[] {
  const kept = error.code.startsWith("net/") ? errors.filter((e) => e.code !== error.code) : errors;
  return [...kept, error].slice(-5);
}

/** The toasts once the connection is back: its errors no longer hold (the server's refusals stay). */
function withoutConnectionErrors(errors: RoomError[]): RoomError[] {
  return errors.some((e) => e.code.startsWith("net/")) ? errors.filter((e) => !e.code.startsWith("net/")) : errors;
}

function parseJson<T>(text: unknown): T | null {
  if (typeof text !== "string" || text === "") return null;
  try {
    return JSON.parse(text) as T;
  } catch {
    return null;
  }
}

function failureOf(error: unknown): ConnectionFailure {
  const code = (error as { code?: unknown })?.code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 401) return { kind: "token", message };
  if (code === 410) return { kind: "ended", message };
  if (code === 403 && /watching/i.test(message)) return { kind: "watching_off", message };
  if (code === 404 || /not found|no table/i.test(message)) return { kind: "not_found", message };
  if (code === 400 && /protocol/i.test(message)) return { kind: "protocol", message };
  return { kind: "unreachable", message };
}

/**
 * Opens a connection to `tableId` with a seat token, or with a watch link's key to watch (#21);
 * `endpoint` defaults to this page's origin.
 */
export function connectTable(
  tableId: string,
  seatToken: string | { watchKey: string },
  endpoint = window.location.origin,
): TableConnection {
  const credentials = typeof seatToken === "string" ? { seatToken } : { watchKey: seatToken.watchKey };
  const client = new Client(endpoint);
  let room: Room | null = null;
  let closed = false;
  let errorId = 0;
  let batchId = 0;
  let lastNow = 0;
  let offset: number | null = null;
  let view: ConnectionView = {
    status: "connecting",
    failure: null,
    welcome: null,
    scenario: null,
    snapshot: null,
    chat: [],
    errors: [],
    events: [],
    typing: [],
    clockOffset: 0,
    moved: null,
    muted: null,
    catchUp: null,
  };
  const listeners = new Set<(v: ConnectionView) => void>();
  const update = (patch: Partial<ConnectionView>) => {
    view = { ...view, ...patch };
    for (const l of listeners) l(view);
  };
  const typingAllowed = typingThrottle();
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  // Typing notices leave by themselves: one timer for the next to expire.
  const setTyping = (list: Typing[]) => {
    clearTimeout(typingTimer);
    update({ typing: list });
    if (list.length === 0 || closed) return;
    const next = Math.min(...list.map((t) => t.until));
    typingTimer = setTimeout(() => setTyping(pruneTyping(view.typing, Date.now())), Math.max(50, next - Date.now()));
  };

  const attach = (r: Room) => {
    room = r;
    // The SDK's own reconnection resumes the same session after a short drop; after a few tries
    // (about ten seconds) rejoining with the seat token is surer, e.g. after a server restart.
    r.reconnection.maxRetries = 6;
    // The first state a connection gets carries the events of some earlier action: not news.
    let eventsSeq: number | null = null;
    const decode = stateDecoder();
    r.onStateChange((state: { toJSON: () => Record<string, unknown> }) => {
      const raw = state.toJSON();
      const snapshot = decode(raw);
      const patch: Partial<ConnectionView> = { snapshot };
      const fresh = parseJson<{ seq: number; events: GameEvent[] }>(raw.eventsJson);
      const seq = typeof fresh?.seq === "number" ? fresh.seq : 0;
      if (eventsSeq !== null && seq > eventsSeq && Array.isArray(fresh?.events))
        patch.events = [...view.events, { id: ++batchId, events: fresh.events, at: Date.now() }].slice(-MAX_EVENTS);
      eventsSeq = Math.max(eventsSeq ?? 0, seq);
      // An action's time only tightens the offset the room's clock set: the first state's `now` may be
      // minutes old, and until the clock arrives the local clock is the better guess.
      if (snapshot.now !== lastNow && snapshot.now > 0) {
        lastNow = snapshot.now;
        if (offset !== null) offset = offsetAfter(offset, snapshot.now, Date.now());
        if (offset !== null && offset !== view.clockOffset) patch.clockOffset = offset;
      }
      // A state that changed nothing this page reads (the same snapshot) draws nothing again.
      if (snapshot === view.snapshot && !patch.events && patch.clockOffset === undefined) return;
      update(patch);
    });
    r.onMessage("clock", (c: ClockNotice) => {
      if (typeof c?.now !== "number") return;
      offset = offsetAfter(null, c.now, Date.now());
      if (offset !== null && offset !== view.clockOffset) update({ clockOffset: offset });
    });
    r.onMessage("welcome", (w: Welcome) => update({ welcome: w }));
    r.onMessage("scenario", (json: string) => update({ scenario: parseJson<PublicScenario>(json) }));
    r.onMessage("chat/history", (messages: ChatMessage[]) => update({ chat: mergeChat([], messages) }));
    r.onMessage("chat", (m: ChatMessage) => {
      update({ chat: mergeChat(view.chat, [m]) });
      if (view.typing.some((t) => t.seat === m.fromSeat)) setTyping(typingAfterMessage(view.typing, m));
    });
    r.onMessage("typing", (n: TypingNotice) => {
      if (typeof n?.seat === "string" && typeof n.channel === "string")
        setTyping(addTyping(view.typing, n, Date.now()));
    });
    // Moved to another table: this room closes the connection; no rejoin here (the token now opens the other table).
    r.onMessage("moved", (m: MovedTo) => {
      if (typeof m?.tableId !== "string" || m.tableId === tableId) return;
      closed = true;
      update({ moved: m, status: "closed" });
    });
    // A rematch (#21, item 3): the offer as it stands, and this person's place at its new table.
    r.onMessage("rematch", (n: RematchNotice) => {
      if (typeof n?.offer === "number" && Array.isArray(n.people)) update({ rematch: n });
    });
    r.onMessage("rematch/go", (g: RematchGo) => {
      if (typeof g?.tableId !== "string" || typeof g.seatToken !== "string" || g.tableId === tableId) return;
      // The page leaves for the new table: this connection's end is not a drop to rejoin from.
      closed = true;
      update({ rematchGo: g });
    });
    // Removed by the facilitator: the connection closes and the token is dead; no rejoin (it would only be refused).
    r.onMessage("removed", (m: { message?: string }) => {
      closed = true;
      update({ status: "failed", failure: { kind: "removed", message: m?.message ?? "" } });
    });
    // Left on this person's word: the connection closes and the token is dead; no rejoin.
    r.onMessage("left", () => {
      closed = true;
      update({ left: true, status: "closed" });
    });
    // Watching switched off by the table's opener: the connection closes; no rejoin (it would only be refused).
    r.onMessage("watching-off", (m: { message?: string }) => {
      closed = true;
      update({ status: "failed", failure: { kind: "watching_off", message: m?.message ?? "" } });
    });
    r.onMessage("catch-up", (c: CatchUp) => {
      if ((c?.reason === "away" || c?.reason === "handover") && Array.isArray(c.lines)) update({ catchUp: c });
    });
    r.onMessage("muted", (m: { muted?: unknown }) => {
      if (typeof m?.muted === "boolean") update({ muted: m.muted });
    });
    r.onMessage("error", (e: { code: string; message: string; issues?: unknown }) =>
      update({ errors: withError(view.errors, { ...e, at: Date.now(), id: ++errorId }) }),
    );
    r.onDrop(() => update({ status: "reconnecting" }));
    r.onReconnect(() => update({ status: "open", errors: withoutConnectionErrors(view.errors) }));
    r.onLeave((code: number, reason?: string) => {
      room = null;
      // Closed on purpose (opened elsewhere, too many messages): say why rather than rejoin by itself;
      // the person is at the table in the other page, or this page would only flood again. The page
      // offers to connect again.
      const why = CLOSED_BY_SERVER[code];
      if (why && !closed) {
        closed = true;
        update({ status: "failed", failure: { kind: why, message: reason ?? "" } });
      }
      if (!closed) void rejoin();
    });
    r.onError((_code: number, message?: string) => {
      if (!closed)
        update({
          errors: withError(view.errors, { code: "net/error", message: message ?? "", at: Date.now(), id: ++errorId }),
        });
    });
  };

  const join = async () => {
    const pending = client.joinById(tableId, { ...credentials, protocol: PROTOCOL_VERSION });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("the table did not answer the join in time")), JOIN_TIMEOUT_MS);
    });
    let r: Room;
    try {
      r = await Promise.race([pending, timeout]);
    } catch (error) {
      // A join answered after it was given up is left at once: the retry holds the seat.
      pending.then((late) => late.leave(true)).catch(() => undefined);
      throw error;
    } finally {
      clearTimeout(timer);
    }
    if (closed) {
      await r.leave(true);
      return;
    }
    attach(r);
    update({ status: "open", failure: null, errors: withoutConnectionErrors(view.errors) });
  };

  // After the SDK's own reconnection gives up (or a fresh page was never up long enough for it),
  // join again with the seat token: the server returns the same seat.
  const rejoin = async () => {
    update({ status: "reconnecting" });
    for (let attempt = 0; attempt < REJOIN_ATTEMPTS && !closed; attempt++) {
      await new Promise((r) => setTimeout(r, Math.min(5_000, 500 * 2 ** Math.min(attempt, 4))));
      if (closed) return;
      try {
        await join();
        return;
      } catch (error) {
        const failure = failureOf(error);
        if (failure.kind !== "unreachable") {
          update({ status: "failed", failure });
          return;
        }
      }
    }
    if (!closed) update({ status: "failed", failure: { kind: "unreachable", message: "" } });
  };

  join().catch((error: unknown) => {
    const failure = failureOf(error);
    if (failure.kind === "unreachable") void rejoin();
    else update({ status: "failed", failure });
  });

  return {
    get: () => view,
    subscribe(listener) {
      listeners.add(listener);
      listener(view);
      return () => listeners.delete(listener);
    },
    send(action) {
      if (!room) {
        update({
          errors: withError(view.errors, { code: "net/not_connected", message: "", at: Date.now(), id: ++errorId }),
        });
        return;
      }
      room.send("action", action);
    },
    chat(message) {
      if (!room) {
        update({
          errors: withError(view.errors, { code: "net/not_connected", message: "", at: Date.now(), id: ++errorId }),
        });
        return;
      }
      room.send("chat", message);
    },
    typing(where) {
      // A hint, not an action: nothing to report when it cannot go out.
      if (room && typingAllowed(where, Date.now())) room.send("typing", where);
    },
    leave() {
      if (!room) {
        update({
          errors: withError(view.errors, { code: "net/not_connected", message: "", at: Date.now(), id: ++errorId }),
        });
        return;
      }
      room.send("leave", {});
    },
    setWatching(on) {
      room?.send("watching", { on });
    },
    offerRematch(seats) {
      if (!room) {
        update({
          errors: withError(view.errors, { code: "net/not_connected", message: "", at: Date.now(), id: ++errorId }),
        });
        return;
      }
      room.send("rematch/offer", { seats });
    },
    answerRematch(offer, accept) {
      if (!room) {
        update({
          errors: withError(view.errors, { code: "net/not_connected", message: "", at: Date.now(), id: ++errorId }),
        });
        return;
      }
      room.send("rematch/answer", { offer, accept });
    },
    dismissError(id) {
      update({ errors: view.errors.filter((e) => e.id !== id) });
    },
    async close() {
      closed = true;
      clearTimeout(typingTimer);
      update({ status: "closed" });
      await room?.leave(true).catch(() => undefined);
    },
  };
}

/**
 * What a page without a seat can learn of a table: the room refuses a join without a token, and
 * how it refuses says whether the table is there (`token`), over (`ended`) or unknown (`not_found`).
 */
export async function probeTable(
  tableId: string,
  endpoint = window.location.origin,
): Promise<ConnectionFailure["kind"]> {
  try {
    const room = await new Client(endpoint).joinById(tableId, { protocol: PROTOCOL_VERSION });
    await room.leave(true);
    return "token";
  } catch (error) {
    return failureOf(error).kind;
  }
}

/** Chat messages in order of `seq`, without duplicates (history and live messages may overlap). */
export function mergeChat(existing: ChatMessage[], incoming: ChatMessage[]): ChatMessage[] {
  const bySeq = new Map<number, ChatMessage>();
  for (const m of existing) bySeq.set(m.seq, m);
  for (const m of incoming) bySeq.set(m.seq, m);
  return [...bySeq.values()].sort((a, b) => a.seq - b.seq);
}
