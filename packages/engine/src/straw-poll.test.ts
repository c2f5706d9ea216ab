import { describe, expect, it } from "vitest";
import { legalActionTypes } from "./legal-actions.ts";
import { openPoll, POLL_ANSWER_MS } from "./straw-poll.ts";
import { code, F, negotiating, ok, okEvents, seat } from "./test-fixtures/helpers.ts";
import { view } from "./view.ts";

describe("straw polls", () => {
  it("asks every seat about the draft as it stands; answers name what stops them", () => {
    let s = negotiating();
    const [asker = "", other = "", third = ""] = s.seatOrder;
    const asked = okEvents(s, { type: "poll/ask", actor: seat(asker) });
    s = asked.state;
    expect(asked.events).toContainEqual({ type: "poll/asked", id: 1, by: asker });
    expect(s.polls?.[0]).toMatchObject({ id: 1, by: asker, round: 1, draft: s.draft, answers: {} });
    expect(legalActionTypes(s, { kind: "seat", seat: other })).toContain("poll/answer");
    const answered = okEvents(s, {
      type: "poll/answer",
      poll: 1,
      sign: false,
      blockers: ["pledge", "alignment"],
      actor: seat(other),
    });
    s = answered.state;
    expect(answered.events).toContainEqual({
      type: "poll/answered",
      id: 1,
      seat: other,
      sign: false,
      blockers: ["pledge", "alignment"],
    });
    expect(s.polls?.[0]?.answers[other]).toEqual({ sign: false, blockers: ["pledge", "alignment"], at: s.now });
    // Answers are public: every viewer sees them.
    expect(view(s, { kind: "seat", seat: third }).polls[0]?.answers[other]?.blockers).toEqual(["pledge", "alignment"]);
    expect(view(s, { kind: "observer" }).polls).toHaveLength(1);
  });

  it("refuses bad questions and answers with clear codes, and changes nothing", () => {
    let s = negotiating();
    const [asker = "", other = "", third = ""] = s.seatOrder;
    expect(code(s, { type: "poll/answer", poll: 1, sign: true, actor: seat(other) })).toBe("poll/not_found");
    expect(code(s, { type: "poll/ask", actor: F })).toBe("actor/forbidden");
    s = ok(s, { type: "poll/ask", actor: seat(asker) });
    expect(code(s, { type: "poll/ask", actor: seat(other) })).toBe("poll/open");
    expect(code(s, { type: "poll/answer", poll: 1, sign: true, blockers: ["pledge"], actor: seat(other) })).toBe(
      "poll/bad_blockers",
    );
    expect(code(s, { type: "poll/answer", poll: 1, sign: false, blockers: ["weather"], actor: seat(other) })).toBe(
      "poll/bad_blockers",
    );
    expect(
      code(s, { type: "poll/answer", poll: 1, sign: false, blockers: ["pledge", "pledge"], actor: seat(other) }),
    ).toBe("poll/bad_blockers");
    const once = ok(s, { type: "poll/answer", poll: 1, sign: true, actor: seat(other) });
    expect(code(once, { type: "poll/answer", poll: 1, sign: false, actor: seat(other) })).toBe("poll/already_answered");
    // After its clock, the poll takes no answers; the unanswered show as no answer.
    const late = (s.polls?.[0]?.at ?? 0) + POLL_ANSWER_MS;
    expect(code(s, { type: "poll/answer", poll: 1, sign: true, actor: seat(third), at: late })).toBe("poll/closed");
    expect(openPoll(s, late)).toBeNull();
    // Each seat asks once per round, and a new poll may follow once the last has closed.
    const next = ok(s, { type: "poll/ask", actor: seat(other), at: late });
    expect(next.polls?.map((p) => p.id)).toEqual([1, 2]);
    expect(code(next, { type: "poll/ask", actor: seat(asker), at: late + POLL_ANSWER_MS })).toBe("poll/already_asked");
  });

  it("closes as soon as every seat has answered", () => {
    let s = negotiating();
    s = ok(s, { type: "poll/ask", actor: seat(s.seatOrder[0] ?? "") });
    for (const x of s.seatOrder) s = ok(s, { type: "poll/answer", poll: 1, sign: true, actor: seat(x) });
    expect(openPoll(s, s.now)).toBeNull();
    expect(ok(s, { type: "poll/ask", actor: seat(s.seatOrder[1] ?? "") }).polls).toHaveLength(2);
  });
});
