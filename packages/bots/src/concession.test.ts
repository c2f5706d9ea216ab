import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { aspiration, concessionShare } from "./concession.ts";

describe("concession curve", () => {
  it("starts at the best package and ends at the no-deal value", () => {
    for (const p of ["hardliner", "pragmatist", "conciliator"] as const) {
      expect(aspiration(0, 100, 40, p)).toBe(100);
      expect(aspiration(1, 100, 40, p)).toBe(40);
    }
  });

  it("is linear for a pragmatist", () => {
    expect(aspiration(0.5, 100, 40, "pragmatist")).toBeCloseTo(70);
  });

  it("has a hardliner insist on more than a conciliator at every moment in between", () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 0.99, noNaN: true }), (t) => {
        expect(aspiration(t, 100, 40, "hardliner")).toBeGreaterThan(aspiration(t, 100, 40, "pragmatist"));
        expect(aspiration(t, 100, 40, "pragmatist")).toBeGreaterThan(aspiration(t, 100, 40, "conciliator"));
      }),
    );
  });

  it("never concedes past the no-deal value, even for times outside [0, 1]", () => {
    fc.assert(
      fc.property(
        fc.double({ min: -5, max: 5, noNaN: true }),
        fc.double({ min: 0.1, max: 10, noNaN: true }),
        (t, e) => {
          const f = concessionShare(t, e);
          expect(f).toBeGreaterThanOrEqual(0);
          expect(f).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it("rejects a non-positive exponent instead of returning NaN", () => {
    expect(() => concessionShare(0.5, 0)).toThrow(RangeError);
  });
});
