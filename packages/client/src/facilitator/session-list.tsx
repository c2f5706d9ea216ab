// The start page's list of this browser's sessions: name, code and date, a way back to each console,
// and a way to forget one here (the session itself runs on; its facilitator link opens it again).
import { useState } from "preact/hooks";
import { locale, t } from "../i18n/index.ts";
import { forgetSession, type MySession, mySessions } from "./my-sessions.ts";

function dateText(ms: number): string {
  return new Intl.DateTimeFormat(locale(), {
    dateStyle: "medium",
    timeStyle: "short",
  }).format(ms);
}

/** This browser's sessions, or nothing when it has none. */
export function SessionList() {
  const [list, setList] = useState<MySession[]>(() => mySessions());
  if (list.length === 0) return null;
  return (
    <section class="card fac-block fac-my-sessions" aria-labelledby="my-sessions-title">
      <h2 id="my-sessions-title">{t("mine.title")}</h2>
      <p class="hint">{t("mine.hint")}</p>
      <ul class="fac-my-list">
        {list.map((s) => {
          const label = s.name || (s.code ? t("mine.unnamed") : s.sessionId);
          return (
            <li key={s.sessionId} data-session={s.sessionId}>
              <div class="fac-my-text">
                <a href={`/facilitate/${encodeURIComponent(s.sessionId)}`} class="fac-my-name">
                  {label}
                </a>
                <span class="fac-my-meta">
                  {s.code && <span class="fac-code-sm">{s.code}</span>}
                  {s.createdAt > 0 && <span>{t("mine.created", { date: dateText(s.createdAt) })}</span>}
                </span>
              </div>
              <button
                type="button"
                class="button button-small button-quiet"
                onClick={() => {
                  if (!window.confirm(t("mine.forgetConfirm", { name: label }))) return;
                  forgetSession(s.sessionId);
                  setList(mySessions());
                }}
              >
                {t("mine.forget")}
                <span class="visually-hidden"> {label}</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
