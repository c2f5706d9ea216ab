import "../../../scripts/require-node.js";

// The simulator: `npm run simulate -- --scenario <file> --games N --seed S [--json out.json]`.
await import("../scripts/simulate-cli.ts");
