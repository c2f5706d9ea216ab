// The UI's words by language. Catalogues are JSON data files (en.json is the reference; every other
// catalogue has the same keys). Plurals use the CLDR categories of Intl.PluralRules: English and German
// one / other, French one / many / other, Ukrainian and Polish one / few / many / other. Scenario texts
// come as LocalizedText and go through `loc`. docs/i18n.md says which languages are complete and how to add one.
// English is in the bundle (the fallback); every other catalogue is a chunk of its own, loaded when its
// language is chosen, so a page carries one language's words rather than five (#19).
import { useEffect, useState } from "preact/hooks";
import en from "./en.json";

/** Languages the code knows: each may have a catalogue, scenario texts and number formats. English is the fallback. */
export const LANGS = ["en", "uk", "fr", "de", "pl"] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Languages offered to players in the language picker: complete in the interface, both scenarios and
 * the bots' talk (docs/i18n.md). A language the code knows but that is not listed here is never offered (it
 * can be previewed by setting localStorage `ironclad:lang` to its code).
 */
export const COMPLETE_LANGS: readonly Lang[] = ["en", "uk", "fr", "de", "pl"];

/** The languages the picker offers: the complete ones, and `current` too when it is one being previewed. */
export function pickerLangs(current: Lang): readonly Lang[] {
  return COMPLETE_LANGS.includes(current) ? COMPLETE_LANGS : [...COMPLETE_LANGS, current];
}

/** Each language's locale for numbers, dates and times. */
export const LOCALES: Record<Lang, string> = { en: "en-GB", uk: "uk-UA", fr: "fr-FR", de: "de-DE", pl: "pl-PL" };

type Catalogue = typeof en;
/** A message key: plural families are named without their `_one` / `_few` / ... suffix. */
export type MessageKey =
  Extract<keyof Catalogue, string> extends infer K
    ? K extends `${infer Base}_${"one" | "few" | "many" | "other"}`
      ? Base
      : K
    : never;

const isLang = (s: unknown): s is Lang => typeof s === "string" && (LANGS as readonly string[]).includes(s);
const STORAGE_KEY = "ironclad:lang";
const listeners = new Set<(lang: Lang) => void>();
/** Counts the changes of the words in use (a language switched, its catalogue arrived). */
let wordsVersion = 0;

/** The catalogues beside English, each a chunk of its own; a language without one reads English. */
const LOADERS: Partial<Record<Lang, () => Promise<{ default: Record<string, string> }>>> = {
  uk: () => import("./uk.json"),
  fr: () => import("./fr.json"),
  de: () => import("./de.json"),
  pl: () => import("./pl.json"),
};

/** The catalogues loaded so far. */
const CATALOGUES: Partial<Record<Lang, Record<string, string>>> = { en };
const loading = new Map<Lang, Promise<void>>();

/** Whether `lang` has a UI catalogue of its own (loaded or not yet). */
export function hasCatalogue(lang: Lang): boolean {
  return lang === "en" || LOADERS[lang] !== undefined;
}

/**
 * Loads `lang`'s catalogue once. Resolves when it is there, or when it could not be fetched (the
 * language then reads English; a later call tries again).
 */
export function loadCatalogue(lang: Lang): Promise<void> {
  const load = LOADERS[lang];
  if (CATALOGUES[lang] || !load) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = load().then(
      (module) => {
        CATALOGUES[lang] = module.default;
        // The page may have drawn in English while it came: it draws again in its own words.
        if (lang === current) {
          wordsVersion++;
          for (const l of listeners) l(lang);
        }
      },
      () => undefined,
    );
    pending.finally(() => loading.delete(lang));
    loading.set(lang, pending);
  }
  return pending;
}

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // Storage may be blocked (private mode); fall back to the browser's language.
  }
  return browserLang(globalThis.navigator?.languages ?? [globalThis.navigator?.language ?? "en"]);
}

/** The first of the browser's languages that is complete (`fr-CA` counts as `fr`), else English. */
export function browserLang(preferred: readonly string[]): Lang {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split("-")[0];
    if (isLang(base) && COMPLETE_LANGS.includes(base)) return base;
  }
  return "en";
}

let current: Lang = initialLang();
let plurals = new Intl.PluralRules(current);
// One formatter per language: building an Intl formatter costs far more than formatting (a table's
// render formats hundreds of numbers).
let numbers = new Intl.NumberFormat(LOCALES[current]);
let clock = new Intl.DateTimeFormat(LOCALES[current], { hour: "2-digit", minute: "2-digit" });
/** The language asked for last: a catalogue that arrives after another was chosen switches nothing. */
let wanted: Lang = current;
// The saved language's words start loading with the page.
const firstCatalogue = loadCatalogue(current);

