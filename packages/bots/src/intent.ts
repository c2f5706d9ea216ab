// What a person's chat message asks of a bot: read by rules, with no language model, so that the
// same message always reads the same. Names come from the scenario's own labels (every language it
// has) plus a synonym table keyed by the default scenario's ids; a scenario with other ids still
// works through its labels. Ukrainian inflects its nouns, so its words are matched by stem.
// English and Ukrainian are read together (told apart by script); French, German and Polish each
// with their own words (intent.fr.ts, intent.de.ts, intent.pl.ts), told apart by their function
// words and letters, so that a word of one never names something in another.
import type { Amendment, PublicScenario, SeatId } from "@ironclad/engine";
import { DE_WORDS } from "./intent.de.ts";
import { FR_WORDS } from "./intent.fr.ts";
import { PL_WORDS } from "./intent.pl.ts";

/** The languages the reader knows. */
export const LANGS = ["en", "uk", "fr", "de", "pl"] as const;
export type Lang = (typeof LANGS)[number];

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

// Words dropped before names are matched (never a negation: "no cap" must stay "no cap"), in
// every language at once: a name never holds another language's function word.
const EN_UK_STOP =
  "the a an of to in on at for by with and or is are be our its their this that these those about from as it into " +
  "what which how would will you your we i me my do does did can could should please then so just also any some within " +
  "і й та в у на до з із за від по про для це цей ця ці а же ж би б чи що як ви ваш ваша ваше вашу ми наш наша " +
  "нашу я мій моя мою щодо ну ось там тут";
