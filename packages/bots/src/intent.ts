// What a person's chat message asks of a bot: read by rules, with no language model, so that the
// same message always reads the same. Names come from the scenario's own labels (every language it
// has) plus a synonym table keyed by the default scenario's ids; a scenario with other ids still
// works through its labels. Ukrainian inflects its nouns, so its words are matched by stem.
import type { Amendment, PublicScenario, SeatId } from "@ironclad/engine";

/** The two languages the reader knows (told apart by script). */
export type Lang = "en" | "uk";

export const INTENT_KINDS = [
  "question",
  "request-support",
  "request-oppose",
  "request-sign",
  "offer",
  "threat",
  "promise",
  "greeting",
  "thanks",
  "unknown",
] as const;
/** What the message does. */
export type IntentKind = (typeof INTENT_KINDS)[number];

/** Something talked about: an issue, an option of it, or an amendment (with its issue and option when known). */
export interface Topic {
  issue: string | null;
  /** An option id; null with `amendment` set means the amendment blanks the issue. */
  option: string | null;
  amendment: number | null;
}

/** A message as the bots read it. */
export interface Intent {
  kind: IntentKind;
  lang: Lang;
  /** Seats the message speaks to by name ("Berlin, ...", "..., Paris?", "@kyiv"). */
  addressed: SeatId[];
  /** Every seat named anywhere in the message. */
  mentioned: SeatId[];
  /** Spoken to everyone ("everyone", "colleagues", "усі"). */
  toAll: boolean;
  /** Everything named: amendments first, then options, then bare issues; no duplicates. */
  topics: Topic[];
  /** Requests and promises: for or against. */
  stance: "support" | "oppose";
  /** Offers and threats: what the speaker does (the main clause). */
  give: Topic[];
  /** Offers and threats: what the speaker asks of the listener (the condition). */
  want: Topic[];
  /** The message asks why (an answer draws on the last topic when it names none). */
  why: boolean;
  /** It speaks of signing ("we will sign", "we'll decline", "will you sign?"). */
  signing: boolean;
  /** It also greets or thanks (besides its main kind). */
  courtesy: boolean;
}

/** What the reader needs besides the text. */
export interface IntentContext {
  scenario: Pick<PublicScenario, "issues" | "seats">;
  /** The table's amendments, to read "my amendment" and to give a numbered amendment its issue. */
  amendments?: readonly Amendment[];
  /** Who wrote the message. */
  speaker?: SeatId;
}

// ---------------------------------------------------------------------------------------------
// Synonyms keyed by the default scenario's ids. A word ending in `*` is a stem (matches any word
// it starts); other words match exactly (English also with a plural s). Words are written without
// the stop words, which the reader drops before matching names. `~` before a phrase marks a weak
// reading, dropped when the message names a strong one of the same kind.

const SEAT_WORDS: Record<string, string[]> = {
  washington: [
    "washington",
    "usa",
    "america",
    "americans",
    "united states",
    "white house",
    "вашингтон*",
    "сша",
    "америк*",
    "американц*",
    "білий дім",
    "білого дому",
  ],
  paris: ["paris", "france", "french", "elysee", "париж*", "франці*", "француз*"],
  london: [
    "london",
    "britain",
    "british",
    "brits",
    "uk",
    "united kingdom",
    "england",
    "лондон*",
    "британ*",
    "великобритан*",
    "англі*",
  ],
  berlin: ["berlin", "germany", "german", "germans", "bundestag", "берлін*", "німеччин*", "німц*", "німецьк*"],
  warsaw: ["warsaw", "poland", "poles", "polish", "варшав*", "польщ*", "поляк*", "польськ*"],
  rome: ["rome", "italy", "italian*", "рим", "рима", "риме", "римі", "риму", "італі*"],
  helsinki: ["helsinki", "finland", "finns", "finnish", "гельсінкі", "фінлянд*", "фіни", "фінів", "фінськ*"],
  brussels: ["brussels", "commission", "european commission", "брюссел*", "єврокоміс*"],
  kyiv: ["kyiv", "kiev", "ukraine", "ukrainians", "zelensky*", "київ*", "києв*", "україн*", "українц*", "зеленськ*"],
  moscow: ["moscow", "russia", "russians", "kremlin", "putin", "москв*", "росі*", "кремл*", "путін*"],
};

