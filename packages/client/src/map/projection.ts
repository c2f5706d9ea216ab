// The map's projection: Lambert conformal conic centred on Ukraine, fitted to a screen box.
import { type GeoProjection, geoConicConformal } from "d3-geo";
import type { Point } from "./geometry.ts";

/** Space kept free around Ukraine, in output units (pixels), for the legend and captions. */
export type Insets = { top: number; right: number; bottom: number; left: number };

/** A fitted projection: lon/lat in, x/y out (y down). */
export type MapProjection = {
  project: (lonLat: Point) => Point;
  width: number;
  height: number;
  /** Output units per kilometre on the ground near Ukraine's centre. */
  unitsPerKm: number;
};

/** Standard parallels and central meridian chosen for Ukraine (44.4°N–52.4°N, 22°E–40°E). */
export const PARALLELS: readonly [number, number] = [45.5, 51];
export const CENTRAL_MERIDIAN = 31.2;

/** Fits the conic projection so that the given lon/lat points (Ukraine's outline) fill the box inside the insets. */
export function fitProjection(focus: readonly Point[], width: number, height: number, insets: Insets): MapProjection {
  const projection: GeoProjection = geoConicConformal()
    .parallels([PARALLELS[0], PARALLELS[1]])
    .rotate([-CENTRAL_MERIDIAN, 0])
    .fitExtent(
      [
        [insets.left, insets.top],
        [Math.max(insets.left + 1, width - insets.right), Math.max(insets.top + 1, height - insets.bottom)],
      ],
      { type: "MultiPoint", coordinates: focus.map((p) => [p[0], p[1]]) },
    );
  const project = (lonLat: Point): Point => {
    const xy = projection([lonLat[0], lonLat[1]]);
    return xy ? [xy[0], xy[1]] : [Number.NaN, Number.NaN];
  };
  // One degree of latitude is 111.2 km; measure it at the centre.
  const a = project([CENTRAL_MERIDIAN, 48]);
  const b = project([CENTRAL_MERIDIAN, 49]);
  const unitsPerKm = Math.hypot(b[0] - a[0], b[1] - a[1]) / 111.2;
  return { project, width, height, unitsPerKm };
}