const STOP = new Set(
  [EN_UK_STOP, FR_WORDS.stop, DE_WORDS.stop, PL_WORDS.stop].flatMap((list) => fold(list).split(" ")),
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

/** The words a language gives the reader (English and Ukrainian's are the tables above). */
export interface IntentWords {
  /** Function words and the reader's own keywords, to tell the language from others. */
  detect: string[];
  /** Stop words, space-separated. */
  stop: string;
  seats: Record<string, string[]>;
  issues: Record<string, string[]>;
  options: Record<string, Record<string, string[]>>;
  markers: Markers;
}

/** Intent markers of one language. */
export type Markers = Record<keyof typeof M, string[]> & {
  /** Declining to sign ("decline", "відмов*"). */
  decline: string[];
  /** "… and we will …": an imperative, then the speaker's own part. */
  andWe: string[];
  /** Words that start the speaker's own clause after a condition. */
  clauseStarts: string[];
  /** Words that may stand with a seat's name when it is spoken to ("dear", "and"). */
  fillers: string[];
  /** The speaker as subject ("we", "I"). */
  subjects: string[];
};

const EN_UK_MARKERS: Markers = {
  ...M,
  decline: ["decline", "відмов*"],
  andWe: ["and i'll", "and we'll", "and i will", "and we will", "і ми", "та ми", "а ми", "і я", "а я"],
  clauseStarts: ["then", "тоді", "то", "i'll", "we'll", "i", "we", "ми", "я"],
  fillers: ["dear", "and", "шановн*", "пане", "пані"],
  subjects: ["we", "i", "ми", "я"],
};

const WORDS: Record<Lang, { words: IntentWords | null; markers: Markers }> = {
  en: { words: null, markers: EN_UK_MARKERS },
  uk: { words: null, markers: EN_UK_MARKERS },
  fr: { words: FR_WORDS, markers: FR_WORDS.markers },
  de: { words: DE_WORDS, markers: DE_WORDS.markers },
  pl: { words: PL_WORDS, markers: PL_WORDS.markers },
};

// Ukrainian verbs in the first person plural future or present (підтримаємо, заблокуємо, підпишемо).
const UK_FIRST_PLURAL = /^[а-яіїєґ']{3,}(емо|ємо|имо|їмо)(ся)?$/u;
// The vocative of Ukrainian names ends in -е/-о/-у (Берліне, Варшаво): matched by the seat stems.
// Polish ones (poprzemy, zablokujemy, podpiszemy), but not nouns that end alike (problemy, systemy).
const PL_FIRST_PLURAL = /^(?!problem|system|program|schemat)\p{L}{4,}(emy|imy|amy|ymy)$/u;
// French: "nous" before a future or a verb of backing, blocking or signing ("nous soutiendrons",
// "nous ne bloquerons pas", "nous soutenons"), or "je"; not "nous" as an object ("soutenez-nous sur
// …"), nor a wish ("nous voulons …").
const FR_CLITICS = new Set(["ne", "n", "le", "la", "les", "l", "y", "en", "vous", "nous", "lui", "leur"]);

// ---------------------------------------------------------------------------------------------
// Matching

interface Word {
  text: string;
  prefix: boolean;
}
type Phrase = Word[];

function phrase(spec: string): Phrase {
  return fold(spec.toLowerCase())
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

/**
 * Latin letters without their accents ("levée" → "levee", "Kijów" → "kijow", "ß" → "ss"), so that
 * a message typed without them reads the same; Cyrillic letters keep theirs (й, ї).
 */
function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/([a-z])[\u0300-\u036f]+/gi, "$1")
    .normalize("NFC")
    .replace(/ł/g, "l")
    .replace(/ß/g, "ss")
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae");
}

function normalize(text: string): string {
  return fold(
    text
      .normalize("NFC")
      // "US" the country, before lower case makes it "us" the pronoun.
      .replace(/\bU\.?S\.?A?\b\.?/g, " usa ")
      .toLowerCase()
      .replace(/[’ʼ`‘]/g, "'")
      // French elisions stand apart: "l'amendement" is "l" and "amendement".
      .replace(/(^|[^\p{L}])(l|d|j|n|s|c|m|t|qu|jusqu|lorsqu|puisqu)'(?=\p{L})/gu, "$1$2 ")
      .replace(/[-‐‑–]/g, " ")
      // Thousands: "600,000", "600 000", "600.000", "600k", "600 тис.", "600 tys." all read as 600000.
      .replace(/(\d)[,.\s\u00a0\u202f](?=\d{3}(?!\d))/g, "$1")
      .replace(
        /(\d+)\s*(?:k\b|thousand\b|tausend\b|mille\b|тис\.?\p{L}*|tys\.?\p{L}*)/gu,
        (_m, n: string) => `${n}000`,
      ),
  );
}

/**
 * A word of a label as a pattern: Ukrainian and Polish by stem (they inflect), German without its
 * endings, English and French allowing a plural.
 */
function labelWord(w: string, lang: Lang): string {
  if (/\d/.test(w)) return w;
  if (lang === "uk" || lang === "pl") {
    if (w.length >= 6) return `${w.slice(0, w.length - 2)}*`;
    if (w.length >= 4) return `${w.slice(0, w.length - 1)}*`;
    return w;
  }
  if (lang === "de" && w.length >= 6) return `${w.replace(/(en|er|es|em|e|n|s)$/, "")}*`;
  if (w.length >= 5) return `${w.replace(/(es|s|e|y|x)$/, "")}*`;
  return w;
}

function contentWords(label: string): string[] {
  return tokenize(normalize(label)).tokens.filter((t) => !STOP.has(t));
}

// Label words too common in talk to name an option alone.
const COMMON = new Set(
  "open right only style decided joint made paid even most split carries fixed hours now рішення лише поки право певної дати більше обмежень".split(
    " ",
  ),
);
/** What a lexicon reads: English and Ukrainian together, or one other language (with English names to fall back on). */
type Reading = "en" | "fr" | "de" | "pl";

function readingOf(lang: Lang): Reading {
  return lang === "uk" ? "en" : lang;
}

/**
 * A scenario text in the languages of a reading, each with its language: a French label would
 * only blur English words ("parts", "date") and name nothing a message in English says.
 */
function readable(text: Partial<Record<Lang, string>> & { en: string }, reading: Reading): [Lang, string][] {
  const other: Lang = reading === "en" ? "uk" : reading;
  const own = text[other];
  return own === undefined
    ? [["en", text.en]]
    : [
        ["en", text.en],
        [other, own],
      ];
}

// Marker words of the reading, and English ones too: its English labels hold them as well.
function markerWords(reading: Reading): Phrase[] {
  const own = reading === "en" ? [] : Object.values(WORDS[reading].markers).flat();
  return [...Object.values(M).flat(), ...own].map(phrase);
}

/** Every name the reader knows for a scenario: its labels (whole and by distinctive word) and the synonyms. */
function buildLexicon(scenario: Pick<PublicScenario, "issues" | "seats">, reading: Reading): Entry[] {
  const words = WORDS[reading].words;
  const seatWords = words?.seats ?? SEAT_WORDS;
  const issueWords = words?.issues ?? ISSUE_WORDS;
  const optionWords = words?.options ?? OPTION_WORDS;
  const markerPhrases = markerWords(reading);
  const entries: Entry[] = [];
  const add = (spec: string, target: Target, derived = false) => {
    const weak = spec.startsWith("~");
    const words = phrase(weak ? spec.slice(1) : spec);
    const weight = words.reduce((n, w) => n + w.text.length, 0);
    if (words.length > 0) entries.push({ words, target, weak, derived, weight });
  };
  const fromLabel = (lang: Lang, text: string, target: Target) => {
    const words = contentWords(text);
    if (words.length > 0) add(words.map((w) => labelWord(w, lang)).join(" "), target);
  };
  for (const seat of scenario.seats) {
    const target: Target = { kind: "seat", seat: seat.id };
    for (const [lang, name] of readable(seat.name, reading)) {
      fromLabel(lang, name, target);
      // "Brussels (EU)" is also just "Brussels".
      const first = contentWords(name)[0];
      if (first) add(labelWord(first, lang), target);
    }
    for (const w of seatWords[seat.id] ?? []) add(w, target);
  }
  // A label word names an option alone only when no other option or issue uses it, and it is
  // not a word of the talk itself ("signature", "backing").
  const wordUse = new Map<string, number>();
  const count = (text: string) => {
    for (const w of new Set(contentWords(text))) wordUse.set(w, (wordUse.get(w) ?? 0) + 1);
  };
  for (const issue of scenario.issues) {
    for (const [, n] of readable(issue.name, reading)) count(n);
    for (const o of issue.options) for (const [, l] of readable(o.label, reading)) count(l);
  }
  // French, German and Polish words are counted by their stem ("ukrain*" would join "Ukrainie" and
  // "Ukrainy" of two labels) and never name an option when they name a seat.
  const byTarget = scenario.issues.flatMap((issue) => [
    readable(issue.name, reading).flatMap(([, n]) => contentWords(n)),
    ...issue.options.map((o) => readable(o.label, reading).flatMap(([, l]) => contentWords(l))),
  ]);
  const seatPhrases = entries.filter((e) => e.target.kind === "seat" && e.words.length === 1);
  const alone = (w: string, lang: Lang) => {
    if (reading === "en") return true;
    const stem = phrase(labelWord(w, lang))[0];
    // A word or stem of four letters or fewer catches other words ("drod*" of "w drodze" catches
    // "drodzy", "nach" of "nach israelischem Vorbild" any "nach").
    if (!stem || (!/\d/.test(w) && (w.length < 5 || stem.text.length < 5))) return false;
    if (seatPhrases.some((e) => e.words[0] && wordMatches(e.words[0], w))) return false;
    return byTarget.filter((words) => words.some((x) => wordMatches(stem, x))).length === 1;
  };
  const distinctive = (w: string, lang: Lang) =>
    (wordUse.get(w) ?? 0) === 1 &&
    (w.length >= 4 || /\d/.test(w)) &&
    !COMMON.has(w) &&
    !markerPhrases.some((p) => p.length === 1 && p[0] && wordMatches(p[0], w)) &&
    alone(w, lang);
  for (const issue of scenario.issues) {
    const target: Target = { kind: "issue", issue: issue.id };
    for (const [lang, n] of readable(issue.name, reading)) {
      fromLabel(lang, n, target);
      for (const w of contentWords(n)) if (distinctive(w, lang)) add(labelWord(w, lang), target, true);
    }
    for (const w of issueWords[issue.id] ?? []) add(w, target);
    for (const o of issue.options) {
      const ot: Target = { kind: "option", issue: issue.id, option: o.id };
      for (const [lang, l] of readable(o.label, reading)) {
        fromLabel(lang, l, ot);
        for (const w of contentWords(l)) if (distinctive(w, lang)) add(labelWord(w, lang), ot, true);
      }
      for (const w of optionWords[issue.id]?.[o.id] ?? []) add(w, ot);
    }
  }
  return entries;
}

const lexicons = new WeakMap<object, WeakMap<object, Map<Reading, Entry[]>>>();

function lexiconOf(scenario: Pick<PublicScenario, "issues" | "seats">, reading: Reading): Entry[] {
  let bySeats = lexicons.get(scenario.issues);
  if (!bySeats) {
    bySeats = new WeakMap();
    lexicons.set(scenario.issues, bySeats);
  }
  let byReading = bySeats.get(scenario.seats);
  if (!byReading) {
    byReading = new Map();
    bySeats.set(scenario.seats, byReading);
  }
  let lex = byReading.get(reading);
  if (!lex) {
    lex = buildLexicon(scenario, reading);
    byReading.set(reading, lex);
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

// On the normalized text (lower case, accents folded, elisions split): "amendment 3", "поправка 3",
// "amendement n° 3", "Änderungsantrag 3", "Antrag Nr. 3", "poprawka nr 3", "#3".
const AMENDMENT_NUMBER =
  /(?<!\p{L})(?:amendments?|amdt\.?|amend\.?|amendements?|(?:anderungs|aenderungs)?antrag\p{L}*|poprawk\p{L}*|поправк\p{L}*)\s*(?:no\.?|number|nr\.?|n°|nº|numero|nummer|numer|номер|#|№)?\s*(\d{1,3})(?!\d)|[#№]\s*(\d{1,3})(?!\d)/gu;
// The word for an amendment in French, German and Polish, in any case.
const AMENDMENT_WORD = "(?:amendement|(?:anderungs|aenderungs)?antrag\\p{L}*|poprawk\\p{L}*)";
const MY_AMENDMENT = new RegExp(
  "\\b(?:my|our)\\s+(?:last\\s+|latest\\s+|new\\s+)?amendment(?!ref)|(?<!\\p{L})(?:мо[яюєї]\\p{L}*|наш\\p{L}*)\\s+(?:\\p{L}+\\s+)?поправк\\p{L}*" +
    `|(?<!\\p{L})(?:mon|notre|mein\\p{L}*|unser\\p{L}*|moj\\p{L}*|nasz\\p{L}*)\\s+(?:\\p{L}+\\s+)?${AMENDMENT_WORD}`,
  "u",
);
const YOUR_AMENDMENT = new RegExp(
  "\\byour\\s+(?:last\\s+|latest\\s+|new\\s+)?amendment(?!ref)|(?<!\\p{L})(?:ваш\\p{L}*|тво[яюєї]\\p{L}*)\\s+(?:\\p{L}+\\s+)?поправк\\p{L}*" +
    `|(?<!\\p{L})(?:votre|ton|ihr\\p{L}*|dein\\p{L}*|wasz\\p{L}*|twoj\\p{L}*|panstwa|pana|pani)\\s+(?:\\p{L}+\\s+)?${AMENDMENT_WORD}`,
  "u",
);
const THE_AMENDMENT = new RegExp(
  "\\b(?:this|that|the|last|latest)\\s+amendment(?!ref)|(?<!\\p{L})(?:цю|ця|цієї|цій|ту|та|тієї|останн\\p{L}*)\\s+поправк\\p{L}*" +
    `|(?<!\\p{L})(?:cet|ce|dernier|diese\\p{L}*|letzte\\p{L}*|te|ta|tej|ostatni\\p{L}*)\\s+${AMENDMENT_WORD}(?!\\s*\\d)`,
  "u",
);

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
function addressedSeats(text: string, tk: ReturnType<typeof tokenize>, found: readonly Found[], mk: Markers): SeatId[] {
  const seats = found.filter((f) => f.target.kind === "seat");
  const out: SeatId[] = [];
  const push = (f: Found) => {
    if (f.target.kind === "seat" && !out.includes(f.target.seat)) out.push(f.target.seat);
  };
  const covered = (k: number) => seats.some((f) => k >= f.from && k < f.to);
  const fillers = [...mk.greeting.flatMap((g) => g.split(" ")), ...mk.fillers].map(phrase);
  const filler = (t: string) => fillers.some((p) => p[0] && wordMatches(p[0], t));
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

/** Whether the speaker speaks of what it does itself ("we will …", "підтримаємо", "nous soutiendrons"). */
function firstPerson(tokens: readonly string[], lang: Lang, mk: Markers): boolean {
  if (has(mk.firstFuture, tokens)) return true;
  const acts = () => has(mk.support, tokens) || has(mk.oppose, tokens) || has(mk.sign, tokens);
  switch (lang) {
    case "en":
      return false;
    case "uk":
      return tokens.some((t) => UK_FIRST_PLURAL.test(t)) || (has(["я", "ми"], tokens) && acts());
    case "pl":
      // Only a verb of backing, blocking, signing or refusing: "potrzebujemy" (we need) is no promise.
      return (
        tokens.some(
          (t) =>
            PL_FIRST_PLURAL.test(t) &&
            [mk.support, mk.oppose, mk.sign, mk.decline, mk.threatWords].some((words) => has(words, [t])),
        ) ||
        (has(mk.subjects, tokens) && acts())
      );
    case "de":
      return has(mk.subjects, tokens) && acts();
    case "fr":
      return tokens.some((t, k) => {
        if (t !== "nous" && t !== "je" && t !== "j") return false;
        let next = k + 1;
        while (FR_CLITICS.has(tokens[next] ?? "") && next < k + 4) next++;
        const verb = tokens[next] ?? "";
        const commits = (v: string) => has(mk.support, [v]) || has(mk.oppose, [v]) || has(mk.sign, [v]);
        return t !== "nous" || /(rons|allons|promettons|sommes)$/.test(verb) || commits(verb);
      });
  }
}

/** The token index where a condition after the marker at `at` ends: a pause, "then", or the speaker's own clause. */
function conditionEnd(norm: string, tk: ReturnType<typeof tokenize>, at: number, len: number, mk: Markers): number {
  const clauseStarts = new Set(mk.clauseStarts);
  const startChar = tk.starts[at] ?? norm.length;
  const pauseChar = norm.slice(startChar).search(/[,;:.!?—]/);
  const endChar = pauseChar < 0 ? norm.length : startChar + pauseChar;
  for (let k = at + len + 1; k < tk.tokens.length; k++) {
    if ((tk.starts[k] ?? 0) >= endChar) return k;
    if (clauseStarts.has(tk.tokens[k] ?? "")) return k;
  }
  return tk.tokens.length;
}

/**
 * The message's language: Ukrainian by its script; otherwise the language whose function words
 * and letters it has most of (ç é è à for French, ä ö ü ß for German, ą ę ł ń ó ś ź ż for Polish),
 * English when none has more than English.
 */
export function detectLang(text: string): Lang {
  const letters = text.match(/\p{L}/gu) ?? [];
  const cyrillic = letters.filter((c) => /\p{Script=Cyrillic}/u.test(c)).length;
  if (cyrillic * 2 > letters.length) return "uk";
  const lower = text.toLowerCase();
  const tokens = tokenize(normalize(text)).tokens;
  const count = (words: readonly string[]) => {
    const phrases = words.map(phrase);
    return tokens.filter((t) => phrases.some((p) => p.length === 1 && p[0] && wordMatches(p[0], t))).length;
  };
  const marks = (re: RegExp) => (lower.match(re) ?? []).length;
  const scores: [Lang, number][] = [
    ["en", count(EN_DETECT)],
    ["fr", count(FR_WORDS.detect) + 2 * marks(/[çéèêàùâîôœ]/g)],
    ["de", count(DE_WORDS.detect) + 2 * marks(/[äöüß]/g)],
    ["pl", count(PL_WORDS.detect) + 2 * marks(/[ąęłńśźżćó]/g)],
  ];
  let best: [Lang, number] = ["en", 0];
  for (const s of scores) if (s[1] > best[1]) best = s;
  return best[0];
}

// English function words and keywords, to weigh against the others.
const EN_DETECT = (
  "the a an and what why how you your we our will would support back amendment is are of to on for with please " +
  "if can do about hello thanks think sign this that i'll we'll don't won't"
).split(" ");

/** Reads a chat message. Pure: the same text and context always give the same intent. */
export function readIntent(text: string, ctx: IntentContext): Intent {
  const lang = detectLang(text);
  const mk = WORDS[lang].markers;
  const norm = markAmendments(normalize(text), ctx);
  const tk = tokenize(norm);
  const tokens = tk.tokens;
  const found = findNames(lexiconOf(ctx.scenario, readingOf(lang)), tokens);
  // Markers are read outside names: "snap-back" says nothing about backing, "lifted on signature" nothing about signing.
  const free = tokens.map((t, k) => (found.some((f) => k >= f.from && k < f.to) ? "§" : t));

  const mentioned: SeatId[] = [];
  for (const f of found)
    if (f.target.kind === "seat" && !mentioned.includes(f.target.seat)) mentioned.push(f.target.seat);
  const topics = topicsOf(found, ctx.amendments);

  const isQuestion = text.includes("?") || has(mk.question, free.slice(0, 3));
  const negated = has(mk.negation, free);
  const supportWord = has(mk.support, free);
  const opposeWord = has(mk.oppose, free);
  const signWord = has(mk.sign, free);
  const we = firstPerson(free, lang, mk);
  const greeting = has(mk.greeting, free.slice(0, 3));
  const thanks = has(mk.thanks, free);

  const base: Intent = {
    kind: "unknown",
    lang,
    addressed: addressedSeats(norm, tk, found, mk),
    mentioned,
    toAll: has(mk.toAll, free.slice(0, 2)) || has(mk.toAll, free.slice(-2)),
    topics,
    stance: opposeWord && !supportWord ? "oppose" : "support",
    give: [],
    want: [],
    why: has(mk.why, free),
    signing: signWord || has(mk.decline, free),
    courtesy: greeting || thanks,
  };

  // Conditionals: an offer ("I'll back X if you back Y") or a threat ("if you block this, we decline").
  const exch = findAny(mk.exchange, free);
  const cond = findAny(mk.conditional, free);
  const other = findAny(mk.otherwise, free);
  const split = exch.at >= 0 ? exch : cond.at >= 0 ? cond : other;
  if (split.at >= 0) {
    let condFrom = split.at + split.len;
    let condTo = split === exch ? tokens.length : conditionEnd(norm, tk, split.at, split.len, mk);
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
    const mainFirst = firstPerson(main, lang, mk);
    if (
      (has(mk.threatWords, main) && (mainFirst || has(mk.subjects, main))) ||
      (split === other && has(mk.threatWords, free.slice(split.at)))
    ) {
      // What the speaker demands: that the listener back what the condition names (or not block
      // it), unless the condition is the listener backing something.
      const blocks = has(mk.oppose, condFree) || (has(mk.negation, condFree) && has(mk.support, condFree));
      const demand = split === other || blocks || !has(mk.support, condFree) ? "support" : "oppose";
      return { ...base, kind: "threat", want, give, stance: demand };
    }
    if (mainFirst && (give.length > 0 || want.length > 0)) return { ...base, kind: "offer", want, give };
    // "Can you live with X if we give you Y?": the speaker's part is the condition.
    if (split === cond && has(mk.subjects, condFree) && has(mk.you, main) && want.length > 0 && give.length > 0)
      return { ...base, kind: "offer", want: give, give: want };
  }
  const named = topics.length > 0;
  // "Support X and I'll support Y": an imperative and a first-person clause joined by "and".
  const andWe = findAny(mk.andWe, free);
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
