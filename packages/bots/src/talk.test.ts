// Bot talk carries a structured form that renders back to its English text, and to Ukrainian,
// from the scenario a client holds (the public scenario, after a trip through JSON).
import { publicScenario, renderTalk, type Scenario, talkSpeechSchema } from "@ironclad/engine";
import { defaultScenario, defaultTalk } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { playTable } from "./simulate.ts";
import type { TalkLine } from "./talk.ts";

function linesOf(scenario: Scenario, seeds: string[]): TalkLine[] {
  const lines: TalkLine[] = [];
  for (const seed of seeds)
    playTable(scenario, {
      seed,
      ticksPerRound: 6,
      keepers: { london: 400_000 },
      talk: (_seat, line) => lines.push(line),
    });
  return lines;
}

describe("bot talk", () => {
  const scenario = defaultScenario();
  // What a client holds: the public scenario as the server sends it.
  const client = JSON.parse(JSON.stringify(publicScenario(scenario)));
  const lines = linesOf(scenario, ["talk-1", "talk-2", "talk-3"]);

  it("says many kinds of lines over a few bot-only games", () => {
    const moves = new Set(lines.map((l) => l.speech.move));
    for (const move of ["amend", "accept", "decline-amendment", "sign", "keeper-holds"]) expect(moves).toContain(move);
    expect(moves.size, [...moves].join(" ")).toBeGreaterThanOrEqual(7);
  });

  it("gives every line a valid structured form that renders to the same English text", () => {
    for (const line of lines) {
      const speech = talkSpeechSchema.parse(JSON.parse(JSON.stringify(line.speech)));
      expect(renderTalk(client, speech, "en")).toBe(line.text);
      expect(renderTalk(scenario, speech, "en")).toBe(line.text);
    }
  });

  it("renders every line in Ukrainian, every slot filled", () => {
    for (const line of lines) {
      const uk = renderTalk(client, line.speech, "uk");
      expect(uk, line.text).not.toBeNull();
      expect(uk).toMatch(/[а-яієїґ]/i);
      expect(uk).not.toMatch(/[{}]/);
      expect(uk).not.toBe(line.text);
    }
  });

  it("renders every line in French from the public scenario, every slot filled, in French typography", () => {
    for (const line of lines) {
      const fr = renderTalk(client, line.speech, "fr");
      expect(fr, line.text).not.toBeNull();
      expect(fr).not.toMatch(/[{}'“”]| [:;!?»]|« /);
      expect(fr).not.toBe(line.text);
    }
  });

  it("says the same from a scenario without a talk section (the default scenario's talk)", () => {
    const { talk: _, ...bare } = scenario;
    const plain = linesOf(bare as Scenario, ["talk-1"]);
    const withTalk = linesOf(scenario, ["talk-1"]);
    expect(plain.map((l) => l.text)).toEqual(withTalk.map((l) => l.text));
    expect(new Set(plain.map((l) => l.speech.source))).toEqual(new Set(["default"]));
    // What the server publishes for such a scenario: its public part plus the default talk.
    const { talk: __, ...bareClient } = client;
    const published = { ...bareClient, defaultTalk: defaultTalk() };
    for (const line of plain)
      expect(renderTalk(published, line.speech, "uk", published.defaultTalk)).toMatch(/[а-яієїґ]/i);
  });
});
