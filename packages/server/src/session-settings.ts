// What a facilitator (or a quick game) may ask for when creating a session. Every field is optional.
import {
  type ForkOrigin,
  type SessionSettings,
  sessionSeatIdSchema,
  sessionTimingsSchema,
} from "@ironclad/engine/protocol";
import { z } from "zod";

const seatId = sessionSeatIdSchema;

/** What each table of a session is created with (stored with the table). */
export interface TableConfig {
  seats: string[];
  timings: SessionSettings["timings"];
  bots: SessionSettings["bots"];
  moscow: SessionSettings["moscow"];
  readPrivate: boolean;
  delegationSize: number;
  seatChoice: SessionSettings["seatChoice"];
  /** Start as soon as the first person arrives (quick games have no facilitator to start them). */
  autoStart?: boolean;
  /** A fork (a facilitator's "what if"): the table it copied and how many of its actions. */
  forkedFrom?: { tableId: string; step: number };
  /** Whether people may watch the table by its watch link (#21, item 2); absent means yes. */
  watching?: boolean;
  /** The person who opened a quick game: they may switch watching off and on. */
  openedBy?: string;
  /** A fork's clock stops by itself after these many actions (its own moment, and its parents'). */
  pauseAt?: number[];
}

/** Where `table` was forked from, with that table's number among `siblings` (its session's tables); null for a table of its own. */
export function forkOrigin(
  table: { config: unknown },
  siblings: readonly { id: string; number: number }[],
): ForkOrigin | null {
  const from = (table.config as TableConfig).forkedFrom;
  if (!from) return null;
  return { tableId: from.tableId, number: siblings.find((t) => t.id === from.tableId)?.number ?? 0, step: from.step };
}

const name = z
  .string()
  .trim()
  .min(1, "a display name is needed")
  .max(40, "display names have at most 40 characters")
  .refine((s) => !/\p{Cc}/u.test(s), "display names cannot contain control characters");

/** POST /api/quick body. */
export const quickGameSchema = z
  .object({
    seat: seatId,
    name,
    scenario: z.string().min(1).max(64).optional(),
    timings: sessionTimingsSchema.describe(
      "A shorter (or longer) game than the scenario's clock, within the session limits.",
    ),
    listed: z.boolean().optional().describe("List the table among the open tables, for strangers to join (#21)."),
  })
  .strict();

/** POST /api/sessions/with-scenario body: the session's settings and the scenario file it brings (checked apart). */
export const withScenarioSchema = z
  .object({
    settings: z.unknown().optional().describe("As the body of POST /api/sessions, less `scenario`."),
    scenario: z.unknown().describe("The scenario file, as POST /api/scenarios/check takes it."),
  })
  .strict();

/** GET /api/codes/:code parameter. */
export const codeSchema = z.object({ code: z.string().min(4).max(16) }).strict();

/** POST /api/join body. */
export const joinSchema = z
  .object({
    code: z.string().min(4).max(16),
    name,
    seat: seatId.nullable().optional().describe("The seat wanted; null to observe; absent to be placed."),
    device: z
      .string()
      .regex(/^[A-Za-z0-9_-]{16,64}$/)
      .optional()
      .describe("This browser's device id (random, kept by the browser): a removal holds on it too."),
    listedOnly: z
      .literal(true)
      .optional()
      .describe(
        "A join from the open tables: refused when the table is no longer listed or has no free seat, never made an observer.",
      ),
  })
  .strict();

/** POST /api/tables/mine body: the places this browser keeps, to ask each one's table how it stands. */
export const myTablesSchema = z
  .object({
    seats: z
      .array(z.object({ tableId: z.string().min(1).max(64), seatToken: z.string().min(1).max(100) }).strict())
      .max(50),
  })
  .strict();

/** POST /api/tables/:tableId/reopen body: the seat token that shows the person sits there. */
/** POST /api/watch body: a watch link's table and key (#21, item 2). */
export const watchSchema = z.object({ tableId: z.string().min(1).max(64), key: z.string().min(1).max(64) }).strict();

/** POST /api/sessions/:id/tables/:tableId/watching body, and the room's `watching` message. */
export const watchingSchema = z.object({ on: z.boolean() }).strict();

export const reopenSchema = z.object({ seatToken: z.string().min(1).max(100) }).strict();

/** POST /api/sessions/:id/actions body: a facilitator action (no actor, no time) and optionally which tables. */
export const facilitatorActionSchema = z
  .object({
    action: z.looseObject({ type: z.string().min(1).max(64) }),
    tables: z.array(z.string().min(1).max(64)).min(1).max(50).optional(),
  })
  .strict();

/** POST /api/sessions/:id/people/:personId/move body. */
export const movePersonSchema = z
  .object({
    tableId: z.string().min(1).max(64).optional(),
    seat: seatId.nullable().describe("The new seat, or null to make the person an observer."),
  })
  .strict();

/** A step in a table's log: 0 is the table as created, n the state after n actions. */
export const stepSchema = z.object({ step: z.coerce.number().int().min(0).max(1_000_000) }).strict();

/** POST /api/sessions/:id/broadcast body. */
export const broadcastSchema = z
  .object({
    text: z.string().trim().min(1).max(500),
    tables: z.array(z.string().min(1).max(64)).min(1).max(50).optional(),
  })
  .strict();

/** POST /api/sessions/:id/people/:personId/mute body. */
export const muteSchema = z.object({ muted: z.boolean() }).strict();
