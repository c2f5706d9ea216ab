// The moves that run a table's clock, the same for one table (on its card) and for all of them.
import { t } from "../i18n/index.ts";

export type ActFn = (label: string, action: { type: string; [k: string]: unknown }) => void;

export function TableControls({ busy, onAct, compact }: { busy: boolean; onAct: ActFn; compact?: boolean }) {
  const cls = `button${compact ? " button-small" : ""}`;
  return (
    <div class="fac-controls">
      <button
        type="button"
        class={`${cls} button-primary`}
        disabled={busy}
        onClick={() => onAct(t("f.start"), { type: "table/start" })}
      >
        {t("f.start")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct(t("f.pause"), { type: "facilitator/pause" })}
      >
        {t("f.pause")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct(t("f.resume"), { type: "facilitator/resume" })}
      >
        {t("f.resume")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct(t("f.extend"), { type: "facilitator/extend", seconds: 120 })}
      >
        {t("f.extend")}
      </button>
      <button
        type="button"
        class={cls}
        disabled={busy}
        onClick={() => onAct(t("f.skip"), { type: "facilitator/skip", forward: true })}
      >
        {t("f.skip")}
      </button>
    </div>
  );
}
