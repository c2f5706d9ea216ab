// The table's recent activity: each new event batch as sentences, the latest few for the screen
// reader's live region and a short history in the activity panel. The events are kept and told
// when drawn, so lines already shown follow a language switch (#18).
import { useEffect, useRef, useState } from "preact/hooks";
import { formatTime, t } from "../i18n/index.ts";
import type { ConnectionView, EventBatch } from "../net/table-connection.ts";
import type { GameEvent, PublicScenario } from "../net/table-types.ts";
import { eventText, readingOrder } from "./event-text.ts";

/** An event worth a sentence, kept as the event: it is put into words when shown. */
export type Announcement = { id: number; event: GameEvent; at: number };

/** The events of `batches` worth a sentence, oldest first, in the order a reader follows them. */
export function announce(
  batches: readonly EventBatch[],
  scenario: PublicScenario,
  mySeat: string | null,
): Announcement[] {
  const items: Announcement[] = [];
  for (const batch of batches) {
    let i = 0;
    for (const event of readingOrder(batch.events))
      if (eventText(event, scenario, mySeat) !== null) items.push({ id: batch.id * 100 + i++, event, at: batch.at });
  }
  return items;
}

/** An announcement's sentence in the current language. */
export function announcementText(a: Announcement, scenario: PublicScenario | null, mySeat: string | null): string {
  return scenario ? (eventText(a.event, scenario, mySeat) ?? "") : "";
}

/** New event batches as sentences: the latest for the live region, and a short history. */
export function useAnnouncements(view: ConnectionView, mySeat: string | null) {
  const seen = useRef(0);
  const [history, setHistory] = useState<Announcement[]>([]);
  const [latest, setLatest] = useState<Announcement[]>([]);
  useEffect(() => {
    if (!view.scenario) return;
    const fresh = view.events.filter((b) => b.id > seen.current);
    if (fresh.length === 0) return;
    seen.current = fresh.at(-1)?.id ?? seen.current;
    const items = announce(fresh, view.scenario, mySeat);
    if (items.length === 0) return;
    setLatest(items.slice(-3));
    setHistory((h) => [...h, ...items].slice(-30));
  }, [view.events]);
  return { history, latest };
}

/** The last eight sentences, newest first, each with its time. */
export function ActivityPanel({
  items,
  scenario,
  mySeat,
}: {
  items: Announcement[];
  scenario: PublicScenario | null;
  mySeat: string | null;
}) {
  if (items.length === 0) return null;
  return (
    <section class="panel activity-panel" aria-labelledby="activity-title">
      <h2 id="activity-title">{t("activity.title")}</h2>
      <ol class="activity">
        {[...items]
          .reverse()
          .slice(0, 8)
          .map((a) => (
            <li key={a.id}>
              <time dateTime={new Date(a.at).toISOString()}>{formatTime(a.at)}</time>
              <span>{announcementText(a, scenario, mySeat)}</span>
            </li>
          ))}
      </ol>
    </section>
  );
}
