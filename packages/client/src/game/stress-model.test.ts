import { DEFAULT_MODEL_CONSTANTS, type GameState, owedResponses, type YearRecord } from "@ironclad/engine";
import { describe, expect, it } from "vitest";
import type { PublicPart, TableSnapshot } from "../net/table-types.ts";
import { snapshot as baseSnapshot, full, ORDER, PACKAGE, publicPart, READOUT, scenario } from "./snapshot-fixtures.ts";
import { stressModel } from "./stress-model.ts";

/** A framework every seat signed; Washington, Paris and Kyiv ratified (or nobody rolled yet). */
function framework(rolled = true, stands = true): NonNullable<PublicPart["framework"]> {
  const ratification = rolled
    ? Object.fromEntries(
        ORDER.map((id) => {
          const ratified = ["washington", "paris", "kyiv"].includes(id);
          return [id, { probability: 0.7, roll: ratified ? 0.3 : 0.9, ratified }];
        }),
      )
    : {};
  return {
    package: PACKAGE,
    signatories: ORDER,
    unanimous: true,
    ratification,
    bound: rolled ? ["washington", "paris", "kyiv"] : [],
    stands,
  };
}

function year(over: Partial<YearRecord> = {}): YearRecord {
  return {
    year: 1,
    event: {
      id: "midterms",
      title: { en: "US midterms" },
      text: { en: "Congress shifts." },
      effects: [],
      injected: false,
    },
    odds: null,
    moscowAction: null,
    moscowDrawn: false,
    responses: {},
    snapBack: false,
    brokenPromises: [],
    adjudication: null,
    ...over,
  };
}

function pub(over: Partial<PublicPart> = {}): PublicPart {
  const part = publicPart({
    framework: framework(),
    table: { unity: 48, grievance: 30, ukraineSecurity: 50, escalation: 0 },
    readout: { ...READOUT, pledge: "airDefence" },
    timings: { ...full.timings, years: 3 },
    ...over,
  });
  // What each seat owes, as the engine's view works it out for these years and this framework.
  const state = { years: part.years, framework: part.framework, seatOrder: ORDER, scenario: full } as GameState;
  return {
    ...part,
    duties: "duties" in over ? (over.duties ?? null) : owedResponses(state, part.readout?.pledge ?? "nothing"),
  };
}

function snapshot(over: Partial<TableSnapshot> = {}): TableSnapshot {
  return baseSnapshot({
    phase: "stress",
    round: 2,
    year: 1,
    step: "event",
    penHolder: "",
    draft: PACKAGE,
    pub: pub(),
    ...over,
  });
}

const adjudicated = (security: number, unity: number, escalation: number): YearRecord["adjudication"] => ({
  damage: 12,
  mitigation: 0.4,
  securityAfter: security,
  escalationAfter: escalation,
  unityAfter: unity,
  capitalAfter: Object.fromEntries(ORDER.map((id) => [id, 54])),
});

