// Projects the engine's views onto the room's schema. The engine decides what each viewer may
// know (view.ts); this file only copies those views into the right places.
import type { ArraySchema, MapSchema } from "@colyseus/schema";
import {
  type GameState,
  legalActionTypes,
  type PlayerView,
  type PrivateView,
  privateView,
  publicScenario,
  type Viewer,
  view,
} from "@ironclad/engine";
import { defaultTalk } from "@ironclad/engine/default-scenario";
import { arrayKeyOf, fieldParts } from "@ironclad/engine/protocol";
import { AmendmentPublic, BRIEF_PIECE, PrivatePart, SeatPublic, type TableState } from "./table-schema.ts";

/** Who sits where, as the room knows it (names and live connections per seat): a new map whenever that changes. */
export type Delegations = Map<string, { names: string[]; connected: number }>;

/** The audience key of a private part. */
export function audienceOf(viewer: Viewer): string {
  switch (viewer.kind) {
    case "seat":
      return `seat:${viewer.seat}`;
    case "facilitator":
      return "facilitator";
    case "moscow":
      return "moscow";
    case "observer":
      return "observer";
  }
}

// A document in parts (`documentParts` in @ironclad/engine/protocol) as last written onto a map of
// the schema, field by field: its value, its whole JSON text (objects), and the parts it made; for an
// array, its head part and each element object's key and text. A field whose value is the same
// object as last time is not looked at again, nor an array of the same elements, nor an object of
// the same text (one JSON.stringify costs less than splitting it). An array's element that is the
// same object as last time keeps its key and text (the engine never changes an object it has handed
// out, and its views share unchanged ones). Only parts whose text changed are written: the patch
// carries those alone. The written parts are updated in place, so a change allocates only its texts.
type WrittenField = {
  value: unknown;
  text: string;
  parts: Map<string, string>;
  head: string | null;
  /**
   * The key and text of each element object of the array as last written. A Map of the current
   * elements only (an entry goes when its element leaves the list), not a WeakMap: a WeakMap's
   * entries are ephemerons, which V8's full collection marks in its stop-the-world pause, and the
   * entries of every element ever written (several per action) made most of a 100-table server's
   * 110 ms mark-compacts (docs/performance.md, "Issue #19: shorter full collections").
   */
  elements: Map<object, { key: string; part: string }> | null;
};
const writtenDocs = new WeakMap<MapSchema<string>, Map<string, WrittenField>>();
const scratchParts = new Map<string, string>();
const scratchKeys = new Set<string>();

