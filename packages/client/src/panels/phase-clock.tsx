// The phase and its clock: the deadline against the server's time (corrected by the offset
// measured from the state's `now`), ticking every second.
import { t } from "../i18n/index.ts";
import { formatClock, remainingMs, useTick } from "./server-clock.ts";
import { useTable } from "./table-context.ts";

// The scenes read the clock from here too.
export { formatClock, remainingMs };

/** The phase name, its round or year, and the time left. */
export function PhaseClock() {
  const { snap, clockOffset } = useTable();
  const timed = snap.deadline > 0 && !snap.paused;
  const now = useTick(timed);
  const left = remainingMs(snap.deadline, clockOffset, now);
  const rounds = snap.pub?.timings.rounds ?? 0;
  const years = snap.pub?.timings.years ?? 0;
  let detail = "";
  if (snap.phase === "negotiation" || snap.phase === "vote") detail = t("clock.round", { round: snap.round, rounds });
  if (snap.phase === "stress") {
    detail = t("clock.year", { year: snap.year, years });
    if (snap.step) detail += ` · ${t(`step.${snap.step}`)}`;
  }
  const urgent = timed && left < 30_000;
  return (
    <div class="phase-clock" data-phase={snap.phase}>
      <div class="phase-name">
        <span class="phase-label">{t(`phase.${snap.phase}`)}</span>
        {detail && <span class="phase-detail">{detail}</span>}
      </div>
      {snap.paused ? (
        // Standing still at the time the phase keeps for its resume: a paused clock never counts down.
        <span class="clock clock-paused">
          {t("clock.paused")}
          {snap.remainingMs > 0 && ` · ${formatClock(snap.remainingMs)}`}
        </span>
      ) : timed ? (
        <span
          class={`clock${urgent ? " clock-urgent" : ""}`}
          role="timer"
          aria-label={t("clock.left", { time: formatClock(left) })}
        >
          {formatClock(left)}
        </span>
      ) : null}
    </div>
  );
}
