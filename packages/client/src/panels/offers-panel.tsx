// Linked offers: "I support (or, holding the pen, accept) A if you support B", to one seat or to the
// whole table. A form to make one from the open amendments, and every offer with its status, the
// Accept / Decline / Withdraw buttons the view's `offerAffordances` give (offer-acts.ts), and once
// accepted each term's fate: kept, broken or void, as the engine settles it when the amendment closes.
import { useId, useState } from "preact/hooks";
import { loc, t } from "../i18n/index.ts";
import type { AmendmentView, ClientAction, PublicPart } from "../net/table-types.ts";
import { Flag } from "../ui/flag.tsx";
import { offerActsOf } from "./offer-acts.ts";
import { issueOf, optionLabel, seatFlag, seatName, useTable } from "./table-context.ts";

type Offer = PublicPart["offers"][number];
type Term = Offer["gives"][number];
type Act = Term["act"];

/** "#3 Kyiv: European force → Forward tripwire" for an amendment (or its number alone if it is unknown). */
export function useAmendmentLabel(): (id: number) => string {
  const { snap, scenario } = useTable();
  return (id) => {
    const a = snap.amendments.find((m) => m.id === id);
    if (!a) return `#${id}`;
    const issue = issueOf(scenario, a.issue);
    return t("offers.amendment", {
      id,
      seat: seatName(scenario, a.by),
      issue: issue ? loc(issue.name) : a.issue,
      option: optionLabel(scenario, a.issue, a.option) || t("draft.blank"),
    });
  };
}

/** The offers of the game, newest first, and the form to make one. */
export function OffersPanel() {
  const { snap, legal } = useTable();
  const offers = snap.pub?.offers ?? [];
  const open = offers.filter((o) => o.status === "open").reverse();
  const settled = offers.filter((o) => o.status !== "open").reverse();
  return (
    <section class="panel offers-panel" aria-labelledby="offers-title">
      <header class="panel-head">
        <h2 id="offers-title">{t("offers.title")}</h2>
        <p class="panel-meta">{t("offers.openCount", { count: open.length })}</p>
      </header>
      {offers.length === 0 && <p class="muted">{t("offers.none")}</p>}
      {open.length > 0 && (
        <ul class="offer-list">
          {open.map((o) => (
            <OfferItem key={o.id} offer={o} />
          ))}
        </ul>
      )}
      {settled.length > 0 && (
        <details class="closed-offers" open={open.length === 0}>
          <summary>{t("offers.closed", { count: settled.length })}</summary>
          <ul class="offer-list">
            {settled.map((o) => (
              <OfferItem key={o.id} offer={o} />
            ))}
          </ul>
        </details>
      )}
      {legal.has("offer/make") && <OfferForm />}
    </section>
  );
}

function OfferItem({ offer: o }: { offer: Offer }) {
  const { snap, scenario, mySeat, send } = useTable();
  const name = (seat: string) => seatName(scenario, seat);
  const mine = o.by === mySeat;
  const toMe = o.to === mySeat;
  const acts = offerActsOf(snap.mine, o);
  const canAccept = acts.has("accept");
  const canDecline = acts.has("decline");
  const canWithdraw = acts.has("withdraw");
  const heading = t("offers.heading", {
    id: o.id,
    by: name(o.by),
    to: o.to === null ? t("offers.theTable") : name(o.to),
  });
  const taker = o.acceptedBy ? name(o.acceptedBy) : o.to === null ? t("offers.whoeverAccepts") : name(o.to);
  return (
    <li class={`offer status-${o.status}${mine ? " is-mine" : ""}${toMe ? " is-to-me" : ""}`} data-offer={o.id}>
      <div class="offer-head">
        <Flag code={seatFlag(scenario, o.by)} size="sm" />
        <p class="offer-text">{heading}</p>
        <span class={`badge badge-${o.status}`}>{t(`offers.status.${o.status}`)}</span>
      </div>
      <div class="offer-sides">
        <TermList title={t("offers.gives", { seat: name(o.by) })} terms={o.gives} settled={o.status === "accepted"} />
        <TermList title={t("offers.inReturn", { seat: taker })} terms={o.asks} settled={o.status === "accepted"} />
      </div>
      {o.status === "accepted" && o.acceptedBy && (
        <p class="offer-accepted">{t("offers.acceptedBy", { seat: name(o.acceptedBy) })}</p>
      )}
      {(canAccept || canDecline || canWithdraw) && (
        <div class="amendment-actions">
          {canAccept && (
            <button
              type="button"
              class="button button-small button-primary"
              onClick={() => send({ type: "offer/accept", offer: o.id })}
            >
              {t("offers.accept")}
              <span class="visually-hidden"> #{o.id}</span>
            </button>
          )}
          {canDecline && (
            <button
              type="button"
              class="button button-small"
              onClick={() => send({ type: "offer/decline", offer: o.id })}
            >
              {t("offers.decline")}
              <span class="visually-hidden"> #{o.id}</span>
            </button>
          )}
          {canWithdraw && (
            <button
              type="button"
              class="button button-small button-quiet"
              onClick={() => send({ type: "offer/withdraw", offer: o.id })}
            >
              {t("offers.withdraw")}
              <span class="visually-hidden"> #{o.id}</span>
            </button>
          )}
        </div>
      )}
    </li>
  );
}

