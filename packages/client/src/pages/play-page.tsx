// /play/:tableId — the table. Connects with the seat token this browser keeps for the table and
// renders the DOM panels. Loaded lazily: the Colyseus SDK arrives with this chunk only.
import { render } from "preact";
import { memo } from "preact/compat";
import { useEffect, useMemo, useRef, useState } from "preact/hooks";
import { AlertsMenu } from "../alerts/alerts-menu.tsx";
import { alertTitle } from "../alerts/table-alerts.ts";
import { alertText, useTableAlerts } from "../alerts/use-table-alerts.ts";
import { TableGuide } from "../guide/table-guide.tsx";
import { errorText, formatNumber, t, useLang } from "../i18n/index.ts";
import { ApiFailure, reopenTable, watchTable } from "../net/api.ts";
import { forgetSeat, loadSeat, saveSeat } from "../net/seat-tokens.ts";
import {
  type ConnectionFailure,
  type ConnectionView,
  connectTable,
  probeTable,
  type TableConnection,
} from "../net/table-connection.ts";
import type { ActionType } from "../net/table-types.ts";
import { ActivityPanel, announcementText, useAnnouncements } from "../panels/activity-panel.tsx";
import { AmendmentsPanel as AmendmentsPanelDrawn } from "../panels/amendments-panel.tsx";
import { AnalysisPanel as AnalysisPanelDrawn } from "../panels/analysis-panel.tsx";
import { BriefPanel as BriefPanelDrawn } from "../panels/brief-panel.tsx";
import { BroadcastBanner } from "../panels/broadcast-banner.tsx";
import { CatchUpPanel } from "../panels/catch-up-panel.tsx";
import { ChatPanel } from "../panels/chat-panel.tsx";
import { DebriefPanel as DebriefPanelDrawn } from "../panels/debrief-panel.tsx";
import { DraftPanel as DraftPanelDrawn } from "../panels/draft-panel.tsx";
import { MapPanel as MapPanelDrawn } from "../panels/map-panel.tsx";
import { OffersPanel as OffersPanelDrawn } from "../panels/offers-panel.tsx";
import { PhaseClock as PhaseClockDrawn } from "../panels/phase-clock.tsx";
import { LeaveTable } from "../panels/play-again.tsx";
import { PollPanel as PollPanelDrawn } from "../panels/poll-panel.tsx";
import { PositionsPanel as PositionsPanelDrawn } from "../panels/positions-panel.tsx";
import { RulesHelp } from "../panels/rules-help.tsx";
import { SeatsRow as SeatsRowDrawn } from "../panels/seats-row.tsx";
import { SigningDialog as SigningDialogDrawn } from "../panels/signing-dialog.tsx";
import {
  RatificationPanel as RatificationPanelDrawn,
  StressPanel as StressPanelDrawn,
} from "../panels/stress-panel.tsx";
import { TableActions as TableActionsDrawn } from "../panels/table-actions.tsx";
import { seatName, TableContext, type TableCtx, TableSlice } from "../panels/table-context.ts";
import { TableStage } from "../panels/table-stage.tsx";
import { TableTag as TableTagDrawn } from "../panels/table-tag.tsx";
import { Flag } from "../ui/flag.tsx";
import { LangSwitch } from "../ui/lang-switch.tsx";
import { Wordmark } from "../ui/wordmark.tsx";

// The panels read the table from its context: each draws again when the table, its scenario or the
// language changes, not on every typing notice, chat line or toast the page gets in between (#19).
const SeatsRow = memo(SeatsRowDrawn);
const PhaseClock = memo(PhaseClockDrawn);
const TableTag = memo(TableTagDrawn);
const SigningDialog = memo(SigningDialogDrawn);
const DebriefPanel = memo(DebriefPanelDrawn);
const StressPanel = memo(StressPanelDrawn);
const RatificationPanel = memo(RatificationPanelDrawn);
const TableActions = memo(TableActionsDrawn);
const DraftPanel = memo(DraftPanelDrawn);
const AmendmentsPanel = memo(AmendmentsPanelDrawn);
const PollPanel = memo(PollPanelDrawn);
const OffersPanel = memo(OffersPanelDrawn);
const PositionsPanel = memo(PositionsPanelDrawn);
const MapPanel = memo(MapPanelDrawn);
const BriefPanel = memo(BriefPanelDrawn);
const AnalysisPanel = memo(AnalysisPanelDrawn);

