// Named places, the Dnipro and the line of contact as [longitude, latitude] from public data.
// docs/map-sources.md says where every coordinate comes from.
import type { Point } from "./geometry.ts";

/** How prominent a place's label is: 1 capital or key city, 2 city, 3 minor (hidden on small screens). */
export type PlaceTier = 1 | 2 | 3;

/** A named point on (or off) the map. */
export type Place = {
  id: string;
  name: string;
  lonLat: Point;
  /** Cities get a dot and a label; sites are only used as anchors for markers. */
  kind: "capital" | "city" | "site";
  tier: PlaceTier;
  /** Which side of the dot its label sits. */
  labelSide?: "left" | "right" | "above" | "below";
  /** A second, smaller line under the name. */
  note?: string;
};

const place = (
  id: string,
  name: string,
  lat: number,
  lon: number,
  kind: Place["kind"],
  tier: PlaceTier,
  extra: Partial<Place> = {},
): Place => ({ id, name, lonLat: [lon, lat], kind, tier, ...extra });

/** Every place the map knows, cities first. Coordinates: Wikipedia/GeoNames town centres, rounded to 0.01°. */
export const PLACES: readonly Place[] = [
  // Capitals and key cities with a label.
  place("kyiv", "Kyiv", 50.45, 30.52, "capital", 1, { labelSide: "left" }),
  place("lviv", "Lviv", 49.84, 24.03, "city", 1, { labelSide: "below" }),
  place("odesa", "Odesa", 46.48, 30.73, "city", 1, { labelSide: "left" }),
  place("kharkiv", "Kharkiv", 49.99, 36.23, "city", 1, { labelSide: "left" }),
  place("dnipro", "Dnipro", 48.46, 35.04, "city", 1, { labelSide: "left" }),
  place("zaporizhzhia", "Zaporizhzhia", 47.84, 35.14, "city", 1, { labelSide: "left" }),
  place("kherson", "Kherson", 46.64, 32.61, "city", 1, { labelSide: "below" }),
  place("warsaw", "Warsaw", 52.23, 21.01, "capital", 1, { labelSide: "right" }),
  place("rzeszow", "Rzeszów", 50.04, 22.0, "city", 1, { labelSide: "left", note: "logistics hub" }),
  place("chisinau", "Chișinău", 47.01, 28.86, "capital", 1, { labelSide: "left" }),
  place("bucharest", "Bucharest", 44.43, 26.1, "capital", 1, { labelSide: "below" }),
  place("minsk", "Minsk", 53.9, 27.56, "capital", 1, { labelSide: "right" }),
  place("moscow", "Moscow", 55.76, 37.62, "capital", 1, { labelSide: "right" }),
  place("budapest", "Budapest", 47.5, 19.04, "capital", 2, { labelSide: "right" }),
  place("vilnius", "Vilnius", 54.69, 25.28, "capital", 2, { labelSide: "right" }),
  place("mykolaiv", "Mykolaiv", 46.98, 32.0, "city", 3, { labelSide: "left" }),
  place("donetsk", "Donetsk", 48.0, 37.8, "city", 3, { labelSide: "right" }),
  place("sevastopol", "Sevastopol", 44.62, 33.53, "city", 3, { labelSide: "left" }),
  place("vinnytsia", "Vinnytsia", 49.23, 28.47, "city", 3, { labelSide: "below" }),
  // Sites: anchors for force markers and events.
  place("simferopol", "Simferopol", 44.95, 34.1, "site", 3),
  place("kramatorsk", "Kramatorsk", 48.72, 37.56, "site", 2),
  place("kostiantynivka", "Kostiantynivka", 48.53, 37.71, "site", 3),
  place("pokrovsk", "Pokrovsk", 48.28, 37.18, "site", 3),
  place("kupiansk", "Kupiansk", 49.71, 37.62, "site", 3),
  place("orikhiv", "Orikhiv", 47.57, 35.79, "site", 3),
  place("zhytomyr", "Zhytomyr", 50.25, 28.66, "site", 2),
  place("rivne-npp", "Rivne nuclear plant", 51.33, 25.89, "site", 2),
  place("khmelnytskyi-npp", "Khmelnytskyi nuclear plant", 50.3, 26.65, "site", 2),
  place("south-ukraine-npp", "South Ukraine nuclear plant", 47.81, 31.22, "site", 2),
  place("zaporizhzhia-npp", "Zaporizhzhia nuclear plant", 47.51, 34.59, "site", 2),
  place("lest", "Lešť", 48.37, 19.32, "site", 2),
  place("kogalniceanu", "Mihail Kogălniceanu", 44.36, 28.49, "site", 2),
  place("cincu", "Cincu", 45.92, 24.79, "site", 2),
  place("eastern-poland", "Eastern Poland", 51.25, 23.3, "site", 2),
  place("istanbul", "Istanbul", 41.01, 28.98, "site", 2),
  // Off the map: events there get an arrow at the edge pointing their way.
  place("berlin", "Berlin", 52.52, 13.4, "site", 2),
  place("brussels", "Brussels", 50.85, 4.35, "site", 2),
  place("paris", "Paris", 48.86, 2.35, "site", 2),
  place("rome", "Rome", 41.9, 12.5, "site", 2),
  place("helsinki", "Helsinki", 60.17, 24.94, "site", 2),
  place("finnish-border", "Finnish border", 66.5, 30.3, "site", 2),
  place("washington", "Washington", 38.9, -77.04, "site", 2),
  place("new-york", "New York (UN)", 40.75, -73.97, "site", 2),
];

