// The static base map as an SVG document: sea, land, borders, the Dnipro, the line of contact.
// Text is not drawn here: an SVG rasterised as an image cannot use the page's web fonts.

import { colour } from "../theme/palette.ts";
import rawMapData from "./data/map-data.json";
import { type Point, type Ring, smoothPathData } from "./geometry.ts";
import { DNIPRO, LINE_OF_CONTACT, NATO_MEMBERS, OCCUPIED_MASK, UKRAINE_ID } from "./places.ts";
import type { MapData } from "./prepare.ts";
import type { MapProjection } from "./projection.ts";

/** The committed map data (see build-map-data.ts). */
export const MAP_DATA = rawMapData as unknown as MapData;

/** Ukraine's outline rings in lon/lat, the focus of every layout. */
export const UKRAINE_RINGS: readonly Ring[] = MAP_DATA.countries.find((c) => c.id === UKRAINE_ID)?.rings ?? [];

/** The colours of the map, from the Ironclad palette. */
export const MAP_COLOURS = {
  ink: colour.ink,
  inkSoft: colour.inkSoft,
  paper: colour.paper,
  brass: colour.brass,
  brassDeep: colour.brassDeep,
  sky: colour.sky,
  red: colour.redCell,
  sea: colour.sea,
  seaLight: colour.seaLight,
  coastGlow: colour.coastGlow,
  land: colour.land,
  landNato: colour.landNato,
  landEast: colour.landEast,
  ukraine: colour.paperLight,
  border: colour.border,
  coast: colour.coast,
} as const;

/** Russia and Belarus are drawn a shade darker than the other neighbours. */
const EAST_IDS = new Set(["643", "112"]);

const f1 = (n: number) => Number(n.toFixed(1));

/** An SVG path through projected points; closed for rings. */
export function pathData(points: readonly Point[], closed: boolean): string {
  let d = "";
  points.forEach((p, i) => {
    d += `${i === 0 ? "M" : "L"}${f1(p[0])},${f1(p[1])}`;
  });
  return closed && d ? `${d}Z` : d;
}

/** Options for drawing: the fitted projection and the output pixels per CSS pixel (line weights scale with it). */
export type BasemapOptions = { projection: MapProjection; scale: number };

/** Builds the base map SVG for this projection, sized to the projection's width and height. */
export function buildBasemapSvg({ projection, scale: s }: BasemapOptions): string {
  const { project, width, height } = projection;
  const C = MAP_COLOURS;
  const rings = (rs: readonly Ring[]) => rs.map((r) => pathData(r.map(project), true)).join("");
  const lines = (ls: readonly Ring[]) => ls.map((l) => pathData(l.map(project), false)).join("");

  const ukraine = MAP_DATA.countries.find((c) => c.id === UKRAINE_ID);
  const others = MAP_DATA.countries.filter((c) => c.id !== UKRAINE_ID);
  const nato = others.filter((c) => NATO_MEMBERS.has(c.id));
  const east = others.filter((c) => EAST_IDS.has(c.id));
  const rest = others.filter((c) => !NATO_MEMBERS.has(c.id) && !EAST_IDS.has(c.id));
  const ukrainePath = rings(ukraine?.rings ?? []);

  const graticule: Point[][] = [];
  for (let lon = 15; lon <= 45; lon += 5) graticule.push(sample([lon, 38], [lon, 60], 24));
  for (let lat = 40; lat <= 58; lat += 2) graticule.push(sample([10, lat], [50, lat], 40));

  const dnipro = DNIPRO.map((p) => project(p.lonLat));
  const front = LINE_OF_CONTACT.map(project);
  const occupied = pathData(OCCUPIED_MASK.map(project), true);
  const hatch = 7 * s;

  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">
<defs>
<radialGradient id="sea" cx="50%" cy="45%" r="75%"><stop offset="0" stop-color="${C.seaLight}"/><stop offset="1" stop-color="${C.sea}"/></radialGradient>
<pattern id="nato" width="${hatch}" height="${hatch}" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line x1="0" y1="0" x2="0" y2="${hatch}" stroke="${C.sky}" stroke-opacity="0.16" stroke-width="${1.1 * s}"/></pattern>
<pattern id="occupied" width="${hatch * 0.8}" height="${hatch * 0.8}" patternUnits="userSpaceOnUse" patternTransform="rotate(-45)"><line x1="0" y1="0" x2="0" y2="${hatch * 0.8}" stroke="${C.red}" stroke-opacity="0.22" stroke-width="${1 * s}"/></pattern>
<clipPath id="ua"><path d="${ukrainePath}"/></clipPath>
<filter id="shadow" x="-10%" y="-10%" width="120%" height="120%"><feGaussianBlur stdDeviation="${6 * s}"/></filter>
</defs>
<rect width="100%" height="100%" fill="url(#sea)"/>
<path d="${lines(graticule)}" fill="none" stroke="${C.sky}" stroke-opacity="0.09" stroke-width="${0.8 * s}"/>
<g fill="none" stroke-linejoin="round" stroke-linecap="round">
<path d="${lines(MAP_DATA.coast)}" stroke="${C.seaLight}" stroke-width="${14 * s}" stroke-opacity="0.55"/>
<path d="${lines(MAP_DATA.coast)}" stroke="${C.coastGlow}" stroke-width="${5 * s}" stroke-opacity="0.6"/>
</g>
<path d="${rings(rest.flatMap((c) => c.rings))}" fill="${C.land}"/>
<path d="${rings(east.flatMap((c) => c.rings))}" fill="${C.landEast}"/>
<path d="${rings(nato.flatMap((c) => c.rings))}" fill="${C.landNato}"/>
<path d="${rings(nato.flatMap((c) => c.rings))}" fill="url(#nato)"/>
<path d="${ukrainePath}" fill="${C.ink}" fill-opacity="0.18" filter="url(#shadow)" transform="translate(0 ${2 * s})"/>
<path d="${ukrainePath}" fill="${C.ukraine}"/>
<g clip-path="url(#ua)"><path d="${occupied}" fill="${C.red}" fill-opacity="0.06"/><path d="${occupied}" fill="url(#occupied)"/></g>
<g fill="none" stroke-linejoin="round" stroke-linecap="round">
<path d="${lines(MAP_DATA.coast)}" stroke="${C.coast}" stroke-width="${0.9 * s}"/>
<path d="${lines(MAP_DATA.borders)}" stroke="${C.border}" stroke-width="${0.9 * s}" stroke-dasharray="${4 * s} ${2 * s}"/>
<path d="${ukrainePath}" stroke="${C.brass}" stroke-opacity="0.35" stroke-width="${6 * s}"/>
<path d="${ukrainePath}" stroke="${C.brassDeep}" stroke-width="${1.6 * s}"/>
<path d="${smoothPathData(front)}" stroke="${C.red}" stroke-opacity="0.18" stroke-width="${9 * s}"/>
<path d="${smoothPathData(dnipro)}" stroke="${C.paper}" stroke-width="${5.5 * s}"/>
<path d="${smoothPathData(dnipro)}" stroke="${C.sky}" stroke-width="${2.6 * s}"/>
<path d="${smoothPathData(front)}" stroke="${C.red}" stroke-width="${2 * s}" stroke-dasharray="${9 * s} ${4 * s}"/>
</g>
</svg>`;
}

/** Points along a straight lon/lat segment, so meridians and parallels curve with the projection. */
function sample(a: Point, b: Point, n: number): Point[] {
  return Array.from({ length: n + 1 }, (_, i) => [a[0] + ((b[0] - a[0]) * i) / n, a[1] + ((b[1] - a[1]) * i) / n]);
}
