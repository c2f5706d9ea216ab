// Regenerates src/map/data/map-data.json from world-atlas. Run from the repository root:
//   node packages/client/src/map/build-map-data.ts
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { Topology } from "topojson-specification";
import { prepareMapData } from "./prepare.ts";

const require = createRequire(import.meta.url);
const topology = JSON.parse(fs.readFileSync(require.resolve("world-atlas/countries-50m.json"), "utf8")) as Topology;
const data = prepareMapData(topology);
const out = path.join(import.meta.dirname, "data", "map-data.json");
fs.writeFileSync(out, `${JSON.stringify(data)}\n`);
const points = data.countries.reduce((n, c) => n + c.rings.reduce((m, r) => m + r.length, 0), 0);
console.log(
  `wrote ${path.relative(process.cwd(), out)}: ${data.countries.length} countries, ${points} points, ${fs.statSync(out).size} bytes`,
);
