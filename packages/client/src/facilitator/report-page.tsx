// The after-action report of one table (/facilitate/:sessionId/report/:tableId): summary,
// timeline, concession curves, coalition graph, promises against actions, the deal against the
// frontier, futures, scores and chat; exports. Printable: the print CSS lays it out for paper.
import type { PublicScenario } from "@ironclad/engine";
import { useEffect, useState } from "preact/hooks";
import { errorText, formatNumber, loc, locale, t, tOr } from "../i18n/index.ts";
import { ApiFailure, getScenario } from "../net/api.ts";
import { chatFromName, chatText } from "../panels/chat-text.ts";
import { Bar, CoalitionGraph, ConcessionChart, colourOf } from "./charts.tsx";
import { channelLabel } from "./chat-reader.tsx";
import { balanceWords } from "./debrief-kit.tsx";
import { downloadExport, loadKey, type TableReport, tableReport } from "./fapi.ts";
import { KeyForm } from "./key-form.tsx";
import { ReplaySection } from "./replay.tsx";
import { timelineLine } from "./report-timeline.ts";
import { optionTitle, pretty } from "./scenario-names.ts";
import { FShell, SeatName, usePoll } from "./shell.tsx";
import { useSessionScenario } from "./use-session-scenario.ts";
import { tableVerdict } from "./verdict.ts";

const OUTCOME_ORDER = ["held", "eroded", "failed", "escalated"] as const;

/** A time of day in the page's language (not the browser's: no "AM" on a Ukrainian page). */
function clockTime(at: number, seconds: boolean): string {
  return new Date(at).toLocaleTimeString(locale(), {
    hour: "2-digit",
    minute: "2-digit",
    ...(seconds ? { second: "2-digit" } : {}),
  });
}

