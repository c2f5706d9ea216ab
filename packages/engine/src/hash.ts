// A stable hash of the game state: canonical JSON (sorted keys) through cyrb53. The same
// state always gives the same hash on every machine, so server, client and replay can compare.
import type { GameState } from "./state.ts";

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) return "null";
    return JSON.stringify(value) ?? "null";
  }
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v)).join(",")}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj)
    .filter((k) => obj[k] !== undefined)
    .sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(",")}}`;
}

/** cyrb53: a fast 53-bit string hash, returned as 14 hex digits. */
export function hashString(str: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const n = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return n.toString(16).padStart(14, "0");
}

const scenarioHashes = new WeakMap<object, string>();

/** The hash of a scenario object (cached per object: scenarios are never mutated). */
export function scenarioHash(scenario: object): string {
  let h = scenarioHashes.get(scenario);
  if (h === undefined) {
    h = hashString(canonicalJson(scenario));
    scenarioHashes.set(scenario, h);
  }
  return h;
}

/** A stable hash of a game state (the scenario enters through its own hash). */
export function stateHash(state: GameState): string {
  const { scenario, ...rest } = state;
  return hashString(canonicalJson({ ...rest, scenario: scenarioHash(scenario) }));
}
