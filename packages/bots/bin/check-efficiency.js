import "../../../scripts/require-node.js";

// Recomputes the efficiency block from a scenario file and a simulator `--records` file alone.
await import("../scripts/check-efficiency.ts");
