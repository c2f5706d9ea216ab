// The few whole-table actions a seat has during the talks: mark ready, call a signing vote, pass the pen.
import { useId, useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { seatName, useTable } from "./table-context.ts";
import { unmetText } from "./unmet-text.ts";

/** Ready, call a vote and pass the pen, each shown only when the server lists it as legal. */
export function TableActions() {
  const { snap, scenario, mySeat, legal, send } = useTable();
  const [to, setTo] = useState("");
  const passId = useId();
  if (!mySeat) return null;
  const ready = snap.seats[mySeat]?.ready ?? false;
  const canReady = legal.has("seat/ready");
  const canCall = legal.has("vote/call");
  const canPass = legal.has("draft/pass-pen");
  if (!canReady && !canCall && !canPass && snap.phase !== "negotiation") return null;
  const others = snap.seatOrder.filter((s) => s !== mySeat);
  const lastVote = snap.pub?.votes.at(-1);
  const failedVote = snap.phase === "negotiation" && lastVote?.result && !lastVote.result.concluded ? lastVote : null;
  return (
    <div class="table-actions">
      {failedVote?.result && (
        <p class="last-vote" role="status">
          {t("vote.lastFailed", { reason: unmetText(snap.pub?.lastVoteUnmet ?? [], scenario) })}
        </p>
      )}
      {canReady && (
        <button
          type="button"
          class={`button${!ready && snap.phase === "briefing" ? " button-primary" : ""}`}
          aria-pressed={ready}
          onClick={() => send({ type: "seat/ready", ready: !ready })}
        >
          {ready
            ? t("actions.notReady")
            : snap.phase === "briefing"
              ? t("actions.readyBriefing")
              : snap.phase === "negotiation"
                ? t("actions.ready")
                : // A result that waits for every person (ratification, a stress-test year).
                  t("actions.readyContinue")}
        </button>
      )}
      {snap.phase === "negotiation" && (
        <button
          type="button"
          class={`button${canCall ? " button-primary" : ""}`}
          disabled={!canCall}
          onClick={() => send({ type: "vote/call" })}
        >
          {t("actions.callVote")}
        </button>
      )}
      {snap.phase === "negotiation" && !canCall && <span class="hint">{t("actions.callVoteHint")}</span>}
      {canPass && (
        <form
          class="pass-pen"
          onSubmit={(e) => {
            e.preventDefault();
            if (to) send({ type: "draft/pass-pen", to });
          }}
        >
          <label for={passId}>{t("actions.passPen")}</label>
          <select id={passId} value={to} onChange={(e) => setTo(e.currentTarget.value)}>
            <option value="">{t("actions.chooseSeat")}</option>
            {others.map((s) => (
              <option key={s} value={s}>
                {seatName(scenario, s)}
              </option>
            ))}
          </select>
          <button type="submit" class="button button-small" disabled={!to}>
            {t("actions.pass")}
          </button>
        </form>
      )}
    </div>
  );
}
