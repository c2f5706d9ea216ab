// What a person finds on taking a seat back from its keeper, or over from a bot (#17, #21): shown
// once above the table until they dismiss it, in their language (the lines come as data).
import type { CatchUp } from "@ironclad/engine/protocol";
import { useState } from "preact/hooks";
import { t, useLang } from "../i18n/index.ts";
import type { PublicScenario } from "../net/table-types.ts";
import { catchUpText } from "./catch-up-text.ts";
import "./catch-up-panel.css";

export function CatchUpPanel({ catchUp, scenario }: { catchUp: CatchUp | null; scenario: PublicScenario | null }) {
  useLang();
  // Dismissed per message: a later catch-up (another return) shows again.
  const [dismissed, setDismissed] = useState<CatchUp | null>(null);
  if (!catchUp || !scenario || dismissed === catchUp) return null;
  return (
    <section class="catch-up" role="status" aria-labelledby="catch-up-title" data-testid="catch-up">
      <div>
        <h2 id="catch-up-title">{t(catchUp.reason === "away" ? "catchUp.awayTitle" : "catchUp.handoverTitle")}</h2>
        <ul>
          {catchUp.lines.map((line, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: the lines of one catch-up never change order
            <li key={i}>{catchUpText(line, scenario)}</li>
          ))}
        </ul>
      </div>
      <button type="button" class="button button-small" onClick={() => setDismissed(catchUp)}>
        {t("play.dismiss")}
      </button>
    </section>
  );
}
