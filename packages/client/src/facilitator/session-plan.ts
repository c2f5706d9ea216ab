// The setup form's clock in minutes: what the facilitator types, read back into the seconds and
// counts the server takes, checked against the protocol's own limits; and the presets for a lesson
// or a workshop. The planned length itself is the engine's (plannedLength), never recomputed here.
import { plannedLength, type Timings } from "@ironclad/engine";
import { SESSION_TIMING_LIMITS, type SessionTimingKey } from "@ironclad/engine/protocol";

/** The settings in the order the form shows them. */
export const PLAN_KEYS = [
  "briefingSeconds",
  "rounds",
  "roundSeconds",
  "voteSeconds",
  "years",
  "moscowSeconds",
  "responseSeconds",
] as const satisfies readonly SessionTimingKey[];

/** Whether a setting is a count (rounds, years) rather than a length typed in minutes. */
export function isCount(key: SessionTimingKey): boolean {
  return key === "rounds" || key === "years";
}

/** What the form holds: each setting as typed (minutes, or a count); absent = the scenario's own. */
export type PlanText = Partial<Record<SessionTimingKey, string>>;
/** Why a typed setting cannot be used. */
export type PlanProblem = { kind: "not_a_number" } | { kind: "whole" } | { kind: "range"; min: number; max: number };

/** A length in seconds as the form shows it in minutes: up to two decimals, no trailing zeros. */
export function minutesText(seconds: number): string {
  return String(Math.round((seconds / 60) * 100) / 100);
}

/** The form's value of a setting: its text, or the default (seconds or a count) written the same way. */
export function shownText(key: SessionTimingKey, text: PlanText, defaults: Timings): string {
  const typed = text[key];
  if (typed !== undefined) return typed;
  return isCount(key) ? String(defaults[key]) : minutesText(defaults[key]);
}

/** The form's text read into the server's units, with each setting's problem (limits from the protocol). */
export function readPlan(text: PlanText): {
  timings: Partial<Record<SessionTimingKey, number>>;
  problems: Partial<Record<SessionTimingKey, PlanProblem>>;
} {
  const timings: Partial<Record<SessionTimingKey, number>> = {};
  const problems: Partial<Record<SessionTimingKey, PlanProblem>> = {};
  for (const key of PLAN_KEYS) {
    const raw = text[key]?.trim().replace(",", ".");
    if (raw === undefined || raw === "") continue;
    const n = Number(raw);
    const { min, max } = SESSION_TIMING_LIMITS[key];
    if (!Number.isFinite(n)) problems[key] = { kind: "not_a_number" };
    else if (isCount(key) && !Number.isInteger(n)) problems[key] = { kind: "whole" };
    else {
      const value = isCount(key) ? n : Math.round(n * 60);
      if (value < min || value > max) problems[key] = { kind: "range", min, max };
      else timings[key] = value;
    }
  }
  return { timings, problems };
}

/** A preset: the length of the lesson it fits, and its clock. */
export interface PlanPreset {
  id: "lesson45" | "lesson90" | "workshop180";
  /** The whole lesson or workshop, in minutes (the game plus the introduction and the debrief). */
  lessonMinutes: number;
  timings: Record<(typeof PLAN_KEYS)[number], number>;
}

/**
 * The presets. Each leaves about a third of the lesson or more for the introduction and the
 * debrief (session-plan.test.ts checks it with the engine's plan, a human red cell included).
 */
export const PRESETS: readonly PlanPreset[] = [
  {
    id: "lesson45",
    lessonMinutes: 45,
    timings: {
      briefingSeconds: 180,
      rounds: 2,
      roundSeconds: 480,
      voteSeconds: 90,
      years: 2,
      moscowSeconds: 60,
      responseSeconds: 60,
    },
  },
  {
    id: "lesson90",
    lessonMinutes: 90,
    timings: {
      briefingSeconds: 300,
      rounds: 3,
      roundSeconds: 720,
      voteSeconds: 120,
      years: 3,
      moscowSeconds: 90,
      responseSeconds: 90,
    },
  },
  {
    id: "workshop180",
    lessonMinutes: 180,
    timings: {
      briefingSeconds: 900,
      rounds: 4,
      roundSeconds: 1200,
      voteSeconds: 180,
      years: 3,
      moscowSeconds: 180,
      responseSeconds: 180,
    },
  },
];

/** A preset as the form's text. */
export function presetText(preset: PlanPreset): PlanText {
  const text: PlanText = {};
  for (const key of PLAN_KEYS)
    text[key] = isCount(key) ? String(preset.timings[key]) : minutesText(preset.timings[key]);
  return text;
}

/** The preset the form's values are exactly, if any. */
export function matchingPreset(text: PlanText, defaults: Timings): PlanPreset | null {
  const { timings, problems } = readPlan(text);
  if (Object.keys(problems).length > 0) return null;
  return PRESETS.find((p) => PLAN_KEYS.every((k) => (timings[k] ?? defaults[k]) === p.timings[k])) ?? null;
}

/** The engine's plan for the scenario's clock with the form's settings over it. */
export function planOf(defaults: Timings, timings: Partial<Record<SessionTimingKey, number>>, humanRedCell: boolean) {
  return plannedLength({ ...defaults, ...timings }, { humanRedCell });
}