const ISSUE_WORDS: Record<string, string[]> = {
  pledge: [
    "pledge*",
    "mutual defence",
    "mutual defense",
    "defence commitment",
    "defense commitment",
    "~guarantee*",
    "~commitment*",
    "гаранті*",
    "зобов'язан*",
    "взаємн* оборон*",
  ],
  force: [
    "force*",
    "troop*",
    "deploy*",
    "soldier*",
    "peacekeep*",
    "boots ground",
    "contingent*",
    "сили",
    "сил",
    "силам*",
    "силах",
    "сила",
    "війсь*",
    "військов*",
    "контингент*",
    "миротвор*",
    "солдат*",
    "розгортан*",
  ],
  "us-role": [
    "us role",
    "usa role",
    "role usa",
    "american role",
    "america's role",
    "usa contribution",
    "american contribution",
    "backstop*",
    "~usa",
    "~america",
    "~american",
    "~united states",
    "роль сша",
    "внесок сша",
    "підстраховк*",
    "~сша",
    "~америк*",
    "~американськ*",
  ],
  arms: [
    "arms",
    "weapon*",
    "aid",
    "military aid",
    "ammunition",
    "ammo",
    "equipment",
    "озброєн*",
    "збро*",
    "~допомог*",
    "постачан*",
    "боєприпас*",
  ],
  "army-cap": [
    "army",
    "armies",
    "cap",
    "capped",
    "caps",
    "ceiling",
    "army size",
    "~limit*",
    "армі*",
    "стел*",
    "чисельн*",
    "~обмежен*",
  ],
  sanctions: ["sanction*", "санкці*", "санкцій"],
  "legal-form": [
    "legal*",
    "ratif*",
    "binding",
    "legal form",
    "правов*",
    "юридичн*",
    "ратифік*",
    "обов'язков*",
    "форм* угод*",
  ],
  alignment: [
    "alignment",
    "align*",
    "nato",
    "allianc*",
    "membership",
    "~eu",
    "~european union",
    "союз*",
    "нато",
    "членств*",
    "~єс",
    "~євросоюз*",
  ],
  burden: [
    "burden*",
    "cost*",
    "pay*",
    "paid",
    "bill",
    "~money",
    "~funding",
    "тягар*",
    "витрат*",
    "плат*",
    "~кошт*",
    "~грош*",
    "~фінансув*",
  ],
};

const OPTION_WORDS: Record<string, Record<string, string[]>> = {
  pledge: {
    consult: ["consult*", "24 hours", "meet 24", "talks only", "консультац*", "24 годин*"],
    assist: [
      "assist*",
      "consult assist",
      "article 5 like",
      "article five like",
      "консультац* допомог*",
      "консультац* й допомог*",
      "кшталт статт* 5",
    ],
    article5: [
      "article 5",
      "article five",
      "art 5",
      "deems necessary",
      "deem necessary",
      "стат* 5",
      "статт* п'ят*",
      "вважатиме потрібн*",
    ],
    automatic: [
      "automatic military",
      "automatic assistance",
      "automatic defence",
      "automatic defense",
      "automatic help",
      "military assistance",
      "автоматичн* військов*",
      "автоматичн* допомог*",
      "військов* допомог*",
    ],
  },
  force: {
    none: [
      "no force",
      "no forces",
      "no troops",
      "no european troops",
      "no foreign troops",
      "neighbouring states",
      "neighboring states",
      "без сил",
      "без війсь*",
      "жодн* війсь*",
    ],
    trainers: [
      "trainer*",
      "training mission",
      "logistics hub*",
      "hubs",
      "instructor*",
      "інструктор*",
      "логістичн* хаб*",
      "хаб*",
    ],
    mfu: [
      "mfu",
      "multinational*",
      "reassurance force",
      "coalition willing",
      "багатонаціональн*",
      "сил* заспокоєн*",
      "коаліц* охоч*",
    ],
    tripwire: [
      "tripwire*",
      "trip wire",
      "forward presence",
      "line contact",
      "front line",
      "frontline",
      "розтяжк*",
      "передов*",
      "лінії зіткнен*",
      "лінія зіткнен*",
    ],
  },
  "us-role": {
    political: [
      "political backing",
      "political support",
      "politically only",
      "only political*",
      "lip service",
      "політичн* підтримк*",
      "лише політичн*",
    ],
    intel: ["intel*", "surveillance", "intelligence logistics", "розвід*", "розвідк* логістик*"],
    air: [
      "air",
      "airpower",
      "air power",
      "air defence",
      "air defense",
      "air cover",
      "air shield",
      "aircraft",
      "jets",
      "ппо",
      "авіац*",
      "повітр*",
      "протиповітрян*",
    ],
    troops: [
      "usa troops",
      "american troops",
      "usa boots",
      "american boots",
      "usa soldiers",
      "american soldiers",
      "usa ground troops",
      "american ground troops",
      "американськ* війсь*",
      "американськ* сухопутн*",
      "американськ* солдат*",
      "війсь* сша",
    ],
  },
  arms: {
    yearly: ["year year", "yearly", "annual*", "each year", "щоріч*", "щороку", "рік рік"],
    "ten-year": ["ten year*", "10 year*", "decade", "десятирічн*", "10 рок*", "десять рок*"],
    "us-made": [
      "usa made",
      "american made",
      "american weapons",
      "american arms",
      "buy american",
      "purl",
      "fifteen year*",
      "15 year*",
      "американськ* збро*",
      "п'ятнадцят*",
      "15 рок*",
    ],
    memorandum: [
      "memorandum",
      "israel*",
      "steel porcupine",
      "co production",
      "coproduction",
      "меморандум*",
      "ізраїл*",
      "дикобраз*",
      "спільн* виробництв*",
    ],
  },
  "army-cap": {
    "cap-600k": ["600000", "600 000"],
    "cap-800k": ["800000", "800 000"],
    uncapped: [
      "no cap",
      "uncapped",
      "no limit*",
      "without limit*",
      "no ceiling",
      "without cap",
      "без обмежен*",
      "жодн* обмежен*",
      "без стел*",
    ],
  },
  sanctions: {
    lifted: [
      "lift*",
      "lifted signature",
      "drop sanctions",
      "end sanctions",
      "remove sanctions",
      "скасуван*",
      "скасуват*",
      "зняти санкці*",
      "зняття санкцій",
    ],
    consensus: ["consensus", "unanim*", "консенсус*", "одностайн*"],
    "snap-back": [
      "snap back",
      "snapback",
      "automatic sanctions",
      "sanctions snap back",
      "снепбек",
      "снеп бек",
      "автоматичн* поверн*",
      "автоматичн* санкці*",
    ],
    "snap-back-assets": [
      "assets",
      "frozen assets",
      "russian assets",
      "reparation*",
      "snap back assets",
      "актив*",
      "репарац*",
    ],
  },
  "legal-form": {
    declaration: ["declaration*", "political declaration", "joint declaration", "декларац*"],
    executive: ["executive*", "executive agreement*", "виконавч*", "виконавч* угод*"],
    treaty: ["treaty", "treaties", "ratified treat*", "договір", "договор*", "ратифікован* договор*"],
  },
  alignment: {
    neutrality: ["neutral*", "constitutional neutrality", "нейтрал*", "нейтральн*"],
    "nato-deferred": [
      "nato off agenda",
      "off agenda",
      "defer*",
      "nato later",
      "postpone*",
      "відклад*",
      "не порядку денному",
      "нато поки",
    ],
    "eu-date": [
      "eu accession",
      "eu membership",
      "join eu",
      "accession",
      "fixed date",
      "вступ* єс",
      "членств* єс",
      "вступ* євросоюз*",
      "певн* дат*",
    ],
    "open-door": [
      "open door",
      "nato door",
      "door open",
      "right choose",
      "nato membership",
      "join nato",
      "двері нато",
      "відчинен* двер*",
      "право вибору",
      "право обирати",
      "членств* нато",
      "вступ* нато",
    ],
  },
  burden: {
    "us-most": [
      "usa pays",
      "america pays",
      "usa carries",
      "usa carry",
      "usa pay",
      "washington pays",
      "платять сша",
      "платитимуть сша",
      "сша платять",
      "здебільшого сша",
    ],
    even: ["even split", "fifty fifty", "50 50", "evenly", "equal*", "split evenly", "порівну", "навпіл"],
    "europe-most": [
      "europe pays",
      "europe carries",
      "europe carry",
      "europe pay",
      "europeans pay",
      "платить європа",
      "європа платить",
      "здебільшого європ*",
      "платять європейц*",
    ],
  },
};

