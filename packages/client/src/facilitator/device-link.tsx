// "Open on another device": the facilitator link (the key in the URL's fragment) with its QR code,
// shown only after a warning that whoever has it controls the session. The QR code is the handout's.
import { useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { facilitatorLink } from "./my-sessions.ts";
import { QrImage } from "./setup-page.tsx";

/** The panel: a warning first, the link and its QR code once the facilitator asks for them. */
export function DeviceLink({
  sessionId,
  fkey,
  publicUrl,
  onClose,
}: {
  sessionId: string;
  fkey: string;
  /** The server's PUBLIC_URL where the stored handout says so (another device cannot open localhost). */
  publicUrl: string | null | undefined;
  onClose: () => void;
}) {
  const [shown, setShown] = useState(false);
  const [copied, setCopied] = useState(false);
  // Like the handout's links: the server's PUBLIC_URL, else the address this browser used.
  const base = publicUrl ? publicUrl.replace(/\/+$/, "") : window.location.origin;
  const link = facilitatorLink(base, sessionId, fkey);
  return (
    <section class="card fac-device" aria-labelledby="device-title" data-testid="device-link">
      <h2 id="device-title">{t("device.title")}</h2>
      <div class="fac-device-warning" role="note">
        <p>
          <strong>{t("device.warningHead")}</strong> {t("device.warning")}
        </p>
        <p class="hint">{t("device.fragment")}</p>
      </div>
      {shown ? (
        <div class="fac-device-link">
          <QrImage url={link} label={t("device.qr")} size={176} />
          <div class="fac-device-text">
            <label for="device-url">{t("device.linkLabel")}</label>
            <input
              id="device-url"
              class="fac-device-url"
              type="text"
              readOnly
              value={link}
              onFocus={(e) => (e.target as HTMLInputElement).select()}
            />
            <div class="fac-actions">
              <button
                type="button"
                class="button button-small"
                onClick={() => {
                  void navigator.clipboard?.writeText(link).then(
                    () => setCopied(true),
                    () => setCopied(false),
                  );
                }}
              >
                {copied ? t("device.copied") : t("device.copy")}
              </button>
              <button type="button" class="button button-small button-quiet" onClick={() => setShown(false)}>
                {t("device.hide")}
              </button>
            </div>
          </div>
        </div>
      ) : (
        <div class="fac-actions">
          <button type="button" class="button button-primary" onClick={() => setShown(true)}>
            {t("device.show")}
          </button>
          <button type="button" class="button button-quiet" onClick={onClose}>
            {t("device.close")}
          </button>
        </div>
      )}
    </section>
  );
}
