// Who is typing where: the server's transient `typing` notices, kept until they expire, are
// renewed, or the seat's message arrives; and the throttle for this person's own notices.
import type { ChatMessage, TypingNotice, TypingSend } from "@ironclad/engine/protocol";

/** A seat typing in a channel until `until` (this browser's clock, ms). */
export type Typing = { seat: string; channel: string; until: number };

/** The longest a notice is kept, whatever the server says. */
const MAX_TTL_MS = 10_000;

/** How often this person's own notice is sent while they keep typing in one channel. */
export const TYPING_SEND_INTERVAL_MS = 2_500;

/** The list with a notice added (or renewed); expired entries leave. */
export function addTyping(list: readonly Typing[], notice: TypingNotice, now: number): Typing[] {
  const ttl = Math.min(MAX_TTL_MS, Math.max(0, Number(notice.ttlMs) || 0));
  const rest = pruneTyping(list, now).filter((t) => !(t.seat === notice.seat && t.channel === notice.channel));
  return [...rest, { seat: notice.seat, channel: notice.channel, until: now + ttl }];
}

/** The entries still standing at `now`. */
export function pruneTyping(list: readonly Typing[], now: number): Typing[] {
  return list.filter((t) => t.until > now);
}

/** The list without the sender of `message` in its channel: the message they were typing has arrived. */
export function typingAfterMessage(list: readonly Typing[], message: Pick<ChatMessage, "fromSeat" | "channel">) {
  return list.filter((t) => !(t.seat === message.fromSeat && t.channel === message.channel));
}

/** A throttle for this person's notices: true when one should go out now for `channel`. */
export function typingThrottle(interval = TYPING_SEND_INTERVAL_MS) {
  let lastKey = "";
  let lastAt = Number.NEGATIVE_INFINITY;
  return (send: TypingSend, now: number): boolean => {
    const key = `${send.channel}:${send.to ?? ""}`;
    if (key === lastKey && now - lastAt < interval) return false;
    lastKey = key;
    lastAt = now;
    return true;
  };
}
