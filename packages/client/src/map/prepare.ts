// Turns world-atlas's countries TopoJSON into the small map-data.json the client ships.
// Run by build-map-data.ts at development time; never part of the browser bundle.

import { feature, mergeArcs, mesh } from "topojson-client";
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from "topojson-specification";
import {
  type Box,
  boundsOf,
  clipLineToBox,
  clipRingToBox,
  dedupe,
  openRing,
  type Point,
  ringArea,
  roundPoint,
  simplifyLine,
  simplifyRing,
} from "./geometry.ts";
import { UKRAINE_ID } from "./places.ts";

/** A country cut to the map's box: exterior rings in [lon, lat]. */
export type MapCountry = { id: string; name: string; rings: Point[][] };

/** The committed map data: countries, land borders and coastlines, all inside `box`. */
export type MapData = {
  source: string;
  box: Box;
  countries: MapCountry[];
  borders: Point[][];
  coast: Point[][];
};

/** The geographic box kept: wide enough around Ukraine to fill a projector or a phone screen. */
export const MAP_BOX: Box = [14, 39, 48, 58];

const RUSSIA_ID = "643";

/** Crimea's rough box, to find its polygon in the source data. */
const CRIMEA_BOX: Box = [32.4, 44.3, 36.7, 46.3];

type Props = { name: string };
type CountryGeometry = (Polygon<Props> | MultiPolygon<Props>) & { id?: string | number };

/** Options: simplification tolerance and decimals, in degrees. */
export type PrepareOptions = { tolerance: number; decimals: number; box: Box };

/**
 * Cuts the countries to the box, draws Crimea as part of Ukraine (Natural Earth's
 * default view in world-atlas 2 assigns it to Russia; internationally it is Ukraine,
 * under occupation), simplifies and rounds.
 */
export function prepareMapData(
  topology: Topology,
  options: PrepareOptions = { tolerance: 0.01, decimals: 3, box: MAP_BOX },
): MapData {
  const source = topology.objects.countries as GeometryCollection<Props>;
  const geometries = reassignCrimea(topology, source.geometries as CountryGeometry[]);
  const collection: GeometryCollection<Props> = { type: "GeometryCollection", geometries };

  const countries: MapCountry[] = [];
  for (const g of geometries) {
    if (g.type !== "Polygon" && g.type !== "MultiPolygon") continue;
    const geometry = (feature(topology, g) as GeoJSON.Feature<GeoJSON.Polygon | GeoJSON.MultiPolygon>).geometry;
    const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
    const rings: Point[][] = [];
    for (const polygon of polygons) {
      const exterior = polygon[0];
      if (!exterior) continue;
      const clipped = clipRingToBox(openRing(exterior as unknown as Point[]), options.box);
      if (clipped.length < 3) continue;
      const ring = dedupe(simplifyRing(clipped, options.tolerance).map((p) => roundPoint(p, options.decimals)));
      if (ring.length >= 3 && Math.abs(ringArea(ring)) > options.tolerance ** 2) rings.push(ring);
    }
    if (rings.length > 0)
      countries.push({ id: String(g.id ?? g.properties?.name), name: g.properties?.name ?? String(g.id), rings });
  }

  const lines = (filter: (a: CountryGeometry, b: CountryGeometry) => boolean): Point[][] =>
    mesh(topology, collection, filter as never).coordinates.flatMap((line) =>
      clipLineToBox(line as unknown as Point[], options.box)
        .map((piece) => dedupe(simplifyLine(piece, options.tolerance).map((p) => roundPoint(p, options.decimals))))
        .filter((piece) => piece.length >= 2),
    );

  return {
    source: "world-atlas 2.0.2 countries-50m.json (Natural Earth 1:50m Admin 0, public domain)",
    box: options.box,
    countries: countries.sort((a, b) => a.id.localeCompare(b.id)),
    borders: lines((a, b) => a !== b),
    coast: lines((a, b) => a === b),
  };
}

/** Moves the Crimean polygon from Russia's geometry into Ukraine's, merging their shared arcs. */
function reassignCrimea(topology: Topology, geometries: CountryGeometry[]): CountryGeometry[] {
  const ukraine = geometries.find((g) => String(g.id) === UKRAINE_ID);
  const russia = geometries.find((g) => String(g.id) === RUSSIA_ID);
  if (!ukraine || !russia || russia.type !== "MultiPolygon") return geometries;
  const crimeaIndex = russia.arcs.findIndex((polygonArcs) => {
    const polygon: Polygon = { type: "Polygon", arcs: polygonArcs };
    const f = feature(topology, polygon) as GeoJSON.Feature<GeoJSON.Polygon>;
    const [x0, y0, x1, y1] = boundsOf(f.geometry.coordinates as unknown as Point[][]);
    const [bx0, by0, bx1, by1] = CRIMEA_BOX;
    return x0 >= bx0 && y0 >= by0 && x1 <= bx1 && y1 <= by1 && x1 - x0 > 1;
  });
  if (crimeaIndex === -1) return geometries;
  const crimeaArcs = russia.arcs[crimeaIndex] as number[][];
  const merged = mergeArcs(topology, [ukraine as never, { type: "Polygon", arcs: crimeaArcs } as never]);
  const newUkraine = { ...merged, id: ukraine.id, properties: ukraine.properties } as CountryGeometry;
  const newRussia: CountryGeometry = {
    ...russia,
    arcs: russia.arcs.filter((_, i) => i !== crimeaIndex),
  };
  return geometries.map((g) => (g === ukraine ? newUkraine : g === russia ? newRussia : g));
}
