// The negotiator's pace and its trades, played against the real engine.
import { apply as engineApply, type GameState, initialState, view } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { decide } from "./bot.ts";
import type { BotAction } from "./bot-types.ts";
import { REACTION_MS } from "./negotiator.ts";
import { ownTableOf } from "./own-table.ts";
import { playTable } from "./simulate.ts";
import { openTrades } from "./trade.ts";

const sc = defaultScenario();

function applyOk(s: GameState, a: unknown): GameState {
  const r = engineApply(s, a);
  if (!r.ok) throw new Error(`${r.error.code}: ${JSON.stringify(a)}`);
  return r.state;
}

/** A table in its first round, Paris at the pen with the draft filled by its own bot. */
function started(): GameState {
  let s = initialState(sc, { seed: "pace", timings: { briefingSeconds: 0 } });
  s = applyOk(s, { type: "table/start", actor: { kind: "facilitator" }, at: 0 });
  const d = decide(view(s, { kind: "seat", seat: "paris" }), { personality: "pragmatist", seed: "x" }, null, 0);
  for (const a of d.actions)
    if (a.type === "draft/set") s = applyOk(s, { ...a, actor: { kind: "seat", seat: "paris" }, at: 0 });
  return s;
}

const as = (seat: string, at: number, a: BotAction) => ({ ...a, actor: { kind: "seat", seat }, at });

describe("pen-holder", () => {
  it("waits for the table's reactions before deciding an amendment, then decides it", () => {
    let s = started();
    s = applyOk(s, as("kyiv", 1000, { type: "draft/amend", issue: "legal-form", option: "treaty" }));
    const id = s.amendments[s.amendments.length - 1]?.id ?? -1;
    const decides = (at: number) =>
      decide(view(s, { kind: "seat", seat: "paris" }), { personality: "pragmatist", seed: "x" }, null, at).actions.some(
        (a) => (a.type === "draft/accept" || a.type === "draft/decline") && a.amendment === id,
      );
    expect(decides(1000 + REACTION_MS / 2)).toBe(false);
    expect(decides(1000 + REACTION_MS)).toBe(true);
    // Every other seat backing it: no need to wait.
    for (const seat of ["washington", "london", "berlin", "warsaw"])
      s = applyOk(s, as(seat, 2000, { type: "draft/support", amendment: id }));
    expect(decides(2000)).toBe(true);
  });
});

describe("trades", () => {
  it("reads two amendments one seat posts at once as one trade, and others as single amendments", () => {
    let s = started();
    s = applyOk(s, as("kyiv", 5000, { type: "draft/amend", issue: "legal-form", option: "treaty" }));
    s = applyOk(s, as("kyiv", 5000, { type: "draft/amend", issue: "burden", option: "us-most" }));
    s = applyOk(s, as("berlin", 5000, { type: "draft/amend", issue: "force", option: "none" }));
    s = applyOk(s, as("berlin", 6000, { type: "draft/amend", issue: "pledge", option: "assist" }));
    const v = view(s, { kind: "seat", seat: "london" });
    const t = ownTableOf(v);
    if (!t) throw new Error("no table");
    const trades = openTrades(v, t);
    expect(trades).toHaveLength(1);
    expect(trades[0]?.by).toBe("kyiv");
    expect([trades[0]?.a.issue, trades[0]?.b.issue]).toEqual(["legal-form", "burden"]);
  });

  it("are written in only whole: never one half of a trade without the other", () => {
    let trades = 0;
    for (let k = 0; k < 12; k++) {
      // Amendment ids follow the order of posting from 1 (every bot action is accepted: checked below).
      const posted: { id: number; by: string; at: number }[] = [];
      const accepted = new Set<number>();
      const r = playTable(sc, {
        seed: `trade:${k}`,
        onAction: (a) => {
          if (a.type === "draft/amend" && a.actor.kind === "seat")
            posted.push({ id: posted.length + 1, by: a.actor.seat, at: a.at });
          if (a.type === "draft/accept") accepted.add(a.amendment);
        },
      });
      expect(r.rejected).toBe(0);
      for (let q = 0; q + 1 < posted.length; q++) {
        const a = posted[q];
        const b = posted[q + 1];
        if (!a || !b || a.by !== b.by || a.at !== b.at) continue;
        trades++;
        expect(accepted.has(a.id)).toBe(accepted.has(b.id));
        q++;
      }
    }
    expect(trades).toBeGreaterThan(0);
  });
});

describe("ready", () => {
  it("is said during the talks only when a seat has nothing left to do, and bot-only tables still conclude", () => {
    let readies = 0;
    let concluded = 0;
    for (let k = 0; k < 10; k++) {
      const r = playTable(sc, {
        seed: `ready:${k}`,
        onAction: (a) => {
          if (a.type === "seat/ready" && a.ready) readies++;
        },
      });
      if (r.concluded) concluded++;
      expect(r.rejected).toBe(0);
    }
    expect(readies).toBeGreaterThan(0);
    expect(concluded).toBeGreaterThanOrEqual(5);
  });
});
