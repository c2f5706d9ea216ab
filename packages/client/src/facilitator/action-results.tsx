// What the last console action did at each table: done, refused (the server's reason) or done
// with a warning (e.g. a red cell nobody holds).
import { errorText, type MessageKey, t, tOr } from "../i18n/index.ts";
import type { ActionResult } from "./fapi.ts";

/**
 * The last action's name and its result per table, kept as data (a message key, error codes) and
 * put into words when shown, so the box follows a language switch.
 */
export type Results = { label: MessageKey; results: ActionResult[] };

/** The results box under the all-tables controls (a status region: screen readers read it out). */
export function ActionResults({ results, codeOf }: { results: Results; codeOf: (tableId: string) => string }) {
  return (
    <div class="fac-results" role="status" data-testid="results">
      <strong>
        {t("f.results")} · {t(results.label)}
      </strong>
      <ul>
        {results.results.map((r, i) => (
          <li key={r.tableId || i} class={r.ok ? (r.warnings?.length ? "ok warn" : "ok") : "bad"}>
            {r.tableId && <span class="fac-code-sm">{codeOf(r.tableId)}</span>}{" "}
            {r.ok ? t("f.ok") : r.error && errorText(r.error.code, r.error.message)}
            {r.warnings?.map((x) => (
              <span key={x.code} class="fac-warning" data-code={x.code}>
                {" "}
                · {tOr(`f.warning.${x.code}`, x.message)}
              </span>
            ))}
          </li>
        ))}
      </ul>
    </div>
  );
}
