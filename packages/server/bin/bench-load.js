#!/usr/bin/env node
// `npm run bench:load -- --tables T --clients C --rate R --seconds S [--json out.json]`
// Plain JavaScript so that an old Node reaches the version check instead of a syntax error.
import "../../../scripts/require-node.js";

await import("../scripts/bench-load.ts");
