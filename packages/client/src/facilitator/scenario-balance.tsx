// The balance check of the scenario being edited (#20, part 4): a few hundred bot games on the
// server's worker thread, then each calibration target of GAME.md with its value and its band (balance-band.ts words them).
import { useEffect, useRef, useState } from "preact/hooks";
import { errorText, formatNumber, loc, t, tOr } from "../i18n/index.ts";
import { ApiFailure } from "../net/api.ts";
import { bandText, targetFigure } from "./balance-band.ts";
import { type BalanceCheck, readBalanceCheck, startBalanceCheck } from "./scenario-api.ts";

/** Games a check plays unless the facilitator asks for more or fewer (the server allows 10 to 500). */
const DEFAULT_GAMES = 200;

type Named = { id?: unknown; name?: { en: string }; label?: { en: string } };

/** "Issue: option" for an `issue:option` key, in the reader's language, from the file being checked (the key when it has no such option). */
function optionName(file: unknown, key: string): string {
  const [issueId, optionId] = key.split(":");
  const issues = (file as { issues?: unknown } | null)?.issues;
  const issue = Array.isArray(issues)
    ? (issues as (Named & { options?: Named[] })[]).find((i) => i.id === issueId)
    : undefined;
  const option = Array.isArray(issue?.options) ? issue.options.find((o) => o.id === optionId) : undefined;
  return issue?.name && option?.label ? `${loc(issue.name)}: “${loc(option.label)}”` : key;
}

/** Starts a check of `file` (once it has no problem) and shows its progress and its targets. */
export function BalancePanel({
  file,
  ready,
  onDone,
}: {
  file: unknown;
  ready: boolean;
  /** Told the file's text once a check of it has finished (whatever its verdict). */
  onDone: (text: string) => void;
}) {
  const [games, setGames] = useState(DEFAULT_GAMES);
  const [check, setCheck] = useState<BalanceCheck | null>(null);
  const [checked, setChecked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const text = JSON.stringify(file);
  const stale = check !== null && checked !== text;
  const poll = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(poll.current), []);

  const follow = (id: string, of: string) => {
    poll.current = setTimeout(async () => {
      try {
        const next = await readBalanceCheck(id);
        setCheck(next);
        if (next.status === "running") follow(id, of);
        else if (next.status === "done") onDone(of);
      } catch (e) {
        const f = e instanceof ApiFailure ? e : new ApiFailure("net/unreachable", String(e), 0);
        setError(errorText(f.code, f.message));
      }
    }, 1000);
  };

  const start = async () => {
    clearTimeout(poll.current);
    setError(null);
    try {
      const started = await startBalanceCheck(text, games);
      setCheck(started);
      setChecked(text);
      follow(started.checkId, text);
    } catch (e) {
      const f = e instanceof ApiFailure ? e : new ApiFailure("net/unreachable", String(e), 0);
      setError(errorText(f.code, f.message));
    }
  };

  const running = check?.status === "running";
  return (
    <section class="sc-balance" aria-labelledby="sc-balance-title" data-testid="sc-balance">
      <h3 id="sc-balance-title">{t("f.sc.balance")}</h3>
      <p class="hint">{t("f.sc.balance.hint")}</p>
      <div class="sc-row">
        <div class="field sc-field sc-compact">
          <label for="sc-games">{t("f.sc.balance.games")}</label>
          <input
            id="sc-games"
            type="number"
            min={10}
            max={500}
            value={games}
            onInput={(e) =>
              setGames(Math.min(500, Math.max(10, Number((e.target as HTMLInputElement).value) || DEFAULT_GAMES)))
            }
          />
        </div>
        <button type="button" class="button" disabled={!ready || running} onClick={() => void start()}>
          {running ? t("f.sc.balance.running") : t("f.sc.balance.run")}
        </button>
      </div>
      {!ready && <p class="hint">{t("f.sc.balance.fixFirst")}</p>}
      <div aria-live="polite">
        {error && <p class="form-error">{error}</p>}
        {check && running && (
          <p>
            <progress max={check.games} value={check.done} aria-label={t("f.sc.balance.title")} />{" "}
            {t("f.sc.balance.progress", { done: formatNumber(check.done), games: formatNumber(check.games) })}
          </p>
        )}
        {check?.status === "failed" && <p class="form-error">{check.message}</p>}
        {check?.status === "done" && check.result && (
          <div data-testid="sc-balance-result">
            <p class={check.result.calibrated ? "fac-ok" : "form-error"}>
              {check.result.calibrated
                ? t("f.sc.balance.met", { games: formatNumber(check.result.games) })
                : t("f.sc.balance.missed", {
                    games: formatNumber(check.result.games),
                    n: Object.values(check.result.calibration).filter((c) => !c.ok).length,
                  })}
            </p>
            {stale && <p class="hint">{t("f.sc.balance.stale")}</p>}
            <table class="sc-targets">
              <thead>
                <tr>
                  <th scope="col">{t("f.sc.balance.target")}</th>
                  <th scope="col">{t("f.sc.balance.value")}</th>
                  <th scope="col">{t("f.sc.balance.band")}</th>
                  <th scope="col">{t("f.sc.balance.verdict")}</th>
                </tr>
              </thead>
              <tbody>
                {Object.entries(check.result.calibration).map(([name, c]) => (
                  <tr key={name} class={c.ok ? "sc-met" : "sc-missed"} data-target={name}>
                    <th scope="row">{tOr(`f.sc.target.${name}`, name)}</th>
                    <td>{targetFigure(name, c.value)}</td>
                    <td>{bandText(name, c.band, c.target)}</td>
                    <td>{c.ok ? t("f.sc.balance.ok") : t("f.sc.balance.notOk")}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            {check.result.dominatedOptions.length > 0 && (
              <ul class="sc-dominated" data-testid="sc-dominated">
                {check.result.dominatedOptions.map((d) => (
                  <li key={d.option}>
                    {t("f.sc.balance.dominated", { option: optionName(file, d.option), by: optionName(file, d.by) })}
                  </li>
                ))}
              </ul>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
