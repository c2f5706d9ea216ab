import { describe, expect, it } from "vitest";
import { apply } from "./apply.ts";
import { defaultScenario } from "./default-scenario.ts";
import { initialState } from "./initial-state.ts";
import { RESPONSES } from "./scenario.ts";
import type { GameState } from "./state.ts";
import { F, negotiating, ok, seat, voted, withDraft } from "./test-fixtures/helpers.ts";
import { mini, STRONG } from "./test-fixtures/mini.ts";
import { playScriptedGame } from "./test-fixtures/scripted-game.ts";
import { previewPackage, publicScenario, type Viewer, view } from "./view.ts";

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

  it("give the red cell its own brief and its score with every part, and no one else but the facilitator", () => {
    const { final } = playScriptedGame(defaultScenario(), { seed: "views", at: 1000 });
    const secret = JSON.stringify(final.scenario.seats.find((x) => x.id === "moscow")?.redCellBrief?.pointTable);
    for (const viewer of [{ kind: "moscow" }, { kind: "seat", seat: "moscow" }] as const) {
      const red = view(final, viewer);
      expect(red.redCellBrief?.objectives.en).toContain("You are the red cell");
      expect(red.myScore?.seat).toBe("moscow");
      expect(red.myScore?.redCell?.years).toHaveLength(final.years.length);
      expect(red.brief).toBeNull();
    }
    expect(view(final, { kind: "facilitator" }).redCellBrief).not.toBeNull();
    for (const viewer of [{ kind: "observer" }, { kind: "seat", seat: "kyiv" }] as const) {
      const v = view(final, viewer);
      expect(v.redCellBrief).toBeNull();
      expect(JSON.stringify(v)).not.toContain(secret);
      // Moscow's public score: its total and margin, like any seat's.
      expect(Object.keys(v.scores?.find((x) => x.seat === "moscow") ?? {}).sort()).toEqual([
        "concluded",
        "margin",
        "seat",
        "total",
      ]);
    }
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

describe("a view's affordances", () => {
  const amended = () => {
    // Paris holds the pen; Kyiv proposes an open door, which crosses Berlin's red line.
    let s = withDraft(negotiating(), STRONG);
    s = ok(s, { type: "draft/amend", issue: "alignment", option: "open", actor: seat("kyiv") });
    return s;
  };
  const actsOf = (s: GameState, viewer: Viewer) => view(s, viewer).affordances.map((a) => a.acts);

  it("say what each viewer may do with each open amendment", () => {
    let s = amended();
    expect(actsOf(s, { kind: "seat", seat: "kyiv" })).toEqual([["withdraw"]]);
    expect(actsOf(s, { kind: "seat", seat: "berlin" })).toEqual([["support", "oppose"]]);
    expect(actsOf(s, { kind: "seat", seat: "paris" })).toEqual([["support", "oppose", "accept", "decline"]]);
    // Supporting it moves the support button away; opposing still moves the seat over.
    s = ok(s, { type: "draft/support", amendment: 1, actor: seat("berlin") });
    expect(actsOf(s, { kind: "seat", seat: "berlin" })).toEqual([["oppose"]]);
    // The facilitator decides only while it holds the pen; Moscow and observers do nothing with it.
    expect(actsOf(s, { kind: "facilitator" })).toEqual([[]]);
    expect(actsOf(ok(s, { type: "facilitator/take-pen", to: null, actor: F }), { kind: "facilitator" })).toEqual([
      ["accept", "decline"],
    ]);
    expect(actsOf(s, { kind: "moscow" })).toEqual([[]]);
    expect(view(s, { kind: "observer" }).affordances).toEqual([]);
    // Paused, nobody may do anything with it.
    const paused = ok(s, { type: "facilitator/pause", actor: F });
    expect(actsOf(paused, { kind: "seat", seat: "paris" })).toEqual([[]]);
    // Decided, it is no longer listed.
    expect(
      view(ok(s, { type: "draft/accept", amendment: 1, actor: seat("paris") }), { kind: "seat", seat: "paris" })
        .affordances,
    ).toEqual([]);
  });

  it("agree with the reducer for every seat, amendment and act", () => {
    let s = amended();
    s = ok(s, { type: "draft/amend", issue: "force", option: "none", actor: seat("washington") });
    s = ok(s, { type: "draft/oppose", amendment: 2, actor: seat("berlin") });
    for (const viewer of [
      ...s.seatOrder.map((x) => ({ kind: "seat", seat: x }) as const),
      { kind: "facilitator" } as const,
    ]) {
      const actor = viewer.kind === "seat" ? seat(viewer.seat) : F;
      for (const a of view(s, viewer).affordances)
        for (const act of ["support", "oppose", "accept", "decline", "withdraw"] as const)
          expect(a.acts.includes(act), `${JSON.stringify(viewer)} ${act} #${a.amendment}`).toBe(
            apply(s, { type: `draft/${act}`, amendment: a.amendment, actor, at: s.now + 1 }).ok,
          );
    }
  });

  it("keep agreeing with the reducer over a whole game, the answers kept per amendment carried from state to state", () => {
    const game = playScriptedGame(defaultScenario(), { seed: "kept-acts", at: 1_000 });
    const viewers: Viewer[] = [
      ...game.final.seatOrder.map((x) => ({ kind: "seat", seat: x }) as const),
      { kind: "facilitator" },
      { kind: "moscow" },
    ];
    let checked = 0;
    for (const s of game.states) {
      if (s.phase !== "negotiation") continue;
      for (const viewer of viewers) {
        const actor = viewer.kind === "seat" ? seat(viewer.seat) : viewer.kind === "facilitator" ? F : null;
        if (!actor) continue;
        const v = view(s, viewer);
        for (const a of v.affordances) {
          // Its worth, kept while the draft moves elsewhere, is what previewing the accepted package says.
          const m = s.amendments.find((x) => x.id === a.amendment);
          if (viewer.kind === "seat" && m && v.preview) {
            const after = previewPackage(v, { ...s.draft, [m.issue]: m.option });
            if (v.preview.points !== null && after.points !== null)
              expect(v.preview.points + (a.worth?.change ?? Number.NaN)).toBe(after.points);
            expect(a.worth?.redLinesCrossed).toEqual(after.redLinesCrossed.filter((l) => l.issue === m.issue));
          }
          for (const act of ["support", "oppose", "accept", "decline", "withdraw"] as const) {
            checked++;
            expect(a.acts.includes(act), `${JSON.stringify(viewer)} ${act} #${a.amendment} at seq ${s.seq}`).toBe(
              apply(s, { type: `draft/${act}`, amendment: a.amendment, actor, at: s.now + 1 }).ok,
            );
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it("give a seat the amendment's worth from its own brief, and nobody else's", () => {
    const s = amended();
    // Berlin: alignment neutral → open, crossing its red line; the package's points from previewPackage.
    const v = view(s, { kind: "seat", seat: "berlin" });
    const after = previewPackage(v, { ...STRONG, alignment: "open" });
    const table = v.brief?.pointTable.alignment ?? {};
    expect(v.affordances[0]?.worth).toEqual({
      change: (table.open ?? 0) - (table.neutral ?? 0),
      redLinesCrossed: after.redLinesCrossed,
    });
    // The points after accepting are the preview's plus the change.
    expect((v.preview?.points ?? 0) + (v.affordances[0]?.worth?.change ?? 0)).toBe(after.points);
    expect(v.affordances[0]?.worth?.redLinesCrossed.map((l) => l.issue)).toEqual(["alignment"]);
    // Kyiv's own red line (neutrality) is crossed by the draft, not by this amendment: not its red line here.
    expect(view(s, { kind: "seat", seat: "kyiv" }).affordances[0]?.worth?.redLinesCrossed).toEqual([]);
    expect(view(s, { kind: "facilitator" }).affordances[0]?.worth).toBeNull();
    expect(view(s, { kind: "moscow" }).affordances[0]?.worth).toBeNull();
    // A blank draft: the change is still known.
    const blank = ok(negotiating(), { type: "draft/amend", issue: "pledge", option: "armed", actor: seat("kyiv") });
    const early = view(blank, { kind: "seat", seat: "paris" }).affordances[0]?.worth;
    expect(early?.change).toBe(view(blank, { kind: "seat", seat: "paris" }).brief?.pointTable.pledge?.armed);
  });

  it("keep an amendment's worth while the draft changes on other issues, and work it out again when its own issue changes", () => {
    const s = amended();
    const berlin = { kind: "seat", seat: "berlin" } as const;
    const before = view(s, berlin).affordances[0];
    const pen = s.penHolder;
    if (!pen) throw new Error("the scripted table has a pen-holder");
    const otherIssue = s.scenario.issues.find((i) => i.id !== "alignment");
    const other = otherIssue?.options.find((o) => o.id !== s.draft[otherIssue.id]);
    if (!otherIssue || !other) throw new Error("the scenario has a second issue with a second option");
    const elsewhere = ok(s, { type: "draft/set", issue: otherIssue.id, option: other.id, actor: seat(pen) });
    expect(view(elsewhere, berlin).affordances[0]).toBe(before);
    const here = ok(s, { type: "draft/set", issue: "alignment", option: "open", actor: seat(pen) });
    expect(view(here, berlin).affordances[0]?.worth?.change).toBe(0);
  });
});

describe("a view's offer affordances", () => {
  /** Talks with #1 by `a` and #2 by `b`; `a` offers `c` its support on #2 for `c`'s on #1. */
  const offered = () => {
    let s = negotiating();
    const holder = s.penHolder ?? "";
    const [a = "", b = "", c = ""] = s.seatOrder.filter((x) => x !== holder);
    s = ok(s, { type: "draft/amend", issue: "pledge", option: "armed", actor: seat(a) });
    s = ok(s, { type: "draft/amend", issue: "alignment", option: "open", actor: seat(b) });
    s = ok(s, {
      type: "offer/make",
      to: c,
      gives: [{ act: "support", amendment: 2 }],
      asks: [{ act: "support", amendment: 1 }],
      actor: seat(a),
    });
    return { s, holder, a, b, c };
  };
  const actsOf = (s: GameState, viewer: Viewer) => view(s, viewer).offerAffordances;

  it("say who may accept, decline or withdraw each open offer", () => {
    const { s, holder, a, b, c } = offered();
    expect(actsOf(s, { kind: "seat", seat: a })).toEqual([{ offer: 1, acts: ["withdraw"] }]);
    expect(actsOf(s, { kind: "seat", seat: c })).toEqual([{ offer: 1, acts: ["accept", "decline"] }]);
    expect(actsOf(s, { kind: "seat", seat: b })).toEqual([]);
    expect(actsOf(s, { kind: "seat", seat: holder })).toEqual([]);
    expect(actsOf(s, { kind: "facilitator" })).toEqual([]);
    expect(actsOf(s, { kind: "moscow" })).toEqual([]);
    expect(actsOf(s, { kind: "observer" })).toEqual([]);
    // Paused, nobody may answer it; answered, it is no longer listed.
    expect(actsOf(ok(s, { type: "facilitator/pause", actor: F }), { kind: "seat", seat: c })).toEqual([]);
    const accepted = ok(s, { type: "offer/accept", offer: 1, actor: seat(c) });
    expect(actsOf(accepted, { kind: "seat", seat: c })).toEqual([]);
    expect(actsOf(accepted, { kind: "seat", seat: a })).toEqual([]);
  });

  it("leave out accept once an amendment the offer names has closed", () => {
    const { s, holder, c } = offered();
    const closed = ok(s, { type: "draft/decline", amendment: 1, actor: seat(holder) });
    expect(actsOf(closed, { kind: "seat", seat: c })).toEqual([{ offer: 1, acts: ["decline"] }]);
    expect(apply(closed, { type: "offer/accept", offer: 1, actor: seat(c), at: closed.now + 1 }).ok).toBe(false);
  });

  it("agree with the reducer for every seat, offer and act", () => {
    let { s, holder, a, b } = offered();
    s = ok(s, {
      type: "offer/make",
      to: null,
      gives: [{ act: "support", amendment: 1 }],
      asks: [{ act: "support", amendment: 2 }],
      actor: seat(b),
    });
    s = ok(s, { type: "draft/accept", amendment: 2, actor: seat(holder) });
    s = ok(s, { type: "draft/amend", issue: "force", option: "none", actor: seat(a) });
    for (const st of [s, ok(s, { type: "offer/withdraw", offer: 2, actor: seat(b) })])
      for (const x of st.seatOrder) {
        const mine = view(st, { kind: "seat", seat: x }).offerAffordances;
        for (const o of st.offers ?? [])
          for (const act of ["accept", "decline", "withdraw"] as const)
            expect(mine.find((m) => m.offer === o.id)?.acts.includes(act) ?? false, `${x} ${act} #${o.id}`).toBe(
              apply(st, { type: `offer/${act}`, offer: o.id, actor: seat(x), at: st.now + 1 }).ok,
            );
      }
  });
});

describe("a failed vote's unmet requirements in the view", () => {
  it("lists, as data, what the last vote missed of the agreement rule, and nothing once it concluded", () => {
    const seats = ["washington", "paris", "berlin", "kyiv"];
    const OPEN = { ...STRONG, alignment: "open" };
    // Kyiv declines and only Paris of the European quota signs: two requirements unmet.
    const failed = voted(negotiating(mini, { seats }), OPEN, {
      washington: "sign",
      paris: "sign",
      berlin: "decline",
      kyiv: "decline",
    });
    expect(failed.votes.at(-1)?.result?.concluded).toBe(false);
    const unmet = view(failed, { kind: "observer" }).lastVoteUnmet;
    expect(unmet).toEqual([
      { kind: "must-sign", seat: "kyiv" },
      { kind: "quota", seats: ["paris", "berlin"], needed: 2, got: 1 },
    ]);
    // The same for every viewer, and the vote's English reason says the same.
    expect(view(failed, { kind: "seat", seat: "paris" }).lastVoteUnmet).toEqual(unmet);
    expect(failed.votes.at(-1)?.result?.reason).toMatch(/Kyiv must sign\..*At least 2 of Paris, Berlin/);
    expect(view(negotiating(mini, { seats }), { kind: "observer" }).lastVoteUnmet).toBeNull();
    // Berlin and Kyiv hold opposite red lines on alignment: a table without Berlin concludes.
    const concluded = voted(negotiating(mini, { seats: ["washington", "paris", "kyiv"] }), OPEN, {
      washington: "sign",
      paris: "sign",
      kyiv: "sign",
    });
    expect(concluded.votes.at(-1)?.result?.concluded).toBe(true);
    expect(view(concluded, { kind: "observer" }).lastVoteUnmet).toBeNull();
  });
});

describe("a view's duties in the stress test", () => {
  // Washington, Paris and Kyiv sign the armed pledge (air defence) with an open door; a seed where all three ratify.
  const OPEN = { ...STRONG, alignment: "open" };
  const bound = (() => {
    for (let seed = 0; seed < 200; seed++) {
      let s = negotiating(mini, { seats: ["washington", "paris", "kyiv"], seed, controllers: { moscow: "human" } });
      s = voted(s, OPEN, { washington: "sign", paris: "sign", kyiv: "sign" });
      if (s.framework?.stands && s.framework.bound.length === 3) return s;
    }
    throw new Error("no seed ratified everything");
  })();
  const moscowDoes = (s: GameState, action: string) => {
    let t = s;
    // On through ratification and the year's event to Moscow's step.
    while (!(t.phase === "stress" && t.step === "moscow")) t = ok(t, { type: "facilitator/skip", actor: F });
    expect(view(t, { kind: "observer" }).duties).toBeNull();
    return ok(t, { type: "stress/moscow-act", action, actor: F });
  };

  it("owe the pledge against an attack, only sanctions against hybrid pressure, and nothing against compliance", () => {
    expect(view(moscowDoes(bound, "incursion"), { kind: "observer" }).duties).toEqual({
      washington: "airDefence",
      paris: "airDefence",
    });
    expect(view(moscowDoes(bound, "hybrid"), { kind: "seat", seat: "paris" }).duties).toEqual({
      washington: "sanctions",
      paris: "sanctions",
    });
    expect(view(moscowDoes(bound, "comply"), { kind: "observer" }).duties).toEqual({
      washington: "nothing",
      paris: "nothing",
    });
  });

  it("owe nothing for a seat the framework does not bind, and nothing at all with no deal", () => {
    // Paris's parliament did not ratify (written into the state here): the framework stands without it.
    const t = moscowDoes(bound, "offensive");
    const fw = t.framework;
    if (!fw) throw new Error("no framework");
    const withoutParis: GameState = { ...t, framework: { ...fw, bound: fw.bound.filter((x) => x !== "paris") } };
    expect(view(withoutParis, { kind: "observer" }).duties).toEqual({ washington: "airDefence", paris: "nothing" });
    const none = moscowDoes(
      negotiating(mini, { seats: ["washington", "paris", "kyiv"], controllers: { moscow: "human" } }),
      "offensive",
    );
    expect(none.framework).toBeNull();
    expect(view(none, { kind: "observer" }).duties).toEqual({ washington: "nothing", paris: "nothing" });
  });

  it("are what the adjudication counts a broken promise against", () => {
    let s = moscowDoes(bound, "hybrid");
    const duties = view(s, { kind: "observer" }).duties ?? {};
    s = ok(s, { type: "stress/respond", response: "sanctions", actor: seat("paris") });
    s = ok(s, { type: "stress/respond", response: "nothing", actor: seat("washington") });
    s = ok(s, { type: "stress/protected-move", move: "hold", actor: seat("kyiv") });
    const fellShort = Object.entries(s.years[0]?.responses ?? {})
      .filter(([id, r]) => RESPONSES.indexOf(r) < RESPONSES.indexOf(duties[id] ?? "nothing"))
      .map(([id]) => id);
    expect(s.years[0]?.brokenPromises).toEqual(fellShort);
    expect(fellShort).toEqual(["washington"]);
    // The adjudicated year keeps showing what was owed.
    expect(view(s, { kind: "observer" }).duties).toEqual(duties);
  });
});
