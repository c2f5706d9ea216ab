// Rules help: the game in ten lines, folded away until asked for.
import { t } from "../i18n/index.ts";

const LINES = ["draft", "amend", "pen", "poll", "offers", "positions", "vote", "ratify", "stress", "score"] as const;

/** A short, foldable summary of how a game is played. */
export function RulesHelp() {
  return (
    <details class="panel rules-help">
      <summary>
        <h2>{t("help.title")}</h2>
      </summary>
      <ol>
        {LINES.map((l) => (
          <li key={l}>{t(`help.${l}`)}</li>
        ))}
      </ol>
    </details>
  );
}
