import { type Action, apply, type GameState, initialState, view } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { decide } from "./bot.ts";
import { exploitRow, formatExploit, pairedDifference } from "./exploit.ts";
import { concessionTime, holdsOut, tableYes } from "./negotiator.ts";
import { ownTableOf, packageOf } from "./own-table.ts";
import { SCRIPTED_STRATEGIES, scriptedPolicy } from "./scripted-strategies.ts";
import { playTable } from "./simulate.ts";

const scenario = defaultScenario();

function act(s: GameState, a: Record<string, unknown> & { type: Action["type"] }): GameState {
  const r = apply(s, { actor: { kind: "facilitator" }, at: s.now + 1000, ...a });
  if (!r.ok) throw new Error(`${a.type}: ${r.error.code}: ${r.error.message}`);
  return r.state;
}

describe("paired differences", () => {
  it("gives the mean difference and a 95 % interval that narrows with more tables", () => {
    const a = [3, 5, 4, 6, 2];
    const b = [1, 2, 2, 3, 1];
    const d = pairedDifference(a, b);
    expect(d.n).toBe(5);
    expect(d.mean).toBeCloseTo(2.2, 10);
    // Differences 2, 3, 2, 3, 1: sd = sqrt(0.7); half-width 1.96·sd/√5.
    expect(d.high - d.mean).toBeCloseTo(1.96 * Math.sqrt(0.7 / 5), 10);
    expect(d.low).toBeCloseTo(2 * d.mean - d.high, 10);
    const wide = pairedDifference([...a, ...a, ...a, ...a], [...b, ...b, ...b, ...b]);
    expect(wide.high - wide.low).toBeLessThan(d.high - d.low);
  });

  it("reports the best gaining strategy and the lowest idle agreement", () => {
    const r = (score: number, concluded: boolean) => ({ score, expected: score, points: score, concluded });
    const rows = [
      exploitRow("holdout", "kyiv", [r(10, true), r(12, true)], [r(9, true), r(9, false)]),
      exploitRow("yes-man", "kyiv", [r(1, true), r(2, true)], [r(9, true), r(9, false)]),
      exploitRow("idle", "paris", [r(5, false), r(5, true)], [r(5, true), r(5, true)]),
    ];
    expect(rows[0]?.score.mean).toBe(2);
    expect(rows[0]?.agreement).toBe(1);
    expect(rows[0]?.botAgreement).toBe(0.5);
    const text = formatExploit(rows, 2, "s");
    expect(text).toContain("Best scripted strategy: holdout as kyiv, +2.0");
    expect(text).toContain("Highest upper bound: holdout as kyiv");
    expect(text).toContain("lowest paris 50.0%");
  });
});

/** The ballots `seat` cast playing `strategy` at the table of `seed`, with their table times. */
function ballotsOf(seat: string, strategy: (typeof SCRIPTED_STRATEGIES)[number], seed: string) {
  const ballots: { at: number; sign: boolean }[] = [];
  const re = new RegExp(`^(\\d+) ${seat} \\{"type":"vote\\/(sign|decline)"`);
  playTable(scenario, {
    seed,
    ticksPerRound: 5,
    scripted: { [seat]: strategy },
    trace: (line) => {
      const m = re.exec(line);
      if (m) ballots.push({ at: Number(m[1]), sign: m[2] === "sign" });
    },
  });
  return ballots;
}

