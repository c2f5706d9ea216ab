// Injecting an event into the tables: a card from the scenario's deck or a custom one, with the
// engine's reasons where it cannot land now (the button waits while no table can take it).
import { useState } from "preact/hooks";
import { loc, t, tOr } from "../i18n/index.ts";
import type { ConsoleTable } from "./fapi.ts";
import { TargetSelect } from "./target-select.tsx";

/** Why an inject cannot apply at `table` now, in the facilitator's words, or null when it can. */
function injectBlocked(table: ConsoleTable): string | null {
  if (table.status !== "open" || !table.summary) return t("f.inject.why.notRunning");
  const r = table.summary.injectRefusal;
  return r ? tOr(`f.inject.why.${r.code}`, r.message) : null;
}

const STATS = ["capital", "resolve", "capacity", "unity", "grievance", "ukraineSecurity"] as const;

export function InjectForm({
  busy,
  tables,
  deck,
  seats,
  onInject,
}: {
  busy: boolean;
  tables: ConsoleTable[];
  deck: { id: string; title: { en: string }; text: { en: string } }[];
  seats: string[];
  onInject: (action: { type: string; [k: string]: unknown }, only?: string[]) => void;
}) {
  const [mode, setMode] = useState<"card" | "custom">("card");
  const [card, setCard] = useState("");
  const [title, setTitle] = useState("");
  const [text, setText] = useState("");
  const [target, setTarget] = useState("table");
  const [stat, setStat] = useState<(typeof STATS)[number]>("unity");
  const [delta, setDelta] = useState(-5);
  const [where, setWhere] = useState("");
  const chosenCard = card || deck[0]?.id || "";
  // The engine says, per table, whether news can land now: the button waits while none can.
  const targets = where ? tables.filter((table) => table.tableId === where) : tables;
  const blocked = targets.flatMap((table) => {
    const why = injectBlocked(table);
    return why ? [{ table, why }] : [];
  });
  const none = targets.length > 0 && blocked.length === targets.length;
  const submit = (e: Event) => {
    e.preventDefault();
    const only = where ? [where] : undefined;
    if (mode === "card") {
      if (chosenCard) onInject({ type: "facilitator/inject-event", card: chosenCard }, only);
    } else if (title.trim()) {
      onInject(
        {
          type: "facilitator/inject-event",
          custom: {
            title: { en: title.trim() },
            ...(text.trim() ? { text: { en: text.trim() } } : {}),
            effects: [{ target, stat, delta }],
          },
        },
        only,
      );
    }
  };
  return (
    <form class="fac-subform" onSubmit={submit}>
      <h3>{t("f.inject")}</h3>
      <div class="fac-seg" role="radiogroup" aria-label={t("f.inject")}>
        {(["card", "custom"] as const).map((m) => (
          <label key={m} class={mode === m ? "on" : ""}>
            <input type="radio" name="inject-mode" checked={mode === m} onChange={() => setMode(m)} />
            {t(m === "card" ? "f.inject.card" : "f.inject.custom")}
          </label>
        ))}
      </div>
      {mode === "card" ? (
        deck.length === 0 ? (
          <p class="hint">{t("f.inject.noDeck")}</p>
        ) : (
          <div class="field">
            <label for="f-card">{t("f.inject.card")}</label>
            <select id="f-card" value={chosenCard} onChange={(e) => setCard((e.target as HTMLSelectElement).value)}>
              {deck.map((c) => (
                <option key={c.id} value={c.id}>
                  {loc(c.title)}
                </option>
              ))}
            </select>
            <p class="hint">{loc(deck.find((c) => c.id === chosenCard)?.text)}</p>
          </div>
        )
      ) : (
        <>
          <div class="field">
            <label for="f-ev-title">{t("f.inject.title")}</label>
            <input
              id="f-ev-title"
              maxLength={120}
              value={title}
              onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field">
            <label for="f-ev-text">{t("f.inject.text")}</label>
            <input
              id="f-ev-text"
              maxLength={400}
              value={text}
              onInput={(e) => setText((e.target as HTMLInputElement).value)}
            />
          </div>
          <div class="field-row fac-effect">
            <div class="field">
              <label for="f-ev-target">{t("f.inject.target")}</label>
              <select
                id="f-ev-target"
                value={target}
                onChange={(e) => setTarget((e.target as HTMLSelectElement).value)}
              >
                {["table", "all", "signatories", "europeans", ...seats].map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="f-ev-stat">{t("f.inject.stat")}</label>
              <select
                id="f-ev-stat"
                value={stat}
                onChange={(e) => setStat((e.target as HTMLSelectElement).value as (typeof STATS)[number])}
              >
                {STATS.map((s) => (
                  <option key={s} value={s}>
                    {s}
                  </option>
                ))}
              </select>
            </div>
            <div class="field">
              <label for="f-ev-delta">{t("f.inject.delta")}</label>
              <input
                id="f-ev-delta"
                type="number"
                min={-50}
                max={50}
                value={delta}
                onInput={(e) => setDelta(Number((e.target as HTMLInputElement).value) || 0)}
              />
            </div>
          </div>
        </>
      )}
      <div class="field-row">
        <TargetSelect id="f-ev-where" tables={tables} value={where} onChange={setWhere} />
        <button
          type="submit"
          class="button"
          aria-describedby={blocked.length > 0 ? "f-ev-why" : undefined}
          disabled={busy || none || (mode === "card" ? !chosenCard : !title.trim())}
        >
          {t("f.inject.send")}
        </button>
      </div>
      {blocked.length > 0 && (
        <div id="f-ev-why" class="hint fac-inject-why" data-testid="inject-why">
          {where && blocked[0] ? (
            t("f.inject.cannot", { reason: blocked[0].why })
          ) : (
            <>
              {none ? t("f.inject.cannotAll") : t("f.inject.notAt")}
              <ul>
                {blocked.map(({ table, why }) => (
                  <li key={table.tableId}>
                    {t("f.table", { n: table.number })} · {table.code}: {why}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      )}
    </form>
  );
}
