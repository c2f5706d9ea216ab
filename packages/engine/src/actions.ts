// Every action of the game as a zod schema: a discriminated union on `type`, shared by server
// and client. Each action says who acts (`actor`) and when (`at`, stamped by the server).
import { z } from "zod";
import {
  eventEffectSchema,
  localizedText,
  MOSCOW_ACTIONS,
  PROTECTED_MOVES,
  RESPONSES,
  seatIdSchema,
} from "./scenario.ts";

/**
 * Who performs an action: a seat, the facilitator (white cell), or the server itself (timers). A
 * seat's step taken by its seat-keeper while its people are away says so (`standIn`): the ballot or
 * response it gives is flagged wherever it shows. Only the server sets it (a client sends no actor).
 */
export const actorSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("seat"), seat: seatIdSchema, standIn: z.literal(true).optional() }).strict(),
  z.object({ kind: z.literal("facilitator") }).strict(),
  z.object({ kind: z.literal("system") }).strict(),
]);
export type Actor = z.infer<typeof actorSchema>;

const base = { actor: actorSchema, at: z.number().finite().min(0) };
const issueId = z.string().min(1).max(64);
const optionId = z.string().min(1).max(64);
const amendmentId = z.number().int().min(1);

function action<T extends string, S extends z.ZodRawShape>(type: T, shape: S) {
  return z.object({ type: z.literal(type), ...base, ...shape }).strict();
}

/** One side's term of a linked offer: support for an amendment, or (by the pen-holder) its acceptance. */
export const offerTermSchema = z.object({ act: z.enum(["support", "accept"]), amendment: amendmentId }).strict();
const offerTerms = z.array(offerTermSchema).min(1).max(6);
const offerId = z.number().int().min(1);

/** A custom event the facilitator writes on the spot. */
export const customEventSchema = z
  .object({
    title: localizedText,
    text: localizedText.optional(),
    effects: z.array(eventEffectSchema).min(1).max(20),
  })
  .strict();

/** Every action, told apart by `type`. */
export const actionSchema = z.discriminatedUnion("type", [
  // Lobby and table
  action("table/seats", { seats: z.array(seatIdSchema).min(1).max(20) }),
  action("table/start", {}),
  // Any phase with a clock
  action("seat/ready", { ready: z.boolean().default(true) }),
  action("phase/expired", {}),
  // The working draft
  action("draft/set", { issue: issueId, option: optionId.nullable() }),
  action("draft/amend", { issue: issueId, option: optionId.nullable() }),
  action("draft/support", { amendment: amendmentId }),
  action("draft/oppose", { amendment: amendmentId }),
  action("draft/accept", { amendment: amendmentId }),
  action("draft/decline", { amendment: amendmentId }),
  action("draft/withdraw", { amendment: amendmentId }),
  action("draft/pass-pen", { to: seatIdSchema }),
  // The pen moves: a request, backing for it, and the clock's lapse
  action("pen/request", {}),
  action("pen/back", { seat: seatIdSchema }),
  action("pen/lapse", {}),
  // Linked offers
  action("offer/make", { to: seatIdSchema.nullable().default(null), gives: offerTerms, asks: offerTerms }),
  action("offer/accept", { offer: offerId }),
  action("offer/decline", { offer: offerId }),
  action("offer/withdraw", { offer: offerId }),
  // The positions board
  action("position/set", {
    issue: issueId,
    option: optionId,
    stance: z.enum(["needs", "can-live", "cannot"]).nullable(),
  }),
  // Straw polls
  action("poll/ask", {}),
  action("poll/answer", {
    poll: z.number().int().min(1),
    sign: z.boolean(),
    blockers: z.array(issueId).max(32).default([]),
  }),
  // Signing votes
  action("vote/call", {}),
  action("vote/sign", {}),
  action("vote/decline", {}),
  action("vote/close", {}),
  // Stress test
  action("stress/moscow-act", { action: z.enum(MOSCOW_ACTIONS) }),
  action("stress/respond", { response: z.enum(RESPONSES) }),
  action("stress/protected-move", { move: z.enum(PROTECTED_MOVES) }),
  // Facilitator (white cell)
  action("facilitator/pause", {}),
  action("facilitator/resume", {}),
  action("facilitator/extend", { seconds: z.number().int().min(1).max(3600) }),
  // forward: a vote skipped ends the round it interrupted too (what the console sends); without it
  // (logs written before it existed) the talks resume that round, as they did then.
  action("facilitator/skip", { forward: z.boolean().optional() }),
  action("facilitator/inject-event", {
    card: z.string().min(1).max(64).optional(),
    custom: customEventSchema.optional(),
  }),
  action("facilitator/set-controller", { seat: seatIdSchema, controller: z.enum(["human", "bot"]) }),
  action("facilitator/take-pen", { to: seatIdSchema.nullable().default(null) }),
  action("facilitator/end", {}),
]);
/** A validated action. */
export type Action = z.infer<typeof actionSchema>;
/** An action as it may arrive over the wire, before defaults are applied. */
export type ActionInput = z.input<typeof actionSchema>;
/** The `type` of every action. */
export type ActionType = Action["type"];
/** The action of a given type. */
export type ActionOf<T extends ActionType> = Extract<Action, { type: T }>;

/** Every action type, in the order of the schema. */
export const ACTION_TYPES: readonly ActionType[] = actionSchema.options.map((o) => o.shape.type.value);

/** Input that has not been validated yet (anything that came over the network). */
export type UntrustedInput = unknown;

/** A parse failure: a code and a sentence, plus where the input went wrong. */
export interface ActionParseError {
  code: "action/invalid";
  message: string;
  issues: { path: string; message: string }[];
}

/** Validates unknown input as an action; never throws. */
export function parseAction(
  input: UntrustedInput,
): { ok: true; action: Action } | { ok: false; error: ActionParseError } {
  const r = actionSchema.safeParse(input);
  if (r.success) {
    const a = r.data;
    if (a.type === "facilitator/inject-event" && (a.card === undefined) === (a.custom === undefined)) {
      return {
        ok: false,
        error: {
          code: "action/invalid",
          message: "An injected event names either a card from the deck or a custom event, not both or neither.",
          issues: [{ path: "card", message: "give exactly one of card or custom" }],
        },
      };
    }
    return { ok: true, action: a };
  }
  return { ok: false, error: invalidAction(r.error) };
}

/** The refusal of input that failed an action schema: a sentence about its first problem, and every problem. */
export function invalidAction(error: z.ZodError): ActionParseError {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join(".") || "(root)", message: i.message }));
  const first = issues[0];
  return {
    code: "action/invalid",
    message: first ? `That action is not valid: ${first.path}: ${first.message}.` : "That action is not valid.",
    issues,
  };
}
