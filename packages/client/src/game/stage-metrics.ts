// The stage's scale: from the canvas size and the device's pixel ratio, whether it is a phone's and
// how many device pixels a design pixel takes. Pure numbers, shared by the scene kit and the
// layout tests, so a test lays a scene out at the size a browser would.

/** A rectangle in device pixels. */
export type Box = { x: number; y: number; w: number; h: number };

/** A stage's size and scale. Sizes are in device pixels (the canvas's own). */
export type StageMetrics = {
  width: number;
  height: number;
  /** Device pixels per design pixel. */
  u: number;
  /** A phone-sized canvas (under 600 CSS pixels wide). */
  compact: boolean;
  /** The margin round the header. */
  margin: number;
  /** The header's height. */
  headerH: number;
  /** Where the picture under the header starts. */
  zoneTop: number;
};

/** The metrics of a canvas `width` × `height` device pixels at `pixelRatio` device pixels per CSS pixel. */
export function stageMetrics(width: number, height: number, pixelRatio: number): StageMetrics {
  const cssW = width / pixelRatio;
  const cssH = height / pixelRatio;
  const compact = cssW < 600;
  const fitScale = compact ? Math.min(cssW / 370, cssH / 480) : Math.min(cssW / 820, cssH / 520);
  const u = pixelRatio * Math.min(Math.max(fitScale, 0.78), compact ? 1.25 : 1.6);
  const margin = (compact ? 10 : 14) * u;
  const headerH = (compact ? 30 : 38) * u;
  return { width, height, u, compact, margin, headerH, zoneTop: margin + headerH + 4 * u };
}
