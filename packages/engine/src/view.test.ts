import { describe, expect, it } from "vitest";
import { defaultScenario } from "./default-scenario.ts";
import { initialState } from "./initial-state.ts";
import { F, negotiating, ok, seat, withDraft } from "./test-fixtures/helpers.ts";
import { mini, STRONG } from "./test-fixtures/mini.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";
import { previewPackage, publicScenario, view } from "./view.ts";

describe("views", () => {
  it("give a seat its own brief and preview, and nothing of another seat's", () => {
    const s = withDraft(negotiating(), STRONG);
    const v = view(s, { kind: "seat", seat: "paris" });
    expect(v.brief?.objectives.en).toContain("SECRET-PARIS");
    expect(v.preview).toEqual({ points: 80, noDealValue: 45, redLinesCrossed: [] });
    const text = JSON.stringify(v);
    for (const other of ["SECRET-WASHINGTON", "SECRET-BERLIN", "SECRET-KYIV"]) expect(text).not.toContain(other);
    expect(v.briefs).toBeNull();
    const kyiv = view(s, { kind: "seat", seat: "kyiv" });
    expect(kyiv.preview?.redLinesCrossed.map((l) => l.issue)).toEqual(["alignment"]);
  });

  it("give the facilitator every seated brief, and observers and Moscow none", () => {
    const s = negotiating();
    const f = view(s, { kind: "facilitator" });
    expect(Object.keys(f.briefs ?? {})).toEqual(["washington", "paris", "berlin", "kyiv"]);
    for (const viewer of [{ kind: "observer" }, { kind: "moscow" }, { kind: "seat", seat: "moscow" }] as const) {
      const text = JSON.stringify(view(s, viewer));
      expect(text).not.toContain("SECRET-");
    }
    expect(view(s, { kind: "seat", seat: "moscow" }).viewer).toEqual({ kind: "moscow" });
  });

  it("never contain the generator's state", () => {
    const s = negotiating();
    for (const viewer of [{ kind: "facilitator" }, { kind: "observer" }, { kind: "seat", seat: "paris" }] as const)
      expect(Object.keys(view(s, viewer))).not.toContain("rng");
  });

  it("show the public read-out of a complete draft to everyone", () => {
    const s = withDraft(negotiating(), STRONG);
    const v = view(s, { kind: "observer" });
    expect(v.readout?.deterrence).toBeCloseTo(73);
    expect(view(negotiating(), { kind: "observer" }).readout).toBeNull();
    expect(v.noDeal.odds.offensive).toBeGreaterThan(0);
  });

  it("show Moscow's live odds only to Moscow and the facilitator, and to everyone at the debrief", () => {
    let s = negotiating(mini, { controllers: { moscow: "human" } });
    s = ok(s, { type: "facilitator/skip", actor: F });
    s = ok(s, { type: "facilitator/skip", actor: F });
    s = ok(s, { type: "facilitator/skip", actor: F });
    expect(s.step).toBe("moscow");
    expect(view(s, { kind: "moscow" }).liveOdds).not.toBeNull();
    expect(view(s, { kind: "facilitator" }).years[0]?.odds).not.toBeNull();
    expect(view(s, { kind: "seat", seat: "paris" }).liveOdds).toBeNull();
    expect(view(s, { kind: "seat", seat: "paris" }).years[0]?.odds).toBeNull();
    const end = ok(s, { type: "facilitator/end", actor: F });
    expect(view(end, { kind: "seat", seat: "paris" }).years[0]?.odds).not.toBeNull();
  });

  it("show other seats' scores only as totals and margins at the debrief", () => {
    const { final } = playScriptedGame(defaultScenario(), { seed: "views", at: 1000 });
    const v = view(final, { kind: "seat", seat: "kyiv" });
    expect(v.myScore?.seat).toBe("kyiv");
    const other = v.scores?.find((x) => x.seat === "washington");
    expect(other && Object.keys(other).sort()).toEqual(["concluded", "margin", "seat", "total"]);
    const f = view(final, { kind: "facilitator" }).scores?.find((x) => x.seat === "washington");
    expect(f && "noDealValue" in f).toBe(true);
  });

  it("publicScenario drops every brief and nothing else", () => {
    const p = publicScenario(mini);
    expect(p.seats.every((s) => !("brief" in s))).toBe(true);
    expect(p.issues).toBe(mini.issues);
    expect(JSON.stringify(p)).not.toContain("SECRET-");
    expect(initialState(mini, { seed: 1 }).scenario.seats[0]?.brief).toBeDefined();
  });

  it("keeps a seat view from leaking a seat's own data to a different seat id", () => {
    const s = ok(negotiating(), { type: "draft/amend", issue: "pledge", option: "armed", actor: seat("kyiv") });
    expect(JSON.stringify(view(s, { kind: "seat", seat: "berlin" }))).not.toContain("SECRET-KYIV");
  });
});

describe("previewPackage", () => {
  it("computes from a seat's own view what the server computes", () => {
    const s = negotiating();
    const v = view(s, { kind: "seat", seat: "kyiv" });
    const p = previewPackage(v, STRONG);
    expect(p.points).toBe(30 + 25 + 0 + 20);
    expect(p.redLinesCrossed.map((l) => l.issue)).toEqual(["alignment"]);
    expect(p.readout?.deterrence).toBeCloseTo(
      view(withDraft(s, STRONG), { kind: "observer" }).readout?.deterrence ?? -1,
    );
    expect(previewPackage(v, { pledge: "armed" }).readout).toBeNull();
    expect(previewPackage(view(s, { kind: "observer" }), STRONG).points).toBeNull();
  });
});
