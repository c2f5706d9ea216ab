// Where the table scene's parts go: the table, the seats' places round it, the draft sheet and its
// rows, the pen, the criteria and the tension meter. Pure numbers from the stage's size and the
// number of seats, so the layout is tested at desktop and phone sizes without a canvas; the scene
// draws into the boxes it returns.
import type { Box, StageMetrics } from "./stage-metrics.ts";

/** A point on the stage. */
export type Point = { x: number; y: number };
/** Where the pen lies, and how it is turned (radians). */
export type PenPlace = Point & { angle: number };

/** The table's layout. */
export type TableLayout = {
  /** The table top as drawn, and its corners' radius. */
  table: Box;
  tableRadius: number;
  /** The seats' places, clockwise from the bottom middle. */
  slots: Box[];
  /** The slot of the viewer's own seat (the first seat of the model): the middle of the bottom row. */
  first: number;
  /** The draft sheet. */
  doc: Box;
  /** The table's middle (the pen's bearing). */
  centre: Point;
  /** The strip under the table: the criteria and the tension meter. */
  footer: Box;
};

/** The table laid out for `seats` seats: round an oval-ended table on a wide stage, in rows above and below the sheet on a phone. */
export function tableLayout(stage: StageMetrics, seats: number): TableLayout {
  return stage.compact ? compactLayout(stage, seats) : wideLayout(stage, seats);
}

/** Wide stages: seats round an oval-ended table (along its ends too from five seats on), instruments along the bottom. */
export function wideLayout(stage: StageMetrics, n: number): TableLayout {
  const { u, width: W, height: H, zoneTop } = stage;
  const m = 14 * u;
  const footerH = 78 * u;
  const zoneBottom = H - m - footerH - 8 * u;
  const sides = n >= 5;
  const perRow = Math.ceil((n - (sides ? 2 : 0)) / 2);
  let cardW = 146 * u;
  const cardH = 50 * u;
  const tableLeft = m + (sides ? cardW / 2 : 10 * u);
  const tableRight = W - m - (sides ? cardW / 2 : 10 * u);
  const rowSpan = tableRight - tableLeft - (sides ? cardW + 24 * u : 40 * u);
  cardW = Math.min(cardW, rowSpan / Math.max(1, perRow) - 10 * u);
  const tableTop = zoneTop + cardH / 2;
  const tableBottom = zoneBottom - cardH / 2;

  // Slots clockwise from the bottom middle (me): bottom row right to left, left end, top row left to right, right end.
  const top = sides ? Math.ceil((n - 2) / 2) : Math.ceil(n / 2);
  const bottom = n - top - (sides ? 2 : 0);
  const rowXs = (k: number) => {
    const inner = rowSpan - cardW;
    const mid = (tableLeft + tableRight) / 2;
    if (k <= 1) return [mid];
    const step = Math.min(cardW + 28 * u, inner / (k - 1));
    return Array.from({ length: k }, (_, i) => mid + (i - (k - 1) / 2) * step);
  };
  const slots: Box[] = [];
  for (const x of [...rowXs(bottom)].reverse())
    slots.push({ x: x - cardW / 2, y: tableBottom - cardH / 2, w: cardW, h: cardH });
  if (sides) slots.push({ x: tableLeft - cardW / 2, y: (tableTop + tableBottom) / 2 - cardH / 2, w: cardW, h: cardH });
  for (const x of rowXs(top)) slots.push({ x: x - cardW / 2, y: tableTop - cardH / 2, w: cardW, h: cardH });
  if (sides) slots.push({ x: tableRight - cardW / 2, y: (tableTop + tableBottom) / 2 - cardH / 2, w: cardW, h: cardH });

  // The draft between the rows of seats.
  const docPadX = sides ? cardW / 2 + 16 * u : 30 * u;
  const docW = Math.min(600 * u, tableRight - tableLeft - docPadX * 2);
  const docY = tableTop + cardH / 2 + 12 * u;
  return {
    table: { x: tableLeft, y: tableTop, w: tableRight - tableLeft, h: tableBottom - tableTop },
    tableRadius: 64 * u,
    slots,
    first: Math.floor((bottom - 1) / 2),
    doc: { x: (W - docW) / 2, y: docY, w: docW, h: tableBottom - cardH / 2 - 12 * u - docY },
    centre: { x: W / 2, y: (tableTop + tableBottom) / 2 },
    footer: { x: m, y: H - m - footerH, w: W - m * 2, h: footerH },
  };
}

