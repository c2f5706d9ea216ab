// Cross-field checks of a scenario: what zod's shape check cannot see (a point table that
// misses an option, a rule that names an unknown seat, an event aimed at nobody, ...).
// Written defensively so they can also run on input whose shape is broken: then every
// problem is listed at once, not one layer per edit.
import type { ScenarioInput } from "./scenario.ts";
import { isTalkMove, TALK_MOVE_SLOTS, TALK_MOVES, TALK_SLOTS } from "./talk-moves.ts";

/**
 * What kind of problem a scenario has, for a program (the setup page words some of them): a field the
 * format does not know, one missing, a wrong type, a number out of range, another bad value, a seat
 * without its private brief, a point table that misses an issue or an option, or another rule broken.
 */
export const SCENARIO_PROBLEM_CODES = [
  "unknown_key",
  "missing_field",
  "wrong_type",
  "out_of_range",
  "bad_value",
  "no_brief",
  "point_table_incomplete",
  "rule",
] as const;
/** A kind of scenario problem. */
export type ScenarioProblemCode = (typeof SCENARIO_PROBLEM_CODES)[number];

/** One problem found in a scenario: where (a dotted path) and what (a plain sentence). */
export interface ScenarioProblem {
  path: string;
  message: string;
}

/** A problem with its kind, for a program to tell kinds apart (`parseScenarioFile`, the HTTP API). */
export interface CodedScenarioProblem extends ScenarioProblem {
  code: ScenarioProblemCode;
}

/** Event targets besides seat ids. */
export const EVENT_GROUP_TARGETS = ["all", "signatories", "europeans", "table"] as const;

/** Stats that belong to the whole table; effects on them must target `table`. */
export const TABLE_STATS = ["unity", "grievance", "ukraineSecurity"] as const;

/** Stats that belong to a seat; effects on them target a seat or a group of seats. */
export const SEAT_STATS = ["capital", "resolve", "capacity"] as const;

/** Options for the checks that depend on other parts of the engine. */
export interface CheckOptions {
  /** The deal model's constants by name; overrides naming anything else are reported. */
  modelConstants?: Readonly<Record<string, number>>;
}

type Loose = Record<string, unknown>;

const isObject = (x: unknown): x is Loose => typeof x === "object" && x !== null && !Array.isArray(x);
const list = (x: unknown): unknown[] => (Array.isArray(x) ? x : []);
const str = (x: unknown): string | undefined => (typeof x === "string" ? x : undefined);
const quote = (x: unknown): string => JSON.stringify(x);
const quoteList = (xs: readonly string[]): string => xs.map((x) => quote(x)).join(", ");

/**
 * The path of an element of an id-carrying list: `seats.berlin` when the id is present and
 * unique, `seats[2]` otherwise. The same convention is used for zod's shape problems.
 */
export function elementPath(base: string, items: readonly unknown[], index: number): string {
  const item = items[index];
  const itemId = isObject(item) ? str(item.id) : undefined;
  if (itemId !== undefined && /^[a-z][a-z0-9-]*$/.test(itemId)) {
    const same = items.filter((other) => isObject(other) && other.id === itemId).length;
    if (same === 1) return `${base}.${itemId}`;
  }
  return `${base}[${index}]`;
}

/** Every cross-field problem of a scenario, in file order. Never throws on any input. */
export function checkScenario(input: ScenarioInput | unknown, options: CheckOptions = {}): ScenarioProblem[] {
  return checkScenarioCoded(input, options).map(({ path, message }) => ({ path, message }));
}