/** Whether `a` and `b` are arrays of the same elements (by identity). */
function sameElements(a: unknown, b: unknown): boolean {
  if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

// The head part of a keyed array (`["id"]`) and the keys of an unkeyed one's elements (`field/3`), made once.
const heads = new Map<string, string>();
const indexKeys = new Map<string, string[]>();
function headOf(by: string | null): string {
  if (by === null) return "[]";
  let head = heads.get(by);
  if (head === undefined) {
    head = JSON.stringify([by]);
    heads.set(by, head);
  }
  return head;
}
function indexKey(field: string, i: number): string {
  let keys = indexKeys.get(field);
  if (!keys) {
    keys = [];
    indexKeys.set(field, keys);
  }
  let key = keys[i];
  if (key === undefined) {
    key = `${field}/${i}`;
    keys[i] = key;
  }
  return key;
}

/** Writes `part` under `key` when it differs from what `parts` holds, and marks the key as still in use. */
function writePart(target: MapSchema<string>, parts: Map<string, string>, key: string, part: string): void {
  scratchKeys.add(key);
  if (parts.get(key) === part) return;
  parts.set(key, part);
  target.set(key, part);
}

/** Deletes the parts not marked in use since `scratchKeys` was cleared. */
function dropUnused(target: MapSchema<string>, parts: Map<string, string>): void {
  for (const key of parts.keys())
    if (!scratchKeys.has(key)) {
      parts.delete(key);
      target.delete(key);
    }
}

/** The key and text of an array element object, made once per object (`by`: the field the array is keyed by). */
function madeElement(
  elements: Map<object, { key: string; part: string }>,
  field: string,
  by: string | null,
  element: object,
): { key: string; part: string } {
  let made = elements.get(element);
  if (!made) {
    made = {
      key: by === null ? "" : `${field}/${(element as Record<string, unknown>)[by]}`,
      part: JSON.stringify(element) ?? "null",
    };
    elements.set(element, made);
  }
  return made;
}

/**
 * The usual change of an unkeyed list after an action: as long as last time, each element the same
 * object or a replaced one (its part is its index's). Writes the parts of the replaced elements and
 * says true; false when the list changed in another way (then every part is looked at).
 */
function replacedInPlace(target: MapSchema<string>, field: string, was: WrittenField, value: unknown[]): boolean {
  const before = was.value;
  const elements = was.elements;
  if (!Array.isArray(before) || before.length !== value.length || !elements || was.head !== headOf(null)) return false;
  for (let i = 0; i < value.length; i++) {
    const element: unknown = value[i];
    const old: unknown = before[i];
    if (element === old) continue;
    if (element === null || typeof element !== "object") return false;
    if (old !== null && typeof old === "object") elements.delete(old);
    const made = madeElement(elements, field, null, element);
    const key = indexKey(field, i);
    if (was.parts.get(key) !== made.part) {
      was.parts.set(key, made.part);
      target.set(key, made.part);
    }
  }
  return true;
}

/**
 * A keyed list (its elements ascending by `by`, as last time) changed by elements replaced under
 * their keys, added or removed, walked beside the last one by key: an element that is the same
 * object as last time is passed over, a replaced or new one writes its part, a removed one deletes
 * its own. An amendment posted or closed so writes one part, not one per open amendment.
 */
function mergedByKey(target: MapSchema<string>, field: string, was: WrittenField, value: unknown[], by: string): void {
  const before = was.value as Record<string, unknown>[];
  const elements = was.elements as Map<object, { key: string; part: string }>;
  const { parts } = was;
  let i = 0;
  let j = 0;
  while (i < value.length || j < before.length) {
    const element = value[i] as Record<string, unknown> | undefined;
    const old = before[j];
    if (element !== undefined && element === old) {
      i++;
      j++;
      continue;
    }
    const fresh = element === undefined ? Number.POSITIVE_INFINITY : (element[by] as number);
    const gone = old === undefined ? Number.POSITIVE_INFINITY : (old[by] as number);
    if (old !== undefined && gone < fresh) {
      const key = elements.get(old)?.key ?? `${field}/${gone}`;
      elements.delete(old);
      if (parts.delete(key)) target.delete(key);
      j++;
      continue;
    }
    if (old !== undefined && gone === fresh) elements.delete(old);
    const made = madeElement(elements, field, by, element as object);
    if (parts.get(made.key) !== made.part) {
      parts.set(made.key, made.part);
      target.set(made.key, made.part);
    }
    i++;
    if (gone === fresh) j++;
  }
}

/** Writes `doc` onto `target` in parts, the ones that changed since the last call. */
export function syncDocument(target: MapSchema<string>, doc: Readonly<Record<string, unknown>>): void {
  let written = writtenDocs.get(target);
  if (!written) {
    written = new Map();
    writtenDocs.set(target, written);
  }
  // Fields gone from the document (by key: iterating entries would make a pair per field per call).
  for (const field of written.keys()) {
    if (doc[field] !== undefined) continue;
    for (const key of (written.get(field) as WrittenField).parts.keys()) target.delete(key);
    written.delete(field);
  }
  for (const field in doc) {
    const value = doc[field];
    if (value === undefined) continue;
    let was = written.get(field);
    if (was && (was.value === value || sameElements(was.value, value))) {
      was.value = value;
      continue;
    }
    const isArray = Array.isArray(value);
    const text = isArray ? "" : JSON.stringify(value);
    if (was && !isArray && was.text === text) {
      was.value = value;
      continue;
    }
    if (!was) {
      was = { value, text, parts: new Map(), head: null, elements: null };
      written.set(field, was);
    }
    if (Array.isArray(value) && was.elements && Array.isArray(was.value)) {
      const by = arrayKeyOf(field, value);
      if (by !== null && was.head === headOf(by)) {
        mergedByKey(target, field, was, value, by);
        was.value = value;
        continue;
      }
      if (by === null && replacedInPlace(target, field, was, value)) {
        was.value = value;
        continue;
      }
    }
    const { parts } = was;
    scratchKeys.clear();
    if (Array.isArray(value)) {
      // Element by element: one that is the same object as last time keeps its key and text.
      const by = arrayKeyOf(field, value);
      const head = headOf(by);
      // The elements' map is made anew from this list (an element kept from the last one keeps its entry).
      const before = was.head === head ? was.elements : null;
      const elements = new Map<object, { key: string; part: string }>();
      was.elements = elements;
      was.head = head;
      writePart(target, parts, field, head);
      for (let i = 0; i < value.length; i++) {
        const element: unknown = value[i];
        if (element === null || typeof element !== "object") {
          writePart(target, parts, indexKey(field, i), JSON.stringify(element) ?? "null");
          continue;
        }
        let made = before?.get(element);
        if (made) elements.set(element, made);
        else made = madeElement(elements, field, by, element);
        writePart(target, parts, by === null ? indexKey(field, i) : made.key, made.part);
      }
    } else {
      scratchParts.clear();
      fieldParts(field, value, scratchParts);
      for (const [key, part] of scratchParts) writePart(target, parts, key, part);
      was.head = null;
      was.elements = null;
    }
    dropUnused(target, parts);
    was.value = value;
    was.text = text;
  }
}

function setIfChanged<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  if (target[key] !== value) target[key] = value;
}

