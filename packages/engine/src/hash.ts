// A stable hash of the game state: canonical JSON (sorted keys) digested part by part with cyrb53.
// The same state always gives the same hash on every machine, so server, client and replay can compare.
import type { GameState } from "./state.ts";

/** JSON with object keys sorted, so equal data always gives equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== "object") {
    if (typeof value === "number" && !Number.isFinite(value)) return "null";
    return JSON.stringify(value) ?? "null";
  }
  let out: string;
  if (Array.isArray(value)) {
    out = "[";
    for (let i = 0; i < value.length; i++) out += (i > 0 ? "," : "") + canonicalJson(value[i]);
    out += "]";
  } else {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj).sort();
    out = "{";
    let first = true;
    for (const k of keys) {
      const v = obj[k];
      if (v === undefined) continue;
      out += `${first ? "" : ","}${JSON.stringify(k)}:${canonicalJson(v)}`;
      first = false;
    }
    out += "}";
  }
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
// and nothing writes into a state once apply has returned it), so each part's digest is kept by
// identity: hashing the next state digests only what changed, and a part costs its parent
// 17 characters however large it is (a long negotiation's closed amendments included).
const digests = new WeakMap<object, string>();

/** A Merkle digest of canonical JSON: each object or array is hashed over its children's digests. */
function digest(value: unknown): string {
  if (value === null || typeof value !== "object") return canonicalJson(value);
  const hit = digests.get(value);
  if (hit !== undefined) return hit;
  let text: string;
  if (Array.isArray(value)) {
    text = "[";
    if (value.length <= CHUNK) for (let i = 0; i < value.length; i++) text += (i > 0 ? "," : "") + digest(value[i]);
    else for (let i = 0; i < value.length; i += CHUNK) text += (i > 0 ? "," : "") + chunkDigest(value, i);
    text += "]";
  } else {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    const shape = shapeOf(keys);
    text = "{";
    let first = true;
    for (let j = 0; j < keys.length; j++) {
      const v = obj[keys[shape.order[j] as number] as string];
      if (v === undefined) continue;
      text += (first ? "" : ",") + shape.quoted[j] + digest(v);
      first = false;
    }
    text += "}";
  }
  // "#" tells a digest from a number or a string among its parent's children.
  const d = `#${hashString(text)}`;
  digests.set(value, d);
  return d;
}

// Objects of one shape (the state, a seat, an amendment) come by the thousand: their keys are
// sorted and quoted once per shape. A shape is found by its key count and first key, then checked
// key by key (Object.keys gives the same order for the same keys added in the same order).
interface Shape {
  keys: string[];
  /** Indexes into `keys` in sorted key order. */
  order: number[];
  /** `"key":` for each key, in sorted order. */
  quoted: string[];
}
const shapes = new Map<string, Shape[]>();
const MAX_SHAPES = 4096;

function shapeOf(keys: string[]): Shape {
  const id = `${keys.length}:${keys[0] ?? ""}`;
  let list = shapes.get(id);
  if (list) {
    for (const shape of list) if (shape.keys.every((k, i) => k === keys[i])) return shape;
  } else {
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    list = [];
    shapes.set(id, list);
  }
  const order = keys.map((_, i) => i).sort((a, b) => ((keys[a] as string) < (keys[b] as string) ? -1 : 1));
  const shape = { keys, order, quoted: order.map((i) => `${JSON.stringify(keys[i])}:`) };
  if (list.length < 16) list.push(shape);
  return shape;
}

// A long list (a negotiation's amendments) is a new array after every action that touches it, with
// all but one or two members shared: it is digested in chunks of 32, and a chunk whose members are
// the same objects as last time keeps its digest (kept under its first member).
const CHUNK = 32;
const chunks = new WeakMap<object, { members: unknown[]; digest: string }>();

function chunkDigest(list: unknown[], start: number): string {
  const end = Math.min(list.length, start + CHUNK);
  const first = list[start];
  const key = typeof first === "object" && first !== null ? first : null;
  const kept = key ? chunks.get(key) : undefined;
  if (kept && kept.members.length === end - start && kept.members.every((m, i) => m === list[start + i]))
    return kept.digest;
  let text = "<";
  for (let i = start; i < end; i++) text += (i > start ? "," : "") + digest(list[i]);
  const d = `#${hashString(`${text}>`)}`;
  if (key) chunks.set(key, { members: list.slice(start, end), digest: d });
  return d;
}

/** The prefix of the current state-hash format (a log written before it carries the first format). */
const STATE_HASH_V2 = "v2:";

/** A stable hash of a game state (the scenario enters through its own hash). */
export function stateHash(state: GameState): string {
  const { scenario, ...rest } = state;
  return STATE_HASH_V2 + digest({ ...rest, scenario: scenarioHash(scenario) }).slice(1);
}

/**
 * The state's hash in the format `logged` was written in, to compare a replay with a log: logs
 * written before November 2026's second format carry a hash of the whole canonical text.
 */
export function stateHashAs(state: GameState, logged: string): string {
  if (logged.startsWith(STATE_HASH_V2)) return stateHash(state);
  const { scenario, ...rest } = state;
  return hashString(canonicalJson({ ...rest, scenario: scenarioHash(scenario) }));
}
