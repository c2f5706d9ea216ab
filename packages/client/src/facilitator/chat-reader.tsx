// The talk at one table as the facilitator reads it (#17 item 13): every channel the server lets the
// facilitator's connection hear — the table, the broadcasts, each seat's line to the facilitator
// and, where the session allows it, the bilateral and delegation channels — newest last, one channel
// at a time or all together. On a seat's line the facilitator can answer.
import { type ChatSend, channelKey, parseChannelKey } from "@ironclad/engine/protocol";
import { useState } from "preact/hooks";
import { loc, locale, t } from "../i18n/index.ts";
import type { ChatMessage, PublicScenario } from "../net/table-types.ts";
import { chatFromName, chatText } from "../panels/chat-text.ts";

/** How many messages the reader shows (the newest). */
const SHOWN = 40;

/** A channel's name for the facilitator: whole table, broadcast, "Paris – Berlin", "Kyiv's delegation". */
export function channelLabel(key: string, scenario: PublicScenario | null): string {
  const seat = (id: string) => {
    const s = scenario?.seats.find((x) => x.id === id);
    return s ? loc(s.name) : id;
  };
  const c = parseChannelKey(key);
  if (!c) return key;
  switch (c.kind) {
    case "table":
      return t("f.chat.table");
    case "broadcast":
      return t("f.chat.broadcast");
    case "bilateral":
      return t("f.chat.bilateral", { a: seat(c.seats[0]), b: seat(c.seats[1]) });
    case "delegation":
      return t("f.chat.delegation", { seat: seat(c.seat) });
    case "facilitator":
      return t("f.chat.line", { seat: seat(c.seat) });
  }
}

export function ChatReader({
  chat,
  scenario,
  readsPrivate,
  seats,
  send,
}: {
  chat: readonly ChatMessage[];
  scenario: PublicScenario | null;
  readsPrivate: boolean;
  /** The seats at the table: each has a line to the facilitator, written on or not. */
  seats: readonly string[];
  /** Sends on the facilitator's connection to the table (null until it is open). */
  send: ((message: ChatSend) => void) | null;
}) {
  const [channel, setChannel] = useState<string>("all");
  const [text, setText] = useState("");
  const seatName = (id: string) => loc(scenario?.seats.find((s) => s.id === id)?.name) || id;
  const lines = seats.map((seat) => channelKey({ kind: "facilitator", seat }));
  const channels = [...new Set([...chat.map((m) => m.channel), ...lines])].sort(
    (a, b) => order(a) - order(b) || a.localeCompare(b),
  );
  const shown = chat.filter((m) => channel === "all" || m.channel === channel).slice(-SHOWN);
  const line = parseChannelKey(channel);
  const answering = line?.kind === "facilitator" ? line.seat : null;
  const submit = (e: Event) => {
    e.preventDefault();
    const body = text.trim();
    if (!body || !answering || !send) return;
    send({ channel: "facilitator", to: answering, text: body });
    setText("");
  };
  return (
    <section class="fac-chat" aria-labelledby="fac-chat-title">
      <div class="fac-chat-head">
        <h3 id="fac-chat-title">{t("f.chat.title")}</h3>
        <label class="fac-chat-filter">
          <span class="visually-hidden">{t("f.chat.channel")}</span>
          <select value={channel} onChange={(e) => setChannel((e.target as HTMLSelectElement).value)}>
            <option value="all">{t("f.chat.all")}</option>
            {channels.map((key) => (
              <option key={key} value={key}>
                {channelLabel(key, scenario)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="hint">{readsPrivate ? t("f.chat.readsPrivate") : t("f.chat.publicOnly")}</p>
      {shown.length === 0 ? (
        <p class="hint" data-testid="chat-empty">
          {t("f.chat.empty")}
        </p>
      ) : (
        <div
          class="fac-chat-log"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls, and a scrolling region must take the focus so the keyboard can scroll it (WCAG 2.1.1)
          tabIndex={0}
          role="log"
          aria-live="polite"
          aria-labelledby="fac-chat-title"
          data-testid="chat-log"
        >
          <ol>
            {shown.map((m) => (
              <li key={m.seq} data-channel={m.channel}>
                <span class="fac-chat-meta">
                  <time dateTime={new Date(m.at).toISOString()}>
                    {new Date(m.at).toLocaleTimeString(locale(), { hour: "2-digit", minute: "2-digit" })}
                  </time>
                  {channel === "all" && <span class="tag">{channelLabel(m.channel, scenario)}</span>}
                </span>
                <strong>{chatFromName(m)}</strong>
                {m.fromSeat && (
                  <span class="muted">
                    {" "}
                    · {loc(scenario?.seats.find((s) => s.id === m.fromSeat)?.name) || m.fromSeat}
                  </span>
                )}
                <span>: {chatText(m, scenario)}</span>
              </li>
            ))}
          </ol>
        </div>
      )}
      {answering && (
        <form class="fac-chat-reply" onSubmit={submit}>
          <label class="field">
            <span>{t("f.chat.replyTo", { seat: seatName(answering) })}</span>
            <textarea
              rows={2}
              maxLength={500}
              value={text}
              onInput={(e) => setText((e.target as HTMLTextAreaElement).value)}
            />
          </label>
          <button type="submit" class="button button-small" disabled={!send || text.trim() === ""}>
            {t("f.chat.send")}
          </button>
        </form>
      )}
    </section>
  );
}

/** The table first, then broadcasts, then the seats' lines to the facilitator, then the private channels. */
function order(key: string): number {
  return key === "table" ? 0 : key === "broadcast" ? 1 : key.startsWith("facilitator:") ? 2 : 3;
}
