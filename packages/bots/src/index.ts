// @ironclad/bots: negotiating agents, the Moscow red cell, the seat-keeper and the simulator,
// built on the engine only. Bots read their own seat's view (engine `view`) and nothing else.
/** Balance report: reference by sweep, calibration futures, JSON schema, text formatting. */
export {
  type BalanceReport,
  balanceReportSchema,
  botResponsePolicy,
  buildReport,
  calibrated,
  calibrationFutures,
  canonicalPackages,
  formatReport,
  type ScenarioReference,
  scenarioReference,
} from "./balance.ts";
/** The negotiating seat's bot: `decide(view, settings, memory, now)`. */
export { decide, decideInPlace, newNegotiatorMemory, waitsForReady } from "./bot.ts";
/** The bot interface's types. */
export type {
  BotAction,
  BotDecision,
  KeeperLogEntry,
  KeeperMemory,
  MoscowMemory,
  MoscowSettings,
  NegotiatorMemory,
  NegotiatorSettings,
} from "./bot-types.ts";
/** What a person finds on taking a seat back from its keeper, or over from a bot. */
export { awayLines, handoverLines } from "./catch-up.ts";
/** The concession curve and personalities. */
export { aspiration, concessionShare, PERSONALITY_EXPONENTS, type Personality } from "./concession.ts";
/** A bot's replies to people's chat messages: its own brief, its memory of promises, a rate limit. */
export {
  type ConversationMemory,
  catchUpLine,
  composeReply,
  newConversationMemory,
  notePromiseOutcome,
  type PromiseNews,
  type PromiseRecord,
  promisesDue,
  REPLIES_PER_WINDOW,
  REPLY_WINDOW_MS,
  type Reply,
  type ReplyContext,
  type ReplyKind,
  type SkippedMessage,
} from "./conversation.ts";
/** Bargaining efficiency over the whole package space (the simulator's referee side). */
export {
  type EfficiencyRecord,
  type EfficiencyReference,
  type EfficiencyReport,
  efficiencyRecord,
  efficiencyReference,
  efficiencyReport,
  tableEfficiency,
} from "./efficiency.ts";
/** A seat's worth of a package: points, expected outcome points, ratification risk. */
export { expectedOutcomePoints, type Valuer, valuer } from "./expected-value.ts";
/** Reading a person's chat message (English or Ukrainian) by rules. */
export {
  addressesSeat,
  INTENT_KINDS,
  type Intent,
  type IntentContext,
  type IntentKind,
  type Lang,
  readIntent,
  type Topic,
} from "./intent.ts";
/** Moscow's bot: `moscowDecide(view, settings, memory)`. */
export { moscowDecide, newMoscowMemory } from "./moscow.ts";
/** Negotiation time from a view's clock. */
export { CLOSE_BY, negotiationTime } from "./negotiator.ts";
/** Opponent modelling from public behaviour. */
export { fit, type OpponentEstimate, type OpponentModel, observe, signChance } from "./opponent-model.ts";
/** A seat's own point table from its own brief. */
export { type OwnTable, ownTable, ownTableOf } from "./own-table.ts";
/** The chance that a vote meets the agreement rule. */
export { packageAsksUs, ruleOdds } from "./rule-odds.ts";
/** The seat-keeper: `keeperDecide(view, memory, now)` and the catch-up summary. */
export { keeperDecide, newKeeperMemory, supportedOptions } from "./seat-keeper.ts";
/** One bot-only table through the real engine. */
export { playTable, type TableOptions, type TableRecord } from "./simulate.ts";
/** Moscow's policy and the guarantor responses. */
export {
  guarantorResponse,
  honourChance,
  type MoscowStyle,
  moscowChoice,
  sharpOdds,
  visibleDivision,
} from "./stress-policy.ts";
/** Talk templates. */
export { type Said, say, type TalkChannel, type TalkLine, type TalkMove, type TalkSpeech } from "./talk.ts";
