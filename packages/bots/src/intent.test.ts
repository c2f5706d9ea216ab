import type { Amendment, Scenario } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { addressesSeat, type IntentContext, readIntent, type Topic } from "./intent.ts";

const scenario = defaultScenario();
const ctx: IntentContext = { scenario };

function amendment(id: number, by: string, issue: string, option: string | null): Amendment {
  return { id, by, issue, option, supporters: [], status: "open", round: 1, at: id * 1000 };
}

const short = (ts: readonly Topic[]) => ts.map((t) => [t.amendment, t.issue, t.option].join("/"));

describe("readIntent: kinds, in English and Ukrainian", () => {
  const cases: [string, string, string][] = [
    // [text, kind, lang]
    ["Berlin, what about the force?", "question", "en"],
    ["Would you accept a treaty?", "question", "en"],
    ["Берліне, що скажете про сили?", "question", "uk"],
    ["Чи погодитеся ви на договір?", "question", "uk"],
    ["Support my amendment 3", "request-support", "en"],
    ["Back the tripwire, please", "request-support", "en"],
    ["Підтримайте поправку 3", "request-support", "uk"],
    ["Підтримайте розтяжку", "request-support", "uk"],
    ["Please oppose the tripwire", "request-oppose", "en"],
    ["Block amendment 2!", "request-oppose", "en"],
    ["Заблокуйте поправку 2", "request-oppose", "uk"],
    ["Виступіть проти нейтралітету", "request-oppose", "uk"],
    ["Will you sign the draft?", "request-sign", "en"],
    ["Washington, call a vote", "request-sign", "en"],
    ["Ви підпишете проєкт?", "request-sign", "uk"],
    ["I'll support your sanctions amendment if you support the tripwire", "offer", "en"],
    ["Back the treaty and we'll back the snap-back", "offer", "en"],
    ["Я підтримаю вашу поправку про санкції, якщо ви підтримаєте розтяжку", "offer", "uk"],
    ["If you block this we'll decline", "threat", "en"],
    ["Support amendment 4, otherwise we walk away", "threat", "en"],
    ["Якщо ви заблокуєте це, ми відмовимося підписувати", "threat", "uk"],
    ["We will support the snap-back", "promise", "en"],
    ["You have our word: we back the treaty", "promise", "en"],
    ["Ми підтримаємо снепбек", "promise", "uk"],
    ["Hello Kyiv!", "greeting", "en"],
    ["Привіт, Києве!", "greeting", "uk"],
    ["Thanks, Paris", "thanks", "en"],
    ["Дякую, Париже", "thanks", "uk"],
    ["blah blah", "unknown", "en"],
    ["бла-бла", "unknown", "uk"],
  ];
  for (const [text, kind, lang] of cases)
    it(`${text} → ${kind} (${lang})`, () => {
      const i = readIntent(text, ctx);
      expect(i.kind).toBe(kind);
      expect(i.lang).toBe(lang);
    });
});

