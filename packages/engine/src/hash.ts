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
  feed(SEED1 ^ seed, SEED2 ^ seed, str);
  return hex(finish(lane1, lane2));
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
// 15 characters however large it is (a long negotiation's closed amendments included).
//
// A digest is `#` and the 14 hex digits of cyrb53 over its text, the text being what canonical
// JSON would be with each child replaced by its digest. The text is never built: its pieces are fed
// to cyrb53 in order (its two lanes stay apart until the end, so feeding pieces gives the hash of
// their concatenation), and a digest is kept as its 53-bit number and fed as hex digits.
const digests = new WeakMap<object, number>();

// cyrb53's two lanes, as left by the last `feed` (read at once by its caller).
let lane1 = 0;
let lane2 = 0;

function feed(h1: number, h2: number, str: string): void {
  for (let i = 0; i < str.length; i++) {
    const ch = str.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  lane1 = h1;
  lane2 = h2;
}

function feedChar(h1: number, h2: number, ch: number): void {
  lane1 = Math.imul(h1 ^ ch, 2654435761);
  lane2 = Math.imul(h2 ^ ch, 1597334677);
}

/** Feeds `#` and a digest's 14 hex digits, as `hashString`'s output spells them. */
function feedDigest(h1: number, h2: number, d: number): void {
  const high = Math.floor(d / 4294967296); // 21 bits: 6 hex digits
  const low = d >>> 0; // 32 bits: 8 hex digits
  h1 = Math.imul(h1 ^ 35, 2654435761); // "#"
  h2 = Math.imul(h2 ^ 35, 1597334677);
  for (let shift = 20; shift >= 0; shift -= 4) {
    const nibble = (high >>> shift) & 15;
    const ch = nibble < 10 ? 48 + nibble : 87 + nibble;
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  for (let shift = 28; shift >= 0; shift -= 4) {
    const nibble = (low >>> shift) & 15;
    const ch = nibble < 10 ? 48 + nibble : 87 + nibble;
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  lane1 = h1;
  lane2 = h2;
}

/** cyrb53's last step: the two lanes mixed into a 53-bit number (what `hashString` prints in hex). */
function finish(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507);
  h1 ^= Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507);
  h2 ^= Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

const SEED1 = 0xdeadbeef;
const SEED2 = 0x41c6ce57;

/** Feeds one child of an object or array: its canonical JSON if it is a value, else its digest. */
function feedChild(h1: number, h2: number, value: unknown): void {
  if (value === null || typeof value !== "object") feed(h1, h2, canonicalJson(value));
  else {
    const d = digest(value);
    feedDigest(h1, h2, d);
  }
}

/** A Merkle digest of canonical JSON (an object or array), as a 53-bit number. */
function digest(value: object): number {
  let d = digests.get(value);
  if (d === undefined) {
    d = digestOf(value, null);
    digests.set(value, d);
  }
  return d;
}

/** `digest` without the cache; `scenario`, if given, stands for the object's `scenario` field (a state's). */
function digestOf(value: object, scenario: string | null): number {
  let h1 = SEED1;
  let h2 = SEED2;
  if (Array.isArray(value)) {
    feedChar(h1, h2, 91); // "["
    h1 = lane1;
    h2 = lane2;
    const long = value.length > CHUNK;
    for (let i = 0; i < value.length; i += long ? CHUNK : 1) {
      if (i > 0) {
        feedChar(h1, h2, 44); // ","
        h1 = lane1;
        h2 = lane2;
      }
      if (long) feedDigest(h1, h2, chunkDigest(value, i));
      else feedChild(h1, h2, value[i]);
      h1 = lane1;
      h2 = lane2;
    }
    feedChar(h1, h2, 93); // "]"
  } else {
    const obj = value as Record<string, unknown>;
    const keys = Object.keys(obj);
    const shape = shapeOf(keys);
    feedChar(h1, h2, 123); // "{"
    h1 = lane1;
    h2 = lane2;
    let first = true;
    for (let j = 0; j < keys.length; j++) {
      const key = keys[shape.order[j] as number] as string;
      const v = scenario !== null && key === "scenario" ? scenario : obj[key];
      if (v === undefined) continue;
      feed(h1, h2, first ? (shape.quoted[j] as string) : (shape.commaQuoted[j] as string));
      feedChild(lane1, lane2, v);
      h1 = lane1;
      h2 = lane2;
      first = false;
    }
    feedChar(h1, h2, 125); // "}"
  }
  return finish(lane1, lane2);
}

// Objects of one shape (the state, a seat, an amendment) come by the thousand: their keys are
// sorted and quoted once per shape. A shape is found by its key count and first key, then checked
// key by key (Object.keys gives the same order for the same keys added in the same order).
interface Shape {
  keys: string[];
  /** Indexes into `keys` in sorted key order. */
  order: number[];
  /** `"key":` for each key, in sorted order, and the same after a comma. */
  quoted: string[];
  commaQuoted: string[];
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
  const quoted = order.map((i) => `${JSON.stringify(keys[i])}:`);
  const shape = { keys, order, quoted, commaQuoted: quoted.map((q) => `,${q}`) };
  if (list.length < 16) list.push(shape);
  return shape;
}

// A long list (a negotiation's amendments) is a new array after every action that touches it, with
// all but one or two members shared: it is digested in chunks of 32, and a chunk whose members are
// the same objects as last time keeps its digest (kept under its first member).
const CHUNK = 32;
const chunks = new WeakMap<object, { members: unknown[]; digest: number }>();

/** A chunk's digest: cyrb53 over `<`, its members' digests or values joined by commas, and `>`. */
function chunkDigest(list: unknown[], start: number): number {
  const end = Math.min(list.length, start + CHUNK);
  const first = list[start];
  const key = typeof first === "object" && first !== null ? first : null;
  const kept = key ? chunks.get(key) : undefined;
  if (kept && kept.members.length === end - start && kept.members.every((m, i) => m === list[start + i]))
    return kept.digest;
  feedChar(SEED1, SEED2, 60); // "<"
  for (let i = start; i < end; i++) {
    if (i > start) feedChar(lane1, lane2, 44); // ","
    feedChild(lane1, lane2, list[i]);
  }
  feedChar(lane1, lane2, 62); // ">"
  const d = finish(lane1, lane2);
  if (key) chunks.set(key, { members: list.slice(start, end), digest: d });
  return d;
}

/** A 53-bit digest as `hashString` spells it: 14 hex digits. */
function hex(d: number): string {
  return d.toString(16).padStart(14, "0");
}

/** The prefix of the current state-hash format (a log written before it carries the first format). */
const STATE_HASH_V2 = "v2:";

// The last state hashed and its digest: a state is hashed once, when it is logged (its parts' digests
// are kept above, so hashing it again costs one walk of its own fields). Not a WeakMap by state: an
// entry per action is an ephemeron more for V8's full collections to mark in their pause.
let lastState: GameState | null = null;
let lastDigest = 0;

/** A stable hash of a game state (the scenario enters through its own hash). */
export function stateHash(state: GameState): string {
  if (state !== lastState) {
    // Digested as the state with its scenario replaced by the scenario's hash.
    lastDigest = digestOf(state, scenarioHash(state.scenario));
    lastState = state;
  }
  return STATE_HASH_V2 + hex(lastDigest);
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