/** `checkScenario` with each problem's kind. */
export function checkScenarioCoded(input: ScenarioInput | unknown, options: CheckOptions = {}): CodedScenarioProblem[] {
  const problems: CodedScenarioProblem[] = [];
  const add = (path: string, message: string, code: ScenarioProblemCode = "rule") =>
    problems.push({ path, code, message });
  if (!isObject(input)) return problems;

  const seats = list(input.seats);
  const issues = list(input.issues);
  const events = list(input.events);

  // --- seats -------------------------------------------------------------------------
  const seatKinds = new Map<string, string>();
  const seatInDefault = new Map<string, boolean>();
  const seatPaths = new Map<string, string>();
  seats.forEach((seat, i) => {
    if (!isObject(seat)) return;
    const seatId = str(seat.id);
    if (seatId === undefined) return;
    if (seatKinds.has(seatId)) {
      add(`seats[${i}].id`, `The seat id ${quote(seatId)} is used by more than one seat; seat ids must be unique.`);
      return;
    }
    seatKinds.set(seatId, str(seat.kind) ?? "");
    seatInDefault.set(seatId, seat.inDefaultTable === true);
    seatPaths.set(seatId, elementPath("seats", seats, i));
  });
  const redCells = [...seatKinds].filter(([, kind]) => kind === "redcell").map(([seatId]) => seatId);
  if (redCells.length !== 1) {
    add(
      "seats",
      redCells.length === 0
        ? "The scenario has no red-cell seat; exactly one seat must have kind `redcell` (Moscow)."
        : `The scenario has ${redCells.length} red-cell seats (${quoteList(redCells)}); exactly one is allowed.`,
    );
  }
  const protectedSeats = [...seatKinds].filter(([, kind]) => kind === "protected").map(([seatId]) => seatId);
  if (protectedSeats.length !== 1) {
    add(
      "seats",
      protectedSeats.length === 0
        ? "The scenario has no protected seat; exactly one seat must have kind `protected` (the state the guarantee protects)."
        : `The scenario has ${protectedSeats.length} protected seats (${quoteList(protectedSeats)}); exactly one is allowed.`,
    );
  }
  if (seatKinds.size > 0 && ![...seatKinds.values()].includes("european")) {
    add("seats", "The scenario has no seat of kind `european`; a table needs at least one European capital.");
  }
  const defaultNegotiators = [...seatKinds].filter(
    ([seatId, kind]) => kind !== "redcell" && seatInDefault.get(seatId) === true,
  ).length;
  if (seatKinds.size > 0 && (defaultNegotiators < 3 || defaultNegotiators > 9)) {
    add(
      "seats",
      `The default table seats ${defaultNegotiators} negotiating seats (inDefaultTable: true, not the red cell); a table runs with 3 to 9.`,
    );
  }

  // --- issues and options -------------------------------------------------------------
  const optionsByIssue = new Map<string, string[]>();
  const issuePaths = new Map<string, string>();
  issues.forEach((issue, i) => {
    if (!isObject(issue)) return;
    const issueId = str(issue.id);
    if (issueId === undefined) return;
    const path = elementPath("issues", issues, i);
    if (optionsByIssue.has(issueId)) {
      add(
        `issues[${i}].id`,
        `The issue id ${quote(issueId)} is used by more than one issue; issue ids must be unique.`,
      );
      return;
    }
    issuePaths.set(issueId, path);
    const optionIds: string[] = [];
    const opts = list(issue.options);
    opts.forEach((option, j) => {
      if (!isObject(option)) return;
      const optionId = str(option.id);
      if (optionId === undefined) return;
      if (optionIds.includes(optionId)) {
        add(
          `${path}.options[${j}].id`,
          `The option id ${quote(optionId)} appears more than once in issue ${quote(issueId)}; option ids must be unique within an issue.`,
        );
        return;
      }
      optionIds.push(optionId);
    });
    optionsByIssue.set(issueId, optionIds);
    const withLevel = opts.filter((o) => isObject(o) && o.pledgeLevel !== undefined).length;
    if (withLevel > 0 && withLevel < opts.length) {
      add(
        `${path}.options`,
        `Only ${withLevel} of the ${opts.length} options of issue ${quote(issueId)} say a pledgeLevel; either every option of a pledge issue says what it promises, or none does.`,
      );
    }
  });

  /** A point table gives every option of every issue a value, and names nothing else. */
  function checkPointTable(pointTable: unknown, tablePath: string, seatId: string): void {
    const table = isObject(pointTable) ? pointTable : undefined;
    if (table !== undefined) {
      for (const [issueId, optionIds] of optionsByIssue) {
        const row = table[issueId];
        if (row === undefined) {
          add(
            `${tablePath}.${issueId}`,
            `The point table of ${quote(seatId)} has no row for issue ${quote(issueId)}; give points for each of its options (${quoteList(optionIds)}).`,
            "point_table_incomplete",
          );
          continue;
        }
        if (!isObject(row)) continue;
        for (const optionId of optionIds) {
          if (row[optionId] === undefined) {
            add(
              `${tablePath}.${issueId}.${optionId}`,
              `The point table of ${quote(seatId)} gives no points for option ${quote(optionId)} of issue ${quote(issueId)}; every option needs a value (0 is fine).`,
              "point_table_incomplete",
            );
          }
        }
        for (const optionId of Object.keys(row)) {
          if (!optionIds.includes(optionId)) {
            add(
              `${tablePath}.${issueId}.${optionId}`,
              `The point table of ${quote(seatId)} names option ${quote(optionId)}, which issue ${quote(issueId)} does not have (its options: ${quoteList(optionIds)}).`,
            );
          }
        }
      }
      for (const issueId of Object.keys(table)) {
        if (!optionsByIssue.has(issueId) && issues.length > 0) {
          add(
            `${tablePath}.${issueId}`,
            `The point table of ${quote(seatId)} names issue ${quote(issueId)}, which the scenario does not have (its issues: ${quoteList([...optionsByIssue.keys()])}).`,
          );
        }
      }
    }
  }

  // --- briefs: point tables, red lines, no-deal values ---------------------------------
  const redLinesBySeat = new Map<string, Map<string, Set<string>>>();
  seats.forEach((seat, i) => {
    if (!isObject(seat)) return;
    const seatId = str(seat.id) ?? `#${i}`;
    const path = elementPath("seats", seats, i);
    const isRedCell = seat.kind === "redcell";
    const isProtected = seat.kind === "protected";
    if (seat.redCellBrief !== undefined && !isRedCell) {
      add(
        `${path}.redCellBrief`,
        `Seat ${quote(seatId)} is not the red cell, so it cannot have a red-cell brief; its brief is \`brief\`.`,
      );
    } else if (isObject(seat.redCellBrief)) {
      checkPointTable(seat.redCellBrief.pointTable, `${path}.redCellBrief.pointTable`, seatId);
    }
    if (!isObject(seat.brief)) {
      if (!isRedCell && seat.brief === undefined) {
        add(
          `${path}.brief`,
          `Seat ${quote(seatId)} has no private brief; every seat except the red cell needs one.`,
          "no_brief",
        );
      }
      return;
    }
    if (isRedCell) {
      add(
        `${path}.brief`,
        `Seat ${quote(seatId)} is the red cell and signs nothing, so it must not have a private brief; remove it (its objectives and score go in \`redCellBrief\`).`,
      );
      return;
    }
    const brief = seat.brief;
    const table = isObject(brief.pointTable) ? brief.pointTable : undefined;
    checkPointTable(table, `${path}.brief.pointTable`, seatId);

    const forbidden = new Map<string, Set<string>>();
    redLinesBySeat.set(seatId, forbidden);
    list(brief.redLines).forEach((line, k) => {
      if (!isObject(line)) return;
      const linePath = `${path}.brief.redLines[${k}]`;
      const issueId = str(line.issue);
      if (issueId === undefined) return;
      const optionIds = optionsByIssue.get(issueId);
      if (optionIds === undefined) {
        add(
          `${linePath}.issue`,
          `The red line of ${quote(seatId)} names issue ${quote(issueId)}, which does not exist.`,
        );
        return;
      }
      const set = forbidden.get(issueId) ?? new Set<string>();
      forbidden.set(issueId, set);
      list(line.options).forEach((optionId, m) => {
        if (typeof optionId !== "string") return;
        if (!optionIds.includes(optionId)) {
          add(
            `${linePath}.options[${m}]`,
            `The red line of ${quote(seatId)} names option ${quote(optionId)}, which issue ${quote(issueId)} does not have (its options: ${quoteList(optionIds)}).`,
          );
          return;
        }
        set.add(optionId);
      });
      // For the protected seat this is reported on the issue (below), in stronger words.
      if (!isProtected && optionIds.length > 0 && optionIds.every((o) => set.has(o))) {
        add(
          linePath,
          `The red lines of ${quote(seatId)} rule out every option of issue ${quote(issueId)}, so it could never sign anything; leave at least one option open.`,
        );
      }
    });

    // The best package this seat can sign must beat its no-deal value, or it never signs.
    if (table !== undefined && typeof brief.noDealValue === "number") {
      let best = 0;
      let complete = true;
      for (const [issueId, optionIds] of optionsByIssue) {
        const row = table[issueId];
        const values = optionIds
          .filter((o) => !forbidden.get(issueId)?.has(o))
          .map((o) => (isObject(row) ? row[o] : undefined))
          .filter((v): v is number => typeof v === "number");
        if (values.length === 0) {
          complete = false;
          break;
        }
        best += Math.max(...values);
      }
      if (complete && optionsByIssue.size > 0 && best <= brief.noDealValue) {
        add(
          `${path}.brief.noDealValue`,
          `The no-deal value of ${quote(seatId)} (${brief.noDealValue}) is not below its best signable package (${best} points), so it could never prefer a deal.`,
        );
      }
    }
  });

  // --- agreement rule ------------------------------------------------------------------
  const checkSignatory = (path: string, seatId: unknown, role: string) => {
    if (typeof seatId !== "string") return;
    const kind = seatKinds.get(seatId);
    if (kind === undefined) {
      add(
        path,
        `The ${role} names seat ${quote(seatId)}, which does not exist (seats: ${quoteList([...seatKinds.keys()])}).`,
      );
    } else if (kind === "redcell") {
      add(path, `The ${role} names ${quote(seatId)}, the red cell, which is never a signatory.`);
    }
  };
  const checkNoRepeats = (path: string, ids: unknown[], role: string) => {
    const seen = new Set<unknown>();
    ids.forEach((x, i) => {
      if (seen.has(x)) add(`${path}[${i}]`, `The ${role} lists ${quote(x)} twice.`);
      seen.add(x);
    });
  };
  const agreement = isObject(input.agreement) ? input.agreement : undefined;
  if (agreement !== undefined) {
    const mustSign = list(agreement.mustSign);
    mustSign.forEach((seatId, i) => {
      checkSignatory(`agreement.mustSign[${i}]`, seatId, "agreement rule (mustSign)");
      if (typeof seatId === "string" && seatKinds.has(seatId) && seatInDefault.get(seatId) !== true) {
        add(
          `agreement.mustSign[${i}]`,
          `Seat ${quote(seatId)} must always sign but is not in the default table (inDefaultTable is false), so a default table could never conclude.`,
        );
      }
    });
    checkNoRepeats("agreement.mustSign", mustSign, "agreement rule (mustSign)");
    const ifUs = list(agreement.mustSignIfUsAsked);
    ifUs.forEach((seatId, i) => {
      checkSignatory(`agreement.mustSignIfUsAsked[${i}]`, seatId, "agreement rule (mustSignIfUsAsked)");
    });
    checkNoRepeats("agreement.mustSignIfUsAsked", ifUs, "agreement rule (mustSignIfUsAsked)");
    list(agreement.quotas).forEach((quota, q) => {
      if (!isObject(quota)) return;
      const quotaSeats = list(quota.seats);
      quotaSeats.forEach((seatId, i) => {
        checkSignatory(`agreement.quotas[${q}].seats[${i}]`, seatId, `agreement quota ${q}`);
      });
      checkNoRepeats(`agreement.quotas[${q}].seats`, quotaSeats, `agreement quota ${q}`);
      if (typeof quota.min === "number" && quota.min > quotaSeats.length && quotaSeats.length > 0) {
        add(
          `agreement.quotas[${q}].min`,
          `Quota ${q} asks for ${quota.min} signatures from a list of only ${quotaSeats.length} seats.`,
        );
      }
    });

    // Red lines of the seats that must always sign: together they must leave an option per issue.
    for (const [issueId, optionIds] of optionsByIssue) {
      const ruledOut = new Set<string>();
      const who: string[] = [];
      for (const seatId of mustSign) {
        if (typeof seatId !== "string") continue;
        const lines = redLinesBySeat.get(seatId)?.get(issueId);
        if (lines === undefined || lines.size === 0) continue;
        who.push(seatId);
        for (const o of lines) ruledOut.add(o);
      }
      if (optionIds.length > 0 && optionIds.every((o) => ruledOut.has(o)) && who.length > 1) {
        add(
          `${issuePaths.get(issueId) ?? "issues"}.options`,
          `Together the red lines of the seats that must always sign (${quoteList(who)}) rule out every option of issue ${quote(issueId)}, so no framework could ever be concluded.`,
        );
      }
    }
  }
  const protectedId = protectedSeats[0];
  if (protectedSeats.length === 1 && protectedId !== undefined) {
    for (const [issueId, optionIds] of optionsByIssue) {
      const lines = redLinesBySeat.get(protectedId)?.get(issueId);
      if (optionIds.length > 0 && lines !== undefined && optionIds.every((o) => lines.has(o))) {
        add(
          `${issuePaths.get(issueId) ?? "issues"}.options`,
          `No option of issue ${quote(issueId)} is acceptable to the protected seat ${quote(protectedId)}, which must sign every framework.`,
        );
      }
    }
  }

  const pen = input.startingPenHolder;
  if (typeof pen === "string") {
    const kind = seatKinds.get(pen);
    if (kind === undefined) {
      add("startingPenHolder", `The starting pen-holder ${quote(pen)} is not a seat of the scenario.`);
    } else if (kind === "redcell") {
      add("startingPenHolder", `The starting pen-holder ${quote(pen)} is the red cell, which is not at the table.`);
    } else if (seatInDefault.get(pen) !== true) {
      add(
        "startingPenHolder",
        `The starting pen-holder ${quote(pen)} is not in the default table (inDefaultTable is false); pick a seat that is always seated.`,
      );
    }
  }

  // --- domestic pressure ---------------------------------------------------------------
  const pressure = (input as { pressure?: { seats?: unknown } }).pressure;
  if (pressure && Array.isArray(pressure.seats)) {
    pressure.seats.forEach((seat, i) => {
      if (typeof seat !== "string") return;
      const kind = seatKinds.get(seat);
      if (kind === undefined)
        add(`pressure.seats.${i}`, `Domestic pressure names ${quote(seat)}, which is not a seat of the scenario.`);
      else if (kind === "redcell")
        add(`pressure.seats.${i}`, `Domestic pressure names the red cell ${quote(seat)}, which has no no-deal value.`);
    });
  }

  // --- events --------------------------------------------------------------------------
  const eventIds = new Set<string>();
  const tableStats: readonly string[] = TABLE_STATS;
  const groupTargets: readonly string[] = EVENT_GROUP_TARGETS;
  events.forEach((event, i) => {
    if (!isObject(event)) return;
    const eventId = str(event.id);
    if (eventId !== undefined) {
      if (eventIds.has(eventId)) {
        add(
          `events[${i}].id`,
          `The event id ${quote(eventId)} is used by more than one event; event ids must be unique.`,
        );
      }
      eventIds.add(eventId);
    }
    const path = elementPath("events", events, i);
    list(event.effects).forEach((effect, k) => {
      if (!isObject(effect)) return;
      const target = str(effect.target);
      const stat = str(effect.stat);
      if (target === undefined) return;
      const effectPath = `${path}.effects[${k}].target`;
      if (!groupTargets.includes(target) && !seatKinds.has(target)) {
        add(
          effectPath,
          `The effect targets ${quote(target)}, which is neither a seat id nor one of ${quoteList(groupTargets)}.`,
        );
        return;
      }
      if (stat === undefined) return;
      if (tableStats.includes(stat) && target !== "table") {
        add(
          effectPath,
          `${quote(stat)} is a table-wide stat, so the effect must target "table", not ${quote(target)}.`,
        );
      } else if (!tableStats.includes(stat) && target === "table") {
        add(
          effectPath,
          `${quote(stat)} belongs to each seat, so the effect must target a seat or a group ("all", "signatories", "europeans"), not "table".`,
        );
      }
    });
  });

  // --- model constants -------------------------------------------------------------------
  const known = options.modelConstants;
  if (known !== undefined && isObject(input.model)) {
    const names = Object.keys(known);
    for (const name of Object.keys(input.model)) {
      if (!Object.hasOwn(known, name)) {
        add(
          `model.${name}`,
          `The deal model has no constant named ${quote(name)}; see docs/model.md for the names (${names.length} constants).`,
        );
      }
    }
  }

  // --- bot talk ----------------------------------------------------------------------------
  if (isObject(input.talk)) checkTalk(input.talk, new Set(seatKinds.keys()), add);

  // --- localized texts ---------------------------------------------------------------------
  walkTexts(input, "", (path, key) => {
    add(
      `${path}.${key}`,
      `${quote(key)} is not a language code; localized texts are keyed by codes like "en", "uk", "fr" or "pt-BR".`,
    );
  });

  return problems;
}