/** Mounts the table page for `tableId` into `root`. */
export function mountPlayPage(root: HTMLElement, tableId: string): void {
  render(<PlayPage tableId={tableId} />, root);
}

/** Mounts the watch page (#21, item 2): the table at `tableId` as an observer, by its watch link's `key`. */
export function mountWatchPage(root: HTMLElement, tableId: string, key: string): void {
  render(<WatchPage tableId={tableId} watchKey={key} />, root);
}

function useConnection(conn: TableConnection | null): ConnectionView | null {
  const [view, setView] = useState<ConnectionView | null>(conn?.get() ?? null);
  useEffect(() => {
    if (!conn) return;
    const off = conn.subscribe(setView);
    return () => {
      off();
      void conn.close();
    };
  }, [conn]);
  return view;
}

function PlayPage({ tableId }: { tableId: string }) {
  useLang();
  const stored = useMemo(() => loadSeat(tableId), [tableId]);
  // A table that runs nowhere (a finished one's room goes after its debrief's half hour) is
  // brought back once for its own people, then joined again (#21, item 4).
  const [attempt, setAttempt] = useState(0);
  const conn = useMemo(() => (stored ? connectTable(tableId, stored.seatToken) : null), [stored, attempt]);
  const view = useConnection(conn);
  const gone = view?.failure?.kind === "not_found" || view?.failure?.kind === "ended";
  useEffect(() => {
    if (!gone || !stored || attempt > 0) return;
    void reopenTable(tableId, stored.seatToken).then(
      () => setAttempt(1),
      () => undefined,
    );
  }, [gone]);
  // Without a seat, ask whether the table is there at all: a wrong link says so at once (#18).
  const [probe, setProbe] = useState<ConnectionFailure["kind"] | null>(null);
  useEffect(() => {
    if (!stored) void probeTable(tableId).then(setProbe);
  }, [stored, tableId]);

  // A refused token is of no more use; an ended table's token is kept (its debrief may open to it later).
  useEffect(() => {
    if (view?.failure?.kind === "token" || view?.failure?.kind === "removed") forgetSeat(tableId);
  }, [view?.failure?.kind]);

  // Left the table (#21): the seat is a bot's and the token dead; the start page is the way on.
  useEffect(() => {
    if (!view?.left) return;
    forgetSeat(tableId);
    window.location.assign("/");
  }, [view?.left]);

  // Moved by the facilitator: the same token opens the new table; the page follows by itself.
  const moved = view?.moved ?? null;
  useEffect(() => {
    if (!moved || !stored) return;
    saveSeat({ tableId: moved.tableId, seatToken: stored.seatToken, seat: moved.seat, name: stored.name });
    forgetSeat(tableId);
    window.location.assign(`/play/${encodeURIComponent(moved.tableId)}`);
  }, [moved]);

  // A rematch started (#21, item 3): its table's own seat token is kept and the page goes there; the
  // old table's token stays, its debrief still this person's.
  const rematchGo = view?.rematchGo ?? null;
  useEffect(() => {
    if (!rematchGo || !stored) return;
    saveSeat({ tableId: rematchGo.tableId, seatToken: rematchGo.seatToken, seat: rematchGo.seat, name: stored.name });
    window.location.assign(`/play/${encodeURIComponent(rematchGo.tableId)}`);
  }, [rematchGo]);

  if ((!stored || !conn) && (probe === "not_found" || probe === "ended")) {
    return (
      <Screen title={t(`play.failure.${probe}.title`)}>
        <p role="alert">{t(`play.failure.${probe}.text`)}</p>
        <p class="screen-actions">
          <a class="button" href="/">
            {t("join.back")}
          </a>
        </p>
      </Screen>
    );
  }
  if (!stored && probe === null) {
    return (
      <Screen title={t("play.connecting")}>
        <p class="loading-line" role="status">
          <span class="spinner" aria-hidden="true" />
        </p>
      </Screen>
    );
  }
  if (!stored || !conn) {
    return (
      <Screen title={t("play.noSeat.title")}>
        <p>{t("play.noSeat.text")}</p>
        <p>
          <a class="button button-primary" href="/#join">
            {t("play.toJoin")}
          </a>
        </p>
      </Screen>
    );
  }
  if (moved) {
    return (
      <Screen title={t("play.moved.title")}>
        <p role="status">
          <span class="spinner" aria-hidden="true" /> {t("play.moved.text", { n: moved.number, code: moved.code })}
        </p>
      </Screen>
    );
  }
  if (rematchGo) {
    return (
      <Screen title={t("rematch.going.title")}>
        <p role="status">
          <span class="spinner" aria-hidden="true" />{" "}
          {t("rematch.going.text", { n: rematchGo.number, code: rematchGo.code })}
        </p>
      </Screen>
    );
  }
  if (!view || view.status === "failed") {
    const kind = view?.failure?.kind ?? "unreachable";
    return (
      <Screen title={t(`play.failure.${kind}.title`)}>
        <p role="alert">{t(`play.failure.${kind}.text`)}</p>
        <p class="screen-actions">
          {(kind === "unreachable" || kind === "elsewhere" || kind === "too_fast") && (
            <button type="button" class="button button-primary" onClick={() => window.location.reload()}>
              {kind === "unreachable" ? t("play.retry") : t("play.reconnect")}
            </button>
          )}
          <a class="button" href="/">
            {t("join.back")}
          </a>
        </p>
      </Screen>
    );
  }
  if (!view.snapshot || !view.scenario) {
    return (
      <Screen title={t("play.connecting")}>
        {/* What has arrived so far: a page stuck here says which part is missing. */}
        <p
          class="loading-line"
          role="status"
          data-status={view.status}
          data-welcome={view.welcome ? "yes" : "no"}
          data-scenario={view.scenario ? "yes" : "no"}
          data-snapshot={view.snapshot ? "yes" : "no"}
        >
          <span class="spinner" aria-hidden="true" />
          {view.status === "reconnecting" ? t("play.reconnecting") : t("play.takingSeat")}
        </p>
      </Screen>
    );
  }
  return <TableScreen view={view} conn={conn} tableId={tableId} />;
}

