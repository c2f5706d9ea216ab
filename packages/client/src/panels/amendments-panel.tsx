// Amendments: who proposed what, who supports and who opposes it, and the buttons the engine's view
// offers for each — support or oppose, accept or decline (the pen-holder), withdraw (its author) — with
// my own point change and red lines for each, from the view's affordances: no rule is decided here.
import type { AmendmentAct, AmendmentWorth, DealReadout } from "@ironclad/engine";
import { useEffect, useState } from "preact/hooks";
import { loc, t } from "../i18n/index.ts";
import type { AmendmentView, PrivatePart } from "../net/table-types.ts";
import { Flag } from "../ui/flag.tsx";
import { closedAmendments } from "./closed-amendments.ts";
import { issueOf, optionLabel, seatFlag, seatName, useTable } from "./table-context.ts";

type PreviewFn = typeof import("./deal-preview.ts").readoutWith;
let previewFn: PreviewFn | null = null;

/** The deal model's preview function, loaded on first need (it brings the engine along). */
function usePreviewFn(enabled: boolean): PreviewFn | null {
  const [fn, setFn] = useState<PreviewFn | null>(() => previewFn);
  useEffect(() => {
    if (!enabled || fn) return;
    void import("./deal-preview.ts").then((m) => {
      previewFn = m.readoutWith;
      setFn(() => m.readoutWith);
    });
  }, [enabled]);
  return fn;
}

const PREVIEW_METRICS = ["legal", "military", "political", "clarity", "escalation", "deterrence"] as const;

/** What the read-out would be if an amendment were accepted, against the draft's read-out now. */
function ReadoutChange({ before, after }: { before: DealReadout | null; after: DealReadout }) {
  return (
    <details class="amend-readout">
      <summary>
        {t("amend.ifAccepted")}{" "}
        <span class="amend-readout-key">
          {t("criteria.deterrence")} {Math.round(after.deterrence)}
          {before && <Delta value={after.deterrence - before.deterrence} />}
        </span>
      </summary>
      <dl>
        {PREVIEW_METRICS.map((m) => (
          <div key={m} class={`amend-metric metric-${m}`}>
            <dt>{t(`criteria.${m}`)}</dt>
            <dd>
              {Math.round(after[m])}
              {before && <Delta value={after[m] - before[m]} />}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}

function Delta({ value }: { value: number }) {
  const v = Math.round(value);
  if (v === 0) return <span class="delta"> (±0)</span>;
  return <span class={`delta ${v > 0 ? "delta-up" : "delta-down"}`}> ({v > 0 ? `+${v}` : v})</span>;
}

/** The amendments of this round, open first. */
export function AmendmentsPanel() {
  const { snap } = useTable();
  const open = snap.amendments.filter((a) => a.status === "open");
  const preview = usePreviewFn(open.length > 0);
  const closed = closedAmendments(snap.amendments);
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
            <AmendmentItem key={a.id} amendment={a} preview={preview} />
          ))}
        </ul>
      )}
      {closed.length > 0 && (
        <details class="closed-amendments">
          <summary>{t("amend.closed", { count: closed.length })}</summary>
          <ul class="amendment-list">
            {closed.map((a) => (
              <AmendmentItem key={a.id} amendment={a} preview={null} />
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function AmendmentItem({ amendment: a, preview }: { amendment: AmendmentView; preview: PreviewFn | null }) {
  const { snap, scenario, send } = useTable();
  const issue = issueOf(scenario, a.issue);
  const isOpen = a.status === "open";
  // What I may do with it and what it is worth to me: the engine's view says, per amendment.
  const { acts, worth } = amendmentAffordance(snap.mine, a);
  const delta = worth?.change ?? null;
  const crosses = (worth?.redLinesCrossed.length ?? 0) > 0;
  const opponents = a.opponents ?? [];
  const canSupport = acts.has("support");
  const canOppose = acts.has("oppose");
  const canAccept = acts.has("accept");
  const canDecline = acts.has("decline");
  const canWithdraw = acts.has("withdraw");
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
        {opponents.length > 0 && (
          <span class="opponents">
            {t("amend.opposedBy", { seats: opponents.map((s) => seatName(scenario, s)).join(", ") })}
          </span>
        )}
        {isOpen && delta !== null && (
          <span class={`delta ${delta > 0 ? "delta-up" : delta < 0 ? "delta-down" : ""}`}>
            {t("amend.forYou", { points: delta > 0 ? `+${delta}` : String(delta) })}
          </span>
        )}
        {isOpen && crosses && <span class="badge badge-red-line">{t("brief.redLine")}</span>}
      </div>
      {isOpen && preview && <AmendmentReadout amendment={a} preview={preview} />}
      {acts.size > 0 && (
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
          {canOppose && (
            <button
              type="button"
              class="button button-small"
              onClick={() => send({ type: "draft/oppose", amendment: a.id })}
            >
              {t("amend.oppose")}
              <span class="visually-hidden"> #{a.id}</span>
            </button>
          )}
          {canAccept && (
            <button
              type="button"
              class="button button-small button-primary"
              onClick={() => send({ type: "draft/accept", amendment: a.id })}
            >
              {t("amend.accept")}
              <span class="visually-hidden"> #{a.id}</span>
            </button>
          )}
          {canDecline && (
            <button
              type="button"
              class="button button-small"
              onClick={() => send({ type: "draft/decline", amendment: a.id })}
            >
              {t("amend.decline")}
              <span class="visually-hidden"> #{a.id}</span>
            </button>
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

const NO_ACTS: ReadonlySet<AmendmentAct> = new Set();

/** What the viewer may do with amendment `a` and what it is worth to them, as the engine's view gives it (nothing for a closed one). */
export function amendmentAffordance(
  mine: PrivatePart | null,
  a: Pick<AmendmentView, "id" | "status">,
): { acts: ReadonlySet<AmendmentAct>; worth: AmendmentWorth | null } {
  const found = a.status === "open" ? mine?.affordances.find((x) => x.amendment === a.id) : undefined;
  return { acts: found ? new Set(found.acts) : NO_ACTS, worth: found?.worth ?? null };
}

function AmendmentReadout({ amendment: a, preview }: { amendment: AmendmentView; preview: PreviewFn }) {
  const { snap, scenario } = useTable();
  const after = preview(scenario, snap, a.issue, a.option);
  if (!after) return <p class="amend-readout-wait">{t("amend.readoutLater")}</p>;
  return <ReadoutChange before={snap.pub?.readout ?? null} after={after} />;
}
