// The scenario format: everything a table is made of, as data. The shape is checked here
// with zod; cross-field consistency (point tables complete, rules naming real seats, ...)
// is checked in scenario-checks.ts, which also gives the precise, path-naming messages.
import { z } from "zod";
import { TALK_MOVE_SLOTS, TALK_MOVES } from "./talk-moves.ts";

/** The languages the client knows, besides English: a scenario text may have any of them (and other codes). */
export const SCENARIO_LANGS = ["uk", "fr", "de", "pl"] as const;

const translation = (name: string) =>
  z.string().min(1).optional().describe(`${name}; readers of ${name} see the English where it is missing.`);

/**
 * A text in several languages; English is required and is what a reader sees when the text has nothing in
 * their language. Ukrainian, French, German and Polish are named (editors complete them); other language
 * codes are accepted as well.
 */
export const localizedText = z
  .object({
    en: z.string().min(1).describe("English (required)."),
    uk: translation("Ukrainian"),
    fr: translation("French"),
    de: translation("German"),
    pl: translation("Polish"),
  })
  .catchall(z.string().min(1))
  .describe("A text by language code; `en` is required, `uk`, `fr`, `de` and `pl` are optional.");
export type LocalizedText = z.infer<typeof localizedText>;

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "ids are lowercase letters, digits and hyphens, starting with a letter");

/** Lowercase seat id: `washington`, `kyiv`, `moscow`, ... */
export const seatIdSchema = id.describe("Lowercase seat id, e.g. `washington`.");
export type SeatId = string;

/** The four things Moscow can do in a stress-test year, in rising order. */
export const MOSCOW_ACTIONS = ["comply", "hybrid", "incursion", "offensive"] as const;
export type MoscowAction = (typeof MOSCOW_ACTIONS)[number];

/** How far a guarantor honours its pledge in a stress-test year, in rising order. */
export const RESPONSES = ["nothing", "sanctions", "airDefence", "direct"] as const;
export type Response = (typeof RESPONSES)[number];

/** The protected seat's own move in a stress-test year: hold, appeal to the guarantors in public, mobilise reserves, open ceasefire talks. */
export const PROTECTED_MOVES = ["hold", "appeal", "mobilise", "ceasefire"] as const;
export type ProtectedMove = (typeof PROTECTED_MOVES)[number];

/** The public attributes of an option that the deal model reads. Small integers, all public. */
export const optionAttributesSchema = z
  .object({
    binding: z.number().int().min(0).max(5).describe("How legally binding the option makes the deal."),
    capability: z.number().int().min(0).max(5).describe("Military capability the option adds."),
    clarity: z.number().int().min(0).max(5).describe("How specific and automatic the commitment is."),
    provocation: z.number().int().min(0).max(5).describe("How much it provokes Moscow."),
    usCost: z.number().int().min(0).max(5).describe("What it costs the United States."),
    europeCost: z.number().int().min(0).max(5).describe("What it costs the European capitals."),
    sovereignty: z
      .number()
      .int()
      .min(-5)
      .max(5)
      .describe("How it touches Ukraine's sovereignty: negative restricts, positive affirms."),
  })
  .strict();
export type OptionAttributes = z.infer<typeof optionAttributesSchema>;

/** The option attributes, by name. */
export const OPTION_ATTRIBUTES = Object.keys(optionAttributesSchema.shape) as (keyof OptionAttributes)[];

/**
 * What a seat is publicly known to weigh, from its public record: an option attribute it is for or
 * against ("Washington will not carry the cost"). Public, like the position text; bots read a
 * silent seat by it until the seat says or does something.
 */
export const publicLeaningSchema = z
  .object({
    attribute: z.enum(OPTION_ATTRIBUTES as [keyof OptionAttributes, ...(keyof OptionAttributes)[]]),
    direction: z.enum(["for", "against"]),
  })
  .strict();
export type PublicLeaning = z.infer<typeof publicLeaningSchema>;

