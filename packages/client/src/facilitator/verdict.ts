// What a table's card says on the class dashboard and at the top of its report: the verdict in
// large type (in play, a deal or none) and below it the outcome or the phase it is in.
import { t, tOr } from "../i18n/index.ts";

/** What the verdict needs of a table, as the session and table reports give it. */
export type VerdictInput = {
  phase: string;
  concluded: boolean;
  outcome: string | null;
  notPlayed?: boolean;
  /** Ended before the stress test had run its course: the outcome was never tested. */
  untested?: boolean;
};

/** The card's tone (its colour), its verdict and the line below it. */
export type Verdict = { tone: "waiting" | "live" | "deal" | "nodeal" | "notplayed"; verdict: string; detail: string };

/** A table's verdict in the current language. */
export function tableVerdict(table: VerdictInput): Verdict {
  // Ended from the lobby: nothing was played, whatever outcome the engine computed.
  if (table.notPlayed) return { tone: "notplayed", verdict: t("f.proj.notPlayed"), detail: t("f.outcome.notPlayed") };
  const detail = table.untested
    ? t("f.outcome.untested")
    : table.outcome
      ? tOr(`f.outcome.${table.outcome}`, table.outcome)
      : tOr(`f.phase.${table.phase}`, table.phase);
  if (table.concluded) return { tone: "deal", verdict: t("f.proj.deal"), detail };
  if (table.phase === "debrief") return { tone: "nodeal", verdict: t("f.proj.noDeal"), detail };
  // Before the start a table is not in play: people are still joining it.
  if (table.phase === "lobby") return { tone: "waiting", verdict: t("f.proj.waiting"), detail: t("f.proj.joining") };
  return { tone: "live", verdict: t("f.proj.inPlay"), detail };
}
