// A bot's side of a conversation: the answer to one message read by `readIntent`, drawn from the
// bot's own brief (its points, red lines and no-deal value in its own view) and from what was said
// before (promises given and received, lines already used). Pure: the memory goes in and comes
// back out, time and seed are inputs, so the same inputs always give the same reply.
import {
  type Amendment,
  type Draft,
  englishMidSentence,
  hashString,
  nextUint32,
  type PlayerView,
  type PrivateBrief,
  type SeatId,
  seedRng,
} from "@ironclad/engine";
import type { BotAction } from "./bot-types.ts";
import { type Valuer, valuer } from "./expected-value.ts";
import { type Intent, LANGS, type Lang, type Topic } from "./intent.ts";
import { indicesOf, type OwnTable, ownTableOf, utilityOf } from "./own-table.ts";
import { REPLY_PARTS, type ReplyPart, VOICES } from "./replies.ts";

/** At most this many replies per seat in any window of `REPLY_WINDOW_MS`. */
export const REPLIES_PER_WINDOW = 3;
export const REPLY_WINDOW_MS = 60_000;
// Memory kept bounded over a long game: the oldest entries go first.
const MAX_SAID = 400;
const MAX_ASKED = 200;
const MAX_SKIPPED = 20;

/** A word given: to support or oppose something, or to sign; by the bot or to it. */
export interface PromiseRecord {
  id: number;
  by: SeatId;
  to: SeatId;
  stance: "support" | "oppose" | "sign";
  /** What it is about; null: the draft as a whole. */
  topic: Topic | null;
  /** The bot's own word in a trade: what `to` must do first (null: nothing). */
  after: Topic | null;
  /** The bot's own word in a trade: what the draft was worth to it then; it keeps its word only to end above that. */
  floor: number | null;
  kind: "promise" | "offer" | "threat";
  madeAt: number;
  status: "open" | "kept" | "broken";
  /** Whether the outcome has been said (by `promisesDue`). */
  told: boolean;
}

/** A message the rate limit left unanswered. */
export interface SkippedMessage {
  from: SeatId;
  at: number;
  issues: string[];
}

/** What a bot remembers of its conversations: plain JSON, kept by the caller between calls. */
export interface ConversationMemory {
  seat: SeatId;
  /** Hashes of the lines said this game (no line twice, unless asked the same thing again). */
  said: string[];
  /** Keys of what was asked (speaker, kind, topics). */
  asked: string[];
  /** Times of recent replies, for the rate limit. */
  replies: number[];
  skipped: SkippedMessage[];
  promises: PromiseRecord[];
  /** What each seat talked about last, for a bare "why?". */
  lastTopics: Record<SeatId, Topic[]>;
  /** Replies given, which varies the choice of lines. */
  count: number;
}

export function newConversationMemory(seat: SeatId): ConversationMemory {
  return { seat, said: [], asked: [], replies: [], skipped: [], promises: [], lastTopics: {}, count: 0 };
}

/** What `composeReply` needs besides the intent. */
export interface ReplyContext {
  /** The bot's own seat view (its own brief only). */
  view: PlayerView;
  memory: ConversationMemory | null;
  /** Who wrote the message. */
  speaker: SeatId;
  /** Table time in ms, for the rate limit and the record of promises. */
  now: number;
  seed: string;
  /** The language to answer in (default: the message's). */
  lang?: Lang;
}

/** Which answer was given. */
export type ReplyKind =
  | "issue"
  | "option"
  | "amendment"
  | "oppose"
  | "sign"
  | "offer"
  | "threat"
  | "promise"
  | "priorities"
  | "greeting"
  | "thanks"
  | "unknown"
  | "skipped";

export interface Reply {
  /** What the bot says; null when the rate limit holds it back (the message is noted in memory). */
  text: string | null;
  lang: Lang;
  kind: ReplyKind;
  /** An action the bot agrees to take now (dispatch it as the bot's seat), or null. */
  action: BotAction | null;
  memory: ConversationMemory;
}

// ---------------------------------------------------------------------------------------------
// The bot's own reckoning, from its own view.

interface Reckoning {
  view: PlayerView;
  brief: PrivateBrief;
  table: OwnTable;
  val: Valuer;
  /** The draft as option indices (-1 blank). */
  current: number[];
}

function reckon(view: PlayerView): Reckoning | null {
  const table = ownTableOf(view);
  if (!table || !view.brief) return null;
  return { view, brief: view.brief, table, val: valuer(view, table), current: indicesOf(table, view.draft) };
}

/** Where an issue and option sit in the table (-1 when unknown; option -1 also for a blank). */
function place(r: Reckoning, issue: string | null, option: string | null): { i: number; o: number } {
  const i = issue === null ? -1 : r.table.issueIds.indexOf(issue);
  const o = i < 0 || option === null ? -1 : (r.table.optionIds[i]?.indexOf(option) ?? -1);
  return { i, o };
}

interface IssueStance {
  best: number;
  ok: number[];
  red: number[];
  poor: number[];
}

/** The seat's options on an issue: its first choice, those it can live with, red lines, the rest. */
function issueStance(r: Reckoning, i: number): IssueStance {
  const row = r.table.points[i] ?? [];
  const forbidden = r.table.forbidden[i] ?? [];
  const best = r.table.best[i] ?? 0;
  const allowed = row.map((_p, o) => o).filter((o) => !forbidden[o]);
  const top = row[best] ?? 0;
  const worst = Math.min(...allowed.map((o) => row[o] ?? 0));
  // Within half the spread of the first choice (and a couple of points at least): a compromise.
  const bar = top - Math.max(2, (top - worst) / 2);
  const rest = allowed.filter((o) => o !== best).sort((a, b) => (row[b] ?? 0) - (row[a] ?? 0));
  return {
    best,
    ok: rest.filter((o) => (row[o] ?? 0) >= bar).slice(0, 2),
    red: row.map((_p, o) => o).filter((o) => forbidden[o]),
    poor: rest.filter((o) => (row[o] ?? 0) < bar),
  };
}

function pointsAt(r: Reckoning, i: number, o: number): number {
  return o < 0 ? 0 : (r.table.points[i]?.[o] ?? 0);
}

/** What writing option `o` (-1: a blank) on issue `i` into the draft does for the seat. */
interface Weighing {
  from: number;
  to: number;
  red: boolean;
  /** The whole draft is worth more to the seat after the change. */
  good: boolean;
  /** The whole draft is worth less to the seat after the change, or it crosses a red line. */
  bad: boolean;
}

