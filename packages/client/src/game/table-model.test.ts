import { evaluateDeal } from "@ironclad/engine";
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import { amendment, full, ORDER, PACKAGE, publicPart, scenario, seat, snapshot } from "./snapshot-fixtures.ts";
import { tableModel } from "./table-model.ts";

const pub = publicPart;

describe("the table scene's model", () => {
  afterEach(() => setLang("en"));

  it("seats me first and goes round the table in order, with each seat's people, presence, pen and readiness", () => {
    const snap = snapshot({
      seats: {
        ...snapshot().seats,
        kyiv: seat("kyiv", { controller: "human", people: ["Olena", "Taras"], connected: 2, ready: true }),
        paris: seat("paris", { controller: "human", people: ["Claire"], connected: 0, away: true }),
      },
    });
    const m = tableModel(snap, scenario, "kyiv");
    expect(m.seats.map((s) => s.id)).toEqual(["kyiv", "washington", "paris", "london", "berlin", "warsaw"]);
    const [kyiv, washington, paris] = m.seats;
    expect(kyiv).toMatchObject({ name: "Kyiv", flag: "ua", me: true, presence: "online", status: "Olena, Taras" });
    expect(kyiv?.ready).toBe(true);
    expect(washington).toMatchObject({ presence: "bot", status: "Bot", pen: false });
    expect(paris).toMatchObject({ presence: "away", status: "Claire", pen: true });
    expect(m.pen).toBe("paris");
    expect(m.words.pen).toBe("Paris holds the pen");
    // An observer sees the table in its own order; readiness shows only while the talks are on.
    const watching = tableModel({ ...snap, phase: "ratification" }, scenario, null);
    expect(watching.seats[0]?.id).toBe("washington");
    expect(watching.seats.some((s) => s.ready)).toBe(false);
  });

  it("writes the nine issue rows with the chosen option, blanks and open amendments", () => {
    const snap = snapshot({
      draft: { ...snapshot().draft, "legal-form": "executive", pledge: "consult" },
      amendments: [
        amendment(1, { supporters: ["paris", "warsaw"] }),
        amendment(2, { status: "declined" }),
        amendment(3, { by: "berlin", issue: "pledge", option: "" }),
      ],
    });
    const m = tableModel(snap, scenario, "kyiv");
    expect(m.rows).toHaveLength(9);
    expect(m.filled).toBe(2);
    expect(m.words.filled).toBe("2 of 9 issues settled");
    const legal = m.rows.find((r) => r.issue === "legal-form");
    expect(legal?.chosen).toBe("executive");
    expect(legal?.chosenLabel).toBe(
      full.issues.find((i) => i.id === "legal-form")?.options.find((o) => o.id === "executive")?.label.en,
    );
    expect(legal?.options.map((o) => o.id)).toEqual(["declaration", "executive", "treaty"]);
    const force = m.rows.find((r) => r.issue === "force");
    expect(force).toMatchObject({ chosen: "", chosenLabel: "Blank" });
    expect(m.amendments.map((a) => a.id)).toEqual([1, 3]);
    expect(m.amendments[0]).toMatchObject({ mine: true, flag: "ua", supporters: ["paris", "warsaw"] });
    expect(m.amendments[1]).toMatchObject({ by: "berlin", option: "", optionLabel: "Blank", mine: false });
  });

  it("reads the three criteria and the escalation risk from the engine's read-out, none while the draft is incomplete", () => {
    const incomplete = tableModel(snapshot(), scenario, "kyiv");
    expect(incomplete.criteria.map((c) => c.value)).toEqual([null, null, null]);
    expect(incomplete.escalation).toBeNull();
    expect(incomplete.words.waiting).toBe("9 issues still blank");

    const readout = evaluateDeal(full, PACKAGE, { seated: ORDER });
    expect(readout).not.toBeNull();
    if (!readout) return;
    const m = tableModel(snapshot({ draft: PACKAGE, pub: pub({ readout }) }), scenario, "kyiv");
    expect(m.criteria).toEqual([
      { key: "legal", label: "Legally binding", value: Math.round(readout.legal) },
      { key: "military", label: "Militarily credible", value: Math.round(readout.military) },
      { key: "political", label: "Politically sustainable", value: Math.round(readout.political) },
    ]);
    expect(m.escalation).toBe(Math.round(readout.escalation));
    expect(m.offensiveRisk).toBe(readout.offensiveRisk);
    expect(m.words.risk).toBe(`Major offensive within the test: ${Math.round(readout.offensiveRisk * 100)}%`);
    expect(m.words.riskNoDeal).toBe("with no deal: 48%");
  });

  it("shows ballots while a vote is open and seals for the framework's signatories after it", () => {
    const vote = {
      id: 1,
      calledBy: "kyiv",
      round: 1,
      package: PACKAGE,
      ballots: { kyiv: "sign", berlin: "decline" } as Record<string, "sign" | "decline">,
      openedAt: 0,
      result: null,
    };
    const voting = tableModel(snapshot({ phase: "vote", draft: PACKAGE, pub: pub({ votes: [vote] }) }), scenario, null);
    const ballots = Object.fromEntries(voting.seats.map((s) => [s.id, s.ballot]));
    expect(ballots).toMatchObject({ kyiv: "sign", berlin: "decline", paris: "waiting" });
    expect(voting.vote).toEqual({ calledBy: "kyiv", signed: 1, declined: 1, seats: 6 });
    expect(voting.words.vote).toBe("Signing vote · called by Kyiv");

    const framework = {
      package: { ...PACKAGE, pledge: "article5" },
      signatories: ["kyiv", "washington", "paris", "london"],
      unanimous: false,
      ratification: {},
      bound: [],
      stands: true,
    };
    const after = tableModel(
      snapshot({ phase: "ratification", draft: PACKAGE, pub: pub({ votes: [vote], framework }) }),
      scenario,
      "kyiv",
    );
    expect(after.seats.filter((s) => s.signed).map((s) => s.id)).toEqual(["kyiv", "washington", "paris", "london"]);
    expect(after.seats.every((s) => s.ballot === null)).toBe(true);
    expect(after.ofFramework).toBe(true);
    expect(after.words.draft).toBe("Framework agreement");
    // The rows show the framework as signed, not the draft.
    expect(after.rows.find((r) => r.issue === "pledge")?.chosen).toBe("article5");
  });

  it("marks who is typing: at the table, or privately to me; never me", () => {
    const typing = [
      { seat: "paris", channel: "table", until: 9 },
      { seat: "london", channel: "bilateral:kyiv:london", until: 9 },
      { seat: "kyiv", channel: "table", until: 9 },
    ];
    const m = tableModel(snapshot(), scenario, "kyiv", typing);
    const by = Object.fromEntries(m.seats.map((s) => [s.id, s.typing]));
    expect(by).toEqual({ kyiv: null, washington: null, paris: "table", london: "private", berlin: null, warsaw: null });
  });

  it("keeps a paused clock's time, which no deadline counts down (#18, item 3)", () => {
    const running = tableModel(snapshot(), scenario, "kyiv");
    expect(running.clock).toMatchObject({ deadline: 1_000_000, paused: false, keptMs: 0 });
    // Paused with 6:55 left: the state carries no deadline, only the time the round keeps for its resume.
    const paused = tableModel(snapshot({ deadline: 0, paused: true, remainingMs: 415_000 }), scenario, "kyiv");
    expect(paused.clock).toMatchObject({ deadline: 0, paused: true, keptMs: 415_000 });
  });

  it("speaks Ukrainian when the page does", () => {
    setLang("uk");
    const m = tableModel(snapshot(), scenario, "kyiv");
    expect(m.phaseLabel).toBe("Переговори");
    expect(m.seats[0]?.name).toBe("Київ");
    expect(m.words.draft).toBe("Робочий проєкт");
    expect(m.words.waiting).toBe("9 питань ще без рішення");
  });
});
