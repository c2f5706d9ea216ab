import { describe, expect, it } from "vitest";
import { colour } from "../theme/palette.ts";
import { KeptObjects, keptTextKey, textKey } from "./kept-objects.ts";

const look = { font: "600 14px", color: colour.ink, letterSpacing: 0, text: "Pledge" };
const drawn = { ...look, wrapWidth: null, lineSpacing: 0, align: "left" };

describe("the stage's objects kept from one picture to the next", () => {
  it("gives the next picture's text of the same look the same object, once", () => {
    const pool = new KeptObjects<{ name: string }>();
    const pledge = { name: "pledge" };
    pool.keep(keptTextKey(drawn) as string, pledge);
    expect(pool.take(textKey({ ...look, color: colour.paper }))).toBeUndefined();
    expect(pool.take(textKey({ ...look, text: "Sanctions" }))).toBeUndefined();
    expect(pool.take(textKey(look))).toBe(pledge);
    expect(pool.take(textKey(look))).toBeUndefined();
  });

  it("drops what the next picture did not take, and only that", () => {
    const pool = new KeptObjects<{ name: string }>();
    const [a, b, c] = [{ name: "a" }, { name: "b" }, { name: "c" }];
    pool.keep("x", a);
    pool.keep("x", b);
    pool.keep("y", c);
    const taken = pool.take("x");
    const dropped: Array<{ name: string }> = [];
    pool.sweep((o) => dropped.push(o));
    expect(dropped).toHaveLength(2);
    expect(dropped).toContain(c);
    expect(dropped).not.toContain(taken);
    expect(pool.take("x") ?? pool.take("y")).toBeUndefined();
  });

  it("does not keep a text wrapped, spaced or aligned after it was made: a new one would not look like it", () => {
    expect(keptTextKey(drawn)).toBe(textKey(look));
    expect(keptTextKey({ ...drawn, wrapWidth: 120 })).toBeNull();
    expect(keptTextKey({ ...drawn, lineSpacing: -2 })).toBeNull();
    expect(keptTextKey({ ...drawn, align: "center" })).toBeNull();
  });
});
