// Invariants every reachable state must satisfy (checked by the property tests).
import { type GameState, OUTCOMES, PHASES, STRESS_STEPS } from "../state.ts";

/** The problems with a state, or an empty list. */
export function stateProblems(s: GameState): string[] {
  const p: string[] = [];
  if (!PHASES.includes(s.phase)) p.push(`phase ${s.phase}`);
  if (s.phase === "stress" ? !s.step || !STRESS_STEPS.includes(s.step) : s.step !== null) p.push(`step ${s.step}`);
  if (s.penHolder !== null && (!s.seats[s.penHolder] || s.seats[s.penHolder]?.redCell)) p.push("pen holder not seated");
  const issues = new Map(s.scenario.issues.map((i) => [i.id, new Set(i.options.map((o) => o.id))]));
  for (const [issue, option] of Object.entries(s.draft)) {
    const opts = issues.get(issue);
    if (!opts) p.push(`draft issue ${issue}`);
    else if (option !== null && !opts.has(option)) p.push(`draft option ${option}`);
  }
  if (Object.keys(s.draft).length !== issues.size) p.push("draft issues");
  for (const id of s.seatOrder) if (!s.seats[id] || s.seats[id]?.redCell) p.push(`seatOrder ${id}`);
  for (const v of s.votes)
    for (const seat of Object.keys(v.ballots)) if (!s.seatOrder.includes(seat)) p.push(`ballot ${seat}`);
  const openVotes = s.votes.filter((v) => !v.result).length;
  if (openVotes !== (s.phase === "vote" ? 1 : 0)) p.push(`open votes ${openVotes} in ${s.phase}`);
  if (s.deadline !== null && !Number.isFinite(s.deadline)) p.push("deadline");
  if (s.paused && s.deadline !== null) p.push("paused with a deadline");
  for (const [k, v] of Object.entries(s.table)) if (!Number.isFinite(v) || v < 0) p.push(`table.${k} ${v}`);
  for (const seat of Object.values(s.seats))
    for (const k of ["capital", "resolve", "capacity"] as const)
      if (!(seat[k] >= 0 && seat[k] <= 100)) p.push(`${seat.id}.${k} ${seat[k]}`);
  if (s.phase === "debrief" ? !s.outcome || !OUTCOMES.includes(s.outcome) || !s.scores : s.outcome !== null)
    p.push("outcome");
  if (s.year > s.timings.years) p.push("year");
  if (s.round > s.timings.rounds) p.push("round");
  const fw = s.framework;
  if (fw?.bound.some((b) => !fw.signatories.includes(b))) p.push("bound not signatory");
  const { scenario: _s, ...data } = s;
  if (JSON.stringify(JSON.parse(JSON.stringify(data))) !== JSON.stringify(data)) p.push("not JSON data");
  return p;
}
