// The alerts come from the engine's view: its legal actions, its duties, the amendments' statuses.
import { afterEach, describe, expect, it } from "vitest";
import { amendment, privatePart, snapshot } from "../game/snapshot-fixtures.ts";
import { setLang } from "../i18n/index.ts";
import type { PrivatePart, TableSnapshot } from "../net/table-types.ts";
import { ALERT_FAVICON, alertEvents, alertTitle, standingAlerts } from "./table-alerts.ts";
import { alertText } from "./use-table-alerts.ts";

const mine = (legal: PrivatePart["legal"]): PrivatePart => privatePart({ legal });

describe("what needs this person at the table", () => {
  afterEach(() => setLang("en"));

  it("stands a vote while the engine lists a ballot as legal for them, and not after they cast it", () => {
    const open = snapshot({ phase: "vote", mine: mine(["vote/sign", "vote/decline", "chat/send" as never]) });
    expect(standingAlerts(open, "kyiv").map((a) => a.kind)).toEqual(["vote"]);
    const cast = snapshot({ phase: "vote", mine: mine([]) });
    expect(standingAlerts(cast, "kyiv")).toEqual([]);
    // An observer is never asked.
    expect(standingAlerts(open, null)).toEqual([]);
  });

  it("stands a response while the engine lets them respond, naming what the view says they owe", () => {
    const owes = snapshot({
      phase: "stress",
      year: 2,
      step: "response",
      mine: mine(["stress/respond"]),
      pub: { ...snapshot().pub, duties: { kyiv: "nothing", paris: "airDefence" } } as TableSnapshot["pub"],
    });
    expect(standingAlerts(owes, "paris")).toEqual([{ kind: "respond", key: "respond:2", owed: "airDefence" }]);
    expect(standingAlerts(owes, "kyiv")).toEqual([{ kind: "respond", key: "respond:2", owed: null }]);
    expect(alertText(standingAlerts(owes, "paris")[0] as never)).toBe(
      "Respond to Moscow: Air defence and intelligence",
    );
  });

  it("tells a person their own amendment was decided, once, and not someone else's", () => {
    const before = snapshot({ amendments: [amendment(1), amendment(2, { by: "paris" })] });
    const after = snapshot({
      amendments: [amendment(1, { status: "accepted" }), amendment(2, { by: "paris", status: "declined" })],
    });
    expect(alertEvents(before, after, "kyiv")).toEqual([
      { kind: "decided", key: "decided:1", amendment: 1, status: "accepted" },
    ]);
    expect(alertEvents(after, after, "kyiv")).toEqual([]);
    // A withdrawal is the person's own doing: nothing to tell.
    const withdrawn = snapshot({ amendments: [amendment(1, { status: "withdrawn" })] });
    expect(alertEvents(before, withdrawn, "kyiv")).toEqual([]);
  });

  it("tells everyone, observers too, of a phase change, but not of the first snapshot", () => {
    const talks = snapshot({ phase: "negotiation" });
    const vote = snapshot({ phase: "vote" });
    expect(alertEvents(null, vote, "kyiv")).toEqual([]);
    expect(alertEvents(talks, vote, null)).toEqual([{ kind: "phase", key: "phase:vote:0", phase: "vote" }]);
  });

  it("puts the count and the first alert before the title, and leaves a title without alerts as it is", () => {
    const base = "Kyiv · Vote — Ironclad";
    expect(alertTitle(base, [], () => "x")).toBe(base);
    const alerts = standingAlerts(snapshot({ phase: "vote", mine: mine(["vote/sign"]) }), "kyiv");
    expect(alertTitle(base, alerts, alertText)).toBe(`(1) Vote open: sign or decline · ${base}`);
    setLang("uk");
    expect(alertTitle(base, alerts, alertText)).not.toContain("Vote open");
    expect(ALERT_FAVICON.startsWith("data:image/svg+xml,")).toBe(true);
  });
});
