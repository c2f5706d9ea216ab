// The scenario format as JSON Schema, for editors and for people writing scenarios by hand.
// docs/scenario.schema.json is this function's output; a test keeps the two equal.
import { z } from "zod";
import { scenarioSchema } from "./scenario.ts";

/** Where the exported schema lives, relative to the repository root. */
export const SCENARIO_JSON_SCHEMA_PATH = "docs/scenario.schema.json";

/** The scenario schema as a JSON Schema object (the shape a file is written in: defaults optional). */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: "input", target: "draft-2020-12" });
  return {
    ...schema,
    title: "Ironclad scenario",
    description:
      "A scenario of Ironclad: seats, issues and options, agreement rule, timings, events and model constants. Cross-field rules (complete point tables, known seat ids, ...) are checked by `npm run scenario -- validate <file>`.",
  };
}

/** The file text of docs/scenario.schema.json: the schema, two-space indented, with a final newline. */
export function scenarioJsonSchemaText(): string {
  return `${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`;
}
