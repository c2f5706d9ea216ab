// Drilling into one table: the facilitator joins its room (joinById with the facilitator key) and
// sees every brief, the draft, the amendments and the votes. Loaded with the console only.
import { Client, type Room } from "@colyseus/sdk";
import { type ChatSend, type ClockNotice, PROTOCOL_VERSION } from "@ironclad/engine/protocol";
import { useEffect, useState } from "preact/hooks";
import { loc, type MessageKey, t } from "../i18n/index.ts";
import { decodeState, mergeChat } from "../net/table-connection.ts";
import type { ChatMessage, PublicScenario, TableSnapshot } from "../net/table-types.ts";
import { Flag } from "../ui/flag.tsx";
import { ChatReader } from "./chat-reader.tsx";
import { followServerClock, type ServerClock, serverClockAt } from "./server-time.ts";

export type FacilitatorRoomView = {
  status: "connecting" | "open" | "failed" | "closed";
  message: string | null;
  scenario: PublicScenario | null;
  snapshot: TableSnapshot | null;
  /** The server's clock as the room's `clock` message set it (for countdowns between actions). */
  clock: ServerClock | null;
  /** What the facilitator's connection may read of the table's talk (the server decides which channels). */
  chat: ChatMessage[];
  /** Says something at the table on the facilitator's connection, while it is open. */
  send: ((message: ChatSend) => void) | null;
};

const CLOSED_ROOM = { scenario: null, snapshot: null, clock: null, chat: [], send: null };

/** Joins `tableId` as the facilitator while mounted; returns what the room shows. */
export function useFacilitatorRoom(tableId: string | null, key: string | null): FacilitatorRoomView {
  const [view, setView] = useState<FacilitatorRoomView>({ status: "connecting", message: null, ...CLOSED_ROOM });
  useEffect(() => {
    if (!tableId || !key) return;
    let live = true;
    let room: Room | null = null;
    setView({ status: "connecting", message: null, ...CLOSED_ROOM });
    const client = new Client(window.location.origin);
    client
      .joinById(tableId, { facilitatorKey: key, protocol: PROTOCOL_VERSION })
      .then((r) => {
        room = r;
        if (!live) {
          void r.leave();
          return;
        }
        setView((v) => ({ ...v, status: "open", send: (message: ChatSend) => r.send("chat", message) }));
        r.onStateChange((state: { toJSON: () => Record<string, unknown> }) => {
          if (!live) return;
          const snapshot = decodeState(state.toJSON());
          const at = Date.now();
          setView((v) => ({ ...v, snapshot, clock: followServerClock(v.clock, snapshot.now, at) }));
        });
        r.onMessage("*", (type: unknown, message: unknown) => {
          const now = (message as ClockNotice | null)?.now;
          if (type === "clock" && typeof now === "number" && live) {
            const at = Date.now();
            setView((v) => ({ ...v, clock: serverClockAt(now, at) }));
          }
          if (type === "chat/history" && Array.isArray(message) && live)
            setView((v) => ({ ...v, chat: mergeChat([], message as ChatMessage[]) }));
          if (type === "chat" && message && typeof message === "object" && live)
            setView((v) => ({ ...v, chat: mergeChat(v.chat, [message as ChatMessage]) }));
          if (type === "scenario" && typeof message === "string" && live) {
            try {
              const scenario = JSON.parse(message) as PublicScenario;
              setView((v) => ({ ...v, scenario }));
            } catch {
              // A broken scenario message leaves the deck empty.
            }
          }
        });
        r.onLeave(() => live && setView((v) => ({ ...v, status: "closed", send: null })));
      })
      .catch((e: unknown) => {
        if (live) setView({ status: "failed", message: e instanceof Error ? e.message : String(e), ...CLOSED_ROOM });
      });
    return () => {
      live = false;
      if (room) void room.leave();
    };
  }, [tableId, key]);
  return view;
}

const MOSCOW = ["comply", "hybrid", "incursion", "offensive"] as const;

