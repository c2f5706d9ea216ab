// Builds the client once into a temporary directory for an end-to-end test file.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { build } from "vite";

/** Builds the client with Vite and returns the output directory. */
export async function buildClient(): Promise<string> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-client-"));
  await build({
    root: path.resolve(import.meta.dirname, ".."),
    logLevel: "error",
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** The default scenario's file, for reading seats and briefs in tests. */
export function readScenario(): {
  seats: {
    id: string;
    name: { en: string };
    brief?: { objectives: { en: string }; redLines: { issue: string; options: string[] }[] };
  }[];
  issues: { id: string; name: { en: string }; options: { id: string; label: { en: string } }[] }[];
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