// Words dropped before names are matched (never a negation: "no cap" must stay "no cap").
const STOP = new Set(
  (
    "the a an of to in on at for by with and or is are be our its their this that these those about from as it into " +
    "what which how would will you your we i me my do does did can could should please then so just also any some within " +
    "і й та в у на до з із за від по про для це цей ця ці а же ж би б чи що як ви ваш ваша ваше вашу ми наш наша " +
    "нашу я мій моя мою щодо ну ось там тут"
  ).split(" "),
);

// Intent markers, matched on the whole message (stop words kept).
const M = {
  greeting: [
    "hello",
    "hi",
    "hey",
    "good morning",
    "good afternoon",
    "good evening",
    "greetings",
    "bonjour",
    "привіт*",
    "вітаю",
    "вітаємо",
    "добрий день",
    "доброго дня",
    "добрий вечір",
    "доброго ранку",
    "добрий ранок",
    "здрастуйте",
    "здоровенькі",
  ],
  thanks: ["thank*", "thx", "cheers", "appreciate*", "дяку*", "спасибі", "вдячн*"],
  question: [
    "what",
    "which",
    "how",
    "why",
    "would you",
    "will you",
    "could you",
    "can you",
    "do you",
    "are you",
    "is it",
    "thoughts",
    "your view",
    "your position",
    "your stance",
    "accept*",
    "live with",
    "ok with",
    "okay with",
    "fine with",
    "що",
    "як",
    "чи",
    "які",
    "який",
    "яка",
    "яке",
    "чому",
    "навіщо",
    "позиці*",
    "думаєте",
    "приймете",
    "погодитес*",
    "погодились",
    "згодні",
    "щодо",
  ],
  why: ["why", "чому", "навіщо"],
  support: [
    "support*",
    "back",
    "backing",
    "endorse*",
    "second",
    "vote for",
    "get behind",
    "push for",
    "підтрима*",
    "підтримк*",
    "підтримуй*",
    "проголосу* за",
    "голосу* за",
    "схвал*",
  ],
  oppose: [
    "oppose*",
    "block*",
    "reject*",
    "vote against",
    "veto*",
    "kill",
    "against",
    "заблоку*",
    "блоку*",
    "відхил*",
    "проти",
    "вето",
  ],
  sign: [
    "sign",
    "signs",
    "signing",
    "signature",
    "ballot",
    "call vote",
    "call a vote",
    "straw poll",
    "підпиш*",
    "підписа*",
    "підпис*",
    "голосуван*",
  ],
  firstFuture: [
    "i'll",
    "we'll",
    "i will",
    "we will",
    "i shall",
    "we shall",
    "we promise",
    "i promise",
    "you have my word",
    "you have our word",
    "count on us",
    "count on me",
    "we're going to",
    "we are going to",
    "i'm going to",
    "i am going to",
    "we won't",
    "i won't",
    "we will not",
    "we cannot",
    "we can't",
    "we support",
    "i support",
    "we back",
    "i back",
    "we oppose",
    "we sign",
    "обіцяю",
    "обіцяємо",
    "даю слово",
    "даємо слово",
    "розраховувати на нас",
    "можете розраховувати",
    "ми будемо",
    "я буду",
  ],
  conditional: ["if", "unless", "provided", "as long as", "on condition", "якщо", "якшо", "за умови", "коли ви"],
  exchange: ["in exchange", "in return", "for your", "в обмін", "натомість", "взамін"],
  otherwise: ["otherwise", "or else", "інакше", "а то", "бо інакше"],
  threatWords: [
    "decline",
    "walk away",
    "walk out",
    "leave",
    "refuse",
    "block*",
    "veto*",
    "oppose*",
    "won't sign",
    "will not sign",
    "not sign",
    "sink",
    "pull out",
    "regret",
    "consequences",
    "against you",
    "відмов*",
    "не підпиш*",
    "не підпишемо",
    "вийдемо",
    "підемо",
    "заблоку*",
    "вето",
    "пожалку*",
    "наслідк*",
    "зірвемо",
    "проти вас",
  ],
  you: ["you", "your", "yours", "ви", "вас", "ваш*", "вам", "вами", "ти", "тебе", "твій", "твою", "твоя"],
  we: ["i", "we", "i'll", "we'll", "ми", "я", "нас", "наш*"],
  negation: ["not", "no", "never", "won't", "don't", "can't", "cannot", "wouldn't", "не", "ні", "ніколи"],
  toAll: ["everyone", "everybody", "all", "colleagues", "friends", "усі", "всі", "усім", "всім", "колеги", "друзі"],
};