/** The table's full state as the facilitator sees it, with the moves only the facilitator makes. */
export function DrillPanel({
  code,
  view,
  onClose,
  onAct,
  busy,
}: {
  code: string;
  view: FacilitatorRoomView;
  onClose: () => void;
  onAct: (label: MessageKey, action: { type: string; [k: string]: unknown }) => void;
  busy: boolean;
}) {
  const sc = view.scenario;
  const snap = view.snapshot;
  const seatOf = (id: string) => sc?.seats.find((s) => s.id === id);
  const optionLabel = (issue: string, option: string) => {
    const i = sc?.issues.find((x) => x.id === issue);
    const o = i?.options.find((x) => x.id === option);
    return o ? loc(o.label) : option;
  };
  const votes = snap?.pub?.votes ?? [];
  return (
    <section class="card fac-drill" aria-labelledby="drill-title" data-testid="drill">
      <div class="fac-drill-head">
        <h2 id="drill-title">{t("f.drill", { code })}</h2>
        <button type="button" class="button button-small" onClick={onClose}>
          {t("f.drill.close")}
        </button>
      </div>
      {view.status === "connecting" && <p class="hint">{t("f.drill.connecting")}</p>}
      {view.status === "failed" && (
        <p class="form-error" role="alert">
          {t("f.drill.failed", { message: view.message ?? "" })}
        </p>
      )}
      {snap && sc && (
        <div class="fac-drill-moves">
          {(
            [
              ["vote/call", "f.mv.call", {}],
              ["vote/close", "f.mv.close", {}],
              ["facilitator/take-pen", "f.mv.takePen", { to: null }],
            ] as const
          ).map(([type, label, extra]) => (
            <button
              key={type}
              type="button"
              class="button button-small"
              disabled={busy || !(snap.mine?.legal ?? []).includes(type)}
              onClick={() => onAct(label, { type, ...extra })}
            >
              {t(label)}
            </button>
          ))}
          {snap.phase === "stress" && snap.step === "moscow" && (
            <fieldset class="fac-moscow">
              <legend>{t("f.mv.moscow")}</legend>
              {MOSCOW.map((m) => (
                <button
                  key={m}
                  type="button"
                  class="button button-small"
                  disabled={busy || !(snap.mine?.legal ?? []).includes("stress/moscow-act")}
                  onClick={() => onAct("f.mv.moscow", { type: "stress/moscow-act", action: m })}
                >
                  {t(`f.mv.${m}`)}
                  {snap.mine?.liveOdds && <span class="muted"> {Math.round(100 * (snap.mine.liveOdds[m] ?? 0))}%</span>}
                </button>
              ))}
            </fieldset>
          )}
        </div>
      )}
      {snap && sc && (
        <div class="fac-drill-grid">
          <div>
            <h3>{t("f.draft")}</h3>
            <table class="fac-table">
              <tbody>
                {sc.issues.map((i) => (
                  <tr key={i.id}>
                    <th scope="row">{loc(i.name)}</th>
                    <td>
                      {snap.draft[i.id] ? (
                        optionLabel(i.id, snap.draft[i.id] ?? "")
                      ) : (
                        <span class="muted">{t("f.drill.blank")}</span>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
            <h3>{t("f.drill.amendments")}</h3>
            {snap.amendments.length === 0 ? (
              <p class="hint">{t("f.drill.noAmendments")}</p>
            ) : (
              <ul class="fac-plain">
                {snap.amendments.slice(-8).map((a) => (
                  <li key={a.id}>
                    <strong>{seatOf(a.by) ? loc(seatOf(a.by)?.name) : a.by}</strong>:{" "}
                    {loc(sc.issues.find((i) => i.id === a.issue)?.name)} →{" "}
                    {a.option ? optionLabel(a.issue, a.option) : t("f.drill.blank")}{" "}
                    <span class="tag" data-status={a.status}>
                      {t(`amend.status.${a.status}`)}
                    </span>{" "}
                    {a.supporters.length > 0 && <span class="muted">+{a.supporters.length}</span>}
                  </li>
                ))}
              </ul>
            )}
            <h3>{t("f.drill.votes")}</h3>
            {votes.length === 0 ? (
              <p class="hint">{t("f.drill.noVotes")}</p>
            ) : (
              <ul class="fac-plain">
                {votes.map((v) => (
                  <li key={v.id}>
                    #{v.id} ·{" "}
                    {Object.entries(v.ballots).map(([s, b]) => (
                      <span key={s} class={`tag fac-ballot-${b}`} data-ballot={b}>
                        {seatOf(s) ? loc(seatOf(s)?.name) : s}: {t(`ballot.${b}`)}
                      </span>
                    ))}
                    {v.result && <strong> {v.result.concluded ? "✓" : "✗"}</strong>}
                  </li>
                ))}
              </ul>
            )}
          </div>
          <div>
            <h3>{t("f.drill.briefs")}</h3>
            <div class="fac-briefs">
              {Object.entries(snap.mine?.briefs ?? {}).map(([seat, brief]) => (
                <details key={seat} class="fac-brief">
                  <summary>
                    {seatOf(seat) && <Flag code={seatOf(seat)?.flag ?? ""} size="sm" />}{" "}
                    {seatOf(seat) ? loc(seatOf(seat)?.name) : seat}
                    <span class="muted"> · {t("f.drill.noDeal", { n: brief.noDealValue })}</span>
                    {snap.mine?.pressure?.seat === seat && (
                      <>
                        {" "}
                        <span class="tag" data-testid="drill-pressure">
                          {t("f.drill.pressure", { points: snap.mine.pressure.points })}
                        </span>
                      </>
                    )}
                  </summary>
                  <p>{loc(brief.objectives)}</p>
                  {brief.redLines.length > 0 && (
                    <p>
                      <strong>{t("f.drill.redLines")}:</strong>{" "}
                      {brief.redLines
                        .map(
                          (r) =>
                            `${loc(sc.issues.find((i) => i.id === r.issue)?.name)} ≠ ${r.options.map((o) => optionLabel(r.issue, o)).join(", ")}`,
                        )
                        .join("; ")}
                    </p>
                  )}
                </details>
              ))}
            </div>
            <p class="hint">
              {t(`f.phase.${snap.phase}`)} · {t("f.drill.seq", { n: snap.seq })}
            </p>
          </div>
        </div>
      )}
      {snap && (
        <ChatReader
          chat={view.chat}
          scenario={sc}
          readsPrivate={snap.facilitatorReadsPrivate}
          seats={snap.seatOrder}
          send={view.send}
        />
      )}
    </section>
  );
}
