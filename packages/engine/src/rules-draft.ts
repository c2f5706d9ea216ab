// Negotiation: the draft, the amendments to it (posted, supported, opposed, accepted, declined,
// withdrawn), and each seat's stances on its options.
import type { ActionOf } from "./actions.ts";
import { openAmendment } from "./rules-amendments.ts";
import { actingSeat, type Ctx, fixed, madeOnce, own, type RuleError, refusal, type Wording } from "./rules-context.ts";
import { settleOffers } from "./rules-offers.ts";
import type { SeatId } from "./scenario.ts";
import type { Amendment, GameState, Package } from "./state.ts";

const stillBlank: Wording = (s) => {
  const blank = s.scenario.issues.filter((i) => s.draft[i.id] == null);
  return refusal(
    "vote/draft_incomplete",
    `The draft is not complete: ${blank.map((i) => i.name.en).join(", ")} still blank.`,
  );
};

/** Why the draft cannot go to a signing vote yet (the issues still blank), or null. */
export function draftIncomplete(s: GameState): RuleError | null {
  for (const issue of s.scenario.issues) if (s.draft[issue.id] == null) return madeOnce(s.draft, stillBlank, s, "");
  return null;
}

/** Why a draft change to `optionId` on `issueId` is refused (an unknown issue or option, or no change). */
export function draftChangeRefusal(s: GameState, issueId: string, optionId: string | null): RuleError | null {
  let issue: GameState["scenario"]["issues"][number] | undefined;
  for (const i of s.scenario.issues) if (i.id === issueId) issue = i;
  if (!issue) return refusal("draft/unknown_issue", `There is no issue "${issueId}" on the table.`);
  let known = optionId === null;
  for (const o of issue.options) if (o.id === optionId) known = true;
  if (!known) return refusal("draft/unknown_option", `"${optionId}" is not an option of ${issue.name.en}.`);
  return s.draft[issueId] === optionId ? fixed("draft/no_change", "The draft already says that.") : null;
}

/** The draft's `issue` now says `option` (set by a seat or the facilitator, through an amendment or not). */
export function setDraft(
  c: Ctx,
  issue: string,
  option: string | null,
  by: SeatId | "facilitator",
  amendment: number | null,
): void {
  own(c, "draft")[issue] = option;
  c.events.push({ type: "draft/changed", issue, option, by, amendment });
}

/** The package on a complete draft, or null while an issue is blank. */
export function completePackage(s: GameState): Package | null {
  const pkg: Package = {};
  for (const issue of s.scenario.issues) {
    const o = s.draft[issue.id];
    if (o == null) return null;
    pkg[issue.id] = o;
  }
  return pkg;
}

/** A seat posts an amendment to the draft. */
export function postAmendment(c: Ctx, a: ActionOf<"draft/amend">): void {
  const { s } = c;
  const amendment: Amendment = {
    id: s.nextAmendmentId++,
    by: actingSeat(a.actor),
    issue: a.issue,
    option: a.option,
    supporters: [],
    status: "open",
    round: s.round,
    at: c.t,
  };
  own(c, "amendments").push(amendment);
  c.events.push({ type: "amendment/posted", amendment: { ...amendment, supporters: [] } });
}

/** A seat supports an open amendment (and drops its opposition to it). */
export function supportAmendment(c: Ctx, a: ActionOf<"draft/support">): void {
  const seat = actingSeat(a.actor);
  const m = openAmendment(c, a.amendment);
  // Support and opposition exclude each other: a seat that changes its mind moves over.
  if (m.opponents?.includes(seat)) m.opponents = m.opponents.filter((x) => x !== seat);
  m.supporters.push(seat);
  c.events.push({ type: "amendment/supported", id: m.id, seat });
}

/** A seat opposes an open amendment (and drops its support for it). */
export function opposeAmendment(c: Ctx, a: ActionOf<"draft/oppose">): void {
  const seat = actingSeat(a.actor);
  const m = openAmendment(c, a.amendment);
  if (m.supporters.includes(seat)) m.supporters = m.supporters.filter((x) => x !== seat);
  m.opponents = [...(m.opponents ?? []), seat];
  c.events.push({ type: "amendment/opposed", id: m.id, seat });
}

/** The pen-holder accepts an open amendment (the draft changes) or declines it; offers about it settle. */
export function closeAmendment(c: Ctx, a: ActionOf<"draft/accept" | "draft/decline">): void {
  const { s } = c;
  const m = openAmendment(c, a.amendment);
  if (a.type === "draft/accept") {
    m.status = "accepted";
    c.events.push({ type: "amendment/closed", id: m.id, status: "accepted" });
    if (s.draft[m.issue] !== m.option)
      setDraft(c, m.issue, m.option, a.actor.kind === "seat" ? a.actor.seat : "facilitator", m.id);
  } else {
    m.status = "declined";
    c.events.push({ type: "amendment/closed", id: m.id, status: "declined" });
  }
  settleOffers(c, m.id);
}

/** A seat withdraws its own open amendment; offers about it settle. */
export function withdrawAmendment(c: Ctx, a: ActionOf<"draft/withdraw">): void {
  const m = openAmendment(c, a.amendment);
  m.status = "withdrawn";
  c.events.push({ type: "amendment/closed", id: m.id, status: "withdrawn" });
  settleOffers(c, m.id);
}

/** A seat marks (or clears) its stance on one option of an issue. */
export function setPosition(c: Ctx, a: ActionOf<"position/set">): void {
  const { s } = c;
  const seat = actingSeat(a.actor);
  const board = { ...(s.positions ?? {}) };
  const mine = { ...(board[seat] ?? {}) };
  const issue = { ...(mine[a.issue] ?? {}) };
  if (a.stance === null) delete issue[a.option];
  else issue[a.option] = a.stance;
  mine[a.issue] = issue;
  board[seat] = mine;
  s.positions = board;
  c.events.push({ type: "position/set", seat, issue: a.issue, option: a.option, stance: a.stance });
}
