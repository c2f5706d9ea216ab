import fs from "node:fs";
import { ClientState, SchemaSerializer } from "@colyseus/core";
import { Decoder, StateView } from "@colyseus/schema";
import {
  type Action,
  apply,
  type GameState,
  initialState,
  legalActions,
  legalActionTypes,
  parseScenario,
  type Viewer,
  view,
} from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { documentParts, joinDocument } from "@ironclad/engine/protocol";
import { describe, expect, it } from "vitest";
import { audienceOf, type Delegations, privateDocument, projectTable, publicDocument } from "./table-projection.ts";
import { TableState } from "./table-schema.ts";

/** A seeded walk through a whole game: each step one viewer's legal action, or (at `clockOdds`) the clock. */
function* randomGame(seed: number, clockOdds: number): Generator<GameState> {
  let r = seed;
  const random = () => {
    r = (Math.imul(r, 1103515245) + 12345) >>> 0;
    return r / 4294967296;
  };
  let state = initialState(defaultScenario(), { seed: `projection-${seed}`, at: 1_000 });
  const viewers: Viewer[] = [
    { kind: "facilitator" },
    { kind: "moscow" },
    ...state.seatOrder.map((seat) => ({ kind: "seat", seat }) as const),
  ];
  yield state;
  for (let step = 0; step < 400 && state.phase !== "debrief"; step++) {
    const at = state.now + 1_000;
    // Someone with something to do (the clock only now and then, or when nobody has anything).
    const start = Math.floor(random() * viewers.length);
    let options: Action[] = [];
    for (let i = 0; i < viewers.length && options.length === 0; i++)
      options = legalActions(state, viewers[(start + i) % viewers.length] as Viewer, at).filter(
        (a) => a.type !== "facilitator/end" && a.type !== "facilitator/skip",
      );
    // Votes now and then, so the walk reaches signing and ratification; a blank issue filled now
    // and then, so the draft gets complete among the many other moves.
    const call = options.find((a) => a.type === "vote/call");
    const fill = options.find((a) => a.type === "draft/set" && state.draft[a.issue] == null);
    let action: Action | undefined =
      call && random() < 0.3 ? call : fill && random() < 0.3 ? fill : options[Math.floor(random() * options.length)];
    if (!action || random() < clockOdds) {
      if (state.deadline === null) continue;
      action = { type: "phase/expired", actor: { kind: "system" }, at: Math.max(at, state.deadline) };
    }
    const result = apply(state, action);
    if (!result.ok) throw new Error(`${action.type}: ${result.error.code}`);
    state = result.state;
    yield state;
  }
}

/** The schema as plain data, with only the private parts of `watched` audiences. */
function snapshot(target: TableState, watched: ReadonlySet<string>): unknown {
  const json = target.toJSON() as { privates: Record<string, unknown> };
  json.privates = Object.fromEntries(Object.entries(json.privates).filter(([key]) => watched.has(key)));
  return json;
}

describe("projectTable", () => {
  it("leaves the schema as a fresh projection would, after every step of whole games", () => {
    // The projection skips parts that are the same objects as last time: this checks that what it
    // skips never differs from what it would have written, while people come and go.
    let steps = 0;
    const phases = new Set<string>();
    // A slow clock reaches signing votes; a fast one the stress test and the debrief.
    for (const [seed, clockOdds] of [
      [1, 0.01],
      [2, 0.05],
      [3, 0.02],
    ] as const) {
      const target = new TableState();
      let delegations: Delegations | undefined;
      let k = 0;
      for (const state of randomGame(seed, clockOdds)) {
        // The room hands over a new map when someone comes or goes, the same one otherwise.
        if (k % 5 === 0 || !delegations) {
          delegations = new Map();
          for (const seat of Object.keys(state.seats))
            delegations.set(seat, { names: seat === "kyiv" ? [] : [`P ${seat}`], connected: (k + seat.length) % 3 });
        }
        const watched = new Set(
          [...state.seatOrder.map((seat) => ({ kind: "seat", seat }) as const), { kind: "facilitator" } as const]
            .filter((_, i) => (i + k) % 4 !== 0)
            .map((v) => audienceOf(v)),
        );
        const extras = state.phase === "debrief" ? { futures: { runs: k } } : {};
        projectTable(state, delegations, target, watched, extras);
        const fresh = new TableState();
        projectTable(state, delegations, fresh, watched, extras);
        expect(snapshot(target, watched), `seed ${seed}, seq ${state.seq}, ${state.phase}`).toEqual(
          snapshot(fresh, watched),
        );
        phases.add(state.phase);
        steps++;
        k++;
      }
    }
    expect(steps).toBeGreaterThan(300);
    expect([...phases]).toEqual(expect.arrayContaining(["lobby", "negotiation", "vote", "stress", "debrief"]));
  });
});

