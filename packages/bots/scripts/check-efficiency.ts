// Recomputes the simulator's efficiency block from a scenario file and a `--records` file alone,
// with no engine code: plain JSON, the definitions of docs/balance.md ("Efficiency"), written out
// again. `node packages/bots/bin/check-efficiency.js <scenario.json> <records.jsonl>`.
import { readFileSync } from "node:fs";

interface Rec {
  seed: string;
  concluded: boolean;
  package: Record<string, string> | null;
  signers: string[];
  points: Record<string, number>;
  noDeal: Record<string, number>;
}
interface Sc {
  issues: { id: string; options: { id: string }[] }[];
  seats: {
    id: string;
    kind: string;
    brief?: { noDealValue: number; pointTable: Record<string, Record<string, number>> };
  }[];
}

const [scenarioFile, recordsFile] = process.argv.slice(2);
if (!scenarioFile || !recordsFile) {
  console.error("usage: check-efficiency <scenario.json> <records.jsonl>");
  process.exit(2);
}
const sc = JSON.parse(readFileSync(scenarioFile, "utf8")) as Sc;
const recs = readFileSync(recordsFile, "utf8")
  .split("\n")
  .filter((l) => l.trim() !== "")
  .map((l) => JSON.parse(l) as Rec);

/** Every package's points vector for the seats (keys of a record's `noDeal`). */
function space(seats: string[]) {
  const briefs = seats.map((id) => sc.seats.find((s) => s.id === id)?.brief);
  let vecs: number[][] = [seats.map(() => 0)];
  for (const issue of sc.issues)
    vecs = vecs.flatMap((v) =>
      issue.options.map((o) => v.map((x, k) => x + (briefs[k]?.pointTable[issue.id]?.[o.id] ?? 0))),
    );
  return vecs;
}

const cache = new Map<string, { nd: number[]; nash: number; joint: number; front: number[][]; keys: Set<string> }>();
function reference(seats: string[], nd: number[]) {
  // Keyed by the no-deal values too: a table with a seat under domestic pressure has its own.
  const id = `${seats.join(",")}|${nd.join(",")}`;
  const hit = cache.get(id);
  if (hit) return hit;
  const vecs = space(seats);
  let nash = 0;
  let joint = 0;
  for (const v of vecs) {
    const g = v.map((x, k) => x - (nd[k] ?? 0));
    if (g.some((x) => x < 0)) continue;
    nash = Math.max(
      nash,
      g.reduce((a, b) => a * b, 1),
    );
    joint = Math.max(
      joint,
      g.reduce((a, b) => a + b, 0),
    );
  }
  const distinct = [...new Map(vecs.map((v) => [v.join(","), v])).values()];
  const sum = (v: number[]) => v.reduce((a, b) => a + b, 0);
  distinct.sort((a, b) => sum(b) - sum(a));
  const front: number[][] = [];
  for (const v of distinct)
    if (!front.some((f) => f.every((x, k) => x >= (v[k] ?? 0)) && f.some((x, k) => x > (v[k] ?? 0)))) front.push(v);
  const ref = { nd, nash, joint, front, keys: new Set(front.map((f) => f.join(","))) };
  cache.set(id, ref);
  return ref;
}

const rows: { concluded: boolean; g: number; p: number; d: number; j: number }[] = [];
// The floor: every table's frontier vectors, each scored as a concluded table would be, averaged per table.
const floors: { g: number; p: number; d: number; j: number }[] = [];
for (const r of recs) {
  const seats = Object.keys(r.noDeal);
  const nd = seats.map((s) => r.noDeal[s] ?? 0);
  const ref = reference(seats, nd);
  // (Only the vectors in the zone of agreement: no seat below its no-deal value.)
  const scored = ref.front
    .filter((f) => f.every((x, k) => x >= (nd[k] ?? 0)))
    .map((f) => {
      const gains = f.map((x, k) => x - (nd[k] ?? 0));
      const ratio = gains.some((x) => x < 0) || ref.nash <= 0 ? 0 : gains.reduce((a, b) => a * b, 1) / ref.nash;
      return { g: ratio ** (1 / seats.length), j: ref.joint > 0 ? gains.reduce((a, b) => a + b, 0) / ref.joint : 0 };
    });
  floors.push({
    g: scored.reduce((a, x) => a + x.g, 0) / scored.length,
    p: 1,
    d: 0,
    j: scored.reduce((a, x) => a + x.j, 0) / scored.length,
  });
  const u = seats.map((s) => r.points[s] ?? 0);
  const d = Math.min(...ref.front.map((f) => Math.max(...f.map((x, k) => x - (u[k] ?? 0)))));
  if (!r.concluded) {
    rows.push({ concluded: false, g: 0, p: 0, d, j: 0 });
    continue;
  }
  const gains = u.map((x, k) => x - (nd[k] ?? 0));
  const prod = gains.reduce((a, b) => a * b, 1);
  const ratio = gains.some((x) => x < 0) || ref.nash <= 0 ? 0 : prod / ref.nash;
  rows.push({
    concluded: true,
    g: ratio ** (1 / seats.length),
    p: ref.keys.has(u.join(",")) ? 1 : 0,
    d,
    j: ref.joint > 0 ? gains.reduce((a, b) => a + b, 0) / ref.joint : 0,
  });
}
const mean = (xs: number[]) => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);
const figures = (rs: typeof rows) => ({
  geometricNashRatio: mean(rs.map((r) => r.g)),
  paretoOptimalShare: mean(rs.map((r) => r.p)),
  frontierDistance: mean(rs.map((r) => r.d)),
  jointGainShare: mean(rs.map((r) => r.j)),
});
const concluded = rows.filter((r) => r.concluded);
console.log(
  JSON.stringify(
    {
      tables: rows.length,
      concludedTables: concluded.length,
      concluded: figures(concluded),
      allTables: figures(rows),
      randomFrontier: figures(floors.map((f) => ({ concluded: true, ...f }))),
    },
    null,
    2,
  ),
);
