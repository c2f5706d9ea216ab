// The landing page: what Ironclad is, and the ways in (quick game, join by code, open tables,
// running a session). No Phaser and no Colyseus SDK here: they load only on /play and /map.
import { useEffect, useState } from "preact/hooks";
import { t, useLang } from "../i18n/index.ts";
import { readServerStatus, type ServerStatus } from "../server-status.ts";
import { LangSwitch } from "../ui/lang-switch.tsx";
import { Wordmark } from "../ui/wordmark.tsx";
import { JoinForm, OpenTables, QuickGameForm } from "./entry-forms.tsx";
import { MyTables } from "./my-tables.tsx";
import { useScenarios } from "./use-scenarios.ts";

const FLOW = ["lobby", "briefing", "negotiation", "vote", "ratification", "stress", "debrief"] as const;
const CRITERIA = ["legal", "military", "political"] as const;

/** The landing page. */
export function Landing() {
  useLang();
  const scenarios = useScenarios();
  useEffect(() => {
    document.title = t("landing.title");
  });

  return (
    <div class="page">
      <Masthead />
      <main id="main">
        <section class="hero" aria-labelledby="hero-title">
          <p class="eyebrow">{t("landing.eyebrow")}</p>
          <h1 id="hero-title">{t("landing.headline")}</h1>
          <p class="lede">{t("landing.lede")}</p>
        </section>

        <section class="entry" aria-label={t("landing.waysIn")}>
          <div class="entry-main">
            <MyTables scenarios={scenarios} />
            <article class="card card-quick" aria-labelledby="quick-title">
              <p class="card-eyebrow">{t("quick.eyebrow")}</p>
              <h2 id="quick-title">{t("quick.title")}</h2>
              <p class="card-text">{t("quick.text")}</p>
              <QuickGameForm scenarios={scenarios} />
            </article>
            <article class="card" aria-labelledby="open-title">
              <h2 id="open-title">{t("open.title")}</h2>
              <p class="card-text">{t("open.text")}</p>
              <OpenTables scenarios={scenarios} />
            </article>
          </div>
          <div class="entry-side">
            <article class="card" id="join" aria-labelledby="join-title">
              <h2 id="join-title">{t("join.title")}</h2>
              <p class="card-text">{t("join.text")}</p>
              <JoinForm scenarios={scenarios} />
            </article>
            <article class="card card-ink" id="run" aria-labelledby="run-title">
              <h2 id="run-title">{t("run.title")}</h2>
              <p>{t("run.text")}</p>
              <p class="run-status">{t("run.status")}</p>
              <a class="button button-brass" href="/facilitate">
                {t("run.start")}
              </a>
            </article>
          </div>
        </section>

        <section class="criteria" aria-labelledby="criteria-title">
          <h2 id="criteria-title">{t("landing.criteriaTitle")}</h2>
          <ul>
            {CRITERIA.map((c) => (
              <li key={c}>
                <h3>{t(`criteria.${c}`)}</h3>
                <p>{t(`criteria.${c}.text`)}</p>
              </li>
            ))}
          </ul>
        </section>

        <section class="flow" aria-labelledby="flow-title">
          <h2 id="flow-title">{t("landing.flowTitle")}</h2>
          <ol>
            {FLOW.map((step, i) => (
              <li key={step}>
                <span class="step-number" aria-hidden="true">
                  {i + 1}
                </span>
                <div>
                  <h3>{t(`phase.${step}`)}</h3>
                  <p>{t(`flow.${step}`)}</p>
                </div>
              </li>
            ))}
          </ol>
        </section>
      </main>
      <Footer />
    </div>
  );
}

/** /join/CODE: the join form alone, with the code filled in and the name field focused. */
export function JoinPage({ code }: { code: string }) {
  useLang();
  const scenarios = useScenarios();
  useEffect(() => {
    document.title = t("join.pageTitle", { code });
  });
  return (
    <div class="page">
      <Masthead />
      <main id="main" class="join-main">
        <article class="card join-card" aria-labelledby="join-title">
          <p class="card-eyebrow">{t("join.eyebrow")}</p>
          <h1 id="join-title">{t("join.heading", { code })}</h1>
          <p class="card-text">{t("join.pageText")}</p>
          <JoinForm scenarios={scenarios} initialCode={code} autoFocus />
        </article>
        <p class="join-back">
          <a href="/">{t("join.back")}</a>
        </p>
      </main>
      <Footer />
    </div>
  );
}

/** A page that does not exist. */
export function NotFoundPage() {
  useLang();
  return (
    <div class="page">
      <Masthead />
      <main id="main" class="join-main">
        <h1>{t("notFound.title")}</h1>
        <p>
          <a href="/">{t("join.back")}</a>
        </p>
      </main>
    </div>
  );
}

function Masthead() {
  const [status, setStatus] = useState<ServerStatus | null>(null);
  useEffect(() => {
    void readServerStatus().then(setStatus);
  }, []);
  return (
    <header class="masthead">
      <Wordmark />
      <div class="masthead-tools">
        <StatusBadge status={status} />
        <LangSwitch />
      </div>
    </header>
  );
}

function Footer() {
  return (
    <footer class="footer">
      <p>{t("landing.footer")}</p>
    </footer>
  );
}

function StatusBadge({ status }: { status: ServerStatus | null }) {
  const text =
    status === null
      ? t("status.checking")
      : status.kind === "ready"
        ? t("status.ready")
        : status.kind === "degraded"
          ? t("status.degraded")
          : t("status.unreachable");
  const kind = status?.kind ?? "checking";
  return (
    <p class={`status status-${kind}`} role="status" aria-live="polite">
      <span class="status-dot" aria-hidden="true" />
      {text}
    </p>
  );
}
