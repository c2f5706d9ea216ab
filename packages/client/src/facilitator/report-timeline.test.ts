import { type AfterActionReport, describeEvent } from "@ironclad/engine";
import { afterEach, describe, expect, it } from "vitest";
import { full, scenario } from "../game/snapshot-fixtures.ts";
import { setLang } from "../i18n/index.ts";
import type { GameEvent } from "../net/table-types.ts";
import { timelineLine } from "./report-timeline.ts";

type Entry = AfterActionReport["timeline"][number];

const played = {
  id: "card",
  title: { en: "A drone strike", uk: "Удар дронів" },
  text: { en: "A drone strike.", uk: "Удар дронів." },
  effects: [],
  injected: false,
};

/** One event of every type, as the engine reports it. */
const SAMPLES: { [K in GameEvent["type"]]: Extract<GameEvent, { type: K }> } = {
  "phase/entered": { type: "phase/entered", phase: "vote", round: 2, year: 0, step: null, deadline: null },
  "table/seated": { type: "table/seated", seats: ["paris", "kyiv"] },
  "table/paused": { type: "table/paused", remainingMs: 1000 },
  "table/resumed": { type: "table/resumed", deadline: null },
  "phase/extended": { type: "phase/extended", seconds: 60, deadline: null },
  "seat/controller": { type: "seat/controller", seat: "paris", controller: "bot" },
  "seat/ready": { type: "seat/ready", seat: "paris", ready: true },
  "draft/changed": { type: "draft/changed", issue: "force", option: "trainers", by: "paris", amendment: 1 },
  "amendment/posted": {
    type: "amendment/posted",
    amendment: {
      id: 1,
      by: "paris",
      issue: "force",
      option: "mfu",
      supporters: [],
      status: "open",
      round: 1,
      at: 0,
    },
  },
  "amendment/supported": { type: "amendment/supported", id: 1, seat: "kyiv" },
  "amendment/opposed": { type: "amendment/opposed", id: 1, seat: "warsaw" },
  "amendment/closed": { type: "amendment/closed", id: 1, status: "accepted" },
  "pen/passed": { type: "pen/passed", from: "paris", to: "kyiv" },
  "pen/requested": { type: "pen/requested", seat: "berlin" },
  "pen/backed": { type: "pen/backed", seat: "berlin", by: "paris" },
  "offer/made": {
    type: "offer/made",
    offer: {
      id: 2,
      by: "paris",
      to: "kyiv",
      gives: [{ act: "support", amendment: 1 }],
      asks: [{ act: "accept", amendment: 3 }],
      status: "open",
      acceptedBy: null,
      round: 1,
      at: 0,
    },
  },
  "offer/answered": { type: "offer/answered", id: 2, seat: "kyiv", status: "accepted" },
  "offer/withdrawn": { type: "offer/withdrawn", id: 2 },
  "offer/settled": { type: "offer/settled", id: 2, seat: "kyiv", act: "accept", amendment: 3, result: "kept" },
  "position/set": { type: "position/set", seat: "warsaw", issue: "force", option: "none", stance: "cannot" },
  "poll/asked": { type: "poll/asked", id: 1, by: "berlin" },
  "poll/answered": { type: "poll/answered", id: 1, seat: "warsaw", sign: false, blockers: ["force"] },
  "vote/opened": { type: "vote/opened", id: 1, calledBy: "paris", package: {} },
  "vote/ballot": { type: "vote/ballot", id: 1, seat: "kyiv", ballot: "sign" },
  "vote/closed": { type: "vote/closed", id: 1, concluded: true, signatories: ["paris", "kyiv"], reason: "" },
  "framework/concluded": { type: "framework/concluded", package: {}, signatories: ["paris"], unanimous: true },
  "ratification/rolled": { type: "ratification/rolled", seat: "paris", probability: 0.8, roll: 0.2, ratified: true },
  "framework/ratified": { type: "framework/ratified", bound: ["paris"], stands: true },
  "talks/failed": { type: "talks/failed", reason: "The clock ran out." },
  "stress/event": { type: "stress/event", year: 1, event: played },
  "news/injected": { type: "news/injected", phase: "negotiation", round: 1, year: 0, event: played },
  "stress/moscow": {
    type: "stress/moscow",
    year: 1,
    action: "hybrid",
    drawn: true,
    odds: { comply: 0, hybrid: 1, incursion: 0, offensive: 0 },
  },
  "stress/response": { type: "stress/response", year: 1, seat: "paris", response: "sanctions" },
  "stress/protected-move": { type: "stress/protected-move", year: 1, seat: "kyiv", move: "appeal" },
  "stress/snap-back": { type: "stress/snap-back", year: 1 },
  "stress/broken-promise": {
    type: "stress/broken-promise",
    year: 1,
    seat: "paris",
    pledged: "airDefence",
    response: "nothing",
  },
  "stress/adjudicated": {
    type: "stress/adjudicated",
    year: 1,
    security: 61.4,
    escalation: 2,
    unity: 70.2,
    damage: 10,
    mitigation: 5,
  },
  "game/ended": { type: "game/ended", outcome: "held", early: false },
};

/** A timeline entry as the server sends it: the events, and the engine's English sentences for the CSV. */
function entry(seq: number, events: GameEvent[]): Entry {
  return {
    seq,
    at: 0,
    actor: "paris",
    type: "draft/amend",
    events,
    text: events.map((e) => describeEvent(full, e)).filter((s) => s.length > 0),
  };
}

describe("the report's timeline, in the reader's language (#18 item 5)", () => {
  afterEach(() => setLang("en"));

  it("tells every line of the timeline in Ukrainian on a Ukrainian page, not the engine's English", () => {
    setLang("uk");
    for (const e of Object.values(SAMPLES) as GameEvent[]) {
      const line = timelineLine(entry(1, [e]), scenario);
      const english = describeEvent(full, e);
      if (english === "") continue;
      expect(line, e.type).toMatch(/[А-Яа-яІіЇїЄєҐґ]/);
      expect(line, e.type).not.toBe(english);
      // No English word of the engine's sentence is left (names of seats and numbers aside).
      expect(line, e.type).not.toMatch(/\b(the|was|with|its|and|signed|proposed|amendment|offer)\b/i);
    }
  });

  it("gives a line for every event the engine's English tells, in both languages", () => {
    for (const lang of ["en", "uk"] as const) {
      setLang(lang);
      for (const e of Object.values(SAMPLES) as GameEvent[]) {
        if (describeEvent(full, e) === "") continue;
        expect(timelineLine(entry(1, [e]), scenario), `${lang} ${e.type}`).not.toBe("");
      }
    }
  });

  it("names seats, issues and options from the scenario, and follows a language switch", () => {
    const e = entry(3, [SAMPLES["amendment/posted"], SAMPLES["amendment/supported"]]);
    expect(timelineLine(e, scenario)).toBe(
      "Paris proposed European force → Multinational Force Ukraine. Kyiv supports amendment #1.",
    );
    setLang("uk");
    const uk = timelineLine(e, scenario);
    expect(uk).toContain("Париж");
    expect(uk).toContain("Європейські сили");
    expect(uk).toContain("Київ");
    setLang("en");
    expect(timelineLine(e, scenario)).toMatch(/^Paris proposed/);
  });

  it("keeps the server's sentences where it sent no events, and the action's name where nothing was said", () => {
    const old = { seq: 1, at: 0, actor: "paris", type: "draft/amend", text: ["Paris did a thing."] };
    expect(timelineLine(old, scenario)).toBe("Paris did a thing.");
    expect(timelineLine(entry(2, []), scenario)).toBe("draft/amend");
  });
});
