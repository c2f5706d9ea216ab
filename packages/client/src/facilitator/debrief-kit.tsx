// The class debrief kit (/facilitate/:sessionId/projector?show=debrief): a handful of projector
// screens for the whole class: how each table ended, the three criteria, who gained, promises kept
// and broken, and the futures. Plain words: every number says what it counts.
import { useEffect, useState } from "preact/hooks";
import { formatNumber, loc, t, tOr } from "../i18n/index.ts";
import type { ScenarioSummary } from "../net/api.ts";
import { Bar } from "./charts.tsx";
import { type SessionReport, sessionReport, type TableReport, tableReport } from "./fapi.ts";
import { RoomNav } from "./room-projector.tsx";
import { SeatName, usePoll } from "./shell.tsx";
import { useSessionScenario } from "./use-session-scenario.ts";
import { tableVerdict } from "./verdict.ts";

/** The kit's screens, in the order a debrief goes. */
export const KIT_SCREENS = ["outcomes", "criteria", "gained", "promises", "futures"] as const;
type KitScreen = (typeof KIT_SCREENS)[number];

const CRITERIA = ["legal", "military", "political"] as const;

/**
 * The deal's balance of gains in plain words: the Nash product (every seat's gain over no deal,
 * multiplied) as a share of the best one the rules allowed, with what the number means.
 */
export function balanceWords(nash: number, best: number): { headline: string; why: string } {
  const why = t("f.kit.balance.why");
  if (nash <= 0 || best <= 0) return { headline: t("f.kit.balance.none"), why };
  return { headline: t("f.kit.balance", { pct: Math.round((100 * nash) / best) }), why };
}

/** Pledges honoured of those owed, and offer terms kept of those settled, with the seats that broke them. */
export function promiseCounts(r: Pick<TableReport, "promises" | "offers">) {
  const owed = r.promises.filter((p) => p.bound);
  const terms = r.offers
    .flatMap((o) => [...o.gives, ...o.asks])
    .filter((term) => term.result === "kept" || term.result === "broken");
  const pledgeBreakers = [...new Set(owed.filter((p) => p.broken).map((p) => p.seat))];
  return {
    pledges: { kept: owed.filter((p) => !p.broken).length, of: owed.length, breakers: pledgeBreakers },
    terms: { kept: terms.filter((term) => term.result === "kept").length, of: terms.length },
  };
}

type Played = { table: SessionReport["tables"][number]; report: TableReport | null };

/** The debrief kit. */
export function DebriefKit({ sessionId }: { sessionId: string }) {
  useEffect(() => {
    document.title = t("f.kit.title");
  });
  const session = usePoll(() => sessionReport(sessionId, "include", "leave-out"), 0, [sessionId]);
  const r = session.value;
  const scenario = useSessionScenario(r?.scenarioId);
  // Each played table's own report: its promises, its deal against the others allowed, its futures.
  const [reports, setReports] = useState<Record<string, TableReport | null>>({});
  useEffect(() => {
    if (!r) return;
    let live = true;
    for (const table of r.tables)
      if (!table.notPlayed && table.status !== "open")
        tableReport(sessionId, table.tableId).then(
          (rep) => live && setReports((x) => ({ ...x, [table.tableId]: rep })),
          () => live && setReports((x) => ({ ...x, [table.tableId]: null })),
        );
    return () => {
      live = false;
    };
  }, [r, sessionId]);
  const first = Number(new URLSearchParams(window.location.search).get("screen") ?? "1");
  const [index, setIndex] = useState(Math.min(KIT_SCREENS.length, Math.max(1, first || 1)) - 1);
  const go = (d: number) => setIndex((i) => Math.min(KIT_SCREENS.length - 1, Math.max(0, i + d)));
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === "ArrowRight" || e.key === "PageDown") go(1);
      if (e.key === "ArrowLeft" || e.key === "PageUp") go(-1);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  const screen: KitScreen = KIT_SCREENS[index] ?? "outcomes";
  const played: Played[] = (r?.tables ?? []).map((table) => ({ table, report: reports[table.tableId] ?? null }));
  const nameOf = (seat: string) => {
    const s = scenario?.seats.find((x) => x.id === seat);
    return s ? loc(s.name) : seat;
  };
  return (
    <div class="room room-kit" data-testid="debrief-kit" data-screen={screen}>
      <p class="room-eyebrow">
        {scenario ? loc(scenario.title) : "Ironclad"} · {t("f.kit.screen", { n: index + 1, of: KIT_SCREENS.length })}
      </p>
      {session.error && (
        <p class="room-error" role="alert">
          {session.error.message}
        </p>
      )}
      {!r ? (
        !session.error && <p class="room-hint">{t("f.loading")}</p>
      ) : (
        <section class="room-kit-screen" aria-labelledby="kit-title">
          {screen === "outcomes" && <Outcomes played={played} />}
          {screen === "criteria" && <CriteriaScreen played={played} />}
          {screen === "gained" && <Gained played={played} scenario={scenario} />}
          {screen === "promises" && <Promises played={played} nameOf={nameOf} />}
          {screen === "futures" && <Futures played={played} />}
        </section>
      )}
      <div class="room-kit-steps no-print">
        <button type="button" class="room-button" disabled={index === 0} onClick={() => go(-1)}>
          ← {t("f.kit.prev")}
        </button>
        <button type="button" class="room-button" disabled={index === KIT_SCREENS.length - 1} onClick={() => go(1)}>
          {t("f.kit.next")} →
        </button>
      </div>
      <RoomNav sessionId={sessionId} current="debrief" />
    </div>
  );
}

