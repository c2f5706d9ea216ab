// Chat by channel: the table, my delegation, a bilateral channel with each other seat, and the
// facilitator's broadcast. Unread counts per channel; a half-written message survives a refresh.
// Messages are text nodes (Preact escapes them): chat is never rendered as HTML.
import { channelKey, MAX_CHAT_LENGTH } from "@ironclad/engine/protocol";
import { useEffect, useId, useMemo, useRef, useState } from "preact/hooks";
import { formatTime, getLang, t, useLang } from "../i18n/index.ts";
import type { ChatMessage, ChatSend } from "../net/table-types.ts";
import type { Typing } from "../net/typing.ts";
import { Flag } from "../ui/flag.tsx";
import { chatFromName, chatText } from "./chat-text.ts";
import { seatFlag, seatName, useTable } from "./table-context.ts";

type ChannelChoice = { key: string; send: Pick<ChatSend, "channel" | "to"> | null; label: string; flag?: string };

function storageGet(key: string): string {
  try {
    return localStorage.getItem(key) ?? "";
  } catch {
    return "";
  }
}
function storageSet(key: string, value: string): void {
  try {
    if (value) localStorage.setItem(key, value);
    else localStorage.removeItem(key);
  } catch {
    // Not kept; the message is still in the box.
  }
}

/** The channels this viewer may read, in a stable order. */
function useChannels(messages: ChatMessage[]): ChannelChoice[] {
  const { snap, scenario, mySeat, welcome } = useTable();
  const facilitated = welcome?.facilitated === true;
  return useMemo(() => {
    const list: ChannelChoice[] = [
      { key: "table", send: mySeat ? { channel: "table" } : null, label: t("chat.table") },
    ];
    if (mySeat) {
      list.push({
        key: channelKey({ kind: "delegation", seat: mySeat }),
        send: { channel: "delegation" },
        label: t("chat.delegation"),
      });
      for (const other of snap.seatOrder) {
        if (other === mySeat) continue;
        list.push({
          key: channelKey({ kind: "bilateral", seats: [mySeat, other] }),
          send: { channel: "bilateral", to: other },
          label: seatName(scenario, other),
          flag: seatFlag(scenario, other),
        });
      }
    }
    if (messages.some((m) => m.channel === "broadcast"))
      list.push({ key: "broadcast", send: null, label: t("chat.broadcast") });
    // At a session's table, a private line to the facilitator (a quick game has nobody on it).
    if (mySeat && facilitated)
      list.push({
        key: channelKey({ kind: "facilitator", seat: mySeat }),
        send: { channel: "facilitator" },
        label: t("chat.toFacilitator"),
      });
    return list;
  }, [snap.seatOrder.join(","), mySeat, facilitated, messages.length, scenario, getLang()]);
}

