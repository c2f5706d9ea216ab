import { readdirSync, readFileSync } from "node:fs";
import { ERROR_CODES } from "@ironclad/engine/protocol";
import { afterEach, describe, expect, it, vi } from "vitest";
import en from "./en.json";
import {
  browserLang,
  COMPLETE_LANGS,
  errorText,
  formatNumber,
  getLang,
  hasCatalogue,
  LANGS,
  type Lang,
  LOCALES,
  loc,
  locale,
  pickerLangs,
  setLang,
  t,
  tOr,
} from "./index.ts";
import uk from "./uk.json";

const PLURAL = /_(zero|one|two|few|many|other)$/;
const families = (cat: Record<string, string>) => new Set(Object.keys(cat).map((k) => k.replace(PLURAL, "")));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Every catalogue file beside en.json (uk.json, fr.json, ... and de.json / pl.json once they exist). */
const TRANSLATIONS = readdirSync(new URL(".", import.meta.url))
  .filter((f) => /^[a-z]{2}\.json$/.test(f) && f !== "en.json")
  .map((f) => ({
    lang: f.slice(0, 2),
    cat: JSON.parse(readFileSync(new URL(f, import.meta.url), "utf8")) as Record<string, string>,
  }));

describe("the catalogues", () => {
  afterEach(() => setLang("en"));

  it("are one per language the code knows, each loaded, every complete language among them", () => {
    expect(TRANSLATIONS.map((c) => c.lang)).toEqual(expect.arrayContaining(["uk", "fr", "pl"]));
    for (const { lang } of TRANSLATIONS) {
      expect(LANGS, `${lang}.json is for a language the code does not know`).toContain(lang);
      expect(hasCatalogue(lang as Lang), `${lang}.json is not imported in index.ts`).toBe(true);
    }
    for (const lang of COMPLETE_LANGS) expect(lang === "en" || hasCatalogue(lang), lang).toBe(true);
  });

  for (const { lang, cat } of TRANSLATIONS) {
    describe(`${lang}.json`, () => {
      it("has the same messages as English", () => {
        expect([...families(cat)].sort()).toEqual([...families(en)].sort());
      });

      it("gives every plural family exactly the forms the language needs (CLDR, Intl.PluralRules)", () => {
        const forms = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
        for (const key of Object.keys(en)) {
          if (!key.endsWith("_other")) continue;
          const base = key.replace(PLURAL, "");
          for (const form of forms) expect(cat, `${base}_${form}`).toHaveProperty(`${base}_${form}`);
          const extra = Object.keys(cat).filter(
            (k) => k.replace(PLURAL, "") === base && !forms.includes(k.match(PLURAL)?.[1] as Intl.LDMLPluralRule),
          );
          expect(extra, `${base}: forms ${lang} does not have`).toEqual([]);
        }
      });

      it("uses the same placeholders as English, and {count} wherever English counts", () => {
        for (const [key, text] of Object.entries(en as Record<string, string>)) {
          const base = key.replace(PLURAL, "");
          const other = cat[key] ?? cat[`${base}_other`];
          expect(other, key).toBeDefined();
          expect(
            placeholders(other ?? "").filter((p) => p !== "count"),
            key,
          ).toEqual(placeholders(text).filter((p) => p !== "count"));
        }
      });

      it("has no empty message and no message the English catalogue lacks", () => {
        for (const [key, text] of Object.entries(cat)) {
          expect(text.trim(), key).not.toBe("");
          expect(families(en).has(key.replace(PLURAL, "")), key).toBe(true);
        }
      });
    });
  }

  it("keep French to French typography: typographic apostrophes, no-break spaces before : ; ! ? and inside « »", () => {
    const fr = TRANSLATIONS.find((c) => c.lang === "fr")?.cat ?? {};
    for (const [key, text] of Object.entries(fr)) {
      expect(text, `${key}: typographic apostrophe`).not.toMatch(/'/);
      expect(text, `${key}: no-break space before : ; ! ? and inside « »`).not.toMatch(/ [:;!?»]|« /);
    }
  });

  // A catalogue being written is xx.draft.json: not loaded until it has every key (then it becomes xx.json and
  // falls under the checks above), but what it has is held to English's keys and placeholders and to its
  // language's plural forms now.
  for (const file of readdirSync(new URL(".", import.meta.url)).filter((f) => /^[a-z]{2}\.draft\.json$/.test(f))) {
    it(`keep ${file} to the rules: English's keys and placeholders, the language's plural forms`, () => {
      const draft = JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as Record<string, string>;
      const enCat = en as Record<string, string>;
      const forms = new Intl.PluralRules(file.slice(0, 2)).resolvedOptions().pluralCategories;
      expect(LANGS).toContain(file.slice(0, 2));
      for (const [key, text] of Object.entries(draft)) {
        const base = key.replace(PLURAL, "");
        const english = enCat[key] ?? enCat[`${base}_other`];
        expect(english, `${key} is not an English key`).toBeDefined();
        expect(text.trim(), key).not.toBe("");
        expect(
          placeholders(text).filter((p) => p !== "count"),
          key,
        ).toEqual(placeholders(english ?? "").filter((p) => p !== "count"));
        if (enCat[`${base}_other`] !== undefined)
          for (const form of forms) expect(draft, `${base}_${form}`).toHaveProperty(`${base}_${form}`);
      }
    });
  }

  it("keep German to German typography: „…“ quotes and typographic apostrophes, no straight or English quotes", () => {
    for (const file of ["de.json", "de.draft.json"]) {
      let de: Record<string, string>;
      try {
        de = JSON.parse(readFileSync(new URL(file, import.meta.url), "utf8")) as Record<string, string>;
      } catch {
        continue;
      }
      for (const [key, text] of Object.entries(de)) {
        expect(text, `${key}: typographic apostrophe`).not.toMatch(/'/);
        expect(text, `${key}: „…“, not "…", ”…” or «…»`).not.toMatch(/["”«»]/);
        expect(text.split("„").length, `${key}: every „ closed by “`).toBe(text.split("“").length);
      }
    }
  });

  it("choose German plural forms by Intl.PluralRules: only 1 is singular", () => {
    setLang("de");
    expect(t("open.freeSeats", { count: 0 })).toBe("0 freie Plätze");
    expect(t("open.freeSeats", { count: 1 })).toBe("1 freier Platz");
    expect(t("open.freeSeats", { count: 2 })).toBe("2 freie Plätze");
  });

  it("offer and read German", () => {
    setLang("de");
    expect(COMPLETE_LANGS).toContain("de");
    expect(hasCatalogue("de")).toBe(true);
    expect(t("phase.stress")).toBe("Stresstest");
    expect(tOr("f.phase.negotiation", "negotiation")).toBe("Verhandlung");
  });

  it("give every code of the protocol a sentence in English and its own in Ukrainian", () => {
    const enCat = en as Record<string, string>;
    const ukCat = uk as Record<string, string>;
    const missing = ERROR_CODES.filter((code) => {
      const key = `error.${code}`;
      return !enCat[key] || !ukCat[key] || ukCat[key] === enCat[key];
    });
    expect(missing, "codes without an English and a Ukrainian sentence").toEqual([]);
  });

  it("hold the facilitator pages' words (the f. keys) in both languages, each in its own Ukrainian", () => {
    const enCat = en as Record<string, string>;
    const ukCat = uk as Record<string, string>;
    const facilitator = Object.keys(enCat).filter((k) => k.startsWith("f."));
    expect(facilitator.length).toBeGreaterThan(300);
    // Signs with a number only read the same in both languages.
    const same = facilitator.filter((k) => ukCat[k] === enCat[k] && !/^[+−]\{n\}$/.test(enCat[k] ?? ""));
    expect(same, "facilitator keys left in English in uk.json").toEqual([]);
  });

  it("read a key built at run time, or the fallback when the catalogue has none", () => {
    setLang("uk");
    expect(tOr("f.phase.negotiation", "negotiation")).toBe("Переговори");
    expect(tOr("f.phase.unheard-of", "unheard-of")).toBe("unheard-of");
  });

  it("choose Ukrainian plural forms by Intl.PluralRules", () => {
    setLang("uk");
    expect(getLang()).toBe("uk");
    expect(t("open.freeSeats", { count: 1 })).toBe("1 вільне місце");
    expect(t("open.freeSeats", { count: 3 })).toBe("3 вільні місця");
    expect(t("open.freeSeats", { count: 5 })).toBe("5 вільних місць");
    expect(t("open.freeSeats", { count: 21 })).toBe("21 вільне місце");
    setLang("en");
    expect(t("open.freeSeats", { count: 1 })).toBe("1 free seat");
    expect(t("open.freeSeats", { count: 2 })).toBe("2 free seats");
  });

  it("choose French plural forms by Intl.PluralRules: 0 and 1 are singular", () => {
    setLang("fr");
    expect(t("open.freeSeats", { count: 0 })).toBe("0 siège libre");
    expect(t("open.freeSeats", { count: 1 })).toBe("1 siège libre");
    expect(t("open.freeSeats", { count: 2 })).toBe("2 sièges libres");
  });

  it("offer and read French", () => {
    setLang("fr");
    expect(COMPLETE_LANGS).toContain("fr");
    expect(hasCatalogue("fr")).toBe(true);
    expect(t("phase.stress")).toBe("Test de résistance");
    expect(tOr("f.phase.negotiation", "negotiation")).toBe("Négociation");
  });

  it("keep Polish to Polish typography: „…” quotes and typographic apostrophes, no straight or English quotes", () => {
    const pl = TRANSLATIONS.find((c) => c.lang === "pl")?.cat ?? {};
    for (const [key, text] of Object.entries(pl)) {
      expect(text, `${key}: typographic apostrophe`).not.toMatch(/'/);
      expect(text, `${key}: „…”, not "…", “…” or «…»`).not.toMatch(/["“«»]/);
      expect(text.split("„").length, `${key}: every „ closed by ”`).toBe(text.split("”").length);
    }
  });

  it("choose Polish plural forms by Intl.PluralRules: 2–4 and 22–24 few, 5–21 and 25 many", () => {
    setLang("pl");
    expect(t("open.freeSeats", { count: 1 })).toBe("1 wolne miejsce");
    expect(t("open.freeSeats", { count: 3 })).toBe("3 wolne miejsca");
    expect(t("open.freeSeats", { count: 5 })).toBe("5 wolnych miejsc");
    expect(t("open.freeSeats", { count: 12 })).toBe("12 wolnych miejsc");
    expect(t("open.freeSeats", { count: 22 })).toBe("22 wolne miejsca");
  });

  it("offer and read Polish", () => {
    setLang("pl");
    expect(COMPLETE_LANGS).toContain("pl");
    expect(hasCatalogue("pl")).toBe(true);
    expect(t("phase.stress")).toBe("Test warunków skrajnych");
    expect(tOr("f.phase.negotiation", "negotiation")).toBe("Negocjacje");
  });

  it("offer the five complete languages in the picker", () => {
    expect(COMPLETE_LANGS).toEqual(["en", "uk", "fr", "de", "pl"]);
    expect(pickerLangs("uk")).toEqual(["en", "uk", "fr", "de", "pl"]);
    expect(pickerLangs("pl")).toEqual(["en", "uk", "fr", "de", "pl"]);
  });

  it("take the browser's first complete language, never one that is not complete", () => {
    expect(browserLang(["uk-UA", "en"])).toBe("uk");
    expect(browserLang(["fr-FR", "de", "uk"])).toBe("fr");
    expect(browserLang(["pl", "fr-CA"])).toBe("pl");
    expect(browserLang(["it-IT", "de-AT"])).toBe("de");
    expect(browserLang(["it", "es"])).toBe("en");
    expect(browserLang([])).toBe("en");
  });

  it("format numbers and set <html lang> in the language chosen", () => {
    for (const lang of LANGS) {
      setLang(lang);
      expect(locale()).toBe(LOCALES[lang]);
    }
    setLang("fr");
    expect(formatNumber(12345)).toBe("12\u202f345");
    setLang("de");
    expect(formatNumber(12345.5)).toBe("12.345,5");
    setLang("pl");
    expect(formatNumber(0.5)).toBe("0,5");
    setLang("en");
    expect(formatNumber(12345)).toBe("12,345");
  });

  it("read English for a language without a catalogue, with English plural rules", () => {
    // Any language the code knows but has no catalogue for (none once every catalogue is written).
    const bare = LANGS.find((lang) => !hasCatalogue(lang));
    if (bare === undefined) return;
    setLang(bare);
    expect(t("open.freeSeats", { count: 1 })).toBe("1 free seat");
    expect(t("open.freeSeats", { count: 5 })).toBe("5 free seats");
    setLang("uk");
    expect(t("open.freeSeats", { count: 21 })).toBe("21 вільне місце");
  });

  it("fall back to English scenario text and to the server's sentence for unknown codes", () => {
    setLang("uk");
    expect(loc({ en: "Kyiv", uk: "Київ" })).toBe("Київ");
    expect(loc({ en: "Paris" })).toBe("Paris");
    setLang("fr");
    expect(loc({ en: "Kyiv", uk: "Київ" })).toBe("Kyiv");
    expect(loc({ en: "Kyiv", uk: "Київ", fr: "Kyiv (Kiev)" })).toBe("Kyiv (Kiev)");
    expect(loc({ en: "Kyiv", fr: "" })).toBe("Kyiv");
    setLang("uk");
    expect(errorText("table/not_found")).toContain("Столу з таким кодом немає");
    expect(errorText("draft/from_a_newer_server", "There is no such issue.")).toBe("There is no such issue.");
  });
});

describe("a catalogue loaded when its language is chosen (#19)", () => {
  // A fresh copy of the module: only English is loaded in it (the test setup loads the others in the shared one).
  const freshI18n = async () => {
    vi.resetModules();
    const i18n = await import("./index.ts");
    i18n.setLang("en");
    return i18n;
  };

  it("keeps the words in use until the chosen language's catalogue is there, then switches", async () => {
    const i18n = await freshI18n();
    i18n.setLang("uk");
    expect(i18n.getLang()).toBe("en");
    expect(i18n.t("phase.stress")).toBe(en["phase.stress"]);
    await i18n.loadCatalogue("uk");
    expect(i18n.getLang()).toBe("uk");
    expect(i18n.t("phase.stress")).toBe(uk["phase.stress"]);
    expect(i18n.formatNumber(12345)).toBe(new Intl.NumberFormat("uk-UA").format(12345));
  });

  it("switches nothing when a catalogue arrives after another language was chosen", async () => {
    const i18n = await freshI18n();
    i18n.setLang("uk");
    i18n.setLang("en");
    await i18n.loadCatalogue("uk");
    expect(i18n.getLang()).toBe("en");
    expect(i18n.t("phase.stress")).toBe(en["phase.stress"]);
  });
});
