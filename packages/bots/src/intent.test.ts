import type { Amendment, Scenario } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { describe, expect, it } from "vitest";
import { addressesSeat, detectLang, type IntentContext, readIntent, type Topic } from "./intent.ts";

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

describe("readIntent: French, German and Polish", () => {
  const amendments = [amendment(1, "kyiv", "sanctions", "snap-back"), amendment(2, "berlin", "force", "trainers")];
  const table: IntentContext = { scenario, amendments, speaker: "kyiv" };

  it("tells the language of typical sentences", () => {
    const cases: [string, string][] = [
      ["Que pensez-vous de la force européenne ?", "fr"],
      ["Pourquoi ne soutenez-vous pas l'amendement 3 ?", "fr"],
      ["Merci, Paris", "fr"],
      ["Was halten Sie von der europäischen Truppe?", "de"],
      ["Warum unterstützen Sie den Änderungsantrag nicht?", "de"],
      ["Danke, Berlin", "de"],
      ["Co sądzicie o sankcjach?", "pl"],
      ["Dlaczego nie poprzecie poprawki 3?", "pl"],
      ["Dziękuję, Warszawo", "pl"],
      ["What do you think of the European force?", "en"],
      ["Support amendment 3, please", "en"],
      ["Що скажете про сили?", "uk"],
      ["zzz", "en"],
      ["Can we talk about the pledge?", "en"],
      ["I think the tripwire is too risky", "en"],
      ["What's your bottom line on NATO?", "en"],
      ["Europe must pay more", "en"],
      ["Pouvons-nous parler de l'engagement ?", "fr"],
      ["Je pense que le fil piège est trop risqué", "fr"],
      ["Pas de plafond pour l'armée, s'il vous plaît", "fr"],
      ["D'accord, marché conclu", "fr"],
      ["Qui tient la plume ?", "fr"],
      ["Können wir über die Zusage sprechen?", "de"],
      ["Ich halte den Stolperdraht für zu riskant", "de"],
      ["Keine Obergrenze für die Armee, bitte", "de"],
      ["Gut, abgemacht", "de"],
      ["Europa muss mehr zahlen", "de"],
      ["Czy możemy porozmawiać o zobowiązaniu?", "pl"],
      ["Uważam, że drut potykacz jest zbyt ryzykowny", "pl"],
      ["Bez limitu dla armii, proszę", "pl"],
      ["Dobrze, umowa stoi", "pl"],
      ["Kto trzyma pióro?", "pl"],
    ];
    for (const [text, lang] of cases) expect(detectLang(text), text).toBe(lang);
  });

  const cases: [string, string, string][] = [
    // [text, kind, lang]
    ["Berlin, que pensez-vous de la force européenne ?", "question", "fr"],
    ["Accepteriez-vous un traité ?", "question", "fr"],
    ["Soutenez l'amendement 2", "request-support", "fr"],
    ["Bloquez l'amendement 1, s'il vous plaît", "request-oppose", "fr"],
    ["Signerez-vous le projet ?", "request-sign", "fr"],
    ["Si vous soutenez le fil piège, nous soutiendrons votre amendement", "offer", "fr"],
    ["Si vous bloquez l'amendement 2, nous refuserons de signer", "threat", "fr"],
    ["Nous soutiendrons le traité", "promise", "fr"],
    ["Bonjour Varsovie !", "greeting", "fr"],
    ["Merci, Paris", "thanks", "fr"],
    ["Berlin, was halten Sie von der europäischen Truppe?", "question", "de"],
    ["Würden Sie einen Vertrag akzeptieren?", "question", "de"],
    ["Unterstützen Sie Änderungsantrag 2", "request-support", "de"],
    ["Bitte lehnen Sie Antrag 1 ab", "request-oppose", "de"],
    ["Werden Sie den Entwurf unterschreiben?", "request-sign", "de"],
    ["Wenn Sie den Stolperdraht unterstützen, unterstützen wir Ihren Antrag", "offer", "de"],
    ["Wenn Sie Antrag 2 blockieren, werden wir nicht unterschreiben", "threat", "de"],
    ["Wir werden den Vertrag unterstützen", "promise", "de"],
    ["Guten Tag, Warschau!", "greeting", "de"],
    ["Danke, Paris", "thanks", "de"],
    ["Berlinie, co sądzicie o siłach europejskich?", "question", "pl"],
    ["Czy przyjmiecie traktat?", "question", "pl"],
    ["Proszę poprzeć poprawkę 2", "request-support", "pl"],
    ["Proszę zablokować poprawkę 1", "request-oppose", "pl"],
    ["Czy podpiszecie projekt?", "request-sign", "pl"],
    ["Jeśli poprzecie drut potykacz, poprzemy waszą poprawkę", "offer", "pl"],
    ["Jeśli zablokujecie poprawkę 2, nie podpiszemy", "threat", "pl"],
    ["Poprzemy traktat", "promise", "pl"],
    ["Dzień dobry, Warszawo!", "greeting", "pl"],
    ["Dziękuję, Paryż", "thanks", "pl"],
  ];
  for (const [text, kind, lang] of cases)
    it(`${text} → ${kind} (${lang})`, () => {
      const i = readIntent(text, table);
      expect(i.kind).toBe(kind);
      expect(i.lang).toBe(lang);
    });

  it("splits offers and threats into what is given and what is wanted", () => {
    for (const text of [
      "Si vous soutenez le fil piège, nous soutiendrons votre amendement",
      "Wenn Sie den Stolperdraht unterstützen, unterstützen wir Ihren Antrag",
      "Jeśli poprzecie drut potykacz, poprzemy waszą poprawkę",
    ]) {
      const i = readIntent(text, table);
      expect(short(i.want), text).toEqual(["/force/tripwire"]);
      expect(short(i.give), text).toEqual(["2/force/trainers"]);
    }
    for (const text of [
      "Si vous bloquez l'amendement 2, nous refuserons de signer",
      "Wenn Sie Antrag 2 blockieren, werden wir nicht unterschreiben",
      "Jeśli zablokujecie poprawkę 2, nie podpiszemy",
    ]) {
      const i = readIntent(text, table);
      expect(i.stance, text).toBe("support");
      expect(short(i.want), text).toEqual(["2/force/trainers"]);
    }
  });

  it("reads a promise against as 'oppose', and 'support us' as a request, not a promise", () => {
    for (const text of [
      "Nous ne soutiendrons pas le fil piège",
      "Wir werden den Stolperdraht nicht unterstützen",
      "Nie poprzemy drutu potykacza",
    ]) {
      const i = readIntent(text, table);
      expect(i.kind, text).toBe("promise");
      expect(i.stance, text).toBe("oppose");
      expect(short(i.give), text).toEqual(["/force/tripwire"]);
    }
    expect(readIntent("Soutenez-nous sur les sanctions", table).kind).toBe("request-support");
  });

  it("takes a wish or a need for no promise, and a short label word for no name", () => {
    expect(readIntent("Nous voulons une clause de type article 5", ctx).kind).toBe("question");
    expect(readIntent("Potrzebujemy amerykańskiej osłony powietrznej", ctx).kind).toBe("question");
    expect(readIntent("Proponujemy instruktorów i centra logistyczne", ctx)).toMatchObject({
      kind: "question",
      lang: "pl",
    });
    // "nach" of "Memorandum nach israelischem Vorbild", "drod*" of "Przywrócenie w drodze konsensusu".
    expect(short(readIntent("Wir wollen eine Klausel nach dem Vorbild von Artikel 5", ctx).topics)).toEqual([
      "/pledge/assist",
    ]);
    expect(readIntent("Drodzy koledzy, czy podpiszemy ten tekst?", ctx)).toMatchObject({
      kind: "request-sign",
      topics: [],
    });
  });

  it("reads amendment numbers as each language writes them", () => {
    const n = (text: string) => readIntent(text, ctx).topics[0]?.amendment;
    expect(n("Soutenez l'amendement 3")).toBe(3);
    expect(n("Soutenez l’amendement n° 12")).toBe(12);
    expect(n("Unterstützen Sie Änderungsantrag 4")).toBe(4);
    expect(n("Unterstützen Sie Antrag Nr. 5")).toBe(5);
    expect(n("Unterstützen Sie Aenderungsantrag 6")).toBe(6);
    expect(n("Proszę poprzeć poprawkę nr 7")).toBe(7);
    expect(n("Poprawka 8 — co Państwo sądzą?")).toBe(8);
  });

  it("reads 'my amendment' and 'your amendment' from the table", () => {
    const from = (text: string, speaker: string) => short(readIntent(text, { scenario, amendments, speaker }).topics);
    expect(from("Soutenez mon amendement", "kyiv")).toEqual(["1/sanctions/snap-back"]);
    expect(from("Unterstützen Sie meinen Änderungsantrag", "berlin")).toEqual(["2/force/trainers"]);
    expect(from("Proszę poprzeć moją poprawkę", "kyiv")).toEqual(["1/sanctions/snap-back"]);
    expect(from("Je soutiendrai votre amendement", "kyiv")).toEqual(["2/force/trainers"]);
  });

  it("knows seats by their names in each language", () => {
    const names: [string, string][] = [
      ["Londres, que pensez-vous des sanctions ?", "london"],
      ["Varsovie, que pensez-vous des sanctions ?", "warsaw"],
      ["Kiev, que pensez-vous des sanctions ?", "kyiv"],
      ["Allemagne, que pensez-vous des sanctions ?", "berlin"],
      ["Warschau, was halten Sie von den Sanktionen?", "warsaw"],
      ["Kyjiw, was halten Sie von den Sanktionen?", "kyiv"],
      ["London, was halten Sie von den Sanktionen?", "london"],
      ["Paryżu, co sądzicie o sankcjach?", "paris"],
      ["Londyn, co sądzicie o sankcjach?", "london"],
      ["Kijów, co sądzicie o sankcjach?", "kyiv"],
      ["Szanowny Berlinie, co sądzicie o sankcjach?", "berlin"],
      ["Waszyngtonie, co sądzicie o sankcjach?", "washington"],
    ];
    for (const [text, seat] of names) {
      const i = readIntent(text, ctx);
      expect(i.addressed, text).toEqual([seat]);
      expect(short(i.topics), text).toEqual(["/sanctions/"]);
    }
  });

  it("reads every issue and option by its label in French, German and Polish", () => {
    const ask = { fr: "Que pensez-vous de", de: "Was halten Sie von", pl: "Co sądzicie o" };
    for (const lang of ["fr", "de", "pl"] as const)
      for (const issue of scenario.issues) {
        const name = issue.name[lang] ?? issue.name.en;
        expect(short(readIntent(`${ask[lang]} ${name} ?`, ctx).topics), name).toEqual([`/${issue.id}/`]);
        for (const o of issue.options) {
          const label = o.label[lang] ?? o.label.en;
          expect(short(readIntent(`${ask[lang]} ${label} ?`, ctx).topics), label).toEqual([`/${issue.id}/${o.id}`]);
        }
      }
  });

  it("reads the terms of art as each country's press writes them", () => {
    const cases: [string, string][] = [
      ["Et le snapback ?", "/sanctions/snap-back"],
      ["Que pensez-vous du rétablissement automatique des sanctions ?", "/sanctions/snap-back"],
      ["Et l'article 5 ?", "/pledge/article5"],
      ["Que pensez-vous de la force de réassurance ?", "/force/mfu"],
      ["Was ist mit dem Snapback?", "/sanctions/snap-back"],
      ["Was halten Sie von der automatischen Wiedereinsetzung der Sanktionen?", "/sanctions/snap-back"],
      ["Und Artikel 5?", "/pledge/article5"],
      ["Was ist mit der Rückversicherungstruppe?", "/force/mfu"],
      ["Was ist mit der multinationalen Truppe?", "/force/mfu"],
      ["Co z mechanizmem snapback?", "/sanctions/snap-back"],
      ["Co z automatycznym przywróceniem sankcji?", "/sanctions/snap-back"],
      ["A artykuł 5?", "/pledge/article5"],
      ["Co z siłami zapewnienia bezpieczeństwa?", "/force/mfu"],
      ["Co z siłami reasekuracyjnymi?", "/force/mfu"],
      ["Londyn, co z limitem 800 tys.?", "/army-cap/cap-800k"],
      ["London, was ist mit einer Obergrenze von 800.000?", "/army-cap/cap-800k"],
    ];
    for (const [text, topic] of cases) expect(short(readIntent(text, ctx).topics), text).toEqual([topic]);
  });

  it("reads a message typed without accents as with them", () => {
    expect(readIntent("Kijow, co sadzicie o sankcjach?", ctx)).toMatchObject({ lang: "pl", addressed: ["kyiv"] });
    expect(short(readIntent("Que pensez-vous du retablissement automatique ?", ctx).topics)).toEqual([
      "/sanctions/snap-back",
    ]);
  });

  it("keeps each language's words to itself: the French 'pays' (country) is no payment", () => {
    expect(readIntent("Quel pays soutient la neutralité ?", ctx).topics.map((t) => t.issue)).toEqual(["alignment"]);
    expect(readIntent("What about the EU date?", ctx).lang).toBe("en");
    // "Ukrainy" (Ukraine's) is no "Żadnych sił w Ukrainie" (no force in Ukraine): a stem names no option when it names a seat.
    expect(short(readIntent("Kijowie, co sądzicie o sojuszach Ukrainy?", ctx).topics)).toEqual(["/alignment/"]);
  });
});
