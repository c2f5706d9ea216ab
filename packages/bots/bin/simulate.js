import "../../../scripts/require-node.js";
import module from "node:module";

// Compiled code is cached between runs (os.tmpdir()/node-compile-cache; NODE_DISABLE_COMPILE_CACHE=1
// turns it off): the CLI, the engine and the bots load in a third of the time after the first run.
module.enableCompileCache?.();

// The simulator: `npm run simulate -- --scenario <file> --games N --seed S [--json out.json]`.
await import("../scripts/simulate-cli.ts");
