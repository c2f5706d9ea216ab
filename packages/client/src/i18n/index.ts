// The UI's words in English and Ukrainian. Catalogues are JSON data files (en.json is the reference;
// uk.json has the same keys). Plurals use the CLDR categories of Intl.PluralRules: Ukrainian has
// one / few / many / other, English one / other. Scenario texts come as LocalizedText and go through `loc`.
import { useEffect, useState } from "preact/hooks";
import en from "./en.json";
import uk from "./uk.json";

/** Languages the UI speaks. */
export const LANGS = ["en", "uk"] as const;
export type Lang = (typeof LANGS)[number];

type Catalogue = typeof en;
/** A message key: plural families are named without their `_one` / `_few` / ... suffix. */
export type MessageKey =
  Extract<keyof Catalogue, string> extends infer K
    ? K extends `${infer Base}_${"one" | "few" | "many" | "other"}`
      ? Base
      : K
    : never;

const CATALOGUES: Record<Lang, Record<string, string>> = { en, uk };
const STORAGE_KEY = "ironclad:lang";
const listeners = new Set<(lang: Lang) => void>();

function initialLang(): Lang {
  try {
    const saved = globalThis.localStorage?.getItem(STORAGE_KEY);
    if (saved === "en" || saved === "uk") return saved;
  } catch {
    // Storage may be blocked (private mode); fall back to the browser's language.
  }
  const nav = globalThis.navigator?.language ?? "en";
  return nav.toLowerCase().startsWith("uk") ? "uk" : "en";
}

let current: Lang = initialLang();
let plurals = new Intl.PluralRules(current);

/** The language in use now. */
export function getLang(): Lang {
  return current;
}

/** Switches the language, remembers it and updates `<html lang>`. */
export function setLang(lang: Lang): void {
  current = lang;
  plurals = new Intl.PluralRules(lang);
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, lang);
  } catch {
    // Not remembered; still switched.
  }
  applyDocumentLang();
  for (const l of listeners) l(lang);
}

/** Sets `<html lang>` to the current language. */
export function applyDocumentLang(): void {
  if (typeof document !== "undefined") document.documentElement.lang = current;
}

/** Re-renders the calling component when the language changes; returns the language. */
export function useLang(): Lang {
  const [lang, setState] = useState(current);
  useEffect(() => {
    const l = (next: Lang) => setState(next);
    listeners.add(l);
    setState(current);
    return () => {
      listeners.delete(l);
    };
  }, []);
  return lang;
}

type Params = Record<string, string | number>;

function lookup(lang: Lang, key: string, params?: Params): string | undefined {
  const cat = CATALOGUES[lang];
  if (params && typeof params.count === "number") {
    const form = cat[`${key}_${plurals.select(params.count)}`] ?? cat[`${key}_other`];
    if (form !== undefined) return form;
  }
  return cat[key];
}

/** The message `key` in the current language, with `{name}` placeholders filled; English when missing. */
export function t(key: MessageKey, params?: Params): string {
  const raw = lookup(current, key, params) ?? lookup("en", key, params) ?? key;
  if (!params) return raw;
  return raw.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : typeof value === "number" ? formatNumber(value) : value;
  });
}

/** Whether the catalogue has `key` (for codes that come from the server, e.g. error codes). */
export function has(key: string): boolean {
  return key in CATALOGUES.en || `${key}_other` in CATALOGUES.en;
}

/** The message for a key built at run time (a phase, an outcome, a server's code), or `fallback` when there is none. */
export function tOr(key: string, fallback: string): string {
  return has(key) ? t(key as MessageKey) : fallback;
}

/** A number in the current language's format. */
export function formatNumber(n: number): string {
  return new Intl.NumberFormat(current === "uk" ? "uk-UA" : "en-GB").format(n);
}

/** A scenario text (LocalizedText) in the current language, English when it has no translation. */
export function loc(text: { en: string; [lang: string]: string } | null | undefined): string {
  if (!text) return "";
  return text[current] ?? text.en;
}

/** A server error in the current language: the catalogue's sentence for its code, else the server's own. */
export function errorText(code: string, serverMessage?: string): string {
  const key = `error.${code}`;
  if (has(key)) return t(key as MessageKey);
  return serverMessage && serverMessage.length > 0 ? serverMessage : t("error.unknown");
}
