// The room's projector and the debrief kit, without a browser (#17, items 12 and 16): which screen
// shows by itself, the session's join link, the balance of gains in plain words, the promises
// counted, and a table ended before its stress test never reading "held".
import { describe, expect, it } from "vitest";
import { balanceWords, promiseCounts } from "./debrief-kit.tsx";
import type { ConsoleTable, SessionInfo, TableReport } from "./fapi.ts";
import { autoScreen, sessionJoinLink } from "./room-projector.tsx";
import { tableVerdict } from "./verdict.ts";

const table = (phase: string | null, status = "open") =>
  ({
    tableId: "t",
    number: 1,
    code: "ABCDEF",
    status,
    running: phase !== null,
    summary: phase ? { phase } : null,
  }) as ConsoleTable;

describe("the room's projector", () => {
  it("shows the joining until a table starts, then the play", () => {
    expect(autoScreen(null)).toBe("join");
    expect(autoScreen({ tables: [table("lobby"), table("lobby")] })).toBe("join");
    expect(autoScreen({ tables: [table("lobby"), table("briefing")] })).toBe("play");
    expect(autoScreen({ tables: [table(null, "finished")] })).toBe("play");
  });

  it("builds the session's join link on the address the handout uses", () => {
    const session = {
      sessionCode: "SESS42",
      tables: [{ joinUrl: "http://localhost:2567/join/ABCDEF" }],
    } as unknown as SessionInfo;
    expect(sessionJoinLink(session, null, "http://192.168.1.5:2567")).toBe("http://192.168.1.5:2567/join/SESS42");
    expect(sessionJoinLink(session, "https://play.example", "http://x")).toBe("http://localhost:2567/join/SESS42");
  });
});

describe("the debrief kit", () => {
  it("explains the balance of gains instead of a bare Nash product", () => {
    expect(balanceWords(0, 667_699_200).headline).toMatch(/at least one seat gained nothing/);
    expect(balanceWords(333_849_600, 667_699_200).headline).toBe(
      "Balance of gains: 50% of the best deal the rules allowed.",
    );
    expect(balanceWords(1, 2).why).toMatch(/Nash product/);
  });

  it("counts the pledges honoured and the offer terms kept, with who broke them", () => {
    const r = {
      promises: [
        { year: 1, seat: "berlin", bound: true, pledged: "sanctions", response: "nothing", broken: true },
        { year: 1, seat: "paris", bound: true, pledged: "sanctions", response: "sanctions", broken: false },
        { year: 1, seat: "rome", bound: false, pledged: "nothing", response: "nothing", broken: false },
      ],
      offers: [
        {
          gives: [{ act: "support", amendment: 1, result: "kept" }],
          asks: [
            { act: "support", amendment: 2, result: "broken" },
            { act: "oppose", amendment: 3, result: "void" },
          ],
        },
      ],
    } as unknown as TableReport;
    expect(promiseCounts(r)).toEqual({
      pledges: { kept: 1, of: 2, breakers: ["berlin"] },
      terms: { kept: 1, of: 2 },
    });
  });

  it("reads a table ended before its stress test as untested, never as held", () => {
    const v = tableVerdict({ phase: "debrief", concluded: false, outcome: "held", untested: true });
    expect(v.detail).toBe("Ended before the stress test: not tested");
    expect(v.detail).not.toMatch(/held/);
  });
});