/** What a watch link's check can say before the page connects. */
type WatchCheck = "checking" | "ok" | "not_found" | "ended" | "watching_off" | "unreachable" | "rate_limited";

function watchCheckOf(error: unknown): WatchCheck {
  if (!(error instanceof ApiFailure)) return "unreachable";
  if (error.code === "table/not_found") return "not_found";
  if (error.code === "table/ended") return "ended";
  if (error.code === "watch/off") return "watching_off";
  if (error.code === "request/rate_limited") return "rate_limited";
  return "unreachable";
}

/**
 * /watch/:tableId/:key — anyone with a table's watch link watches it as an observer (#21, item 2):
 * the public table, the table's talk read-only, the votes and the stress test; no seat, no brief.
 * The link is checked first (through the API, rate-limited), so a wrong, finished or closed table says so.
 */
function WatchPage({ tableId, watchKey }: { tableId: string; watchKey: string }) {
  useLang();
  const [check, setCheck] = useState<WatchCheck>("checking");
  useEffect(() => {
    void watchTable(tableId, watchKey).then(
      () => setCheck("ok"),
      (error: unknown) => setCheck(watchCheckOf(error)),
    );
  }, [tableId, watchKey]);
  const conn = useMemo(() => (check === "ok" ? connectTable(tableId, { watchKey }) : null), [check]);
  const view = useConnection(conn);
  const failure = check === "ok" ? (view?.status === "failed" ? (view.failure?.kind ?? "unreachable") : null) : check;
  if (failure && failure !== "checking") {
    const kind = failure === "token" ? "not_found" : failure;
    const title = kind === "rate_limited" ? t("watch.busy.title") : t(`play.failure.${kind}.title`);
    const text =
      kind === "rate_limited"
        ? t("watch.busy.text")
        : kind === "ended" || kind === "not_found"
          ? t(`watch.failure.${kind}`)
          : t(`play.failure.${kind}.text`);
    return (
      <Screen title={title}>
        <p role="alert" data-watch-failure={kind}>
          {text}
        </p>
        <p class="screen-actions">
          {(kind === "unreachable" || kind === "rate_limited") && (
            <button type="button" class="button button-primary" onClick={() => window.location.reload()}>
              {t("play.retry")}
            </button>
          )}
          <a class="button" href="/">
            {t("join.back")}
          </a>
        </p>
      </Screen>
    );
  }
  if (!conn || !view?.snapshot || !view.scenario) {
    return (
      <Screen title={t("watch.connecting")}>
        <p class="loading-line" role="status">
          <span class="spinner" aria-hidden="true" />
          {view?.status === "reconnecting" ? t("play.reconnecting") : t("watch.connecting")}
        </p>
      </Screen>
    );
  }
  return <TableScreen view={view} conn={conn} tableId={tableId} />;
}