/** The language in use now. */
export function getLang(): Lang {
  return current;
}

/** Resolves once the first language's catalogue is there (at once for English): a page's first render waits for it. */
export function langReady(): Promise<void> {
  return firstCatalogue;
}

/**
 * Switches the language, remembers it and updates `<html lang>`. A catalogue not loaded yet is
 * fetched first and the page keeps its language until it is there, so it never shows two at once.
 */
export function setLang(lang: Lang): void {
  wanted = lang;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; still switched.
  }
  if (CATALOGUES[lang] || !LOADERS[lang]) switchTo(lang);
  else void loadCatalogue(lang).then(() => wanted === lang && switchTo(lang));
}

function switchTo(lang: Lang): void {
  current = lang;
  plurals = new Intl.PluralRules(lang);
  numbers = new Intl.NumberFormat(LOCALES[lang]);
  clock = new Intl.DateTimeFormat(LOCALES[lang], { hour: "2-digit", minute: "2-digit" });
  applyDocumentLang();
  wordsVersion++;
  for (const l of listeners) l(lang);
}

/** Sets `<html lang>` to the current language. */
export function applyDocumentLang(): void {
  if (typeof document !== "undefined") document.documentElement.lang = current;
}

/** Re-renders the calling component when the language changes or its catalogue arrives; returns the language. */
export function useLang(): Lang {
  // The words' version, not the language: a catalogue arriving for the language in use must redraw too.
  const [, setSeen] = useState(wordsVersion);
  useEffect(() => {
    const l = () => setSeen(wordsVersion);
    listeners.add(l);
    setSeen(wordsVersion);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return current;
}

type Params = Record<string, string | number>;

function lookup(lang: Lang, key: string, params?: Params): string | undefined {
  const cat = CATALOGUES[lang];
  if (!cat) return undefined;
  if (params && typeof params.count === "number") {
    const form = cat[`${key}_${plurals.select(params.count)}`] ?? cat[`${key}_other`];
    if (form !== undefined) return form;
  }
  return cat[key];
}

/** The English message (English plural rules: a French "many" is an English "other"). */
function lookupEnglish(key: string, params?: Params): string | undefined {
  const cat = CATALOGUES.en as Record<string, string>;
  if (params && typeof params.count === "number") {
    const form = cat[`${key}_${params.count === 1 ? "one" : "other"}`] ?? cat[`${key}_other`];
    if (form !== undefined) return form;
  }
  return cat[key];
}

/** The message `key` in the current language, with `{name}` placeholders filled; English when missing. */
export function t(key: MessageKey, params?: Params): string {
  const raw = lookup(current, key, params) ?? lookupEnglish(key, params) ?? key;
  if (!params) return raw;
  return raw.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === "number" ? formatNumber(value) : value;
  });
}

/** Whether the catalogue has `key` (for codes that come from the server, e.g. error codes). */
export function has(key: string): boolean {
  const cat = CATALOGUES.en as Record<string, string>;
  return key in cat || `${key}_other` in cat;
}

/** The message for a key built at run time (a phase, an outcome, a server's code), or `fallback` when there is none. */
export function tOr(key: string, fallback: string): string {
  return has(key) ? t(key as MessageKey) : fallback;
}

/** The current language's locale, for Intl and toLocale… calls. */
export function locale(): string {
  return LOCALES[current];
}

/** A number in the current language's format. */
export function formatNumber(n: number): string {
  return numbers.format(n);
}

/** A share (0..1) as a whole percentage in the reader's language ("25 %", "25%"). */
export function formatShare(share: number): string {
  return new Intl.NumberFormat(LOCALES[current], { style: "percent", maximumFractionDigits: 0 }).format(share);
}

/** A moment's hour and minute in the current language's format (a chat line's, an event's). */
export function formatTime(at: number | Date): string {
  return clock.format(at);
}

/** A scenario text (LocalizedText) in the current language, English when it has no text in that language. */
export function loc(text: { en: string; [lang: string]: string | undefined } | null | undefined): string {
  if (!text) return "";
  const own = text[current];
  return typeof own === "string" && own.length > 0 ? own : text.en;
}

/** A server error in the current language: the catalogue's sentence for its code, else the server's own. */
export function errorText(code: string, serverMessage?: string): string {
  const key = `error.${code}`;
  if (has(key)) return t(key as MessageKey);
  return serverMessage && serverMessage.length > 0 ? serverMessage : t("error.unknown");
}