const byId = new Map(PLACES.map((p) => [p.id, p]));

/** The place with this id, or undefined. */
export function findPlace(id: string): Place | undefined {
  return byId.get(id);
}

/**
 * The Dnipro from Smolensk to the Dnipro–Buh estuary, upstream to downstream.
 * Named points are towns on its banks; `null` names are shape points on the
 * river's course read off OpenStreetMap (approximate, for drawing only).
 */
export const DNIPRO: ReadonlyArray<{ name: string | null; lonLat: Point }> = [
  { name: "Smolensk", lonLat: [32.05, 54.78] },
  { name: "Orsha", lonLat: [30.42, 54.51] },
  { name: "Mahilyow", lonLat: [30.34, 53.9] },
  { name: "Rahachow", lonLat: [30.05, 53.09] },
  { name: "Rechytsa", lonLat: [30.39, 52.36] },
  { name: "Loyew", lonLat: [30.8, 51.94] },
  { name: null, lonLat: [30.58, 51.25] },
  { name: "Vyshhorod", lonLat: [30.49, 50.58] },
  { name: "Kyiv", lonLat: [30.52, 50.45] },
  { name: "Trypillia", lonLat: [30.78, 50.12] },
  { name: "Kaniv", lonLat: [31.46, 49.75] },
  { name: "Cherkasy", lonLat: [32.06, 49.44] },
  { name: "Kremenchuk", lonLat: [33.42, 49.07] },
  { name: "Verkhnodniprovsk", lonLat: [34.33, 48.66] },
  { name: "Kamianske", lonLat: [34.61, 48.51] },
  { name: "Dnipro", lonLat: [35.04, 48.46] },
  { name: null, lonLat: [35.17, 48.17] },
  { name: "Zaporizhzhia", lonLat: [35.14, 47.84] },
  { name: null, lonLat: [35.0, 47.62] },
  { name: null, lonLat: [34.52, 47.52] },
  { name: null, lonLat: [33.92, 47.15] },
  { name: "Nova Kakhovka", lonLat: [33.37, 46.76] },
  { name: "Kherson", lonLat: [32.61, 46.64] },
  { name: null, lonLat: [32.28, 46.56] },
];

/** Where the line of contact meets the Dnipro and then follows it (index into DNIPRO). */
const DNIPRO_FRONT_START = DNIPRO.findIndex((p) => p.lonLat[0] === 35.0 && p.lonLat[1] === 47.62);

/**
 * The line of contact as publicly reported in 2025, north to south, stylised and
 * approximate: from the Russian border near Vovchansk, east of Kupiansk, through
 * Donetsk oblast west of Pokrovsk, south of Orikhiv to the Dnipro, then down the
 * river past Kherson to the estuary.
 */
export const LINE_OF_CONTACT: readonly Point[] = [
  [36.93, 50.36], // Russian border north of Vovchansk
  [36.94, 50.29], // Vovchansk
  [37.45, 50.05],
  [37.7, 49.71], // east of Kupiansk (Oskil river)
  [37.8, 49.38], // east of Borova
  [37.98, 49.02], // east of Lyman
  [38.1, 48.87], // Siversk
  [37.9, 48.59], // Chasiv Yar
  [37.8, 48.4], // Toretsk
  [37.4, 48.36],
  [37.05, 48.3], // west of Pokrovsk
  [36.95, 48.15],
  [36.75, 47.95], // Dnipropetrovsk oblast border
  [36.7, 47.84], // west of Velyka Novosilka
  [36.35, 47.66], // Huliaipole
  [35.8, 47.5], // south of Orikhiv
  [35.35, 47.56], // Stepnohirsk
  ...DNIPRO.slice(DNIPRO_FRONT_START).map((p) => p.lonLat),
  [31.9, 46.53], // Kinburn spit, in the estuary
];