describe("the table's documents in parts, as a client decodes its patches", () => {
  it("leave each audience's client with exactly the view the server holds, after every step of whole games", () => {
    // Every audience has a client: the server's own serializer encodes each patch for each client's
    // StateView, and each client decodes only what it received (the full state once, then patches).
    let steps = 0;
    let patched = 0;
    for (const [seed, clockOdds] of [
      [4, 0.01],
      [5, 0.05],
    ] as const) {
      const target = new TableState();
      const serializer = new SchemaSerializer<TableState>();
      serializer.reset(target);
      type Client = {
        key: string;
        viewer: Viewer;
        view: StateView;
        decoder: Decoder<TableState>;
        frames: Uint8Array[];
      };
      let clients: Client[] = [];
      const delegations: Delegations = new Map();
      let watched = new Set<string>();
      for (const state of randomGame(seed, clockOdds)) {
        if (clients.length === 0) {
          for (const seat of Object.keys(state.seats)) delegations.set(seat, { names: [`P ${seat}`], connected: 1 });
          const viewers: Viewer[] = [
            ...state.seatOrder.map((seat) => ({ kind: "seat", seat }) as const),
            { kind: "facilitator" },
            { kind: "moscow" },
            { kind: "observer" },
          ];
          watched = new Set(viewers.filter((v) => v.kind !== "observer").map(audienceOf));
          projectTable(state, delegations, target, watched);
          clients = viewers.map((viewer) => {
            const key = audienceOf(viewer);
            const view = new StateView();
            const part = target.privates.get(key);
            if (part) view.add(part);
            const decoder = new Decoder(new TableState());
            // Joining: the full state for this client's view, as Colyseus sends it.
            const full = serializer.getFullState({ view } as never);
            decoder.decode(full, { offset: 1 });
            return { key, viewer, view, decoder, frames: [] };
          });
          continue;
        }
        projectTable(state, delegations, target, watched, state.phase === "debrief" ? { futures: { runs: 1 } } : {});
        const people = clients.map((c) => ({
          state: ClientState.JOINED,
          view: c.view,
          raw: (bytes: Uint8Array) => c.frames.push(Uint8Array.from(bytes)),
        }));
        serializer.applyPatches(people as never, target);
        for (const c of clients) {
          for (const frame of c.frames.splice(0)) {
            c.decoder.decode(frame, { offset: 1 });
            patched++;
          }
          const decoded = c.decoder.state;
          const where = `seed ${seed}, seq ${state.seq}, ${state.phase}, ${c.key}`;
          // The public document, and this audience's private one, exactly as the server means them.
          const pub = publicDocument(
            view(state, { kind: "observer" }),
            state.phase === "debrief" ? { futures: { runs: 1 } } : {},
          );
          expect(joinDocument(decoded.publicParts), where).toStrictEqual(JSON.parse(JSON.stringify(pub)));
          const part = decoded.privates?.get(c.key);
          if (c.viewer.kind === "observer") expect(decoded.privates?.size ?? 0, where).toBe(0);
          else {
            const mine = privateDocument(view(state, c.viewer), c.viewer, legalActionTypes(state, c.viewer));
            expect(joinDocument(part?.parts), where).toStrictEqual(JSON.parse(JSON.stringify(mine)));
            expect([...(decoded.privates?.keys() ?? [])], where).toEqual([c.key]);
          }
          // And the rest of the state as the server holds it, with only this audience's private part.
          expect(decoded.toJSON(), where).toEqual(snapshot(target, new Set([c.key])));
        }
        steps++;
      }
    }
    expect(steps).toBeGreaterThan(200);
    expect(patched).toBeGreaterThan(steps * 5);
    // Two whole games with eleven clients checked after every step: 30–60 s on a busy 2-core machine.
  }, 180_000);

  it("split a document into parts and join it again, arrays keyed by their ids where they ascend", () => {
    const doc = {
      affordances: [
        { amendment: 3, acts: ["support"], worth: null },
        { amendment: 7, acts: [], worth: { change: 1, points: null, redLinesCrossed: [] } },
      ],
      offers: [{ id: 2 }, { id: 1 }],
      legal: ["draft/amend", "seat/ready"],
      positions: { kyiv: { force: { none: "cannot" } } },
      outcome: null,
      endedEarly: false,
      empty: [],
      scores: undefined,
    };
    const parts = documentParts(doc);
    expect(parts.get("affordances")).toBe('["amendment"]');
    expect(parts.get("affordances/7")).toBe(JSON.stringify(doc.affordances[1]));
    // Not ascending: by index.
    expect(parts.get("offers")).toBe("[]");
    expect(parts.get("offers/0")).toBe('{"id":2}');
    expect(parts.get("positions/kyiv")).toBe('{"force":{"none":"cannot"}}');
    expect(parts.has("scores")).toBe(false);
    expect(joinDocument(parts)).toStrictEqual(JSON.parse(JSON.stringify(doc)));
    expect(joinDocument(Object.fromEntries(parts))).toStrictEqual(JSON.parse(JSON.stringify(doc)));
    expect(joinDocument(new Map())).toBeNull();
  });
});