// Ukrainian verbs in the first person plural future or present (підтримаємо, заблокуємо, підпишемо).
const UK_FIRST_PLURAL = /^[а-яіїєґ']{3,}(емо|ємо|имо|їмо)(ся)?$/u;
// The vocative of Ukrainian names ends in -е/-о/-у (Берліне, Варшаво): matched by the seat stems.

// ---------------------------------------------------------------------------------------------
// Matching

interface Word {
  text: string;
  prefix: boolean;
}
type Phrase = Word[];

function phrase(spec: string): Phrase {
  return spec
    .split(" ")
    .filter((w) => w.length > 0)
    .map((w) => (w.endsWith("*") ? { text: w.slice(0, -1), prefix: true } : { text: w, prefix: false }));
}

function wordMatches(w: Word, token: string): boolean {
  if (w.prefix) return token.startsWith(w.text);
  return token === w.text || token === `${w.text}s` || token === `${w.text}es`;
}

function phraseAt(p: Phrase, tokens: readonly string[], at: number): boolean {
  if (at + p.length > tokens.length) return false;
  for (let k = 0; k < p.length; k++) {
    const w = p[k];
    const t = tokens[at + k];
    if (!w || t === undefined || !wordMatches(w, t)) return false;
  }
  return true;
}

/** The earliest place one of `specs` occurs in `tokens` from `from` (the longest there); at -1: nowhere. */
function findAny(specs: readonly string[], tokens: readonly string[], from = 0): { at: number; len: number } {
  const phrases = specs.map(phrase);
  for (let i = from; i < tokens.length; i++) {
    let len = 0;
    for (const p of phrases) if (p.length > len && phraseAt(p, tokens, i)) len = p.length;
    if (len > 0) return { at: i, len };
  }
  return { at: -1, len: 0 };
}

function has(specs: readonly string[], tokens: readonly string[]): boolean {
  return findAny(specs, tokens).at >= 0;
}

type Target =
  | { kind: "seat"; seat: string }
  | { kind: "issue"; issue: string }
  | { kind: "option"; issue: string; option: string }
  | { kind: "amendment"; amendment: number };

interface Entry {
  words: Phrase;
  target: Target;
  weak: boolean;
  /** A single distinctive word of a label: yields to any synonym or whole label. */
  derived: boolean;
  /** Letters in the pattern: the more, the more specific. */
  weight: number;
}

/** Tokens of a text: lower case, apostrophes unified, hyphens split, "'s" dropped. */
function tokenize(text: string): { tokens: string[]; starts: number[]; ends: number[] } {
  const tokens: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}]+)*/gu)) {
    let t = m[0];
    if (t.endsWith("'s")) t = t.slice(0, -2);
    tokens.push(t);
    starts.push(m.index ?? 0);
    ends.push((m.index ?? 0) + m[0].length);
  }
  return { tokens, starts, ends };
}

