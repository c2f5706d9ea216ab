// One table on the projector (/facilitate/:sessionId/projector?table=<id>): phase, clock, the
// draft, the seats and the public read-out in large type. The facilitator's room connection is
// used, but only the public parts of the state are shown.
import { loc, t, tOr } from "../i18n/index.ts";
import { Flag } from "../ui/flag.tsx";
import { Bar } from "./charts.tsx";
import { useFacilitatorRoom } from "./drill.tsx";
import { remainingOnServer } from "./server-time.ts";
import { clockText, useTick } from "./shell.tsx";

export function TableProjector({ tableId, fkey }: { tableId: string; fkey: string }) {
  const room = useFacilitatorRoom(tableId, fkey);
  const now = useTick(1000);
  const snap = room.snapshot;
  const sc = room.scenario;
  if (room.status === "failed")
    return (
      <p class="form-error" role="alert">
        {t("f.drill.failed", { message: room.message ?? "" })}
      </p>
    );
  if (!snap || !sc) return <p class="hint">{t("f.drill.connecting")}</p>;
  // The offset was measured when the state arrived: the clock counts down between actions.
  const remaining = remainingOnServer(snap.deadline, room.clock, now);
  const pub = snap.pub;
  return (
    <div class="fac-tproj" data-testid="table-projector">
      <header class="fac-tproj-head">
        <div>
          <p class="eyebrow">{loc(sc.title)}</p>
          <h1>
            {tOr(`f.phase.${snap.phase}`, snap.phase)}
            {snap.round > 0 && snap.phase !== "stress" && (
              <span class="muted"> · {t("f.round", { n: snap.round })}</span>
            )}
            {snap.phase === "stress" && <span class="muted"> · {t("f.year", { n: snap.year })}</span>}
          </h1>
        </div>
        <p class={`fac-tproj-clock${snap.paused ? " paused" : ""}`}>
          {snap.paused ? t("f.paused") : remaining === null ? "—" : clockText(remaining)}
        </p>
      </header>
      <ul class="fac-tproj-seats">
        {snap.seatOrder.map((id) => {
          const seat = sc.seats.find((s) => s.id === id);
          const pub = snap.seats[id];
          return (
            <li key={id} class={`${pub?.ready ? "ready" : ""}${snap.penHolder === id ? " pen" : ""}`}>
              {seat && <Flag code={seat.flag} size="lg" />}
              <span>{seat ? loc(seat.name) : id}</span>
              {snap.penHolder === id && <span class="tag fac-pen">{t("f.pen")}</span>}
            </li>
          );
        })}
      </ul>
      <div class="fac-tproj-grid">
        <section aria-labelledby="tp-draft">
          <h2 id="tp-draft">{t("f.draft")}</h2>
          <dl class="fac-tproj-draft">
            {sc.issues.map((i) => {
              const o = i.options.find((x) => x.id === snap.draft[i.id]);
              return (
                <div key={i.id} class={o ? "set" : ""}>
                  <dt>{loc(i.name)}</dt>
                  <dd>{o ? loc(o.label) : "—"}</dd>
                </div>
              );
            })}
          </dl>
        </section>
        <section aria-labelledby="tp-crit">
          <h2 id="tp-crit">{t("f.proj.criteria")}</h2>
          {pub?.readout ? (
            (["legal", "military", "political"] as const).map((c) => (
              <Bar key={c} label={t(`f.crit.${c}`)} value={pub.readout?.[c] ?? 0} tone={c} />
            ))
          ) : (
            <p class="muted">—</p>
          )}
          {pub?.table && (
            <>
              <h2 class="fac-tproj-sub">{t("f.stat.title")}</h2>
              <Bar label={t("f.stat.unity")} value={pub.table.unity} tone="legal" />
              <Bar label={t("f.stat.ukraineSecurity")} value={pub.table.ukraineSecurity} tone="military" />
              <Bar label={t("f.stat.grievance")} value={pub.table.grievance} tone="bad" />
            </>
          )}
          {/* A table ended from the lobby was not played: its computed outcome says nothing. */}
          {pub?.notPlayed ? (
            <p class="fac-proj-verdict">{t("f.proj.notPlayed")}</p>
          ) : (
            pub?.outcome && <p class="fac-proj-verdict">{tOr(`f.outcome.${pub.outcome}`, pub.outcome)}</p>
          )}
        </section>
      </div>
    </div>
  );
}
