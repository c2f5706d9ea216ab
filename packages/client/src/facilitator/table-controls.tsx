// The moves that run a table's clock, the same for one table (on its card) and for all of them.
import { type MessageKey, t } from "../i18n/index.ts";

/** Runs `action`; `label` names it in the results box (a key, so the box follows a language switch). */
export type ActFn = (label: MessageKey, action: { type: string; [k: string]: unknown }) => void;

export function TableControls({ busy, onAct, compact }: { busy: boolean; onAct: ActFn; compact?: boolean }) {
  const cls = `button${compact ? " button-small" : ""}`;
  return (
    <div class="fac-controls">
      <button
        type="button"
        class={`${cls} button-primary`}
        disabled={busy}
        onClick={() => onAct("f.start", { type: "table/start" })}
      >
        {t("f.start")}
      </button>
      <button type="button" class={cls} disabled={busy} onClick={() => onAct("f.pause", { type: "facilitator/pause" })}>
        {t("f.pause")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct("f.resume", { type: "facilitator/resume" })}
      >
        {t("f.resume")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct("f.extend", { type: "facilitator/extend", seconds: 120 })}
      >
        {t("f.extend")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct("f.skip", { type: "facilitator/skip", forward: true })}
      >
        {t("f.skip")}
      </button>
    </div>
  );
}
