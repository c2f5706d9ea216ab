import { describe, expect, it } from "vitest";
import { defaultScenario, defaultScenarioInput } from "./default-scenario.ts";
import type { ScenarioProblem } from "./scenario-checks.ts";
import { parseScenario } from "./scenario-load.ts";
import { renderTalk, TALK_MOVES, talkSpeech, talkSpeechSchema } from "./talk.ts";

type Raw = any;

function problemsAfter(edit: (s: Raw) => void): ScenarioProblem[] {
  const s = defaultScenarioInput() as Raw;
  edit(s);
  const result = parseScenario(s);
  return result.ok ? [] : result.problems;
}

describe("bot talk from the scenario", () => {
  const sc = defaultScenario();

  it("has templates for every move in the default scenario, in English and Ukrainian", () => {
    for (const move of TALK_MOVES) {
      const variants = sc.talk?.templates[move];
      expect(variants?.default.length, move).toBeGreaterThan(0);
      for (const list of Object.values(variants ?? {})) for (const t of list) expect(t.uk, move).toBeTruthy();
    }
  });

  it("picks a seat's own variants first, in turn, and keeps only the slots the move fills", () => {
    const speech = talkSpeech(sc, "washington", "amend", { issue: "us-role", option: "air", current: "troops" }, 3);
    expect(speech).toEqual({
      source: "scenario",
      move: "amend",
      variant: "washington",
      index: 1,
      slots: { seat: "washington", issue: "us-role", option: "air", current: "troops" },
    });
    const vote = talkSpeech(sc, "rome", "call-vote", { issue: "pledge", option: "consult", current: null });
    expect(vote).toMatchObject({ variant: "default", index: 0, slots: { seat: "rome" } });
    expect(talkSpeechSchema.parse(speech)).toEqual(speech);
  });

  it("renders in English as the bots always said it, and in Ukrainian with the scenario's names", () => {
    const speech = talkSpeech(sc, "paris", "amend", { issue: "pledge", option: "article5", current: null }, 0);
    expect(renderTalk(sc, speech, "en")).toBe("On pledge, Paris proposes “Article 5 wording” instead of a blank.");
    expect(renderTalk(sc, speech, "uk")).toBe(
      "Париж пропонує в пункті «Зобов’язання» «Формулювання статті 5», а не порожнє місце.",
    );
    const force = talkSpeech(sc, "berlin", "support", { issue: "force", option: "mfu" }, 0);
    expect(renderTalk(sc, force, "en")).toBe("Berlin supports “Multinational Force Ukraine” on European force.");
    const honour = talkSpeech(sc, "london", "honour", { response: "airDefence" });
    expect(renderTalk(sc, honour, "uk")).toBe("Лондон виконує своє зобов’язання: ППО і розвідка.");
    const concede = talkSpeech(sc, "berlin", "concede", { issue: "burden", option: "even", current: "us-most" });
    expect(renderTalk(sc, concede, "uk")).toBe(
      "Берлін може поступитися в пункті «Розподіл тягаря»: пропонуємо «Порівну», якщо до згоди приєднається решта.",
    );
  });

  it("falls back to English for a language the template lacks, and to null when the line does not fit", () => {
    const speech = talkSpeech(sc, "kyiv", "sign", {});
    expect(renderTalk(sc, speech, "it")).toBe("Kyiv signs: this keeps our sovereignty and gives us a real deterrent.");
    expect(renderTalk(sc, { ...speech, index: 7 }, "en")).toBeNull();
    expect(renderTalk(sc, { ...speech, slots: { seat: "atlantis" }, variant: "default" }, "en")).toBeNull();
    const amend = talkSpeech(sc, "paris", "amend", { issue: "pledge", option: "nope", current: null });
    expect(renderTalk(sc, amend, "en")).toBeNull();
    const noIssue = talkSpeech(sc, "paris", "support", {});
    expect(renderTalk(sc, noIssue, "en")).toBeNull();
  });

  it("uses the default scenario's talk, given by the caller, for a scenario without a talk section", () => {
    const { talk: _, ...bare } = sc;
    const speech = talkSpeech(bare, "warsaw", "decline-vote", { issue: "army-cap", option: "cap-600k" }, 1, sc.talk);
    expect(speech.source).toBe("default");
    expect(renderTalk(bare, speech, "en", sc.talk)).toBe("Not yet: Warsaw needs more on Ukraine's army.");
    expect(renderTalk(bare, speech, "uk", sc.talk)).toBe("Ще ні: Варшава чекає більшого в пункті «Армія України».");
    // Without the default talk at hand the line cannot be rendered: the caller shows its own text.
    expect(renderTalk(bare, speech, "en")).toBeNull();
  });

  it("rejects a structured line with unknown fields or values", () => {
    const ok = talkSpeech(sc, "kyiv", "sign", {});
    expect(talkSpeechSchema.safeParse({ ...ok, html: "<b>" }).success).toBe(false);
    expect(talkSpeechSchema.safeParse({ ...ok, move: "shout" }).success).toBe(false);
    expect(talkSpeechSchema.safeParse({ ...ok, slots: { seat: "<img>" } }).success).toBe(false);
    expect(talkSpeechSchema.safeParse({ ...ok, index: -1 }).success).toBe(false);
  });
});

describe("talk checks", () => {
  it("names unknown moves, seats that are not at the table, and slots a move does not fill", () => {
    const problems = problemsAfter((s) => {
      s.talk.templates.shout = { default: [{ en: "Hey." }] };
      s.talk.templates.sign.atlantis = [{ en: "{seat} signs." }];
      s.talk.templates.sign.default = [{ en: "{seat} signs {option}.", uk: "{seat} підписує {вибір}." }];
      s.talk.templates.honour.default = [{ en: "{seat} honours {pledge}." }];
    });
    expect(problems).toContainEqual({
      path: "talk.templates.shout",
      message: expect.stringMatching(/no move named "shout"/),
    });
    expect(problems).toContainEqual({
      path: "talk.templates.sign.atlantis",
      message: expect.stringMatching(/"atlantis" is not a seat/),
    });
    expect(problems).toContainEqual({
      path: "talk.templates.sign.default[0].en",
      message: expect.stringMatching(/"sign" does not fill \{option\}; its templates may use \{seat\}/),
    });
    expect(problems).toContainEqual({
      path: "talk.templates.sign.default[0].uk",
      message: expect.stringMatching(/\{вибір\} is not a slot/),
    });
    expect(problems).toContainEqual({
      path: "talk.templates.honour.default[0].en",
      message: expect.stringMatching(/\{pledge\} is not a slot; the move "honour" fills \{seat\} \{response\}/),
    });
  });

  it("wants every word in each language the templates use, and a {name} in the quote", () => {
    const problems = problemsAfter((s) => {
      s.talk.templates.sign.default = [{ en: "{seat} signs.", it: "{seat} firma." }];
      s.talk.words.quote.uk = "«»";
    });
    expect(problems).toContainEqual({
      path: "talk.words.blank",
      message: expect.stringMatching(/written in "it" too/),
    });
    expect(problems).toContainEqual({ path: "talk.words.quote.uk", message: expect.stringMatching(/\{name\}/) });
  });

  it("names a missing word and a move without default templates by path", () => {
    const problems = problemsAfter((s) => {
      delete s.talk.words.responses.direct;
      s.talk.templates.sign = { kyiv: [{ en: "Kyiv signs." }] };
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(["talk.words.responses.direct", "talk.templates.sign.default"]),
    );
  });

  it("accepts a scenario without a talk section", () => {
    expect(problemsAfter((s) => delete s.talk)).toEqual([]);
  });
});
