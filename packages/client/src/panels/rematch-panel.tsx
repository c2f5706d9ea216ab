// A rematch from the debrief (#21, item 3): a seated person offers the table the same game again,
// seats kept or rotated one place among the people; everyone at the table sees the offer, who made
// it, each person's answer and seat there, and the time left, and answers it. The server decides
// when it starts and with whom; once it starts, the page goes to the new table by itself.
import type { RematchNotice, RematchPerson, RematchSeating } from "@ironclad/engine/protocol";
import { useEffect, useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { seatName, useTable } from "./table-context.ts";
import "./rematch-panel.css";

/** Seconds left until the offer's deadline, by the server's clock, ticking each second. */
function useSecondsLeft(deadline: number, clockOffset: number): number {
  const left = () => Math.max(0, Math.ceil((deadline - (Date.now() + clockOffset)) / 1000));
  const [seconds, setSeconds] = useState(left);
  useEffect(() => {
    setSeconds(left());
    const id = setInterval(() => setSeconds(left()), 1000);
    return () => clearInterval(id);
  }, [deadline, clockOffset]);
  return seconds;
}

/** What a person's answer says, with their connection: away and left say more than "waiting". */
function answerLabel(p: RematchPerson): { text: string; kind: string } {
  if (p.left) return { text: t("rematch.person.left"), kind: "left" };
  if (p.answer === "accepted") return { text: t("rematch.person.accepted"), kind: "accepted" };
  if (p.answer === "declined") return { text: t("rematch.person.declined"), kind: "declined" };
  if (!p.connected) return { text: t("rematch.person.away"), kind: "away" };
  return { text: t("rematch.person.waiting"), kind: "waiting" };
}

/** The open offer: who made it, how it seats people, each person's answer, the time left, and my answer. */
function OpenOffer({ offer }: { offer: RematchNotice }) {
  const { scenario, mySeat, clockOffset, answerRematch } = useTable();
  const seconds = useSecondsLeft(offer.deadline, clockOffset);
  const me = offer.people.find((p) => p.seat === mySeat);
  const mine = offer.by.seat === mySeat;
  return (
    <div class="rematch-offer" data-offer={offer.offer} data-status={offer.status}>
      <p class="rematch-offer-title">
        <strong>{t("rematch.offered", { name: offer.by.name })}</strong>{" "}
        {offer.seats === "rotated" ? t("rematch.offeredRotated") : t("rematch.offeredKept")}
      </p>
      <ul class="rematch-people">
        {offer.people.map((p) => {
          const said = answerLabel(p);
          return (
            <li key={p.seat} class="rematch-person" data-seat={p.seat} data-answer={said.kind}>
              <span class="rematch-who">
                <strong>{p.name}</strong> · {seatName(scenario, p.seat)}
                {offer.seats === "rotated" && p.to !== p.seat && !p.left && p.answer !== "declined" && (
                  <span class="rematch-to"> → {t("rematch.seatThere", { seat: seatName(scenario, p.to) })}</span>
                )}
              </span>
              <span class={`rematch-answer is-${said.kind}`}>{said.text}</span>
            </li>
          );
        })}
      </ul>
      <p class="panel-hint rematch-deadline" aria-live="off">
        {t("rematch.deadline", { s: seconds })}
      </p>
      {me && answerRematch && (
        <div class="rematch-actions">
          {mine ? (
            <button type="button" class="button button-small" onClick={() => answerRematch(offer.offer, false)}>
              {t("rematch.withdraw")}
            </button>
          ) : (
            <>
              <button
                type="button"
                class={`button button-small${me.answer === "declined" ? "" : " button-primary"}`}
                aria-pressed={me.answer === "accepted"}
                onClick={() => answerRematch(offer.offer, true)}
              >
                {t("rematch.accept")}
              </button>
              <button
                type="button"
                class="button button-small"
                aria-pressed={me.answer === "declined"}
                onClick={() => answerRematch(offer.offer, false)}
              >
                {t("rematch.decline")}
              </button>
            </>
          )}
        </div>
      )}
    </div>
  );
}

/** How the last offer ended, for those it left here. */
function outcomeText(offer: RematchNotice, mySeat: string | null): string {
  if (offer.status === "withdrawn") return t("rematch.withdrawn", { name: offer.by.name });
  if (offer.status === "expired") {
    if (offer.reason === "rematch/expired") return t("rematch.expired");
    // The table's own scenario went with its facilitator's session: offering again cannot help.
    return offer.reason === "scenario/not_found" ? t("rematch.scenarioGone") : t("rematch.failed");
  }
  const me = offer.people.find((p) => p.seat === mySeat);
  return me && me.answer === "accepted" ? t("rematch.started") : t("rematch.startedWithout");
}

/** The debrief's rematch: the open offer, or a way to make one (and how the last one ended). */
export function Rematch() {
  const { mySeat, rematch, offerRematch } = useTable();
  const [seats, setSeats] = useState<RematchSeating>("kept");
  if (!offerRematch) return null;
  if (rematch?.status === "open") return <OpenOffer offer={rematch} />;
  return (
    <div class="rematch-make">
      {rematch && (
        <p class="rematch-outcome" role="status">
          {outcomeText(rematch, mySeat)}
        </p>
      )}
      <p class="panel-hint">{t("rematch.hint")}</p>
      <fieldset class="rematch-seating">
        <legend>{t("rematch.seating")}</legend>
        {(["kept", "rotated"] as const).map((value) => (
          <label key={value} class="rematch-choice" data-seats={value}>
            <input
              type="radio"
              name="rematch-seats"
              value={value}
              checked={seats === value}
              onChange={() => setSeats(value)}
            />
            <span>{value === "kept" ? t("rematch.kept") : t("rematch.rotated")}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" class="button button-primary" onClick={() => offerRematch(seats)}>
        {t("rematch.offer")}
      </button>
    </div>
  );
}
