// Talk at a table: who may speak in and read which channel, and the limits on what is said.
import { z } from "zod";

/** A channel: the table, a bilateral pair, a seat's own delegation, or the facilitator's broadcast. */
export type Channel =
  | { kind: "table" }
  | { kind: "bilateral"; seats: [string, string] }
  | { kind: "delegation"; seat: string }
  | { kind: "broadcast" };

/** Who is talking or reading. */
export type Listener =
  | { kind: "seat"; seat: string }
  | { kind: "facilitator" }
  | { kind: "observer" }
  | { kind: "moscow" };

/** The longest message a person may send. */
export const MAX_CHAT_LENGTH = 500;

/** The chat message a client sends. `to` names the other seat of a bilateral channel. */
export const chatMessageSchema = z
  .object({
    channel: z.enum(["table", "bilateral", "delegation", "broadcast"]),
    to: z.string().max(32).optional(),
    text: z.string().trim().min(1, "say something").max(MAX_CHAT_LENGTH, `at most ${MAX_CHAT_LENGTH} characters`),
  })
  .strict();

/** The stored name of a channel: `table`, `bilateral:<a>:<b>` (sorted), `delegation:<seat>`, `broadcast`. */
export function channelKey(c: Channel): string {
  switch (c.kind) {
    case "table":
    case "broadcast":
      return c.kind;
    case "bilateral":
      return `bilateral:${[...c.seats].sort().join(":")}`;
    case "delegation":
      return `delegation:${c.seat}`;
  }
}

/** Parses a stored channel name back. */
export function parseChannelKey(key: string): Channel | null {
  if (key === "table" || key === "broadcast") return { kind: key };
  const [kind, a, b] = key.split(":");
  if (kind === "bilateral" && a && b) return { kind, seats: [a, b] };
  if (kind === "delegation" && a) return { kind, seat: a };
  return null;
}

/** The channel a sender means, or a reason it cannot speak there. */
export function resolveChannel(
  sender: Listener,
  message: z.infer<typeof chatMessageSchema>,
  seats: readonly string[],
): { ok: true; channel: Channel } | { ok: false; code: string; message: string } {
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
  }
}

/** Masks blocked words (whole words, any case) with asterisks. */
export function filterWords(text: string, blocked: readonly string[]): string {
  if (blocked.length === 0) return text;
  const escaped = blocked.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  return text.replace(new RegExp(`\\b(${escaped.join("|")})\\b`, "giu"), (w) => "*".repeat(w.length));
}
