// People the facilitator removed from the session: they stay out (same device, same name) until
// readmitted here.
import { t } from "../i18n/index.ts";
import type { ConsoleTable, SessionInfo } from "./fapi.ts";

type Removed = NonNullable<SessionInfo["removed"]>[number];

/** The removed people with a way back in for each; nothing while nobody is removed. */
export function RemovedPeople({
  removed,
  tables,
  busy,
  onReadmit,
}: {
  removed: Removed[];
  tables: ConsoleTable[];
  busy: boolean;
  onReadmit: (person: Removed) => void;
}) {
  if (removed.length === 0) return null;
  return (
    <section class="card fac-removed" aria-labelledby="removed-title">
      <h2 id="removed-title">{t("f.removedTitle")}</h2>
      <p class="hint">{t("f.removedHint")}</p>
      <ul class="fac-removed-list">
        {removed.map((p) => (
          <li key={p.personId}>
            <span>
              {p.name} · {t("f.table", { n: tables.find((x) => x.tableId === p.tableId)?.number ?? 0 })}
            </span>
            <button type="button" class="button button-small" disabled={busy} onClick={() => onReadmit(p)}>
              {t("f.readmit")}
              <span class="visually-hidden"> {p.name}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