const LANGUAGE_CODE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Calls `bad` for every key of a localized text (an object with a string `en`) that is not a language code. */
function walkTexts(node: unknown, path: string, bad: (path: string, key: string) => void): void {
  if (Array.isArray(node)) {
    node.forEach((item, i) => {
      walkTexts(item, elementPath(path, node, i), bad);
    });
    return;
  }
  if (!isObject(node)) return;
  if (typeof node.en === "string") {
    for (const key of Object.keys(node)) if (!LANGUAGE_CODE.test(key)) bad(path, key);
    return;
  }
  for (const [key, value] of Object.entries(node)) walkTexts(value, path === "" ? key : `${path}.${key}`, bad);
}

/** The talk section: known moves, variants for real seats, slots each move fills, words in every language used. */
function checkTalk(talk: Loose, seatIds: ReadonlySet<string>, add: (path: string, message: string) => void): void {
  const languages = new Set<string>();
  const templates = isObject(talk.templates) ? talk.templates : {};
  for (const [move, variants] of Object.entries(templates)) {
    const movePath = `talk.templates.${move}`;
    if (!isTalkMove(move)) {
      add(movePath, `Bots have no move named ${quote(move)}; the moves are ${quoteList(TALK_MOVES)}.`);
      continue;
    }
    if (!isObject(variants)) continue;
    const slots: readonly string[] = TALK_MOVE_SLOTS[move];
    for (const [variant, texts] of Object.entries(variants)) {
      const variantPath = `${movePath}.${variant}`;
      if (variant !== "default" && !seatIds.has(variant)) {
        add(
          variantPath,
          `${quote(variant)} is not a seat of this scenario; a move's templates are keyed by "default" or a seat id.`,
        );
        continue;
      }
      list(texts).forEach((template, i) => {
        if (!isObject(template)) return;
        for (const [lang, text] of Object.entries(template)) {
          if (typeof text !== "string") continue;
          languages.add(lang);
          for (const [, slot] of text.matchAll(/\{([^{}]*)\}/g)) {
            if (slot !== undefined && slots.includes(slot)) continue;
            const known = (TALK_SLOTS as readonly string[]).includes(slot ?? "");
            add(
              `${variantPath}[${i}].${lang}`,
              known
                ? `The move ${quote(move)} does not fill {${slot}}; its templates may use ${slots.map((x) => `{${x}}`).join(" ")}.`
                : `{${slot}} is not a slot; the move ${quote(move)} fills ${slots.map((x) => `{${x}}`).join(" ")}.`,
            );
          }
        }
      });
    }
  }
  if (!isObject(talk.words)) return;
  const words = talk.words;
  const wordTexts: [string, unknown][] = [
    ["talk.words.blank", words.blank],
    ["talk.words.others", words.others],
    ["talk.words.quote", words.quote],
    ...Object.entries(isObject(words.responses) ? words.responses : {}).map(([r, text]): [string, unknown] => [
      `talk.words.responses.${r}`,
      text,
    ]),
  ];
  for (const [path, text] of wordTexts) {
    if (!isObject(text)) continue;
    const missing = [...languages].filter((lang) => typeof text[lang] !== "string");
    if (missing.length > 0)
      add(path, `The talk templates are written in ${quoteList(missing)} too, but this word is not; add it.`);
  }
  if (isObject(words.quote)) {
    for (const [lang, text] of Object.entries(words.quote)) {
      if (typeof text === "string" && !text.includes("{name}"))
        add(`talk.words.quote.${lang}`, "The quote must contain {name}, where the option's name goes.");
    }
  }
}
