// Playing again and leaving (#21, item 3): the debrief's way on (a new quick game in the same seat
// with the same settings, or back to the start) and "leave the table", which hands the seat to a bot.
// The server decides whether one may leave; a refusal arrives as the table's usual error.
import { useState } from "preact/hooks";
import { errorText, t } from "../i18n/index.ts";
import { type Admission, ApiFailure, call } from "../net/api.ts";
import { loadSeat, saveSeat } from "../net/seat-tokens.ts";
import { Rematch } from "./rematch-panel.tsx";
import { seatName, useTable } from "./table-context.ts";

/** A new quick game for the person this token seats at `tableId`: their seat and this game's settings. */
export const quickGameAgain = (tableId: string, seatToken: string) =>
  call<Admission>("POST", `/api/tables/${encodeURIComponent(tableId)}/again`, { seatToken });

/**
 * "Leave the table", asked twice: first the button, then what it does and a confirmation. In the
 * play bar (`inBar`) the button is short and the confirmation opens below it.
 */
export function LeaveTable({ inBar = false }: { inBar?: boolean }) {
  const { snap, scenario, mySeat, leave } = useTable();
  const [asking, setAsking] = useState(false);
  const [sent, setSent] = useState(false);
  if (!leave) return null;
  const over = snap.phase === "debrief";
  const button = (
    <button
      type="button"
      class={`button button-small leave-table${inBar ? " button-quiet" : ""}`}
      aria-expanded={asking}
      aria-label={inBar ? t("leave.button") : undefined}
      onClick={() => setAsking(!asking)}
    >
      {inBar ? t("leave.short") : t("leave.button")}
    </button>
  );
  if (!asking) return inBar ? <span class="leave-bar">{button}</span> : button;
  const confirm = (
    <div class={`leave-confirm${inBar ? " is-popover" : ""}`}>
      <p>{over || !mySeat ? t("leave.confirmOver") : t("leave.confirm", { seat: seatName(scenario, mySeat) })}</p>
      <div class="leave-confirm-actions">
        <button
          type="button"
          class="button button-small button-primary"
          disabled={sent}
          onClick={() => {
            setSent(true);
            leave();
            // A refusal comes back as an error toast: the person may try again or stay.
            setTimeout(() => setSent(false), 3_000);
          }}
        >
          {sent ? t("leave.leaving") : t("leave.yes")}
        </button>
        <button type="button" class="button button-small" onClick={() => setAsking(false)}>
          {t("leave.no")}
        </button>
      </div>
    </div>
  );
  return inBar ? (
    <span class="leave-bar">
      {button}
      {confirm}
    </span>
  ) : (
    confirm
  );
}

/** The debrief's way on: a new quick game (same seat and settings), back to the start, or leave. */
export function PlayAgain() {
  const { welcome, mySeat } = useTable();
  const tableId = welcome?.tableId ?? "";
  const stored = tableId ? loadSeat(tableId) : null;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const again = async () => {
    if (!stored || busy) return;
    setBusy(true);
    setError(null);
    try {
      const admission = await quickGameAgain(tableId, stored.seatToken);
      saveSeat({
        tableId: admission.tableId,
        seatToken: admission.seatToken,
        seat: admission.seat,
        name: stored.name,
      });
      window.location.assign(`/play/${encodeURIComponent(admission.tableId)}`);
    } catch (err) {
      setError(err instanceof ApiFailure ? errorText(err.code, err.message) : t("error.net/unreachable"));
      setBusy(false);
    }
  };

  return (
    <section class="play-again" aria-labelledby="play-again-title">
      <h3 id="play-again-title">{t("again.title")}</h3>
      {/* A rematch with the people at this table (#21): a quick game's; a facilitator sets up their own next game. */}
      {mySeat && stored && welcome?.facilitated === false && <Rematch />}
      {mySeat && stored && <p class="panel-hint">{t("again.hint")}</p>}
      <div class="play-again-actions">
        {mySeat && stored && (
          <button type="button" class="button button-primary" disabled={busy} onClick={() => void again()}>
            {busy ? t("quick.starting") : t("again.quick")}
          </button>
        )}
        <a class="button" href="/">
          {t("again.home")}
        </a>
        {mySeat && <LeaveTable />}
      </div>
      {error && (
        <p class="form-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
