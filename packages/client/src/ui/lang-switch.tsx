import { useEffect } from "preact/hooks";
import { type Lang, loadCatalogue, pickerLangs, setLang, t, useLang } from "../i18n/index.ts";

/** Each language's name and short form, in that language. */
export const LANG_NAMES: Record<Lang, string> = {
  en: "English",
  uk: "Українська",
  fr: "Français",
  de: "Deutsch",
  pl: "Polski",
};
const SHORT: Record<Lang, string> = { en: "EN", uk: "УК", fr: "FR", de: "DE", pl: "PL" };

/**
 * Switches the UI language; each button says its language in that language. The button shows the
 * short form and its accessible name starts with it ("EN English"), so a speech-input user who says
 * what they see ("click EN") reaches it (WCAG 2.5.3, label in name). Only complete languages are offered
 * (COMPLETE_LANGS); a language being previewed shows its button too, so the picker says what is in use.
 */
export function LangSwitch({ prefetch = true }: { prefetch?: boolean }) {
  const lang = useLang();
  // The languages offered are fetched once the page is drawn and idle, so a switch shows at once
  // (#19). Not on the table's pages (`prefetch` false): idle there is mostly waiting for the room,
  // and a switch may wait for its catalogue.
  useEffect(() => {
    if (!prefetch) return;
    // Only the languages this browser asks for: five catalogues parsed on every landing page would
    // cost a phone's main thread more than a click on another language waits for its own.
    const asked = (globalThis.navigator?.languages ?? []).map((tag) => tag.toLowerCase().split("-")[0]);
    const fetchAll = () => {
      for (const l of pickerLangs(lang)) if (l !== lang && asked.includes(l)) void loadCatalogue(l);
    };
    if (typeof requestIdleCallback !== "function") {
      const timer = setTimeout(fetchAll, 500);
      return () => clearTimeout(timer);
    }
    const id = requestIdleCallback(fetchAll, { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }, []);
  return (
    <fieldset class="lang-switch">
      <legend class="visually-hidden">{t("lang.label")}</legend>
      {pickerLangs(lang).map((l) => (
        <button
          type="button"
          key={l}
          lang={l}
          aria-pressed={lang === l}
          title={LANG_NAMES[l]}
          onClick={() => setLang(l)}
        >
          {SHORT[l]}
          <span class="visually-hidden"> {LANG_NAMES[l]}</span>
        </button>
      ))}
    </fieldset>
  );
}
