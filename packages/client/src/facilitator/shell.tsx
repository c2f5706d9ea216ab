// The facilitator pages' frame: the masthead with the session's links, and small shared pieces.
import type { ComponentChildren } from "preact";
import { useEffect, useState } from "preact/hooks";
import { loc, t, useLang } from "../i18n/index.ts";
import type { ScenarioSummary } from "../net/api.ts";
import { Flag } from "../ui/flag.tsx";
import { LangSwitch } from "../ui/lang-switch.tsx";
import { Wordmark } from "../ui/wordmark.tsx";

type Nav = { sessionId: string; current: "console" | "projector" | "report" | "sheets" };

/** The facilitator masthead; with a session, links between its console and projector. */
export function FShell({ nav, wide, children }: { nav?: Nav; wide?: boolean; children: ComponentChildren }) {
  useLang();
  return (
    <div class={`page fac${wide ? " fac-wide" : ""}`}>
      <header class="masthead fac-masthead">
        <div class="fac-brand">
          <Wordmark compact />
          <span class="fac-badge">{t("f.eyebrow")}</span>
        </div>
        <div class="masthead-tools">
          {nav && (
            <nav class="fac-nav" aria-label={t("f.eyebrow")}>
              <a href={`/facilitate/${nav.sessionId}`} aria-current={nav.current === "console" ? "page" : undefined}>
                {t("f.title.console").split(" — ")[0]}
              </a>
              <a
                href={`/facilitate/${nav.sessionId}/projector`}
                aria-current={nav.current === "projector" ? "page" : undefined}
              >
                {t("f.projector")}
              </a>
            </nav>
          )}
          <LangSwitch />
        </div>
      </header>
      <main id="main" class="fac-main">
        {children}
      </main>
    </div>
  );
}

/** A seat's flag and name from the scenario, or its id. */
export function SeatName({
  seat,
  scenario,
  size = "sm",
}: {
  seat: string;
  scenario?: ScenarioSummary | null;
  size?: "sm" | "md" | "lg";
}) {
  const s = scenario?.seats.find((x) => x.id === seat);
  return (
    <span class="fac-seat">
      {s && <Flag code={s.flag} size={size} />}
      <span>{s ? loc(s.name) : seat}</span>
    </span>
  );
}

/** Re-renders every `ms` (clocks, "seconds ago"). */
export function useTick(ms: number): number {
  const [now, setNow] = useState(Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), ms);
    return () => clearInterval(id);
  }, [ms]);
  return now;
}

/** Polls `load` every `ms` while the page is open; returns the last value and error. */
export function usePoll<T>(load: () => Promise<T>, ms: number, deps: unknown[] = []) {
  const [value, setValue] = useState<T | null>(null);
  const [error, setError] = useState<{ code: string; message: string } | null>(null);
  const [version, setVersion] = useState(0);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const run = async () => {
      try {
        const v = await load();
        if (!live) return;
        setValue(v);
        setError(null);
      } catch (e) {
        if (!live) return;
        const f = e as { code?: string; message?: string };
        setError({ code: f.code ?? "net/unreachable", message: f.message ?? String(e) });
      }
      if (live && ms > 0) timer = setTimeout(run, ms);
    };
    void run();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [...deps, version]);
  return { value, error, reload: () => setVersion((v) => v + 1) };
}

/** Seconds as m:ss. */
export function clockText(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")}`;
}