/** One option of an issue. */
export const optionSchema = z
  .object({
    id,
    label: localizedText.describe("Short label shown on the option token."),
    description: localizedText.describe("One or two sentences: what choosing it means."),
    attributes: optionAttributesSchema,
    asksUs: z
      .boolean()
      .default(false)
      .describe("True when the option asks the United States to act (brings Washington into the agreement rule)."),
    pledgeLevel: z
      .enum(RESPONSES)
      .optional()
      .describe(
        "On pledge options: the response a signatory promises when Ukraine is attacked; answering below it is a broken promise.",
      ),
    automaticSanctions: z
      .boolean()
      .default(false)
      .describe("Sanctions snap back on their own once a breach is attributed."),
  })
  .strict();
export type Option = z.infer<typeof optionSchema>;

/** One issue of the framework: exactly one option is chosen per issue. */
export const issueSchema = z
  .object({
    id,
    name: localizedText,
    question: localizedText.describe("The question the issue answers, for the draft and the rules help."),
    options: z.array(optionSchema).min(2),
  })
  .strict();
export type Issue = z.infer<typeof issueSchema>;

/** A red line: a set of options the seat will never sign. */
export const redLineSchema = z
  .object({
    issue: id,
    options: z.array(id).min(1).describe("Options of that issue this seat will never sign."),
    text: localizedText.describe("The red line in the seat's own words."),
  })
  .strict();
export type RedLine = z.infer<typeof redLineSchema>;

/** Points a seat gets from how the stress test ends (the debrief's outcome line). */
export const outcomePointsSchema = z
  .object({
    held: z.number(),
    eroded: z.number(),
    failed: z.number(),
    escalated: z.number(),
  })
  .strict();
export type OutcomePoints = z.infer<typeof outcomePointsSchema>;

/** What only a seat's own delegation (and the facilitator) may read. */
export const privateBriefSchema = z
  .object({
    objectives: localizedText.describe("The seat's objectives in prose."),
    pointTable: z
      .record(id, z.record(id, z.number().int().min(-100).max(100)))
      .describe("Points for every option of every issue: issue id → option id → points."),
    noDealValue: z.number().describe("What the seat scores when no framework is concluded (its BATNA)."),
    redLines: z.array(redLineSchema).default([]),
    outcomePoints: outcomePointsSchema.describe("Points from the stress test's outcome line."),
    brokenPromisePenalty: z.number().min(0).default(10).describe("Points lost per broken promise."),
  })
  .strict();
export type PrivateBrief = z.infer<typeof privateBriefSchema>;

/**
 * What the red cell scores in each stress-test year, from what happened: points per point of
 * Ukraine's security its action took, for Western division (a broken promise, a split answer), and
 * what it pays (sanctions that snapped back, an attack met by a united military answer).
 */
export const redCellYearPointsSchema = z
  .object({
    securityTaken: z
      .number()
      .min(0)
      .max(10)
      .describe("Points per point of Ukraine's security the year's action took, after the answer softened it."),
    brokenPromise: z.number().describe("Points per promise a bound seat broke that year (Western division)."),
    split: z
      .number()
      .describe("Points when, after an attack, some answered militarily and others did nothing (a split West)."),
    snapBack: z.number().describe("Points (usually negative) when automatic sanctions snapped back that year."),
    unitedAnswer: z
      .number()
      .describe(
        "Points (usually negative) when an incursion or offensive met a united military answer: someone answered with air defence or more, nobody did nothing, no promise was broken.",
      ),
  })
  .strict();
export type RedCellYearPoints = z.infer<typeof redCellYearPointsSchema>;
/** The parts of the red cell's year points, in the brief's order. */
export const RED_CELL_YEAR_PARTS = Object.keys(redCellYearPointsSchema.shape) as (keyof RedCellYearPoints)[];

/**
 * The red cell's private brief: it signs nothing, so it has no red lines, but it has objectives, a
 * table over the terms of a framework that stands (what it gains or loses by them), what it scores
 * when none stands, points for the outcome line and points for each stress-test year.
 */
export const redCellBriefSchema = z
  .object({
    objectives: localizedText.describe("The red cell's objectives and costs in prose."),
    pointTable: z
      .record(id, z.record(id, z.number().int().min(-100).max(100)))
      .describe("Points for the terms of a framework that stands: issue id → option id → points."),
    noDealValue: z.number().describe("What the red cell scores for the terms when no framework stands."),
    outcomePoints: outcomePointsSchema.describe("Points from the stress test's outcome line."),
    yearPoints: redCellYearPointsSchema,
  })
  .strict();
