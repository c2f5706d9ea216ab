// The closed amendments the amendments panel lists under its "N closed amendments" summary.
import type { TableSnapshot } from "../net/table-types.ts";

type Amendment = TableSnapshot["amendments"][number];

/** Every closed amendment (accepted, declined, withdrawn), newest first. */
export function closedAmendments(amendments: readonly Amendment[]): Amendment[] {
  // All of them: the summary counts what the list holds (it showed the last six under "18 closed").
  return amendments.filter((a) => a.status !== "open").reverse();
}
