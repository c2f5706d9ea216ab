// The facilitator's broadcast as a banner at the top of every student's screen (#17, item 13),
// not only in the chat tab: the latest one, until the person dismisses it or a newer one comes.
import type { ChatMessage } from "@ironclad/engine/protocol";
import { useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import "./broadcast-banner.css";

/** A broadcast older than this (a page opened long after it) is left to the chat tab. */
export const BANNER_FRESH_MS = 15 * 60_000;

/** The broadcast to show as a banner: the latest, unless dismissed or stale; null for none. */
export function bannerBroadcast(chat: readonly ChatMessage[], dismissedSeq: number, now: number): ChatMessage | null {
  for (let i = chat.length - 1; i >= 0; i--) {
    const m = chat[i];
    if (m?.channel !== "broadcast") continue;
    return m.seq > dismissedSeq && now - m.at < BANNER_FRESH_MS ? m : null;
  }
  return null;
}

const key = (tableId: string) => `ironclad:broadcast-seen:${tableId}`;

/** The banner; a dismissal holds for this tab's session, across refreshes. */
export function BroadcastBanner({ chat, tableId }: { chat: readonly ChatMessage[]; tableId: string }) {
  const [dismissed, setDismissed] = useState(() => Number(sessionStorage.getItem(key(tableId)) ?? 0) || 0);
  const m = bannerBroadcast(chat, dismissed, Date.now());
  if (!m) return null;
  return (
    <section class="broadcast-banner" role="status" aria-label={t("chat.broadcast")} data-testid="broadcast-banner">
      <p>
        <strong>{t("chat.broadcast")}:</strong> {m.text}
      </p>
      <button
        type="button"
        class="button button-small"
        onClick={() => {
          sessionStorage.setItem(key(tableId), String(m.seq));
          setDismissed(m.seq);
        }}
      >
        {t("play.dismiss")}
      </button>
    </section>
  );
}