/** A simple centred page for states before the table (no seat, failures, connecting). */
function Screen({ title, children }: { title: string; children: preact.ComponentChildren }) {
  useEffect(() => {
    document.title = `${title} — Ironclad`;
  });
  return (
    <div class="page">
      <header class="masthead">
        <Wordmark />
        <LangSwitch prefetch={false} />
      </header>
      <main id="main" class="join-main">
        <article class="card join-card">
          <h1>{title}</h1>
          {children}
        </article>
      </main>
    </div>
  );
}

type Pane = "table" | "brief" | "analysis" | "chat";

function TableScreen({ view, conn, tableId }: { view: ConnectionView; conn: TableConnection; tableId: string }) {
  const lang = useLang();
  const snap = view.snapshot;
  const scenario = view.scenario;
  const welcome = view.welcome;
  const mySeat = welcome?.viewer.kind === "seat" ? welcome.viewer.seat : null;
  // Who this page is: a seat, the red cell (Moscow) or an observer.
  const redCell = welcome?.viewer.kind === "moscow" ? scenario?.seats.find((s) => s.kind === "redcell")?.id : undefined;
  const whoSeat = mySeat ?? redCell ?? null;
  const [pane, setPane] = useState<Pane>("table");
  // On a phone each tab keeps its own scroll: the chat opened where the long table had been scrolled to, blank (#18).
  const paneScroll = useRef<Partial<Record<Pane, number>>>({});
  const showPane = (next: Pane) => {
    paneScroll.current[pane] = window.scrollY;
    setPane(next);
  };
  useEffect(() => window.scrollTo(0, paneScroll.current[pane] ?? 0), [pane]);
  const [unread, setUnread] = useState(0);
  const announcements = useAnnouncements(view, mySeat);
  const alerts = useTableAlerts(snap, whoSeat);

  const ctx = useMemo<TableCtx | null>(
    () =>
      snap && scenario
        ? {
            snap,
            scenario,
            welcome,
            mySeat,
            legal: new Set<ActionType>(snap.mine?.legal ?? []),
            clockOffset: view.clockOffset,
            send: (a) => conn.send(a),
            chat: (m) => conn.chat(m),
            typing: (w) => conn.typing(w),
            leave: () => conn.leave(),
            setWatching: (on) => conn.setWatching(on),
            rematch: view.rematch ?? null,
            offerRematch: (seats) => conn.offerRematch(seats),
            answerRematch: (offer, accept) => conn.answerRematch(offer, accept),
          }
        : null,
    [snap, scenario, welcome, view.clockOffset, view.rematch, lang],
  );

  useEffect(() => {
    if (!snap || !scenario) return;
    const who = whoSeat ? seatName(scenario, whoSeat) : t("play.observer");
    document.title = alertTitle(`${who} · ${t(`phase.${snap.phase}`)} — Ironclad`, alerts, alertText);
  });

  // Refusals are shown for a while, then dismissed.
  useEffect(() => {
    const latest = view.errors.at(-1);
    if (!latest) return;
    const id = setTimeout(() => conn.dismissError(latest.id), 8_000);
    return () => clearTimeout(id);
  }, [view.errors.at(-1)?.id]);

  if (!ctx || !snap || !scenario) return null;
  const phase = snap.phase;
  const talks = phase === "briefing" || phase === "negotiation" || phase === "vote" || phase === "lobby";

  return (
    <TableContext.Provider value={ctx}>
      <div class="play" data-phase={phase} data-pane={pane}>
        <a class="skip-link" href="#centre">
          {t("play.skip")}
        </a>
        <header class="play-bar">
          <Wordmark compact />
          <PhaseClock />
          <TableTag />
          <div class="play-bar-tools">
            {mySeat && (
              <span class="me">
                <Flag code={scenario.seats.find((s) => s.id === mySeat)?.flag ?? ""} size="sm" />
                <span class="me-name">{welcome?.name}</span>
              </span>
            )}
            {welcome?.viewer.kind === "observer" && (
              <span class="me me-watching" data-testid="watching-as">
                {t("watch.you")}
              </span>
            )}
            <WatchersBadge count={snap.watchers} />
            <ConnectionBadge status={view.status} />
            {whoSeat && <AlertsMenu count={alerts.length} />}
            <LangSwitch prefetch={false} />
          </div>
          {whoSeat && phase !== "debrief" && <LeaveTable inBar />}
        </header>
        {view.status === "reconnecting" && (
          <p class="reconnecting-banner" role="status">
            <span class="spinner" aria-hidden="true" />
            {t("play.reconnecting")}
          </p>
        )}
        {/* The facilitator's word on this person's voice, as it changes (muting, then unmuting). */}
        {view.muted !== null && (
          <p class={`voice-banner ${view.muted ? "is-muted" : "is-unmuted"}`} role="status" data-testid="voice-banner">
            {t(view.muted ? "play.muted" : "play.unmuted")}
          </p>
        )}
        <BroadcastBanner chat={view.chat} tableId={tableId} />
        <CatchUpPanel catchUp={view.catchUp} scenario={view.scenario} />
        <SeatsRow />
        <nav class="pane-tabs" aria-label={t("play.panes")}>
          {(["table", "brief", "analysis", "chat"] as const).map((p) => (
            <button
              type="button"
              key={p}
              class={`pane-tab${pane === p ? " is-active" : ""}`}
              aria-pressed={pane === p}
              data-pane-tab={p}
              onClick={() => showPane(p)}
            >
              {t(`pane.${p}`)}
              {p === "chat" && unread > 0 && (
                <>
                  <span class="unread" aria-hidden="true">
                    {unread}
                  </span>
                  <span class="visually-hidden">{t("chat.unread", { count: unread })}</span>
                </>
              )}
            </button>
          ))}
        </nav>
        {/* The whole play area is the main landmark, so a phone showing the chat or the brief has one too. */}
        <main id="main" class="play-grid">
          <h1 class="visually-hidden">
            {t("play.heading", { who: whoSeat ? seatName(scenario, whoSeat) : t("play.observer") })}
          </h1>
          {/* Before the talks the brief comes first; once the draft moves, the analysis does. */}
          <div class="col-left">
            {phase === "lobby" || phase === "briefing" ? (
              <>
                <BriefPane />
                <AnalysisPane />
              </>
            ) : (
              <>
                <AnalysisPane />
                <BriefPane />
              </>
            )}
          </div>
          <div class="pane pane-table" data-pane="table" id="centre" tabIndex={-1}>
            <TableStage typing={view.typing} events={view.events} />
            {phase === "lobby" && <PhaseNotice title={t("play.lobby.title")} text={t("play.lobby.text")} />}
            {phase === "briefing" && <PhaseNotice title={t("play.briefing.title")} text={t("play.briefing.text")} />}
            {phase === "vote" && <SigningDialog />}
            {phase === "debrief" && <DebriefPanel />}
            {phase === "stress" && <StressPanel />}
            {(phase === "ratification" || phase === "stress") && <RatificationPanel />}
            {talks && <TableActions />}
            {(talks || phase === "ratification") && (
              <TableSlice parts={draftParts}>
                <DraftPanel />
              </TableSlice>
            )}
            {(phase === "negotiation" || phase === "vote") && <AmendmentsPanel />}
            {(phase === "negotiation" || phase === "vote") && <PollPanel />}
            {(phase === "negotiation" || phase === "vote") && <OffersPanel />}
            {(phase === "briefing" || phase === "negotiation" || phase === "vote") && (
              <TableSlice parts={positionsParts}>
                <PositionsPanel />
              </TableSlice>
            )}
            <TableSlice parts={mapParts}>
              <MapPanel />
            </TableSlice>
            <ActivityPanel items={announcements.history} scenario={view.scenario} mySeat={mySeat} />
          </div>
          <div class="pane pane-chat" data-pane="chat">
            <ChatPanel messages={view.chat} typing={view.typing} tableId={tableId} onUnread={setUnread} />
          </div>
        </main>
        <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="false" data-testid="announcer">
          {announcements.latest.map((a) => (
            <p key={a.id}>{announcementText(a, view.scenario, mySeat)}</p>
          ))}
        </div>
        <TableGuide tableId={tableId} showPane={showPane} />
        <div class="toasts" role="alert">
          {view.errors.map((e) => (
            <p key={e.id} class="toast" data-code={e.code}>
              <span>{errorText(e.code, e.message)}</span>
              <button
                type="button"
                class="toast-close"
                aria-label={t("play.dismiss")}
                onClick={() => conn.dismissError(e.id)}
              >
                ×
              </button>
            </p>
          ))}
        </div>
      </div>
    </TableContext.Provider>
  );
}

