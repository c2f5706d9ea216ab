import { apply, type GameState, initialState, type PlayerView, type Scenario, view } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type ConversationMemory,
  catchUpLine,
  composeReply,
  newConversationMemory,
  notePromiseOutcome,
  promisesDue,
  REPLIES_PER_WINDOW,
  REPLY_WINDOW_MS,
  type Reply,
} from "./conversation.ts";
import { valuer } from "./expected-value.ts";
import { LANGS, readIntent } from "./intent.ts";
import { indicesOf, ownTableOf, utilityOf } from "./own-table.ts";
import { REPLY_PARTS, VOICES } from "./replies.ts";

const scenario = defaultScenario();

/** A compromise draft Paris writes at the start, as its pen allows. */
const DRAFT: Record<string, string> = {
  pledge: "assist",
  force: "mfu",
  "us-role": "intel",
  arms: "ten-year",
  "army-cap": "cap-800k",
  sanctions: "consensus",
  "legal-form": "executive",
  alignment: "nato-deferred",
  burden: "even",
};

type Step = { type: string; seat?: string; [k: string]: unknown };

function play(steps: Step[], sc: Scenario = scenario, draft: Record<string, string> | null = DRAFT): GameState {
  let s = initialState(sc, { seed: "talk", timings: { briefingSeconds: 0 } });
  let at = 0;
  const go = ({ seat, ...a }: Step) => {
    const actor = seat ? { kind: "seat", seat } : { kind: "facilitator" };
    const r = apply(s, { ...a, actor, at: at++ });
    if (!r.ok) throw new Error(`${a.type}: ${r.error.code}`);
    s = r.state;
  };
  go({ type: "table/start" });
  if (draft)
    for (const [issue, option] of Object.entries(draft)) go({ type: "draft/set", seat: "paris", issue, option });
  for (const step of steps) go(step);
  return s;
}

const amend = (seat: string, issue: string, option: string | null): Step => ({
  type: "draft/amend",
  seat,
  issue,
  option,
});
const seatView = (s: GameState, seat: string) => view(s, { kind: "seat", seat });

/** One message to one bot: read, answered. */
function ask(
  v: PlayerView,
  text: string,
  opts: { speaker?: string; memory?: ConversationMemory | null; now?: number; seed?: string } = {},
): Reply {
  const speaker = opts.speaker ?? "kyiv";
  const intent = readIntent(text, { scenario: v.scenario, amendments: v.amendments, speaker });
  return composeReply(intent, {
    view: v,
    memory: opts.memory ?? null,
    speaker,
    // Table time: promises are dated by it and compared with the amendments' times.
    now: opts.now ?? v.now,
    seed: opts.seed ?? "s",
  });
}

/** Several messages in a row to one bot, the memory carried, far enough apart for the rate limit. */
function chat(v: PlayerView, texts: string[], speaker = "kyiv"): Reply[] {
  let memory: ConversationMemory | null = null;
  return texts.map((text, k) => {
    const r = ask(v, text, { speaker, memory, now: v.now + k * REPLY_WINDOW_MS });
    memory = r.memory;
    return r;
  });
}

const briefOf = (seat: string) => {
  const b = scenario.seats.find((s) => s.id === seat)?.brief;
  if (!b) throw new Error(seat);
  return b;
};
const label = (issue: string, option: string, lang: "en" | "uk" = "en") => {
  const l = scenario.issues.find((i) => i.id === issue)?.options.find((o) => o.id === option)?.label;
  return (l?.[lang] ?? l?.en ?? "").toLowerCase();
};

describe("questions", () => {
  const s = play([]);

  it("about an issue: first choice, compromise, red line and the draft's score, naming the issue", () => {
    const r = ask(seatView(s, "berlin"), "Berlin, what about the force?");
    expect(r.kind).toBe("issue");
    const text = r.text?.toLowerCase() ?? "";
    expect(text).toContain("european force");
    const row = briefOf("berlin").pointTable.force ?? {};
    const best = Object.entries(row)
      .filter(([o]) => o !== "tripwire")
      .sort((a, b) => b[1] - a[1])[0]?.[0];
    expect(text).toContain(label("force", best ?? ""));
    expect(text).toContain(label("force", "tripwire"));
    expect(text).toContain("no german troops on the line of contact");
    expect(text).toContain(`${row.mfu} points`);
    expect(r.action).toBeNull();
  });

  it("about an issue in Ukrainian, answered in Ukrainian", () => {
    const r = ask(seatView(s, "berlin"), "Берліне, що скажете про сили?");
    expect(r.lang).toBe("uk");
    expect(r.text).toContain("«Європейські сили»");
    expect(r.text).toMatch(/бал/);
    expect(r.text).toContain("Жодних німецьких військ");
    expect(r.text).not.toMatch(/ points/);
  });

  it("about an option: how it scores against the draft's", () => {
    const w = ask(seatView(s, "washington"), "Would you accept a treaty?");
    expect(w.kind).toBe("option");
    expect(w.text?.toLowerCase()).toContain("ratified treaties");
    expect(w.text?.toLowerCase()).toContain("executive agreements");
    expect(w.text).toContain(`${briefOf("washington").pointTable["legal-form"]?.treaty} points`);
    const k = ask(seatView(s, "kyiv"), "Чи погодитеся ви на нейтралітет?", { speaker: "paris" });
    expect(k.text).toContain("Наше право обирати союзи не обговорюється");
    expect(k.text).toContain("«Конституційний нейтралітет»");
  });

  it("names every issue asked about, for each of the nine issues, in both languages", () => {
    const v = seatView(s, "warsaw");
    for (const issue of scenario.issues) {
      const en = ask(v, `What about ${issue.name.en}?`);
      expect(en.text?.toLowerCase(), issue.id).toContain(issue.name.en.toLowerCase());
      const uk = ask(v, `Що скажете про ${issue.name.uk}?`);
      expect(uk.text, issue.id).toContain(`«${issue.name.uk}»`);
    }
  });

  it("a bare question gets the seat's priority: where the draft is furthest from its wishes", () => {
    const r = ask(seatView(s, "berlin"), "What do you want?");
    expect(r.kind).toBe("priorities");
    expect(r.text?.toLowerCase()).toContain(label("force", "none"));
  });

  it("a bare 'why?' goes back to what that seat asked last", () => {
    const [, why] = chat(seatView(s, "berlin"), ["What about sanctions?", "Why?"]);
    expect(why?.kind).toBe("issue");
    expect(why?.text?.toLowerCase()).toContain("sanctions");
  });
});

