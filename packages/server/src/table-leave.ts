// A person leaving their table (#21, item 3): the room's `leave` message, who may send it, and what
// it is refused with. The seat goes to a bot the way the facilitator's "replace by a bot" does.
import type { ErrorCode } from "@ironclad/engine/protocol";
import { z } from "zod";

/** The `leave` message: nothing to say but that one is leaving. */
export const leaveSchema = z.object({}).strict();

/** What the room knows of the one leaving and of the table, to decide whether they may. */
export type Leaver = { kind: "person"; seat: string | null } | { kind: "facilitator" };

/** Why a leave is refused; null when the person may leave. */
export function leaveRefusal(
  leaver: Leaver,
  table: { facilitated: boolean },
): { code: ErrorCode; message: string } | null {
  if (leaver.kind !== "person" || leaver.seat === null)
    return { code: "seat/observer", message: "Only a seated person can leave a seat; watchers just close the page." };
  // In a facilitator's session people are seated by the facilitator, who also hands seats to bots.
  if (table.facilitated)
    return {
      code: "seat/assigned_by_facilitator",
      message: "Your facilitator seats people at this table: ask them to hand your seat to a bot.",
    };
  return null;
}

/** Parses a `leave` message; a body with anything in it is refused as an invalid request. */
export function parseLeave(
  message: unknown,
): { ok: true } | { ok: false; error: { code: ErrorCode; message: string } } {
  const parsed = leaveSchema.safeParse(message ?? {});
  if (parsed.success) return { ok: true };
  return { ok: false, error: { code: "request/invalid", message: "A leave message carries nothing." } };
}
