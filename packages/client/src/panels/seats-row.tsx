// The seats around the table: flag, name, the people of each delegation, connected / away / bot,
// ready, the pen, and during a vote each seat's ballot.
import { t } from "../i18n/index.ts";
import { Flag } from "../ui/flag.tsx";
import { seatFlag, seatName, useTable } from "./table-context.ts";

/** Every negotiating seat in table order. */
export function SeatsRow() {
  const { snap, scenario, mySeat } = useTable();
  const vote = snap.phase === "vote" ? snap.pub?.votes.at(-1) : undefined;
  return (
    <section
      class="seats-row"
      aria-label={t("seats.label")}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: on a phone the row scrolls sideways, and a scrolling region must take the focus so the keyboard can scroll it (WCAG 2.1.1; axe's scrollable-region-focusable)
      tabIndex={0}
    >
      <ul class="seats">
        {snap.seatOrder.map((id) => {
          const seat = snap.seats[id];
          if (!seat) return null;
          const presence =
            seat.controller === "bot" ? "bot" : seat.away ? "away" : seat.connected > 0 ? "online" : "away";
          const ballot = vote?.ballots[id];
          const people = seat.people.length > 0 ? seat.people.join(", ") : t("seats.noPeople");
          return (
            <li
              key={id}
              class={`seat-card presence-${presence}${id === mySeat ? " is-me" : ""}${snap.penHolder === id ? " has-pen" : ""}`}
              data-seat={id}
            >
              <Flag code={seatFlag(scenario, id)} />
              <div class="seat-card-text">
                <p class="seat-card-name">
                  <span class="seat-card-name-text">{seatName(scenario, id)}</span>
                  {id === mySeat && <span class="tag tag-you">{t("seats.you")}</span>}
                </p>
                <p class="seat-card-people">
                  <span class={`presence-dot presence-dot-${presence}`} aria-hidden="true" />
                  <span class="visually-hidden">{t(`seats.presence.${presence}`)}: </span>
                  {seat.controller === "bot" ? t("seats.bot") : people}
                </p>
              </div>
              <div class="seat-card-marks">
                {snap.penHolder === id && (
                  <span class="mark-pen" title={t("seats.pen")}>
                    <PenIcon />
                    <span class="visually-hidden">{t("seats.pen")}</span>
                  </span>
                )}
                {seat.ready && (snap.phase === "briefing" || snap.phase === "negotiation") && (
                  <span class="mark-ready">{t("seats.ready")}</span>
                )}
                {ballot && <span class={`mark-ballot ballot-${ballot}`}>{t(`ballot.${ballot}`)}</span>}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/** The pen, as a small icon. */
export function PenIcon() {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d="M4 20l1.2-4.8L16.5 3.9a2 2 0 0 1 2.8 0l.8.8a2 2 0 0 1 0 2.8L8.8 18.8Z" />
      <path d="M14 6.5 17.5 10" />
    </svg>
  );
}
