// Straw polls: "would you sign the draft as it stands?". Any seat may ask (when `legal` says so);
// while a poll is open each seat answers, naming the issues that stop it. The answers are public:
// per seat, signs / would not sign and why / no answer yet / no answer (once the poll has closed).
// Whether a poll still takes answers is the engine's `pollOpen`, read against the server's clock.
import { POLL_ANSWER_MS, pollOpen } from "@ironclad/engine";
import { useId, useState } from "preact/hooks";
import { loc, t } from "../i18n/index.ts";
import type { PublicPart, TableSnapshot } from "../net/table-types.ts";
import { Flag } from "../ui/flag.tsx";
import { formatClock, remainingMs, useTick } from "./server-clock.ts";
import { issueOf, seatFlag, seatName, useTable } from "./table-context.ts";

type Poll = PublicPart["polls"][number];

/** What a seat's line in a poll says. */
type AnswerState = "sign" | "no" | "waiting" | "none";

function answerState(poll: Poll, seat: string, open: boolean): AnswerState {
  const a = poll.answers[seat];
  if (a) return a.sign ? "sign" : "no";
  return open ? "waiting" : "none";
}

function sameDraft(a: TableSnapshot["draft"], b: Poll["draft"]): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const k of keys) if ((a[k] ?? "") !== (b[k] ?? "")) return false;
  return true;
}

/** The straw poll: ask, answer, and every seat's answer to the latest poll (earlier ones folded away). */
export function PollPanel() {
  const { snap, scenario, mySeat, legal, send, clockOffset } = useTable();
  const polls = snap.pub?.polls ?? [];
  const latest = polls.at(-1);
  const closesAt = latest ? latest.at + POLL_ANSWER_MS : 0;
  const tick = useTick(latest !== undefined && closesAt > Date.now() + clockOffset - 1_000);
  const serverNow = tick + clockOffset;
  const open = latest ? pollOpen({ seatOrder: snap.seatOrder }, latest, serverNow) : false;
  const canAsk = legal.has("poll/ask");
  const canAnswer = open && !!mySeat && !latest?.answers[mySeat] && legal.has("poll/answer");
  const earlier = polls.slice(0, -1).reverse();
  return (
    <section class="panel poll-panel" aria-labelledby="poll-title">
      <header class="panel-head">
        <h2 id="poll-title">{t("poll.title")}</h2>
        {latest && (
          <p class="panel-meta">
            {open ? (
              <span role="timer">
                {t("poll.closesIn", { time: formatClock(remainingMs(closesAt, clockOffset, tick)) })}
              </span>
            ) : (
              t("poll.closed")
            )}
          </p>
        )}
      </header>
      {!latest && <p class="muted">{t("poll.none")}</p>}
      {latest && (
        <>
          <p class="poll-question">
            <Flag code={seatFlag(scenario, latest.by)} size="sm" />
            <span>
              {t("poll.asked", {
                seat: seatName(scenario, latest.by),
                id: latest.id,
                round: latest.round,
              })}
            </span>
          </p>
          {!sameDraft(snap.draft, latest.draft) && <p class="panel-hint">{t("poll.draftChanged")}</p>}
          {canAnswer && <AnswerForm poll={latest} />}
          <PollResults poll={latest} open={open} />
        </>
      )}
      {canAsk && (
        <div class="poll-actions">
          <button type="button" class="button button-small" onClick={() => send({ type: "poll/ask" })}>
            {t("poll.ask")}
          </button>
        </div>
      )}
      {!canAsk && snap.phase === "negotiation" && !open && <p class="panel-hint">{t("poll.askHint")}</p>}
      {earlier.length > 0 && (
        <details class="poll-earlier">
          <summary>{t("poll.earlier", { count: earlier.length })}</summary>
          <ul>
            {earlier.map((p) => (
              <li key={p.id}>
                <p class="poll-question">
                  {t("poll.asked", { seat: seatName(scenario, p.by), id: p.id, round: p.round })}
                </p>
                <PollResults poll={p} open={false} />
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Would I sign? If not, which issues stop me. */
function AnswerForm({ poll }: { poll: Poll }) {
  const { scenario, send } = useTable();
  const [sign, setSign] = useState<boolean | null>(null);
  const [blockers, setBlockers] = useState<string[]>([]);
  const name = useId();
  const toggle = (issue: string, on: boolean) =>
    setBlockers((b) => (on ? [...b.filter((x) => x !== issue), issue] : b.filter((x) => x !== issue)));
  return (
    <form
      class="poll-answer"
      onSubmit={(e) => {
        e.preventDefault();
        if (sign === null) return;
        send({ type: "poll/answer", poll: poll.id, sign, blockers: sign ? [] : blockers });
      }}
    >
      <fieldset class="poll-choice">
        <legend>{t("poll.question")}</legend>
        <label>
          <input type="radio" name={name} checked={sign === true} onChange={() => setSign(true)} />
          {t("poll.wouldSign")}
        </label>
        <label>
          <input type="radio" name={name} checked={sign === false} onChange={() => setSign(false)} />
          {t("poll.wouldNotSign")}
        </label>
      </fieldset>
      {sign === false && (
        <fieldset class="poll-blockers">
          <legend>{t("poll.whatStops")}</legend>
          {scenario.issues.map((issue) => (
            <label key={issue.id}>
              <input
                type="checkbox"
                value={issue.id}
                checked={blockers.includes(issue.id)}
                onChange={(e) => toggle(issue.id, e.currentTarget.checked)}
              />
              {loc(issue.name)}
            </label>
          ))}
        </fieldset>
      )}
      <button type="submit" class="button button-small button-primary" disabled={sign === null}>
        {t("poll.send")}
      </button>
    </form>
  );
}

/** Every negotiating seat's answer to `poll`, with a count above. */
function PollResults({ poll, open }: { poll: Poll; open: boolean }) {
  const { snap, scenario, mySeat } = useTable();
  const states = snap.seatOrder.map((seat) => [seat, answerState(poll, seat, open)] as const);
  const count = (s: AnswerState) => states.filter(([, x]) => x === s).length;
  return (
    <>
      <p class="poll-tally">
        {t("poll.tally", {
          sign: count("sign"),
          no: count("no"),
          missing: count("waiting") + count("none"),
        })}
      </p>
      <table class="poll-results" data-poll={poll.id}>
        <caption class="visually-hidden">{t("poll.resultsCaption", { id: poll.id })}</caption>
        <tbody>
          {states.map(([seat, state]) => {
            const blockers = poll.answers[seat]?.blockers ?? [];
            return (
              <tr key={seat} class={`poll-row answer-${state}${seat === mySeat ? " is-me" : ""}`} data-seat={seat}>
                <th scope="row">
                  <Flag code={seatFlag(scenario, seat)} size="sm" />
                  {seatName(scenario, seat)}
                </th>
                <td>
                  <span class={`poll-answer-badge answer-${state}`}>{t(`poll.answer.${state}`)}</span>
                  {state === "no" && blockers.length > 0 && (
                    <span class="poll-blocker-list">
                      {t("poll.blockedBy", {
                        issues: blockers.map((id) => loc(issueOf(scenario, id)?.name) || id).join(", "),
                      })}
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