function syncStringArray(target: ArraySchema<string>, values: readonly string[]): void {
  const same = target.length === values.length && values.every((v, i) => target.at(i) === v);
  if (same) return;
  target.splice(0, target.length);
  target.push(...values);
}

/** Writes the public scenario once (it never changes during a game). */
export function projectScenario(state: GameState, target: TableState): void {
  target.tableId = state.tableId;
  target.scenarioId = state.scenario.id;
}

const scenarioTexts = new WeakMap<object, string>();

/** The public scenario as JSON, sent to every client once after it joins (one text per scenario). */
export function publicScenarioJson(state: GameState): string {
  let text = scenarioTexts.get(state.scenario);
  if (text === undefined) {
    const pub = publicScenario(state.scenario);
    text = JSON.stringify(state.scenario.talk ? pub : { ...pub, defaultTalk: defaultTalk() });
    scenarioTexts.set(state.scenario, text);
  }
  return text;
}

// What was last copied onto each table's schema, by identity. The engine copies only the parts
// an action changes (apply.ts), so a part that is the same object as last time is skipped without
// a look, and a JSON text whose inputs are all the same objects is not rebuilt.
interface Projected {
  seats: GameState["seats"] | null;
  delegations: Delegations | null;
  draft: GameState["draft"] | null;
  seatOrder: GameState["seatOrder"] | null;
  amendments: GameState["amendments"] | null;
  publicParts: unknown[];
  /** Every audience with a private part, for this seating. */
  audiences: Audience[];
}

type Audience = {
  viewer: Viewer;
  key: string;
  part: PrivatePart;
  /** The inputs and legal action types its private JSON was last written from (null: not since it was unwatched). */
  written: { inputs: unknown[]; legal: readonly string[] } | null;
  /** The briefs text its part holds, in pieces (written again only when it changes). */
  briefs: string;
};

