// Both shipped scenarios speak Ukrainian, French, German and Polish as well as English: every localized
// text has a `uk`, `fr`, `de` and `pl`, each written in its language, and every talk template keeps English's slots.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { defaultScenario, defaultScenarioInput } from "./default-scenario.ts";
import type { Scenario } from "./scenario.ts";
import { parseScenario } from "./scenario-load.ts";
import { renderTalk, TALK_MOVES, type TalkSpeech } from "./talk.ts";

const PARIS_FILE = new URL("../scenarios/paris-declaration-2026.json", import.meta.url);
const parisInput = (): unknown => JSON.parse(fs.readFileSync(PARIS_FILE, "utf8"));

function parsed(input: unknown): Scenario {
  const result = parseScenario(input);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

const SCENARIOS = [
  { name: "the default scenario", input: defaultScenarioInput, load: defaultScenario, texts: 200 },
  { name: "the Paris Declaration scenario", input: parisInput, load: () => parsed(parisInput()), texts: 200 },
];

/** Every localized text (an object with a string `en`) in a parsed scenario, by path. */
function localizedTexts(node: unknown, path = ""): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof node !== "object" || node === null) return [];
  const record = node as Record<string, unknown>;
  if (typeof record.en === "string") return [{ path, text: record }];
  return Object.entries(record).flatMap(([key, value]) => localizedTexts(value, path ? `${path}.${key}` : key));
}

/** Words, not slots: a talk template's {seat} or a quote mark's {name} is not English. */
const words = (s: string) => s.replace(/\{[a-z]+\}/g, "");
const slots = (s: string) => (s.match(/\{[a-z]+\}/g) ?? []).sort();

/** Names French writes as English does: places, and one issue. */
const FRENCH_AS_ENGLISH = new Set(["Washington", "Paris", "Berlin", "Rome", "Helsinki", "Kyiv", "Sanctions"]);
/** A word only French has: an accented letter or a common French function word. */
const FRENCH =
  /[àâçéèêëîïôûùüœ]|(^|[^\p{L}])(le|la|les|l’|un|une|des|du|de|d’|et|à|au|aux|en|sur|sous|pour|par|pas|que|qu’|qui|ne|n’|dans|avec|sans|son|sa|ses|ce|cet|cette|ces|il|elle|se|s’|est|sont|nous|vous)(?![\p{L}])/iu;
/** English that a French text should not still hold. */
const ENGLISH = /\b(the|and|with|will|would|which|should|of|is|are)\b/i;
/** English that a German text should not still hold ("will" is German too). */
const ENGLISH_IN_GERMAN = /\b(the|and|with|would|which|should|of|is|are)\b/i;

/** Names German and Polish write as English does. */
const GERMAN_AS_ENGLISH = new Set(["Washington", "Paris", "London", "Berlin", "Helsinki"]);
const POLISH_AS_ENGLISH = new Set(["Berlin", "Helsinki"]);
/** German: an umlaut or ß, or a common German function word ("in" too: short titles hold little else). */
const GERMAN =
  /[äöüß]|(^|[^\p{L}])(der|die|das|den|dem|des|und|ein|eine|einen|einem|dieses|mit|von|zu|für|nicht|ist|sind|auf|sich|wird|im|in|oder|nur|binnen|nahe)(?![\p{L}])/iu;
/** Polish: a Polish letter, a digraph English hardly has (rz, cz, sz), or a common Polish function word. */
const POLISH = /[ąćęłńóśźż]|rz|cz|sz|(^|[^\p{L}])(i|w|z|na|nie|do|się|jest|oraz|że|od|po|przez|dla)(?![\p{L}])/iu;

