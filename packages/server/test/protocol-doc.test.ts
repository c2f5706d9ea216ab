// docs/protocol.md must name every error code a client can receive, so it never goes stale.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../../..");
const doc = fs.readFileSync(path.join(root, "docs/protocol.md"), "utf8");

function codesIn(dir: string, pattern: RegExp): Set<string> {
  const codes = new Set<string>();
  for (const file of fs.readdirSync(dir)) {
    if (!file.endsWith(".ts") || file.endsWith(".test.ts")) continue;
    for (const m of fs.readFileSync(path.join(dir, file), "utf8").matchAll(pattern)) if (m[1]) codes.add(m[1]);
  }
  return codes;
}

describe("docs/protocol.md", () => {
  it("lists every rule error the engine can return", () => {
    const codes = codesIn(path.join(root, "packages/engine/src"), /(?:fail|refusal)\(\s*"([a-z_]+\/[a-z_]+)"/g);
    expect(codes.size).toBeGreaterThan(20);
    for (const code of codes) expect(doc, `${code} is missing from docs/protocol.md`).toContain(`\`${code}\``);
  });

  it("lists every error the HTTP API and the room can return", () => {
    const src = path.join(root, "packages/server/src");
    const codes = [
      ...codesIn(src, /code: "([a-z_]+\/[a-z_]+)"/g),
      ...codesIn(src, /ApiError\(\d+, "([a-z_]+\/[a-z_]+)"/g),
    ];
    expect(codes.length).toBeGreaterThan(15);
    for (const code of codes) expect(doc, `${code} is missing from docs/protocol.md`).toContain(`\`${code}\``);
  });
});