describe("requests to support", () => {
  const s = play([amend("warsaw", "force", "tripwire"), amend("kyiv", "sanctions", "snap-back")]);

  it("agrees to an amendment that raises its own valuation, and gives the action", () => {
    const r = ask(seatView(s, "berlin"), "Support amendment 2");
    expect(r.kind).toBe("amendment");
    expect(r.action).toEqual({ type: "draft/support", amendment: 2 });
    expect(r.text?.toLowerCase()).toContain("amendment 2");
    expect(r.text?.toLowerCase()).toContain("sanctions");
    const uk = ask(seatView(s, "berlin"), "Підтримайте поправку 2");
    expect(uk.action).toEqual({ type: "draft/support", amendment: 2 });
    expect(uk.text).toMatch(/[Пп]оправк\S* 2/);
  });

  it("refuses an amendment across its red line, saying so, with no action", () => {
    const r = ask(seatView(s, "berlin"), "Back the tripwire", { speaker: "warsaw" });
    expect(r.action).toBeNull();
    expect(r.text?.toLowerCase()).toContain("red line");
    expect(r.text?.toLowerCase()).toContain("amendment 1");
  });

  it("refuses an amendment that costs it points, and says how many", () => {
    const r = ask(seatView(s, "washington"), "Please back amendment 2");
    const row = briefOf("washington").pointTable.sanctions ?? {};
    expect(r.action).toBeNull();
    expect(r.text).toContain(`${(row.consensus ?? 0) - (row["snap-back"] ?? 0)} points`);
  });

  it("knows its own, already-backed, closed and unknown amendments", () => {
    expect(ask(seatView(s, "kyiv"), "support amendment 2", { speaker: "paris" }).text?.toLowerCase()).toContain(
      "our own",
    );
    const backed = play([
      amend("kyiv", "sanctions", "snap-back"),
      { type: "draft/support", seat: "berlin", amendment: 1 },
    ]);
    const r = ask(seatView(backed, "berlin"), "support amendment 1");
    expect(r.text?.toLowerCase()).toContain("already");
    expect(r.action).toBeNull();
    const closed = play([
      amend("kyiv", "sanctions", "snap-back"),
      { type: "draft/decline", seat: "paris", amendment: 1 },
    ]);
    expect(ask(seatView(closed, "berlin"), "support amendment 1").text?.toLowerCase()).toMatch(
      /closed|no longer|dealt/,
    );
    expect(ask(seatView(s, "berlin"), "support amendment 9").action).toBeNull();
    expect(ask(seatView(s, "berlin"), "support amendment 9").text).toMatch(/9/);
  });

  it("never suggests support that its own valuation would not give, for any seat and amendment", () => {
    const options: [string, string, string | null][] = [];
    for (const issue of scenario.issues)
      for (const o of issue.options) if (DRAFT[issue.id] !== o.id) options.push(["rome", issue.id, o.id]);
    // Rome is not seated in the default table: the amendments come from seated seats in turn.
    const movers = ["kyiv", "warsaw", "london", "washington", "berlin"];
    const steps = options
      .slice(0, 24)
      .map(([, issue, option], k) => amend(movers[k % movers.length] ?? "kyiv", issue, option));
    const g = play(steps);
    let yes = 0;
    let no = 0;
    for (const seat of ["washington", "paris", "london", "berlin", "warsaw", "kyiv"]) {
      const v = seatView(g, seat);
      const table = ownTableOf(v);
      if (!table) throw new Error(seat);
      const val = valuer(v, table);
      const current = indicesOf(table, v.draft);
      for (const m of v.amendments) {
        const r = ask(v, `Support amendment ${m.id}`, { speaker: m.by === "kyiv" ? "paris" : "kyiv" });
        const next = { ...v.draft, [m.issue]: m.option };
        const idx = indicesOf(table, next);
        const red = idx.some((o, i) => o >= 0 && table.forbidden[i]?.[o]);
        const better = val.value(idx) > val.value(current.slice()) + 1e-9;
        if (r.action) {
          yes++;
          expect(m.by).not.toBe(seat);
          expect(red).toBe(false);
          expect(better, `${seat} on amendment ${m.id}`).toBe(true);
        } else if (m.by !== seat) {
          no++;
          expect(better && !red, `${seat} on amendment ${m.id}`).toBe(false);
        }
        const o = ask(v, `Block amendment ${m.id}`, { speaker: m.by === "kyiv" ? "paris" : "kyiv" });
        const worse = red || val.value(idx) < val.value(current.slice()) - 1e-9;
        if (o.action) expect(worse, `${seat} opposing amendment ${m.id}`).toBe(true);
        else if (m.by !== seat) expect(worse, `${seat} opposing amendment ${m.id}`).toBe(false);
      }
    }
    expect(yes).toBeGreaterThan(10);
    expect(no).toBeGreaterThan(10);
  });

  it("without an amendment, invites one and keeps its word once it is tabled", () => {
    const before = play([]);
    const r = ask(seatView(before, "berlin"), "Berlin, back the snap-back?", { speaker: "kyiv" });
    expect(r.kind).toBe("option");
    expect(r.action).toBeNull();
    expect(r.text?.toLowerCase()).toMatch(/table|propose|put/);
    const own = r.memory.promises.find((p) => p.by === "berlin");
    expect(own?.topic).toMatchObject({ issue: "sanctions", option: "snap-back" });
    // Nothing tabled yet: nothing to do.
    expect(promisesDue(r.memory, seatView(before, "berlin")).actions).toEqual([]);
    const after = play([amend("kyiv", "sanctions", "snap-back")]);
    const due = promisesDue(r.memory, seatView(after, "berlin"));
    expect(due.actions).toEqual([{ type: "draft/support", amendment: 1 }]);
    // Once backed, the word is kept and said so, once.
    const kept = play([
      amend("kyiv", "sanctions", "snap-back"),
      { type: "draft/support", seat: "berlin", amendment: 1 },
    ]);
    const told = promisesDue(due.memory, seatView(kept, "berlin"));
    expect(told.news.map((n) => n.status)).toEqual(["kept"]);
    expect(told.news[0]?.text.en).toContain("Kyiv");
    expect(told.news[0]?.text.uk).toContain("Київ");
    expect(promisesDue(told.memory, seatView(kept, "berlin")).news).toEqual([]);
  });

  it("asked to oppose an amendment that hurts it, opposes it; one that helps it, does not", () => {
    const r = ask(seatView(s, "berlin"), "Please block amendment 1", { speaker: "paris" });
    expect(r.kind).toBe("oppose");
    expect(r.action).toEqual({ type: "draft/oppose", amendment: 1 });
    const done = apply(s, { ...r.action, actor: { kind: "seat", seat: "berlin" }, at: s.now });
    expect(done.ok).toBe(true);
    const help = ask(seatView(s, "berlin"), "Berlin, oppose amendment 2!", { speaker: "washington" });
    expect(help.action).toBeNull();
    expect(help.text?.toLowerCase()).toMatch(/will not oppose|suits us|cannot block/);
  });

  it("a promise to oppose is kept when the seat opposes", () => {
    const r = ask(seatView(s, "berlin"), "We will oppose amendment 1", { speaker: "paris" });
    expect(r.kind).toBe("promise");
    expect(r.memory.promises[0]).toMatchObject({ by: "paris", stance: "oppose" });
    const opposed = play([
      amend("warsaw", "force", "tripwire"),
      amend("kyiv", "sanctions", "snap-back"),
      { type: "draft/oppose", seat: "paris", amendment: 1 },
    ]);
    expect(promisesDue(r.memory, seatView(opposed, "berlin")).news.map((n) => n.status)).toEqual(["kept"]);
  });

  it("asked to oppose: agrees when the option hurts it, declines when it helps", () => {
    const s2 = play([]);
    const agree = ask(seatView(s2, "berlin"), "Please oppose the tripwire");
    expect(agree.kind).toBe("oppose");
    expect(agree.text?.toLowerCase()).toMatch(/not back|no love|not see our name/);
    const refuse = ask(seatView(s2, "kyiv"), "Заблокуйте снепбек", { speaker: "washington" });
    expect(refuse.text).toMatch(/не виступатимемо|підходить|не можемо блокувати/);
  });
});

