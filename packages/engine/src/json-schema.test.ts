import { readFileSync } from "node:fs";

import { fileURLToPath } from "node:url";

import { describe, expect, it } from "vitest";
import { defaultScenarioInput } from "./default-scenario.ts";
import { SCENARIO_JSON_SCHEMA_PATH, scenarioJsonSchema, scenarioJsonSchemaText } from "./json-schema.ts";

const repoFile = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

describe("scenario JSON Schema", () => {
  it("is committed in docs/ exactly as a fresh export (run packages/engine/scripts/export-json-schema.ts)", () => {
    expect(readFileSync(repoFile(SCENARIO_JSON_SCHEMA_PATH), "utf8")).toBe(scenarioJsonSchemaText());
  });

  it("is pointed to by the default scenario's $schema", () => {
    const scenarioFile = fileURLToPath(new URL("../scenarios/guarantees-2025.json", import.meta.url));
    const target = new URL((defaultScenarioInput() as { $schema: string }).$schema, `file://${scenarioFile}`);
    expect(fileURLToPath(target)).toBe(repoFile(SCENARIO_JSON_SCHEMA_PATH));
  });

  it("describes the file shape: defaulted fields are optional", () => {
    const schema = scenarioJsonSchema() as { required: string[]; properties: Record<string, unknown> };
    expect(schema.required).toContain("seats");
    expect(schema.required).not.toContain("timings");
    expect(Object.keys(schema.properties)).toContain("events");
  });

  it("accepts the default scenario and rejects a broken copy (checked with Ajv)", async () => {
    // Ajv is a dependency of the server, not of the engine: use it when present, skip when not.
    let Ajv: any;
    try {
      Ajv = (await import("ajv/dist/2020.js")).default;
    } catch {
      return;
    }
    const validate = new Ajv({ allErrors: true, strict: false }).compile(scenarioJsonSchema());
    const ok = validate(defaultScenarioInput());
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
    const broken = defaultScenarioInput() as any;
    broken.seats[0].brief.pointTable.pledge.consult = "ten";
    expect(validate(broken)).toBe(false);
    expect(validate.errors?.[0]?.instancePath).toBe("/seats/0/brief/pointTable/pledge/consult");
  });
});
