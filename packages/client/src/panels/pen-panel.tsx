// The pen in the draft's header: who holds it, who is asking for it and with whose backing, how many
// backers move it (the engine's `penMajority`), and, when the holder leaves an amendment undecided
// while someone asks, the countdown to the lapse. Buttons only for what `legal` lists.
import { penMajority } from "@ironclad/engine";
import { t } from "../i18n/index.ts";
import { Flag } from "../ui/flag.tsx";
import { formatClock, remainingMs, useTick } from "./server-clock.ts";
import { seatFlag, seatName, useTable } from "./table-context.ts";

/** Requests for the pen, the buttons to ask and to back, and the lapse countdown (during the talks). */
export function PenControl() {
  const { snap, scenario, mySeat, legal, send, clockOffset } = useTable();
  const requests = snap.pub?.penRequests ?? [];
  const lapseAt = snap.pub?.penLapseAt ?? null;
  const tick = useTick(lapseAt !== null);
  const canAsk = legal.has("pen/request");
  const canBack = legal.has("pen/back");
  if (snap.phase !== "negotiation" || (requests.length === 0 && !canAsk)) return null;
  const needed = penMajority({ seatOrder: snap.seatOrder });
  const oldest = requests[0];
  const time = lapseAt === null ? "" : formatClock(remainingMs(lapseAt, clockOffset, tick));
  return (
    <div class="pen-control">
      {requests.length > 0 && (
        <ul class="pen-requests">
          {requests.map((r) => {
            const backsIt = !!mySeat && r.backers.includes(mySeat);
            return (
              <li key={r.seat} class="pen-request" data-seat={r.seat}>
                <Flag code={seatFlag(scenario, r.seat)} size="sm" />
                <span class="pen-request-text">
                  {r.seat === mySeat ? t("pen.youAsk") : t("pen.asks", { seat: seatName(scenario, r.seat) })}
                  <span class="pen-backers">
                    {t("pen.backers", {
                      count: r.backers.length,
                      needed,
                      seats: r.backers.map((s) => seatName(scenario, s)).join(", "),
                    })}
                  </span>
                </span>
                {canBack && !backsIt && (
                  <button
                    type="button"
                    class="button button-small"
                    onClick={() => send({ type: "pen/back", seat: r.seat })}
                  >
                    {t("pen.back", { seat: seatName(scenario, r.seat) })}
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {lapseAt !== null && oldest && (
        <p class="pen-lapse" role="timer">
          {oldest.seat === mySeat
            ? t("pen.lapseToYou", { time })
            : t("pen.lapse", { seat: seatName(scenario, oldest.seat), time })}
        </p>
      )}
      {canAsk && (
        <button type="button" class="button button-small" onClick={() => send({ type: "pen/request" })}>
          {t("pen.ask")}
        </button>
      )}
    </div>
  );
}
