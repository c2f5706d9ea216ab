// The working draft: nine issue rows with their option tokens. The pen-holder writes with a click
// (`draft/set`); everyone else proposes an amendment with the same click (`draft/amend`).
// Whether either is possible now comes from the server's `legal` list.
import { useEffect, useRef, useState } from "preact/hooks";
import { loc, t } from "../i18n/index.ts";
import { Flag } from "../ui/flag.tsx";
import { PenControl } from "./pen-panel.tsx";
import { PenIcon } from "./seats-row.tsx";
import { optionLabel, optionOf, seatFlag, seatName, useTable } from "./table-context.ts";

/** The draft with its option tokens; open amendments show as markers on their issue. */
export function DraftPanel() {
  const { snap, scenario, mySeat, legal, send } = useTable();
  const canSet = legal.has("draft/set");
  const canAmend = legal.has("draft/amend");
  const brief = snap.mine?.brief ?? null;
  const open = snap.amendments.filter((a) => a.status === "open");
  const filled = scenario.issues.filter((i) => snap.draft[i.id]).length;

  const choose = (issue: string, option: string) => {
    if (canSet) send({ type: "draft/set", issue, option });
    else if (canAmend) send({ type: "draft/amend", issue, option });
  };

  const pen = snap.penHolder;
  const changed = useChangedIssues(snap.draft);
  return (
    <section class="panel draft-panel" aria-labelledby="draft-title">
      <header class="panel-head">
        <h2 id="draft-title">{t("draft.title")}</h2>
        <p class="panel-meta">
          {t("draft.filled", { filled, total: scenario.issues.length })}
          <span class="pen-holder">
            <PenIcon />
            {pen === mySeat && mySeat
              ? t("draft.youHoldPen")
              : pen
                ? t("draft.penWith", { seat: seatName(scenario, pen) })
                : t("draft.penFacilitator")}
          </span>
        </p>
      </header>
      <PenControl />
      <p class="panel-hint">{canSet ? t("draft.hintPen") : canAmend ? t("draft.hintAmend") : t("draft.hintWatch")}</p>
      <ol class="issues">
        {scenario.issues.map((issue, index) => {
          const current = snap.draft[issue.id] ?? "";
          const headId = `issue-${issue.id}`;
          const markers = open.filter((a) => a.issue === issue.id);
          const points = brief?.pointTable[issue.id];
          return (
            <li
              key={issue.id}
              class={`issue-row${current ? "" : " is-blank"}${changed.has(issue.id) ? " just-changed" : ""}`}
              data-issue={issue.id}
            >
              <div class="issue-head">
                <span class="issue-number" aria-hidden="true">
                  {index + 1}
                </span>
                <h3 id={headId}>{loc(issue.name)}</h3>
                <span class="issue-current">
                  <span class="visually-hidden">{t("draft.current")}: </span>
                  {current ? optionLabel(scenario, issue.id, current) : t("draft.blank")}
                </span>
              </div>
              <fieldset class="options">
                <legend class="visually-hidden">{loc(issue.name)}</legend>
                {issue.options.map((o) => {
                  const chosen = current === o.id;
                  const mine = points?.[o.id];
                  const redLine = brief?.redLines.some((r) => r.issue === issue.id && r.options.includes(o.id));
                  return (
                    <button
                      type="button"
                      key={o.id}
                      class={`option-token${chosen ? " is-chosen" : ""}${redLine ? " is-red-line" : ""}`}
                      data-option={o.id}
                      aria-pressed={chosen}
                      disabled={chosen || !(canSet || canAmend)}
                      title={loc(o.description)}
                      onClick={() => choose(issue.id, o.id)}
                    >
                      <span class="option-label">{loc(o.label)}</span>
                      {mine !== undefined && (
                        <>
                          <span class="option-points" aria-hidden="true">
                            {mine > 0 ? `+${mine}` : mine}
                          </span>
                          <span class="visually-hidden">, {t("draft.yourPoints", { points: mine })}</span>
                        </>
                      )}
                      {redLine && <span class="visually-hidden">, {t("brief.redLine")}</span>}
                      {!chosen && (canSet || canAmend) && (
                        <span class="visually-hidden">, {canSet ? t("draft.actionSet") : t("draft.actionAmend")}</span>
                      )}
                    </button>
                  );
                })}
              </fieldset>
              <p class="issue-desc">
                {current ? loc(optionOf(scenario, issue.id, current)?.description) : loc(issue.question)}
              </p>
              {markers.length > 0 && (
                <ul class="issue-markers" aria-label={t("draft.openAmendments")}>
                  {markers.map((a) => (
                    <li key={a.id}>
                      <Flag code={seatFlag(scenario, a.by)} size="sm" />
                      {t("amend.marker", {
                        seat: seatName(scenario, a.by),
                        option: optionLabel(scenario, a.issue, a.option) || t("draft.blank"),
                        count: a.supporters.length,
                      })}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** Issues whose option changed in the last moments, so their row can show it (motion, not colour alone). */
function useChangedIssues(draft: Record<string, string>): Set<string> {
  const previous = useRef<Record<string, string> | null>(null);
  const [changed, setChanged] = useState<Set<string>>(new Set());
  const key = JSON.stringify(draft);
  useEffect(() => {
    const before = previous.current;
    previous.current = { ...draft };
    if (!before) return;
    const fresh = Object.keys(draft).filter((id) => (before[id] ?? "") !== (draft[id] ?? ""));
    if (fresh.length === 0) return;
    setChanged(new Set(fresh));
    const timer = setTimeout(() => setChanged(new Set()), 1600);
    return () => clearTimeout(timer);
  }, [key]);
  return changed;
}
