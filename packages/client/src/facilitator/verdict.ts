// What a table's card says on the class dashboard and at the top of its report: the verdict in
// large type (in play, a deal or none) and below it the outcome or the phase it is in.
import { w, wordOr } from "./words.ts";

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
export function tableVerdict(t: VerdictInput): Verdict {
  // Ended from the lobby: nothing was played, whatever outcome the engine computed.
  if (t.notPlayed) return { tone: "notplayed", verdict: w("f.proj.notPlayed"), detail: w("f.outcome.notPlayed") };
  const detail = t.untested
    ? w("f.outcome.untested")
    : t.outcome
      ? wordOr(`f.outcome.${t.outcome}`, t.outcome)
      : wordOr(`f.phase.${t.phase}`, t.phase);
  if (t.concluded) return { tone: "deal", verdict: w("f.proj.deal"), detail };
  if (t.phase === "debrief") return { tone: "nodeal", verdict: w("f.proj.noDeal"), detail };
  // Before the start a table is not in play: people are still joining it.
  if (t.phase === "lobby") return { tone: "waiting", verdict: w("f.proj.waiting"), detail: w("f.proj.joining") };
  return { tone: "live", verdict: w("f.proj.inPlay"), detail };
}
