// Amendments: who proposed what, who supports it, and the buttons the `legal` list allows —
// support, accept or decline (the pen-holder), withdraw (its author). My own point change for
// each amendment comes from my point table (my brief), not from any rule in the client.
import { loc, t } from "../i18n/index.ts";
import type { AmendmentView } from "../net/table-types.ts";
import { Flag } from "../ui/flag.tsx";
import { issueOf, optionLabel, seatFlag, seatName, useTable } from "./table-context.ts";

/** The amendments of this round, open first. */
export function AmendmentsPanel() {
  const { snap } = useTable();
  const open = snap.amendments.filter((a) => a.status === "open");
  const closed = snap.amendments
    .filter((a) => a.status !== "open")
    .slice(-6)
    .reverse();
  return (
    <section class="panel amendments-panel" aria-labelledby="amend-title">
      <header class="panel-head">
        <h2 id="amend-title">{t("amend.title")}</h2>
        <p class="panel-meta">{t("amend.openCount", { count: open.length })}</p>
      </header>
      {snap.amendments.length === 0 && <p class="muted">{t("amend.none")}</p>}
      {open.length > 0 && (
        <ul class="amendment-list">
          {open.map((a) => (
            <AmendmentItem key={a.id} amendment={a} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details class="closed-amendments">
          <summary>{t("amend.closed", { count: closed.length })}</summary>
          <ul class="amendment-list">
            {closed.map((a) => (
              <AmendmentItem key={a.id} amendment={a} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function AmendmentItem({ amendment: a }: { amendment: AmendmentView }) {
  const { snap, scenario, mySeat, legal, send } = useTable();
  const issue = issueOf(scenario, a.issue);
  const isOpen = a.status === "open";
  const mine = a.by === mySeat;
  const points = snap.mine?.brief?.pointTable[a.issue];
  const current = snap.draft[a.issue] ?? "";
  const delta = points && a.option ? (points[a.option] ?? 0) - (current ? (points[current] ?? 0) : 0) : null;
  const crosses = snap.mine?.brief?.redLines.some((r) => r.issue === a.issue && r.options.includes(a.option));
  const canSupport = isOpen && !mine && legal.has("draft/support") && !!mySeat && !a.supporters.includes(mySeat);
  const canDecide = isOpen && legal.has("draft/accept");
  const canWithdraw = isOpen && mine && legal.has("draft/withdraw");
  const label = t("amend.summary", {
    seat: seatName(scenario, a.by),
    issue: issue ? loc(issue.name) : a.issue,
    option: optionLabel(scenario, a.issue, a.option) || t("draft.blank"),
  });
  return (
    <li class={`amendment status-${a.status}`} data-amendment={a.id}>
      <div class="amendment-main">
        <Flag code={seatFlag(scenario, a.by)} size="sm" />
        <p class="amendment-text">
          <span class="amendment-id">#{a.id}</span> {label}
        </p>
      </div>
      <div class="amendment-meta">
        <span class={`badge badge-${a.status}`}>{t(`amend.status.${a.status}`)}</span>
        <span class="supporters">
          {a.supporters.length === 0
            ? t("amend.noSupport")
            : t("amend.supportedBy", { seats: a.supporters.map((s) => seatName(scenario, s)).join(", ") })}
        </span>
        {isOpen && delta !== null && (
          <span class={`delta ${delta > 0 ? "delta-up" : delta < 0 ? "delta-down" : ""}`}>
            {t("amend.forYou", { points: delta > 0 ? `+${delta}` : String(delta) })}
          </span>
        )}
        {isOpen && crosses && <span class="badge badge-red-line">{t("brief.redLine")}</span>}
      </div>
      {(canSupport || canDecide || canWithdraw) && (
        <div class="amendment-actions">
          {canSupport && (
            <button
              type="button"
              class="button button-small"
              onClick={() => send({ type: "draft/support", amendment: a.id })}
            >
              {t("amend.support")}
              <span class="visually-hidden"> #{a.id}</span>
            </button>
          )}
          {canDecide && (
            <>
              <button
                type="button"
                class="button button-small button-primary"
                onClick={() => send({ type: "draft/accept", amendment: a.id })}
              >
                {t("amend.accept")}
                <span class="visually-hidden"> #{a.id}</span>
              </button>
              <button
                type="button"
                class="button button-small"
                onClick={() => send({ type: "draft/decline", amendment: a.id })}
              >
                {t("amend.decline")}
                <span class="visually-hidden"> #{a.id}</span>
              </button>
            </>
          )}
          {canWithdraw && (
            <button
              type="button"
              class="button button-small button-quiet"
              onClick={() => send({ type: "draft/withdraw", amendment: a.id })}
            >
              {t("amend.withdraw")}
              <span class="visually-hidden"> #{a.id}</span>
            </button>
          )}
        </div>
      )}
    </li>
  );
}
