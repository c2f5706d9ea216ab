// Writes docs/scenario.schema.json from the zod schema: `node packages/engine/scripts/export-json-schema.ts`.
// The engine's tests fail when the committed file differs from a fresh export.
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { SCENARIO_JSON_SCHEMA_PATH, scenarioJsonSchemaText } from "../src/json-schema.ts";

const target = fileURLToPath(new URL(`../../../${SCENARIO_JSON_SCHEMA_PATH}`, import.meta.url));
writeFileSync(target, scenarioJsonSchemaText());
console.log(`wrote ${SCENARIO_JSON_SCHEMA_PATH}`);
