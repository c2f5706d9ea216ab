// Names the facilitator's pages print for a scenario's ids: a seat's, an issue's and an option's
// titles from the scenario, in the current language; an id the scenario does not know is tidied up.
import { loc } from "../i18n/index.ts";

/** What the names need of a scenario: its issues with their options' labels (a public scenario has them). */
export type NamedIssues = {
  issues: { id: string; options: { id: string; label: { en: string; [lang: string]: string } }[] }[];
};

/** An id made readable: "eu-date" → "Eu date". */
export function pretty(id: string): string {
  const s = id.replace(/[-_]+/g, " ");
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** The title of option `option` of issue `issue`. */
export function optionTitle(scenario: NamedIssues | null, issue: string, option: string): string {
  const o = scenario?.issues.find((i) => i.id === issue)?.options.find((x) => x.id === option);
  return o ? loc(o.label) : pretty(option);
}
