// Ratification and the stress test: the year track, the event card, Moscow's action, my response
// choice against what was pledged (or, for Kyiv, its own move), and each adjudicated year.
import {
  type MoscowAction,
  type ProtectedMove,
  protectedMoveCounts,
  protectedSeat,
  type Response,
  type YearRecord,
} from "@ironclad/engine";
import { protectedMoveOptions } from "../game/protected-move.ts";
import { loc, t } from "../i18n/index.ts";
import type { PublicPart } from "../net/table-types.ts";
import { Flag } from "../ui/flag.tsx";
import { pct } from "./analysis-panel.tsx";
import { seatFlag, seatName, useTable } from "./table-context.ts";

const RESPONSES: Response[] = ["nothing", "sanctions", "airDefence", "direct"];
const MOSCOW_ACTIONS: MoscowAction[] = ["comply", "hybrid", "incursion", "offensive"];

/** Ratification results, shown from ratification on. */
export function RatificationPanel() {
  const { snap, scenario } = useTable();
  const fw = snap.pub?.framework;
  if (!fw) {
    return (
      <section class="panel ratification-panel" aria-labelledby="ratify-title">
        <h2 id="ratify-title">{t("ratify.title")}</h2>
        <p>{t("ratify.noDeal")}</p>
      </section>
    );
  }
  return (
    <section class="panel ratification-panel" aria-labelledby="ratify-title">
      <header class="panel-head">
        <h2 id="ratify-title">{t("ratify.title")}</h2>
        <p class="panel-meta">
          {fw.unanimous ? t("ratify.unanimous") : t("ratify.signed", { count: fw.signatories.length })}
        </p>
      </header>
      <ul class="ratify-list">
        {fw.signatories.map((s) => {
          const r = fw.ratification[s];
          return (
            <li key={s} class={r ? (r.ratified ? "is-ratified" : "is-failed") : "is-pending"}>
              <Flag code={seatFlag(scenario, s)} size="sm" />
              <span>{seatName(scenario, s)}</span>
              <span class="muted">{r ? t("ratify.odds", { odds: pct(r.probability) }) : ""}</span>
              <span class="ratify-state">
                {r ? (r.ratified ? t("ratify.ratified") : t("ratify.failed")) : t("ratify.pending")}
              </span>
            </li>
          );
        })}
      </ul>
      {Object.keys(fw.ratification).length > 0 && (
        <p class="ratify-verdict">{fw.stands ? t("ratify.stands") : t("ratify.collapsed")}</p>
      )}
    </section>
  );
}

