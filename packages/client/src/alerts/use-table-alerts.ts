// The table page's alerts (#21, item 7): the tab's title and favicon while something needs this
// person, a chime if they turned it on, and the browser's notification while the tab is hidden.
import { useEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import type { TableSnapshot } from "../net/table-types.ts";
import { notePlayedAGame, soundOn } from "./alert-prefs.ts";
import { ALERT_FAVICON, alertEvents, standingAlerts, type TableAlert } from "./table-alerts.ts";

/** How long an event (a phase change, an amendment decided) stays in the title of a tab being looked at. */
const SEEN_EVENT_MS = 6_000;

/** An alert in words, in the page's language. */
export function alertText(a: TableAlert): string {
  switch (a.kind) {
    case "vote":
      return t("alert.vote");
    case "respond":
      return a.owed ? t("alert.respondOwed", { response: t(`response.${a.owed}`) }) : t("alert.respond");
    case "decided":
      return t(a.status === "accepted" ? "alert.accepted" : "alert.declined", { id: a.amendment });
    case "phase":
      return t("alert.phase", { phase: t(`phase.${a.phase}`) });
  }
}

function looking(): boolean {
  return document.visibilityState === "visible" && document.hasFocus();
}

/** The alerts standing now, and those that happened while the tab was not looked at. */
export function useTableAlerts(snap: TableSnapshot | null, mySeat: string | null): TableAlert[] {
  const prev = useRef<TableSnapshot | null>(null);
  const heard = useRef(new Set<string>());
  const [events, setEvents] = useState<TableAlert[]>([]);

  useEffect(() => {
    if (!snap) return;
    const fresh = alertEvents(prev.current, snap, mySeat);
    prev.current = snap;
    if (snap.phase === "debrief" && mySeat) notePlayedAGame();
    if (fresh.length === 0) return;
    setEvents((old) => [...old.filter((e) => !fresh.some((f) => f.key === e.key)), ...fresh]);
    if (looking()) {
      const id = setTimeout(() => setEvents((old) => old.filter((e) => !fresh.includes(e))), SEEN_EVENT_MS);
      return () => clearTimeout(id);
    }
  }, [snap]);

  // Back at the tab: what happened meanwhile has been seen.
  useEffect(() => {
    const seen = () => looking() && setEvents([]);
    document.addEventListener("visibilitychange", seen);
    window.addEventListener("focus", seen);
    return () => {
      document.removeEventListener("visibilitychange", seen);
      window.removeEventListener("focus", seen);
    };
  }, []);

  const alerts = snap ? [...standingAlerts(snap, mySeat), ...events] : [];
  const keys = alerts.map((a) => a.key).join("|");

  useEffect(() => {
    const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
    if (icon) {
      icon.dataset.plain ??= icon.href;
      icon.href = alerts.length > 0 ? ALERT_FAVICON : icon.dataset.plain;
      icon.dataset.alert = alerts.length > 0 ? "on" : "off";
    }
    const news = alerts.filter((a) => !heard.current.has(a.key));
    for (const a of news) heard.current.add(a.key);
    if (news.length === 0) return;
    if (soundOn()) chime();
    if (document.visibilityState === "hidden" && typeof Notification !== "undefined") {
      if (Notification.permission === "granted")
        try {
          new Notification(alertText(news[0] as TableAlert), { tag: "ironclad-table", body: document.title });
        } catch {
          // Some browsers allow notifications only from a service worker: the title and favicon still say it.
        }
    }
  }, [keys]);

  useEffect(
    () => () => {
      const icon = document.querySelector<HTMLLinkElement>('link[rel="icon"]');
      if (icon?.dataset.plain) icon.href = icon.dataset.plain;
    },
    [],
  );
  return alerts;
}

/** A short two-note chime (Web Audio: no sound file to load). */
export function chime(): void {
  try {
    const audio = new AudioContext();
    const gain = audio.createGain();
    gain.gain.setValueAtTime(0.12, audio.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, audio.currentTime + 0.5);
    gain.connect(audio.destination);
    [660, 880].forEach((hz, i) => {
      const osc = audio.createOscillator();
      osc.frequency.value = hz;
      osc.connect(gain);
      osc.start(audio.currentTime + i * 0.15);
      osc.stop(audio.currentTime + 0.2 + i * 0.15);
    });
    setTimeout(() => void audio.close(), 1_000);
  } catch {
    // No audio here (or not allowed yet): the title and favicon still say it.
  }
}