describe("signing", () => {
  it("says whether it would sign and why, and signs in a vote only when its valuation allows", () => {
    const s = play([{ type: "vote/call", seat: "paris" }]);
    expect(s.phase).toBe("vote");
    let signers = 0;
    for (const seat of ["washington", "paris", "london", "berlin", "warsaw", "kyiv"]) {
      const v = seatView(s, seat);
      const r = ask(v, "Will you sign?", { speaker: seat === "kyiv" ? "paris" : "kyiv" });
      const table = ownTableOf(v);
      if (!table) throw new Error(seat);
      const idx = indicesOf(table, v.votes[0]?.package ?? {});
      const pts = utilityOf(table, idx);
      const val = valuer(v, table);
      const red = idx.some((o, i) => table.forbidden[i]?.[o]);
      const would = !red && pts >= table.noDealValue && val.value(idx) >= val.reservation;
      expect(r.action, seat).toEqual(would ? { type: "vote/sign" } : null);
      expect(r.text, seat).toContain(`${pts} points`);
      if (would) signers++;
    }
    expect(signers).toBeGreaterThan(0);
  });

  it("names the blanks of an incomplete draft", () => {
    const s = play([], scenario, null);
    const r = ask(seatView(s, "paris"), "Ви підпишете проєкт?");
    expect(r.text).toContain("«Санкції»");
    expect(r.action).toBeNull();
  });
});

