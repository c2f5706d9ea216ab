// `npm start`: build the client when its build is missing or stale, then run the server in this process.
import "./require-node.js";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const client = path.join(root, "packages/client");
const builtIndex = path.join(client, "dist/index.html");

/** Newest modification time under a path (files only), skipping build output and dependencies. */
function newestMtime(target) {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) {
    if (entry === "node_modules" || entry === "dist") continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

const sources = ["src", "public", "index.html", "vite.config.ts", "package.json"].map((p) => path.join(client, p));
// The client imports the engine, so engine changes make the client build stale too.
sources.push(path.join(root, "packages/engine/src"));
const builtAt = fs.existsSync(builtIndex) ? fs.statSync(builtIndex).mtimeMs : 0;
const changedAt = Math.max(...sources.map(newestMtime));

if (builtAt < changedAt) {
  console.log(builtAt === 0 ? "Building the client (first start)…" : "Client sources changed: rebuilding…");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "build"], {
    cwd: client,
    stdio: ["ignore", "ignore", "inherit"],
  });
  if (result.status !== 0) {
    console.error("The client build failed; see the messages above.");
    process.exit(result.status ?? 1);
  }
}

await import("../packages/server/src/main.ts");
