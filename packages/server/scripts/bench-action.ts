// `npm run bench:action -- [--tables T] [--actions N] [--seed S]`
//
// The server's own CPU per accepted action, without sockets: what a table room does between
// receiving an action and handing the patch to Colyseus. It plays the load benchmark's mix of
// actions (amend, support, withdraw, draft edits, ready; eight seats, each with one person
// connected) on T tables in turn, N actions each, and times the three steps the room takes for
// each one: `applyParsed`, `stateHash` (the event log's check), `projectTable` (the schema,
// with the private part of every watched audience) and the patch (Colyseus's own SchemaSerializer
// encoding it for each person's StateView, as `broadcastPatch` does), with the bytes each person
// would receive, and the bytes allocated per action (from the heap before and after each garbage
// collection, the benchmark's own choices included: they are what drives the young generation's
// collections). Times are the main thread's CPU time (`process.threadCpuUsage`), so a busy machine
// slows the run but moves the figures little. A benchmark reports numbers; it asserts nothing.
import os from "node:os";
import { parseArgs } from "node:util";

import v8 from "node:v8";
import { ClientState, SchemaSerializer } from "@colyseus/core";
import { StateView } from "@colyseus/schema";
import { type Action, applyParsed, type GameState, initialState, parseAction, stateHash } from "@ironclad/engine";
import { defaultScenario } from "@ironclad/engine/default-scenario";
import { type Delegations, projectTable } from "../src/table-projection.ts";
import { publicEvents } from "../src/table-room.ts";
import { TableState } from "../src/table-schema.ts";

const { values } = parseArgs({
  options: {
    tables: { type: "string", default: "50" },
    actions: { type: "string", default: "400" },
    seed: { type: "string", default: "1" },
  },
});
const TABLES = Number(values.tables);
const ACTIONS = Number(values.actions);
const SEATS = ["kyiv", "washington", "paris", "london", "berlin", "warsaw", "rome", "helsinki"];

// A small seeded generator for the players' choices (the engine's own rng is for the game).
let r = Number(values.seed) >>> 0 || 1;
const random = () => {
  r ^= r << 13;
  r ^= r >>> 17;
  r ^= r << 5;
  return (r >>> 0) / 4294967296;
};
const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(random() * list.length)];

/** A connected person as the serializer sees one: a view, and a socket that counts its bytes. */
type Person = { state: ClientState; view: StateView; raw: (bytes: Uint8Array) => void };
type Table = {
  state: GameState;
  target: TableState;
  delegations: Delegations;
  watched: Set<string>;
  serializer: SchemaSerializer<TableState>;
  people: Person[];
};
let bytesSent = 0;

const scenario = defaultScenario();
const issues = scenario.issues.map((i) => ({ id: i.id, options: i.options.map((o) => o.id) }));

function openTable(k: number): Table {
  let state = initialState(scenario, {
    seed: `bench-${k}`,
    tableId: `t${k}`,
    seats: [...SEATS, "moscow"],
    controllers: Object.fromEntries(SEATS.map((s) => [s, "human"])),
    timings: { briefingSeconds: 0, rounds: 10, roundSeconds: 7200 },
    at: 1_000_000,
  });
  const start = applyParsed(state, { type: "table/start", actor: { kind: "facilitator" }, at: 1_000_000 });
  if (!start.ok) throw new Error(start.error.message);
  state = start.state;
  const delegations: Delegations = new Map();
  for (const seat of Object.keys(state.seats))
    delegations.set(
      seat,
      SEATS.includes(seat) ? { names: [`Load ${seat}`], connected: 1 } : { names: [], connected: 0 },
    );
  const target = new TableState();
  // The facilitator watches too, as in bench:load, where each table's facilitator is connected.
  const watched = new Set([...SEATS.map((s) => `seat:${s}`), "facilitator"]);
  projectTable(state, delegations, target, watched);
  const serializer = new SchemaSerializer<TableState>();
  serializer.reset(target);
  // Each person's view holds their own private part, as the room's #admit gives it.
  const people = SEATS.map((seat) => {
    const view = new StateView();
    const part = target.privates.get(`seat:${seat}`);
    if (part) view.add(part);
    const raw = (bytes: Uint8Array) => {
      bytesSent += bytes.byteLength;
    };
    return { state: ClientState.JOINED, view, raw };
  });
  // The facilitator's own view; its bytes are not the people's (the figure below is per seat).
  const facilitatorView = new StateView();
  const facilitatorPart = target.privates.get("facilitator");
  if (facilitatorPart) facilitatorView.add(facilitatorPart);
  people.push({ state: ClientState.JOINED, view: facilitatorView, raw: () => {} });
  // Every person has the full state already (what joining sent); only patches from here on count.
  serializer.applyPatches(people as never, target);
  bytesSent = 0;
  return { state, target, delegations, watched, serializer, people };
}

