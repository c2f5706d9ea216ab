// Where this person sits: the table's number and code, always in the bar, and a link that brings
// someone else to this table (the join form on its code, at the address this browser used).
import { useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { useTable } from "./table-context.ts";

/** "Table 2 · QWWKGA", opening to the invite link and a copy button. */
export function TableTag() {
  const { welcome } = useTable();
  const [copied, setCopied] = useState(false);
  const table = welcome?.table;
  if (!table) return null;
  const link = `${window.location.origin}/join/${encodeURIComponent(table.code)}`;
  const copy = () =>
    navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <details class="table-tag" data-testid="table-tag">
      <summary>
        <span class="table-tag-number">{t("play.table", { n: table.number })}</span>
        <span class="table-tag-code" aria-label={t("play.tableCode", { code: table.code.split("").join(" ") })}>
          {table.code}
        </span>
      </summary>
      <div class="table-tag-invite">
        <p>{t("play.invite.text")}</p>
        <a href={link} data-testid="invite-link">
          {link}
        </a>
        <button type="button" class="button button-small" onClick={() => void copy()}>
          {copied ? t("play.invite.copied") : t("play.invite.copy")}
        </button>
      </div>
    </details>
  );
}
