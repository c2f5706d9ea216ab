// Rules help: the game in ten lines, folded away until asked for.
import { requestGuideReplay } from "../guide/guide-memory.ts";
import { t } from "../i18n/index.ts";

const LINES = ["draft", "amend", "pen", "poll", "offers", "positions", "vote", "ratify", "stress", "score"] as const;

/** A short, foldable summary of how a game is played. */
export function RulesHelp() {
  return (
    <details class="panel rules-help">
      <summary>
        <h2>{t("help.title")}</h2>
      </summary>
      {/* The guided tour of the controls, again (#21, item 6); the table page listens for it. */}
      <p class="guide-replay">
        <button type="button" class="button button-small" onClick={requestGuideReplay}>
          {t("guide.replay")}
        </button>
      </p>
      <ol>
        {LINES.map((l) => (
          <li key={l}>{t(`help.${l}`)}</li>
        ))}
      </ol>
    </details>
  );
}