/**
 * A polygon that, intersected with Ukraine's outline, gives the area behind the
 * line of contact (approximate): the line, then a wide loop east through Russia
 * and the Black Sea.
 */
export const OCCUPIED_MASK: readonly Point[] = [
  ...LINE_OF_CONTACT,
  [31.5, 46.2],
  [31.5, 43.5],
  [41.5, 43.5],
  [41.5, 50.8],
  [36.93, 50.8],
];

/** A marker role shown for a force posture. */
export type ForceRole = "hub" | "training" | "battlegroup" | "air" | "naval" | "nuclear" | "tripwire" | "hq";

/** Where a force posture option would stand: a place and what stands there. */
export type ForceSite = { place: string; role: ForceRole; label: string; labelSide?: "left" | "right" | "below" };

/**
 * Force posture by option id of the "force" issue in scenarios/guarantees-2025.json.
 * Presentation only (where to draw); the scenario's model attributes hold the rules.
 */
export const FORCE_POSTURES: Readonly<Record<string, readonly ForceSite[]>> = {
  none: [
    { place: "rzeszow", role: "hub", label: "Logistics hub" },
    { place: "lest", role: "battlegroup", label: "Allied battlegroup · Lešť" },
    { place: "cincu", role: "training", label: "Training area · Cincu" },
    { place: "kogalniceanu", role: "air", label: "Air base · M. Kogălniceanu" },
  ],
  trainers: [
    { place: "lviv", role: "training", label: "Training · logistics" },
    { place: "zhytomyr", role: "hub", label: "Maintenance hub\nZhytomyr", labelSide: "below" },
    { place: "kyiv", role: "hq", label: "Coordination cell" },
  ],
  mfu: [
    { place: "kyiv", role: "hq", label: "Air defence · HQ" },
    { place: "lviv", role: "air", label: "Air wing" },
    { place: "odesa", role: "naval", label: "Port · Black Sea", labelSide: "below" },
    { place: "rivne-npp", role: "nuclear", label: "Rivne NPP" },
    { place: "khmelnytskyi-npp", role: "nuclear", label: "Khmelnytskyi NPP" },
    { place: "south-ukraine-npp", role: "nuclear", label: "South Ukraine NPP", labelSide: "below" },
  ],
  tripwire: [
    { place: "kharkiv", role: "tripwire", label: "Tripwire" },
    { place: "kramatorsk", role: "tripwire", label: "Tripwire · Kramatorsk" },
    { place: "zaporizhzhia", role: "tripwire", label: "Tripwire" },
    { place: "mykolaiv", role: "tripwire", label: "Tripwire" },
  ],
};

/**
 * Where each stress-test event of scenarios/guarantees-2025.json happens, by event id.
 * Events missing here (energy prices, disinformation) have no single place.
 */
export const EVENT_PLACES: Readonly<Record<string, string>> = {
  "us-midterms": "washington",
  "government-falls": "paris",
  "drone-incursion": "eastern-poland",
  "ceasefire-violation": "kostiantynivka",
  "cable-sabotage": "helsinki",
  "bundestag-budget": "berlin",
  "polish-veto": "warsaw",
  "legitimate-targets": "moscow",
  "istanbul-offer": "istanbul",
  "snap-back-precedent": "new-york",
  "assets-challenge": "brussels",
  "arms-package": "rzeszow",
  "aid-freeze": "washington",
  "reconstruction-conference": "kyiv",
  "corruption-scandal": "kyiv",
  "nuclear-plant": "zaporizhzhia-npp",
  "finnish-border": "finnish-border",
  "air-defence-plant": "lviv",
  "rome-coalition-row": "rome",
};

/** Ukraine's ISO 3166-1 numeric code (world-atlas feature id). */
export const UKRAINE_ID = "804";

/** NATO members in 2025, by ISO 3166-1 numeric code (world-atlas feature ids). */
export const NATO_MEMBERS: ReadonlySet<string> = new Set([
  "008",
  "100",
  "191",
  "203",
  "208",
  "233",
  "246",
  "276",
  "300",
  "348",
  "380",
  "428",
  "440",
  "499",
  "578",
  "616",
  "642",
  "703",
  "705",
  "752",
  "792",
  "807",
]);
