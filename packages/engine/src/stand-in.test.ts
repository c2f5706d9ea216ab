import { describe, expect, it } from "vitest";
import { parseAction } from "./actions.ts";
import { describeEvent } from "./describe-event.ts";
import { parseClientAction } from "./protocol.ts";
import { negotiating, okEvents, withDraft } from "./test-fixtures/helpers.ts";
import { mini } from "./test-fixtures/mini.ts";

describe("a step the seat-keeper takes for absent people", () => {
  it("is flagged on the ballot it casts, and said so in the log's sentence", () => {
    let s = negotiating();
    s = withDraft(s, Object.fromEntries(s.scenario.issues.map((i) => [i.id, i.options[0]?.id ?? ""])));
    const [caller = "", kept = "", own = ""] = s.seatOrder;
    s = okEvents(s, { type: "vote/call", actor: { kind: "seat", seat: caller } }).state;
    const byKeeper = okEvents(s, { type: "vote/decline", actor: { kind: "seat", seat: kept, standIn: true } });
    const ballot = byKeeper.events.find((e) => e.type === "vote/ballot");
    expect(ballot).toMatchObject({ seat: kept, ballot: "decline", standIn: true });
    expect(ballot && describeEvent(mini, ballot)).toMatch(/seat-keeper/);
    // The seat's own people cast theirs unflagged.
    const byPeople = okEvents(byKeeper.state, { type: "vote/decline", actor: { kind: "seat", seat: own } });
    const own1 = byPeople.events.find((e) => e.type === "vote/ballot");
    expect(own1).not.toHaveProperty("standIn");
    expect(own1 && describeEvent(mini, own1)).not.toMatch(/seat-keeper/);
  });

  it("cannot be claimed by a client: a client sends no actor, and the flag takes only `true`", () => {
    const forged = parseClientAction(
      { type: "vote/sign", actor: { kind: "seat", seat: "kyiv", standIn: true } },
      { kind: "seat", seat: "kyiv" },
      1,
    );
    expect(forged.ok).toBe(false);
    const wrong = parseAction({ type: "vote/sign", actor: { kind: "seat", seat: "kyiv", standIn: false }, at: 1 });
    expect(wrong.ok).toBe(false);
  });
});