/** Every seat, the facilitator and Moscow, each with its private part (created here when missing). */
function audiences(state: GameState, target: TableState): Audience[] {
  const viewers: Viewer[] = [
    ...state.seatOrder.map((seat) => ({ kind: "seat", seat }) as const),
    { kind: "facilitator" },
    { kind: "moscow" },
  ];
  return viewers.map((viewer) => {
    const key = audienceOf(viewer);
    let part = target.privates.get(key);
    if (!part) {
      // Every part exists from the start, so a joining client's view can hold it at once.
      part = new PrivatePart();
      part.audience = key;
      part.briefs.push("{}");
      target.privates.set(key, part);
    }
    return { viewer, key, part, written: null, briefs: part.briefs.join("") };
  });
}
const projected = new WeakMap<TableState, Projected>();
const NO_SEATS: readonly string[] = Object.freeze([]);

const OBSERVER: Viewer = { kind: "observer" };

// The parts of the observer's view the public JSON is written from, in the order they are kept.
const PUBLIC_FIELDS = [
  "penRequests",
  "penLapseAt",
  "polls",
  "offers",
  "positions",
  "votes",
  "framework",
  "table",
  "years",
  "outcome",
  "endedEarly",
  "notPlayed",
  "readout",
  "duties",
  "noDeal",
  "scores",
  "timings",
] as const;

/** Whether the public JSON's inputs differ from `last` (the fields, then the extras' keys and values). Allocates nothing. */
function publicChanged(
  last: readonly unknown[],
  pub: ReturnType<typeof view>,
  extras: Record<string, unknown>,
): boolean {
  let i = 0;
  for (const k of PUBLIC_FIELDS) if (last[i++] !== pub[k]) return true;
  for (const k in extras) if (last[i++] !== k || last[i++] !== extras[k]) return true;
  return i !== last.length;
}

// A seat's private JSON reads the draft (or the framework's package), the scores, its own seat, and
// for its affordances the amendments, the offers, the pen and the pause; the facilitator's and Moscow's also
// read the live odds, so theirs follows the whole state.
// Written into one scratch list (compared, then copied only when it changed).
const scratchInputs: unknown[] = [];
function privateInputs(state: GameState, viewer: Viewer): unknown[] {
  scratchInputs.length = 0;
  if (viewer.kind === "seat")
    scratchInputs.push(
      state.framework,
      state.draft,
      state.scores,
      state.phase,
      state.seats[viewer.seat],
      state.amendments,
      state.offers,
      state.penHolder,
      state.paused,
    );
  else scratchInputs.push(state);
  return scratchInputs;
}

/** The public document (`publicParts`): the observer's view `pub` beyond the structured state, and the room's extras. */
export function publicDocument(pub: PlayerView, extras: Record<string, unknown>): Record<string, unknown> {
  return {
    penRequests: pub.penRequests,
    penLapseAt: pub.penLapseAt,
    polls: pub.polls,
    offers: pub.offers,
    positions: pub.positions,
    votes: pub.votes,
    lastVoteUnmet: pub.lastVoteUnmet,
    framework: pub.framework,
    table: pub.table,
    years: pub.years,
    outcome: pub.outcome,
    endedEarly: pub.endedEarly,
    notPlayed: pub.notPlayed,
    readout: pub.readout,
    duties: pub.duties,
    noDeal: pub.noDeal,
    scores: pub.scores,
    timings: pub.timings,
    ...extras,
  };
}

/** A private part's document (its `parts`; the briefs have their own field): `v` is `viewer`'s view, `legal` its legal action types. */
export function privateDocument(v: PrivateView, viewer: Viewer, legal: readonly string[]): Record<string, unknown> {
  return {
    preview: v.preview,
    myScore: v.myScore,
    scores: viewer.kind === "facilitator" ? v.scores : undefined,
    liveOdds: v.liveOdds,
    affordances: v.affordances,
    offerAffordances: v.offerAffordances,
    legal,
  };
}