function weigh(r: Reckoning, i: number, o: number): Weighing {
  const next = r.current.slice();
  next[i] = o;
  const red = o >= 0 && r.table.forbidden[i]?.[o] === true;
  const before = r.val.value(r.current.slice());
  const after = r.val.value(next);
  return {
    from: pointsAt(r, i, r.current[i] ?? -1),
    to: pointsAt(r, i, o),
    red,
    good: !red && after > before + 1e-9,
    bad: red || after < before - 1e-9,
  };
}

/** Whether the seat would sign a package: complete, no red line, worth more than no deal. */
function signStance(r: Reckoning, pkg: Draft) {
  const idx = indicesOf(r.table, pkg);
  const blanks = r.table.issueIds.filter((_id, i) => (idx[i] ?? -1) < 0);
  const redAt = idx.findIndex((o, i) => o >= 0 && r.table.forbidden[i]?.[o] === true);
  const pts = utilityOf(r.table, idx);
  // The issue where the package falls furthest below the seat's first choice.
  let worst = 0;
  let gap = -Infinity;
  idx.forEach((o, i) => {
    const g = pointsAt(r, i, r.table.best[i] ?? 0) - pointsAt(r, i, o);
    if (g > gap) {
      gap = g;
      worst = i;
    }
  });
  const ok =
    blanks.length === 0 && redAt < 0 && pts >= r.table.noDealValue && r.val.value(idx.slice()) >= r.val.reservation;
  return { idx, blanks, redAt, pts, ok, worst };
}

// ---------------------------------------------------------------------------------------------
// Words

// Quotes as each language's press sets a name; French gets its non-breaking spaces in `typeset`.
const QUOTES: Record<Lang, [string, string]> = {
  en: ["“", "”"],
  uk: ["«", "»"],
  fr: ["« ", " »"],
  de: ["„", "“"],
  pl: ["„", "”"],
};
const AND: Record<Lang, string> = { en: "and", uk: "і", fr: "et", de: "und", pl: "i" };
const OR: Record<Lang, string> = { en: "or", uk: "чи", fr: "ou", de: "oder", pl: "lub" };
// A blank as an option: German and Polish quote it like a label, so that it needs no case ending.
const BLANK: Record<Lang, string> = {
  en: "a blank",
  uk: "порожнє місце",
  fr: "la case vide",
  de: "„keine Regelung“",
  pl: "„brak zapisu”",
};
const GENERAL: Record<Lang, string> = {
  en: "general matters",
  uk: "загальні питання",
  fr: "des questions générales",
  de: "allgemeinen Fragen",
  pl: "sprawy ogólne",
};

// A quote within a quoted name takes the inner marks (Polish „Wysunięty «zapalnik»”).
const INNER_QUOTES: Record<Lang, [string, string]> = {
  en: ["‘", "’"],
  uk: ["„", "“"],
  fr: ["“", "”"],
  de: ["‚", "‘"],
  pl: ["«", "»"],
};

function quote(text: string, lang: Lang): string {
  const [open, close] = QUOTES[lang];
  const [innerOpen, innerClose] = INNER_QUOTES[lang];
  const inner = text
    .replace(new RegExp(`${open.trim()}\\s*`, "gu"), innerOpen)
    .replace(new RegExp(`\\s*${close.trim()}`, "gu"), innerClose);
  return `${open}${inner}${close}`;
}

/** French typography: a non-breaking space before : ; ? ! and inside guillemets. */
function typeset(text: string, lang: Lang): string {
  if (lang !== "fr") return text;
  return text.replace(/ ([:;?!»])/g, "\u00a0$1").replace(/« /g, "«\u00a0");
}

function issueName(v: PlayerView, id: string | null, lang: Lang): string {
  const issue = v.scenario.issues.find((x) => x.id === id);
  if (!issue) return id ?? "";
  return lang === "en" ? englishMidSentence(issue.name.en) : (issue.name[lang] ?? issue.name.en);
}

/** An issue's name as it stands alone in a list: English bare, the others quoted. */
function issueLabel(v: PlayerView, id: string, lang: Lang): string {
  return lang === "en" ? issueName(v, id, lang) : quote(issueName(v, id, lang), lang);
}

function optionName(v: PlayerView, issue: string | null, option: string | null, lang: Lang): string {
  if (option === null) return BLANK[lang];
  const label = v.scenario.issues.find((x) => x.id === issue)?.options.find((o) => o.id === option)?.label;
  if (!label) return quote(option, lang);
  return quote(lang === "en" ? englishMidSentence(label.en) : (label[lang] ?? label.en), lang);
}

function seatName(v: PlayerView, id: SeatId, lang: Lang): string {
  const name = v.scenario.seats.find((s) => s.id === id)?.name;
  return name ? (name[lang] ?? name.en) : id;
}

/** Points with their unit: Ukrainian and Polish have three plural forms, French counts 0 and 1 as singular. */
function points(n: number, lang: Lang): string {
  const v = Math.round(n);
  const a = Math.abs(v);
  const few = a % 10 >= 2 && a % 10 <= 4 && (a % 100 < 12 || a % 100 > 14);
  switch (lang) {
    case "en":
      return `${v} ${a === 1 ? "point" : "points"}`;
    case "fr":
      return `${v} ${a <= 1 ? "point" : "points"}`;
    case "de":
      return `${v} ${a === 1 ? "Punkt" : "Punkte"}`;
    case "pl":
      return `${v} ${a === 1 ? "punkt" : few ? "punkty" : "punktów"}`;
    case "uk":
      return `${v} ${a % 10 === 1 && a % 100 !== 11 ? "бал" : few ? "бали" : "балів"}`;
  }
}

