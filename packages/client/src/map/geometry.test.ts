import { describe, expect, it } from "vitest";
import {
  boundsOf,
  clipLineToBox,
  clipRingToBox,
  distanceToLine,
  openRing,
  type Point,
  pointAlong,
  pointInRing,
  simplifyLine,
  simplifyRing,
  smoothPathData,
} from "./geometry.ts";

const square: Point[] = [
  [0, 0],
  [10, 0],
  [10, 10],
  [0, 10],
];

describe("plane geometry", () => {
  it("tells inside from outside", () => {
    expect(pointInRing([5, 5], square)).toBe(true);
    expect(pointInRing([15, 5], square)).toBe(false);
    expect(pointInRing([-1, -1], square)).toBe(false);
  });

  it("clips a ring to a box and drops rings outside it", () => {
    const clipped = clipRingToBox(square, [5, -5, 20, 5]);
    expect(boundsOf([clipped])).toEqual([5, 0, 10, 5]);
    expect(clipRingToBox(square, [20, 20, 30, 30])).toEqual([]);
    expect(clipRingToBox(square, [-5, -5, 20, 20])).toEqual(square);
  });

  it("clips a polyline into the pieces inside the box", () => {
    const pieces = clipLineToBox(
      [
        [-5, 5],
        [5, 5],
        [15, 5],
        [15, 8],
        [5, 8],
      ],
      [0, 0, 10, 10],
    );
    expect(pieces).toEqual([
      [
        [0, 5],
        [5, 5],
        [10, 5],
      ],
      [
        [10, 8],
        [5, 8],
      ],
    ]);
  });

  it("simplifies collinear points away and keeps the ends", () => {
    const line: Point[] = [
      [0, 0],
      [1, 0.001],
      [2, 0],
      [3, 5],
    ];
    expect(simplifyLine(line, 0.01)).toEqual([
      [0, 0],
      [2, 0],
      [3, 5],
    ]);
    const ring = simplifyRing([...square, [0, 5]], 0.01);
    expect(ring).toHaveLength(4);
    expect(openRing([...square, [0, 0]])).toEqual(square);
  });

  it("measures distance to a polyline and walks along it", () => {
    expect(distanceToLine([5, 3], square)).toBeCloseTo(3);
    const half = pointAlong(
      [
        [0, 0],
        [10, 0],
      ],
      0.5,
    );
    expect(half.point).toEqual([5, 0]);
    expect(half.angle).toBe(0);
  });

  it("draws a smooth path that passes through every point", () => {
    const d = smoothPathData([
      [0, 0],
      [10, 5],
      [20, 0],
    ]);
    expect(d.startsWith("M0,0C")).toBe(true);
    expect(d).toContain(" 10,5C");
    expect(d.endsWith(" 20,0")).toBe(true);
  });
});
