// Where the debrief timeline's labels go: under each node, each within its own slot so that
// neighbours never run into each other. Pure numbers, so the layout is tested without a canvas.

/** One label's place: the x its origin sits at, the origin (0 left, 0.5 centre, 1 right), the width it may take, its row. */
export type TimelineLabel = { x: number; originX: 0 | 0.5 | 1; width: number; row: number };

/** The most rows the labels are staggered over when the nodes stand close (a long game on a phone). */
const MAX_ROWS = 3;

/**
 * How many rows the labels of `n` nodes (radius `r`) spread from `x0` to `x1` need so that each has `minWidth`:
 * one, or labels alternate between rows and each may take the room of two (or three) nodes.
 */
export function timelineRows(n: number, x0: number, x1: number, r: number, gap: number, minWidth: number): number {
  if (n <= 2) return 1;
  const step = (x1 - x0) / (n - 1);
  for (let rows = 1; rows < MAX_ROWS; rows++) {
    const { middle, end } = widths(step * rows, r, gap);
    // The end labels start at their node, so a short word fits in a little less.
    if (middle >= minWidth && end >= minWidth * 0.8) return rows;
  }
  return MAX_ROWS;
}

/** A middle label's width and an end label's, with neighbours in one row `span` apart. */
function widths(span: number, r: number, gap: number): { middle: number; end: number } {
  return { middle: span - gap, end: span / 2 + r - gap / 2 };
}

/**
 * The labels of `n` nodes spread evenly from `x0` to `x1` (nodes of radius `r`): each label owns
 * the space halfway to its neighbours in its row, less `gap`; the first starts at its node's left
 * edge and the last ends at its node's right edge, so the strip's ends are used.
 */
export function timelineLabels(
  n: number,
  x0: number,
  x1: number,
  r: number,
  gap: number,
  minWidth = 40,
): TimelineLabel[] {
  if (n === 1) return [{ x: (x0 + x1) / 2, originX: 0.5, width: x1 - x0, row: 0 }];
  const step = (x1 - x0) / (n - 1);
  const rows = timelineRows(n, x0, x1, r, gap, minWidth);
  // Neighbours in one row stand `rows` steps apart.
  const { middle, end } = widths(step * rows, r, gap);
  return Array.from({ length: n }, (_, i) => {
    const x = x0 + i * step;
    const row = i % rows;
    if (i === 0) return { x: x - r, originX: 0, width: end, row };
    if (i === n - 1) return { x: x + r, originX: 1, width: end, row };
    return { x, originX: 0.5, width: middle, row };
  });
}