/** Phones: seats as chips in rows above and below the sheet, instruments in two rows at the bottom. */
export function compactLayout(stage: StageMetrics, n: number): TableLayout {
  const { u, width: W, height: H, zoneTop } = stage;
  const m = 10 * u;
  const footerH = 100 * u;
  const cols = n <= 4 ? 2 : 3;
  const rows = Math.ceil(n / cols);
  const bottomRows = Math.max(1, Math.floor(rows / 2));
  const topRows = rows - bottomRows;
  const chipH = 32 * u;
  const gap = 6 * u;
  const chipW = (W - m * 2 - 8 * u - gap * (cols - 1)) / cols;
  const zoneBottom = H - m - footerH - 6 * u;
  const tableTop = zoneTop + chipH / 2 + Math.max(0, topRows - 1) * (chipH + gap);
  const tableBottom = zoneBottom - chipH / 2 - (bottomRows - 1) * (chipH + gap);

  // Rows of chips: the row nearest me under the sheet (me in its middle), the rest above it,
  // the fullest row nearest the table.
  const rowY = (k: number) => tableBottom - chipH / 2 + k * (chipH + gap);
  const topRowY = (k: number) => tableTop - chipH / 2 - k * (chipH + gap);
  const xs = (k: number) => {
    const total = k * chipW + (k - 1) * gap;
    const left = (W - total) / 2;
    return Array.from({ length: k }, (_, i) => left + i * (chipW + gap));
  };
  const bottomCount = Math.min(n, bottomRows * cols);
  const slots: Box[] = [];
  for (let r = 0, left = bottomCount; left > 0; r++) {
    const count = Math.min(cols, left);
    for (const x of [...xs(count)].reverse()) slots.push({ x, y: rowY(r), w: chipW, h: chipH });
    left -= count;
  }
  for (let r = 0, left = n - bottomCount; left > 0; r++) {
    const count = Math.min(cols, left);
    for (const x of xs(count)) slots.push({ x, y: topRowY(r), w: chipW, h: chipH });
    left -= count;
  }

  const docX = m + 8 * u;
  const docY = tableTop + chipH / 2 + 8 * u;
  return {
    table: { x: m, y: tableTop, w: W - m * 2, h: tableBottom - tableTop },
    tableRadius: 22 * u,
    slots,
    first: Math.floor((Math.min(cols, bottomCount) - 1) / 2),
    doc: { x: docX, y: docY, w: W - docX * 2, h: tableBottom - chipH / 2 - 8 * u - docY },
    centre: { x: W / 2, y: (tableTop + tableBottom) / 2 },
    footer: { x: m, y: H - m - footerH, w: W - m * 2, h: footerH },
  };
}

/** Each seat's place: the seats in the model's order (the viewer's first) in the slots clockwise from `first`. */
export function seatPlaces(seatIds: readonly string[], layout: TableLayout): Map<string, Box> {
  const places = new Map<string, Box>();
  seatIds.forEach((id, i) => {
    const box = layout.slots[(layout.first + i) % layout.slots.length];
    if (box) places.set(id, box);
  });
  return places;
}

/**
 * Where the pen lies: on the table in front of its holder's place (`holder`), riding on the
 * holder's chip on a phone, or on the sheet when the facilitator holds it (no place).
 */
export function penPlace(stage: StageMetrics, holder: Box | undefined, layout: TableLayout): PenPlace {
  const { u, compact } = stage;
  const { centre, doc } = layout;
  const box = holder;
  if (!box) return { x: doc.x + doc.w - 30 * u, y: doc.y + 4 * u, angle: -0.5 };
  // On a phone the pen rides on the holder's chip, across its top corner.
  if (compact) return { x: box.x + box.w - 12 * u, y: box.y + 1 * u, angle: -0.5 };
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const dx = centre.x - cx;
  const dy = centre.y - cy;
  // A seat at an end of the table: the pen lies under its card, on the wood, angled as if just put down.
  if (Math.abs(dx) > Math.abs(dy) * 2.2) {
    const side = Math.sign(dx);
    return { x: cx + side * box.w * 0.22, y: box.y + box.h + 18 * u, angle: side > 0 ? -0.35 : 0.35 };
  }
  const down = Math.sign(dy) || 1;
  return { x: box.x + box.w * 0.82, y: cy + down * (box.h / 2 + 8 * u), angle: -0.35 };
}

/** The draft sheet's inner measures: its padding, its head, and one box per issue row under the head. */
export type SheetLayout = { pad: number; headH: number; rows: Box[] };

/** The sheet `doc` with `rowCount` issue rows sharing the height under its head. */
export function sheetLayout(stage: StageMetrics, doc: Box, rowCount: number): SheetLayout {
  const { u, compact } = stage;
  const pad = (compact ? 10 : 16) * u;
  const headH = (compact ? 24 : 30) * u;
  const rowsTop = doc.y + headH + 3 * u;
  const rowH = (doc.y + doc.h - pad * 0.5 - rowsTop) / Math.max(1, rowCount);
  const rows = Array.from({ length: rowCount }, (_, i) => ({ x: doc.x, y: rowsTop + i * rowH, w: doc.w, h: rowH }));
  return { pad, headH, rows };
}

/** The footer's two parts: the criteria (the left 60 %, or the top row on a phone) and the tension meter. */
export function footerLayout(stage: StageMetrics, footer: Box): { criteria: Box; gauge: Box } {
  const box = footer;
  return stage.compact
    ? {
        criteria: { x: box.x, y: box.y, w: box.w, h: box.h * 0.5 },
        gauge: { x: box.x, y: box.y + box.h * 0.54, w: box.w, h: box.h * 0.46 },
      }
    : {
        criteria: { x: box.x, y: box.y, w: box.w * 0.6, h: box.h },
        gauge: { x: box.x + box.w * 0.64, y: box.y, w: box.w * 0.36, h: box.h },
      };
}