describe("scripted strategies", () => {
  it("play whole tables without a refused action, each in a seat of its own", () => {
    for (const strategy of SCRIPTED_STRATEGIES)
      for (const seat of ["kyiv", "paris"]) {
        const r = playTable(scenario, { seed: `s:${strategy}`, ticksPerRound: 5, scripted: { [seat]: strategy } });
        expect(r.rejected, `${strategy} as ${seat}`).toBe(0);
      }
  }, 60_000);

  it("an absent or ideal-only Kyiv (whose signature the rule needs) leaves the table without a deal; a yes-man signs every vote it can", () => {
    for (const strategy of ["absent", "ideal-only"] as const) {
      const r = playTable(scenario, { seed: "needs-kyiv", ticksPerRound: 5, scripted: { kyiv: strategy } });
      expect(r.concluded, strategy).toBe(false);
    }
    const yes = ballotsOf("london", "yes-man", "yes");
    expect(yes.length).toBeGreaterThan(0);
    expect(yes.every((b) => b.sign)).toBe(true);
  }, 60_000);

  it("call-votes and back-all add to the bot's own play: more vote calls, support for every amendment", () => {
    const count = (strategy: (typeof SCRIPTED_STRATEGIES)[number] | null, type: string) => {
      let n = 0;
      playTable(scenario, {
        seed: "more",
        ticksPerRound: 5,
        ...(strategy ? { scripted: { kyiv: strategy } } : {}),
        trace: (line) => {
          if (line.includes(` kyiv {"type":"${type}"`)) n++;
        },
      });
      return n;
    };
    expect(count("call-votes", "vote/call")).toBeGreaterThan(count(null, "vote/call"));
    expect(count("back-all", "draft/support")).toBeGreaterThan(count(null, "draft/support"));
  }, 60_000);

  it("a hold-out declines early even its own best package, which the bot in its seat signs", () => {
    let st = act(initialState(scenario, { seed: "hold", at: 0, timings: { briefingSeconds: 0 } }), {
      type: "table/start",
    });
    const holder = st.penHolder ?? "";
    const kyiv = ownTableOf(view(st, { kind: "seat", seat: "kyiv" }));
    if (!kyiv) throw new Error("no brief");
    for (const [issue, option] of Object.entries(packageOf(kyiv, kyiv.best)))
      st = act(st, { type: "draft/set", issue, option, actor: { kind: "seat", seat: holder } });
    st = act(st, { type: "vote/call", actor: { kind: "seat", seat: holder } });
    const v = view(st, { kind: "seat", seat: "kyiv" });
    const settings = { personality: "pragmatist" as const, seed: "hold" };
    expect(decide(v, settings, null).actions).toContainEqual({ type: "vote/sign" });
    expect(scriptedPolicy("holdout", settings).decide(v, st.now)).toContainEqual({ type: "vote/decline" });
    expect(scriptedPolicy("ideal-only", settings).decide(v, st.now)).toContainEqual({ type: "vote/sign" });
  });

  it("a seat that refuses twice and never says yes, while others say yes, is read as holding out", () => {
    let st = act(initialState(scenario, { seed: "hold", at: 0, timings: { briefingSeconds: 0 } }), {
      type: "table/start",
    });
    const holder = st.penHolder ?? "";
    const kyiv = ownTableOf(view(st, { kind: "seat", seat: "kyiv" }));
    if (!kyiv) throw new Error("no brief");
    for (const [issue, option] of Object.entries(packageOf(kyiv, kyiv.best)))
      st = act(st, { type: "draft/set", issue, option, actor: { kind: "seat", seat: holder } });
    const seat = (s: string) => ({ actor: { kind: "seat", seat: s } as const });
    for (const [poll, asker] of [
      [1, holder],
      [2, "kyiv"],
    ] as const) {
      st = act(st, { type: "poll/ask", ...seat(asker) });
      st = act(st, { type: "poll/answer", poll, sign: false, blockers: ["pledge"], ...seat("berlin") });
      st = act(st, { type: "poll/answer", poll, sign: true, blockers: [], ...seat("london") });
      for (const other of st.seatOrder)
        if (other !== "berlin" && other !== "london" && !st.seats[other]?.redCell)
          st = act(st, { type: "poll/answer", poll, sign: true, blockers: [], ...seat(other) });
      expect(holdsOut(view(st, { kind: "seat", seat: "paris" }), "berlin")).toBe(poll === 2);
    }
    expect(holdsOut(view(st, { kind: "seat", seat: "paris" }), "london")).toBe(false);
    // The table's concessions as Paris sees them: every other seat's latest answer, yes but Berlin's.
    const others = st.seatOrder.filter((x) => x !== "paris" && !st.seats[x]?.redCell).length;
    expect(tableYes(view(st, { kind: "seat", seat: "paris" }), "paris")).toBeCloseTo((others - 1) / others, 10);
    expect(tableYes(view(st, { kind: "seat", seat: "berlin" }), "berlin")).toBe(1);
    // Concession answers it: Berlin, whom every other seat has said yes to, concedes faster than
    // Paris, who sees Berlin's no; Kyiv, whom the rule cannot do without, faster still than Berlin.
    const at = (s: string) => concessionTime(view(st, { kind: "seat", seat: s }), s, 0.5);
    expect(at("berlin")).toBeGreaterThan(at("paris"));
    expect(at("paris")).toBeGreaterThan(0.5);
    expect(at("kyiv")).toBeGreaterThan(at("berlin"));
  });
});
