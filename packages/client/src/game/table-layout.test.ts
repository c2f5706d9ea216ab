import { describe, expect, it } from "vitest";
import { type Box, stageMetrics } from "./stage-metrics.ts";
import { footerLayout, penPlace, seatPlaces, sheetLayout, tableLayout } from "./table-layout.ts";

const overlap = (a: Box, b: Box) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
const inside = (a: Box, b: Box, slack = 0.5) =>
  a.x >= b.x - slack && a.y >= b.y - slack && a.x + a.w <= b.x + b.w + slack && a.y + a.h <= b.y + b.h + slack;
const mid = (b: Box) => ({ x: b.x + b.w / 2, y: b.y + b.h / 2 });
/** How far a point is from a box (0 inside it). */
const away = (p: { x: number; y: number }, b: Box) =>
  Math.hypot(Math.max(b.x - p.x, 0, p.x - b.x - b.w), Math.max(b.y - p.y, 0, p.y - b.y - b.h));

// The table stage's canvas as the play page sizes it: a desktop window (at 1 and 2 device pixels
// per CSS pixel) and a phone held upright (at 3).
const STAGES = [
  { name: "desktop", css: [860, 560], pr: 1, compact: false },
  { name: "desktop, retina", css: [1160, 640], pr: 2, compact: false },
  { name: "phone", css: [374, 470], pr: 3, compact: true },
] as const;
const SEAT_COUNTS = [3, 4, 5, 6, 7, 8, 9];

describe.each(STAGES)("the table's layout on a $name stage", ({ css, pr, compact }) => {
  const stage = stageMetrics(css[0] * pr, css[1] * pr, pr);
  const whole = { x: 0, y: 0, w: stage.width, h: stage.height };

  it(`is the ${compact ? "phone's (rows of chips)" : "wide one (round the table)"}`, () => {
    expect(stage.compact).toBe(compact);
    expect(stage.zoneTop).toBeGreaterThan(stage.headerH);
  });

  it.each(SEAT_COUNTS)("gives each of %i seats its own place under the header and above the footer", (n) => {
    const layout = tableLayout(stage, n);
    const ids = Array.from({ length: n }, (_, i) => `seat${i}`);
    const places = [...seatPlaces(ids, layout).values()];
    expect(places).toHaveLength(n);
    for (const [i, a] of places.entries()) {
      expect(inside(a, whole), `seat ${i} off the stage`).toBe(true);
      expect(a.y, `seat ${i} under the header`).toBeGreaterThanOrEqual(stage.zoneTop - 0.5);
      expect(a.y + a.h, `seat ${i} over the footer`).toBeLessThanOrEqual(layout.footer.y);
      for (const [j, b] of places.entries()) if (j > i) expect(overlap(a, b), `seats ${i} and ${j}`).toBe(false);
    }
  });

  it.each(SEAT_COUNTS)("seats me (the first of %i) nearest the viewer, in the middle of the bottom row", (n) => {
    const layout = tableLayout(stage, n);
    const places = [...seatPlaces(["me", ...Array.from({ length: n - 1 }, (_, i) => `s${i}`)], layout).values()];
    const me = places[0] as Box;
    const lowest = Math.max(...places.map((b) => b.y));
    expect(me.y).toBe(lowest);
    const bottomRow = places.filter((b) => b.y === lowest);
    const offCentre = (b: Box) => Math.abs(mid(b).x - stage.width / 2);
    expect(offCentre(me)).toBe(Math.min(...bottomRow.map(offCentre)));
  });

  it.each(SEAT_COUNTS)("keeps the draft on the table and clear of the %i seats, the footer below it", (n) => {
    const layout = tableLayout(stage, n);
    const places = [
      ...seatPlaces(
        Array.from({ length: n }, (_, i) => `s${i}`),
        layout,
      ).values(),
    ];
    expect(inside(layout.doc, layout.table)).toBe(true);
    for (const p of places) expect(overlap(p, layout.doc)).toBe(false);
    expect(layout.doc.h).toBeGreaterThan(stage.u * 150);
    expect(layout.footer.y).toBeGreaterThan(layout.table.y + layout.table.h);
    expect(inside(layout.footer, whole)).toBe(true);
  });

  it("rules the sheet into nine equal rows under its head, inside the sheet", () => {
    const { doc } = tableLayout(stage, 6);
    const sheet = sheetLayout(stage, doc, 9);
    expect(sheet.rows).toHaveLength(9);
    const first = sheet.rows[0] as Box;
    expect(first.y).toBeGreaterThan(doc.y + sheet.headH);
    for (const [i, row] of sheet.rows.entries()) {
      expect(inside(row, doc)).toBe(true);
      expect(row.h).toBeCloseTo(first.h);
      if (i > 0) expect(row.y).toBeCloseTo((sheet.rows[i - 1] as Box).y + first.h);
    }
    // Room for a line of text at the smallest size a row's name is set in.
    expect(first.h).toBeGreaterThan(16 * stage.u);
  });

  it("splits the footer into the criteria and the tension meter without overlap", () => {
    const { footer } = tableLayout(stage, 6);
    const { criteria, gauge } = footerLayout(stage, footer);
    expect(inside(criteria, footer)).toBe(true);
    expect(inside(gauge, footer)).toBe(true);
    expect(overlap(criteria, gauge)).toBe(false);
    // Side by side on a wide stage, one above the other on a phone.
    if (compact) expect(gauge.y).toBeGreaterThan(criteria.y);
    else expect(gauge.x).toBeGreaterThan(criteria.x + criteria.w);
  });

  it.each(SEAT_COUNTS)("lays the pen by its holder among %i seats, or on the sheet for the facilitator", (n) => {
    const layout = tableLayout(stage, n);
    const places = [
      ...seatPlaces(
        Array.from({ length: n }, (_, i) => `s${i}`),
        layout,
      ).values(),
    ];
    const onSheet = penPlace(stage, undefined, layout);
    expect(inside({ ...onSheet, w: 0, h: 0 }, layout.doc)).toBe(true);
    for (const place of places) {
      const pen = penPlace(stage, place, layout);
      const nearest = places.reduce((best, b) => (away(pen, b) < away(pen, best) ? b : best));
      expect(nearest, "the pen lies nearest its holder's place").toBe(place);
      // On a phone it rides on the holder's chip; on a wide stage it lies on the wood beside the card.
      if (compact) expect(away(pen, place)).toBe(0);
      expect(inside({ ...pen, w: 0, h: 0 }, whole)).toBe(true);
    }
  });
});
