// The guided first game (#21, item 6): which steps, in which order, what each points at, and which
// phone tab shows it. Pure data and functions: the numbers come from the scenario the table plays
// (the unanimity bonus, the seat's no-deal value, capital and broken-promise penalty), never from here.

/** A phone tab of the table page. */
export type GuidePane = "table" | "brief" | "analysis" | "chat";

/** The steps of the guide, in the order they are shown. */
export const GUIDE_STEP_IDS = [
  "intro",
  "scoring",
  "brief",
  "draft",
  "amend",
  "support",
  "pen",
  "analysis",
  "vote",
  "sign",
  "after",
  "done",
] as const;
export type GuideStepId = (typeof GUIDE_STEP_IDS)[number];

/** The scenario's numbers the guide quotes for this seat. */
export type GuideFacts = {
  seatName: string;
  noDealValue: number;
  unanimityBonus: number;
  capital: number;
  brokenPromisePenalty: number;
};

/** One step: what it says (a catalogue key and its values), what it points at, and where that lives. */
export type GuideStep = {
  id: GuideStepId;
  /** Selectors tried in order; the first element on the page is highlighted. None: the callout stands alone. */
  targets: string[];
  /** The phone tab that holds the targets (null: any tab will do). */
  pane: GuidePane | null;
  params: Record<string, string | number>;
};

const TARGETS: Record<GuideStepId, { targets: string[]; pane: GuidePane | null }> = {
  intro: { targets: [], pane: null },
  scoring: { targets: [".brief-panel .brief-facts", ".brief-panel"], pane: "brief" },
  brief: { targets: [".brief-panel .point-table", ".brief-panel"], pane: "brief" },
  draft: { targets: [".draft-panel"], pane: "table" },
  // Amendments and their support exist from the negotiation on; during the briefing the draft's
  // options (where an amendment starts) stand in.
  amend: { targets: [".amendments-panel", ".draft-panel .options"], pane: "table" },
  support: {
    targets: [".amendments-panel .amendment-list", ".amendments-panel", ".draft-panel .options"],
    pane: "table",
  },
  pen: { targets: [".pen-control", ".draft-panel .pen-holder", ".seats-row .has-pen"], pane: "table" },
  analysis: { targets: [".analysis-panel"], pane: "analysis" },
  vote: { targets: [".table-actions", ".draft-panel .panel-head"], pane: "table" },
  sign: { targets: [".signing-dialog", ".seats-row"], pane: "table" },
  after: { targets: [".phase-clock"], pane: null },
  done: { targets: [".rules-help summary"], pane: "brief" },
};

/** Every step of the guide for a seat, with the scenario's numbers filled in. */
export function guideSteps(facts: GuideFacts): GuideStep[] {
  const params: Record<string, string | number> = {
    seat: facts.seatName,
    noDeal: facts.noDealValue,
    bonus: facts.unanimityBonus,
    capital: facts.capital,
    penalty: facts.brokenPromisePenalty,
  };
  return GUIDE_STEP_IDS.map((id) => ({ id, ...TARGETS[id], params }));
}

/** The tab a step switches a phone to, or null to stay (a desktop shows every pane at once). */
export function paneFor(step: GuideStep, layout: "phone" | "desktop"): GuidePane | null {
  return layout === "phone" ? step.pane : null;
}

/** The text key of a step's body: scoring without a unanimity bonus says so instead of quoting 0. */
export function bodyKey(step: GuideStep): `guide.${GuideStepId}.text` | "guide.scoring.textNoBonus" {
  if (step.id === "scoring" && step.params.bonus === 0) return "guide.scoring.textNoBonus";
  return `guide.${step.id}.text`;
}

/** The first of `targets` found in `root`, if any. */
export function findTarget(root: ParentNode, targets: string[]): HTMLElement | null {
  for (const selector of targets) {
    const el = root.querySelector<HTMLElement>(selector);
    if (el && el.getClientRects().length > 0) return el;
  }
  return null;
}