describe("offers, threats and promises", () => {
  it("accepts a trade where what it gives suits it alone, with the action", () => {
    const s = play([amend("kyiv", "sanctions", "snap-back")]);
    const r = ask(seatView(s, "berlin"), "Berlin, I'll back a treaty if you back amendment 1");
    expect(r.kind).toBe("offer");
    expect(r.action).toEqual({ type: "draft/support", amendment: 1 });
    expect(r.memory.promises.some((p) => p.by === "kyiv" && p.topic?.option === "treaty")).toBe(true);
  });

  it("accepts a trade that pays only as a whole once the other side has delivered", () => {
    const s = play([amend("kyiv", "arms", "memorandum")]);
    const v = seatView(s, "berlin");
    // Berlin loses on the memorandum alone and gains with "no force" beside it.
    const table = ownTableOf(v);
    if (!table) throw new Error("berlin");
    const r = ask(v, "If you support amendment 1, we will support no force in Ukraine");
    expect(r.kind).toBe("offer");
    const row = briefOf("berlin").pointTable;
    const alone = (row.arms?.memorandum ?? 0) - (row.arms?.["ten-year"] ?? 0);
    const both = alone + (row.force?.none ?? 0) - (row.force?.mfu ?? 0);
    expect(alone).toBeLessThan(0);
    expect(both).toBeGreaterThan(0);
    expect(r.action).toBeNull();
    const own = r.memory.promises.find((p) => p.by === "berlin");
    expect(own?.after).toMatchObject({ issue: "force", option: "none" });
    expect(promisesDue(r.memory, v).actions).toEqual([]);
    // Kyiv delivers: it tables and so backs "no force"; now Berlin's word calls for its support,
    // as the two changes together beat the draft it agreed on.
    const later = play([amend("kyiv", "arms", "memorandum"), amend("kyiv", "force", "none")]);
    const lv = seatView(later, "berlin");
    const due = promisesDue(r.memory, lv);
    expect(due.news.some((n) => n.status === "kept" && n.text.en.includes("Kyiv"))).toBe(true);
    expect(due.actions).toEqual([{ type: "draft/support", amendment: 1 }]);
    const val = valuer(lv, table);
    const traded = indicesOf(table, { ...lv.draft, arms: "memorandum", force: "none" });
    expect(val.value(traded)).toBeGreaterThan(val.value(indicesOf(table, v.draft)));
  });

  it("puts a trade of two open amendments on the table as a linked offer the engine takes", () => {
    // Kyiv's memorandum (1) costs Berlin alone; with Berlin's own "no force" (2) beside it, it pays.
    const s = play([amend("kyiv", "arms", "memorandum"), amend("berlin", "force", "none")]);
    const r = ask(seatView(s, "berlin"), "If you support amendment 1, we will support amendment 2");
    expect(r.kind).toBe("offer");
    expect(r.action).toEqual({
      type: "offer/make",
      to: "kyiv",
      gives: [{ amendment: 1, act: "support" }],
      asks: [{ amendment: 2, act: "support" }],
    });
    expect(r.text?.toLowerCase()).toMatch(/linked offer/);
    const made = apply(s, { ...(r.action as object), actor: { kind: "seat", seat: "berlin" }, at: s.now + 1 } as never);
    expect(made.ok).toBe(true);
    // Asked again while its offer is open, it does not make a second one.
    if (!made.ok) return;
    const again = ask(seatView(made.state, "berlin"), "If you support amendment 1, we will support amendment 2");
    expect(again.action).toBeNull();
  });

  it("does not keep a trade word the other side has not earned", () => {
    const s = play([amend("kyiv", "arms", "memorandum")]);
    const r = ask(seatView(s, "berlin"), "If you support amendment 1, we will support no force in Ukraine");
    // Kyiv backs trainers instead of "no force": no support from Berlin.
    const other = play([amend("kyiv", "arms", "memorandum"), amend("kyiv", "force", "trainers")]);
    expect(promisesDue(r.memory, seatView(other, "berlin")).actions).toEqual([]);
  });

  it("declines a trade that does not pay, in Ukrainian", () => {
    const s = play([amend("warsaw", "force", "tripwire")]);
    const r = ask(seatView(s, "berlin"), "Я підтримаю вашу поправку про санкції, якщо ви підтримаєте розтяжку", {
      speaker: "warsaw",
    });
    expect(r.kind).toBe("offer");
    expect(r.lang).toBe("uk");
    expect(r.action).toBeNull();
    expect(r.text).toContain("Жодних німецьких військ на лінії зіткнення");
  });

  it("declines a trade that does not pay, saying so", () => {
    const s = play([amend("kyiv", "sanctions", "snap-back-assets")]);
    const r = ask(seatView(s, "washington"), "I'll support yearly aid if you support amendment 1");
    expect(r.kind).toBe("offer");
    expect(r.action).toBeNull();
    expect(r.text?.toLowerCase()).toMatch(/does not work|too expensive|decline/);
    expect(r.memory.promises).toEqual([]);
  });

  it("declines a trade across its red line by naming the red line", () => {
    const r = ask(seatView(play([]), "kyiv"), "Kyiv, can you live with neutrality if we give you EU accession?", {
      speaker: "washington",
    });
    expect(r.kind).toBe("offer");
    expect(r.action).toBeNull();
    expect(r.text).toContain("Our right to choose our alliances is not negotiable");
  });

  it("notes a threat, answers from its own numbers, and reports it when told it was carried out", () => {
    const s = play([amend("warsaw", "force", "tripwire")]);
    const r = ask(seatView(s, "berlin"), "If you block this we'll decline", { speaker: "warsaw" });
    expect(r.kind).toBe("threat");
    expect(r.text?.toLowerCase()).toContain("amendment 1");
    const threat = r.memory.promises.find((p) => p.kind === "threat");
    expect(threat).toMatchObject({ by: "warsaw", status: "open" });
    expect(promisesDue(r.memory, seatView(s, "berlin")).news).toEqual([]);
    const noted = notePromiseOutcome(r.memory, threat?.id ?? 0, "kept");
    const news = promisesDue(noted, seatView(s, "berlin")).news;
    expect(news).toHaveLength(1);
    expect(news[0]?.text.en).toContain("Warsaw");
    expect(news[0]?.text.uk).toContain("Варшава");
  });

  it("remembers a promise made to it and tells when it is broken", () => {
    const s = play([]);
    const r = ask(seatView(s, "berlin"), "We will support trainers and logistics hubs", { speaker: "warsaw" });
    expect(r.kind).toBe("promise");
    expect(r.text?.toLowerCase()).toMatch(/noted|counting|hold you/);
    // Warsaw then tables the tripwire instead.
    const later = play([amend("warsaw", "force", "tripwire")]);
    const due = promisesDue(r.memory, seatView(later, "berlin"));
    expect(due.news.map((n) => n.status)).toEqual(["broken"]);
    expect(due.news[0]?.text.en).toMatch(/Warsaw/);
    // A broken word makes the next trade with that seat wait for it to move first.
    const after = play([amend("warsaw", "force", "tripwire"), amend("kyiv", "arms", "memorandum")]);
    const trade = ask(seatView(after, "berlin"), "If you support amendment 2, we will support no force", {
      speaker: "warsaw",
      memory: due.memory,
      now: 10 * REPLY_WINDOW_MS,
    });
    expect(trade.kind).toBe("offer");
    expect(trade.action).toBeNull();
    expect(trade.text?.toLowerCase()).toMatch(/move first|go first|deliver/);
  });
});