/** The chat panel. `onUnread` reports the total unread count (for the phone's tab bar). */
export function ChatPanel({
  messages,
  typing = [],
  tableId,
  onUnread,
}: {
  messages: ChatMessage[];
  typing?: Typing[];
  tableId: string;
  onUnread?: (n: number) => void;
}) {
  const { mySeat, chat, typing: sendTyping, snap, scenario } = useTable();
  // Bots' lines are rendered in the reader's language: a switch re-renders them.
  useLang();
  const channels = useChannels(messages);
  const [active, setActive] = useState("table");
  const readKey = `ironclad:chat-read:${tableId}`;
  const [read, setRead] = useState<Record<string, number>>(() => {
    try {
      return JSON.parse(storageGet(readKey) || "{}") as Record<string, number>;
    } catch {
      return {};
    }
  });
  const draftKey = `ironclad:chat-draft:${tableId}:${active}`;
  const [text, setText] = useState(() => storageGet(draftKey));
  const inputId = useId();
  const logRef = useRef<HTMLOListElement>(null);

  const inChannel = messages.filter((m) => m.channel === active);
  const lastSeq = (key: string) => messages.filter((m) => m.channel === key).at(-1)?.seq ?? 0;
  const unread = (key: string) =>
    messages.filter((m) => m.channel === key && m.seq > (read[key] ?? 0) && m.fromSeat !== mySeat).length;

  // The open channel is read as messages arrive.
  useEffect(() => {
    const seq = lastSeq(active);
    if (seq > (read[active] ?? 0)) {
      const next = { ...read, [active]: seq };
      setRead(next);
      storageSet(readKey, JSON.stringify(next));
    }
    // Only where the chat shows: a phone's hidden pane keeps its place at the page's foot, and
    // scrolling to its last message there carried the page to the bottom as a student joined (#17).
    const log = logRef.current;
    if (log && getComputedStyle(log).visibility === "visible")
      log.lastElementChild?.scrollIntoView?.({ block: "nearest" });
  }, [active, messages.length]);

  const total = channels.reduce((n, c) => n + (c.key === active ? 0 : unread(c.key)), 0);
  useEffect(() => onUnread?.(total), [total]);

  const switchTo = (key: string) => {
    storageSet(draftKey, text);
    setActive(key);
    setText(storageGet(`ironclad:chat-draft:${tableId}:${key}`));
  };

  const current = channels.find((c) => c.key === active) ?? channels[0];
  const submit = (e: Event) => {
    e.preventDefault();
    const body = text.trim();
    if (!body || !current?.send) return;
    chat({ ...current.send, text: body });
    setText("");
    storageSet(draftKey, "");
  };

  return (
    <section class="panel chat-panel" aria-labelledby="chat-title">
      <header class="panel-head">
        <h2 id="chat-title">{t("chat.title")}</h2>
        {snap.facilitatorReadsPrivate && <p class="panel-meta">{t("chat.facilitatorReads")}</p>}
      </header>
      <nav class="channels" aria-label={t("chat.channels")}>
        {channels.map((c) => {
          const n = c.key === active ? 0 : unread(c.key);
          return (
            <button
              type="button"
              key={c.key}
              class={`channel${c.key === active ? " is-active" : ""}`}
              aria-current={c.key === active ? "true" : undefined}
              data-channel={c.key}
              onClick={() => switchTo(c.key)}
            >
              {c.flag && <Flag code={c.flag} size="sm" />}
              <span class="channel-name">{c.label}</span>
              {n > 0 && (
                <>
                  <span class="unread" aria-hidden="true">
                    {n}
                  </span>
                  <span class="visually-hidden">{t("chat.unread", { count: n })}</span>
                </>
              )}
            </button>
          );
        })}
      </nav>
      <div
        class="messages-wrap"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the log scrolls, and a scrolling region must take the focus so the keyboard can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable)
        tabIndex={0}
        role="log"
        aria-live="polite"
        aria-label={t("chat.messagesIn", { channel: current?.label ?? "" })}
      >
        <ol class="messages" ref={logRef}>
          {inChannel.length === 0 && <li class="muted empty">{t("chat.empty")}</li>}
          {inChannel.map((m) => (
            <li key={m.seq} class={`message${m.fromSeat && m.fromSeat === mySeat ? " is-mine" : ""}`}>
              <p class="message-from">
                <span class="message-name">{chatFromName(m)}</span>
                {m.fromSeat && <span class="message-seat">{seatName(scenario, m.fromSeat)}</span>}
                <time dateTime={new Date(m.at).toISOString()}>{formatTime(m.at)}</time>
              </p>
              <p class="message-text">{chatText(m, scenario)}</p>
            </li>
          ))}
        </ol>
      </div>
      <TypingLine seats={typing.filter((x) => x.channel === active && x.seat !== mySeat).map((x) => x.seat)} />
      {current?.send ? (
        <form class="composer" onSubmit={submit}>
          <label for={inputId} class="visually-hidden">
            {t("chat.messageTo", { channel: current.label })}
          </label>
          <textarea
            id={inputId}
            rows={2}
            maxLength={MAX_CHAT_LENGTH}
            placeholder={t("chat.placeholder", { channel: current.label })}
            value={text}
            onInput={(e) => {
              setText(e.currentTarget.value);
              storageSet(draftKey, e.currentTarget.value);
              const where = current.send;
              if (e.currentTarget.value.trim() && where && where.channel !== "broadcast")
                sendTyping({ channel: where.channel, to: where.to });
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter" && !e.shiftKey) submit(e);
            }}
          />
          <button type="submit" class="button button-primary" disabled={text.trim() === ""}>
            {t("chat.send")}
          </button>
        </form>
      ) : (
        <p class="muted composer-off">{t("chat.listenOnly")}</p>
      )}
    </section>
  );
}

/** Who is writing in the open channel, in words (the table scene shows it at their seats). */
function TypingLine({ seats }: { seats: string[] }) {
  const { scenario } = useTable();
  const names = [...new Set(seats)].map((s) => seatName(scenario, s));
  return (
    <p class="typing-line" aria-hidden={names.length === 0 ? "true" : undefined}>
      {names.length === 1 && t("chat.typingOne", { seat: names[0] ?? "" })}
      {names.length > 1 && t("chat.typingMany", { seats: names.join(", ") })}
    </p>
  );
}
