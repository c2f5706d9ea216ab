// How the West answered Moscow in a stress-test year, as the adjudication reads it and the red
// cell's score reads it again: one definition of a split answer, not two.
import { type MoscowAction, RESPONSES, type Response } from "./scenario.ts";

/** The shape of a year's answer: after a hostile action, did anyone do nothing, did anyone answer militarily. */
export interface WestAnswer {
  /** Some responder did nothing after a hostile action. */
  anyNothing: boolean;
  /** Some responder answered with air defence or direct military support after a hostile action. */
  anyMilitary: boolean;
}

/** The answer's shape from every responder's response (a responder that did not answer did nothing). */
export function westAnswer(action: MoscowAction, responses: readonly Response[]): WestAnswer {
  if (action === "comply") return { anyNothing: false, anyMilitary: false };
  return {
    anyNothing: responses.includes("nothing"),
    anyMilitary: responses.some((r) => RESPONSES.indexOf(r) >= 2),
  };
}

/** Some answered militarily and others did nothing: the split that costs unity. */
export function isSplit(answer: WestAnswer): boolean {
  return answer.anyNothing && answer.anyMilitary;
}