describe("promise news", () => {
  it("tells a promise to sign as kept when the seat signs, and never tells two pieces of news the same way", () => {
    const s = play([]);
    let memory: ConversationMemory | null = null;
    for (const k of [0, 1]) {
      const r = ask(seatView(s, "berlin"), k === 0 ? "We will sign" : "We will sign, you have our word", {
        memory,
        now: s.now + k,
      });
      expect(r.kind).toBe("promise");
      memory = r.memory;
    }
    const m = memory as unknown as ConversationMemory;
    expect(m.promises.map((p) => p.stance)).toEqual(["sign", "sign"]);
    expect(promisesDue(m, seatView(s, "berlin")).news).toEqual([]);
    const signed = play([
      { type: "vote/call", seat: "paris" },
      { type: "vote/sign", seat: "kyiv" },
    ]);
    const due = promisesDue(m, seatView(signed, "berlin"));
    expect(due.news.map((n) => n.status)).toEqual(["kept", "kept"]);
    expect(due.news[0]?.text.en).not.toBe(due.news[1]?.text.en);
    expect(due.news[0]?.text.uk).not.toBe(due.news[1]?.text.uk);
  });
});

describe("trades over the bot's own amendment", () => {
  it("reads 'your amendment' as the bot's own and accepts what pays", () => {
    const s = play([amend("berlin", "force", "none"), amend("kyiv", "sanctions", "snap-back")]);
    const r = ask(seatView(s, "berlin"), "I'll support your amendment if you support amendment 2");
    expect(r.kind).toBe("offer");
    expect(r.action).toEqual({ type: "draft/support", amendment: 2 });
    expect(r.memory.promises.find((p) => p.by === "kyiv")?.topic).toMatchObject({ amendment: 1 });
    // Kyiv backs Berlin's amendment: its word is kept.
    const kept = play([
      amend("berlin", "force", "none"),
      amend("kyiv", "sanctions", "snap-back"),
      { type: "draft/support", seat: "kyiv", amendment: 1 },
    ]);
    const news = promisesDue(r.memory, seatView(kept, "berlin")).news;
    expect(news.map((n) => n.status)).toEqual(["kept"]);
    expect(news[0]?.text.en).toContain("amendment 1");
  });
});

describe("lines", () => {
  const s = play([amend("kyiv", "sanctions", "snap-back")]);

  it("never repeats a line word for word across different questions", () => {
    const questions = [
      "What about the pledge?",
      "What about the force?",
      "And the US role?",
      "What about arms?",
      "The army cap?",
      "What about sanctions?",
      "Would you accept a treaty?",
      "What about NATO?",
      "Who pays?",
      "Would you accept automatic snap-back?",
      "Support amendment 1?",
      "Will you sign?",
    ];
    for (const seat of ["washington", "berlin", "kyiv"]) {
      const replies = chat(seatView(s, seat), questions, seat === "kyiv" ? "paris" : "kyiv");
      const texts = replies.map((r) => r.text);
      expect(texts.every((t) => typeof t === "string" && t.length > 0)).toBe(true);
      expect(new Set(texts).size, seat).toBe(texts.length);
    }
  });

  it("varies its answer when several seats ask the same thing", () => {
    const v = seatView(s, "london");
    let memory: ConversationMemory | null = null;
    const texts: (string | null)[] = [];
    ["kyiv", "paris", "berlin", "warsaw", "washington"].forEach((speaker, k) => {
      const r = ask(v, "What about sanctions?", { speaker, memory, now: k * REPLY_WINDOW_MS });
      memory = r.memory;
      texts.push(r.text);
    });
    expect(new Set(texts).size).toBe(texts.length);
  });

  it("may repeat itself only to the same question asked again", () => {
    const v = seatView(s, "berlin");
    const replies = chat(
      v,
      Array.from({ length: 40 }, () => "What about sanctions?"),
    );
    expect(replies.every((r) => r.text?.toLowerCase().includes("sanctions"))).toBe(true);
    // The first several are all different before any repeat.
    expect(new Set(replies.slice(0, 8).map((r) => r.text)).size).toBe(8);
  });

  it("speaks in each seat's own voice", () => {
    const questions = [
      "What about the pledge?",
      "What about sanctions?",
      "What about arms?",
      "Who pays?",
      "What about NATO?",
    ];
    for (const seat of ["washington", "paris", "berlin", "kyiv"]) {
      const voice = VOICES[seat];
      if (!voice) throw new Error(seat);
      const own = [...voice.open.en, ...voice.close.en].filter((x) => x.length > 0);
      const texts = chat(seatView(s, seat), questions, seat === "kyiv" ? "paris" : "kyiv").map((r) => r.text ?? "");
      expect(
        texts.some((t) => own.some((phrase) => t.includes(phrase) || t.includes(phrase.replace(/,$/, "")))),
        seat,
      ).toBe(true);
    }
    const paris = ask(seatView(s, "paris"), "What about sanctions?").text;
    const washington = ask(seatView(s, "washington"), "What about sanctions?").text;
    expect(paris).not.toBe(washington);
  });

  it("gives a helpful answer to what it cannot read, in the message's language", () => {
    const en = ask(seatView(s, "rome" in s.seats ? "rome" : "berlin"), "zzz qqq");
    expect(en.kind).toBe("unknown");
    expect(en.text?.toLowerCase()).toContain("amendment");
    expect(en.text?.toLowerCase()).toContain("pledge");
    const uk = ask(seatView(s, "berlin"), "ммм");
    expect(uk.lang).toBe("uk");
    expect(uk.text).toContain("поправ");
    expect(uk.text).toContain("«Зобов’язання»");
  });

  it("answers a seat without a brief (an observer's view) without acting", () => {
    const r = ask(view(s, { kind: "observer" }), "Support amendment 1");
    expect(r.text).toBeTruthy();
    expect(r.action).toBeNull();
  });
});