/** A translation opening its quotes with „ and closing them with `close`: its own words, no English left, no ASCII quotes. */
function checkTranslation(
  texts: { path: string; text: Record<string, unknown> }[],
  lang: string,
  { same, own, english, close }: { same: Set<string>; own: RegExp; english: RegExp; close: string },
) {
  for (const { path, text } of texts) {
    const t = String(text[lang]);
    const en = String(text.en);
    if (same.has(t)) expect(t, path).toBe(en);
    else {
      expect(t, path).not.toBe(en);
      if (words(en).trim().split(/\s+/).length >= 4) expect(words(t), path).toMatch(own);
    }
    expect(words(t), path).not.toMatch(english);
    expect(t, `${path}: typographic apostrophes and quotes`).not.toMatch(/['"]/);
    expect(t.split("„").length, `${path}: every „ closed by ${close}`).toBe(t.split(close).length);
    expect(en.split("\n").length, `${path}: paragraphs as in English`).toBe(t.split("\n").length);
  }
}

describe.each(SCENARIOS)("$name in Ukrainian, French, German and Polish", ({ input, load, texts: atLeast }) => {
  const scenario = load();
  const texts = localizedTexts(scenario);

  it("walks every localized text (titles, briefs, issues, options, red lines, events, talk)", () => {
    expect(texts.length).toBeGreaterThanOrEqual(atLeast);
    const paths = texts.map((t) => t.path);
    for (const expected of ["title", "setting", "seats[0].brief.objectives", "issues[0].options[0].description"])
      expect(paths).toContain(expected);
    expect(paths.some((p) => p.includes("redLines"))).toBe(true);
    expect(paths.some((p) => p.startsWith("events["))).toBe(true);
    expect(paths.some((p) => p.startsWith("talk.templates."))).toBe(true);
  });

  it.each(["uk", "fr", "de", "pl"])("has a non-empty `%s` in every localized text", (lang) => {
    const missing = texts.filter((t) => typeof t.text[lang] !== "string" || t.text[lang].trim() === "");
    expect(missing.map((t) => t.path)).toEqual([]);
  });

  it("writes them in Ukrainian: Cyrillic, no Russian-only letters, typographic apostrophes", () => {
    for (const { path, text } of texts) {
      const uk = String(text.uk);
      if (/[a-z]/i.test(words(String(text.en)))) expect(words(uk), path).toMatch(/[а-яієїґ]/i);
      expect(uk, path).not.toMatch(/[ыэъё]/i);
      expect(uk, path).not.toMatch(/[а-яієїґ]'[а-яієїґ]/i);
      expect(uk, path).not.toBe(text.en);
    }
  });

  it("writes them in French: French words, typographic apostrophes, « » with no-break spaces before : ; ! ? »", () => {
    for (const { path, text } of texts) {
      const fr = String(text.fr);
      const en = String(text.en);
      if (FRENCH_AS_ENGLISH.has(fr)) expect(fr, path).toBe(en);
      else {
        expect(fr, path).not.toBe(en);
        if (words(en).trim().split(/\s+/).length >= 4) expect(words(fr), path).toMatch(FRENCH);
      }
      expect(words(fr), path).not.toMatch(ENGLISH);
      expect(fr, `${path}: typographic apostrophe`).not.toMatch(/'/);
      expect(fr, `${path}: « » rather than English quote marks`).not.toMatch(/["“”]/);
      expect(fr, `${path}: a no-break space before : ; ! ? »`).not.toMatch(/[^\u00a0\u202f][:;!?»]/);
      expect(fr, `${path}: a no-break space after «`).not.toMatch(/«[^\u00a0]/);
    }
  });

  it("writes them in German: German words, „“ quotes, Kyjiw and Warschau", () => {
    checkTranslation(texts, "de", { same: GERMAN_AS_ENGLISH, own: GERMAN, english: ENGLISH_IN_GERMAN, close: "“" });
    const names = scenario.seats.map((seat) => seat.name.de);
    expect(names).toEqual(expect.arrayContaining(["Kyjiw", "Warschau", "Moskau"]));
  });

  it("writes them in Polish: Polish words, „” quotes, Kijów and Warszawa", () => {
    checkTranslation(texts, "pl", { same: POLISH_AS_ENGLISH, own: POLISH, english: ENGLISH, close: "”" });
    const names = scenario.seats.map((seat) => seat.name.pl);
    expect(names).toEqual(expect.arrayContaining(["Kijów", "Warszawa", "Moskwa"]));
  });

  it("keeps every talk template's {slots} in each language, as in English", () => {
    const talk = scenario.talk;
    expect(talk).toBeDefined();
    for (const [move, variants] of Object.entries(talk?.templates ?? {}))
      for (const [variant, list] of Object.entries(variants ?? {}))
        list.forEach((template, i) => {
          for (const lang of ["uk", "fr", "de", "pl"])
            expect(slots(String(template[lang])), `${move}.${variant}[${i}].${lang}`).toEqual(slots(template.en));
        });
    for (const lang of ["fr", "de", "pl"]) expect(talk?.words.quote[lang]).toContain("{name}");
  });

  it("renders every talk template in French, German and Polish, with the scenario's names in each", () => {
    const talk = scenario.talk;
    for (const move of TALK_MOVES)
      for (const [variant, list] of Object.entries(talk?.templates[move] ?? {}))
        list.forEach((_, index) => {
          const speech: TalkSpeech = {
            source: "scenario",
            move,
            variant,
            index,
            slots: {
              seat: variant === "default" ? "rome" : variant,
              issue: "burden",
              option: "even",
              current: null,
              response: "airDefence",
            },
          };
          for (const lang of ["fr", "de", "pl"]) {
            const said = renderTalk(scenario, speech, lang);
            expect(said, `${move}.${variant}[${index}].${lang}`).not.toBeNull();
            expect(said, `${move}.${variant}[${index}].${lang}`).not.toMatch(/[{}]/);
            expect(said, `${move}.${variant}[${index}].${lang}`).not.toBe(renderTalk(scenario, speech, "en"));
          }
        });
    const amend: TalkSpeech = {
      source: "scenario",
      move: "amend",
      variant: "default",
      index: 0,
      slots: { seat: "warsaw", issue: "pledge", option: "article5", current: null },
    };
    expect(renderTalk(scenario, amend, "fr")).toBe(
      "Sur le volet «\u00a0Engagement\u00a0», Varsovie propose «\u00a0Libellé de l’article 5\u00a0» au lieu de la case vide.",
    );
    expect(renderTalk(scenario, amend, "de")).toBe(
      "Zur Frage „Beistandszusage“ schlägt Warschau vor, das leere Feld durch die Option „Wortlaut von Artikel 5“ zu ersetzen.",
    );
    expect(renderTalk(scenario, amend, "pl")).toBe(
      "Warszawa: w kwestii „Zobowiązanie” proponujemy opcję „Brzmienie art. 5”; obecnie w projekcie: puste pole.",
    );
    const concede: TalkSpeech = {
      source: "scenario",
      move: "concede",
      variant: "default",
      index: 0,
      slots: { seat: "berlin", issue: "burden", option: "even" },
    };
    expect(renderTalk(scenario, concede, "fr")).toBe(
      "Berlin peut faire un geste sur le volet «\u00a0Partage du fardeau\u00a0»\u00a0: nous proposons «\u00a0À parts égales\u00a0» si cela rallie les autres.",
    );
    const honour: TalkSpeech = {
      source: "scenario",
      move: "honour",
      variant: "default",
      index: 0,
      slots: { seat: "london", response: "airDefence" },
    };
    expect(renderTalk(scenario, honour, "fr")).toBe(
      "Londres honore son engagement\u00a0: défense aérienne et renseignement.",
    );
    expect(renderTalk(scenario, honour, "de")).toBe("London hält seine Zusage ein: Luftverteidigung und Aufklärung.");
    expect(renderTalk(scenario, honour, "pl")).toBe("Londyn: dotrzymujemy zobowiązania – obrona powietrzna i wywiad.");
  });

  it("still passes validation as written in its file", () => {
    const result = parseScenario(input());
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