/** The load client's choice for one person (see load-client.ts), as the action it would send. */
function choose(state: GameState, seat: string, at: number): unknown {
  const x = random();
  const base = { actor: { kind: "seat", seat }, at };
  if (x < 0.25 && seat !== "kyiv") return { ...base, type: "seat/ready", ready: !state.seats[seat]?.ready };
  if (state.penHolder === seat) {
    const issue = pick(issues);
    const option = pick(issue?.options.filter((o) => o !== state.draft[issue.id]) ?? []);
    return { ...base, type: "draft/set", issue: issue?.id, option };
  }
  const open = state.amendments.filter((m) => m.status === "open");
  if (x < 0.6) {
    const target = pick(open.filter((m) => m.by !== seat && !m.supporters.includes(seat)));
    if (target) return { ...base, type: "draft/support", amendment: target.id };
  }
  const mine = open.filter((m) => m.by === seat);
  if (mine.length >= 3) return { ...base, type: "draft/withdraw", amendment: mine[0]?.id };
  const issue = pick(issues);
  const option = pick(issue?.options.filter((o) => o !== state.draft[issue.id]) ?? []);
  return { ...base, type: "draft/amend", issue: issue?.id, option };
}

const tables = Array.from({ length: TABLES }, (_, k) => openTable(k));
const us = { apply: 0, hash: 0, project: 0, patch: 0 };
const cpuUs = () => {
  const c = process.threadCpuUsage();
  return c.user + c.system;
};
let accepted = 0;
let refused = 0;
const gcProfiler = new v8.GCProfiler();
gcProfiler.start();
const heap0 = v8.getHeapStatistics().used_heap_size;
const cpu0 = process.cpuUsage();
const wall0 = process.hrtime.bigint();
for (let n = 0; n < ACTIONS; n++) {
  for (const table of tables) {
    const seat = pick(SEATS) as string;
    const parsed = parseAction(choose(table.state, seat, table.state.now + 125));
    if (!parsed.ok) {
      refused++;
      continue;
    }
    const t0 = cpuUs();
    const result = applyParsed(table.state, parsed.action as Action);
    const t1 = cpuUs();
    us.apply += t1 - t0;
    if (!result.ok) {
      refused++;
      continue;
    }
    accepted++;
    table.state = result.state;
    stateHash(result.state);
    const t2 = cpuUs();
    us.hash += t2 - t1;
    projectTable(table.state, table.delegations, table.target, table.watched);
    // The action's public events ride in its patch, as the room writes them.
    if (result.events.length > 0)
      table.target.eventsJson = JSON.stringify({ seq: table.state.seq, events: publicEvents(result.events) });
    const t3 = cpuUs();
    us.project += t3 - t2;
    table.serializer.applyPatches(table.people as never, table.target);
    us.patch += cpuUs() - t3;
  }
}
const wallMs = Number(process.hrtime.bigint() - wall0) / 1e6;
const cpu = process.cpuUsage(cpu0);
const heap1 = v8.getHeapStatistics().used_heap_size;
// Allocated: what each collection found, less what the one before it left, plus the growth since the last.
let allocated = 0;
let left = heap0;
const collections = gcProfiler.stop().statistics;
for (const gc of collections) {
  allocated += gc.beforeGC.heapStatistics.usedHeapSize - left;
  left = gc.afterGC.heapStatistics.usedHeapSize;
}
allocated += heap1 - left;
const per = (x: number) => (x / accepted).toFixed(1);
const amendments = tables.reduce((sum, t) => sum + t.state.amendments.length, 0) / TABLES;

console.log(`bench:action — ${TABLES} tables × ${ACTIONS} actions, 8 seats with one person each, seed ${values.seed}`);
console.log(
  `  Node ${process.version}, ${os.cpus()[0]?.model ?? "cpu"}, load average ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ")}`,
);
console.log(`  ${accepted} accepted, ${refused} refused; ${amendments.toFixed(0)} amendments per table at the end`);
console.log(
  `  per accepted action (main thread's CPU): apply ${per(us.apply)} µs, stateHash ${per(us.hash)} µs, projectTable ${per(us.project)} µs, patch ${per(us.patch)} µs; ` +
    `in all ${(((cpu.user + cpu.system) / 1e3 / accepted) * 1e3).toFixed(1)} µs of CPU (${(wallMs / 1e3).toFixed(1)} s wall)`,
);
console.log(
  `  bytes per accepted action per person: ${(bytesSent / accepted / SEATS.length).toFixed(1)} (the patches ${SEATS.length} people receive)`,
);
console.log(
  `  allocated per accepted action: ${(allocated / accepted / 1024).toFixed(1)} KB (${collections.length} collections)`,
);