function TableName({ table }: { table: Played["table"] }) {
  return (
    <p class="room-table-name">
      {t("f.table", { n: table.number })} · <span class="room-mono">{table.code}</span>
    </p>
  );
}

function Outcomes({ played }: { played: Played[] }) {
  return (
    <>
      <h1 id="kit-title">{t("f.kit.outcomes")}</h1>
      <p class="room-lede">{t("f.kit.outcomes.hint")}</p>
      <ol class="room-kit-grid">
        {played.map(({ table }) => {
          const v = tableVerdict(table);
          return (
            <li key={table.tableId} class={`room-kit-card ${v.tone}`}>
              <TableName table={table} />
              <p class="room-kit-verdict">{v.verdict}</p>
              <p class="room-kit-detail">{v.detail}</p>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function CriteriaScreen({ played }: { played: Played[] }) {
  return (
    <>
      <h1 id="kit-title">{t("f.kit.criteria")}</h1>
      <p class="room-lede">{t("f.kit.criteria.hint")}</p>
      <ul class="room-kit-legend">
        {CRITERIA.map((c) => (
          <li key={c}>{t(`f.kit.crit.${c}`)}</li>
        ))}
      </ul>
      <ol class="room-kit-grid">
        {played.map(({ table }) => (
          <li key={table.tableId} class="room-kit-card">
            <TableName table={table} />
            {table.concluded && table.criteria ? (
              CRITERIA.map((c) => <Bar key={c} label={t(`f.crit.${c}`)} value={table.criteria?.[c] ?? 0} tone={c} />)
            ) : (
              <p class="room-kit-detail">{table.notPlayed ? t("f.proj.notPlayed") : t("f.kit.noDeal")}</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}

function Gained({ played, scenario }: { played: Played[]; scenario: ScenarioSummary | null }) {
  return (
    <>
      <h1 id="kit-title">{t("f.kit.gained")}</h1>
      <p class="room-lede">{t("f.kit.gained.hint")}</p>
      <ol class="room-kit-grid">
        {played.map(({ table, report }) => {
          const scores = table.notPlayed ? [] : (table.scores ?? []);
          const balance = report?.deal ? balanceWords(report.deal.nashProduct, report.deal.bestNashProduct) : null;
          return (
            <li key={table.tableId} class="room-kit-card">
              <TableName table={table} />
              {scores.length === 0 ? (
                <p class="room-kit-detail">{t("f.proj.notPlayed")}</p>
              ) : (
                <ul class="room-gains">
                  {[...scores]
                    .sort((a, b) => b.margin - a.margin)
                    .map((s) => (
                      <li key={s.seat} class={s.margin > 0 ? "gain" : s.margin < 0 ? "loss" : ""}>
                        <SeatName seat={s.seat} scenario={scenario} size="md" />
                        <strong>
                          {s.margin >= 0
                            ? t("f.kit.gain", { n: Math.round(s.margin) })
                            : t("f.kit.loss", { n: Math.round(-s.margin) })}
                        </strong>
                      </li>
                    ))}
                </ul>
              )}
              {balance && (
                <div class="room-balance" data-testid="kit-balance">
                  <p>{balance.headline}</p>
                  <p class="room-dim">{balance.why}</p>
                </div>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}

function Promises({ played, nameOf }: { played: Played[]; nameOf: (seat: string) => string }) {
  return (
    <>
      <h1 id="kit-title">{t("f.kit.promises")}</h1>
      <p class="room-lede">{t("f.kit.promises.hint")}</p>
      <ol class="room-kit-grid">
        {played.map(({ table, report }) => {
          if (!report)
            return (
              <li key={table.tableId} class="room-kit-card">
                <TableName table={table} />
                <p class="room-kit-detail">{table.notPlayed ? t("f.proj.notPlayed") : "—"}</p>
              </li>
            );
          const n = promiseCounts(report);
          const wordBreakers = Object.keys(report.brokenWords);
          return (
            <li key={table.tableId} class="room-kit-card">
              <TableName table={table} />
              <dl class="room-promises">
                <div>
                  <dt>{t("f.kit.pledges")}</dt>
                  <dd>
                    {n.pledges.of === 0 ? (
                      t("f.kit.nothingPromised")
                    ) : (
                      <>
                        <strong>
                          {formatNumber(n.pledges.kept)} / {formatNumber(n.pledges.of)}
                        </strong>{" "}
                        {n.pledges.breakers.length > 0
                          ? t("f.kit.brokenBy", { list: n.pledges.breakers.map(nameOf).join(", ") })
                          : t("f.kit.noneBroken")}
                      </>
                    )}
                  </dd>
                </div>
                <div>
                  <dt>{t("f.kit.words")}</dt>
                  <dd>
                    {n.terms.of === 0 ? (
                      t("f.kit.nothingPromised")
                    ) : (
                      <>
                        <strong>
                          {formatNumber(n.terms.kept)} / {formatNumber(n.terms.of)}
                        </strong>{" "}
                        {wordBreakers.length > 0
                          ? t("f.kit.brokenBy", { list: wordBreakers.map(nameOf).join(", ") })
                          : t("f.kit.noneBroken")}
                      </>
                    )}
                  </dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ol>
    </>
  );
}

function Futures({ played }: { played: Played[] }) {
  const runs = played.find((p) => p.report?.futures)?.report?.futures?.noDeal.runs ?? 0;
  const held = (f: { outcomes: Record<string, number>; runs: number } | null | undefined) =>
    f ? Math.round((100 * (f.outcomes.held ?? 0)) / (f.runs || 1)) : null;
  return (
    <>
      <h1 id="kit-title">{t("f.kit.futures")}</h1>
      <p class="room-lede">{t("f.kit.futures.hint", { runs })}</p>
      <ol class="room-kit-grid">
        {played.map(({ table, report }) => {
          const f = report?.futures;
          const withDeal = held(f?.deal);
          const without = held(f?.noDeal);
          return (
            <li key={table.tableId} class="room-kit-card">
              <TableName table={table} />
              {!f ? (
                <p class="room-kit-detail">{table.notPlayed ? t("f.proj.notPlayed") : "—"}</p>
              ) : (
                <>
                  {withDeal !== null && (
                    <Bar
                      label={`${t("f.rep.withDeal")}: ${t("f.kit.held", { pct: withDeal })}`}
                      value={withDeal}
                      tone="legal"
                    />
                  )}
                  {without !== null && (
                    <Bar
                      label={`${t("f.rep.withoutDeal")}: ${t("f.kit.held", { pct: without })}`}
                      value={without}
                      tone="bad"
                    />
                  )}
                  {table.outcome && (
                    <p class="room-kit-detail">
                      {t("f.kit.thisTable", {
                        outcome: table.untested
                          ? t("f.outcome.untested")
                          : tOr(`f.outcome.${table.outcome}`, table.outcome),
                      })}
                    </p>
                  )}
                </>
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