/** The stress test, year by year. */
export function StressPanel() {
  const { snap, scenario, mySeat, legal, send } = useTable();
  const pub = snap.pub;
  if (!pub) return null;
  const years = pub.timings.years;
  const record = pub.years.find((y) => y.year === snap.year) ?? pub.years.at(-1);
  const { owed, options } = responseChoice(pub, mySeat);
  const canRespond = legal.has("stress/respond");
  const myResponse = mySeat ? record?.responses[mySeat] : undefined;
  const kyiv = protectedSeat({ seatOrder: snap.seatOrder, scenario });
  const canMove = legal.has("stress/protected-move");
  const myMove = mySeat && mySeat === kyiv ? record?.protectedMove : undefined;
  return (
    <section class="panel stress-panel" aria-labelledby="stress-title">
      <header class="panel-head">
        <h2 id="stress-title">{t("stress.title")}</h2>
        <p class="panel-meta">{pub.framework?.stands ? t("stress.withDeal") : t("stress.noDeal")}</p>
      </header>
      <ol class="year-track" aria-label={t("stress.track")}>
        {Array.from({ length: years }, (_, i) => i + 1).map((y) => {
          const rec = pub.years.find((r) => r.year === y);
          const state = y < snap.year || rec?.adjudication ? "done" : y === snap.year ? "current" : "future";
          return (
            <li key={y} class={`year year-${state}`} aria-current={y === snap.year ? "step" : undefined}>
              <span class="year-label">{t("stress.year", { year: y })}</span>
              <span class="year-moscow">
                {rec?.moscowAction
                  ? t(`moscow.${rec.moscowAction}`)
                  : rec?.event
                    ? loc(rec.event.title)
                    : t("stress.ahead")}
              </span>
            </li>
          );
        })}
      </ol>
      {record?.event && (
        <article class="event-card" aria-labelledby="event-title">
          <p class="panel-eyebrow">
            {t("stress.eventOf", { year: record.year })}
            {record.event.injected && ` · ${t("stress.injected")}`}
          </p>
          <h3 id="event-title">{loc(record.event.title)}</h3>
          <p>{loc(record.event.text)}</p>
        </article>
      )}
      {record?.moscowAction && (
        <p class={`moscow-line moscow-${record.moscowAction}`}>
          <Flag
            code={seatFlag(scenario, scenario.seats.find((s) => s.kind === "redcell")?.id ?? "") || "ru"}
            size="sm"
          />
          <strong>{t("stress.moscowDid")}</strong> {t(`moscow.${record.moscowAction}`)}
          {record.snapBack && <span class="badge">{t("stress.snapBack")}</span>}
        </p>
      )}
      {(legal.has("stress/moscow-act") || snap.mine?.liveOdds) && <MoscowChoice />}
      {(canRespond || myResponse) && (
        <fieldset class="response-choice" disabled={!canRespond}>
          <legend>{t("stress.yourResponse")}</legend>
          <p class="panel-hint">
            {owed
              ? t("stress.owed", { response: t(`response.${owed}`) })
              : pub.framework?.stands
                ? t("stress.owesNothing")
                : t("stressScene.noPledge")}
          </p>
          <div class="response-options">
            {options.map(({ response: r, belowDuty }) => (
              <button
                type="button"
                key={r}
                class={`response-option${myResponse === r ? " is-chosen" : ""}${belowDuty ? " is-below-pledge" : ""}`}
                aria-pressed={myResponse === r}
                onClick={() => send({ type: "stress/respond", response: r })}
              >
                <span class="response-name">{t(`response.${r}`)}</span>
                <span class="response-text">{t(`response.${r}.text`)}</span>
                {belowDuty && <span class="response-warn">{t("stress.belowPledge")}</span>}
              </button>
            ))}
          </div>
        </fieldset>
      )}
      {(canMove || myMove) && (
        <ProtectedMoveChoice action={record?.moscowAction ?? null} chosen={myMove} canMove={canMove} />
      )}
      {record && <Responses record={record} kyiv={kyiv} />}
      <TableStats />
    </section>
  );
}

function rank(r: Response): number {
  return RESPONSES.indexOf(r);
}

/**
 * My response choice: what I owe this year (null: nothing), and for each response whether it falls
 * short of it. What a seat owes is the engine's (the view's `duties`: capped against hybrid pressure,
 * only for the seats the framework binds); the panel only compares ranks.
 */
export function responseChoice(
  pub: PublicPart,
  mySeat: string | null,
): { owed: Response | null; options: { response: Response; belowDuty: boolean }[] } {
  const duty = mySeat ? pub.duties?.[mySeat] : undefined;
  const owed = duty && duty !== "nothing" ? duty : null;
  return {
    owed,
    options: RESPONSES.map((response) => ({ response, belowDuty: !!owed && rank(response) < rank(owed) })),
  };
}

/** Kyiv's own move beside the guarantors' responses: four moves, each with its effect from the model. */
function ProtectedMoveChoice({
  action,
  chosen,
  canMove,
}: {
  action: MoscowAction | null;
  chosen: ProtectedMove | undefined;
  canMove: boolean;
}) {
  const { scenario, send } = useTable();
  // Under hybrid pressure the buttons stay, with the model's word that no move counts this year.
  const counts = protectedMoveCounts(action);
  return (
    <fieldset class="response-choice protected-choice" disabled={!canMove}>
      <legend>{t("stress.protectedChoice")}</legend>
      <p class={`panel-hint${counts ? "" : " protected-note"}`}>
        {counts ? t("stress.protectedHint") : t("stress.protectedHybrid")}
      </p>
      <div class="response-options">
        {protectedMoveOptions(scenario.model).map((o) => (
          <button
            type="button"
            key={o.move}
            class={`response-option${chosen === o.move ? " is-chosen" : ""}`}
            data-move={o.move}
            aria-pressed={chosen === o.move}
            onClick={() => send({ type: "stress/protected-move", move: o.move })}
          >
            <span class="response-name">{o.label}</span>
            <span class="response-text">{o.effect}</span>
          </button>
        ))}
      </div>
      {chosen && (
        <p class="protected-chosen" role="status">
          {t("stress.protectedChosen", { move: t(`protectedMove.${chosen}`) })}
        </p>
      )}
    </fieldset>
  );
}

