// The setup page's scenario workshop (#20, part 4): upload a scenario file or start from a copy of
// a shipped one, edit it in a form (seats, issues and options, point tables, briefs, events), see
// every problem with its path as `npm run scenario -- validate` lists them, and run a balance check.
// The form holds no rule: the server's check (the engine's) says what is wrong after each edit.
import { EFFECT_STATS, elementPath, OPTION_ATTRIBUTES, OUTCOMES, SEAT_KINDS } from "@ironclad/engine";
import { useEffect, useRef, useState } from "preact/hooks";
import { errorText, formatNumber, loc, t } from "../i18n/index.ts";
import { ApiFailure, type ScenarioSummary } from "../net/api.ts";
import { BalancePanel } from "./scenario-balance.tsx";
import "./scenario-editor.css";
import {
  checkScenarioText,
  type ScenarioFacts,
  type ScenarioProblem,
  ScenarioRefusal,
  shippedScenarioFile,
} from "./scenario-api.ts";
import {
  emptyBrief,
  isObject,
  type Key,
  list,
  type ScenarioJson,
  TABS,
  type Tab,
  tabOf,
  written,
} from "./scenario-draft.ts";

export type { ScenarioJson } from "./scenario-draft.ts";

type Json = ScenarioJson;

/** The file being edited and what the server's check last said of it. */
export type ScenarioDraft = {
  file: Json;
  /** Where it came from: a file's name, or a shipped scenario's title. */
  source: string;
  check:
    | { state: "checking" }
    | { state: "ok"; facts: ScenarioFacts }
    | { state: "problems"; problems: ScenarioProblem[]; message: string }
    | { state: "refused"; message: string };
};

/**
 * The workshop: source (upload or copy), the form, the problems and the balance check. `draft` and
 * `onDraft` are the setup page's, which creates the session with the file once it has no problem.
 */
