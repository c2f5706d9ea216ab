// docs/protocol.md must name every error code a client can receive, so it never goes stale.
import fs from "node:fs";
import path from "node:path";
import { CloseCode } from "@colyseus/core";
import { CLOSE_CODES, ERROR_CODES, RULE_CODES, SERVER_CODES } from "@ironclad/engine/protocol";
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
    const codes = codesIn(path.join(root, "packages/engine/src"), /(?:fail|refusal|fixed)\(\s*"([a-z_]+\/[a-z_]+)"/g);
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

  it("lists every WebSocket close code a connection can get: the room's own and Colyseus's", () => {
    const section = doc.slice(doc.indexOf("### Close codes"), doc.indexOf("## 3."));
    const codes = [...Object.values(CLOSE_CODES), ...Object.values(CloseCode)];
    for (const code of codes) expect(section, `close code ${code} is missing`).toContain(`\`${code}\``);
    for (const name of Object.keys(CLOSE_CODES)) expect(section, name).toContain(`\`${name}\``);
    // The room's own codes are its own: none is one of Colyseus's.
    for (const code of Object.values(CLOSE_CODES)) expect(Object.values(CloseCode)).not.toContain(code);
  });

  it("lists every code of the protocol's closed list", () => {
    for (const code of ERROR_CODES) expect(doc, `${code} is missing from docs/protocol.md`).toContain(`\`${code}\``);
  });
});

describe("the protocol's list of codes", () => {
  // Any code written in a source (a refusal, an ApiError, a room reply, a warning), across line breaks.
  const engineCodes = codesIn(
    path.join(root, "packages/engine/src"),
    /(?:fail|refusal|fixed)\(\s*"([a-z_]+\/[a-z_]+)"/g,
  );
  const engineReplies = codesIn(path.join(root, "packages/engine/src"), /code:\s*"([a-z_]+\/[a-z_]+)"/g);
  const serverCodes = new Set([
    ...codesIn(path.join(root, "packages/server/src"), /code:\s*"([a-z_]+\/[a-z_]+)"/g),
    ...codesIn(path.join(root, "packages/server/src"), /ApiError\(\s*\d+,\s*"([a-z_]+\/[a-z_]+)"/g),
  ]);

  it("holds every code the engine refuses with, and nothing it does not", () => {
    const used = new Set([...engineCodes, ...engineReplies]);
    expect(engineCodes.size).toBeGreaterThan(50);
    for (const code of used) expect(RULE_CODES as readonly string[], code).toContain(code);
    for (const code of RULE_CODES) expect(used, `${code} is listed but the engine never gives it`).toContain(code);
  });

  it("holds every code the server gives, and nothing it does not", () => {
    expect(serverCodes.size).toBeGreaterThan(30);
    for (const code of serverCodes) expect(ERROR_CODES as readonly string[], code).toContain(code);
    for (const code of SERVER_CODES)
      expect(serverCodes, `${code} is listed but the server never gives it`).toContain(code);
  });
});