/**
 * Copies `state` onto `target`: public fields for everyone, private parts for their audiences.
 * Private parts are rewritten only for `watched` audiences (someone connected reads them); the
 * others keep an empty-or-stale part until someone of theirs joins, which projects again first.
 */
export function projectTable(
  state: GameState,
  delegations: Delegations,
  target: TableState,
  watched: ReadonlySet<string>,
  /** Public facts the room computes beside the engine's view (the debrief's futures). */
  extras: Record<string, unknown> = {},
): void {
  let last = projected.get(target);
  if (!last) {
    last = {
      seats: null,
      delegations: null,
      draft: null,
      seatOrder: null,
      amendments: null,
      publicParts: [],
      audiences: [],
    };
    projected.set(target, last);
  }
  setIfChanged(target, "phase", state.phase);
  setIfChanged(target, "round", state.round);
  setIfChanged(target, "year", state.year);
  setIfChanged(target, "step", state.step ?? "");
  setIfChanged(target, "deadline", state.deadline ?? 0);
  setIfChanged(target, "now", state.now);
  setIfChanged(target, "paused", state.paused !== null);
  setIfChanged(target, "remainingMs", state.paused?.remainingMs ?? 0);
  setIfChanged(target, "penHolder", state.penHolder ?? "");
  setIfChanged(target, "seq", state.seq);
  if (last.seatOrder !== state.seatOrder) {
    syncStringArray(target.seatOrder, state.seatOrder);
    last.audiences = audiences(state, target);
  }
  last.seatOrder = state.seatOrder;

  if (last.seats !== state.seats || last.delegations !== delegations) projectSeats(state, delegations, target);
  last.seats = state.seats;
  last.delegations = delegations;

  if (last.draft !== state.draft) {
    for (const [issue, option] of Object.entries(state.draft)) {
      if (target.draft.get(issue) !== (option ?? "")) target.draft.set(issue, option ?? "");
    }
  }
  last.draft = state.draft;

  if (last.amendments !== state.amendments) projectAmendments(state, last.amendments, target);
  last.amendments = state.amendments;

  // The observer's view shares its parts with the last one's while the state's parts stand
  // (view.ts): the public JSON is rebuilt only when one of them is a different object.
  const pub = view(state, OBSERVER);
  if (publicChanged(last.publicParts, pub, extras)) {
    syncDocument(target.publicParts, publicDocument(pub, extras));
    last.publicParts = [...PUBLIC_FIELDS.map((k) => pub[k]), ...Object.entries(extras).flat()];
  }

  for (const audience of last.audiences) {
    const { viewer, part } = audience;
    if (!watched.has(audience.key)) {
      audience.written = null;
      continue;
    }
    const legal = legalActionTypes(state, viewer);
    const before = audience.written;
    const inputs = privateInputs(state, viewer);
    if (before && sameElements(legal, before.legal) && sameElements(inputs, before.inputs)) continue;
    audience.written = { inputs: [...inputs], legal };
    const v = privateView(state, viewer);
    // The briefs never change during a game: their own field, its text kept rather than re-serialized
    // per action, so a patch carries them once and not with every change of the rest.
    const briefs = briefsField(state, v.brief ?? v.redCellBrief, v.briefs, v.redCellBrief, v.pressure);
    if (audience.briefs !== briefs) {
      audience.briefs = briefs;
      syncStringArray(part.briefs, pieces(briefs));
    }
    syncDocument(part.parts, privateDocument(v, viewer, legal));
  }
}