function normalize(text: string): string {
  return (
    text
      .normalize("NFC")
      // "US" the country, before lower case makes it "us" the pronoun.
      .replace(/\bU\.?S\.?A?\b\.?/g, " usa ")
      .toLowerCase()
      .replace(/[’ʼ`‘]/g, "'")
      .replace(/[-‐‑–]/g, " ")
      // Thousands: "600,000", "600 000", "600k", "600 тис." all read as 600000.
      .replace(/(\d)[,.\s\u00a0\u202f](?=\d{3}(?!\d))/g, "$1")
      .replace(/(\d+)\s*(?:k\b|thousand\b|тис\.?\p{L}*)/gu, (_m, n: string) => `${n}000`)
  );
}

/** A word of a label as a pattern: Ukrainian by stem (it inflects), English allowing a plural. */
function labelWord(w: string, uk: boolean): string {
  if (/\d/.test(w)) return w;
  if (uk) {
    if (w.length >= 6) return `${w.slice(0, w.length - 2)}*`;
    if (w.length >= 4) return `${w.slice(0, w.length - 1)}*`;
    return w;
  }
  if (w.length >= 5) return `${w.replace(/(es|s|e|y)$/, "")}*`;
  return w;
}

function contentWords(label: string): string[] {
  return tokenize(normalize(label)).tokens.filter((t) => !STOP.has(t));
}

function isUk(text: string): boolean {
  return /[а-яіїєґ]/u.test(text.toLowerCase());
}

// Label words too common in talk to name an option alone.
const COMMON = new Set(
  "open right only style decided joint made paid even most split carries fixed hours now рішення лише поки право певної дати більше обмежень".split(
    " ",
  ),
);
const MARKER_WORDS = Object.values(M).flat().map(phrase);

/**
 * A scenario text in the languages the reader reads (`Lang`): a French or German label would only
 * blur English words ("parts", "date") and name nothing a message in English or Ukrainian says.
 */
function readable(text: { en: string; uk?: string | undefined }): string[] {
  return text.uk === undefined ? [text.en] : [text.en, text.uk];
}

/** Every name the reader knows for a scenario: its labels (whole and by distinctive word) and the synonyms. */
function buildLexicon(scenario: Pick<PublicScenario, "issues" | "seats">): Entry[] {
  const entries: Entry[] = [];
  const add = (spec: string, target: Target, derived = false) => {
    const weak = spec.startsWith("~");
    const words = phrase(weak ? spec.slice(1) : spec);
    const weight = words.reduce((n, w) => n + w.text.length, 0);
    if (words.length > 0) entries.push({ words, target, weak, derived, weight });
  };
  const fromLabel = (text: string, target: Target) => {
    const words = contentWords(text);
    if (words.length > 0) add(words.map((w) => labelWord(w, isUk(w))).join(" "), target);
  };
  for (const seat of scenario.seats) {
    const target: Target = { kind: "seat", seat: seat.id };
    for (const name of readable(seat.name)) {
      fromLabel(name, target);
      // "Brussels (EU)" is also just "Brussels".
      const first = contentWords(name)[0];
      if (first) add(labelWord(first, isUk(first)), target);
    }
    for (const w of SEAT_WORDS[seat.id] ?? []) add(w, target);
  }
  // A label word names an option alone only when no other option or issue uses it, and it is
  // not a word of the talk itself ("signature", "backing").
  const wordUse = new Map<string, number>();
  const count = (text: string) => {
    for (const w of new Set(contentWords(text))) wordUse.set(w, (wordUse.get(w) ?? 0) + 1);
  };
  for (const issue of scenario.issues) {
    for (const n of readable(issue.name)) count(n);
    for (const o of issue.options) for (const l of readable(o.label)) count(l);
  }
  const distinctive = (w: string) =>
    (wordUse.get(w) ?? 0) === 1 &&
    (w.length >= 4 || /\d/.test(w)) &&
    !COMMON.has(w) &&
    !MARKER_WORDS.some((p) => p.length === 1 && p[0] && wordMatches(p[0], w));
  for (const issue of scenario.issues) {
    const target: Target = { kind: "issue", issue: issue.id };
    for (const n of readable(issue.name)) {
      fromLabel(n, target);
      for (const w of contentWords(n)) if (distinctive(w)) add(labelWord(w, isUk(w)), target, true);
    }
    for (const w of ISSUE_WORDS[issue.id] ?? []) add(w, target);
    for (const o of issue.options) {
      const ot: Target = { kind: "option", issue: issue.id, option: o.id };
      for (const l of readable(o.label)) {
        fromLabel(l, ot);
        for (const w of contentWords(l)) if (distinctive(w)) add(labelWord(w, isUk(w)), ot, true);
      }
      for (const w of OPTION_WORDS[issue.id]?.[o.id] ?? []) add(w, ot);
    }
  }
  return entries;
}

const lexicons = new WeakMap<object, WeakMap<object, Entry[]>>();

function lexiconOf(scenario: Pick<PublicScenario, "issues" | "seats">): Entry[] {
  let bySeats = lexicons.get(scenario.issues);
  if (!bySeats) {
    bySeats = new WeakMap();
    lexicons.set(scenario.issues, bySeats);
  }
  let lex = bySeats.get(scenario.seats);
  if (!lex) {
    lex = buildLexicon(scenario);
    bySeats.set(scenario.seats, lex);
  }
  return lex;
}

/** A name found in the message: its target and where (token indices, `to` exclusive). */
interface Found {
  target: Target;
  weak: boolean;
  from: number;
  to: number;
}

const AMENDMENT_TOKEN = /^amendmentref(\d+)$/;

/** Names in the message, longest first and never overlapping (amendment placeholders included). */
function findNames(lex: readonly Entry[], tokens: readonly string[]): Found[] {
  const content: string[] = [];
  const index: number[] = [];
  const found: Found[] = [];
  tokens.forEach((t, k) => {
    const a = AMENDMENT_TOKEN.exec(t);
    if (a) found.push({ target: { kind: "amendment", amendment: Number(a[1]) }, weak: false, from: k, to: k + 1 });
    else if (!STOP.has(t)) {
      content.push(t);
      index.push(k);
    }
  });
  const all: { e: Entry; at: number }[] = [];
  for (const e of lex)
    for (let i = 0; i < content.length; i++) if (phraseAt(e.words, content, i)) all.push({ e, at: i });
  // Longer phrases win; then strong over weak, synonyms over single label words, options over
  // issues over seats (more specific), longer patterns; then the earlier place.
  const rank = (t: Target) => (t.kind === "option" ? 2 : t.kind === "issue" ? 1 : 0);
  all.sort(
    (a, b) =>
      b.e.words.length - a.e.words.length ||
      Number(a.e.weak) - Number(b.e.weak) ||
      Number(a.e.derived) - Number(b.e.derived) ||
      rank(b.e.target) - rank(a.e.target) ||
      b.e.weight - a.e.weight ||
      a.at - b.at,
  );
  const taken: (Target["kind"] | null)[] = new Array(content.length).fill(null);
  for (const { e, at } of all) {
    const end = at + e.words.length;
    let free = true;
    for (let k = at; k < end; k++) if (taken[k] !== null) free = false;
    const from = index[at] ?? 0;
    const to = (index[end - 1] ?? 0) + 1;
    // A word may name a seat and an issue at once ("America"): same span, other kind, both kept.
    const twin =
      !free &&
      found.some((f) => f.from === from && f.to === to && (f.target.kind === "seat") !== (e.target.kind === "seat")) &&
      !found.some((f) => f.from === from && f.to === to && f.target.kind === e.target.kind);
    if (!free && !twin) continue;
    for (let k = at; k < end; k++) taken[k] = e.target.kind;
    found.push({ target: e.target, weak: e.weak, from, to });
  }
  found.sort((a, b) => a.from - b.from);
  return found;
}

// ---------------------------------------------------------------------------------------------
// Amendments

const AMENDMENT_NUMBER =
  /(?:amendments?|amdt\.?|amend\.?|поправк\p{L}*)\s*(?:no\.?|number|nr\.?|номер|#|№)?\s*(\d{1,3})(?!\d)|[#№]\s*(\d{1,3})(?!\d)/gu;
const MY_AMENDMENT =
  /\b(?:my|our)\s+(?:last\s+|latest\s+|new\s+)?amendment(?!ref)|(?<!\p{L})(?:мо[яюєї]\p{L}*|наш\p{L}*)\s+(?:\p{L}+\s+)?поправк\p{L}*/u;
const YOUR_AMENDMENT =
  /\byour\s+(?:last\s+|latest\s+|new\s+)?amendment(?!ref)|(?<!\p{L})(?:ваш\p{L}*|тво[яюєї]\p{L}*)\s+(?:\p{L}+\s+)?поправк\p{L}*/u;
const THE_AMENDMENT =
  /\b(?:this|that|the|last|latest)\s+amendment(?!ref)|(?<!\p{L})(?:цю|ця|цієї|цій|ту|та|тієї|останн\p{L}*)\s+поправк\p{L}*/u;

function latestOpen(amendments: readonly Amendment[], keep: (m: Amendment) => boolean): Amendment | undefined {
  for (let k = amendments.length - 1; k >= 0; k--) {
    const m = amendments[k];
    if (m && m.status === "open" && keep(m)) return m;
  }
  return undefined;
}

/** Writes each amendment the text names as a placeholder token (`amendmentref3`). */
function markAmendments(norm: string, ctx: IntentContext): string {
  let out = norm.replace(AMENDMENT_NUMBER, (_m, a?: string, b?: string) => ` amendmentref${Number(a ?? b)} `);
  const all = ctx.amendments ?? [];
  if (all.length === 0) return out;
  // "my amendment": the speaker's latest open one; "your amendment": someone else's; "this amendment": the latest.
  const readings: [RegExp, (m: Amendment) => boolean][] = [
    [MY_AMENDMENT, (m) => m.by === ctx.speaker],
    [YOUR_AMENDMENT, (m) => m.by !== ctx.speaker],
    [THE_AMENDMENT, () => true],
  ];
  for (const [re, keep] of readings) {
    const m = re.test(out) ? latestOpen(all, keep) : undefined;
    if (m) {
      out = out.replace(re, ` amendmentref${m.id} `);
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Reading

function topicKey(t: Topic): string {
  return `${t.amendment ?? ""}|${t.issue ?? ""}|${t.option ?? ""}`;
}

function dedupe(topics: Topic[]): Topic[] {
  const seen = new Set<string>();
  return topics.filter((t) => {
    const k = topicKey(t);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/** Topics among `found`: amendments, options, then bare issues not already carried by one of them. */
function topicsOf(found: readonly Found[], amendments: readonly Amendment[] | undefined): Topic[] {
  const strongOptions = found.some((f) => f.target.kind === "option" && !f.weak);
  const strongIssues = found.some((f) => f.target.kind === "issue" && !f.weak);
  const out: Topic[] = [];
  for (const f of found) {
    const t = f.target;
    if (t.kind !== "amendment") continue;
    const m = amendments?.find((a) => a.id === t.amendment);
    out.push({ issue: m?.issue ?? null, option: m ? m.option : null, amendment: t.amendment });
  }
  for (const f of found) {
    const t = f.target;
    if (t.kind === "option" && !(f.weak && strongOptions))
      out.push({ issue: t.issue, option: t.option, amendment: null });
  }
  for (const f of found) {
    const t = f.target;
    if (t.kind !== "issue" || (f.weak && (strongIssues || out.length > 0))) continue;
    if (!out.some((o) => o.issue === t.issue)) out.push({ issue: t.issue, option: null, amendment: null });
  }
  return dedupe(out);
}

/** Seats spoken to: named before the first pause, after the last comma or colon, or with an @. */
function addressedSeats(text: string, tk: ReturnType<typeof tokenize>, found: readonly Found[]): SeatId[] {
  const seats = found.filter((f) => f.target.kind === "seat");
  const out: SeatId[] = [];
  const push = (f: Found) => {
    if (f.target.kind === "seat" && !out.includes(f.target.seat)) out.push(f.target.seat);
  };
  const covered = (k: number) => seats.some((f) => k >= f.from && k < f.to);
  const filler = (t: string) => FILLERS.some((p) => p[0] && wordMatches(p[0], t));
  // Only seats and fillers ("dear", "hello", "and") in a stretch of tokens: those seats are spoken to.
  const vocative = (from: number, to: number) => {
    if (to <= from) return;
    for (let k = from; k < to; k++) if (!covered(k) && !filler(tk.tokens[k] ?? "")) return;
    for (const f of seats) if (f.from >= from && f.to <= to) push(f);
  };
  const pause = text.search(/[,:;!?—]/);
  if (pause > 0) vocative(0, tk.ends.filter((e) => e <= pause).length);
  const lastPause = Math.max(text.lastIndexOf(","), text.lastIndexOf(":"));
  if (lastPause > 0) {
    const tailFrom = tk.starts.findIndex((s) => s > lastPause);
    if (tailFrom >= 0) vocative(tailFrom, tk.tokens.length);
  }
  for (const f of seats)
    if (
      text
        .slice(0, tk.starts[f.from] ?? 0)
        .trimEnd()
        .endsWith("@")
    )
      push(f);
  return out;
}

const FILLERS = [...M.greeting.flatMap((g) => g.split(" ")), "dear", "and", "шановн*", "пане", "пані", "and"].map(
  phrase,
);

function firstPerson(tokens: readonly string[], uk: boolean): boolean {
  if (has(M.firstFuture, tokens)) return true;
  if (!uk) return false;
  if (tokens.some((t) => UK_FIRST_PLURAL.test(t))) return true;
  return has(["я", "ми"], tokens) && (has(M.support, tokens) || has(M.oppose, tokens) || has(M.sign, tokens));
}

/** The token index where a condition after the marker at `at` ends: a pause, "then", or the speaker's own clause. */
function conditionEnd(norm: string, tk: ReturnType<typeof tokenize>, at: number, len: number): number {
  const startChar = tk.starts[at] ?? norm.length;
  const pauseChar = norm.slice(startChar).search(/[,;:.!?—]/);
  const endChar = pauseChar < 0 ? norm.length : startChar + pauseChar;
  for (let k = at + len + 1; k < tk.tokens.length; k++) {
    if ((tk.starts[k] ?? 0) >= endChar) return k;
    if (CLAUSE_STARTS.has(tk.tokens[k] ?? "")) return k;
  }
  return tk.tokens.length;
}

const CLAUSE_STARTS = new Set(["then", "тоді", "то", "i'll", "we'll", "i", "we", "ми", "я"]);

/** Reads a chat message. Pure: the same text and context always give the same intent. */
export function readIntent(text: string, ctx: IntentContext): Intent {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
  const lang: Lang = cyrillic * 2 > letters.length ? "uk" : "en";
  const uk = lang === "uk";
  const norm = markAmendments(normalize(text), ctx);
  const tk = tokenize(norm);
  const tokens = tk.tokens;
  const found = findNames(lexiconOf(ctx.scenario), tokens);
  // Markers are read outside names: "snap-back" says nothing about backing, "lifted on signature" nothing about signing.
  const free = tokens.map((t, k) => (found.some((f) => k >= f.from && k < f.to) ? "§" : t));

  const mentioned: SeatId[] = [];
  for (const f of found)
    if (f.target.kind === "seat" && !mentioned.includes(f.target.seat)) mentioned.push(f.target.seat);
  const topics = topicsOf(found, ctx.amendments);

  const isQuestion = text.includes("?") || has(M.question, free.slice(0, 3));
  const negated = has(M.negation, free);
  const supportWord = has(M.support, free);
  const opposeWord = has(M.oppose, free);
  const signWord = has(M.sign, free);
  const we = firstPerson(free, uk);
  const greeting = has(M.greeting, free.slice(0, 3));
  const thanks = has(M.thanks, free);

  const base: Intent = {
    kind: "unknown",
    lang,
    addressed: addressedSeats(norm, tk, found),
    mentioned,
    toAll: has(M.toAll, free.slice(0, 2)) || has(M.toAll, free.slice(-2)),
    topics,
    stance: opposeWord && !supportWord ? "oppose" : "support",
    give: [],
    want: [],
    why: has(M.why, free),
    signing: signWord || has(["decline", "відмов*"], free),
    courtesy: greeting || thanks,
  };

  // Conditionals: an offer ("I'll back X if you back Y") or a threat ("if you block this, we decline").
  const exch = findAny(M.exchange, free);
  const cond = findAny(M.conditional, free);
  const other = findAny(M.otherwise, free);
  const split = exch.at >= 0 ? exch : cond.at >= 0 ? cond : other;
  if (split.at >= 0) {
    let condFrom = split.at + split.len;
    let condTo = split === exch ? tokens.length : conditionEnd(norm, tk, split.at, split.len);
    if (split === other) {
      // "Support X, otherwise we decline": the condition is what comes before.
      condFrom = 0;
      condTo = split.at;
    }
    const inCond = (f: Found) => f.from >= condFrom && f.to <= condTo;
    const main = free.map((t, k) => (k >= split.at && k < condTo ? "§" : t));
    const condFree = free.slice(condFrom, condTo);
    const want = topicsOf(found.filter(inCond), ctx.amendments);
    const give = topicsOf(
      found.filter((f) => !inCond(f)),
      ctx.amendments,
    );
    const mainFirst = firstPerson(main, uk);
    if (
      (has(M.threatWords, main) && (mainFirst || has(["we", "i", "ми", "я"], main))) ||
      (split === other && has(M.threatWords, free.slice(split.at)))
    ) {
      // What the speaker demands: that the listener back what the condition names (or not block
      // it), unless the condition is the listener backing something.
      const blocks = has(M.oppose, condFree) || (has(M.negation, condFree) && has(M.support, condFree));
      const demand = split === other || blocks || !has(M.support, condFree) ? "support" : "oppose";
      return { ...base, kind: "threat", want, give, stance: demand };
    }
    if (mainFirst && (give.length > 0 || want.length > 0)) return { ...base, kind: "offer", want, give };
    // "Can you live with X if we give you Y?": the speaker's part is the condition.
    if (
      split === cond &&
      has(["we", "i", "ми", "я"], condFree) &&
      has(M.you, main) &&
      want.length > 0 &&
      give.length > 0
    )
      return { ...base, kind: "offer", want: give, give: want };
  }
  const named = topics.length > 0;
  // "Support X and I'll support Y": an imperative and a first-person clause joined by "and".
  const andWe = findAny(
    ["and i'll", "and we'll", "and i will", "and we will", "і ми", "та ми", "а ми", "і я", "а я"],
    free,
  );
  if (andWe.at > 0 && supportWord) {
    const want = topicsOf(
      found.filter((f) => f.to <= andWe.at),
      ctx.amendments,
    );
    const give = topicsOf(
      found.filter((f) => f.from >= andWe.at),
      ctx.amendments,
    );
    if (want.length > 0 && give.length > 0) return { ...base, kind: "offer", want, give };
  }
  if (we && !isQuestion && (supportWord || opposeWord || signWord || named)) {
    const stance = opposeWord || (negated && (supportWord || signWord)) ? "oppose" : "support";
    return { ...base, kind: "promise", stance, give: topics };
  }
  if ((supportWord || opposeWord) && named) {
    const oppose = opposeWord && !supportWord;
    return { ...base, kind: oppose ? "request-oppose" : "request-support", stance: oppose ? "oppose" : "support" };
  }
  if (signWord && !named) return { ...base, kind: "request-sign" };
  if (isQuestion || base.why || named) return { ...base, kind: "question" };
  if (thanks) return { ...base, kind: "thanks" };
  if (greeting) return { ...base, kind: "greeting" };
  return base;
}

/**
 * Whether a bot in `seat` should answer: always on its bilateral channel; at the table when it is
 * named as addressee, or everyone is, or nobody is and the question is about it by name.
 */
export function addressesSeat(intent: Intent, seat: SeatId, channel: "table" | "bilateral"): boolean {
  if (channel === "bilateral") return true;
  if (intent.addressed.includes(seat)) return true;
  if (intent.addressed.length > 0) return false;
  if (intent.toAll) return intent.kind !== "unknown";
  return intent.kind === "question" && intent.mentioned.includes(seat);
}
