import { type PublicScenario, publicScenario, talkSpeech } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { afterEach, describe, expect, it } from "vitest";
import { setLang } from "../i18n/index.ts";
import { chatFromName, chatText } from "./chat-text.ts";

// The scenario as the client receives it: public, through JSON.
const scenario: PublicScenario = JSON.parse(JSON.stringify(publicScenario(defaultScenario())));

function botLine(seat: string, speech: unknown, text: string) {
  return { fromSeat: seat, fromName: `${seat} (bot)`, text, speech };
}

describe("a chat line in the reader's language", () => {
  afterEach(() => setLang("en"));

  const amend = talkSpeech(scenario, "washington", "decline-vote", { issue: "legal-form", current: "treaty" }, 0);
  const line = botLine("washington", amend, "Washington cannot sign while legal form reads “ratified treaties”.");

  it("renders a bot's line in Ukrainian with the scenario's Ukrainian names, and names the speaker a bot", () => {
    setLang("uk");
    expect(chatText(line, scenario)).toBe(
      "Вашингтон не може підписати, поки в пункті «Правова форма» стоїть «Ратифіковані договори».",
    );
    expect(chatFromName(line)).toBe("Бот");
    const honour = talkSpeech(scenario, "paris", "honour", { response: "sanctions" });
    expect(chatText(botLine("paris", honour, "Paris honours its pledge: sanctions and an aid surge."), scenario)).toBe(
      "Париж виконує своє зобов’язання: санкції й додаткова допомога.",
    );
  });

  it("names the facilitator, who speaks from no seat, in the reader's language", () => {
    const line = { fromSeat: null, fromName: "Facilitator", text: "Five minutes left." };
    expect(chatFromName(line)).toBe("Facilitator");
    setLang("uk");
    expect(chatFromName(line)).not.toBe("Facilitator");
    expect(chatFromName({ fromSeat: "kyiv", fromName: "Olena", text: "Hi" })).toBe("Olena");
  });

  it("switches with the language: the same line in English reads as the bot said it", () => {
    setLang("uk");
    const uk = chatText(line, scenario);
    setLang("en");
    expect(chatText(line, scenario)).toBe(line.text);
    expect(chatText(line, scenario)).not.toBe(uk);
    expect(chatFromName(line)).toBe("Bot");
  });

  it("falls back to the message's own text when the structured form is missing, invalid or does not fit", () => {
    setLang("uk");
    const person = { fromSeat: "kyiv", fromName: "Olena", text: "Добрий день" };
    expect(chatText(person, scenario)).toBe("Добрий день");
    expect(chatFromName(person)).toBe("Olena");
    // Not valid: unknown fields, a made-up move, markup in an id.
    for (const bad of [
      { ...amend, html: "<b>x</b>" },
      { ...amend, move: "shout" },
      { ...amend, slots: { ...amend.slots, issue: "<img src=x>" } },
      "Washington signs.",
      42,
    ]) {
      const m = botLine("washington", bad, "English text");
      expect(chatText(m, scenario)).toBe("English text");
      expect(chatFromName(m)).toBe("washington (bot)");
    }
    // Valid but not said by its own seat, or naming what the scenario lacks.
    expect(chatText(botLine("kyiv", amend, "English text"), scenario)).toBe("English text");
    const ghost = { ...amend, slots: { ...amend.slots, issue: "weather" } };
    expect(chatText(botLine("washington", ghost, "English text"), scenario)).toBe("English text");
    expect(chatText(botLine("washington", { ...amend, index: 9 }, "English text"), scenario)).toBe("English text");
    expect(chatText(line, null)).toBe(line.text);
  });

  it("keeps markup in scenario names as plain text (the panel shows it as a text node)", () => {
    setLang("uk");
    const odd = structuredClone(scenario);
    const paris = odd.seats.find((s) => s.id === "paris");
    if (paris) paris.name = { en: "<b>Paris</b>", uk: "<b>Париж</b>" };
    const sign = talkSpeech(odd, "paris", "sign", {});
    expect(chatText(botLine("paris", sign, "Paris signs."), odd)).toBe("<b>Париж</b> підписує.");
  });
});
