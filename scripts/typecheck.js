// `npm run typecheck`: TypeScript 7 over every package, each with its own tsconfig.
import "./require-node.js";
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
let failed = false;
for (const pkg of ["engine", "bots", "server", "client"]) {
  const result = spawnSync(process.execPath, [tsc, "-p", `packages/${pkg}`, "--pretty"], {
    cwd: root,
    stdio: "inherit",
  });
  if (result.status !== 0) {
    console.error(`typecheck failed in packages/${pkg}`);
    failed = true;
  }
}
if (failed) process.exit(1);
console.log("typecheck: all packages clean");