describe("rate limit", () => {
  const s = play([]);
  const v = seatView(s, "berlin");

  it(`answers at most ${REPLIES_PER_WINDOW} messages a minute, and sums up the rest in one line later`, () => {
    let memory: ConversationMemory | null = null;
    const texts: (string | null)[] = [];
    const topics = ["pledge", "force", "sanctions", "arms", "NATO", "treaty", "burden", "army cap"];
    topics.forEach((t, k) => {
      const r = ask(v, `What about ${t}?`, { speaker: k % 2 ? "paris" : "kyiv", memory, now: 1000 + k * 2000 });
      memory = r.memory;
      texts.push(r.text);
    });
    expect(texts.filter((t) => t !== null)).toHaveLength(REPLIES_PER_WINDOW);
    const m = memory as unknown as ConversationMemory;
    expect(m.skipped).toHaveLength(topics.length - REPLIES_PER_WINDOW);
    // Still inside the window: nothing more.
    expect(catchUpLine(m, v, "en", 30_000, "s").text).toBeNull();
    // Later, one summary line names the senders and the issues skipped.
    const later = catchUpLine(m, v, "en", 1000 + REPLY_WINDOW_MS + 20_000, "s");
    expect(later.text).toContain(String(topics.length - REPLIES_PER_WINDOW));
    expect(later.text).toContain("Paris");
    expect(later.text?.toLowerCase()).toContain("legal form");
    expect(later.memory.skipped).toEqual([]);
    // In Ukrainian too.
    expect(catchUpLine(m, v, "uk", 1000 + REPLY_WINDOW_MS + 20_000, "s").text).toContain("Париж");
    // Or the next reply carries the summary with it.
    const next = ask(v, "Hello!", { memory: m, now: 1000 + REPLY_WINDOW_MS + 20_000 });
    expect(next.text).toContain("Kyiv");
    expect(next.text).toContain(String(topics.length - REPLIES_PER_WINDOW));
    expect(next.memory.skipped).toEqual([]);
  });
});

describe("purity", () => {
  it("gives the same reply for the same inputs and leaves its inputs alone", () => {
    const s = play([amend("kyiv", "sanctions", "snap-back")]);
    const v = seatView(s, "berlin");
    const first = ask(v, "Support amendment 1", { seed: "a" });
    const memory = structuredClone(first.memory);
    const deepFreeze = (o: unknown): void => {
      if (o && typeof o === "object") {
        Object.freeze(o);
        for (const x of Object.values(o)) deepFreeze(x);
      }
    };
    deepFreeze(memory);
    const a = ask(v, "What about the force?", { memory, seed: "a", now: 5000 });
    const b = ask(v, "What about the force?", { memory: structuredClone(first.memory), seed: "a", now: 5000 });
    expect(a).toEqual(b);
    expect(ask(v, "Support amendment 1", { seed: "a" })).toEqual(first);
    const again = promisesDue(memory, v);
    expect(again).toEqual(promisesDue(structuredClone(first.memory), v));
  });

  it("reads only its own brief: another seat's point table changes nothing in its replies", () => {
    const changed: Scenario = structuredClone(scenario);
    const paris = changed.seats.find((x) => x.id === "paris")?.brief;
    if (!paris) throw new Error("paris");
    for (const row of Object.values(paris.pointTable)) for (const o of Object.keys(row)) row[o] = 0;
    paris.redLines = [{ issue: "force", options: ["mfu"], text: { en: "Never." } }];
    const texts = ["What about the force?", "Support amendment 1", "Will you sign?", "What do you want?"];
    const a = chat(seatView(play([amend("kyiv", "force", "none")]), "berlin"), texts).map((r) => [r.text, r.action]);
    const b = chat(seatView(play([amend("kyiv", "force", "none")], changed), "berlin"), texts).map((r) => [
      r.text,
      r.action,
    ]);
    expect(b).toEqual(a);
  });
});