describe("the briefs field", () => {
  it("reaches the facilitator whole when it is longer than the encoder's buffer (every seat of the bigger scenario)", () => {
    const file = new URL("../../engine/scenarios/paris-declaration-2026.json", import.meta.url);
    const parsed = parseScenario(JSON.parse(fs.readFileSync(file, "utf8")));
    if (!parsed.ok) throw new Error("the Paris Declaration scenario does not parse");
    const scenario = parsed.scenario;
    const seats = scenario.seats.filter((s) => s.kind !== "redcell").map((s) => s.id);
    const state = initialState(scenario, { seed: "briefs", at: 1_000, seats, redCell: "human" });
    const target = new TableState();
    const serializer = new SchemaSerializer<TableState>();
    serializer.reset(target);
    const facilitator: Viewer = { kind: "facilitator" };
    // The part exists before anyone watches it (with the public document); when the facilitator
    // comes, the briefs go out in one patch with its private document and a move at the table.
    projectTable(state, new Map(), target, new Set());
    const view = new StateView();
    const part = target.privates.get(audienceOf(facilitator));
    if (!part) throw new Error("no facilitator part");
    view.add(part);
    const decoder = new Decoder(new TableState());
    decoder.decode(serializer.getFullState({ view } as never), { offset: 1 });
    const started = apply(state, { type: "table/start", actor: { kind: "facilitator" }, at: 2_000 });
    if (!started.ok) throw new Error("the table does not start");
    projectTable(started.state, new Map(), target, new Set([audienceOf(facilitator)]));
    const frames: Uint8Array[] = [];
    serializer.applyPatches(
      [{ state: ClientState.JOINED, view, raw: (b: Uint8Array) => frames.push(Uint8Array.from(b)) }] as never,
      target,
    );
    for (const f of frames) decoder.decode(f, { offset: 1 });
    const got = [...(decoder.state.privates?.get(audienceOf(facilitator))?.briefs ?? [])];
    const text = got.join("");
    expect(new TextEncoder().encode(text).length).toBeGreaterThan(40_000);
    const briefs = JSON.parse(text).briefs;
    expect(Object.keys(briefs).sort()).toEqual([...seats].sort());
    expect(briefs.kyiv.noDealValue).toBe(scenario.seats.find((s) => s.id === "kyiv")?.brief?.noDealValue);
    expect(got.length).toBeGreaterThan(1);
  });
});

describe("domestic pressure on the wire", () => {
  it("reaches the seat it fell on and the facilitator in their briefs field, and no one else", () => {
    const state = initialState(defaultScenario(), {
      seed: "pressure",
      at: 1_000,
      pressure: { seat: "kyiv", points: 20 },
    });
    const viewers: Viewer[] = [
      { kind: "facilitator" },
      { kind: "moscow" },
      ...state.seatOrder.map((seat) => ({ kind: "seat", seat }) as const),
    ];
    const target = new TableState();
    projectTable(state, new Map(), target, new Set(viewers.map((v) => audienceOf(v))), {});
    const json = target.toJSON() as { privates: Record<string, { briefs: string[]; parts: unknown }> };
    const drawn = '"pressure":{"seat":"kyiv","points":20}';
    for (const v of viewers) {
      const part = json.privates[audienceOf(v)];
      const told = v.kind === "facilitator" || (v.kind === "seat" && v.seat === "kyiv");
      expect(part?.briefs.join("").includes(drawn), JSON.stringify(v)).toBe(told);
      expect(JSON.stringify(part?.parts).includes('"seat":"kyiv","points":20'), JSON.stringify(v)).toBe(false);
    }
    const kyiv = JSON.parse(json.privates[audienceOf({ kind: "seat", seat: "kyiv" })]?.briefs.join("") ?? "{}");
    const usual = defaultScenario().seats.find((s) => s.id === "kyiv")?.brief?.noDealValue ?? 0;
    expect(kyiv.brief.noDealValue).toBe(usual + 20);
    // The public document says how the rule works, never whom it struck.
    const { privates: _privates, ...shared } = json as Record<string, unknown>;
    expect(JSON.stringify(shared)).not.toMatch(/kyiv\\?","points\\?":20/);
  });
});
