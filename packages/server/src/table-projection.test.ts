import { type Action, apply, type GameState, initialState, legalActions, type Viewer } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { audienceOf, type Delegations, projectTable } from "./table-projection.ts";
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
