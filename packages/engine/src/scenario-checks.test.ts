import { describe, expect, it } from "vitest";
import { defaultScenarioInput } from "./default-scenario.ts";
import type { ScenarioProblem } from "./scenario-checks.ts";
import { checkScenario } from "./scenario-checks.ts";
import { parseScenario } from "./scenario-load.ts";

type Raw = any;

/** The problems of the default scenario after `edit` (which changes a fresh copy). */
function problemsAfter(edit: (s: Raw) => void): ScenarioProblem[] {
  const s = defaultScenarioInput() as Raw;
  edit(s);
  const result = parseScenario(s);
  return result.ok ? [] : result.problems;
}

const seat = (s: Raw, id: string): Raw => s.seats.find((x: Raw) => x.id === id);
const issue = (s: Raw, id: string): Raw => s.issues.find((x: Raw) => x.id === id);

function expectProblem(problems: ScenarioProblem[], path: string, message: RegExp) {
  expect(problems, `expected a problem at ${path}`).toContainEqual({ path, message: expect.stringMatching(message) });
}

describe("scenario cross-field checks", () => {
  it("finds nothing wrong with the default scenario", () => {
    expect(checkScenario(defaultScenarioInput())).toEqual([]);
  });

  it("reports duplicate seat, issue, option and event ids", () => {
    const problems = problemsAfter((s) => {
      seat(s, "rome").id = "paris";
      issue(s, "burden").id = "pledge";
      issue(s, "force").options[1].id = "none";
      s.events[1].id = s.events[0].id;
    });
    expectProblem(problems, "seats[5].id", /seat id "paris" is used by more than one seat/);
    expectProblem(problems, "issues[8].id", /issue id "pledge" is used by more than one issue/);
    expectProblem(problems, "issues.force.options[1].id", /option id "none" appears more than once in issue "force"/);
    expectProblem(problems, "events[1].id", /event id "us-midterms" is used by more than one event/);
  });

  it("requires a brief for every seat but the red cell, and none for the red cell", () => {
    const problems = problemsAfter((s) => {
      delete seat(s, "london").brief;
      seat(s, "moscow").brief = seat(s, "paris").brief;
    });
    expectProblem(problems, "seats.london.brief", /"london" has no private brief/);
    expectProblem(problems, "seats.moscow.brief", /red cell .* must not have a private brief/);
  });

  it("checks the red cell's brief: only on the red cell, its point table complete, its year points all given", () => {
    const problems = problemsAfter((s) => {
      seat(s, "paris").redCellBrief = structuredClone(seat(s, "moscow").redCellBrief);
      const red = seat(s, "moscow").redCellBrief;
      delete red.pointTable.sanctions.lifted;
      red.pointTable.force.carriers = 5;
      delete red.yearPoints.snapBack;
    });
    expectProblem(problems, "seats.paris.redCellBrief", /"paris" is not the red cell/);
    expectProblem(problems, "seats.moscow.redCellBrief.pointTable.sanctions.lifted", /no points for option "lifted"/);
    expectProblem(problems, "seats.moscow.redCellBrief.pointTable.force.carriers", /names option "carriers"/);
    expect(problems.map((p) => p.path)).toContain("seats.moscow.redCellBrief.yearPoints.snapBack");
    // Without one the scenario is still valid: its red cell is just not scored.
    expect(problemsAfter((s) => delete seat(s, "moscow").redCellBrief)).toEqual([]);
  });

  it("reports a point table that misses an issue or an option, or names unknown ones", () => {
    const problems = problemsAfter((s) => {
      const table = seat(s, "berlin").brief.pointTable;
      delete table.force.tripwire;
      delete table.burden;
      table.pledge.nuclear = 5;
      table.weather = { sunny: 1 };
    });
    expectProblem(
      problems,
      "seats.berlin.brief.pointTable.force.tripwire",
      /no points for option "tripwire" of issue "force"/,
    );
    expectProblem(problems, "seats.berlin.brief.pointTable.burden", /no row for issue "burden"/);
    expectProblem(
      problems,
      "seats.berlin.brief.pointTable.pledge.nuclear",
      /names option "nuclear", which issue "pledge" does not have/,
    );
    expectProblem(
      problems,
      "seats.berlin.brief.pointTable.weather",
      /names issue "weather", which the scenario does not have/,
    );
  });

  it("reports red lines naming unknown issues or options, or ruling out a whole issue", () => {
    const problems = problemsAfter((s) => {
      const lines = seat(s, "warsaw").brief.redLines;
      lines.push({ issue: "weather", options: ["rain"], text: { en: "No rain." } });
      lines.push({ issue: "force", options: ["none", "armada"], text: { en: "No armada." } });
      lines.push({ issue: "legal-form", options: ["declaration", "executive", "treaty"], text: { en: "Nothing." } });
    });
    expectProblem(problems, "seats.warsaw.brief.redLines[0].issue", /names issue "weather", which does not exist/);
    expectProblem(problems, "seats.warsaw.brief.redLines[1].options[1]", /names option "armada"/);
    expectProblem(problems, "seats.warsaw.brief.redLines[2]", /rule out every option of issue "legal-form"/);
  });

  it("requires at least one option per issue acceptable to the protected seat", () => {
    const problems = problemsAfter((s) => {
      seat(s, "kyiv").brief.redLines.push({
        issue: "burden",
        options: ["us-most", "even", "europe-most"],
        text: { en: "Nobody pays." },
      });
    });
    expectProblem(
      problems,
      "issues.burden.options",
      /No option of issue "burden" is acceptable to the protected seat "kyiv"/,
    );
  });

  it("reports seats that must sign whose red lines together rule out an issue", () => {
    const problems = problemsAfter((s) => {
      s.agreement.mustSign.push("washington");
      seat(s, "washington").brief.redLines.push({
        issue: "army-cap",
        options: ["cap-800k", "uncapped"],
        text: { en: "A cap of 600,000." },
      });
    });
    expectProblem(
      problems,
      "issues.army-cap.options",
      /red lines of the seats that must always sign \("kyiv", "washington"\)/,
    );
  });

  it("reports a no-deal value no package can beat", () => {
    const problems = problemsAfter((s) => {
      seat(s, "london").brief.noDealValue = 100;
    });
    expectProblem(problems, "seats.london.brief.noDealValue", /not below its best signable package \(100 points\)/);
  });

  it("reports agreement rules naming unknown seats, the red cell, or repeats", () => {
    const problems = problemsAfter((s) => {
      s.agreement.mustSign.push("moscow");
      s.agreement.mustSignIfUsAsked.push("ottawa");
      s.agreement.quotas[0].seats.push("madrid", "paris");
      s.agreement.quotas.push({ seats: ["paris", "london"], min: 3 });
    });
    expectProblem(problems, "agreement.mustSign[1]", /names "moscow", the red cell, which is never a signatory/);
    expectProblem(problems, "agreement.mustSignIfUsAsked[1]", /names seat "ottawa", which does not exist/);
    expectProblem(problems, "agreement.quotas[0].seats[7]", /names seat "madrid", which does not exist/);
    expectProblem(problems, "agreement.quotas[0].seats[8]", /lists "paris" twice/);
    expectProblem(problems, "agreement.quotas[1].min", /asks for 3 signatures from a list of only 2 seats/);
  });

  it("reports a must-sign seat that is not in the default table", () => {
    const problems = problemsAfter((s) => {
      s.agreement.mustSign.push("rome");
    });
    expectProblem(problems, "agreement.mustSign[1]", /"rome" must always sign but is not in the default table/);
  });

  it("checks the starting pen-holder", () => {
    expectProblem(
      problemsAfter((s) => {
        s.startingPenHolder = "madrid";
      }),
      "startingPenHolder",
      /"madrid" is not a seat/,
    );
    expectProblem(
      problemsAfter((s) => {
        s.startingPenHolder = "moscow";
      }),
      "startingPenHolder",
      /red cell/,
    );
    expectProblem(
      problemsAfter((s) => {
        s.startingPenHolder = "helsinki";
      }),
      "startingPenHolder",
      /not in the default table/,
    );
  });

  it("reports event effects with an unknown target or a target that does not fit the stat", () => {
    const problems = problemsAfter((s) => {
      s.events[0].effects[0].target = "everyone";
      s.events[1].effects.push({ target: "paris", stat: "unity", delta: 3 });
      s.events[2].effects.push({ target: "table", stat: "capital", delta: 3 });
    });
    expectProblem(
      problems,
      "events.us-midterms.effects[0].target",
      /targets "everyone", which is neither a seat id nor one of/,
    );
    expectProblem(problems, "events.government-falls.effects[3].target", /"unity" is a table-wide stat/);
    expectProblem(problems, "events.energy-shock.effects[2].target", /"capital" belongs to each seat/);
  });

  it("accepts every group target and seat ids as event targets", () => {
    const problems = problemsAfter((s) => {
      s.events[0].effects = [
        { target: "all", stat: "capital", delta: 1 },
        { target: "signatories", stat: "resolve", delta: 1 },
        { target: "europeans", stat: "capacity", delta: 1 },
        { target: "moscow", stat: "resolve", delta: 1 },
        { target: "table", stat: "grievance", delta: 1 },
      ];
    });
    expect(problems).toEqual([]);
  });

  it("requires exactly one red cell and exactly one protected seat", () => {
    expectProblem(
      problemsAfter((s) => {
        seat(s, "moscow").kind = "european";
      }),
      "seats",
      /no red-cell seat/,
    );
    expectProblem(
      problemsAfter((s) => {
        const second = structuredClone(seat(s, "moscow"));
        second.id = "minsk";
        s.seats.push(second);
      }),
      "seats",
      /2 red-cell seats \("moscow", "minsk"\)/,
    );
    expectProblem(
      problemsAfter((s) => {
        seat(s, "helsinki").kind = "protected";
      }),
      "seats",
      /2 protected seats/,
    );
  });

  it("requires a default table of 3 to 9 negotiating seats", () => {
    const problems = problemsAfter((s) => {
      for (const x of s.seats) if (x.id !== "kyiv" && x.id !== "moscow") x.inDefaultTable = false;
      s.startingPenHolder = "kyiv";
    });
    expectProblem(problems, "seats", /default table seats 1 negotiating seats/);
  });

  it("reports model constant overrides with unknown names", () => {
    const problems = problemsAfter((s) => {
      s.model = { deterrenceWeight: 3, deterenceWeight: 3 };
    });
    expect(problems).toEqual([
      { path: "model.deterenceWeight", message: expect.stringMatching(/no constant named "deterenceWeight"/) },
    ]);
  });

  it("reports a pledge issue where only some options say what they promise", () => {
    const problems = problemsAfter((s) => {
      delete issue(s, "pledge").options[0].pledgeLevel;
    });
    expectProblem(problems, "issues.pledge.options", /Only 3 of the 4 options of issue "pledge" say a pledgeLevel/);
  });

  it("reports localized texts keyed by something that is not a language code", () => {
    const problems = problemsAfter((s) => {
      seat(s, "kyiv").publicPosition.Ukrainian = "Україна";
      issue(s, "force").options[2].label.uk = "Багатонаціональні сили";
    });
    expect(problems).toEqual([
      {
        path: "seats.kyiv.publicPosition.Ukrainian",
        message: expect.stringMatching(/"Ukrainian" is not a language code/),
      },
    ]);
  });

  it("never throws, whatever the input", () => {
    for (const input of [
      null,
      1,
      "x",
      [],
      {},
      { seats: 5 },
      { seats: [null, 1, { id: 3 }] },
      { issues: [{ options: 7 }] },
    ]) {
      expect(() => checkScenario(input)).not.toThrow();
      expect(parseScenario(input).ok).toBe(false);
    }
  });
});
