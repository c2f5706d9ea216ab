// A simulator worker thread's entry. The compile cache is per thread: turned on here, before the
// worker's TypeScript and the engine load, a worker after the first run reads them compiled
// (a third of the import time) instead of stripping types and compiling again.
import module from "node:module";

module.enableCompileCache?.();
await import("../scripts/simulate-worker.ts");
