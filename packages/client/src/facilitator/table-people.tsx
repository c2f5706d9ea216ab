// A table's people on its card: where each sits, and moving (to any table's seat), muting or
// removing them.
import { t } from "../i18n/index.ts";
import { movePerson, mutePerson, removePerson, type SessionInfo } from "./fapi.ts";

type Person = SessionInfo["tables"][number]["people"][number];

/** The folding list of a table's people with the facilitator's moves for each. */
export function TablePeople({
  people,
  session,
  sessionId,
  movable,
  seatLabel,
  busy,
  onPeople,
}: {
  people: Person[];
  session: SessionInfo | null;
  sessionId: string;
  /** The seats a person may be moved to (Moscow only where the session made the red cell human). */
  movable: string[];
  seatLabel: (seat: string) => string;
  busy: boolean;
  onPeople: (fn: () => Promise<unknown>) => void;
}) {
  return (
    <details class="fac-people">
      <summary>
        {t("f.people")} ({people.length})
      </summary>
      {people.length === 0 ? (
        <p class="hint">{t("f.noPeople")}</p>
      ) : (
        <ul>
          {people.map((p) => (
            <li key={p.personId}>
              <span class="fac-person">
                {p.name} <span class="muted">· {p.seat ? seatLabel(p.seat) : t("f.observer")}</span>
              </span>
              <select
                aria-label={`${t("f.move")} ${p.name}`}
                value=""
                disabled={busy}
                onChange={(e) => {
                  const v = (e.target as HTMLSelectElement).value;
                  if (!v) return;
                  const [tableId, seat] = v.split("|");
                  onPeople(() =>
                    movePerson(sessionId, p.personId, { tableId, seat: seat === "-" ? null : (seat ?? null) }),
                  );
                }}
              >
                <option value="">{t("f.move")}…</option>
                {(session?.tables ?? []).map((toTable) =>
                  [...movable, "-"].map((seat) => (
                    <option key={toTable.tableId + seat} value={`${toTable.tableId}|${seat}`}>
                      {t("f.table", { n: toTable.number })} · {toTable.code} ·{" "}
                      {seat === "-" ? t("f.observer") : seatLabel(seat)}
                    </option>
                  )),
                )}
              </select>
              <button
                type="button"
                class="button button-small"
                disabled={busy}
                onClick={() => onPeople(() => mutePerson(sessionId, p.personId, !p.muted))}
              >
                {p.muted ? t("f.unmute") : t("f.mute")}
              </button>
              <button
                type="button"
                class="button button-small fac-danger"
                disabled={busy}
                onClick={() =>
                  window.confirm(t("f.removeConfirm", { name: p.name })) &&
                  onPeople(() => removePerson(sessionId, p.personId))
                }
              >
                {t("f.remove")}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