export type RedCellBrief = z.infer<typeof redCellBriefSchema>;

/** The kind of a seat decides its part in the rules. */
export const SEAT_KINDS = ["guarantor", "european", "protected", "redcell"] as const;
export type SeatKind = (typeof SEAT_KINDS)[number];

/** A seat: public profile, capacities, and its private brief. */
export const seatSchema = z
  .object({
    id: seatIdSchema,
    kind: z.enum(SEAT_KINDS),
    name: localizedText,
    flag: z
      .string()
      .regex(/^[a-z]{2}$/)
      .describe("Flag code (ISO 3166-1 alpha-2, or `eu`)."),
    inDefaultTable: z.boolean().describe("Seated when a table is created without a seat list."),
    publicPosition: localizedText.describe("The one-paragraph public position everyone sees."),
    publicLeanings: z
      .array(publicLeaningSchema)
      .max(7)
      .optional()
      .describe("Option attributes the seat is publicly known to be for or against (read by bots for a silent seat)."),
    politicalCapital: z.number().int().min(0).max(100).describe("Domestic political capital at the start."),
    militaryCapacity: z.number().int().min(0).max(100).describe("What it can contribute militarily."),
    financialCapacity: z.number().int().min(0).max(100).describe("What it can contribute financially."),
    brief: privateBriefSchema.optional().describe("The private brief of a negotiating seat; the red cell has none."),
    redCellBrief: redCellBriefSchema
      .optional()
      .describe("The red cell's private brief: its objectives and how it scores (without it, it is not scored)."),
  })
  .strict();
export type Seat = z.infer<typeof seatSchema>;

/** Who must sign for a framework to be concluded. */
export const agreementRuleSchema = z
  .object({
    mustSign: z.array(seatIdSchema).describe("Seats whose signature is always required."),
    mustSignIfUsAsked: z
      .array(seatIdSchema)
      .default([])
      .describe("Seats required when any chosen option asks the US to act."),
    quotas: z
      .array(
        z
          .object({
            seats: z.array(seatIdSchema).min(1),
            min: z.number().int().min(1),
          })
          .strict(),
      )
      .default([])
      .describe("At least `min` of these seats sign (all seated ones where fewer than `min` are seated)."),
    unanimityBonus: z.number().min(0).default(0).describe("Points each signatory earns when every seat signs."),
  })
  .strict();
export type AgreementRule = z.infer<typeof agreementRuleSchema>;

/** Phase lengths and limits. */
export const timingsSchema = z
  .object({
    briefingSeconds: z.number().int().min(0).default(180),
    rounds: z.number().int().min(1).max(10).default(3),
    roundSeconds: z.number().int().min(30).default(480),
    voteSeconds: z.number().int().min(10).default(90),
    voteCallsPerSeatPerRound: z.number().int().min(1).default(1),
    years: z.number().int().min(1).max(10).default(3),
    moscowSeconds: z.number().int().min(10).default(60),
    responseSeconds: z.number().int().min(10).default(60),
    ratificationSeconds: z
      .number()
      .int()
      .min(0)
      .default(20)
      .describe("How long the ratification results stay on screen before the stress test."),
    eventSeconds: z.number().int().min(0).default(20).describe("How long a stress-test year's event card is shown."),
    adjudicationSeconds: z
      .number()
      .int()
      .min(0)
      .default(20)
      .describe("How long a stress-test year's adjudication is shown before the next year."),
  })
  .strict();
export type Timings = z.infer<typeof timingsSchema>;

/** The quantities events (and adjudication) move. */
export const EFFECT_STATS = ["capital", "resolve", "capacity", "unity", "grievance", "ukraineSecurity"] as const;
export type EffectStat = (typeof EFFECT_STATS)[number];

/** One effect of an event: who it touches and how much. */
export const eventEffectSchema = z
  .object({
    target: z
      .string()
      .describe("A seat id, `all` (every seated seat), `signatories`, `europeans`, or `table` for table-wide stats."),
    stat: z.enum(EFFECT_STATS),
    delta: z.number().int().min(-50).max(50),
  })
  .strict();
export type EventEffect = z.infer<typeof eventEffectSchema>;