it("starts from a fresh memory for the seat", () => {
  expect(newConversationMemory("berlin")).toMatchObject({ seat: "berlin", said: [], promises: [], count: 0 });
});

describe("any text", () => {
  const s = play([amend("kyiv", "sanctions", "snap-back"), amend("warsaw", "force", "tripwire")]);
  const seats = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"];
  const words = [
    "support",
    "amendment 1",
    "#2",
    "if you",
    "we will",
    "sign",
    "санкції",
    "підтримайте",
    "поправку 2",
    "tripwire",
    "Berlin,",
    "?",
    "block",
    "otherwise",
    "NATO",
    "якщо ви",
  ];
  it("gets a non-empty reply and at most an action the table would take, in either language", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 8 })), { maxLength: 8 }),
        fc.constantFrom(...seats),
        fc.constantFrom(...seats),
        (parts, seat, speaker) => {
          const v = seatView(s, seat);
          const r = ask(v, parts.join(" "), { speaker });
          expect(r.text?.trim().length ?? 0).toBeGreaterThan(0);
          if (r.action) {
            const action = r.action;
            // A backing asked for, or a trade put in words that the bot takes up as a linked offer.
            expect(["draft/support", "draft/oppose", "offer/make"]).toContain(action.type);
            if (action.type !== "offer/make") {
              const m = v.amendments.find((a) => "amendment" in action && a.id === action.amendment);
              expect(m?.status).toBe("open");
              expect(m?.by).not.toBe(seat);
              expect(action.type === "draft/support" ? m?.supporters : (m?.opponents ?? [])).not.toContain(seat);
            }
            const r2 = apply(s, { ...r.action, actor: { kind: "seat", seat }, at: s.now });
            expect(r2.ok).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("French, German and Polish", () => {
  const s = play([amend("warsaw", "force", "tripwire"), amend("kyiv", "sanctions", "snap-back")]);
  const other = ["fr", "de", "pl"] as const;
  const quotes = { fr: ["«\u00a0", "\u00a0»"], de: ["„", "“"], pl: ["„", "”"] } as const;
  const issueOf = (id: string, lang: (typeof other)[number]) => {
    const n = scenario.issues.find((i) => i.id === id)?.name;
    return `${quotes[lang][0]}${n?.[lang] ?? n?.en}${quotes[lang][1]}`;
  };

  it("answers a question about an issue in the message's language, naming the issue in its quotes", () => {
    const asks = {
      fr: "Berlin, que pensez-vous de la force européenne ?",
      de: "Berlin, was halten Sie von der europäischen Truppe?",
      pl: "Berlinie, co sądzicie o siłach europejskich?",
    };
    const units = { fr: / points?\b/, de: / Punkte?\b/, pl: / punkt(y|ów)?\b/ };
    for (const lang of other) {
      const r = ask(seatView(s, "berlin"), asks[lang]);
      expect(r.lang, lang).toBe(lang);
      expect(r.kind, lang).toBe("issue");
      expect(r.text, lang).toContain(issueOf("force", lang));
      expect(r.text, lang).toMatch(units[lang]);
      // Berlin's red line, in that language.
      const red = briefOf("berlin").redLines[0]?.text;
      expect(r.text, lang).toContain(red?.[lang] ?? "");
      if (lang !== "fr") expect(r.text, lang).not.toMatch(/ points?\b/);
    }
    // A quote inside a quoted name takes the inner marks: Polish „Wysunięty «zapalnik»”.
    const pl = ask(seatView(s, "berlin"), "Berlinie, co sądzicie o siłach europejskich?").text ?? "";
    const tripwire = scenario.issues.find((i) => i.id === "force")?.options.find((o) => o.id === "tripwire")?.label.pl;
    if (tripwire?.includes("„")) {
      expect(pl).toContain(`„${tripwire.replace("„", "«").replace("”", "»")}”`);
    }
  });

  it("names every issue asked about, for each of the nine issues", () => {
    const v = seatView(s, "warsaw");
    const asks = { fr: "Que pensez-vous de", de: "Was halten Sie von", pl: "Co sądzicie o" };
    for (const lang of other)
      for (const issue of scenario.issues) {
        const r = ask(v, `${asks[lang]} ${issue.name[lang] ?? issue.name.en} ?`);
        expect(r.lang, `${lang} ${issue.id}`).toBe(lang);
        expect(r.text, `${lang} ${issue.id}`).toContain(issueOf(issue.id, lang));
      }
  });

  it("understands a request to support amendment N and acts on it, saying so in that language", () => {
    const asks = {
      fr: ["Soutenez l'amendement 2", /l’amendement 2\b/],
      de: ["Unterstützen Sie Änderungsantrag 2", /Änderungsantrag 2\b/],
      pl: ["Proszę poprzeć poprawkę nr 2", /poprawk\p{L}+ nr 2\b/u],
    } as const;
    for (const lang of other) {
      const [text, said] = asks[lang];
      const r = ask(seatView(s, "berlin"), text);
      expect(r.lang, lang).toBe(lang);
      expect(r.kind, lang).toBe("amendment");
      expect(r.action, lang).toEqual({ type: "draft/support", amendment: 2 });
      expect(r.text, lang).toMatch(said);
      expect(r.text, lang).toContain(issueOf("sanctions", lang));
    }
  });

  it("says honestly what it can discuss when it cannot read a message", () => {
    const cases = {
      fr: ["Je ne comprends rien à ce charabia", /amendement/],
      de: ["Das ist mir alles zu kompliziert", /Änderungsantrag/],
      pl: ["To jest dla mnie zbyt skomplikowane", /poprawk|poprawek/],
    } as const;
    for (const lang of other) {
      const [text, word] = cases[lang];
      const r = ask(seatView(s, "berlin"), text);
      expect(r.lang, lang).toBe(lang);
      expect(r.kind, lang).toBe("unknown");
      expect(r.text, lang).toMatch(word);
      expect(r.text, lang).toContain(issueOf("pledge", lang));
    }
  });

  it("writes points with the right plural, and French with its non-breaking spaces", () => {
    const vote = play([{ type: "vote/call", seat: "paris" }]);
    const form = (n: number) => {
      const a = Math.abs(n);
      if (a === 1) return "punkt";
      return a % 10 >= 2 && a % 10 <= 4 && (a % 100 < 12 || a % 100 > 14) ? "punkty" : "punktów";
    };
    for (const seat of ["washington", "paris", "london", "berlin", "warsaw", "kyiv"]) {
      const v = seatView(vote, seat);
      const table = ownTableOf(v);
      if (!table) throw new Error(seat);
      const pts = utilityOf(table, indicesOf(table, v.votes[0]?.package ?? {}));
      const speaker = seat === "kyiv" ? "paris" : "kyiv";
      expect(ask(v, "Czy podpiszecie?", { speaker }).text, seat).toContain(`${pts} ${form(pts)}`);
      expect(ask(v, "Werden Sie unterschreiben?", { speaker }).text, seat).toContain(
        `${pts} ${Math.abs(pts) === 1 ? "Punkt" : "Punkte"}`,
      );
      const fr = ask(v, "Signerez-vous ?", { speaker }).text ?? "";
      expect(fr, seat).toContain(`${pts} ${Math.abs(pts) <= 1 ? "point" : "points"}`);
      expect(fr, seat).not.toMatch(/ [:;?!»]|« /);
    }
  });

  it("tells promise news in every language", () => {
    const before = play([]);
    const r = ask(seatView(before, "berlin"), "Berlin, soutiendrez-vous le snapback ?", { speaker: "kyiv" });
    expect(r.lang).toBe("fr");
    const kept = play([
      amend("kyiv", "sanctions", "snap-back"),
      { type: "draft/support", seat: "berlin", amendment: 1 },
    ]);
    const news = promisesDue(r.memory, seatView(kept, "berlin")).news[0]?.text;
    expect(news?.fr).toContain("Kyiv");
    expect(news?.de).toContain("Kyjiw");
    expect(news?.pl).toContain("Kijów");
    expect(news?.pl).toMatch(/w sprawie opcji „/);
  });

  it("answers in an explicit language whatever the message's", () => {
    const v = seatView(s, "berlin");
    const intent = readIntent("What about sanctions?", { scenario: v.scenario, amendments: v.amendments });
    for (const lang of other) {
      const r = composeReply(intent, { view: v, memory: null, speaker: "kyiv", now: v.now, seed: "s", lang });
      expect(r.lang).toBe(lang);
      expect(r.text).toContain(issueOf("sanctions", lang));
    }
  });
});

describe("reply lines", () => {
  const slots = (line: string) => [...line.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it("give every part in all five languages, with English's slots and at least as many variants", () => {
    for (const [part, byLang] of Object.entries(REPLY_PARTS)) {
      const en = new Set(byLang.en.flatMap(slots));
      for (const lang of LANGS) {
        const lines = byLang[lang];
        expect(lines.length, `${part} ${lang}`).toBeGreaterThanOrEqual(byLang.en.length);
        // Each line uses only English's slots, and the lines together use them all.
        for (const line of lines)
          for (const slot of slots(line)) expect(en, `${part} ${lang}: ${line}`).toContain(slot);
        expect(new Set(lines.flatMap(slots)), `${part} ${lang}`).toEqual(en);
      }
    }
  });

  it("give every seat's voice in all five languages", () => {
    for (const [seat, voice] of Object.entries(VOICES))
      for (const lang of LANGS) {
        expect(voice.open[lang].length, `${seat} ${lang}`).toBeGreaterThanOrEqual(voice.open.en.length);
        expect(voice.close[lang].length, `${seat} ${lang}`).toBeGreaterThanOrEqual(voice.close.en.length);
      }
  });
});

describe("any text in French, German or Polish", () => {
  const s = play([amend("kyiv", "sanctions", "snap-back"), amend("warsaw", "force", "tripwire")]);
  const seats = ["washington", "paris", "london", "berlin", "warsaw", "kyiv"];
  const words = [
    "soutenez",
    "l'amendement 1",
    "nous soutiendrons",
    "si vous",
    "bloquez",
    "sinon",
    "unterstützen Sie",
    "Antrag 2",
    "wenn Sie",
    "wir werden",
    "lehnen Sie",
    "ab",
    "proszę poprzeć",
    "poprawkę 2",
    "jeśli",
    "zablokujemy",
    "Varsovie,",
    "Kijów,",
    "snapback",
    "?",
  ];
  it("gets a non-empty reply, no slot left unfilled, and at most an action the table would take", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...words), fc.string({ maxLength: 6 })), { maxLength: 8 }),
        fc.constantFrom(...seats),
        fc.constantFrom(...seats),
        (parts, seat, speaker) => {
          const v = seatView(s, seat);
          const r = ask(v, parts.join(" "), { speaker });
          expect(r.text?.trim().length ?? 0).toBeGreaterThan(0);
          expect(r.text).not.toMatch(/\{\w+\}/);
          if (r.action) expect(apply(s, { ...r.action, actor: { kind: "seat", seat }, at: s.now }).ok).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
