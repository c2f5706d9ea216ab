// Every problem of a scenario carries a code, so the setup page and the API can say what kind it
// is without reading the sentence: the three mistakes a facilitator's file most often has first.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parseScenarioFile, SCENARIO_PROBLEM_CODES } from "./scenario-load.ts";

const raw = JSON.parse(
  fs.readFileSync(path.resolve(import.meta.dirname, "../scenarios/guarantees-2025.json"), "utf8"),
) as Record<string, any>;

function problemsOf(edit: (s: Record<string, any>) => void) {
  const copy = structuredClone(raw);
  edit(copy);
  const result = parseScenarioFile(copy);
  if (result.ok) throw new Error("expected problems");
  return result.problems;
}

describe("scenario problem codes", () => {
  it("names an unknown key, a seat without a brief and a point table missing an option, each at its path", () => {
    const problems = problemsOf((s) => {
      s.seats.find((x: any) => x.id === "paris").motto = { en: "Liberté" };
      delete s.seats.find((x: any) => x.id === "warsaw").brief;
      delete s.seats.find((x: any) => x.id === "london").brief.pointTable.force.mfu;
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "seats.paris", code: "unknown_key" }),
        expect.objectContaining({ path: "seats.warsaw.brief", code: "no_brief" }),
        expect.objectContaining({ path: "seats.london.brief.pointTable.force.mfu", code: "point_table_incomplete" }),
      ]),
    );
    expect(problems).toHaveLength(3);
  });

  it("gives every problem a known code: wrong types, missing fields, ranges and other rules too", () => {
    const problems = problemsOf((s) => {
      s.version = "one";
      delete s.title;
      s.seats[0].politicalCapital = 500;
      s.seats[0].brief.redLines = [{ issue: "force", options: ["nowhere"], text: { en: "x" } }];
      delete s.seats.find((x: any) => x.id === "berlin").brief.pointTable.arms;
    });
    const codes = new Set(problems.map((p) => p.code));
    for (const code of ["wrong_type", "missing_field", "out_of_range", "rule", "point_table_incomplete"])
      expect(codes, code).toContain(code);
    for (const p of problems) expect(SCENARIO_PROBLEM_CODES).toContain(p.code);
  });
});
