import { LANGS, type Lang, setLang, t, useLang } from "../i18n/index.ts";

const NAMES: Record<Lang, string> = { en: "English", uk: "Українська" };
const SHORT: Record<Lang, string> = { en: "EN", uk: "УК" };

/**
 * Switches the UI language; each button says its language in that language. The button shows the
 * short form and its accessible name starts with it ("EN English"), so a speech-input user who says
 * what they see ("click EN") reaches it (WCAG 2.5.3, label in name).
 */
export function LangSwitch() {
  const lang = useLang();
  return (
    <fieldset class="lang-switch">
      <legend class="visually-hidden">{t("lang.label")}</legend>
      {LANGS.map((l) => (
        <button type="button" key={l} lang={l} aria-pressed={lang === l} title={NAMES[l]} onClick={() => setLang(l)}>
          {SHORT[l]}
          <span class="visually-hidden"> {NAMES[l]}</span>
        </button>
      ))}
    </fieldset>
  );
}