/** The printable after-action report. */
export function ReportPage({ sessionId, tableId }: { sessionId: string; tableId: string }) {
  useEffect(() => {
    document.title = t("f.title.report");
  });
  const key = loadKey(sessionId);
  const report = usePoll(() => tableReport(sessionId, tableId), 0, [sessionId, tableId]);
  const r = report.value;
  const scenario = useSessionScenario(r?.scenarioId);
  const nameOf = (seat: string) => {
    const s = scenario?.seats.find((x) => x.id === seat);
    return s ? loc(s.name) : pretty(seat);
  };
  const issueName = (issue: string) => {
    const i = scenario?.issues.find((x) => x.id === issue);
    return i ? loc(i.name) : pretty(issue);
  };
  // The table's scenario with its options' titles (uploaded ones too), to name a package's options.
  const [options, setOptions] = useState<PublicScenario | null>(null);
  // Without the scenario (it could not be read) the timeline falls back on the server's English.
  const [noOptions, setNoOptions] = useState(false);
  const scenarioId = r?.scenarioId;
  useEffect(() => {
    if (!scenarioId) return;
    let live = true;
    getScenario(scenarioId).then(
      (s) => live && setOptions(s),
      () => live && setNoOptions(true),
    );
    return () => {
      live = false;
    };
  }, [scenarioId]);
  const optionName = (issue: string, option: string) => optionTitle(options, issue, option);
  return (
    <FShell nav={{ sessionId, current: "report" }}>
      <article class="fac-report" aria-labelledby="rep-title">
        <p class="no-print">
          <a href={`/facilitate/${sessionId}`}>← {t("f.back")}</a>
        </p>
        <header class="fac-rep-head">
          <p class="eyebrow">{scenario ? loc(scenario.title) : "Ironclad"}</p>
          <h1 id="rep-title">{t("f.rep.headline", { code: r?.code ?? "…" })}</h1>
          {r?.forkedFrom && (
            <p class="fac-forked" data-testid="forked-from">
              {t("f.forkedFrom", { n: r.forkedFrom.number, step: r.forkedFrom.step })}
            </p>
          )}
        </header>
        {!key && (
          <>
            <p class="form-error" role="alert">
              {t("f.console.noKey")}
            </p>
            <KeyForm sessionId={sessionId} />
          </>
        )}
        {report.error && (
          <p class="form-error" role="alert">
            {errorText(report.error.code, report.error.message)}
          </p>
        )}
        {!r && key && !report.error && <p class="hint">{t("f.loading")}</p>}
        {r && (
          <>
            <Exports sessionId={sessionId} />
            <Summary r={r} nameOf={nameOf} issueName={issueName} optionName={optionName} />
            <section class="fac-rep-section" aria-labelledby="rep-conc" data-section="concession">
              <h2 id="rep-conc">{t("f.rep.concession")}</h2>
              <p class="hint">{t("f.rep.concession.hint")}</p>
              {Object.values(r.concession).some((c) => c.length > 0) ? (
                <ConcessionChart
                  seats={r.seats}
                  curves={r.concession}
                  label={t("f.rep.concession")}
                  axis={(n) => t("f.rep.axis", { n })}
                  nameOf={nameOf}
                />
              ) : (
                <p class="fac-empty">{t("f.rep.noCurve")}</p>
              )}
            </section>
            <div class="fac-rep-two">
              <section class="fac-rep-section" aria-labelledby="rep-coal" data-section="coalition">
                <h2 id="rep-coal">{t("f.rep.coalition")}</h2>
                <p class="hint">{t("f.rep.coalition.hint")}</p>
                <CoalitionGraph seats={r.seats} edges={r.coalition} label={t("f.rep.coalition")} nameOf={nameOf} />
                {r.coalition.length === 0 && <p class="fac-empty">{t("f.rep.noEdges")}</p>}
              </section>
              <section class="fac-rep-section" aria-labelledby="rep-deal" data-section="deal">
                <h2 id="rep-deal">{t("f.rep.deal")}</h2>
                <DealSection r={r} nameOf={nameOf} />
              </section>
            </div>
            <section class="fac-rep-section" aria-labelledby="rep-prom" data-section="promises">
              <h2 id="rep-prom">{t("f.rep.promises")}</h2>
              {r.promises.length === 0 ? (
                <p class="hint">{t("f.rep.noPromises")}</p>
              ) : (
                <table class="fac-table">
                  <thead>
                    <tr>
                      <th scope="col">{t("f.rep.year")}</th>
                      <th scope="col">{t("f.rep.seat")}</th>
                      <th scope="col">{t("f.rep.pledged")}</th>
                      <th scope="col">{t("f.rep.response")}</th>
                      <th scope="col">{t("f.rep.broken")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {r.promises.map((p) => (
                      <tr key={`${p.year}-${p.seat}`} class={p.broken ? "bad" : ""}>
                        <td>{p.year}</td>
                        <td>{nameOf(p.seat)}</td>
                        <td>{tOr(`f.rep.resp.${p.pledged}`, p.pledged)}</td>
                        <td>{p.response ? tOr(`f.rep.resp.${p.response}`, p.response) : "—"}</td>
                        <td>{p.broken ? t("f.yes") : t("f.no")}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
            </section>
            <section class="fac-rep-section" aria-labelledby="rep-offers" data-section="offers">
              <h2 id="rep-offers">{t("f.rep.offers")}</h2>
              <OffersSection r={r} nameOf={nameOf} />
            </section>
            <section class="fac-rep-section" aria-labelledby="rep-fut" data-section="futures">
              <h2 id="rep-fut">{t("f.rep.futures")}</h2>
              <Futures r={r} />
            </section>
            <section class="fac-rep-section" aria-labelledby="rep-scores" data-section="scores">
              <h2 id="rep-scores">{t("f.rep.scores")}</h2>
              {r.scores ? (
                <div class="fac-rep-scroll">
                  <table class="fac-table fac-num">
                    <thead>
                      <tr>
                        <th scope="col">{t("f.rep.seat")}</th>
                        <th scope="col">{t("f.rep.people")}</th>
                        <th scope="col">{t("f.rep.points")}</th>
                        <th scope="col">{t("f.rep.noDealValue")}</th>
                        <th scope="col">{t("f.rep.yearPoints")}</th>
                        <th scope="col">{t("f.rep.total")}</th>
                        <th scope="col">{t("f.rep.margin")}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {r.scores.map((s) => (
                        <tr key={s.seat}>
                          <th scope="row">
                            <SeatName seat={s.seat} scenario={scenario} />
                          </th>
                          <td class="fac-people-cell">
                            {r.people?.[s.seat]?.human ? (
                              r.people[s.seat]?.names.join(", ")
                            ) : (
                              <span class="tag fac-bot">{t("f.rep.bot")}</span>
                            )}
                          </td>
                          <td>{formatNumber(s.dealPoints)}</td>
                          <td>{formatNumber(s.noDealValue)}</td>
                          {/* Only the red cell scores the stress-test years themselves (docs/model.md). */}
                          <td>{s.redCell ? formatNumber(s.redCell.yearPoints) : "—"}</td>
                          <td>
                            <strong>{formatNumber(s.total)}</strong>
                          </td>
                          <td class={s.margin < 0 ? "neg" : "pos"}>{formatNumber(Math.round(s.margin))}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              ) : (
                <p class="hint">—</p>
              )}
            </section>
            <section class="fac-rep-section fac-rep-timeline" aria-labelledby="rep-tl" data-section="timeline">
              <h2 id="rep-tl">{t("f.rep.timeline")}</h2>
              <ol class="fac-timeline">
                {r.timeline.map((e) => (
                  <li key={e.seq}>
                    <span class="fac-tl-seq">{e.seq}</span>
                    <span class="fac-tl-time">{clockTime(e.at, true)}</span>
                    <span class="fac-tl-actor">
                      {/* The seat's colour (as in the charts) marks the name; the name itself stays in ink. */}
                      {r.seats.includes(e.actor) && (
                        <i aria-hidden="true" style={{ background: colourOf(r.seats, e.actor) }} />
                      )}
                      {e.actor === "facilitator"
                        ? t("vote.facilitator")
                        : e.actor === "system"
                          ? t("f.rep.actor.system")
                          : nameOf(e.actor)}
                      {e.people?.length > 0 && <span class="muted"> ({e.people.join(", ")})</span>}
                    </span>
                    {/* Told from the events in the page's language, so it follows a switch (#18 item 5). */}
                    <span class="fac-tl-text">
                      {options ? timelineLine(e, options) : noOptions ? e.text.join(" ") || e.type : "…"}
                    </span>
                  </li>
                ))}
              </ol>
            </section>
            <section class="fac-rep-section" aria-labelledby="rep-chat" data-section="chat">
              <h2 id="rep-chat">{t("f.rep.chat")}</h2>
              {r.chat.length === 0 ? (
                <p class="hint">{t("f.rep.noChat")}</p>
              ) : (
                <ol class="fac-timeline fac-chat">
                  {r.chat.map((m) => (
                    <li key={m.seq}>
                      <span class="fac-tl-time">{clockTime(m.at, false)}</span>
                      {/* A bot's line is told from its structured form in the page's language (#18 item 5). */}
                      <span class="fac-tl-actor">
                        {chatFromName(m)}
                        {m.fromSeat && <span class="muted"> · {nameOf(m.fromSeat)}</span>}
                      </span>
                      <span class="fac-tl-text">
                        <span class="tag">{channelLabel(m.channel, options)}</span> {chatText(m, options)}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </section>
            <ReplaySection
              sessionId={sessionId}
              tableId={tableId}
              actions={r.actions}
              seats={r.seats}
              nameOf={nameOf}
            />
            <p class="hint fac-hash">{t("f.rep.hash", { hash: r.finalStateHash })}</p>
          </>
        )}
      </article>
    </FShell>
  );
}

function Exports({ sessionId }: { sessionId: string }) {
  // The failure is kept and put into words when shown, so it follows a language switch.
  const [error, setError] = useState<ApiFailure | null>(null);
  const get = (kind: "actions" | "chat" | "scores" | "json") =>
    downloadExport(sessionId, kind).then(
      () => setError(null),
      (e: unknown) => {
        const f = e instanceof ApiFailure ? e : new ApiFailure("net/unreachable", String(e), 0);
        setError(f);
      },
    );
  return (
    <section class="fac-exports no-print" aria-labelledby="rep-exp">
      <h2 id="rep-exp" class="visually-hidden">
        {t("f.rep.exports")}
      </h2>
      <button type="button" class="button button-primary button-small" onClick={() => window.print()}>
        {t("f.rep.printPdf")}
      </button>
      {(["actions", "chat", "scores"] as const).map((k) => (
        <button key={k} type="button" class="button button-small" onClick={() => void get(k)}>
          {t(`f.rep.csv.${k}`)}
        </button>
      ))}
      <button type="button" class="button button-small" onClick={() => void get("json")}>
        {t("f.rep.json")}
      </button>
      {error && (
        <p class="form-error" role="alert">
          {errorText(error.code, error.message)}
        </p>
      )}
    </section>
  );
}

function Summary({
  r,
  nameOf,
  issueName,
  optionName,
}: {
  r: TableReport;
  nameOf: (s: string) => string;
  issueName: (i: string) => string;
  optionName: (issue: string, option: string) => string;
}) {
  const concluded = r.framework?.stands === true;
  const pkg = r.framework?.package ?? r.deal?.package ?? null;
  const v = tableVerdict({ phase: r.phase, concluded, outcome: r.outcome, notPlayed: r.notPlayed });
  const phase = tOr(`f.phase.${r.phase}`, r.phase);
  return (
    <section class="fac-rep-section fac-rep-summary" aria-labelledby="rep-sum" data-section="summary">
      <h2 id="rep-sum">{t("f.rep.summary")}</h2>
      <div class="fac-rep-verdict">
        <div class={`fac-verdict ${v.tone === "deal" ? "deal" : v.tone === "notplayed" ? "notplayed" : "nodeal"}`}>
          <p class="fac-label">{phase}</p>
          <p class="fac-verdict-main">{v.verdict}</p>
          {v.detail !== phase && <p>{v.detail}</p>}
          {r.framework && <p class="hint">{r.framework.signatories.map(nameOf).join(" · ")}</p>}
        </div>
        {r.readout && (
          <div class="fac-rep-criteria">
            {(["legal", "military", "political"] as const).map((c) => (
              <Bar key={c} label={t(`f.crit.${c}`)} value={Number(r.readout?.[c] ?? 0)} tone={c} />
            ))}
          </div>
        )}
      </div>
      {pkg && (
        <dl class="fac-package">
          {Object.entries(pkg).map(([issue, option]) => (
            <div key={issue}>
              <dt>{issueName(issue)}</dt>
              <dd>{option ? optionName(issue, String(option)) : "—"}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}

function DealSection({ r, nameOf }: { r: TableReport; nameOf: (s: string) => string }) {
  const d = r.deal;
  if (!d) {
    const scores = r.scores ?? [];
    const max = Math.max(1, ...scores.map((s) => s.noDealValue));
    return (
      <div class="fac-deal">
        <p class="fac-warn">{t("f.rep.noDealReached")}</p>
        <ul class="fac-deal-bars">
          {scores.map((s) => (
            <li key={s.seat}>
              <span class="fac-bar-label">{nameOf(s.seat)}</span>
              <span class="fac-bar-track">
                <span class="fac-bar-fill nodeal" style={{ width: `${(100 * s.noDealValue) / max}%` }} />
              </span>
              <span class="fac-bar-value">{Math.round(s.noDealValue)}</span>
            </li>
          ))}
        </ul>
        <p class="hint">▮ {t("f.rep.noDealValue")}</p>
      </div>
    );
  }
  const values = [...Object.values(d.points), ...Object.values(d.noDealValues)];
  const max = Math.max(1, ...values);
  return (
    <div class="fac-deal">
      <p class={d.paretoOptimal ? "fac-ok" : "fac-warn"}>
        {d.paretoOptimal ? t("f.rep.pareto") : t("f.rep.dominated", { n: d.dominatedBy })}
      </p>
      {/* Plain words first: the bare Nash product (often 0 against a best in the millions) explains nothing. */}
      <p class="hint" data-testid="balance">
        {balanceWords(d.nashProduct, d.bestNashProduct).headline} {balanceWords(d.nashProduct, d.bestNashProduct).why}{" "}
        <span class="muted">
          ({t("f.rep.nash", { n: Math.round(d.nashProduct), best: Math.round(d.bestNashProduct) })})
        </span>
      </p>
      <ul class="fac-deal-bars">
        {Object.keys(d.points).map((seat) => {
          const p = d.points[seat] ?? 0;
          const nd = d.noDealValues[seat] ?? 0;
          return (
            <li key={seat}>
              <span class="fac-bar-label">{nameOf(seat)}</span>
              <span class="fac-bar-track">
                <span
                  class={`fac-bar-fill ${p >= nd ? "good" : "bad"}`}
                  style={{ width: `${Math.max(0, (100 * p) / max)}%` }}
                />
                <span
                  class="fac-nodeal-mark"
                  style={{ left: `${Math.max(0, (100 * nd) / max)}%` }}
                  title={`${t("f.rep.noDealValue")}: ${nd}`}
                />
              </span>
              <span class="fac-bar-value">
                {Math.round(p)} <span class="muted">/ {Math.round(nd)}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <p class="hint">
        ▮ {t("f.rep.points")} · ┃ {t("f.rep.noDealValue")}
      </p>
    </div>
  );
}

function Futures({ r }: { r: TableReport }) {
  const f = r.futures;
  if (!f) return <p class="hint">—</p>;
  const rows: { key: string; label: string; report: NonNullable<typeof f.deal> }[] = [];
  if (f.deal) rows.push({ key: "deal", label: t("f.rep.withDeal"), report: f.deal });
  rows.push({ key: "nodeal", label: t("f.rep.withoutDeal"), report: f.noDeal });
  return (
    <div class="fac-futures">
      <p class="hint">{t("f.rep.futures.hint", { runs: f.noDeal.runs })}</p>
      <table class="fac-table fac-fut-table">
        <thead>
          <tr>
            <th scope="col">{t("f.rep.case")}</th>
            {OUTCOME_ORDER.map((o) => (
              <th key={o} scope="col">
                {tOr(`f.outcome.${o}`, o)}
              </th>
            ))}
            <th scope="col">{t("f.rep.attacked")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {OUTCOME_ORDER.map((o) => {
                const share = (row.report.outcomes[o] ?? 0) / (row.report.runs || 1);
                return (
                  <td key={o}>
                    <span class="fac-vbar">
                      <span class={`fac-vbar-fill o-${o}`} style={{ height: `${Math.round(share * 100)}%` }} />
                    </span>
                    <span>{Math.round(share * 100)}%</span>
                  </td>
                );
              })}
              <td>
                <span class="fac-vbar">
                  <span
                    class="fac-vbar-fill o-attacked"
                    style={{ height: `${Math.round(row.report.attacked * 100)}%` }}
                  />
                </span>
                <span>{Math.round(row.report.attacked * 100)}%</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

type OfferTerms = TableReport["offers"][number]["gives"];

/** One side of an offer, each term with how it was settled. */
function Terms({ terms }: { terms: OfferTerms }) {
  return (
    <>
      {terms.map((term, i) => (
        <span key={`${term.act}-${term.amendment}`} class={term.result === "broken" ? "bad" : ""}>
          {i > 0 && ", "}
          {t(`f.rep.term.${term.act}`, { n: term.amendment })}
          {term.result && ` (${t(`f.rep.result.${term.result}`)})`}
        </span>
      ))}
    </>
  );
}

/** The hotwash's list of linked offers: who offered what to whom, and whose word was broken. */
function OffersSection({ r, nameOf }: { r: TableReport; nameOf: (seat: string) => string }) {
  if (r.offers.length === 0) return <p class="hint">{t("f.rep.noOffers")}</p>;
  const broken = Object.entries(r.brokenWords);
  return (
    <>
      {broken.length > 0 && (
        <p class="hint">
          {t("f.rep.brokenWords", { list: broken.map(([seat, n]) => `${nameOf(seat)} ${n}`).join(", ") })}
        </p>
      )}
      <table class="fac-table">
        <thead>
          <tr>
            <th scope="col">{t("f.rep.offer")}</th>
            <th scope="col">{t("f.rep.offerFrom")}</th>
            <th scope="col">{t("f.rep.offerGives")}</th>
            <th scope="col">{t("f.rep.offerAsks")}</th>
            <th scope="col">{t("f.rep.offerStatus")}</th>
          </tr>
        </thead>
        <tbody>
          {r.offers.map((o) => (
            <tr key={o.id}>
              <td>#{o.id}</td>
              <td>
                {nameOf(o.by)} → {o.to === null ? t("f.rep.offerTable") : nameOf(o.to)}
                {o.acceptedBy && o.to === null && ` (${nameOf(o.acceptedBy)})`}
              </td>
              <td>
                <Terms terms={o.gives} />
              </td>
              <td>
                <Terms terms={o.asks} />
              </td>
              <td>{t(`f.rep.offer.${o.status}`)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