// What each panel kept by a TableSlice reads from the table (all of it: a part left out would leave
// the panel stale). The snapshot's unchanged parts are the same objects from one state to the next.
const briefParts = ({ snap, scenario, mySeat, welcome }: TableCtx) => [
  snap.mine?.brief,
  snap.mine?.pressure,
  snap.mine?.redCellBrief,
  mySeat ? snap.seats[mySeat]?.capital : undefined,
  snap.draft,
  snap.pub?.framework,
  scenario,
  mySeat,
  welcome,
];
const analysisParts = ({ snap, scenario, mySeat }: TableCtx) => [
  snap.pub?.readout,
  snap.pub?.noDeal,
  snap.pub?.framework,
  snap.mine?.preview,
  snap.draft,
  scenario,
  mySeat,
];
// The draft and, inside it, the pen's control (with its own countdown tick).
const draftParts = ({ snap, scenario, mySeat, clockOffset }: TableCtx) => [
  snap.draft,
  snap.amendments,
  snap.penHolder,
  snap.mine?.brief,
  snap.mine?.legal,
  snap.pub?.penRequests,
  snap.pub?.penLapseAt,
  snap.phase,
  snap.seatOrder,
  clockOffset,
  scenario,
  mySeat,
];
const positionsParts = ({ snap, scenario, mySeat }: TableCtx) => [
  snap.pub?.positions,
  snap.seatOrder,
  snap.mine?.legal,
  scenario,
  mySeat,
];
const mapParts = ({ snap, scenario }: TableCtx) => [snap.draft, snap.pub?.framework, snap.pub?.years, scenario];