function projectSeats(state: GameState, delegations: Delegations, target: TableState): void {
  for (const [id, seat] of Object.entries(state.seats)) {
    let s = target.seats.get(id);
    if (!s) {
      s = new SeatPublic();
      s.id = id;
      target.seats.set(id, s);
    }
    setIfChanged(s, "controller", seat.controller);
    setIfChanged(s, "redCell", seat.redCell);
    setIfChanged(s, "capital", seat.capital);
    setIfChanged(s, "resolve", seat.resolve);
    setIfChanged(s, "capacity", seat.capacity);
    setIfChanged(s, "ready", seat.ready);
    setIfChanged(s, "votesCalled", seat.votesCalled);
    setIfChanged(s, "brokenPromises", seat.brokenPromises);
    const d = delegations.get(id) ?? { names: [], connected: 0 };
    syncStringArray(s.people, d.names);
    setIfChanged(s, "connected", d.connected);
    setIfChanged(s, "away", d.names.length > 0 && d.connected === 0);
  }
  for (const id of [...target.seats.keys()]) if (!state.seats[id]) target.seats.delete(id);
}

/** A long text in pieces of at most `BRIEF_PIECE` characters (see table-schema.ts: why). */
function pieces(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i += BRIEF_PIECE) out.push(text.slice(i, i + BRIEF_PIECE));
  return out.length > 0 ? out : [""];
}

// A private part's briefs field, `{ brief, briefs }` as JSON (with `redCellBrief` for the red cell
// and the facilitator, where the scenario gives it one, and `pressure` for the seat under domestic
// pressure and the facilitator, where the table drew one): one string per brief (a seat's, or the
// red cell's) or per scenario and seating (the facilitator's), shared by every table that shows it.
// A pressured seat's brief is an object of its own scenario variant, so its text always carries it.
const NO_BRIEFS = '{"brief":null,"briefs":null}';
const seatBriefTexts = new WeakMap<object, string>();
const facilitatorBriefTexts = new WeakMap<object, Map<string, string>>();

function briefsField(
  state: GameState,
  own: object | null,
  briefs: Record<string, object> | null,
  redCellBrief: object | null,
  pressure: object | null,
): string {
  const pressed = pressure ? { pressure } : {};
  if (own && !briefs) {
    let text = seatBriefTexts.get(own);
    if (text === undefined) {
      text = JSON.stringify(
        own === redCellBrief ? { brief: null, briefs: null, redCellBrief } : { brief: own, briefs: null, ...pressed },
      );
      seatBriefTexts.set(own, text);
    }
    return text;
  }
  if (!briefs) return NO_BRIEFS;
  let byTable = facilitatorBriefTexts.get(state.scenario);
  if (!byTable) {
    byTable = new Map();
    facilitatorBriefTexts.set(state.scenario, byTable);
  }
  const key = `${Object.keys(briefs).join(",")}${redCellBrief ? " red" : ""}`;
  let text = byTable.get(key);
  if (text === undefined) {
    text = JSON.stringify(
      redCellBrief ? { brief: null, briefs, redCellBrief, ...pressed } : { brief: null, briefs, ...pressed },
    );
    byTable.set(key, text);
  }
  return text;
}

/**
 * Copies the engine's amendments onto the schema, `last` being the list copied last time. An action
 * copies only the amendment it changes, so one that is the same object as last time needs no look.
 */
function projectAmendments(state: GameState, last: GameState["amendments"] | null, target: TableState): void {
  // Amendments only grow and change status; update in place by index, append new ones.
  // The schema's list is written only here, so while its length matches, member i was copied from last[i].
  const same = last !== null && target.amendments.length === last.length;
  state.amendments.forEach((a, i) => {
    if (same && last[i] === a) return;
    let m = target.amendments.at(i);
    if (!m || m.id !== a.id) {
      m = new AmendmentPublic();
      m.id = a.id;
      m.by = a.by;
      m.issue = a.issue;
      m.option = a.option ?? "";
      m.round = a.round;
      m.at = a.at;
      if (target.amendments.at(i)) target.amendments[i] = m;
      else target.amendments.push(m);
    }
    setIfChanged(m, "status", a.status);
    syncStringArray(m.supporters, a.supporters);
    syncStringArray(m.opponents, a.opponents ?? NO_SEATS);
  });
  while (target.amendments.length > state.amendments.length) target.amendments.pop();
}
