// Where this person sits: the table's number and code, always in the bar, and a link that brings
// someone else to this table (the join form on its code, at the address this browser used), with a
// QR code for a phone across the room (#21, item 1): a classroom's table, a quick game, a listed one.
// Beside it the table's watch link (#21, item 2), which opens the table to watch without a seat; the
// person who opened the table switches watching off and on here.
import { useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { QrImage } from "../ui/qr-image.tsx";
import { useTable } from "./table-context.ts";

/** A link with a button that copies it; says "Copied" once it is on the clipboard. */
function CopyLink({ link, testId, label }: { link: string; testId: string; label: string }) {
  const [copied, setCopied] = useState(false);
  const copy = () =>
    navigator.clipboard?.writeText(link).then(
      () => setCopied(true),
      () => setCopied(false),
    );
  return (
    <>
      <a href={link} data-testid={`${testId}-link`}>
        {link}
      </a>
      <button type="button" class="button button-small" data-testid={`${testId}-copy`} onClick={() => void copy()}>
        {copied ? t("play.invite.copied") : label}
      </button>
    </>
  );
}

/** "Table 2 · QWWKGA", opening to the invite link and a copy button, and the watch link. */
export function TableTag() {
  const { welcome, snap, setWatching } = useTable();
  // The QR code is drawn when the invite opens: drawing it with the table cost the phone a long task (#19).
  const [open, setOpen] = useState(false);
  const table = welcome?.table;
  if (!table) return null;
  const code = table.code;
  const link = code ? `${window.location.origin}/join/${encodeURIComponent(code)}` : null;
  const watch = welcome?.watch;
  const watchLink = watch ? `${window.location.origin}${watch.path}` : null;
  return (
    <details class="table-tag" data-testid="table-tag" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        <span class="table-tag-number">{t("play.table", { n: table.number })}</span>
        {code && (
          <>
            <span class="table-tag-code" aria-hidden="true">
              {code}
            </span>
            {/* Read out letter by letter, so a screen reader spells the code rather than say a word. */}
            <span class="visually-hidden">{t("play.tableCode", { code: code.split("").join(" ") })}</span>
          </>
        )}
      </summary>
      <div class="table-tag-invite" data-testid="invite-panel">
        {code && link && (
          <>
            <p>{t("play.invite.text")}</p>
            <p class="table-tag-big-code" aria-hidden="true">
              {code}
            </p>
            <CopyLink link={link} testId="invite" label={t("play.invite.copy")} />
            {open && <QrImage url={link} label={t("play.invite.qr", { code })} size={144} className="table-tag-qr" />}
          </>
        )}
        {watchLink && (
          <div class="table-tag-watch" data-testid="watch-panel">
            <h3>{t("watch.invite.title")}</h3>
            {snap.watching ? (
              <>
                <p>{t("watch.invite.text")}</p>
                <CopyLink link={watchLink} testId="watch" label={t("watch.invite.copy")} />
              </>
            ) : (
              <p data-testid="watch-off-note">{t("watch.invite.off")}</p>
            )}
            {watch?.canSwitch && (
              <label class="table-tag-switch">
                <input
                  type="checkbox"
                  data-testid="watch-switch"
                  checked={snap.watching}
                  onChange={(e) => setWatching?.(e.currentTarget.checked)}
                />
                {t("watch.invite.switch")}
              </label>
            )}
          </div>
        )}
      </div>
    </details>
  );
}
