// "Someone is typing": a transient notice relayed to the people who may read the channel, never
// stored and never in the state. The chat rules (table-chat.ts) decide who may speak and read where.
import {
  type Channel,
  channelKey,
  type ServerCode,
  type TypingNotice,
  typingSendSchema,
} from "@ironclad/engine/protocol";
import { type Listener, mayRead, resolveChannel } from "./table-chat.ts";

/** How long a notice stands on the readers' screens without a renewal. */
export const TYPING_TTL_MS = 5_000;

/** A connection relays at most one notice per this interval; the rest are dropped (they carry nothing new). */
export const TYPING_MIN_INTERVAL_MS = 1_000;

/** A connection as the relay needs it: who it is and how to send to it. */
export type TypingClient = {
  userData?: { listener: Listener; identity: { kind: string; person?: { muted?: boolean } } };
  send: (type: string, message: unknown) => void;
};

/**
 * Relays a typing notice from `sender` to every other connection that may read its channel.
 * A malformed message gets an error reply; a notice that is too soon, from a muted person or
 * from someone who cannot speak there is dropped quietly: typing is a hint, not an action.
 * Returns how many connections it reached.
 */
export function relayTyping(
  sender: TypingClient,
  message: unknown,
  table: {
    seats: readonly string[];
    clients: Iterable<TypingClient>;
    facilitatorReadsPrivate: boolean;
    /** The table belongs to a facilitator's session (it has a line to the facilitator). */
    facilitated: boolean;
    now: number;
    /** When each connection's last notice was relayed, for the rate limit: the room's to keep (off its user data). */
    lastRelayed: WeakMap<object, number>;
    reply: (error: { code: ServerCode; message: string }) => void;
  },
): number {
  const data = sender.userData;
  if (!data) return 0;
  const parsed = typingSendSchema.safeParse(message);
  if (!parsed.success) {
    table.reply({ code: "typing/invalid", message: "A typing notice is { channel, to? } for a chat channel." });
    return 0;
  }
  if (data.listener.kind !== "seat" || data.identity.person?.muted) return 0;
  const last = table.lastRelayed.get(sender);
  if (last !== undefined && table.now - last < TYPING_MIN_INTERVAL_MS) return 0;
  const resolved = resolveChannel(data.listener, { ...parsed.data, text: "" }, table.seats, table.facilitated);
  if (!resolved.ok) return 0;
  table.lastRelayed.set(sender, table.now);
  const channel: Channel = resolved.channel;
  const notice: TypingNotice = { seat: data.listener.seat, channel: channelKey(channel), ttlMs: TYPING_TTL_MS };
  let reached = 0;
  for (const c of table.clients) {
    if (c === sender || !c.userData) continue;
    if (!mayRead(c.userData.listener, channel, table.facilitatorReadsPrivate)) continue;
    c.send("typing", notice);
    reached++;
  }
  return reached;
}
