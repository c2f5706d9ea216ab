// Talk at a table: who may speak in and read which channel, and the words masked in what is said.
import type { Channel, ChatSend, ServerCode } from "@ironclad/engine/protocol";

/** Who is talking or reading. */
export type Listener =
  | { kind: "seat"; seat: string }
  | { kind: "facilitator" }
  | { kind: "observer" }
  | { kind: "moscow" };

/**
 * The channel a sender means, or a reason it cannot speak there. `facilitated`: the table belongs to
 * a facilitator's session (a quick game has nobody on the line to the facilitator).
 */
export function resolveChannel(
  sender: Listener,
  message: ChatSend,
  seats: readonly string[],
  facilitated: boolean,
): { ok: true; channel: Channel } | { ok: false; code: ServerCode; message: string } {
  switch (message.channel) {
    case "table":
      if (sender.kind === "seat" || sender.kind === "facilitator") return { ok: true, channel: { kind: "table" } };
      return {
        ok: false,
        code: "chat/not_at_table",
        message: "Observers and Moscow listen; they do not speak at the table.",
      };
    case "broadcast":
      if (sender.kind === "facilitator") return { ok: true, channel: { kind: "broadcast" } };
      return { ok: false, code: "chat/facilitator_only", message: "Only the facilitator broadcasts." };
    case "delegation":
      if (sender.kind === "seat") return { ok: true, channel: { kind: "delegation", seat: sender.seat } };
      return { ok: false, code: "chat/no_delegation", message: "Only a seat's own people have a delegation channel." };
    case "bilateral": {
      if (sender.kind !== "seat")
        return { ok: false, code: "chat/not_a_seat", message: "Bilateral talks are between two seats." };
      const to = message.to;
      if (!to || !seats.includes(to) || to === sender.seat) {
        return { ok: false, code: "chat/unknown_seat", message: "Name another seat at this table to talk to." };
      }
      return { ok: true, channel: { kind: "bilateral", seats: [sender.seat, to] } };
    }
    case "facilitator": {
      if (!facilitated)
        return { ok: false, code: "chat/no_facilitator", message: "This table has no facilitator to write to." };
      if (sender.kind === "seat") return { ok: true, channel: { kind: "facilitator", seat: sender.seat } };
      if (sender.kind !== "facilitator")
        return { ok: false, code: "chat/not_a_seat", message: "A seat's people write to the facilitator." };
      // The facilitator answers one seat on its line.
      const to = message.to;
      if (!to || !seats.includes(to))
        return { ok: false, code: "chat/unknown_seat", message: "Name the seat at this table to answer." };
      return { ok: true, channel: { kind: "facilitator", seat: to } };
    }
  }
}

/** Whether a listener may read a channel; the facilitator reads private channels only where the session allows. */
export function mayRead(listener: Listener, channel: Channel, facilitatorReadsPrivate: boolean): boolean {
  switch (channel.kind) {
    case "table":
    case "broadcast":
      return true;
    case "bilateral":
      if (listener.kind === "facilitator") return facilitatorReadsPrivate;
      return listener.kind === "seat" && channel.seats.includes(listener.seat);
    case "delegation":
      if (listener.kind === "facilitator") return facilitatorReadsPrivate;
      return listener.kind === "seat" && listener.seat === channel.seat;
    case "facilitator":
      // Written to the facilitator: the facilitator reads it whatever the session's setting.
      return listener.kind === "facilitator" || (listener.kind === "seat" && listener.seat === channel.seat);
  }
}

/** Masks blocked words (whole words, any case) with asterisks. */
export function filterWords(text: string, blocked: readonly string[]): string {
  if (blocked.length === 0) return text;
  const escaped = blocked.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return text.replace(new RegExp(`\\b(${escaped.join("|")})\\b`, "giu"), (w) => "*".repeat(w.length));
}