/** This year's answers: each guarantor's response, and Kyiv's own move (everyone sees it). */
function Responses({ record, kyiv }: { record: YearRecord; kyiv: string | null }) {
  const { scenario } = useTable();
  const entries = Object.entries(record.responses);
  // Kyiv moves only when Moscow did not comply; the clock leaves it holding.
  const kyivMoves = kyiv !== null && record.moscowAction !== null && record.moscowAction !== "comply";
  const move = record.protectedMove ?? (record.adjudication ? "hold" : null);
  if (entries.length === 0 && !kyivMoves) return null;
  return (
    <ul class="responses">
      {entries.map(([seat, r]) => (
        <li key={seat} class={record.brokenPromises.includes(seat) ? "is-broken" : ""}>
          <Flag code={seatFlag(scenario, seat)} size="sm" />
          <span>{seatName(scenario, seat)}</span>
          <span>{t(`response.${r}`)}</span>
          {record.brokenPromises.includes(seat) && <span class="badge badge-red-line">{t("stress.broken")}</span>}
        </li>
      ))}
      {kyivMoves && (
        <li class="protected-move" data-move={move ?? ""}>
          <Flag code={seatFlag(scenario, kyiv)} size="sm" />
          <span>{t("stress.protectedMove", { seat: seatName(scenario, kyiv) })}</span>
          <span class={move ? "" : "muted"}>{move ? t(`protectedMove.${move}`) : t("stressScene.waiting")}</span>
          {move && !protectedMoveCounts(record.moscowAction) ? (
            <span class="badge">{t("stress.protectedNoEffect")}</span>
          ) : move && !record.protectedMove ? (
            <span class="badge">{t("stress.protectedByClock")}</span>
          ) : null}
        </li>
      )}
    </ul>
  );
}

/** Ukraine's security, escalation and Western unity now. */
export function TableStats() {
  const { snap } = useTable();
  const s = snap.pub?.table;
  if (!s) return null;
  return (
    <dl class="table-stats">
      <div>
        <dt>{t("stats.security")}</dt>
        <dd>{Math.round(s.ukraineSecurity)}</dd>
      </div>
      <div>
        <dt>{t("stats.escalation")}</dt>
        <dd>{t(`escalation.${Math.min(4, Math.max(0, Math.round(s.escalation))) as 0 | 1 | 2 | 3 | 4}`)}</dd>
      </div>
      <div>
        <dt>{t("stats.unity")}</dt>
        <dd>{Math.round(s.unity)}</dd>
      </div>
    </dl>
  );
}

/** A human Moscow (the red cell) sees this year's odds live and chooses its action. */
function MoscowChoice() {
  const { snap, legal, send } = useTable();
  const odds = snap.mine?.liveOdds;
  const canAct = legal.has("stress/moscow-act");
  return (
    <fieldset class="response-choice moscow-choice" disabled={!canAct}>
      <legend>{t("stress.moscowChoice")}</legend>
      <div class="response-options">
        {MOSCOW_ACTIONS.map((a) => (
          <button
            type="button"
            key={a}
            class="response-option"
            data-moscow={a}
            onClick={() => send({ type: "stress/moscow-act", action: a })}
          >
            <span class="response-name">{t(`moscow.${a}`)}</span>
            {odds && <span class="response-text">{t("stress.odds", { odds: pct(odds[a]) })}</span>}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