export function ScenarioWorkshop({
  shipped,
  draft,
  onDraft,
  inUse,
  onUse,
  onBalanced,
}: {
  shipped: ScenarioSummary[];
  draft: ScenarioDraft | null;
  onDraft: (d: ScenarioDraft | null) => void;
  /** Whether the session is to be created with this file (chosen in the scenario field). */
  inUse: boolean;
  onUse: () => void;
  /** Told the file's text once its balance check has finished. */
  onBalanced: (text: string) => void;
}) {
  const [copyFrom, setCopyFrom] = useState("");
  const [fileError, setFileError] = useState<{ message: string; problems: ScenarioProblem[] } | null>(null);
  const [tab, setTab] = useState<Tab>("general");
  const [focus, setFocus] = useState<string | null>(null);
  const latest = useRef(draft);
  latest.current = draft;
  const seq = useRef(0);

  // Checks the draft's text with the server; an answer for an older text is dropped.
  const check = async (file: Json, source: string) => {
    const mine = ++seq.current;
    onDraft({ file, source, check: { state: "checking" } });
    const next = await judge(JSON.stringify(file));
    if (mine === seq.current) onDraft({ file, source, check: next });
  };

  // An edit is checked once typing pauses.
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const edit = (path: readonly Key[], value: unknown) => {
    const d = latest.current;
    if (!d) return;
    const file = written(d.file, path, value);
    seq.current++;
    const next: ScenarioDraft = { ...d, file, check: { state: "checking" } };
    // Two edits before the page renders again: the second builds on the first.
    latest.current = next;
    onDraft(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => void check(file, d.source), 450);
  };
  useEffect(() => () => clearTimeout(timer.current), []);

  // A click on a problem opens its tab and puts the cursor in the field it names (or the nearest one).
  useEffect(() => {
    if (!focus) return;
    let path = focus;
    for (;;) {
      const field = document.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`);
      if (field) {
        field.scrollIntoView({ block: "center" });
        field.focus();
        break;
      }
      const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
      if (cut <= 0) break;
      path = path.slice(0, cut);
    }
    setFocus(null);
  }, [focus, tab]);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setFileError(null);
    const text = await file.text();
    const verdict = await judge(text);
    // Too large, too deep or not JSON: the form keeps what it had.
    if (verdict.state === "refused") {
      setFileError({ message: verdict.message, problems: [] });
      return;
    }
    let parsed: Json;
    try {
      parsed = JSON.parse(text);
    } catch {
      setFileError({ message: t("error.scenario/bad_json"), problems: [] });
      return;
    }
    if (!isObject(parsed)) {
      setFileError({ message: verdict.state === "problems" ? verdict.message : t("f.sc.notObject"), problems: [] });
      return;
    }
    seq.current++;
    onDraft({ file: parsed, source: file.name, check: verdict });
  };

  const onCopy = async () => {
    const from = shipped.find((s) => s.id === copyFrom) ?? shipped[0];
    if (!from) return;
    setFileError(null);
    try {
      const file = await shippedScenarioFile(from.id);
      // A copy needs an id of its own (and is a copy in its title), or it would stand for the shipped one.
      const copy = {
        ...file,
        id: `${from.id}-copy`,
        title: { ...(file.title as object), en: `${from.title.en} (copy)` },
      };
      await check(copy, loc(from.title));
      setTab("general");
    } catch (error) {
      const f = error instanceof ApiFailure ? error : new ApiFailure("net/unreachable", String(error), 0);
      setFileError({ message: errorText(f.code, f.message), problems: [] });
    }
  };

  const download = () => {
    if (!draft) return;
    const blob = new Blob([`${JSON.stringify(draft.file, null, 2)}\n`], { type: "application/json" });
    const a = document.createElement("a");
    a.href = URL.createObjectURL(blob);
    a.download = `${typeof draft.file.id === "string" ? draft.file.id : "scenario"}.json`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(a.href), 1000);
  };

  const problems = draft?.check.state === "problems" ? draft.check.problems : [];
  const countIn = (which: Tab) => problems.filter((p) => tabOf(p.path) === which).length;

  return (
    <section class="card fac-block sc-workshop" aria-labelledby="sc-own-title">
      <h2 id="sc-own-title">{t("f.sc.title")}</h2>
      <p class="hint">{t("f.sc.lede")}</p>
      <div class="sc-sources">
        <div class="field">
          <label for="sc-upload">{t("f.scenario.upload")}</label>
          <input
            id="sc-upload"
            type="file"
            accept="application/json,.json"
            onChange={(e) => {
              const input = e.target as HTMLInputElement;
              void onFile(input.files?.[0]).finally(() => {
                input.value = "";
              });
            }}
          />
        </div>
        <div class="field">
          <label for="sc-copy-from">{t("f.sc.copyFrom")}</label>
          <div class="sc-row">
            <select
              id="sc-copy-from"
              value={copyFrom || shipped[0]?.id}
              onChange={(e) => setCopyFrom((e.target as HTMLSelectElement).value)}
            >
              {shipped.map((s) => (
                <option key={s.id} value={s.id}>
                  {loc(s.title)}
                </option>
              ))}
            </select>
            <button type="button" class="button" onClick={() => void onCopy()} disabled={shipped.length === 0}>
              {t("f.sc.copy")}
            </button>
          </div>
        </div>
      </div>
      <div aria-live="polite">
        {fileError && (
          <div class="form-error fac-problems" role="alert" data-testid="sc-file-error">
            <p>{fileError.message}</p>
            <p>{t("f.sc.unchanged")}</p>
          </div>
        )}
      </div>

      {draft && (
        <>
          <div class="sc-status" aria-live="polite" data-testid="sc-status" data-state={draft.check.state}>
            <p>
              <strong>{t("f.sc.editing", { source: draft.source })}</strong>{" "}
              <button type="button" class="button button-quiet" onClick={download}>
                {t("f.sc.download")}
              </button>{" "}
              <button
                type="button"
                class="button button-quiet"
                onClick={() => {
                  seq.current++;
                  onDraft(null);
                }}
              >
                {t("f.sc.discard")}
              </button>
            </p>
            <StatusLine draft={draft} />
            {draft.check.state === "ok" &&
              (inUse ? (
                <p class="fac-ok">{t("f.sc.inUse")}</p>
              ) : (
                <button type="button" class="button button-primary" onClick={onUse}>
                  {t("f.sc.use")}
                </button>
              ))}
          </div>
          {draft.check.state === "problems" && (
            <div class="form-error fac-problems sc-problems" role="alert" data-testid="sc-problems">
              <p>{draft.check.message}</p>
              <ol>
                {draft.check.problems.map((p) => (
                  <li key={`${p.path} ${p.message}`} data-code={p.code}>
                    <button
                      type="button"
                      class="sc-problem-link"
                      onClick={() => {
                        setTab(tabOf(p.path));
                        setFocus(p.path);
                      }}
                    >
                      <code>{p.path || "(scenario)"}</code>
                    </button>{" "}
                    <span class="sc-kind">{t(`f.sc.kind.${p.code}`)}</span> {p.message}
                  </li>
                ))}
              </ol>
            </div>
          )}
          <div class="sc-tabs" role="tablist" aria-label={t("f.sc.title")}>
            {TABS.map((which) => (
              <button
                key={which}
                type="button"
                role="tab"
                id={`sc-tab-${which}`}
                aria-selected={tab === which}
                aria-controls="sc-panel"
                class={tab === which ? "on" : ""}
                onClick={() => setTab(which)}
              >
                {t(`f.sc.tab.${which}`)}
                {countIn(which) > 0 && <span class="sc-badge">{formatNumber(countIn(which))}</span>}
              </button>
            ))}
          </div>
          <div id="sc-panel" role="tabpanel" aria-labelledby={`sc-tab-${tab}`} class="sc-panel">
            {tab === "general" && <General file={draft.file} edit={edit} />}
            {tab === "seats" && <Seats file={draft.file} edit={edit} />}
            {tab === "issues" && <Issues file={draft.file} edit={edit} />}
            {tab === "points" && <PointTables file={draft.file} edit={edit} />}
            {tab === "briefs" && <Briefs file={draft.file} edit={edit} />}
            {tab === "events" && <Events file={draft.file} edit={edit} />}
          </div>
          <BalancePanel file={draft.file} ready={draft.check.state === "ok"} onDone={onBalanced} />
        </>
      )}
    </section>
  );
}

/** The server's verdict on a text, as the workshop shows it. */
async function judge(text: string): Promise<ScenarioDraft["check"]> {
  try {
    return { state: "ok", facts: await checkScenarioText(text) };
  } catch (error) {
    if (error instanceof ScenarioRefusal && error.code === "scenario/invalid")
      return {
        state: "problems",
        problems: error.problems,
        message: t("f.sc.problemCount", { n: error.problems.length }),
      };
    const f = error instanceof ApiFailure ? error : new ApiFailure("net/unreachable", String(error), 0);
    return { state: "refused", message: errorText(f.code, f.message) };
  }
}

function StatusLine({ draft }: { draft: ScenarioDraft }) {
  const c = draft.check;
  if (c.state === "checking") return <p class="hint">{t("f.sc.checking")}</p>;
  if (c.state === "refused") return <p class="form-error">{c.message}</p>;
  if (c.state === "problems") return null;
  return (
    <p class="fac-ok" data-testid="sc-ok">
      {t("f.sc.ok", {
        title: loc(c.facts.title),
        seats: c.facts.seats,
        issues: c.facts.issues,
        options: c.facts.options,
        packages: formatNumber(c.facts.packages),
        events: c.facts.events,
      })}
    </p>
  );
}

type Edit = (path: readonly Key[], value: unknown) => void;

/** A text field bound to a path of the file; `dataPath` is the path the engine names it by. */
function TextField(props: {
  label: string;
  value: unknown;
  dataPath: string;
  onInput: (v: string) => void;
  long?: boolean;
}) {
  const id = `sc-f-${props.dataPath.replace(/[^\w-]/g, "_")}`;
  const value = typeof props.value === "string" ? props.value : "";
  return (
    <div class="field sc-field">
      <label for={id}>{props.label}</label>
      {props.long ? (
        <textarea
          id={id}
          data-path={props.dataPath}
          rows={3}
          value={value}
          onInput={(e) => props.onInput((e.target as HTMLTextAreaElement).value)}
        />
      ) : (
        <input
          id={id}
          type="text"
          data-path={props.dataPath}
          value={value}
          onInput={(e) => props.onInput((e.target as HTMLInputElement).value)}
        />
      )}
    </div>
  );
}

/** A number field; an empty field removes the value, which the check then names. */
function NumberField(props: {
  label: string;
  value: unknown;
  dataPath: string;
  onInput: (v: number | undefined) => void;
  compact?: boolean;
}) {
  const id = `sc-f-${props.dataPath.replace(/[^\w-]/g, "_")}`;
  const missing = typeof props.value !== "number";
  return (
    <div class={`field sc-field sc-number${props.compact ? " sc-compact" : ""}`}>
      <label for={id}>{props.label}</label>
      <input
        id={id}
        type="number"
        data-path={props.dataPath}
        class={missing ? "sc-missing" : ""}
        value={missing ? "" : String(props.value)}
        onInput={(e) => {
          const raw = (e.target as HTMLInputElement).value;
          props.onInput(raw.trim() === "" ? undefined : Number(raw));
        }}
      />
    </div>
  );
}

/** English and Ukrainian of a localised text (the other languages fall back to English). */
function Localised(props: {
  label: string;
  value: Json;
  path: readonly Key[];
  dataPath: string;
  edit: Edit;
  long?: boolean;
}) {
  const v = isObject(props.value) ? props.value : {};
  return (
    <div class="sc-localised">
      <TextField
        label={`${props.label} (${t("f.sc.lang.en")})`}
        value={v.en}
        dataPath={props.dataPath}
        long={props.long}
        onInput={(s) => props.edit([...props.path, "en"], s)}
      />
      <TextField
        label={`${props.label} (${t("f.sc.lang.uk")})`}
        value={v.uk}
        dataPath={`${props.dataPath}.uk`}
        long={props.long}
        onInput={(s) => props.edit([...props.path, "uk"], s === "" ? undefined : s)}
      />
    </div>
  );
}

function General({ file, edit }: { file: Json; edit: Edit }) {
  return (
    <div>
      <div class="sc-grid">
        <TextField label={t("f.sc.id")} value={file.id} dataPath="id" onInput={(s) => edit(["id"], s)} />
        <NumberField
          label={t("f.sc.version")}
          value={file.version}
          dataPath="version"
          onInput={(n) => edit(["version"], n)}
        />
      </div>
      <Localised label={t("f.sc.scTitle")} value={file.title} path={["title"]} dataPath="title" edit={edit} />
      <Localised
        label={t("f.sc.summary")}
        value={file.summary}
        path={["summary"]}
        dataPath="summary"
        edit={edit}
        long
      />
      <Localised
        label={t("f.sc.setting")}
        value={file.setting}
        path={["setting"]}
        dataPath="setting"
        edit={edit}
        long
      />
    </div>
  );
}

function Seats({ file, edit }: { file: Json; edit: Edit }) {
  const seats = list(file.seats);
  const add = () => {
    const n = seats.length + 1;
    edit(["seats", seats.length], {
      id: `seat-${n}`,
      kind: "european",
      name: { en: `Seat ${n}` },
      flag: "eu",
      inDefaultTable: false,
      publicPosition: { en: "" },
      politicalCapital: 50,
      militaryCapacity: 20,
      financialCapacity: 20,
      brief: emptyBrief(file),
    });
  };
  return (
    <div>
      {seats.map((seat, i) => {
        const at = elementPath("seats", seats, i);
        return (
          <fieldset key={i} class="sc-item" data-testid={`sc-seat-${i}`}>
            <legend>{loc(seat?.name) || at}</legend>
            <div class="sc-grid">
              <TextField
                label={t("f.sc.id")}
                value={seat?.id}
                dataPath={`${at}.id`}
                onInput={(s) => edit(["seats", i, "id"], s)}
              />
              <div class="field sc-field">
                <label for={`sc-kind-${i}`}>{t("f.sc.kind")}</label>
                <select
                  id={`sc-kind-${i}`}
                  data-path={`${at}.kind`}
                  value={seat?.kind}
                  onChange={(e) => edit(["seats", i, "kind"], (e.target as HTMLSelectElement).value)}
                >
                  {SEAT_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {t(`f.sc.seatKind.${k}`)}
                    </option>
                  ))}
                </select>
              </div>
              <TextField
                label={t("f.sc.flag")}
                value={seat?.flag}
                dataPath={`${at}.flag`}
                onInput={(s) => edit(["seats", i, "flag"], s)}
              />
              <label class="fac-check sc-check">
                <input
                  type="checkbox"
                  data-path={`${at}.inDefaultTable`}
                  checked={seat?.inDefaultTable === true}
                  onChange={(e) => edit(["seats", i, "inDefaultTable"], (e.target as HTMLInputElement).checked)}
                />
                <span>{t("f.sc.inDefaultTable")}</span>
              </label>
            </div>
            <Localised
              label={t("f.sc.name")}
              value={seat?.name}
              path={["seats", i, "name"]}
              dataPath={`${at}.name`}
              edit={edit}
            />
            <Localised
              label={t("f.sc.position")}
              value={seat?.publicPosition}
              path={["seats", i, "publicPosition"]}
              dataPath={`${at}.publicPosition`}
              edit={edit}
              long
            />
            <div class="sc-grid">
              {(["politicalCapital", "militaryCapacity", "financialCapacity"] as const).map((k) => (
                <NumberField
                  key={k}
                  label={t(`f.sc.${k}`)}
                  value={seat?.[k]}
                  dataPath={`${at}.${k}`}
                  onInput={(n) => edit(["seats", i, k], n)}
                  compact
                />
              ))}
            </div>
            <button type="button" class="button button-quiet" onClick={() => edit(["seats", i], undefined)}>
              {t("f.sc.removeSeat")}
            </button>
          </fieldset>
        );
      })}
      <button type="button" class="button" onClick={add}>
        {t("f.sc.addSeat")}
      </button>
    </div>
  );
}

function Issues({ file, edit }: { file: Json; edit: Edit }) {
  const issues = list(file.issues);
  const blankOption = (n: number) => ({
    id: `option-${n}`,
    label: { en: `Option ${n}` },
    description: { en: "" },
    attributes: Object.fromEntries(OPTION_ATTRIBUTES.map((a) => [a, 0])),
  });
  return (
    <div>
      {issues.map((issue, i) => {
        const at = elementPath("issues", issues, i);
        const options = list(issue?.options);
        return (
          <fieldset key={i} class="sc-item" data-testid={`sc-issue-${i}`}>
            <legend>{loc(issue?.name) || at}</legend>
            <TextField
              label={t("f.sc.id")}
              value={issue?.id}
              dataPath={`${at}.id`}
              onInput={(s) => edit(["issues", i, "id"], s)}
            />
            <Localised
              label={t("f.sc.issueName")}
              value={issue?.name}
              path={["issues", i, "name"]}
              dataPath={`${at}.name`}
              edit={edit}
            />
            <Localised
              label={t("f.sc.question")}
              value={issue?.question}
              path={["issues", i, "question"]}
              dataPath={`${at}.question`}
              edit={edit}
              long
            />
            <h3 class="sc-sub">{t("f.sc.options")}</h3>
            {options.map((option, j) => {
              const oat = elementPath(`${at}.options`, options, j);
              return (
                <div key={j} class="sc-option">
                  <div class="sc-grid">
                    <TextField
                      label={t("f.sc.id")}
                      value={option?.id}
                      dataPath={`${oat}.id`}
                      onInput={(s) => edit(["issues", i, "options", j, "id"], s)}
                    />
                    <TextField
                      label={`${t("f.sc.label")} (${t("f.sc.lang.en")})`}
                      value={option?.label?.en}
                      dataPath={`${oat}.label`}
                      onInput={(s) => edit(["issues", i, "options", j, "label", "en"], s)}
                    />
                    <TextField
                      label={`${t("f.sc.label")} (${t("f.sc.lang.uk")})`}
                      value={option?.label?.uk}
                      dataPath={`${oat}.label.uk`}
                      onInput={(s) => edit(["issues", i, "options", j, "label", "uk"], s === "" ? undefined : s)}
                    />
                  </div>
                  <TextField
                    label={`${t("f.sc.description")} (${t("f.sc.lang.en")})`}
                    value={option?.description?.en}
                    dataPath={`${oat}.description`}
                    long
                    onInput={(s) => edit(["issues", i, "options", j, "description", "en"], s)}
                  />
                  <div class="sc-attributes">
                    {OPTION_ATTRIBUTES.map((a) => (
                      <NumberField
                        key={a}
                        label={t(`f.sc.attr.${a}`)}
                        value={option?.attributes?.[a]}
                        dataPath={`${oat}.attributes.${a}`}
                        onInput={(n) => edit(["issues", i, "options", j, "attributes", a], n)}
                        compact
                      />
                    ))}
                  </div>
                  <button
                    type="button"
                    class="button button-quiet"
                    onClick={() => edit(["issues", i, "options", j], undefined)}
                  >
                    {t("f.sc.removeOption")}
                  </button>
                </div>
              );
            })}
            <div class="sc-row">
              <button
                type="button"
                class="button"
                onClick={() => edit(["issues", i, "options", options.length], blankOption(options.length + 1))}
              >
                {t("f.sc.addOption")}
              </button>
              <button type="button" class="button button-quiet" onClick={() => edit(["issues", i], undefined)}>
                {t("f.sc.removeIssue")}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="button"
        onClick={() =>
          edit(["issues", issues.length], {
            id: `issue-${issues.length + 1}`,
            name: { en: `Issue ${issues.length + 1}` },
            question: { en: "" },
            options: [blankOption(1), blankOption(2)],
          })
        }
      >
        {t("f.sc.addIssue")}
      </button>
    </div>
  );
}

/** Every seat's points for every option, one grid per issue: a missing value is an empty, marked field. */
function PointTables({ file, edit }: { file: Json; edit: Edit }) {
  const seats = list(file.seats);
  const withBrief = seats.map((s, i) => ({ s, i })).filter(({ s }) => isObject(s?.brief));
  const issues = list(file.issues);
  return (
    <div>
      <p class="hint">{t("f.sc.points.hint")}</p>
      {issues.map((issue, k) => (
        <div key={k} class="sc-table-wrap">
          <table class="sc-points">
            <caption>{loc(issue?.name) || String(issue?.id ?? k)}</caption>
            <thead>
              <tr>
                <th scope="col">{t("f.sc.option")}</th>
                {withBrief.map(({ s, i }) => (
                  <th key={i} scope="col">
                    {loc(s?.name) || String(s?.id)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {list(issue?.options).map((option, j) => (
                <tr key={j}>
                  <th scope="row">{loc(option?.label) || String(option?.id)}</th>
                  {withBrief.map(({ s, i }) => {
                    const at = `${elementPath("seats", seats, i)}.brief.pointTable.${issue?.id}.${option?.id}`;
                    const value = s.brief?.pointTable?.[issue?.id]?.[option?.id];
                    return (
                      <td key={i}>
                        <input
                          type="number"
                          aria-label={`${loc(s?.name)}: ${loc(option?.label)}`}
                          data-path={at}
                          class={typeof value === "number" ? "" : "sc-missing"}
                          value={typeof value === "number" ? String(value) : ""}
                          onInput={(e) => {
                            const raw = (e.target as HTMLInputElement).value;
                            edit(
                              ["seats", i, "brief", "pointTable", String(issue?.id), String(option?.id)],
                              raw.trim() === "" ? undefined : Number(raw),
                            );
                          }}
                        />
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}

function Briefs({ file, edit }: { file: Json; edit: Edit }) {
  const seats = list(file.seats);
  return (
    <div>
      {seats.map((seat, i) => {
        const at = elementPath("seats", seats, i);
        if (seat?.kind === "redcell")
          return (
            <p key={i} class="hint">
              {t("f.sc.redCellNoBrief", { seat: loc(seat?.name) || at })}
            </p>
          );
        if (!isObject(seat?.brief))
          return (
            <fieldset key={i} class="sc-item sc-no-brief">
              <legend>{loc(seat?.name) || at}</legend>
              <p data-path={`${at}.brief`} tabIndex={-1}>
                {t("f.sc.noBrief")}
              </p>
              <button type="button" class="button" onClick={() => edit(["seats", i, "brief"], emptyBrief(file))}>
                {t("f.sc.addBrief")}
              </button>
            </fieldset>
          );
        const b = seat.brief;
        return (
          <fieldset key={i} class="sc-item">
            <legend>{loc(seat?.name) || at}</legend>
            <Localised
              label={t("f.sc.objectives")}
              value={b.objectives}
              path={["seats", i, "brief", "objectives"]}
              dataPath={`${at}.brief.objectives`}
              edit={edit}
              long
            />
            <div class="sc-grid">
              <NumberField
                label={t("f.sc.noDealValue")}
                value={b.noDealValue}
                dataPath={`${at}.brief.noDealValue`}
                onInput={(n) => edit(["seats", i, "brief", "noDealValue"], n)}
                compact
              />
              <NumberField
                label={t("f.sc.penalty")}
                value={b.brokenPromisePenalty}
                dataPath={`${at}.brief.brokenPromisePenalty`}
                onInput={(n) => edit(["seats", i, "brief", "brokenPromisePenalty"], n)}
                compact
              />
              {OUTCOMES.map((o) => (
                <NumberField
                  key={o}
                  label={t(`f.sc.outcome.${o}`)}
                  value={b.outcomePoints?.[o]}
                  dataPath={`${at}.brief.outcomePoints.${o}`}
                  onInput={(n) => edit(["seats", i, "brief", "outcomePoints", o], n)}
                  compact
                />
              ))}
            </div>
            <p class="hint">{t("f.sc.redLines", { n: list(b.redLines).length })}</p>
          </fieldset>
        );
      })}
    </div>
  );
}

function Events({ file, edit }: { file: Json; edit: Edit }) {
  const events = list(file.events);
  return (
    <div>
      {events.map((event, i) => {
        const at = elementPath("events", events, i);
        const effects = list(event?.effects);
        return (
          <fieldset key={i} class="sc-item">
            <legend>{loc(event?.title) || at}</legend>
            <div class="sc-grid">
              <TextField
                label={t("f.sc.id")}
                value={event?.id}
                dataPath={`${at}.id`}
                onInput={(s) => edit(["events", i, "id"], s)}
              />
              <NumberField
                label={t("f.sc.weight")}
                value={event?.weight}
                dataPath={`${at}.weight`}
                onInput={(n) => edit(["events", i, "weight"], n)}
                compact
              />
            </div>
            <Localised
              label={t("f.sc.eventTitle")}
              value={event?.title}
              path={["events", i, "title"]}
              dataPath={`${at}.title`}
              edit={edit}
            />
            <Localised
              label={t("f.sc.eventText")}
              value={event?.text}
              path={["events", i, "text"]}
              dataPath={`${at}.text`}
              edit={edit}
              long
            />
            <h3 class="sc-sub">{t("f.sc.effects")}</h3>
            {effects.map((effect, j) => (
              <div key={j} class="sc-row sc-effect">
                <TextField
                  label={t("f.sc.target")}
                  value={effect?.target}
                  dataPath={`${at}.effects[${j}].target`}
                  onInput={(s) => edit(["events", i, "effects", j, "target"], s)}
                />
                <div class="field sc-field">
                  <label for={`sc-stat-${i}-${j}`}>{t("f.sc.stat")}</label>
                  <select
                    id={`sc-stat-${i}-${j}`}
                    data-path={`${at}.effects[${j}].stat`}
                    value={effect?.stat}
                    onChange={(e) => edit(["events", i, "effects", j, "stat"], (e.target as HTMLSelectElement).value)}
                  >
                    {EFFECT_STATS.map((s) => (
                      <option key={s} value={s}>
                        {t(`f.sc.statName.${s}`)}
                      </option>
                    ))}
                  </select>
                </div>
                <NumberField
                  label={t("f.sc.delta")}
                  value={effect?.delta}
                  dataPath={`${at}.effects[${j}].delta`}
                  onInput={(n) => edit(["events", i, "effects", j, "delta"], n)}
                  compact
                />
                <button
                  type="button"
                  class="button button-quiet"
                  onClick={() => edit(["events", i, "effects", j], undefined)}
                >
                  {t("f.sc.remove")}
                </button>
              </div>
            ))}
            <div class="sc-row">
              <button
                type="button"
                class="button"
                onClick={() =>
                  edit(["events", i, "effects", effects.length], { target: "table", stat: "unity", delta: 0 })
                }
              >
                {t("f.sc.addEffect")}
              </button>
              <button type="button" class="button button-quiet" onClick={() => edit(["events", i], undefined)}>
                {t("f.sc.removeEvent")}
              </button>
            </div>
          </fieldset>
        );
      })}
      <button
        type="button"
        class="button"
        onClick={() =>
          edit(["events", events.length], {
            id: `event-${events.length + 1}`,
            title: { en: `Event ${events.length + 1}` },
            text: { en: "" },
            effects: [{ target: "table", stat: "unity", delta: 0 }],
            weight: 1,
          })
        }
      >
        {t("f.sc.addEvent")}
      </button>
    </div>
  );
}
