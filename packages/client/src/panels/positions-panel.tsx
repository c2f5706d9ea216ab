// The positions board: what each seat has declared, per issue and option — needs it, can live with
// it, cannot accept it. A grid of seats × issues (only the seats and issues with something declared,
// so it stays small), stacked into one card per seat on a phone; and, for my seat, a way to declare
// or clear a stance on any option when `legal` lists `position/set`.
import { useId } from "preact/hooks";
import { loc, t } from "../i18n/index.ts";
import type { PublicPart } from "../net/table-types.ts";
import { Flag } from "../ui/flag.tsx";
import { optionLabel, seatFlag, seatName, useTable } from "./table-context.ts";

type Stance = "needs" | "can-live" | "cannot";
type Board = PublicPart["positions"];

const STANCES: readonly Stance[] = ["needs", "can-live", "cannot"];
/** A mark per stance, beside its word for screen readers and its colour: never colour alone. */
const MARK: Record<Stance, string> = { needs: "★", "can-live": "✓", cannot: "✕" };

/** The declared stances of `seat` on `issue`, in the issue's option order. */
function stancesOn(board: Board, seat: string, issueOptions: readonly string[], issue: string) {
  const declared = board[seat]?.[issue] ?? {};
  return issueOptions.flatMap((o) => {
    const s = declared[o];
    return s ? [{ option: o, stance: s as Stance }] : [];
  });
}

/** The board, and my stances editor. */
export function PositionsPanel() {
  const { snap, scenario, mySeat, legal } = useTable();
  const board = snap.pub?.positions ?? {};
  const optionIds = (issue: string) => scenario.issues.find((i) => i.id === issue)?.options.map((o) => o.id) ?? [];
  const seats = snap.seatOrder.filter((s) =>
    scenario.issues.some((i) => stancesOn(board, s, optionIds(i.id), i.id).length > 0),
  );
  const issues = scenario.issues.filter((i) =>
    seats.some((s) => stancesOn(board, s, optionIds(i.id), i.id).length > 0),
  );
  const canSet = !!mySeat && legal.has("position/set");
  return (
    <section class="panel positions-panel" aria-labelledby="positions-title">
      <header class="panel-head">
        <h2 id="positions-title">{t("positions.title")}</h2>
        <p class="panel-meta">{t("positions.declaredCount", { count: seats.length })}</p>
      </header>
      <ul class="stance-legend" aria-label={t("positions.legend")}>
        {STANCES.map((s) => (
          <li key={s} class={`stance stance-${s}`}>
            <span class="stance-mark" aria-hidden="true">
              {MARK[s]}
            </span>
            {t(`positions.stance.${s}`)}
          </li>
        ))}
      </ul>
      {seats.length === 0 ? (
        <p class="muted">{t("positions.none")}</p>
      ) : (
        <section
          class="positions-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a wide board scrolls sideways, and a scrolling region must take the focus so the keyboard can scroll it (WCAG 2.1.1)
          tabIndex={0}
          aria-label={t("positions.caption")}
        >
          <table class="positions-board">
            <caption class="visually-hidden">{t("positions.caption")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("positions.seat")}</th>
                {issues.map((i) => (
                  <th key={i.id} scope="col" data-issue={i.id}>
                    {loc(i.name)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {seats.map((seat) => (
                <tr key={seat} data-seat={seat} class={seat === mySeat ? "is-me" : ""}>
                  <th scope="row">
                    <Flag code={seatFlag(scenario, seat)} size="sm" />
                    {seatName(scenario, seat)}
                  </th>
                  {issues.map((i) => {
                    const list = stancesOn(board, seat, optionIds(i.id), i.id);
                    return (
                      <td key={i.id} data-issue={i.id} data-label={loc(i.name)} class={list.length ? "" : "is-empty"}>
                        {list.length > 0 && (
                          <ul class="stance-list">
                            {list.map(({ option, stance }) => (
                              <li key={option} class={`stance stance-${stance}`} data-option={option}>
                                <span class="stance-mark" aria-hidden="true">
                                  {MARK[stance]}
                                </span>
                                <span class="visually-hidden">{t(`positions.stance.${stance}`)}: </span>
                                {optionLabel(scenario, i.id, option)}
                              </li>
                            ))}
                          </ul>
                        )}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {canSet && mySeat && <MyStances seat={mySeat} board={board} />}
    </section>
  );
}

/** Per issue and option, my stance: a choice of needs / can live with / cannot accept, or none. */
function MyStances({ seat, board }: { seat: string; board: Board }) {
  const { scenario, send } = useTable();
  const base = useId();
  const mine = board[seat] ?? {};
  const count = Object.values(mine).reduce((n, o) => n + Object.keys(o).length, 0);
  return (
    <details class="my-stances">
      <summary>{t("positions.mine", { count })}</summary>
      <p class="panel-hint">{t("positions.mineHint")}</p>
      {scenario.issues.map((issue) => (
        <fieldset key={issue.id} class="my-stance-issue" data-issue={issue.id}>
          <legend>{loc(issue.name)}</legend>
          <div class="my-stance-options">
            {issue.options.map((o) => {
              const id = `${base}-${issue.id}-${o.id}`;
              const current = (mine[issue.id]?.[o.id] as Stance | undefined) ?? "";
              return (
                <div key={o.id} class="my-stance-row" data-option={o.id}>
                  <label for={id}>{loc(o.label)}</label>
                  <select
                    id={id}
                    value={current}
                    onChange={(e) => {
                      const v = e.currentTarget.value;
                      send({
                        type: "position/set",
                        issue: issue.id,
                        option: o.id,
                        stance: v === "" ? null : (v as Stance),
                      });
                    }}
                  >
                    <option value="">{t("positions.noStance")}</option>
                    {STANCES.map((s) => (
                      <option key={s} value={s}>
                        {t(`positions.stance.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
              );
            })}
          </div>
        </fieldset>
      ))}
    </details>
  );
}
