// The signing vote: the package on the table, each seat's ballot as it is cast, and my Sign /
// Decline buttons while the vote is open. Focus moves here when a vote opens.
import { useEffect, useRef } from "preact/hooks";
import { loc, t } from "../i18n/index.ts";
import { Flag } from "../ui/flag.tsx";
import { ScoreVsNoDeal } from "./analysis-panel.tsx";
import { optionLabel, seatFlag, seatName, useTable } from "./table-context.ts";

/** Shown while a vote is open (phase `vote`). */
export function SigningDialog() {
  const { snap, scenario, mySeat, legal, send } = useTable();
  const vote = snap.pub?.votes.at(-1);
  const heading = useRef<HTMLHeadingElement>(null);
  const dialog = useRef<HTMLElement>(null);
  const myBallotRef = useRef<HTMLParagraphElement>(null);
  // The vote takes the focus, unless the person is typing (a half-written message is not interrupted).
  useEffect(() => {
    const active = document.activeElement;
    if (
      active instanceof HTMLInputElement ||
      active instanceof HTMLTextAreaElement ||
      active instanceof HTMLSelectElement
    )
      return;
    heading.current?.focus();
  }, [vote?.id]);
  // The focus never falls to the page top (#18): a cast ballot replaces the pressed button, so the
  // ballot takes it; a closing vote takes the dialog away, so the table pane does.
  const cast = mySeat ? vote?.ballots[mySeat] : undefined;
  useEffect(() => {
    if (cast && (document.activeElement === document.body || !document.activeElement))
      myBallotRef.current?.focus({ preventScroll: true });
  }, [cast]);
  useEffect(
    () => () => {
      const active = document.activeElement;
      const lost = !active || active === document.body || dialog.current?.contains(active);
      if (lost)
        setTimeout(() => {
          if (document.activeElement === document.body || !document.activeElement)
            document.getElementById("centre")?.focus({ preventScroll: true });
        }, 0);
    },
    [],
  );
  if (!vote) return null;
  const myBallot = mySeat ? vote.ballots[mySeat] : undefined;
  const preview = snap.mine?.preview;
  return (
    <section class="panel signing-dialog" role="dialog" aria-modal="false" aria-labelledby="signing-title" ref={dialog}>
      <p class="panel-eyebrow">{t("vote.eyebrow")}</p>
      <h2 id="signing-title" tabIndex={-1} ref={heading}>
        {t("vote.title", {
          seat: vote.calledBy === "facilitator" ? t("vote.facilitator") : seatName(scenario, vote.calledBy),
        })}
      </h2>
      <p class="panel-hint">{t("vote.rule")}</p>
      <ul class="package-list">
        {scenario.issues.map((issue) => (
          <li key={issue.id}>
            <span class="package-issue">{loc(issue.name)}</span>
            <span class="package-option">{optionLabel(scenario, issue.id, vote.package[issue.id])}</span>
          </li>
        ))}
      </ul>
      {preview && <ScoreVsNoDeal points={preview.points} noDeal={preview.noDealValue} />}
      {preview && preview.redLinesCrossed.length > 0 && (
        <p class="form-error">
          {t("vote.redLine", { lines: preview.redLinesCrossed.map((r) => loc(r.text)).join(" ") })}
        </p>
      )}
      <ul class="ballots" aria-label={t("vote.ballots")}>
        {snap.seatOrder.map((id) => {
          const b = vote.ballots[id];
          return (
            <li key={id} class={`ballot ballot-${b ?? "waiting"}`}>
              <Flag code={seatFlag(scenario, id)} size="sm" />
              <span>{seatName(scenario, id)}</span>
              <span class="ballot-state">{b ? t(`ballot.${b}`) : t("ballot.waiting")}</span>
            </li>
          );
        })}
      </ul>
      {mySeat && (
        <div class="signing-actions">
          {myBallot ? (
            <p class="my-ballot" role="status" tabIndex={-1} ref={myBallotRef}>
              {t("vote.youCast", { ballot: t(`ballot.${myBallot}`) })}
            </p>
          ) : (
            <>
              <button
                type="button"
                class="button button-primary button-large"
                disabled={!legal.has("vote/sign")}
                onClick={() => send({ type: "vote/sign" })}
              >
                {t("vote.sign")}
              </button>
              <button
                type="button"
                class="button button-large"
                disabled={!legal.has("vote/decline")}
                onClick={() => send({ type: "vote/decline" })}
              >
                {t("vote.decline")}
              </button>
            </>
          )}
        </div>
      )}
    </section>
  );
}
