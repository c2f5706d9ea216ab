import { type Action, apply, type GameState, initialState, type SeatId, view } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { decide } from "./bot.ts";
import { REACTION_MS } from "./negotiator.ts";
import { ownTableOf, utilityOf } from "./own-table.ts";

const scenario = defaultScenario();

function act(s: GameState, a: Record<string, unknown> & { type: Action["type"] }, at = s.now + 1000): GameState {
  const r = apply(s, { actor: { kind: "facilitator" }, at, ...a });
  if (!r.ok) throw new Error(`${a.type}: ${r.error.code}: ${r.error.message}`);
  return r.state;
}
const by = (seat: SeatId) => ({ actor: { kind: "seat", seat } as const });

describe("the pen-holder bot", () => {
  it("rewrites a draft it cannot sign even while it declines what the table proposes (regression: declines crowded out its own search)", () => {
    let s = initialState(scenario, { seed: "pen-holder", at: 0, timings: { briefingSeconds: 0 } });
    s = act(s, { type: "table/start" });
    const holder = s.penHolder ?? "";
    const table = ownTableOf(view(s, { kind: "seat", seat: holder }));
    if (!table) throw new Error("no brief");
    // The draft the holder likes least without crossing a red line: far below its no-deal value.
    const worst = table.points.map((row, i) =>
      row.reduce(
        (w, p, o) => (!table.forbidden[i]?.[o] && p < (row[w] ?? Infinity) ? o : w),
        row.findIndex((_, o) => !table.forbidden[i]?.[o]),
      ),
    );
    worst.forEach((o, i) => {
      s = act(s, { type: "draft/set", issue: table.issueIds[i], option: table.optionIds[i]?.[o], ...by(holder) });
    });
    expect(utilityOf(table, worst)).toBeLessThan(table.noDealValue);
    // Another seat proposes to blank an issue: nothing the holder can write in, so it declines.
    const other = s.seatOrder.find((x) => x !== holder && !s.seats[x]?.redCell) ?? "";
    s = act(s, { type: "draft/amend", issue: table.issueIds[0], option: null, ...by(other) });
    const later = s.now + REACTION_MS + 1000;
    const d = decide(view(s, { kind: "seat", seat: holder }), { personality: "pragmatist", seed: "p" }, null, later);
    const types = d.actions.map((a) => a.type);
    expect(types).toContain("draft/decline");
    expect(types).toContain("draft/set");
  });
});
