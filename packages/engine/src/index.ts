// @ironclad/engine: the rules of Ironclad. Pure and deterministic: no I/O, no clock, no Math.random.
export * from "./scenario.ts";
