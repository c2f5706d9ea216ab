// A message from the facilitator to every table, or to one.
import { useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import type { ConsoleTable } from "./fapi.ts";
import { TargetSelect } from "./target-select.tsx";

export function BroadcastForm({
  busy,
  tables,
  onSend,
}: {
  busy: boolean;
  tables: ConsoleTable[];
  onSend: (text: string, only?: string[]) => void;
}) {
  const [text, setText] = useState("");
  const [target, setTarget] = useState("");
  return (
    <form
      class="fac-subform"
      onSubmit={(e) => {
        e.preventDefault();
        if (!text.trim()) return;
        onSend(text.trim(), target ? [target] : undefined);
        setText("");
      }}
    >
      <h3>{t("f.broadcast")}</h3>
      <div class="field">
        <label for="f-bc" class="visually-hidden">
          {t("f.broadcast")}
        </label>
        <textarea
          id="f-bc"
          rows={2}
          maxLength={500}
          placeholder={t("f.broadcast.placeholder")}
          value={text}
          onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
        />
      </div>
      <div class="field-row">
        <TargetSelect id="f-bc-target" tables={tables} value={target} onChange={setTarget} />
        <button type="submit" class="button" disabled={busy || !text.trim()}>
          {t("f.broadcast.send")}
        </button>
      </div>
    </form>
  );
}
