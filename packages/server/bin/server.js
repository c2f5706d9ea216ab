#!/usr/bin/env node
// Plain JavaScript so that an old Node reaches the version check instead of a syntax error.
import "../../../scripts/require-node.js";

await import("../src/main.ts");
