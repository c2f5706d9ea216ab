import "../../../scripts/require-node.js";

// `npm run scenario -- validate <file>`: the CLI itself is TypeScript, run by Node's type stripping.
await import("../scripts/scenario-cli.ts");
