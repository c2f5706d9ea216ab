// `npm run screenshots:docs`: after the end-to-end tests have run (they write every screenshot to
// artifacts/screenshots, never into the tracked docs), copies the fresh shots of the pictures that
// docs/screenshots keeps over the old ones, and lists any it kept that no test took this time.
// Look at what changed (git diff --stat docs/screenshots) before committing.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const from = path.join(root, "artifacts/screenshots");
const to = path.join(root, "docs/screenshots");
// Docs pictures whose test shots go by other names.
const SOURCES = {
  "guided-step-desktop.png": "guided-scoring-desktop.png",
  "facilitator-setup-desktop.png": "facilitator-setup-plan-desktop.png",
  "facilitator-setup-timings-phone.png": "facilitator-setup-plan-phone.png",
};

if (!fs.existsSync(from)) {
  console.error(`No ${path.relative(root, from)}: run the end-to-end tests first (npm test).`);
  process.exit(1);
}
let copied = 0;
const missing = [];
for (const name of fs
  .readdirSync(to)
  .filter((f) => f.endsWith(".png"))
  .sort()) {
  const source = path.join(from, SOURCES[name] ?? name);
  if (!fs.existsSync(source)) {
    missing.push(name);
    continue;
  }
  fs.copyFileSync(source, path.join(to, name));
  copied++;
}
console.log(`${copied} pictures in docs/screenshots retaken from ${path.relative(root, from)}.`);
if (missing.length > 0) console.log(`Not taken by this run (kept as they were): ${missing.join(", ")}`);
