// What the browser remembers about the guide (#21, item 6): offered at the first quick game only,
// and never again once offered or finished.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { guideMemory, noteQuickGame, rememberGuide, shouldOfferGuide } from "./guide-memory.ts";

function memoryStorage(): Storage {
  const m = new Map<string, string>();
  return {
    get length() {
      return m.size;
    },
    clear: () => m.clear(),
    getItem: (k) => m.get(k) ?? null,
    key: (i) => [...m.keys()][i] ?? null,
    removeItem: (k) => void m.delete(k),
    setItem: (k, v) => void m.set(k, String(v)),
  };
}

describe("guide memory", () => {
  beforeEach(() => vi.stubGlobal("localStorage", memoryStorage()));
  afterEach(() => vi.unstubAllGlobals());

  it("offers the guide at the quick game this browser started, and nowhere else", () => {
    expect(shouldOfferGuide("tbl_a")).toBe(false);
    noteQuickGame("tbl_a");
    expect(shouldOfferGuide("tbl_a")).toBe(true);
    expect(shouldOfferGuide("tbl_b")).toBe(false);
  });

  it("does not offer it again once offered, and keeps finished over a later offer", () => {
    noteQuickGame("tbl_a");
    rememberGuide("offered");
    expect(shouldOfferGuide("tbl_a")).toBe(false);
    noteQuickGame("tbl_b");
    expect(shouldOfferGuide("tbl_b")).toBe(false);
    rememberGuide("finished");
    rememberGuide("offered");
    expect(guideMemory()).toBe("finished");
  });
});
