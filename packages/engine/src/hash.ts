// A stable hash of the game state: canonical JSON (sorted keys) through cyrb53. The same
// state always gives the same hash on every machine, so server, client and replay can compare.
import type { GameState } from "./state.ts";

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  return canonical(value, null);
}

function canonical(value: unknown, memo: WeakMap<object, string> | null): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) return "null";
    return JSON.stringify(value) ?? "null";
  }
  const hit = memo?.get(value);
  if (hit !== undefined) return hit;
  let out: string;
  if (Array.isArray(value)) {
    out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + canonical(value[i], memo);
    out += "]";
  } else {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).sort();
    out = "{";
    let first = true;
    for (const k of keys) {
      const v = obj[k];
      if (v === undefined) continue;
      out += `${first ? "" : ","}${JSON.stringify(k)}:${canonical(v, memo)}`;
      first = false;
    }
    out += "}";
  }
  memo?.set(value, out);
  return out;
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

// A state shares most of its parts with the state before it (apply copies only what it writes,
// and nothing writes into a state once apply has returned it), so each part's canonical text is
// kept by identity: hashing the next state re-serializes only what changed.
const stateParts = new WeakMap<object, string>();

/** A stable hash of a game state (the scenario enters through its own hash). */
export function stateHash(state: GameState): string {
  const { scenario, ...rest } = state;
  return hashString(canonical({ ...rest, scenario: scenarioHash(scenario) }, stateParts));
}
