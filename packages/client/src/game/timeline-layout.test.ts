import { describe, expect, it } from "vitest";
import { type TimelineLabel, timelineLabels } from "./timeline-layout.ts";

const extent = (l: TimelineLabel) => {
  const left = l.x - l.originX * l.width;
  return { left, right: left + l.width };
};

/** The pairs of labels in one row whose slots overlap. */
function overlaps(labels: TimelineLabel[]): string[] {
  const out: string[] = [];
  for (const [i, a] of labels.entries())
    for (const [j, b] of labels.entries()) {
      if (j <= i || a.row !== b.row) continue;
      const [ea, eb] = [extent(a), extent(b)];
      if (ea.right > eb.left && eb.right > ea.left) out.push(`${i}–${j}`);
    }
  return out;
}

describe("the debrief timeline's labels", () => {
  // Regression (#18): the first label ran from its node rightwards over the second ("Round 1Vote fail…"),
  // and on a phone a label's least width was wider than the space between nodes ("Year 2Year 3").
  it.each([
    ["a desktop stage, three rounds, a vote, ratification and three years", 8, 20, 1200, 8, 4],
    ["a phone, three rounds, two votes and three years", 8, 14, 356, 6.5, 4],
    ["a phone, six rounds, four votes, ratification and five years", 16, 14, 356, 6.5, 4],
    ["two nodes", 2, 14, 356, 6.5, 4],
  ])("never overlap: %s", (_name, n, x0, x1, r, gap) => {
    const labels = timelineLabels(n, x0, x1, r, gap);
    expect(labels).toHaveLength(n);
    expect(overlaps(labels)).toEqual([]);
  });

  it("leave each label room for a short word like 'Year 2' (about 30 px at 8.5 px) on a phone", () => {
    for (const n of [6, 9, 12, 16]) {
      const labels = timelineLabels(n, 14, 356, 6.5, 4);
      expect(Math.min(...labels.map((l) => l.width))).toBeGreaterThanOrEqual(32);
    }
  });

  it("centre a single label", () => {
    expect(timelineLabels(1, 10, 110, 8, 4)).toEqual([{ x: 60, originX: 0.5, width: 100, row: 0 }]);
  });
});
