// The second scenario, "After the Paris Declaration (January 2026)" (#20, part 2): it validates,
// speaks Ukrainian wherever it speaks English, keeps the default scenario's seats and issues, and a
// Europe-led framework without a US signature can be concluded and deters less than one with an
// American backstop.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { evaluateDeal } from "./deal-model.ts";
import { defaultScenario } from "./default-scenario.ts";
import { defaultSeats } from "./initial-state.ts";
import type { Scenario } from "./scenario.ts";
import { parseScenario } from "./scenario-load.ts";
import type { Package } from "./state.ts";
import { packageAt, sweep } from "./sweep.ts";

const FILE = new URL("../scenarios/paris-declaration-2026.json", import.meta.url);
const raw: unknown = JSON.parse(fs.readFileSync(FILE, "utf8"));

function load(): Scenario {
  const result = parseScenario(raw);
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.scenario;
}

/** Every localized text (an object with a string `en`), by path. */
function localizedTexts(node: unknown, path = ""): { path: string; text: Record<string, unknown> }[] {
  if (Array.isArray(node)) return node.flatMap((item, i) => localizedTexts(item, `${path}[${i}]`));
  if (typeof node !== "object" || node === null) return [];
  const record = node as Record<string, unknown>;
  if (typeof record.en === "string") return [{ path, text: record }];
  return Object.entries(record).flatMap(([key, value]) => localizedTexts(value, path ? `${path}.${key}` : key));
}

/** The Paris Declaration as a package: Article 5's words, the force, US support only proposed, European money. */
const DECLARATION: Package = {
  pledge: "article5",
  force: "mfu",
  "us-role": "political",
  arms: "ten-year",
  "army-cap": "uncapped",
  sanctions: "snap-back",
  "legal-form": "executive",
  alignment: "eu-date",
  burden: "europe-most",
};

describe("the scenario after the Paris Declaration (January 2026)", () => {
  const scenario = load();
  const seats = defaultSeats(scenario);

  it("passes validation as written in its file", () => {
    expect(parseScenario(raw).ok).toBe(true);
    expect(scenario.id).toBe("paris-declaration-2026");
  });

  it("has the default scenario's seats, issues and options, with its own texts", () => {
    const base = defaultScenario();
    expect(scenario.seats.map((s) => [s.id, s.kind, s.inDefaultTable])).toEqual(
      base.seats.map((s) => [s.id, s.kind, s.inDefaultTable]),
    );
    expect(scenario.issues.map((i) => [i.id, i.options.map((o) => o.id)])).toEqual(
      base.issues.map((i) => [i.id, i.options.map((o) => o.id)]),
    );
    expect(scenario.setting.en).not.toBe(base.setting.en);
    expect(scenario.setting.en).toContain("6 January");
    for (const seat of scenario.seats.filter((s) => s.brief))
      expect(Object.keys(seat.brief?.pointTable ?? {})).toHaveLength(9);
  });

  it("has a non-empty Ukrainian text beside every English one, written in Ukrainian", () => {
    const texts = localizedTexts(scenario);
    expect(texts.length).toBeGreaterThanOrEqual(170);
    const missing = texts.filter((t) => typeof t.text.uk !== "string" || t.text.uk.trim() === "").map((t) => t.path);
    expect(missing).toEqual([]);
    for (const { path, text } of texts) {
      const uk = String(text.uk);
      const words = (s: string) => s.replace(/\{[a-z]+\}/g, "");
      if (/[a-z]/i.test(words(String(text.en)))) expect(words(uk), path).toMatch(/[а-яієїґ]/i);
      expect(uk, path).not.toMatch(/[ыэъё]/i);
      expect(uk, path).not.toMatch(/[а-яієїґ]'[а-яієїґ]/i);
      expect(uk, path).not.toBe(text.en);
    }
  });

  it("lets Kyiv and three European capitals conclude a framework that asks nothing of the United States", () => {
    const r = sweep(scenario, { seats });
    const n = r.packageCount;
    const noDeal = r.seats.map((id) => scenario.seats.find((s) => s.id === id)?.brief?.noDealValue ?? 0);
    const europeans = scenario.agreement.quotas[0]?.seats.filter((s) => r.seats.includes(s)) ?? [];
    const asks = (p: Package) => scenario.issues.some((i) => i.options.find((o) => o.id === p[i.id])?.asksUs);
    let reachable = 0;
    for (let p = 0; p < n; p++) {
      const willing = (id: string) => {
        const k = r.seats.indexOf(id);
        return (r.points[k * n + p] ?? 0) > (noDeal[k] ?? 0) && r.signable[k * n + p] === 1;
      };
      if (!willing("kyiv") || europeans.filter(willing).length < 3) continue;
      if (!asks(packageAt(scenario, p))) reachable++;
    }
    expect(reachable).toBeGreaterThanOrEqual(10);
    expect(asks(DECLARATION)).toBe(false);
  });

  it("makes the Europe-led framework weaker than the same one with a US air backstop and Washington's signature", () => {
    const europeOnly = seats.filter((s) => s !== "washington");
    const alone = evaluateDeal(scenario, DECLARATION, { seated: seats, signatories: europeOnly });
    const backed = evaluateDeal(scenario, { ...DECLARATION, "us-role": "air" }, { seated: seats });
    expect(alone && backed).toBeTruthy();
    if (!alone || !backed) return;
    expect(backed.military).toBeGreaterThan(alone.military);
    expect(backed.deterrence).toBeGreaterThan(alone.deterrence);
    expect(backed.offensiveRisk).toBeLessThan(alone.offensiveRisk);
    // Kyiv and the capitals that asked for a backstop score the backed framework higher; Paris, which
    // wrote the Declaration, is all but indifferent (it opens the talks with its own text).
    const points = (seat: string, p: Package) => {
      const table = scenario.seats.find((s) => s.id === seat)?.brief?.pointTable ?? {};
      return scenario.issues.reduce((sum, i) => sum + (table[i.id]?.[p[i.id] ?? ""] ?? 0), 0);
    };
    for (const seat of europeOnly.filter((s) => s !== "paris"))
      expect(points(seat, { ...DECLARATION, "us-role": "air" })).toBeGreaterThan(points(seat, DECLARATION));
    expect(
      Math.abs(points("paris", { ...DECLARATION, "us-role": "air" }) - points("paris", DECLARATION)),
    ).toBeLessThanOrEqual(1);
  });
});
