// Plane geometry for the map: clipping, simplification, point-in-polygon, smooth paths. Pure functions.

/** A point as [x, y]; for geographic data x is longitude and y latitude, in degrees. */
export type Point = readonly [number, number];
/** A closed ring (first point not repeated) or an open polyline. */
export type Ring = readonly Point[];

/** An axis-aligned box as [minX, minY, maxX, maxY]. */
export type Box = readonly [number, number, number, number];

/** Even-odd test: is the point inside the ring? */
export function pointInRing(p: Point, ring: Ring): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    if (yi > p[1] !== yj > p[1] && p[0] < ((xj - xi) * (p[1] - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Is the point inside any of the rings (a multipolygon without holes)? */
export function pointInRings(p: Point, rings: readonly Ring[]): boolean {
  return rings.some((r) => pointInRing(p, r));
}

/** The bounding box of a set of rings or polylines. */
export function boundsOf(rings: readonly Ring[]): Box {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const r of rings)
    for (const [x, y] of r) {
      if (x < x0) x0 = x;
      if (y < y0) y0 = y;
      if (x > x1) x1 = x;
      if (y > y1) y1 = y;
    }
  return [x0, y0, x1, y1];
}

/** Signed area (shoelace); positive for counter-clockwise rings in a y-up plane. */
export function ringArea(ring: Ring): number {
  let a = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as Point;
    const [xj, yj] = ring[j] as Point;
    a += (xj - xi) * (yj + yi);
  }
  return -a / 2;
}

/** Drops the closing point of a GeoJSON ring when it repeats the first one. */
export function openRing(ring: Ring): Ring {
  const first = ring[0];
  const last = ring[ring.length - 1];
  return first && last && ring.length > 1 && first[0] === last[0] && first[1] === last[1] ? ring.slice(0, -1) : ring;
}

/**
 * Clips a polygon ring to a box (Sutherland–Hodgman). Concave rings may gain
 * zero-width slivers along the box edge, which fills do not show; strokes come
 * from separately clipped lines instead. Returns [] when nothing is left.
 */
export function clipRingToBox(ring: Ring, box: Box): Point[] {
  const [x0, y0, x1, y1] = box;
  const edges: Array<[(p: Point) => boolean, (a: Point, b: Point) => Point]> = [
    [(p) => p[0] >= x0, (a, b) => atX(a, b, x0)],
    [(p) => p[0] <= x1, (a, b) => atX(a, b, x1)],
    [(p) => p[1] >= y0, (a, b) => atY(a, b, y0)],
    [(p) => p[1] <= y1, (a, b) => atY(a, b, y1)],
  ];
  let out: Point[] = [...ring];
  for (const [inside, cut] of edges) {
    const input = out;
    out = [];
    for (let i = 0; i < input.length; i++) {
      const cur = input[i] as Point;
      const prev = input[(i + input.length - 1) % input.length] as Point;
      if (inside(cur)) {
        if (!inside(prev)) out.push(cut(prev, cur));
        out.push(cur);
      } else if (inside(prev)) out.push(cut(prev, cur));
    }
    if (out.length === 0) return [];
  }
  return out.length >= 3 ? out : [];
}

/** Clips an open polyline to a box; returns the pieces that lie inside. */
export function clipLineToBox(line: Ring, box: Box): Point[][] {
  const [x0, y0, x1, y1] = box;
  const inBox = (p: Point) => p[0] >= x0 && p[0] <= x1 && p[1] >= y0 && p[1] <= y1;
  const pieces: Point[][] = [];
  let current: Point[] = [];
  for (let i = 0; i < line.length; i++) {
    const p = line[i] as Point;
    const prev = i > 0 ? (line[i - 1] as Point) : null;
    if (inBox(p)) {
      if (prev && !inBox(prev)) current.push(clipSegmentEnd(p, prev, box));
      current.push(p);
    } else {
      if (prev && inBox(prev)) {
        current.push(clipSegmentEnd(prev, p, box));
        pieces.push(current);
        current = [];
      }
    }
  }
  if (current.length >= 2) pieces.push(current);
  return pieces.filter((piece) => piece.length >= 2);
}

/** Where the segment from an inside point to an outside point leaves the box. */
function clipSegmentEnd(inside: Point, outside: Point, box: Box): Point {
  const [x0, y0, x1, y1] = box;
  let t = 1;
  const dx = outside[0] - inside[0];
  const dy = outside[1] - inside[1];
  if (dx < 0) t = Math.min(t, (x0 - inside[0]) / dx);
  if (dx > 0) t = Math.min(t, (x1 - inside[0]) / dx);
  if (dy < 0) t = Math.min(t, (y0 - inside[1]) / dy);
  if (dy > 0) t = Math.min(t, (y1 - inside[1]) / dy);
  return [inside[0] + dx * t, inside[1] + dy * t];
}

function atX(a: Point, b: Point, x: number): Point {
  return [x, a[1] + ((b[1] - a[1]) * (x - a[0])) / (b[0] - a[0])];
}

function atY(a: Point, b: Point, y: number): Point {
  return [a[0] + ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]), y];
}

