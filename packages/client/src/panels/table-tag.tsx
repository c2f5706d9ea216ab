// Where this person sits: the table's number and code, always in the bar, and a link that brings
// someone else to this table (the join form on its code, at the address this browser used), with a
// QR code for a phone across the room (#21, item 1): a classroom's table, a quick game, a listed one.
import { useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { QrImage } from "../ui/qr-image.tsx";
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
        <span class="table-tag-code" aria-hidden="true">
          {table.code}
        </span>
        {/* Read out letter by letter, so a screen reader spells the code rather than say a word. */}
        <span class="visually-hidden">{t("play.tableCode", { code: table.code.split("").join(" ") })}</span>
      </summary>
      <div class="table-tag-invite" data-testid="invite-panel">
        <p>{t("play.invite.text")}</p>
        <p class="table-tag-big-code" aria-hidden="true">
          {table.code}
        </p>
        <a href={link} data-testid="invite-link">
          {link}
        </a>
        <button type="button" class="button button-small" data-testid="invite-copy" onClick={() => void copy()}>
          {copied ? t("play.invite.copied") : t("play.invite.copy")}
        </button>
        <QrImage url={link} label={t("play.invite.qr", { code: table.code })} size={144} className="table-tag-qr" />
      </div>
    </details>
  );
}
