import { ERROR_CODES } from "@ironclad/engine/protocol";
import { afterEach, describe, expect, it } from "vitest";
import en from "./en.json";
import { errorText, getLang, loc, setLang, t, tOr } from "./index.ts";
import uk from "./uk.json";

const PLURAL = /_(one|few|many|other)$/;
const families = (cat: Record<string, string>) => new Set(Object.keys(cat).map((k) => k.replace(PLURAL, "")));
const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the catalogues", () => {
  afterEach(() => setLang("en"));

  it("have the same messages in English and Ukrainian", () => {
    expect([...families(uk)].sort()).toEqual([...families(en)].sort());
  });

  it("give every Ukrainian plural family the forms Ukrainian needs", () => {
    for (const key of Object.keys(en)) {
      if (!key.endsWith("_other")) continue;
      const base = key.replace(PLURAL, "");
      for (const form of ["one", "few", "many", "other"])
        expect(uk, `${base}_${form}`).toHaveProperty(`${base}_${form}`);
    }
  });

  it("use the same placeholders in both languages", () => {
    const ukCat = uk as Record<string, string>;
    for (const [key, text] of Object.entries(en as Record<string, string>)) {
      const base = key.replace(PLURAL, "");
      const other = ukCat[key] ?? ukCat[`${base}_other`];
      expect(other, key).toBeDefined();
      expect(
        placeholders(other ?? "").filter((p) => p !== "count"),
        key,
      ).toEqual(placeholders(text).filter((p) => p !== "count"));
    }
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

  it("fall back to English scenario text and to the server's sentence for unknown codes", () => {
    setLang("uk");
    expect(loc({ en: "Kyiv", uk: "Київ" })).toBe("Київ");
    expect(loc({ en: "Paris" })).toBe("Paris");
    expect(errorText("table/not_found")).toContain("Столу з таким кодом немає");
    expect(errorText("draft/from_a_newer_server", "There is no such issue.")).toBe("There is no such issue.");
  });
});