/** Douglas–Peucker simplification of a polyline; keeps both ends. */
export function simplifyLine(line: Ring, tolerance: number): Point[] {
  if (line.length <= 2) return [...line];
  const keep = new Uint8Array(line.length);
  keep[0] = 1;
  keep[line.length - 1] = 1;
  const stack: Array<[number, number]> = [[0, line.length - 1]];
  while (stack.length > 0) {
    const [first, last] = stack.pop() as [number, number];
    let maxDistance = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = distanceToSegment(line[i] as Point, line[first] as Point, line[last] as Point);
      if (d > maxDistance) {
        maxDistance = d;
        index = i;
      }
    }
    if (index !== -1 && maxDistance > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return line.filter((_, i) => keep[i] === 1);
}

/** Simplifies a closed ring by splitting it at its farthest point, so the shape is kept. */
export function simplifyRing(ring: Ring, tolerance: number): Point[] {
  if (ring.length <= 4) return [...ring];
  const start = ring[0] as Point;
  let far = 0;
  let farDistance = -1;
  ring.forEach((p, i) => {
    const d = Math.hypot(p[0] - start[0], p[1] - start[1]);
    if (d > farDistance) {
      farDistance = d;
      far = i;
    }
  });
  const a = simplifyLine(ring.slice(0, far + 1), tolerance);
  const b = simplifyLine([...ring.slice(far), start], tolerance);
  return [...a, ...b.slice(1, -1)];
}

/** Distance from p to the segment ab. */
export function distanceToSegment(p: Point, a: Point, b: Point): number {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  const length2 = dx * dx + dy * dy;
  const t = length2 === 0 ? 0 : Math.max(0, Math.min(1, ((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / length2));
  return Math.hypot(p[0] - (a[0] + t * dx), p[1] - (a[1] + t * dy));
}

/** Distance from p to the nearest segment of a polyline. */
export function distanceToLine(p: Point, line: Ring): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++)
    best = Math.min(best, distanceToSegment(p, line[i - 1] as Point, line[i] as Point));
  return best;
}

/** Rounds coordinates to a number of decimals (for compact committed data). */
export function roundPoint(p: Point, decimals: number): Point {
  const f = 10 ** decimals;
  return [Math.round(p[0] * f) / f, Math.round(p[1] * f) / f];
}

/** Drops consecutive duplicate points. */
export function dedupe(line: Ring): Point[] {
  return line.filter((p, i) => i === 0 || p[0] !== (line[i - 1] as Point)[0] || p[1] !== (line[i - 1] as Point)[1]);
}

/**
 * An SVG path through the points as a Catmull–Rom spline (centripetal-free, tension 0.5)
 * turned into cubic Béziers: rivers and fronts look drawn, not plotted.
 */
export function smoothPathData(points: Ring, decimals = 1): string {
  if (points.length === 0) return "";
  const f = (n: number) => Number(n.toFixed(decimals));
  const first = points[0] as Point;
  let d = `M${f(first[0])},${f(first[1])}`;
  if (points.length === 1) return d;
  for (let i = 0; i < points.length - 1; i++) {
    const p0 = (points[i - 1] ?? points[i]) as Point;
    const p1 = points[i] as Point;
    const p2 = points[i + 1] as Point;
    const p3 = (points[i + 2] ?? p2) as Point;
    const c1: Point = [p1[0] + (p2[0] - p0[0]) / 6, p1[1] + (p2[1] - p0[1]) / 6];
    const c2: Point = [p2[0] - (p3[0] - p1[0]) / 6, p2[1] - (p3[1] - p1[1]) / 6];
    d += `C${f(c1[0])},${f(c1[1])} ${f(c2[0])},${f(c2[1])} ${f(p2[0])},${f(p2[1])}`;
  }
  return d;
}

/** The point a given fraction along a polyline, with the direction (radians) of the segment it falls on. */
export function pointAlong(line: Ring, fraction: number): { point: Point; angle: number } {
  const lengths: number[] = [];
  let total = 0;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    const l = Math.hypot(b[0] - a[0], b[1] - a[1]);
    lengths.push(l);
    total += l;
  }
  let target = Math.max(0, Math.min(1, fraction)) * total;
  for (let i = 1; i < line.length; i++) {
    const l = lengths[i - 1] as number;
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    if (target <= l || i === line.length - 1) {
      const t = l === 0 ? 0 : Math.min(1, target / l);
      return {
        point: [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t],
        angle: Math.atan2(b[1] - a[1], b[0] - a[0]),
      };
    }
    target -= l;
  }
  const only = (line[0] ?? [0, 0]) as Point;
  return { point: only, angle: 0 };
}
