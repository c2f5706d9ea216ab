import { describe, expect, it } from "vitest";
import { defaultScenario, defaultScenarioInput } from "./default-scenario.ts";
import type { Scenario } from "./scenario.ts";
import { describeScenario, formatProblems, parseScenario } from "./scenario-load.ts";

type Raw = any;

function problemsAfter(edit: (s: Raw) => void) {
  const s = defaultScenarioInput() as Raw;
  edit(s);
  const result = parseScenario(s);
  return result.ok ? [] : result.problems;
}

describe("parseScenario", () => {
  it("accepts the default scenario and applies defaults", () => {
    const result = parseScenario(defaultScenarioInput());
    if (!result.ok) throw new Error(formatProblems(result.problems));
    expect(result.scenario.id).toBe("guarantees-2025");
    expect(result.scenario.issues.find((i) => i.id === "force")?.options[0]?.asksUs).toBe(false);
  });

  it("summarizes a scenario in one line", () => {
    expect(describeScenario(defaultScenario())).toMatch(
      /^guarantees-2025 v1: 10 seats, 9 issues \(33 options, 110,592 packages\), \d+ events$/,
    );
  });

  it("names where a point value is not a number, by seat and issue id", () => {
    const problems = problemsAfter((s) => {
      s.seats.find((x: Raw) => x.id === "berlin").brief.pointTable.force.tripwire = "ten";
    });
    expect(problems).toEqual([
      {
        path: "seats.berlin.brief.pointTable.force.tripwire",
        message: 'Expected a number here, but found the text "ten".',
      },
    ]);
  });

  it("names where a point table option is missing", () => {
    const problems = problemsAfter((s) => {
      delete s.seats.find((x: Raw) => x.id === "kyiv").brief.pointTable.pledge.automatic;
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe("seats.kyiv.brief.pointTable.pledge.automatic");
    expect(problems[0]?.message).toMatch(/gives no points for option "automatic" of issue "pledge"/);
  });

  it("lists shape problems and cross-field problems together", () => {
    const problems = problemsAfter((s) => {
      s.seats[0].extra = true;
      s.issues[0].options[0].attributes.binding = 9;
      s.seats.find((x: Raw) => x.id === "paris").flag = "France";
      s.timings.rounds = 2.5;
      s.events[0].effects[0].stat = "morale";
      delete s.title;
      s.agreement.quotas[0].seats.push("madrid");
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        { path: "seats.washington", message: expect.stringMatching(/Unknown field "extra"/) },
        { path: "issues.pledge.options.consult.attributes.binding", message: "Must be at most 5 (it is 9)." },
        { path: "seats.paris.flag", message: expect.stringMatching(/"France" has the wrong format/) },
        { path: "timings.rounds", message: "Expected a whole number here, but found the number 2.5." },
        {
          path: "events.us-midterms.effects[0].stat",
          message: expect.stringMatching(/Must be one of "capital", .*not the text "morale"/),
        },
        { path: "title", message: "This field is missing; it needs an object." },
        { path: "agreement.quotas[0].seats[7]", message: expect.stringMatching(/"madrid", which does not exist/) },
      ]),
    );
  });

  it("never throws on junk", () => {
    for (const input of [undefined, null, 0, "scenario", [], { seats: "many" }]) {
      const result = parseScenario(input);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
    }
  });
});

// ---- balance of the default scenario -------------------------------------------------------
// GAME.md's calibration targets, checked by brute force over every package: a zone of possible
// agreement that exists but is narrow, and no option dominated for every seat.

interface Zopa {
  total: number;
  acceptable: number;
  acceptedBy: Map<string, number>;
  /** Per issue and option: in how many acceptable packages it appears. */
  optionCounts: number[][];
}

function zopa(scenario: Scenario, seated: readonly string[]): Zopa {
  const issues = scenario.issues;
  const seats = scenario.seats.filter((s) => s.brief !== undefined && seated.includes(s.id));
  const sizes = issues.map((i) => i.options.length);
  const total = sizes.reduce((a, b) => a * b, 1);
  // Per seat and issue: points per option, with red-line options as -Infinity.
  const rows = seats.map((s) =>
    issues.map((issue) =>
      issue.options.map((o) => {
        const brief = s.brief;
        if (brief === undefined) return 0;
        const banned = brief.redLines.some((l) => l.issue === issue.id && l.options.includes(o.id));
        return banned ? Number.NEGATIVE_INFINITY : (brief.pointTable[issue.id]?.[o.id] ?? 0);
      }),
    ),
  );
  const asks = issues.map((issue) => issue.options.map((o) => o.asksUs));
  const rule = scenario.agreement;
  const europeans = seats.filter((s) => s.kind === "european").map((s) => s.id);
  const needEuropeans = Math.min(rule.quotas[0]?.min ?? 0, europeans.length);
  const pick = new Array<number>(issues.length).fill(0);
  const acceptedBy = new Map(seats.map((s) => [s.id, 0]));
  let acceptable = 0;
  const optionCounts = sizes.map((n) => new Array<number>(n).fill(0));
  for (let p = 0; p < total; p++) {
    let rest = p;
    let asksUs = false;
    for (let i = issues.length - 1; i >= 0; i--) {
      const size = sizes[i] ?? 1;
      pick[i] = rest % size;
      rest = Math.floor(rest / size);
      if (asks[i]?.[pick[i] ?? 0]) asksUs = true;
    }
    const accepts = seats.map((s, k) => {
      let score = 0;
      for (let i = 0; i < issues.length; i++) score += rows[k]?.[i]?.[pick[i] ?? 0] ?? 0;
      return score > (s.brief?.noDealValue ?? 0);
    });
    const ok = (id: string) => accepts[seats.findIndex((s) => s.id === id)] === true;
    if (!rule.mustSign.every(ok)) continue;
    if (asksUs && !rule.mustSignIfUsAsked.every(ok)) continue;
    if (europeans.filter(ok).length < needEuropeans) continue;
    acceptable++;
    pick.forEach((j, i) => {
      const row = optionCounts[i];
      if (row !== undefined) row[j] = (row[j] ?? 0) + 1;
    });
    seats.forEach((s, k) => {
      if (accepts[k]) acceptedBy.set(s.id, (acceptedBy.get(s.id) ?? 0) + 1);
    });
  }
  return { total, acceptable, acceptedBy, optionCounts };
}

describe("default scenario balance", () => {
  const scenario = defaultScenario();
  const defaultTable = scenario.seats.filter((s) => s.inDefaultTable).map((s) => s.id);
  const fullTable = scenario.seats.map((s) => s.id);

  it("gives every seat a best signable package of about 100 points, above its no-deal value", () => {
    for (const seat of scenario.seats) {
      const brief = seat.brief;
      if (brief === undefined) continue;
      const best = scenario.issues.reduce((sum, issue) => {
        const open = issue.options.filter(
          (o) => !brief.redLines.some((l) => l.issue === issue.id && l.options.includes(o.id)),
        );
        return sum + Math.max(...open.map((o) => brief.pointTable[issue.id]?.[o.id] ?? 0));
      }, 0);
      expect(best, seat.id).toBeGreaterThanOrEqual(95);
      expect(best, seat.id).toBeLessThanOrEqual(105);
      expect(brief.noDealValue, seat.id).toBeLessThan(best);
    }
  });

  it("has a zone of agreement at the default table that exists but is narrow", () => {
    const result = zopa(scenario, defaultTable);
    expect(result.total).toBe(110_592);
    expect(result.acceptable).toBeGreaterThan(200);
    expect(result.acceptable / result.total).toBeLessThan(0.05);
  });

  it("has a narrow zone of agreement with every optional seat too", () => {
    const result = zopa(scenario, fullTable);
    expect(result.acceptable).toBeGreaterThan(200);
    expect(result.acceptable / result.total).toBeLessThan(0.05);
  });

  it("does not let the quota seat every European in every acceptable package", () => {
    // Some capital is outvoted in part of the zone: nobody is pleased by everything.
    const result = zopa(scenario, defaultTable);
    const europeans = scenario.seats.filter((s) => s.kind === "european" && s.inDefaultTable).map((s) => s.id);
    expect(europeans.some((id) => (result.acceptedBy.get(id) ?? 0) < result.acceptable)).toBe(true);
  });

  it.each([
    ["every seat", (_: Scenario["seats"][number]) => true],
    // The simulator plays the default table: an option its six seats all rank below another is never chosen (#20).
    ["the default table", (s: Scenario["seats"][number]) => s.inDefaultTable],
  ])("dominates no option for %s (each is someone's favourite or compromise)", (_name, seated) => {
    const briefs = scenario.seats.flatMap((s) => (s.brief === undefined || !seated(s) ? [] : [s.brief]));
    const dominated: string[] = [];
    for (const issue of scenario.issues) {
      for (const option of issue.options) {
        for (const other of issue.options) {
          if (other === option) continue;
          const points = (b: (typeof briefs)[number], o: typeof option) => b.pointTable[issue.id]?.[o.id] ?? 0;
          const noWorse = briefs.every((b) => points(b, other) >= points(b, option));
          const better = briefs.some((b) => points(b, other) > points(b, option));
          if (noWorse && better) dominated.push(`${issue.id}.${option.id} by ${other.id}`);
        }
      }
    }
    expect(dominated).toEqual([]);
  });

  it("puts every option that no required signatory rules out into some acceptable package", () => {
    // Red-lined options of Kyiv and Washington (neutrality, a 600k cap, US troops) are the other
    // side's asks and bargaining chips; every other option must be reachable as a compromise.
    const result = zopa(scenario, defaultTable);
    const required = [...scenario.agreement.mustSign, ...scenario.agreement.mustSignIfUsAsked];
    const unreachable: string[] = [];
    scenario.issues.forEach((issue, i) => {
      issue.options.forEach((option, j) => {
        const redLined = scenario.seats.some(
          (s) =>
            required.includes(s.id) &&
            s.brief?.redLines.some((l) => l.issue === issue.id && l.options.includes(option.id)),
        );
        if (!redLined && (result.optionCounts[i]?.[j] ?? 0) === 0) unreachable.push(`${issue.id}.${option.id}`);
      });
    });
    expect(unreachable).toEqual([]);
  });
});
