// `npm test`: typecheck, lint, then every package's Vitest suite from the root config,
// ending with the plain line `N passed, N failed` that CI reads (Vitest's own summary is not read).
import "./require-node.js";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const run = (args) => spawnSync(process.execPath, args, { cwd: root, stdio: "inherit" }).status ?? 1;

if (run([path.join(root, "scripts/typecheck.js")]) !== 0) {
  console.log("0 passed, 1 failed");
  process.exit(1);
}
if (run([path.join(root, "node_modules/@biomejs/biome/bin/biome"), "check", "."]) !== 0) {
  console.error("lint failed: run `npm run format` for formatting, and fix what remains");
  console.log("0 passed, 1 failed");
  process.exit(1);
}

const report = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-vitest-")), "results.json");
const vitestStatus = run([
  path.join(root, "node_modules/vitest/vitest.mjs"),
  "run",
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${report}`,
  ...process.argv.slice(2),
]);

let passed = 0;
let failed = 0;
let skipped = 0;
if (fs.existsSync(report)) {
  const results = JSON.parse(fs.readFileSync(report, "utf8"));
  passed = results.numPassedTests ?? 0;
  failed = results.numFailedTests ?? 0;
  skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  // A suite that fails to load counts as a failure even though no test inside it ran.
  failed += (results.testResults ?? []).filter(
    (file) => file.status === "failed" && file.assertionResults.length === 0,
  ).length;
}
if (vitestStatus !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
process.exit(failed > 0 ? 1 : 0);
