// The room's screen (/facilitate/:sessionId/projector?show=room): while students join, the session's
// code, its QR and how many have joined; during play, each table's phase, round and clock, with the
// facilitator's broadcasts. Read from the back of a room: no text under 24 px at 1920×1080.
import { useEffect } from "preact/hooks";
import { formatNumber, loc, t, tOr } from "../i18n/index.ts";
import { QrImage } from "../ui/qr-image.tsx";
import { type ConsoleView, getConsole, getSession, type SessionInfo } from "./fapi.ts";
import { handoutLink } from "./handout-links.ts";
import { storedHandout } from "./setup-page.tsx";
import { clockText, usePoll, useTick } from "./shell.tsx";
import { useSessionScenario } from "./use-session-scenario.ts";

/** The screens of the room's projector, in the order a class meets them. */
export type RoomScreen = "join" | "play" | "dashboard" | "debrief";

/** The screen to show when none is asked for: joining until a table has started, then play. */
export function autoScreen(view: Pick<ConsoleView, "tables"> | null): "join" | "play" {
  const started = view?.tables.some(
    (table) => table.status !== "open" || (table.summary && table.summary.phase !== "lobby"),
  );
  return started ? "play" : "join";
}

/** The link students open to join the session (the session's code, on the address the handout uses). */
export function sessionJoinLink(session: SessionInfo, publicUrl: string | null | undefined, origin: string): string {
  const table = session.tables[0];
  const server = table ? table.joinUrl.replace(/\/join\/[^/?#]+.*$/, "") : origin;
  return handoutLink(`${server}/join/${session.sessionCode}`, publicUrl, origin);
}

/** The room's screen for `screen` ("join" or "play"), with the way to the others. */
export function RoomProjector({ sessionId, screen }: { sessionId: string; screen: "join" | "play" | null }) {
  useEffect(() => {
    document.title = t("f.room.title");
  });
  const sessionView = usePoll(() => getSession(sessionId), 4000, [sessionId]);
  const consoleView = usePoll(() => getConsole(sessionId), 2500, [sessionId]);
  const session = sessionView.value;
  const c = consoleView.value;
  const scenario = useSessionScenario(session?.scenarioId);
  const shown = screen ?? autoScreen(c);
  const error = sessionView.error ?? consoleView.error;
  return (
    <div class="room" data-testid="room-projector" data-screen={shown}>
      <p class="room-eyebrow">{scenario ? loc(scenario.title) : "Ironclad"}</p>
      {error && (
        <p class="room-error" role="alert">
          {error.message}
        </p>
      )}
      {!session || !c ? (
        !error && <p class="room-hint">{t("f.loading")}</p>
      ) : shown === "join" ? (
        <JoinScreen sessionId={sessionId} session={session} />
      ) : (
        <PlayScreen view={c} />
      )}
      <RoomNav sessionId={sessionId} current={shown} />
    </div>
  );
}

/** The links between the room's screens, large enough to read and to click on a projector. */
export function RoomNav({ sessionId, current }: { sessionId: string; current: RoomScreen }) {
  const base = `/facilitate/${sessionId}/projector`;
  const links: [RoomScreen, string, string][] = [
    ["join", t("f.room.join"), `${base}?show=room&screen=join`],
    ["play", t("f.room.play"), `${base}?show=room&screen=play`],
    ["dashboard", t("f.room.dashboard"), base],
    ["debrief", t("f.room.debrief"), `${base}?show=debrief`],
  ];
  return (
    <nav class="room-nav no-print" aria-label={t("f.room.screens")}>
      {links.map(([key, label, href]) => (
        <a key={key} href={href} aria-current={key === current ? "page" : undefined}>
          {label}
        </a>
      ))}
    </nav>
  );
}

function JoinScreen({ sessionId, session }: { sessionId: string; session: SessionInfo }) {
  const link = sessionJoinLink(session, storedHandout(sessionId)?.publicUrl, window.location.origin);
  const joined = session.tables.reduce((n, table) => n + table.people.length, 0);
  return (
    <div class="room-join">
      <section class="room-join-code" aria-labelledby="room-join-title">
        <h1 id="room-join-title">{t("f.room.joinHeadline")}</h1>
        <p class="room-how">{t("f.room.joinAt", { url: link.replace(/^https?:\/\//, "") })}</p>
        <p class="room-code" data-testid="room-code">
          {session.sessionCode}
        </p>
        <p class="room-hint">{t("f.room.waiting")}</p>
      </section>
      <QrImage url={link} label={t("f.qrSession")} size={400} />
      <section class="room-joined" aria-live="polite">
        <p class="room-count">
          <strong data-testid="room-joined">{formatNumber(joined)}</strong> {t("f.room.joined")}
        </p>
        <ul class="room-table-counts">
          {session.tables.map((table) => (
            <li key={table.tableId}>
              <span>
                {t("f.table", { n: table.number })} · <span class="room-mono">{table.code}</span>
              </span>
              <span>{t("f.room.joinedAt", { n: table.people.length })}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function PlayScreen({ view }: { view: ConsoleView }) {
  // The console's clock is the server's: count down from it between polls.
  const offset = view.now - Date.now();
  const now = useTick(1000) + offset;
  const [latest, ...older] = view.broadcasts ?? [];
  const to = (tables: number[] | null) =>
    tables ? ` · ${t("f.room.toTables", { list: tables.map((n) => formatNumber(n)).join(", ") })}` : "";
  return (
    <div class="room-play">
      {latest && (
        <section class="room-broadcast" role="status" data-testid="room-broadcast">
          <p class="room-broadcast-from">
            {t("f.room.fromFacilitator")}
            {to(latest.tables)} · {new Date(latest.at).toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" })}
          </p>
          <p class="room-broadcast-text">{latest.text}</p>
          {older.length > 0 && (
            <ul class="room-broadcast-older">
              {older.map((b) => (
                <li key={`${b.at}-${b.text}`}>
                  {b.text}
                  <span class="room-dim">{to(b.tables)}</span>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <h1 class="visually-hidden">{t("f.room.playHeadline")}</h1>
      {view.tables.length === 0 ? (
        <p class="room-hint">{t("f.room.noTables")}</p>
      ) : (
        <ol class="room-tables">
          {view.tables.map((table) => {
            const s = table.summary;
            const remaining = s?.deadline ? s.deadline - now : null;
            const detail = !s
              ? ""
              : s.phase === "stress"
                ? t("f.year", { n: s.year })
                : s.round > 0 && s.phase !== "debrief"
                  ? t("f.round", { n: s.round })
                  : "";
            return (
              <li key={table.tableId} class={`room-table room-phase-${s?.phase ?? "ended"}`} data-table={table.tableId}>
                <p class="room-table-name">
                  {t("f.table", { n: table.number })} · <span class="room-mono">{table.code}</span>
                </p>
                <p class="room-table-phase" data-testid="room-phase">
                  {s ? tOr(`f.phase.${s.phase}`, s.phase) : t("f.room.ended")}
                </p>
                <p class="room-table-detail">{detail || "\u00a0"}</p>
                <p
                  class={`room-clock${s?.paused ? " paused" : ""}${remaining !== null && remaining < 30_000 ? " urgent" : ""}`}
                >
                  {s?.paused ? t("f.paused") : remaining === null ? "—" : clockText(remaining)}
                </p>
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