/** An event card of the stress-test deck. */
export const eventCardSchema = z
  .object({
    id,
    title: localizedText,
    text: localizedText,
    effects: z.array(eventEffectSchema).min(1),
    weight: z.number().int().min(1).default(1).describe("Relative chance of being drawn."),
  })
  .strict();
export type EventCard = z.infer<typeof eventCardSchema>;

/** One move's templates: `default`, and variants for particular seats keyed by seat id. */
export const talkVariantsSchema = z
  .object({
    default: z.array(localizedText).min(1).describe("Templates any seat may say; a bot takes them in turn."),
  })
  .catchall(z.array(localizedText).min(1))
  .describe("Templates by who says them: `default`, or a seat id for that seat's own variants.");
export type TalkVariants = z.infer<typeof talkVariantsSchema>;

/** The words a template's slots are filled with, besides the scenario's own names. */
export const talkWordsSchema = z
  .object({
    blank: localizedText.describe("Said for an issue left blank in the draft, e.g. `a blank`."),
    others: localizedText.describe("Said for `{other}` when no seat is named, e.g. `the others`."),
    quote: localizedText.describe(
      "How an option's name is quoted mid-sentence; `{name}` stands for it, e.g. `“{name}”`.",
    ),
    responses: z
      .object(Object.fromEntries(RESPONSES.map((r) => [r, localizedText])) as Record<Response, typeof localizedText>)
      .strict()
      .describe("Each stress-test response as said mid-sentence, for `{response}`."),
  })
  .strict();
export type TalkWords = z.infer<typeof talkWordsSchema>;

/** What bots say, as sentence templates in every language of the scenario. */
export const talkSchema = z
  .object({
    templates: z
      .record(z.string(), talkVariantsSchema)
      .default({})
      .describe(
        `Templates by move: ${TALK_MOVES.map((m) => `\`${m}\` (${TALK_MOVE_SLOTS[m].map((s) => `{${s}}`).join(" ")})`).join(", ")}. A move left out is said with the default scenario's templates. In English, names are lowercased mid-sentence unless they are proper names; other languages use names as written, so their templates quote them.`,
      ),
    words: talkWordsSchema,
  })
  .strict();
export type Talk = z.infer<typeof talkSchema>;

/**
 * Domestic pressure (domestic-pressure.ts): at `share` of the tables one negotiating seat (of
 * `seats`, when given), drawn from the table's seed, would rather walk away; its no-deal value is
 * `points` higher there, and its brief says why in `text`.
 */
export const domesticPressureSchema = z
  .object({
    share: z.number().min(0).max(1).describe("The share of tables with one seat under pressure."),
    points: z.number().int().min(1).max(50).describe("Points added to that seat's no-deal value."),
    seats: z
      .array(seatIdSchema)
      .min(1)
      .optional()
      .describe("The seats it may fall on (default: every negotiating seat at the table)."),
    text: localizedText.describe("What that seat's brief says of it: why walking away costs it less at this table."),
  })
  .strict();
export type DomesticPressureRule = z.infer<typeof domesticPressureSchema>;

/** The scenario file. */
export const scenarioSchema = z
  .object({
    $schema: z.string().optional(),
    id,
    version: z.number().int().min(1),
    title: localizedText,
    summary: localizedText,
    setting: localizedText.describe("The situation the players find, in a few paragraphs."),
    seats: z.array(seatSchema).min(3),
    issues: z.array(issueSchema).min(1),
    agreement: agreementRuleSchema,
    startingPenHolder: seatIdSchema,
    timings: timingsSchema.default(timingsSchema.parse({})),
    events: z.array(eventCardSchema).min(1),
    model: z
      .record(z.string(), z.number())
      .default({})
      .describe("Deal-model constants that override the defaults of docs/model.md, by name."),
    talk: talkSchema
      .optional()
      .describe("What bots say, by move, in each language; without it bots use the default scenario's talk."),
    pressure: domesticPressureSchema
      .optional()
      .describe(
        "Domestic pressure: at a share of tables one seat, drawn from the table's seed, has a higher no-deal value.",
      ),
  })
  .strict();
/** A scenario as written in a file (defaults not yet applied). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
/** A parsed scenario with defaults applied. Use `parseScenario` to get one with its cross-field checks. */
export type Scenario = z.infer<typeof scenarioSchema>;