/** One side's terms; once the offer is accepted, each with its result (or "pending"). */
function TermList({ title, terms, settled }: { title: string; terms: Term[]; settled: boolean }) {
  const label = useAmendmentLabel();
  return (
    <div class="offer-side">
      <p class="offer-side-title">{title}</p>
      <ul class="offer-terms">
        {terms.map((term) => (
          <li key={`${term.act}-${term.amendment}`} class="offer-term">
            <span>{t(`offers.act.${term.act}`, { amendment: label(term.amendment) })}</span>
            {settled && (
              <span class={`term-result result-${term.result ?? "pending"}`}>
                {t(`offers.result.${term.result ?? "pending"}`)}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The acts one party may take on an amendment: support, and acceptance when that party holds the pen. */
function actsFor(party: string | null, penHolder: string): Act[] {
  return party !== null && party === penHolder ? ["support", "accept"] : ["support"];
}

/** To whom, what I give and what I ask, picked from the open amendments. */
function OfferForm() {
  const { snap, scenario, mySeat, send } = useTable();
  const [to, setTo] = useState("");
  const [gives, setGives] = useState<Record<number, Act | "">>({});
  const [asks, setAsks] = useState<Record<number, Act | "">>({});
  const toId = useId();
  const label = useAmendmentLabel();
  if (!mySeat) return null;
  const openAmendments = snap.amendments.filter((a) => a.status === "open");
  const recipient = to === "" ? null : to;
  const myActs = actsFor(mySeat, snap.penHolder);
  const theirActs = actsFor(recipient, snap.penHolder);
  const pick = (side: Record<number, Act | "">, acts: Act[]) =>
    openAmendments.flatMap((a) => {
      const act = side[a.id];
      return act && acts.includes(act) ? [{ act, amendment: a.id }] : [];
    });
  const giveTerms = pick(gives, myActs);
  const askTerms = pick(asks, theirActs);
  const ready = giveTerms.length > 0 && askTerms.length > 0;
  const theirTitle = recipient ? t("offers.theyGive", { seat: seatName(scenario, recipient) }) : t("offers.tableGives");
  const submit = () => {
    const action: ClientAction = { type: "offer/make", to: recipient, gives: giveTerms, asks: askTerms };
    send(action);
    setGives({});
    setAsks({});
  };
  return (
    <details class="offer-form-box">
      <summary>{t("offers.make")}</summary>
      <form
        class="offer-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) submit();
        }}
      >
        <div class="field offer-to">
          <label for={toId}>{t("offers.to")}</label>
          <select id={toId} value={to} onChange={(e) => setTo(e.currentTarget.value)}>
            <option value="">{t("offers.theTable")}</option>
            {snap.seatOrder
              .filter((s) => s !== mySeat)
              .map((s) => (
                <option key={s} value={s}>
                  {seatName(scenario, s)}
                </option>
              ))}
          </select>
        </div>
        {openAmendments.length === 0 ? (
          <p class="muted">{t("offers.noAmendments")}</p>
        ) : (
          <table class="offer-terms-table">
            <thead>
              <tr>
                <th scope="col">{t("offers.amendmentColumn")}</th>
                <th scope="col">{t("offers.iGive")}</th>
                <th scope="col">{theirTitle}</th>
              </tr>
            </thead>
            <tbody>
              {openAmendments.map((a) => (
                <TermRow
                  key={a.id}
                  amendment={a}
                  label={label(a.id)}
                  give={gives[a.id] ?? ""}
                  ask={asks[a.id] ?? ""}
                  myActs={myActs}
                  theirActs={theirActs}
                  theirTitle={theirTitle}
                  onGive={(v) => setGives((g) => ({ ...g, [a.id]: v }))}
                  onAsk={(v) => setAsks((g) => ({ ...g, [a.id]: v }))}
                />
              ))}
            </tbody>
          </table>
        )}
        <p class="panel-hint">{t("offers.formHint")}</p>
        <button type="submit" class="button button-small button-primary" disabled={!ready}>
          {t("offers.submit")}
        </button>
      </form>
    </details>
  );
}

function TermRow(props: {
  amendment: AmendmentView;
  label: string;
  give: Act | "";
  ask: Act | "";
  myActs: Act[];
  theirActs: Act[];
  theirTitle: string;
  onGive: (v: Act | "") => void;
  onAsk: (v: Act | "") => void;
}) {
  const { amendment: a, label } = props;
  return (
    <tr data-amendment={a.id}>
      <th scope="row">{label}</th>
      <td data-label={t("offers.iGive")}>
        <ActSelect
          value={props.give}
          acts={props.myActs}
          label={t("offers.iGiveOn", { amendment: label })}
          onChange={props.onGive}
        />
      </td>
      <td data-label={props.theirTitle}>
        <ActSelect
          value={props.ask}
          acts={props.theirActs}
          label={t("offers.iAskOn", { amendment: label })}
          onChange={props.onAsk}
        />
      </td>
    </tr>
  );
}

function ActSelect(props: { value: Act | ""; acts: Act[]; label: string; onChange: (v: Act | "") => void }) {
  const value = props.acts.includes(props.value as Act) ? props.value : "";
  return (
    <select aria-label={props.label} value={value} onChange={(e) => props.onChange(e.currentTarget.value as Act | "")}>
      <option value="">{t("offers.nothing")}</option>
      {props.acts.map((act) => (
        <option key={act} value={act}>
          {t(`offers.actShort.${act}`)}
        </option>
      ))}
    </select>
  );
}