function BriefPane() {
  return (
    <div class="pane pane-brief" data-pane="brief">
      <TableSlice parts={briefParts}>
        <BriefPanel />
      </TableSlice>
      <RulesHelp />
    </div>
  );
}

function AnalysisPane() {
  return (
    <div class="pane pane-analysis" data-pane="analysis">
      <TableSlice parts={analysisParts}>
        <AnalysisPanel />
      </TableSlice>
    </div>
  );
}

function PhaseNotice({ title, text }: { title: string; text: string }) {
  return (
    <section class="panel phase-notice" aria-labelledby="notice-title">
      <h2 id="notice-title">{title}</h2>
      <p>{text}</p>
    </section>
  );
}

/** "3 watching": how many people watch the table (#21, item 2), for everyone at it; nothing while nobody does. */
function WatchersBadge({ count }: { count: number }) {
  if (count <= 0) return null;
  return (
    <span class="watchers" data-testid="watchers" data-count={formatNumber(count)} role="status">
      <svg class="watchers-eye" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true">
        <path
          d="M12 5C6.5 5 2.7 9.3 1.5 12c1.2 2.7 5 7 10.5 7s9.3-4.3 10.5-7C21.3 9.3 17.5 5 12 5Zm0 11a4 4 0 1 1 0-8 4 4 0 0 1 0 8Z"
          fill="currentColor"
        />
      </svg>
      {t("watch.count", { count })}
    </span>
  );
}

function ConnectionBadge({ status }: { status: ConnectionView["status"] }) {
  return (
    <span class={`conn conn-${status}`}>
      <span class="status-dot" aria-hidden="true" />
      <span class="conn-text">{t(`conn.${status}`)}</span>
    </span>
  );
}