function list(items: string[], lang: Lang, conj: "and" | "or" = "or"): string {
  if (items.length <= 1) return items[0] ?? "";
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(", ")} ${(conj === "and" ? AND : OR)[lang]} ${last}`;
}

/**
 * A topic as a phrase: English bare; Ukrainian and Polish in the genitive (after "щодо", "w
 * sprawie"); French with its article (after "sur"); German without article (after "in Sachen").
 */
function topicName(v: PlayerView, t: Topic | null, lang: Lang): string {
  const n = t?.amendment;
  const phrases: Record<Lang, { draft: string; amendment: string; issue: string; option: string }> = {
    en: { draft: "the draft", amendment: `amendment ${n}`, issue: "{name}", option: "{name}" },
    uk: { draft: "проєкту", amendment: `поправки ${n}`, issue: "пункту {name}", option: "{name}" },
    fr: { draft: "le projet", amendment: `l’amendement ${n}`, issue: "le volet {name}", option: "l’option {name}" },
    de: { draft: "Entwurf", amendment: `Änderungsantrag ${n}`, issue: "Frage {name}", option: "Option {name}" },
    pl: { draft: "projektu", amendment: `poprawki nr ${n}`, issue: "kwestii {name}", option: "opcji {name}" },
  };
  const p = phrases[lang];
  if (!t) return p.draft;
  if (t.amendment !== null) return p.amendment;
  if (t.option !== null) return p.option.replace("{name}", optionName(v, t.issue, t.option, lang));
  return p.issue.replace("{name}", t.issue === null ? "" : issueLabel(v, t.issue, lang));
}

function redText(r: Reckoning, issue: string, option: string, lang: Lang): string {
  const line = r.brief.redLines.find((l) => l.issue === issue && l.options.includes(option));
  return line ? (line.text[lang] ?? line.text.en) : "";
}

// ---------------------------------------------------------------------------------------------
// Lines

interface Piece {
  part: ReplyPart;
  slots: Record<string, string>;
}

function fill(template: string, slots: Record<string, string>, lang: Lang): string {
  const text = typeset(template.replace(/\{(\w+)\}/g, (m, k: string) => slots[k] ?? m).trim(), lang);
  // A sentence may start with a name written mid-sentence ("sanctions …").
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return capital.replace(/([.!?] )(\p{Ll})/gu, (_m, stop: string, c: string) => stop + c.toUpperCase());
}

/** The sentence for a piece with variant `k`. */
function render(p: Piece, lang: Lang, k: number): string {
  const variants = REPLY_PARTS[p.part][lang];
  return fill(variants[k % variants.length] ?? "", p.slots, lang);
}

/** Opener, pieces and closer as one line. */
function assemble(seat: SeatId, pieces: readonly Piece[], lang: Lang, picks: readonly number[]): string {
  const voice = VOICES[seat] ?? VOICES.default;
  const open = voice?.open[lang] ?? [""];
  const close = voice?.close[lang] ?? [""];
  const opener = open[(picks[0] ?? 0) % open.length] ?? "";
  const closer = close[(picks[1] ?? 0) % close.length] ?? "";
  let body = pieces.map((p, k) => render(p, lang, picks[k + 2] ?? 0)).join(" ");
  // An opener ending in a comma or colon runs into the sentence ("Frankly, we …"), when the
  // sentence starts with a plain word of the template rather than a name; not in German, whose
  // nouns keep their capitals (its openers end in a colon, before a whole sentence).
  const first = pieces[0];
  const variants = first ? REPLY_PARTS[first.part][lang] : [];
  const template = variants[(picks[2] ?? 0) % Math.max(1, variants.length)] ?? "";
  if (lang !== "de" && /[,:]$/.test(opener) && /^\p{L}/u.test(template) && !/^I\b/.test(template))
    body = body.charAt(0).toLowerCase() + body.slice(1);
  return typeset([opener, body, closer].filter((s) => s.length > 0).join(" "), lang);
}

/**
 * The line for `pieces`: variants drawn from the seed, the first not said before; every
 * combination in turn when the draws fail; a repeat only when all are used.
 */
function chooseLine(
  seat: SeatId,
  pieces: readonly Piece[],
  lang: Lang,
  said: ReadonlySet<string>,
  seed: string,
): { text: string; hash: string } {
  const voice = VOICES[seat] ?? VOICES.default;
  const sizes = [
    voice?.open[lang].length ?? 1,
    voice?.close[lang].length ?? 1,
    ...pieces.map((p) => REPLY_PARTS[p.part][lang].length),
  ];
  const rng = seedRng(seed);
  const draw = () => sizes.map((n) => nextUint32(rng) % n);
  const tryPicks = (picks: number[]) => {
    const text = assemble(seat, pieces, lang, picks);
    const hash = hashString(text);
    return said.has(hash) ? null : { text, hash };
  };
  const first = draw();
  for (let k = 0; k < 24; k++) {
    const got = tryPicks(k === 0 ? first : draw());
    if (got) return got;
  }
  const total = sizes.reduce((a, b) => a * b, 1);
  for (let n = 0; n < Math.min(total, 5000); n++) {
    let rest = n;
    const picks = sizes.map((s, k) => {
      const d = rest % s;
      rest = Math.floor(rest / s);
      return ((first[k] ?? 0) + d) % s;
    });
    const got = tryPicks(picks);
    if (got) return got;
  }
  const text = assemble(seat, pieces, lang, first);
  return { text, hash: hashString(text) };
}

// ---------------------------------------------------------------------------------------------
// Answers, one per kind of message. Each returns the pieces to say and, at most, one action.

/** A promise as an answer records it (the rest is filled in when stored). */
type PromiseDraft = Omit<PromiseRecord, "id" | "status" | "told" | "madeAt" | "floor"> & { floor?: number };

interface Answer {
  kind: ReplyKind;
  pieces: Piece[];
  action: BotAction | null;
  /** Promises this answer records. */
  promises: PromiseDraft[];
}

function answer(kind: ReplyKind, pieces: Piece[], action: BotAction | null = null): Answer {
  return { kind, pieces, action, promises: [] };
}

function aboutIssue(r: Reckoning, i: number, lang: Lang): Piece[] {
  const v = r.view;
  const issue = r.table.issueIds[i] ?? "";
  const name = issueName(v, issue, lang);
  const st = issueStance(r, i);
  const opt = (o: number) => optionName(v, issue, r.table.optionIds[i]?.[o] ?? null, lang);
  const out: Piece[] = [{ part: "prefer", slots: { issue: name, best: opt(st.best) } }];
  out.push(
    st.ok.length > 0
      ? { part: "liveWith", slots: { ok: list(st.ok.map(opt), lang) } }
      : { part: "nothingElse", slots: {} },
  );
  const red = st.red[0];
  if (red !== undefined)
    out.push({
      part: "redLine",
      slots: { red: opt(red), redText: redText(r, issue, r.table.optionIds[i]?.[red] ?? "", lang) },
    });
  const cur = r.current[i] ?? -1;
  const slots = {
    issue: name,
    current: opt(cur),
    best: opt(st.best),
    pts: points(pointsAt(r, i, cur), lang),
    max: points(pointsAt(r, i, st.best), lang),
  };
  if (cur < 0) out.push({ part: "draftBlank", slots });
  else out.push({ part: cur === st.best ? "draftIsBest" : "draftHas", slots });
  return out;
}

function aboutOption(r: Reckoning, i: number, o: number, lang: Lang): Piece[] {
  const v = r.view;
  const issue = r.table.issueIds[i] ?? "";
  const st = issueStance(r, i);
  const opt = (x: number) => optionName(v, issue, r.table.optionIds[i]?.[x] ?? null, lang);
  const optionId = r.table.optionIds[i]?.[o] ?? "";
  const slots = {
    issue: issueName(v, issue, lang),
    option: opt(o),
    best: opt(st.best),
    pts: points(pointsAt(r, i, o), lang),
    max: points(pointsAt(r, i, st.best), lang),
    redText: redText(r, issue, optionId, lang),
  };
  const part: ReplyPart = st.red.includes(o)
    ? "optRed"
    : o === st.best
      ? "optBest"
      : st.ok.includes(o)
        ? "optOk"
        : "optPoor";
  const out: Piece[] = [{ part, slots }];
  const cur = r.current[i] ?? -1;
  if (cur === o) out.push({ part: "optInDraft", slots: {} });
  else if (cur >= 0)
    out.push({ part: "optVsDraft", slots: { current: opt(cur), cur: points(pointsAt(r, i, cur), lang) } });
  return out;
}

/** The reason a change suits the seat or not, as a clause. */
function whyClause(w: Weighing, lang: Lang): Piece {
  const slots = { from: points(w.from, lang), to: points(w.to, lang), loss: points(w.from - w.to, lang) };
  const part: ReplyPart = w.good ? (w.to > w.from ? "whyGain" : "whyHold") : w.to < w.from ? "whyLoss" : "whyWeaker";
  return { part, slots };
}

function renderClause(p: Piece, lang: Lang, pick: number): string {
  const variants = REPLY_PARTS[p.part][lang];
  return (variants[pick % variants.length] ?? "").replace(/\{(\w+)\}/g, (m, k: string) => p.slots[k] ?? m);
}

function openAmendmentFor(v: PlayerView, issue: string, option: string | null): Amendment | undefined {
  return v.amendments.find((m) => m.status === "open" && m.issue === issue && m.option === option);
}

/** A topic with its amendment's issue and option filled in from the view. */
function resolved(v: PlayerView, t: Topic): Topic {
  if (t.amendment === null || t.issue !== null) return t;
  const m = v.amendments.find((a) => a.id === t.amendment);
  return m ? { issue: m.issue, option: m.option, amendment: t.amendment } : t;
}

/** Asked to back amendment `n`: yes (with the action), or no, and why. */
function onAmendment(r: Reckoning, n: number, lang: Lang, pick: number): Answer {
  const v = r.view;
  const self = v.viewer.kind === "seat" ? v.viewer.seat : "";
  const m = v.amendments.find((a) => a.id === n);
  const ns = String(n);
  if (!m) return answer("amendment", [{ part: "amUnknown", slots: { n: ns } }]);
  if (m.by === self) return answer("amendment", [{ part: "amOwn", slots: { n: ns } }]);
  if (m.status !== "open") return answer("amendment", [{ part: "amClosed", slots: { n: ns } }]);
  if (m.supporters.includes(self)) return answer("amendment", [{ part: "amAlready", slots: { n: ns } }]);
  const { i, o } = place(r, m.issue, m.option);
  if (i < 0) return answer("amendment", [{ part: "amUnknown", slots: { n: ns } }]);
  const w = weigh(r, i, o);
  const slots = {
    n: ns,
    issue: issueName(v, m.issue, lang),
    option: optionName(v, m.issue, m.option, lang),
    redText: m.option ? redText(r, m.issue, m.option, lang) : "",
    why: renderClause(whyClause(w, lang), lang, pick),
  };
  if (w.red) return answer("amendment", [{ part: "amRed", slots }]);
  if (!w.good) return answer("amendment", [{ part: "amNo", slots }]);
  if (v.phase !== "negotiation") return answer("amendment", [{ part: "amNotNow", slots }]);
  return answer("amendment", [{ part: "amYes", slots }], { type: "draft/support", amendment: n });
}

/** Asked to back an option: through its open amendment, or an invitation to table one. */
function onSupport(r: Reckoning, t: Topic, speaker: SeatId, lang: Lang, pick: number): Answer {
  const v = r.view;
  if (t.amendment !== null) return onAmendment(r, t.amendment, lang, pick);
  const { i, o } = place(r, t.issue, t.option);
  if (i < 0) return answer("unknown", []);
  if (t.option === null) return answer("issue", aboutIssue(r, i, lang));
  const m = openAmendmentFor(v, t.issue ?? "", t.option);
  if (m) return onAmendment(r, m.id, lang, pick);
  if ((r.current[i] ?? -1) === o) return answer("option", aboutOption(r, i, o, lang));
  const w = weigh(r, i, o);
  const slots = {
    issue: issueName(v, t.issue, lang),
    option: optionName(v, t.issue, t.option, lang),
    why: renderClause(whyClause(w, lang), lang, pick),
  };
  if (!w.good) return answer("option", w.red ? aboutOption(r, i, o, lang) : [{ part: "wontBack", slots }]);
  const a = answer("option", [{ part: "tableIt", slots }]);
  // Our word: we back the amendment once someone tables it (promisesDue then gives the action).
  a.promises.push({ by: selfOf(v), to: speaker, stance: "support", topic: t, after: null, kind: "promise" });
  return a;
}

/** Asked to oppose: agrees (opposing its open amendment) when the change hurts the seat. */
function onOppose(r: Reckoning, t: Topic, lang: Lang): Answer {
  const v = r.view;
  const self = selfOf(v);
  const topic = resolved(v, t);
  const { i, o } = place(r, topic.issue, topic.option);
  if (i < 0) return answer("unknown", []);
  if (topic.option === null && topic.amendment === null) return answer("issue", aboutIssue(r, i, lang));
  const cur = r.current[i] ?? -1;
  // Already in the draft: nothing to oppose but the text itself; say where we stand on it.
  if (cur === o && topic.amendment === null) return answer("option", aboutOption(r, i, o, lang));
  const w = weigh(r, i, o);
  const slots = {
    issue: issueName(v, topic.issue, lang),
    option: optionName(v, topic.issue, topic.option, lang),
    pts: points(w.to, lang),
    current: optionName(v, topic.issue, r.table.optionIds[i]?.[cur] ?? null, lang),
    cur: points(w.from, lang),
  };
  if (!w.bad) return answer("oppose", [{ part: w.good ? "oppDisagree" : "oppNeutral", slots }]);
  const m =
    topic.amendment !== null
      ? v.amendments.find((a) => a.id === topic.amendment)
      : openAmendmentFor(v, topic.issue ?? "", topic.option);
  const canAct = m && m.status === "open" && m.by !== self && !m.opponents?.includes(self) && v.phase === "negotiation";
  return answer(
    "oppose",
    [{ part: "oppAgree", slots }],
    canAct && m ? { type: "draft/oppose", amendment: m.id } : null,
  );
}

function onSign(r: Reckoning, lang: Lang): Answer {
  const v = r.view;
  const vote = v.phase === "vote" ? v.votes[v.votes.length - 1] : undefined;
  const self = selfOf(v);
  const pkg: Draft = vote ? vote.package : v.draft;
  const s = signStance(r, pkg);
  const worstIssue = r.table.issueIds[s.worst] ?? "";
  const slots: Record<string, string> = {
    pts: points(s.pts, lang),
    issue: issueName(v, worstIssue, lang),
    issues: list(
      s.blanks.map((id) => issueLabel(v, id, lang)),
      lang,
      "and",
    ),
  };
  if (s.blanks.length > 0) return answer("sign", [{ part: "signBlank", slots }]);
  if (s.redAt >= 0) {
    const issue = r.table.issueIds[s.redAt] ?? "";
    const option = r.table.optionIds[s.redAt]?.[s.idx[s.redAt] ?? 0] ?? "";
    return answer("sign", [
      { part: "signRed", slots: { red: optionName(v, issue, option, lang), redText: redText(r, issue, option, lang) } },
    ]);
  }
  if (!s.ok) return answer("sign", [{ part: "signLow", slots }]);
  if (vote && !vote.ballots[self] && !vote.result)
    return answer("sign", [{ part: "signNow", slots }], { type: "vote/sign" });
  return answer("sign", [{ part: "signYes", slots }]);
}

function selfOf(v: PlayerView): SeatId {
  return v.viewer.kind === "seat" ? v.viewer.seat : "";
}

/** The draft with topics applied (an issue named without option: our own amendment on it, else our first choice). */
function applied(r: Reckoning, base: number[], topics: readonly Topic[], ours: boolean): number[] | null {
  const next = base.slice();
  for (const t0 of topics) {
    const t = resolved(r.view, t0);
    const { i } = place(r, t.issue, null);
    if (i < 0) return null;
    let option = t.option;
    if (option === null && t.amendment === null) {
      const self = selfOf(r.view);
      const mine = r.view.amendments.findLast(
        (m) => m.status === "open" && m.issue === t.issue && (m.by === self) === ours,
      );
      option = mine?.option ?? (ours ? (r.table.optionIds[i]?.[r.table.best[i] ?? 0] ?? null) : null);
      if (option === null) return null;
    }
    next[i] = place(r, t.issue, option).o;
  }
  return next;
}

function brokenBy(memory: ConversationMemory, seat: SeatId): PromiseRecord | undefined {
  return memory.promises.findLast((p) => p.by === seat && p.status === "broken");
}

function onOffer(r: Reckoning, intent: Intent, memory: ConversationMemory, speaker: SeatId, lang: Lang): Answer {
  const v = r.view;
  const want = intent.want.map((t) => resolved(v, t));
  const give = intent.give.map((t) => resolved(v, t));
  if (want.length === 0 || give.length === 0) return answer("offer", [{ part: "offerVague", slots: {} }]);
  const slots = {
    want: want.map((t) => topicName(v, t, lang)).join(` ${AND[lang]} `),
    give: give.map((t) => topicName(v, t, lang)).join(` ${AND[lang]} `),
  };
  const wantPkg = applied(r, r.current, want, false);
  // What we are asked for wins where both sides name the same issue: that is what we would back.
  const theirsPkg = applied(r, r.current, give, true);
  const bothPkg = theirsPkg && applied(r, theirsPkg, want, false);
  if (!wantPkg || !bothPkg) return answer("offer", [{ part: "offerVague", slots }]);
  // Asked across a red line: say so, whatever is offered.
  const redIssue = wantPkg.findIndex((o, i) => o >= 0 && o !== r.current[i] && r.table.forbidden[i]?.[o] === true);
  if (redIssue >= 0) {
    const redPiece = aboutOption(r, redIssue, wantPkg[redIssue] ?? 0, lang)[0];
    if (redPiece) return answer("offer", [redPiece]);
  }
  const before = r.val.value(r.current.slice());
  const red = (idx: number[]) => idx.some((o, i) => o >= 0 && r.table.forbidden[i]?.[o] === true);
  const self = selfOf(v);
  const first = want[0] ?? null;
  const theirs = {
    by: speaker,
    to: self,
    stance: "support" as const,
    topic: give[0] ?? null,
    after: null,
    kind: "offer" as const,
  };
  if (!red(wantPkg) && r.val.value(wantPkg) > before + 1e-9) {
    // What we are asked for suits us on its own: agree, and act now where an amendment is open.
    const m =
      first?.amendment != null
        ? v.amendments.find((a) => a.id === first.amendment)
        : first
          ? openAmendmentFor(v, first.issue ?? "", first.option)
          : undefined;
    const canAct =
      m && m.status === "open" && m.by !== self && !m.supporters.includes(self) && v.phase === "negotiation";
    const a = answer(
      "offer",
      [{ part: "offerYes", slots }],
      canAct && m ? { type: "draft/support", amendment: m.id } : null,
    );
    a.promises.push(theirs);
    if (!canAct)
      a.promises.push({ by: self, to: speaker, stance: "support", topic: first, after: null, kind: "offer" });
    return a;
  }
  if (!red(bothPkg) && r.val.value(bothPkg) > before + 1e-9) {
    const broken = brokenBy(memory, speaker);
    const pieces: Piece[] = [{ part: "offerLater", slots }];
    if (broken) pieces.push({ part: "offerDistrust", slots: { broken: topicName(v, broken.topic, lang) } });
    // Where both sides are open amendments, the trade goes on the table as a linked offer, so the
    // engine records it kept or broken (not after a broken word: then they move first).
    const written = broken ? null : linkedOffer(v, self, speaker, first, give[0] ?? null);
    if (written) pieces.push({ part: "offerWritten", slots: {} });
    const a = answer("offer", pieces, written);
    a.promises.push(theirs, {
      by: self,
      to: speaker,
      stance: "support",
      topic: first,
      after: give[0] ?? null,
      kind: "offer",
      floor: before,
    });
    return a;
  }
  return answer("offer", [{ part: "offerNo", slots }]);
}

/**
 * "We support `want` if you support `give`" as an engine offer to `speaker`, when both name open
 * amendments it can be about (ours to back is not ours and not backed yet; theirs to back is not
 * theirs and not backed by them yet) and we have no open offer already; else null.
 */
function linkedOffer(
  v: PlayerView,
  self: SeatId,
  speaker: SeatId,
  want: Topic | null,
  give: Topic | null,
): BotAction | null {
  if (!want || !give || v.phase !== "negotiation") return null;
  if (v.offers.some((o) => o.by === self && o.status === "open")) return null;
  const find = (t: Topic) =>
    t.amendment != null ? v.amendments.find((m) => m.id === t.amendment) : openAmendmentFor(v, t.issue ?? "", t.option);
  const ours = find(want);
  const theirs = find(give);
  if (!ours || !theirs || ours.status !== "open" || theirs.status !== "open" || ours.id === theirs.id) return null;
  if (ours.by === self || ours.supporters.includes(self)) return null;
  if (theirs.by === speaker || theirs.supporters.includes(speaker)) return null;
  return {
    type: "offer/make",
    to: speaker,
    gives: [{ amendment: ours.id, act: "support" }],
    asks: [{ amendment: theirs.id, act: "support" }],
  };
}

function onThreat(r: Reckoning, intent: Intent, speaker: SeatId, lang: Lang): Answer {
  const v = r.view;
  const t = intent.want[0] ? resolved(v, intent.want[0]) : (intent.topics[0] ?? null);
  const record = {
    by: speaker,
    to: selfOf(v),
    stance: intent.signing ? ("sign" as const) : intent.stance,
    topic: t,
    after: null,
    kind: "threat" as const,
  };
  // "This" with nothing named: the speaker's latest open amendment, else anyone's, else the draft.
  const latest =
    v.amendments.findLast((m) => m.status === "open" && m.by === speaker) ??
    v.amendments.findLast((m) => m.status === "open");
  const target: Topic | null =
    t ?? (latest ? { issue: latest.issue, option: latest.option, amendment: latest.id } : null);
  let part: ReplyPart = "threatVague";
  let pts = 0;
  if (target?.issue) {
    const { i, o } = place(r, target.issue, target.option);
    if (i >= 0 && (target.option !== null || target.amendment !== null)) {
      const w = weigh(r, i, o);
      pts = w.to;
      part = w.good === (intent.stance === "support") ? "threatAligned" : "threatFirm";
    }
  } else if (!t) {
    const s = signStance(r, v.draft);
    pts = s.pts;
    part = s.ok ? "threatAligned" : "threatVague";
  }
  const a = answer("threat", [{ part, slots: { topic: topicName(v, target, lang), pts: points(pts, lang) } }]);
  a.promises.push(record);
  return a;
}

function onPromise(r: Reckoning, intent: Intent, speaker: SeatId, lang: Lang): Answer {
  const v = r.view;
  const topics = intent.give.map((t) => resolved(v, t));
  const stance: PromiseRecord["stance"] = intent.signing && topics.length === 0 ? "sign" : intent.stance;
  const self = selfOf(v);
  const records = (topics.length > 0 ? topics : [null]).map((topic) => ({
    by: speaker,
    to: self,
    stance,
    topic,
    after: null,
    kind: "promise" as const,
  }));
  const t = topics[0];
  let part: ReplyPart = "promiseVague";
  if (t?.issue) {
    const { i, o } = place(r, t.issue, t.option);
    if (i >= 0 && (t.option !== null || t.amendment !== null)) {
      const w = weigh(r, i, o);
      part = w.good === (stance === "support") ? "promiseGood" : "promiseMeh";
    }
  } else if (stance === "sign") part = "promiseGood";
  const a = answer("promise", [{ part, slots: { topic: topicName(v, t ?? null, lang) } }]);
  a.promises.push(...records);
  return a;
}

function onPriorities(r: Reckoning, lang: Lang): Answer {
  const v = r.view;
  let worst = -1;
  let gap = 0;
  r.current.forEach((o, i) => {
    const g = pointsAt(r, i, r.table.best[i] ?? 0) - pointsAt(r, i, o);
    if (g > gap) {
      gap = g;
      worst = i;
    }
  });
  if (worst < 0) return answer("priorities", [{ part: "content", slots: {} }]);
  const issue = r.table.issueIds[worst] ?? "";
  const slots = {
    issue: issueName(v, issue, lang),
    best: optionName(v, issue, r.table.optionIds[worst]?.[r.table.best[worst] ?? 0] ?? null, lang),
    current: optionName(v, issue, r.table.optionIds[worst]?.[r.current[worst] ?? -1] ?? null, lang),
  };
  return answer("priorities", [{ part: "priorities", slots }]);
}

function onQuestion(r: Reckoning, topics: readonly Topic[], lang: Lang, pick: number): Answer {
  if (topics.length === 0) return onPriorities(r, lang);
  const pieces: Piece[] = [];
  let kind: ReplyKind = "issue";
  let action: BotAction | null = null;
  // Two topics at most: a reply is a chat line, not a report.
  for (const t0 of topics.slice(0, 2)) {
    const t = resolved(r.view, t0);
    if (t.amendment !== null) {
      const a = onAmendment(r, t.amendment, lang, pick);
      // A question is not a request: say where we stand, act only when asked to.
      pieces.push(...a.pieces.map((p) => (p.part === "amYes" ? { ...p, part: "tableIt" as const } : p)));
      kind = "amendment";
      action = null;
      continue;
    }
    const { i, o } = place(r, t.issue, t.option);
    if (i < 0) continue;
    if (t.option !== null && o >= 0) {
      pieces.push(...aboutOption(r, i, o, lang));
      kind = "option";
    } else pieces.push(...aboutIssue(r, i, lang));
  }
  return { kind, pieces, action, promises: [] };
}

function onUnknown(v: PlayerView, lang: Lang): Answer {
  const names = v.scenario.issues.slice(0, 4).map((i) => issueLabel(v, i.id, lang));
  return answer("unknown", [{ part: "unknown", slots: { topics: `${names.join(", ")}…` } }]);
}

// ---------------------------------------------------------------------------------------------
// The reply

function askKey(intent: Intent, speaker: SeatId): string {
  const topics = intent.topics.map((t) => `${t.amendment ?? ""}/${t.issue ?? ""}/${t.option ?? ""}`).join(",");
  const trade = [...intent.give, ...intent.want].map((t) => `${t.issue ?? ""}/${t.option ?? ""}`).join(",");
  return `${speaker}|${intent.kind}|${intent.stance}|${topics}|${trade}|${intent.lang}`;
}

function copyMemory(m: ConversationMemory): ConversationMemory {
  return {
    ...m,
    said: [...m.said],
    asked: [...m.asked],
    replies: [...m.replies],
    skipped: [...m.skipped],
    promises: m.promises.map((p) => ({ ...p })),
    lastTopics: { ...m.lastTopics },
  };
}

/** Whether the rate limit lets the seat speak at `now` (old reply times are dropped from `m`). */
function mayReply(m: ConversationMemory, now: number): boolean {
  m.replies = m.replies.filter((t) => t > now - REPLY_WINDOW_MS && t <= now);
  return m.replies.length < REPLIES_PER_WINDOW;
}

function summaryPiece(v: PlayerView, skipped: readonly SkippedMessage[], lang: Lang): Piece {
  const who = [...new Set(skipped.map((s) => seatName(v, s.from, lang)))];
  const issues = [...new Set(skipped.flatMap((s) => s.issues))].slice(0, 3);
  const topics = issues.length > 0 ? issues.map((id) => issueLabel(v, id, lang)).join(", ") : GENERAL[lang];
  return { part: "summary", slots: { count: String(skipped.length), who: who.join(` ${AND[lang]} `), topics } };
}

/** Says `pieces` (plus the catch-up on skipped messages) and records the line. */
function speak(
  m: ConversationMemory,
  v: PlayerView,
  pieces: Piece[],
  lang: Lang,
  seed: string,
  now: number,
  key: string,
) {
  const all = m.skipped.length > 0 ? [...pieces, summaryPiece(v, m.skipped, lang)] : pieces;
  m.skipped = [];
  const said = new Set(m.said);
  // Asked the same thing again: the earlier answer may come back word for word.
  if (m.asked.includes(key)) said.clear();
  const line = chooseLine(m.seat, all, lang, said, `${seed}|${m.seat}|${m.count}|${key}`);
  m.said = [...m.said, line.hash].slice(-MAX_SAID);
  if (!m.asked.includes(key)) m.asked = [...m.asked, key].slice(-MAX_ASKED);
  m.replies.push(now);
  m.count++;
  return line.text;
}

/**
 * The bot's answer to a message. Call it for each message that addresses the bot (see
 * `addressesSeat`), with the memory the last call returned; dispatch `action` if there is one.
 * Within the rate limit the text is null and the message is noted for a later catch-up line.
 */
export function composeReply(intent: Intent, ctx: ReplyContext): Reply {
  const v = ctx.view;
  const self = selfOf(v);
  const m = copyMemory(ctx.memory ?? newConversationMemory(self));
  const lang = ctx.lang ?? intent.lang;
  const topics = intent.topics.map((t) => resolved(v, t));
  if (!mayReply(m, ctx.now)) {
    const issues = [...new Set(topics.map((t) => t.issue).filter((x): x is string => x !== null))];
    m.skipped = [...m.skipped, { from: ctx.speaker, at: ctx.now, issues }].slice(-MAX_SKIPPED);
    return { text: null, lang, kind: "skipped", action: null, memory: m };
  }
  const r = reckon(v);
  const key = askKey(intent, ctx.speaker);
  const pick = m.count;
  // A bare "why?" asks about what this seat talked about last.
  const asked = topics.length === 0 && intent.why ? (m.lastTopics[ctx.speaker] ?? []) : topics;
  let a: Answer;
  if (!r) a = onUnknown(v, lang);
  else
    switch (intent.kind) {
      case "question":
        a = asked.length === 0 && intent.why ? onUnknown(v, lang) : onQuestion(r, asked, lang, pick);
        break;
      case "request-support":
        a = topics[0] ? onSupport(r, topics[0], ctx.speaker, lang, pick) : onUnknown(v, lang);
        break;
      case "request-oppose":
        a = topics[0] ? onOppose(r, topics[0], lang) : onUnknown(v, lang);
        break;
      case "request-sign":
        a = onSign(r, lang);
        break;
      case "offer":
        a = onOffer(r, intent, m, ctx.speaker, lang);
        break;
      case "threat":
        a = onThreat(r, intent, ctx.speaker, lang);
        break;
      case "promise":
        a = onPromise(r, intent, ctx.speaker, lang);
        break;
      case "greeting":
      case "thanks":
        a = answer(intent.kind, [
          { part: intent.kind, slots: { speaker: seatName(v, ctx.speaker, lang), seat: seatName(v, self, lang) } },
        ]);
        break;
      default:
        a = onUnknown(v, lang);
    }
  if (a.pieces.length === 0) a = onUnknown(v, lang);
  let nextId = m.promises.reduce((n, p) => Math.max(n, p.id), 0) + 1;
  for (const p of a.promises)
    m.promises.push({ ...p, floor: p.floor ?? null, id: nextId++, madeAt: ctx.now, status: "open", told: false });
  if (topics.length > 0) m.lastTopics = { ...m.lastTopics, [ctx.speaker]: topics };
  const text = speak(m, v, a.pieces, lang, ctx.seed, ctx.now, key);
  return { text, lang, kind: a.kind, action: a.action, memory: m };
}

/**
 * One line answering the messages the rate limit held back, when the limit allows it now (else
 * null). Call it from time to time (e.g. with the bot's own tick) after replies were skipped.
 */
export function catchUpLine(
  memory: ConversationMemory,
  view: PlayerView,
  lang: Lang,
  now: number,
  seed: string,
): { text: string | null; memory: ConversationMemory } {
  const m = copyMemory(memory);
  if (m.skipped.length === 0 || !mayReply(m, now)) return { text: null, memory: m };
  const text = speak(m, view, [], lang, seed, now, `catch-up|${m.count}`);
  return { text, memory: m };
}

// ---------------------------------------------------------------------------------------------
// Promises

/** A promise that was kept or broken, said in every language. */
export interface PromiseNews {
  id: number;
  status: "kept" | "broken";
  text: Record<Lang, string>;
}

/** Whether `seat` backs amendment `m` (proposed or supported it). */
function backs(m: Amendment, seat: SeatId): boolean {
  return m.by === seat || m.supporters.includes(seat);
}

/** Whether a topic has come about: its amendment accepted or backed by `seat`, or the option in the draft. */
function delivered(v: PlayerView, t: Topic, seat: SeatId): boolean {
  if (t.amendment !== null) {
    const m = v.amendments.find((a) => a.id === t.amendment);
    return !!m && (m.status === "accepted" || backs(m, seat));
  }
  if (t.issue === null) return false;
  if (t.option !== null && v.draft[t.issue] === t.option) return true;
  return v.amendments.some(
    (m) => m.issue === t.issue && (t.option === null || m.option === t.option) && backs(m, seat),
  );
}

/** Kept, broken, or still open, from what the view shows. */
function judge(v: PlayerView, p: PromiseRecord): "kept" | "broken" | null {
  if (p.kind === "threat") return null;
  if (p.stance === "sign") {
    const votes = v.votes.filter((x) => x.openedAt >= p.madeAt);
    if (votes.some((x) => x.ballots[p.by] === "sign")) return "kept";
    if (votes.some((x) => x.ballots[p.by] === "decline")) return "broken";
    return null;
  }
  const t = p.topic;
  if (!t) return null;
  if (t.amendment !== null) {
    const m = v.amendments.find((a) => a.id === t.amendment);
    if (!m) return null;
    const b = backs(m, p.by);
    if (p.stance === "support") return b ? "kept" : m.status !== "open" ? "broken" : null;
    if (b) return "broken";
    return m.opponents?.includes(p.by) || m.status !== "open" ? "kept" : null;
  }
  if (t.issue === null || t.option === null) return null;
  // Amendments still open or tabled since the promise are the ones that tell.
  const recent = v.amendments.filter((m) => m.issue === t.issue && (m.status === "open" || m.at >= p.madeAt));
  const same = recent.filter((m) => m.option === t.option && backs(m, p.by));
  const against = recent.filter((m) => m.option !== t.option && m.at >= p.madeAt && backs(m, p.by));
  if (p.stance === "support") return same.length > 0 ? "kept" : against.length > 0 ? "broken" : null;
  return same.some((m) => m.at >= p.madeAt) ? "broken" : null;
}

/** The amendment the bot's own word asks it to back now, if its own valuation still agrees. */
function dueSupport(r: Reckoning, p: PromiseRecord): Amendment | null {
  const v = r.view;
  const self = selfOf(v);
  if (p.by !== self || p.stance !== "support" || !p.topic || v.phase !== "negotiation") return null;
  const t = resolved(v, p.topic);
  const m =
    t.amendment !== null
      ? v.amendments.find((a) => a.id === t.amendment)
      : t.issue !== null
        ? openAmendmentFor(v, t.issue, t.option)
        : undefined;
  if (m?.status !== "open" || backs(m, self)) return null;
  const { i, o } = place(r, m.issue, m.option);
  if (i < 0) return null;
  if (!p.after) return weigh(r, i, o).good ? m : null;
  // A trade: the other side must have done its part, and the two together must leave the
  // draft worth more to us than it was when we agreed.
  const after = resolved(v, p.after);
  if (!delivered(v, after, p.to)) return null;
  const withTheirs = applied(r, r.current, [after], true);
  if (!withTheirs) return null;
  withTheirs[i] = o;
  const red = withTheirs.some((x, k) => x >= 0 && r.table.forbidden[k]?.[x] === true);
  return !red && r.val.value(withTheirs) > (p.floor ?? Infinity) + 1e-9 ? m : null;
}

/**
 * Promises to and by the bot, checked against the view: news of those kept or broken since the
 * last call (each told once, in both languages), and the support the bot's own word now calls for
 * (only where its valuation still agrees). Call it after the table changes; dispatch the actions.
 */
export function promisesDue(
  memory: ConversationMemory,
  view: PlayerView,
): { news: PromiseNews[]; actions: BotAction[]; memory: ConversationMemory } {
  const m = copyMemory(memory);
  const r = reckon(view);
  const self = selfOf(view);
  const news: PromiseNews[] = [];
  const actions: BotAction[] = [];
  for (const p of m.promises) {
    if (p.status === "open") {
      const verdict = judge(view, p);
      if (verdict) {
        p.status = verdict;
        p.told = false;
      } else if (r) {
        const due = dueSupport(r, p);
        if (due && !actions.some((a) => a.type === "draft/support" && a.amendment === due.id))
          actions.push({ type: "draft/support", amendment: due.id });
      }
    }
    if (p.status !== "open" && !p.told) {
      p.told = true;
      const own = p.by === self;
      const part: ReplyPart = own
        ? p.status === "kept"
          ? "keptOwn"
          : "brokenOwn"
        : p.status === "kept"
          ? "keptBy"
          : "brokenBy";
      const piece = (lang: Lang): Piece => ({
        part,
        slots: {
          seat: seatName(view, own ? p.to : p.by, lang),
          topic: topicName(view, p.topic && resolved(view, p.topic), lang),
        },
      });
      // News is said too: the first variant not said before (in any language).
      const said = new Set(m.said);
      const count = REPLY_PARTS[part].en.length;
      const say = (k: number) =>
        Object.fromEntries(LANGS.map((l) => [l, render(piece(l), l, p.id + k)])) as Record<Lang, string>;
      let text = say(0);
      for (let k = 1; k < count && LANGS.some((l) => said.has(hashString(text[l]))); k++) text = say(k);
      m.said = [...m.said, ...LANGS.map((l) => hashString(text[l]))].slice(-MAX_SAID);
      news.push({ id: p.id, status: p.status, text });
    }
  }
  return { news, actions, memory: m };
}

/** Records that a promise was kept or broken (a judgement the view cannot make, such as a threat carried out). */
export function notePromiseOutcome(
  memory: ConversationMemory,
  id: number,
  status: "kept" | "broken",
): ConversationMemory {
  const m = copyMemory(memory);
  const p = m.promises.find((x) => x.id === id);
  if (p && p.status !== status) {
    p.status = status;
    p.told = false;
  }
  return m;
}