describe("readIntent: what the message is about", () => {
  it("reads a question's issue and who is asked", () => {
    const i = readIntent("Berlin, what about the force?", ctx);
    expect(i.addressed).toEqual(["berlin"]);
    expect(short(i.topics)).toEqual(["/force/"]);
  });

  it("reads an option named by a synonym, not its label", () => {
    expect(short(readIntent("would you accept a treaty?", ctx).topics)).toEqual(["/legal-form/treaty"]);
    expect(short(readIntent("What about a cap of 800,000?", ctx).topics)).toEqual(["/army-cap/cap-800k"]);
    expect(short(readIntent("Обмеження армії 800 тисяч прийнятне?", ctx).topics)).toEqual(["/army-cap/cap-800k"]);
    expect(short(readIntent("Washington, can you live with US troops?", ctx).topics)).toEqual(["/us-role/troops"]);
    expect(short(readIntent("Що з американськими військами?", ctx).topics)).toEqual(["/us-role/troops"]);
    expect(short(readIntent("What about snap back and frozen assets?", ctx).topics)).toEqual([
      "/sanctions/snap-back",
      "/sanctions/snap-back-assets",
    ]);
  });

  it("reads every option and issue by its own label, in both languages", () => {
    for (const issue of scenario.issues)
      for (const lang of ["en", "uk"] as const) {
        const name = issue.name[lang] ?? issue.name.en;
        expect(short(readIntent(`What about ${name}?`, ctx).topics), name).toEqual([`/${issue.id}/`]);
        for (const o of issue.options) {
          const label = o.label[lang] ?? o.label.en;
          expect(short(readIntent(`What about ${label}?`, ctx).topics), label).toEqual([`/${issue.id}/${o.id}`]);
        }
      }
  });

  const issueSynonyms: [string, string][] = [
    ["What about troops?", "force"],
    ["What about the European force?", "force"],
    ["Що скажете про сили?", "force"],
    ["What about the pledge?", "pledge"],
    ["A word on guarantees?", "pledge"],
    ["А гарантії?", "pledge"],
    ["What about sanctions?", "sanctions"],
    ["Як щодо санкцій?", "sanctions"],
    ["А що із санкціями?", "sanctions"],
    ["What role for America?", "us-role"],
    ["Яка роль США?", "us-role"],
    ["What about weapons?", "arms"],
    ["А зброя?", "arms"],
    ["What about the army cap?", "army-cap"],
    ["А армія?", "army-cap"],
    ["What about ratification?", "legal-form"],
    ["А правова форма?", "legal-form"],
    ["What about NATO?", "alignment"],
    ["Що з НАТО?", "alignment"],
    ["Who covers the cost?", "burden"],
    ["Хто несе витрати?", "burden"],
  ];
  for (const [text, issue] of issueSynonyms)
    it(`${text} → ${issue}`, () => {
      expect(readIntent(text, ctx).topics.map((t) => t.issue)).toEqual([issue]);
    });

  it("knows seats by capital, country and people, in both languages", () => {
    const names: [string, string][] = [
      ["Berlin", "berlin"],
      ["Germany", "berlin"],
      ["Germans", "berlin"],
      ["Берліне", "berlin"],
      ["Німеччино", "berlin"],
      ["France", "paris"],
      ["Французи", "paris"],
      ["Britain", "london"],
      ["Poland", "warsaw"],
      ["Варшаво", "warsaw"],
      ["Americans", "washington"],
      ["Вашингтоне", "washington"],
      ["Ukraine", "kyiv"],
      ["Києве", "kyiv"],
      ["Italy", "rome"],
    ];
    for (const [name, seat] of names) {
      const i = readIntent(`${name}, what about sanctions?`, ctx);
      expect(i.addressed, name).toEqual([seat]);
    }
  });

  it("tells the seats spoken to from the seats spoken of", () => {
    const i = readIntent("What do the Germans think of the tripwire, Paris?", ctx);
    expect(i.addressed).toEqual(["paris"]);
    expect(i.mentioned).toEqual(["berlin", "paris"]);
    expect(readIntent("@warsaw the force?", ctx).addressed).toEqual(["warsaw"]);
    expect(readIntent("Berlin and Paris, what about the pledge?", ctx).addressed).toEqual(["berlin", "paris"]);
    expect(readIntent("What about the pledge?", ctx).addressed).toEqual([]);
    expect(readIntent("Як щодо санкцій, Вашингтоне?", ctx).addressed).toEqual(["washington"]);
    expect(readIntent("Шановна Варшаво, що з розтяжкою?", ctx).addressed).toEqual(["warsaw"]);
  });

  it("reads amendment numbers in both languages", () => {
    expect(readIntent("support amendment 3", ctx).topics[0]?.amendment).toBe(3);
    expect(readIntent("support #12", ctx).topics[0]?.amendment).toBe(12);
    expect(readIntent("Підтримайте поправку №4", ctx).topics[0]?.amendment).toBe(4);
    expect(readIntent("поправка 5 — ваша думка?", ctx).topics[0]?.amendment).toBe(5);
  });

  it("reads 'my amendment' and 'your amendment' from the table, with its issue and option", () => {
    const amendments = [amendment(1, "kyiv", "sanctions", "snap-back"), amendment(2, "berlin", "force", "trainers")];
    const mine = readIntent("Please back my amendment", { scenario, amendments, speaker: "kyiv" });
    expect(short(mine.topics)).toEqual(["1/sanctions/snap-back"]);
    const yours = readIntent("Я підтримаю вашу поправку, якщо ви підтримаєте снепбек", {
      scenario,
      amendments,
      speaker: "kyiv",
    });
    expect(yours.kind).toBe("offer");
    expect(short(yours.give)).toEqual(["2/force/trainers"]);
    expect(short(yours.want)).toEqual(["/sanctions/snap-back"]);
  });

  it("does not read 'can' as 'my' in Ukrainian (можемо ≠ мою)", () => {
    const amendments = [amendment(1, "kyiv", "sanctions", "snap-back"), amendment(2, "berlin", "force", "trainers")];
    const i = readIntent("Чи можемо ми обговорити поправку щодо санкцій?", { scenario, amendments, speaker: "berlin" });
    expect(i.topics.map((t) => t.amendment)).not.toContain(2);
    const mine = readIntent("Підтримайте мою поправку", { scenario, amendments, speaker: "berlin" });
    expect(short(mine.topics)).toEqual(["2/force/trainers"]);
    const last = readIntent("Що з цією поправкою? Підтримайте цю поправку", { scenario, amendments, speaker: "paris" });
    expect(last.topics[0]?.amendment).toBe(2);
  });

  it("splits an offer into what is given and what is wanted", () => {
    const i = readIntent("If you support the tripwire, I'll support a treaty", ctx);
    expect(i.kind).toBe("offer");
    expect(short(i.want)).toEqual(["/force/tripwire"]);
    expect(short(i.give)).toEqual(["/legal-form/treaty"]);
    const ask = readIntent("Kyiv, can you live with neutrality if we give you EU accession?", ctx);
    expect(ask.kind).toBe("offer");
    expect(short(ask.want)).toEqual(["/alignment/neutrality"]);
    expect(short(ask.give)).toEqual(["/alignment/eu-date"]);
    const uk = readIntent("Ми підтримаємо договір в обмін на розтяжку", ctx);
    expect(uk.kind).toBe("offer");
    expect(short(uk.give)).toEqual(["/legal-form/treaty"]);
    expect(short(uk.want)).toEqual(["/force/tripwire"]);
  });

  it("reads what a threat demands", () => {
    const block = readIntent("If you block amendment 2 we will decline", ctx);
    expect(block.kind).toBe("threat");
    expect(block.stance).toBe("support");
    expect(block.signing).toBe(true);
    expect(short(block.want)).toEqual(["2//"]);
    const back = readIntent("If you back neutrality, we walk out", ctx);
    expect(back.kind).toBe("threat");
    expect(back.stance).toBe("oppose");
  });

  it("reads a promise against as 'oppose'", () => {
    const i = readIntent("We will not support the tripwire", ctx);
    expect(i.kind).toBe("promise");
    expect(i.stance).toBe("oppose");
    expect(short(i.give)).toEqual(["/force/tripwire"]);
  });

  it("does not take a name for a verb: 'snap-back' is no request to back anything", () => {
    expect(readIntent("What about the snap-back?", ctx).kind).toBe("question");
    expect(readIntent("Lifted on signature?", ctx).kind).toBe("question");
  });

  it("reads 'US' as the country and 'us' as a pronoun", () => {
    expect(readIntent("Support us on sanctions", ctx).mentioned).toEqual([]);
    expect(readIntent("What does the US want?", ctx).mentioned).toEqual(["washington"]);
  });

  it("works for a scenario with other ids, through its labels", () => {
    const other: Scenario = structuredClone(scenario);
    const issue = other.issues.find((i) => i.id === "sanctions");
    if (!issue) throw new Error("no sanctions");
    issue.id = "penalties";
    for (const o of issue.options) o.id = `p-${o.id}`;
    const i = readIntent("What about automatic snap-back?", { scenario: other });
    expect(short(i.topics)).toEqual(["/penalties/p-snap-back"]);
    // The default scenario's synonyms no longer apply to ids it does not have.
    expect(readIntent("Що зі снепбеком?", { scenario: other }).topics).toEqual([]);
  });

  it("reads names only in the languages it reads: the scenario's French labels blur no English word", () => {
    // "À parts égales" and "Adhésion à l’UE à date fixe" would make "part*" a name and "date" no longer distinctive.
    expect(short(readIntent("What about the EU date?", ctx).topics)).toEqual(["/alignment/eu-date"]);
    expect(short(readIntent("We back date", ctx).topics)).toEqual(["/alignment/eu-date"]);
    expect(readIntent("Our partners will decide", ctx).topics).toEqual([]);
    // "porte de l’OTAN ouverte" would make "port*" name the open door.
    expect(short(readIntent("Let us talk about ports", ctx).topics)).not.toContain("/alignment/open-door");
  });

  it("is deterministic", () => {
    const text = "Berlin, I'll back your trainers if you back the treaty?";
    expect(readIntent(text, ctx)).toEqual(readIntent(text, ctx));
  });
});

describe("addressesSeat", () => {
  it("answers on a bilateral channel always, at the table when named or when all are asked", () => {
    const q = readIntent("Berlin, what about the force?", ctx);
    expect(addressesSeat(q, "berlin", "table")).toBe(true);
    expect(addressesSeat(q, "paris", "table")).toBe(false);
    expect(addressesSeat(q, "paris", "bilateral")).toBe(true);
    const all = readIntent("Everyone, would you sign?", ctx);
    expect(addressesSeat(all, "rome", "table")).toBe(true);
    const about = readIntent("What does Warsaw think of the tripwire?", ctx);
    expect(addressesSeat(about, "warsaw", "table")).toBe(true);
    expect(addressesSeat(about, "berlin", "table")).toBe(false);
    expect(addressesSeat(readIntent("lol", ctx), "berlin", "table")).toBe(false);
  });
});
