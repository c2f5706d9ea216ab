// Builds the client once into a temporary directory for an end-to-end test file.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "vite";

/** A hash of the client's sources, the engine it bundles and the config, so test files can share one build of the same code. */
function sourceHash(): string {
  const root = path.resolve(import.meta.dirname, "..");
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(full).update(fs.readFileSync(full));
    }
  };
  walk(path.join(root, "src"));
  // The client bundles the engine (and its default scenario): a build is stale when they change too.
  walk(path.resolve(root, "../engine/src"));
  walk(path.resolve(root, "../engine/scenarios"));
  for (const f of ["index.html", "vite.config.ts", "../engine/package.json", "../../package-lock.json"])
    hash.update(fs.readFileSync(path.join(root, f)));
  return hash.digest("hex").slice(0, 16);
}

/**
 * Builds the client with Vite and returns the output directory. Test files running at the same
 * time share one build of the same sources (a directory lock; the others wait), which keeps a
 * two-core machine from building the client once per file.
 */
export async function buildClient(): Promise<string> {
  const base = path.join(os.tmpdir(), `ironclad-client-${sourceHash()}`);
  const outDir = path.join(base, "dist");
  const lock = path.join(base, "lock");
  fs.mkdirSync(base, { recursive: true });
  for (let waited = 0; ; waited += 250) {
    if (fs.existsSync(path.join(outDir, "index.html"))) return outDir;
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      // A lock left by a killed run is older than any real build: take it over.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 180_000) fs.rmSync(lock, { recursive: true, force: true });
      if (waited > 120_000) throw new Error(`waited two minutes for another test's client build in ${base}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  try {
    const tmp = fs.mkdtempSync(path.join(base, "build-"));
    await build({
      root: path.resolve(import.meta.dirname, ".."),
      logLevel: "error",
      build: { outDir: tmp, emptyOutDir: true },
    });
    fs.renameSync(tmp, outDir);
    return outDir;
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

/** The default scenario's file, for reading seats and briefs in tests. */
export function readScenario(): {
  seats: {
    id: string;
    name: { en: string };
    brief?: {
      objectives: { en: string };
      redLines: { issue: string; options: string[] }[];
      brokenPromisePenalty?: number;
    };
  }[];
  issues: { id: string; name: { en: string }; options: { id: string; label: { en: string } }[] }[];
  agreement: { unanimityBonus: number };
} {
  const file = path.resolve(import.meta.dirname, "../../engine/scenarios/guarantees-2025.json");
  return JSON.parse(fs.readFileSync(file, "utf8"));
}

/** Calls the server's HTTP API from the test. */
export async function api(
  base: string,
  method: string,
  p: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any }> {
  const res = await fetch(`${base}${p}`, {
    method,
    headers: { "content-type": "application/json", ...headers },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : null };
}
