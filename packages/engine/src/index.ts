// @ironclad/engine: the rules of Ironclad. Pure and deterministic: no I/O, no clock, no Math.random.
export * from "./actions.ts";
export * from "./agreement.ts";
export * from "./apply.ts";
export * from "./deal-model.ts";
export * from "./events.ts";
export * from "./hash.ts";
export * from "./initial-state.ts";
export * from "./legal-actions.ts";
export * from "./model-constants.ts";
export * from "./replay.ts";
export * from "./rng.ts";
export * from "./scenario.ts";
export * from "./scenario-load.ts";
export * from "./scores.ts";
export * from "./state.ts";
export * from "./sweep.ts";
export * from "./view.ts";
