// What a facilitator (or a quick game) may ask for when creating a session. Every field is optional.
import { z } from "zod";

const seatId = z.string().regex(/^[a-z][a-z0-9-]*$/, "seat ids are lowercase, e.g. `kyiv`");
const personality = z.enum(["hardliner", "pragmatist", "conciliator"]);

/** A table's clock, each part optional (the scenario's own timings fill the rest). */
const timingsSchema = z
  .object({
    briefingSeconds: z.number().int().min(0).max(3600),
    rounds: z.number().int().min(1).max(10),
    roundSeconds: z.number().int().min(30).max(7200),
    voteSeconds: z.number().int().min(10).max(600),
    years: z.number().int().min(1).max(10),
    moscowSeconds: z.number().int().min(10).max(600),
    responseSeconds: z.number().int().min(10).max(600),
  })
  .partial()
  .strict()
  .default({});

/** POST /api/sessions body. */
export const sessionSettingsSchema = z
  .object({
    scenario: z.string().min(1).max(64).optional(),
    tables: z.number().int().min(1).max(50).default(1),
    seats: z
      .array(seatId)
      .min(3)
      .max(9)
      .optional()
      .describe("Negotiating seats in play; the scenario's default table when absent."),
    timings: timingsSchema,
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
export type SessionSettings = z.infer<typeof sessionSettingsSchema>;

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
    timings: timingsSchema.describe("A shorter (or longer) game than the scenario's clock, within the session limits."),
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
  })
  .strict();

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
