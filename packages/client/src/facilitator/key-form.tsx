// The facilitator key for a browser that did not create the session (the console, the report and
// the role sheets need it).
import { useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { saveKey } from "./fapi.ts";

/** Lets a facilitator paste the session's key on another device (it is stored here, never put in a link). */
export function KeyForm({ sessionId }: { sessionId: string }) {
  const [value, setValue] = useState("");
  return (
    <form
      class="card fac-keyform"
      onSubmit={(e) => {
        e.preventDefault();
        if (!value.trim()) return;
        saveKey(sessionId, value.trim());
        window.location.reload();
      }}
    >
      <div class="field">
        <label for="f-key">{t("f.key.label")}</label>
        <input
          id="f-key"
          type="password"
          autoComplete="off"
          value={value}
          onInput={(e) => setValue((e.target as HTMLInputElement).value)}
        />
        <p class="hint">{t("f.key.hint")}</p>
      </div>
      <button type="submit" class="button button-primary" disabled={!value.trim()}>
        {t("f.key.use")}
      </button>
    </form>
  );
}
