import fs from "node:fs";
import { createRequire } from "node:module";
import scenarioJson from "@ironclad/engine/scenarios/guarantees-2025.json";
import type { Topology } from "topojson-specification";
import { describe, expect, it } from "vitest";
import { buildBasemapSvg, MAP_DATA, UKRAINE_RINGS } from "./basemap.ts";
import { boundsOf, distanceToLine, type Point, pointInRings, type Ring } from "./geometry.ts";
import { DNIPRO, EVENT_PLACES, FORCE_POSTURES, findPlace, LINE_OF_CONTACT, PLACES } from "./places.ts";
import { MAP_BOX, prepareMapData } from "./prepare.ts";
import { fitProjection } from "./projection.ts";

const require = createRequire(import.meta.url);
const rawTopology = (): Topology =>
  JSON.parse(fs.readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;

const country = (id: string): Ring[] => MAP_DATA.countries.find((c) => c.id === id)?.rings ?? [];
const at = (id: string): Point => {
  const place = findPlace(id);
  if (!place) throw new Error(`no place ${id}`);
  return place.lonLat;
};

/** Great-circle distance in km. */
function km(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Distance in km from a point to a lon/lat polyline, sampled finely enough for these checks. */
function kmToLine(p: Point, line: readonly Point[]): number {
  let best = Infinity;
  for (let i = 1; i < line.length; i++) {
    const a = line[i - 1] as Point;
    const b = line[i] as Point;
    for (let t = 0; t <= 1; t += 0.05)
      best = Math.min(best, km(p, [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t]));
  }
  return best;
}

describe("map data", () => {
  it("is what build-map-data.ts makes from world-atlas (regenerate it after changing prepare.ts)", () => {
    expect(prepareMapData(rawTopology())).toEqual(MAP_DATA);
  });

  it("keeps Ukraine whole inside the box, Crimea included", () => {
    const [x0, y0, x1, y1] = boundsOf(UKRAINE_RINGS);
    const [bx0, by0, bx1, by1] = MAP_BOX;
    expect(x0).toBeGreaterThan(bx0);
    expect(x1).toBeLessThan(bx1);
    expect(y0).toBeGreaterThan(by0);
    expect(y1).toBeLessThan(by1);
    // Ukraine spans 22.1°E–40.2°E and, with Crimea, 44.4°N–52.4°N.
    expect([x0, x1, y0, y1].map((v) => Math.round(v * 10) / 10)).toEqual([22.1, 40.1, 44.4, 52.4]);
    expect(pointInRings(at("simferopol"), UKRAINE_RINGS)).toBe(true);
    expect(pointInRings(at("sevastopol"), country("643"))).toBe(false);
  });

  it("puts each capital inside its own country", () => {
    expect(pointInRings(at("kyiv"), UKRAINE_RINGS)).toBe(true);
    expect(pointInRings(at("warsaw"), country("616"))).toBe(true);
    expect(pointInRings(at("chisinau"), country("498"))).toBe(true);
    expect(pointInRings(at("minsk"), country("112"))).toBe(true);
    expect(pointInRings(at("bucharest"), country("642"))).toBe(true);
    expect(pointInRings(at("moscow"), country("643"))).toBe(true);
  });
});

describe("projection", () => {
  const projection = fitProjection(UKRAINE_RINGS.flat(), 1280, 800, { top: 60, right: 40, bottom: 40, left: 40 });
  const projected = UKRAINE_RINGS.map((r) => r.map(projection.project));

  it("fits Ukraine inside the insets, north up", () => {
    const [x0, y0, x1, y1] = boundsOf(projected);
    expect(x0).toBeGreaterThanOrEqual(39.5);
    expect(x1).toBeLessThanOrEqual(1240.5);
    expect(y0).toBeGreaterThanOrEqual(59.5);
    expect(y1).toBeLessThanOrEqual(760.5);
    expect(Math.max(x1 - x0 - 1200, y1 - y0 - 700)).toBeGreaterThan(-1);
    const kyiv = projection.project(at("kyiv"));
    const odesa = projection.project(at("odesa"));
    expect(kyiv[1]).toBeLessThan(odesa[1]);
  });

  it("projects Kyiv inside Ukraine's projected outline, Lviv west of Kharkiv", () => {
    expect(pointInRings(projection.project(at("kyiv")), projected)).toBe(true);
    expect(projection.project(at("lviv"))[0]).toBeLessThan(projection.project(at("kharkiv"))[0]);
    // Kyiv–Lviv is 468 km; the conformal projection keeps scale within a few per cent here.
    const pixels = Math.hypot(
      ...(projection.project(at("kyiv")).map((v, i) => v - (projection.project(at("lviv"))[i] as number)) as [
        number,
        number,
      ]),
    );
    expect(pixels / projection.unitsPerKm / km(at("kyiv"), at("lviv"))).toBeCloseTo(1, 1);
  });

  it("draws a base map sized to the projection", () => {
    const svg = buildBasemapSvg({ projection, scale: 1 });
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg" width="1280" height="800"')).toBe(true);
    expect(svg).not.toContain("NaN");
  });
});

describe("the Dnipro and the line of contact", () => {
  it("passes the listed cities in order, at their public coordinates", () => {
    const listed: Array<[string, Point | null]> = [
      ["Kyiv", [30.52, 50.45]],
      ["Cherkasy", null],
      ["Kremenchuk", null],
      ["Dnipro", [35.04, 48.46]],
      ["Zaporizhzhia", [35.14, 47.84]],
      ["Nova Kakhovka", null],
      ["Kherson", [32.61, 46.64]],
    ];
    const indices = listed.map(([name, lonLat]) => {
      const i = DNIPRO.findIndex((p) => p.name === name);
      expect(i, name).toBeGreaterThanOrEqual(0);
      if (lonLat) expect(DNIPRO[i]?.lonLat).toEqual(lonLat);
      return i;
    });
    expect(indices).toEqual([...indices].sort((a, b) => a - b));
  });

  it("flows through Ukraine from Kyiv Reservoir to Kherson", () => {
    const start = DNIPRO.findIndex((p) => p.name === "Vyshhorod");
    const end = DNIPRO.findIndex((p) => p.name === "Kherson");
    for (const p of DNIPRO.slice(start, end + 1))
      expect(pointInRings(p.lonLat, UKRAINE_RINGS), p.name ?? "").toBe(true);
  });

  it("runs east of Kupiansk, west of Pokrovsk, south of Orikhiv and down the Dnipro past Kherson", () => {
    // The first point is on the border, the last two in the Dnipro–Buh estuary.
    for (const p of LINE_OF_CONTACT.slice(1, -2)) expect(pointInRings(p, UKRAINE_RINGS)).toBe(true);
    const lonAt = (lat: number) => {
      const i = LINE_OF_CONTACT.findIndex(
        (p, k) => k > 0 && (LINE_OF_CONTACT[k - 1] as Point)[1] >= lat && p[1] <= lat,
      );
      const a = LINE_OF_CONTACT[i - 1] as Point;
      const b = LINE_OF_CONTACT[i] as Point;
      return a[0] + ((b[0] - a[0]) * (a[1] - lat)) / (a[1] - b[1]);
    };
    expect(lonAt(at("kupiansk")[1])).toBeGreaterThan(at("kupiansk")[0]);
    expect(lonAt(at("pokrovsk")[1])).toBeLessThan(at("pokrovsk")[0]);
    const orikhiv = at("orikhiv");
    const nearOrikhiv = LINE_OF_CONTACT.filter((p) => Math.abs(p[0] - orikhiv[0]) < 0.2);
    expect(nearOrikhiv.every((p) => p[1] < orikhiv[1])).toBe(true);
    expect(distanceToLine(at("kherson"), LINE_OF_CONTACT)).toBeLessThan(0.05);
  });
});

describe("force postures and event places", () => {
  const force = (scenarioJson as { issues: Array<{ id: string; options: Array<{ id: string }> }> }).issues.find(
    (i) => i.id === "force",
  );
  const events = (scenarioJson as { events: Array<{ id: string }> }).events;

  it("has sites for every option of the scenario's force issue, at known places", () => {
    expect(force?.options.map((o) => o.id).sort()).toEqual(Object.keys(FORCE_POSTURES).sort());
    for (const sites of Object.values(FORCE_POSTURES))
      for (const s of sites) expect(findPlace(s.place), s.place).toBeDefined();
  });

  it("stands where each option says", () => {
    const sitesOf = (id: string) => (FORCE_POSTURES[id] ?? []).map((s) => at(s.place));
    // none: in neighbouring NATO states, not in Ukraine.
    for (const p of sitesOf("none")) expect(pointInRings(p, UKRAINE_RINGS)).toBe(false);
    // trainers: west of the Dnipro, far from the front.
    for (const p of sitesOf("trainers")) {
      expect(pointInRings(p, UKRAINE_RINGS)).toBe(true);
      expect(p[0]).toBeLessThanOrEqual(30.6);
      expect(kmToLine(p, LINE_OF_CONTACT)).toBeGreaterThan(300);
    }
    // mfu: cities, ports and nuclear plants away from the front.
    // Odesa, the nearest, is 90 km across the bay from the occupied Kinburn spit.
    for (const p of sitesOf("mfu")) expect(kmToLine(p, LINE_OF_CONTACT)).toBeGreaterThan(85);
    // tripwire: near the line of contact, on the Ukrainian side of it.
    for (const p of sitesOf("tripwire")) {
      expect(pointInRings(p, UKRAINE_RINGS)).toBe(true);
      expect(kmToLine(p, LINE_OF_CONTACT)).toBeLessThan(70);
    }
  });

  it("places only events of the scenario, at known places", () => {
    const ids = new Set(events.map((e) => e.id));
    for (const [event, place] of Object.entries(EVENT_PLACES)) {
      expect(ids.has(event), event).toBe(true);
      expect(findPlace(place), place).toBeDefined();
    }
    expect(new Set(PLACES.map((p) => p.id)).size).toBe(PLACES.length);
  });
});