describe("the stress-test scene's model", () => {
  it("shows each signatory's roll against its odds and the framework standing", () => {
    const m = stressModel(snapshot({ phase: "ratification", year: 0, step: "" }), scenario, "paris");
    expect(m.view).toBe("ratification");
    expect(m.ratification.verdict).toBe("stands");
    const paris = m.ratification.seats.find((s) => s.id === "paris");
    expect(paris).toMatchObject({ name: "Paris", me: true, probability: 0.7, roll: 0.3, ratified: true });
    expect(m.ratification.seats.find((s) => s.id === "berlin")).toMatchObject({ roll: 0.9, ratified: false });
    expect(m.words.verdict).toBe("The framework stands: 3 of 6 ratified.");
    // Every year lies ahead.
    expect(m.years.map((y) => y.state)).toEqual(["ahead", "ahead", "ahead"]);
  });

  it("says the framework collapsed when ratification broke the rule, and when there was no framework", () => {
    const collapsed = stressModel(
      snapshot({ phase: "ratification", year: 0, pub: pub({ framework: framework(true, false) }) }),
      scenario,
      null,
    );
    expect(collapsed.ratification.verdict).toBe("collapsed");
    expect(collapsed.withDeal).toBe(false);
    const none = stressModel(
      snapshot({ phase: "ratification", year: 0, pub: pub({ framework: null }) }),
      scenario,
      null,
    );
    expect(none.ratification.concluded).toBe(false);
    expect(none.ratification.seats).toEqual([]);
  });

  it("sets each guarantor's answer against what its pledge requires this year, with its cost", () => {
    const record = year({ moscowAction: "offensive", responses: { washington: "airDefence", london: "direct" } });
    const m = stressModel(snapshot({ step: "response", pub: pub({ years: [record] }) }), scenario, "washington");
    expect(m.view).toBe("stress");
    expect(m.year?.action).toBe("offensive");
    expect(m.year?.severity).toBe(3);
    // Guarantors and European capitals answer; Kyiv does not.
    expect(m.year?.responses.map((r) => r.seat)).toEqual(["washington", "paris", "london", "berlin", "warsaw"]);
    const row = (id: string) => m.year?.responses.find((r) => r.seat === id);
    expect(row("washington")).toMatchObject({
      bound: true,
      given: "airDefence",
      pledged: "airDefence",
      cost: DEFAULT_MODEL_CONSTANTS.costAirDefence,
      me: true,
      capitalAfter: null,
    });
    expect(row("paris")).toMatchObject({ bound: true, given: null, pledged: "airDefence" });
    // London did not ratify: it owes nothing, and its answer still costs it.
    expect(row("london")).toMatchObject({
      bound: false,
      pledged: null,
      given: "direct",
      cost: DEFAULT_MODEL_CONSTANTS.costDirect,
    });
    expect(m.ladder.map((r) => r.cost)).toEqual([
      0,
      DEFAULT_MODEL_CONSTANTS.costSanctions,
      DEFAULT_MODEL_CONSTANTS.costAirDefence,
      DEFAULT_MODEL_CONSTANTS.costDirect,
    ]);
    expect(m.words.pledgeLine).toBe("Pledged: Air defence and intelligence");
  });

  it("asks less than the full pledge against hybrid pressure, and nothing when Moscow complies", () => {
    const hybrid = stressModel(
      snapshot({ step: "response", pub: pub({ years: [year({ moscowAction: "hybrid" })] }) }),
      scenario,
      null,
    );
    expect(hybrid.year?.responses.find((r) => r.seat === "paris")?.pledged).toBe("sanctions");
    const quiet = stressModel(
      snapshot({ step: "adjudicated", pub: pub({ years: [year({ moscowAction: "comply" })] }) }),
      scenario,
      null,
    );
    expect(quiet.year?.responses).toEqual([]);
    expect(quiet.year?.severity).toBe(0);
  });

  it("shows Kyiv's own move beside the responses: deciding, chosen, and whether it counts this year", () => {
    const at = (record: YearRecord, step: TableSnapshot["step"] = "response", me: string | null = null) =>
      stressModel(snapshot({ step, pub: pub({ years: [record] }) }), scenario, me).year?.protectedMove;
    // Before Kyiv chooses, everyone sees it deciding; Kyiv sees itself.
    expect(at(year({ moscowAction: "incursion" }), "response", "kyiv")).toEqual({
      seat: "kyiv",
      name: "Kyiv",
      flag: expect.any(String),
      me: true,
      move: null,
      label: "",
      byClock: false,
      counts: true,
    });
    expect(at(year({ moscowAction: "offensive", protectedMove: "mobilise" }))).toMatchObject({
      me: false,
      move: "mobilise",
      label: "Mobilise reserves",
      counts: true,
    });
    // Under hybrid pressure the move is recorded but changes nothing (the engine counts it only against an attack).
    expect(at(year({ moscowAction: "hybrid", protectedMove: "ceasefire" }))).toMatchObject({
      move: "ceasefire",
      label: "Open ceasefire talks",
      counts: false,
    });
    // The clock ran out: adjudicated with no move, Kyiv held its course.
    expect(at(year({ moscowAction: "incursion", adjudication: adjudicated(40, 45, 1) }), "adjudicated")).toMatchObject({
      move: "hold",
      label: "Hold course",
      byClock: true,
      counts: true,
    });
    // Moscow complied: there was no response step, and nothing for Kyiv to do.
    expect(at(year({ moscowAction: "comply" }), "adjudicated")).toBeNull();
    const m = stressModel(
      snapshot({ step: "response", pub: pub({ years: [year({ moscowAction: "hybrid" })] }) }),
      scenario,
      null,
    );
    expect(m.words.protectedMove).toBe("Kyiv's own move");
    expect(m.words.protectedNoEffect).toBe("no effect: Moscow did not attack");
  });

  it("leaves Kyiv's move out when no protected seat is seated", () => {
    const order = ORDER.filter((id) => id !== "kyiv");
    const m = stressModel(
      snapshot({ seatOrder: order, step: "response", pub: pub({ years: [year({ moscowAction: "incursion" })] }) }),
      scenario,
      null,
    );
    expect(m.year?.protectedMove).toBeNull();
  });

  it("moves the table's stats from last year's values to this year's adjudicated ones", () => {
    const y1 = year({ moscowAction: "hybrid", adjudication: adjudicated(47, 52, 1) });
    const y2 = year({
      year: 2,
      moscowAction: "incursion",
      responses: { paris: "sanctions" },
      brokenPromises: ["paris"],
      adjudication: adjudicated(38, 42, 2),
    });
    const m = stressModel(snapshot({ year: 2, step: "adjudicated", pub: pub({ years: [y1, y2] }) }), scenario, null);
    const meter = (k: string) => m.meters.find((x) => x.key === k);
    expect(meter("security")).toMatchObject({ before: 47, value: 38, display: "38" });
    expect(meter("unity")).toMatchObject({ before: 52, value: 42 });
    expect(meter("escalation")).toMatchObject({ before: 1, value: 2, display: "Crisis" });
    expect(m.year?.responses.find((r) => r.seat === "paris")).toMatchObject({ broken: true, capitalAfter: 54 });
    expect(m.words.damage).toBe("Security −12; the responses absorbed 40%");
    expect(m.years.map((y) => y.state)).toEqual(["done", "current", "ahead"]);
    expect(m.years[0]).toMatchObject({ action: "hybrid", security: 47, unity: 52, label: "Year 1" });
    expect(m.years[1]?.broken).toBe(1);
  });

  it("starts the first year from the model's starting stats", () => {
    const m = stressModel(snapshot({ pub: pub({ years: [year()] }) }), scenario, null);
    expect(m.meters.find((x) => x.key === "security")?.before).toBe(DEFAULT_MODEL_CONSTANTS.startSecurity);
    expect(m.year?.event?.title).toBe("US midterms");
  });
});
