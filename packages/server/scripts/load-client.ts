// A load-generator worker for `npm run bench:load`: a child process (forked by bench-load.ts) that
// plays many simulated people over the real protocol with @colyseus/sdk and reports what it measured.
//
// Each person sends one action every 1/rate seconds (open loop: the next one goes out on time
// whether or not the last was answered) and times it from send to the first patch that reflects it:
// an amendment appearing in `state.amendments`, a support in its `supporters`, a withdrawal in its
// `status`, a draft change in `state.draft`, `ready` in `state.seats`, or the chat message coming back.
import fs from "node:fs";
import http from "node:http";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Client, type Room } from "@colyseus/sdk";
import { PROTOCOL_VERSION } from "@ironclad/engine/protocol";

/** One table (or echo room) this worker plays. */
export type WorkerTable = {
  /** Table id; absent in echo mode, where the worker creates the room. */
  tableId?: string;
  code?: string;
  facilitatorKey?: string;
  /** Loopback source address for this table's HTTP joins (joining is rate-limited per address). */
  localAddress?: string;
};

/** Messages from the orchestrator. */
export type ToWorker =
  | {
      type: "setup";
      mode: "ironclad" | "echo";
      url: string;
      tables: WorkerTable[];
      clientsPerTable: number;
      seats: string[];
    }
  | { type: "go"; startAt: number; seconds: number; rate: number }
  | { type: "stop" };

/** Messages to the orchestrator. */
export type FromWorker =
  | { type: "ready"; connectMs: number[]; errors: Record<string, number> }
  | {
      type: "done";
      latencyMs: number[];
      sent: number;
      errors: Record<string, number>;
      byType: Record<string, number[]>;
      cpuMs: number;
      wallMs: number;
      /** This worker's main thread: time running and time waiting for a CPU (ms). */
      runMs: number;
      waitMs: number;
      /** WebSocket bytes its people received from the start of the run until its answers were in, by kind. */
      bytesIn: Record<string, number>;
      /** This worker's own event-loop delay over the run (ms): a stall here is latency the server did not add. */
      loopDelayMs: { p99: number; max: number };
    }
  | { type: "fatal"; message: string };

const TIMEOUT_MS = 10_000;
const CHAT_BURST = 4; // the server allows 5 per 10 s per connection; stay under it
const CHAT_WINDOW_MS = 10_000;
const MAX_OWN_OPEN = 3; // the engine allows 5 open amendments per seat; withdraw before that
const SUPPORT_WINDOW_MS = 3_000; // support only fresh amendments ...
const WITHDRAW_AFTER_MS = 6_000; // ... and withdraw only old ones, so the two never race
// The pen-holder edits the issues at even places in the scenario, the others amend those at odd
// places. A draft/set and a draft/amend in flight at once for the same issue and option made the
// second a stale action the server rightly refuses (`draft/no_change`: "the draft already says
// that"): two people racing, not a server fault, yet counted among the run's errors (2-5 a run).
const setsIssue = (index: number) => index % 2 === 0;

// biome-ignore lint/suspicious/noExplicitAny: the decoded schema state is dynamic on the client side
type AnyState = any;

type Pending = {
  kind: string;
  sentAt: number;
  measured: boolean;
  done: (state: AnyState) => boolean;
  /** An amendment key (issue=option) this send reserves until it shows up. */
  reserves?: string;
  /** A chat message's text, matched against its echo. */
  text?: string;
};

type Person = {
  room: Room<AnyState>;
  seat: string;
  mayReady: boolean;
  pending: Pending[];
  chatTimes: number[];
  firstSeen: Map<number, number>;
  nonce: number;
  sessionId: string;
  issues: { id: string; options: string[] }[];
};

const errors: Record<string, number> = {};
const countError = (code: string) => {
  errors[code] = (errors[code] ?? 0) + 1;
};

let mode: "ironclad" | "echo" = "ironclad";
let measuring = false;
const latencyMs: number[] = [];
const byType: Record<string, number[]> = {};
let sent = 0;
const people: Person[] = [];
/** Whether received bytes count: from the start of the run until the last answers are in. */
let countingBytes = false;
const bytesIn: Record<string, number> = {};
/** Colyseus's first byte of a server frame, by name (the rest are counted as `other`). */
const FRAME_KINDS: Record<number, string> = { 13: "message", 14: "state", 15: "patch" };
let stopping = false;

function send(msg: FromWorker): void {
  process.send?.(msg);
}

/** POST a JSON body from a given loopback address (node:http, because fetch cannot pick one). */
function postJson(url: string, body: unknown, localAddress?: string): Promise<{ status: number; body: AnyState }> {
  return new Promise((resolve, reject) => {
    const data = JSON.stringify(body);
    const req = http.request(
      url,
      {
        method: "POST",
        headers: { "content-type": "application/json", "content-length": Buffer.byteLength(data) },
        ...(localAddress ? { localAddress } : {}),
        agent: false,
      },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (c) => (text += c));
        res.on("end", () => {
          try {
            resolve({ status: res.statusCode ?? 0, body: JSON.parse(text) });
          } catch {
            resolve({ status: res.statusCode ?? 0, body: text });
          }
        });
      },
    );
    req.on("error", reject);
    req.end(data);
  });
}

function waitFor(room: Room<AnyState>, ok: (s: AnyState) => boolean, ms: number): Promise<void> {
  return new Promise((resolve, reject) => {
    if (room.state && ok(room.state)) return resolve();
    // Removing a handler while the SDK iterates its handlers would skip another one: do it later.
    const off = () => queueMicrotask(() => room.onStateChange.remove(check));
    const timer = setTimeout(() => {
      off();
      reject(new Error("timed out waiting for state"));
    }, ms);
    const check = (s: AnyState) => {
      if (ok(s)) {
        clearTimeout(timer);
        off();
        resolve();
      }
    };
    room.onStateChange(check);
  });
}

function settle(person: Person, state: AnyState): void {
  if (person.pending.length === 0) return;
  const now = performance.now();
  const left: Pending[] = [];
  for (const p of person.pending) {
    let ok = false;
    try {
      ok = p.done(state);
    } catch {
      ok = false;
    }
    if (ok) record(p, now);
    else left.push(p);
  }
  person.pending = left;
}

function record(p: Pending, now: number): void {
  if (!p.measured) return;
  const ms = now - p.sentAt;
  latencyMs.push(ms);
  const list = byType[p.kind] ?? [];
  list.push(ms);
  byType[p.kind] = list;
}

/** Counts the bytes of every frame the room's socket receives (while `countingBytes`), by kind. */
function countBytes(room: Room<AnyState>): void {
  const events = (room as AnyState).connection?.events;
  const deliver = events?.onmessage;
  if (typeof deliver !== "function") return;
  events.onmessage = (event: { data: ArrayBuffer | Uint8Array }) => {
    if (countingBytes) {
      const data = event.data;
      const first = data instanceof Uint8Array ? data[0] : new Uint8Array(data, 0, 1)[0];
      const kind = FRAME_KINDS[first ?? -1] ?? "other";
      bytesIn[kind] = (bytesIn[kind] ?? 0) + data.byteLength;
    }
    deliver(event);
  };
}

function attach(person: Person): void {
  const { room } = person;
  countBytes(room);
  room.onStateChange((state: AnyState) => settle(person, state));
  room.onMessage("*", (type: string | number, payload: AnyState) => {
    if (type === "error") {
      countError(`refused:${payload?.code ?? "unknown"}`);
      // The refused action will never show in the state: drop the oldest unanswered one of its kind
      // (a chat line or an action). Chat is answered at once and actions after their batch is saved,
      // so under a backlog a chat refusal dropped a pending amendment, whose reservation went with it:
      // the seat proposed it again (draft/duplicate_amendment, 4 in a saturated 250 × 8 run).
      const chat = String(payload?.code ?? "").startsWith("chat/");
      const i = person.pending.findIndex((p) => (p.kind === "chat") === chat);
      person.pending.splice(Math.max(0, i), 1);
    } else if (type === "chat" && payload?.fromSeat === person.seat && typeof payload.text === "string") {
      const now = performance.now();
      const i = person.pending.findIndex((p) => p.kind === "chat" && p.text === payload.text);
      if (i >= 0) {
        const [p] = person.pending.splice(i, 1);
        if (p) record(p, now);
      }
    }
  });
  room.onLeave((code: number) => {
    if (!stopping) countError(`left:${code}`);
  });
  room.onError((code: number, message?: string) => countError(`room-error:${code}:${message ?? ""}`.slice(0, 80)));
}

// ---------------------------------------------------------------------------------------------
// Setup

/** Runs `each` over `items`, at most `limit` at a time (a steady stream of joins, not a stampede). */
async function pool<T>(items: T[], limit: number, each: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await each(items[next++] as T);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

const SETUP_LANES = 8;

async function setupIronclad(url: string, tables: WorkerTable[], clientsPerTable: number, seats: string[]) {
  const connectMs: number[] = [];
  const sdk = new Client(url);
  await pool(tables, SETUP_LANES, async (table) => {
    const tableId = String(table.tableId);
    for (let j = 0; j < clientsPerTable; j++) {
      const seat = seats[j % seats.length] as string;
      const started = performance.now();
      try {
        const joined = await postJson(
          `${url}/api/join`,
          { code: table.code, name: `Load ${j + 1}`, seat },
          table.localAddress,
        );
        if (joined.status !== 201) throw new Error(`join ${joined.status} ${JSON.stringify(joined.body)}`);
        const room = await sdk.joinById(tableId, { seatToken: joined.body.seatToken, protocol: PROTOCOL_VERSION });
        const person: Person = {
          room,
          seat,
          // One seat never says ready, so "every seat ready" never ends the round early.
          mayReady: j > 0 && j < seats.length,
          pending: [],
          chatTimes: [],
          firstSeen: new Map(),
          nonce: 0,
          sessionId: room.sessionId,
          issues: [],
        };
        room.onMessage("scenario", (json: string) => {
          try {
            const sc = JSON.parse(json);
            person.issues = (sc.issues ?? []).map((i: AnyState) => ({
              id: String(i.id),
              options: (i.options ?? []).map((o: AnyState) => String(o.id)),
            }));
          } catch {
            countError("scenario-json");
          }
        });
        attach(person);
        await waitFor(room, (s) => s.seats?.get(seat)?.connected > 0, TIMEOUT_MS);
        connectMs.push(performance.now() - started);
        people.push(person);
      } catch (error) {
        countError(`connect:${String(error).slice(0, 80)}`);
      }
    }
    // Everyone seated (no bot negotiates, and none played while people arrived): the facilitator
    // starts the table (a briefing of 0 s: straight into round 1) and leaves.
    try {
      const fac = await sdk.joinById(tableId, { facilitatorKey: table.facilitatorKey, protocol: PROTOCOL_VERSION });
      fac.onMessage("*", () => {});
      await waitFor(fac, (s) => s.seats?.size > 0, TIMEOUT_MS);
      if (fac.state.phase === "lobby") fac.send("action", { type: "table/start" });
      await waitFor(fac, (s) => s.phase === "negotiation", TIMEOUT_MS);
      await fac.leave();
    } catch (error) {
      countError(`start:${String(error).slice(0, 60)}`);
    }
  });
  return connectMs;
}

async function setupEcho(url: string, tables: WorkerTable[], clientsPerTable: number) {
  const connectMs: number[] = [];
  const sdk = new Client(url);
  await pool(tables, SETUP_LANES, async () => {
    let roomId = "";
    for (let j = 0; j < clientsPerTable; j++) {
      const started = performance.now();
      try {
        const room = j === 0 ? await sdk.create("echo") : await sdk.joinById(roomId, {});
        if (j === 0) roomId = room.roomId;
        const person: Person = {
          room,
          seat: room.sessionId,
          mayReady: false,
          pending: [],
          chatTimes: [],
          firstSeen: new Map(),
          nonce: 0,
          sessionId: room.sessionId,
          issues: [],
        };
        attach(person);
        await waitFor(room, (s) => s.values !== undefined, TIMEOUT_MS);
        connectMs.push(performance.now() - started);
        people.push(person);
      } catch (error) {
        countError(`connect:${String(error).slice(0, 80)}`);
      }
    }
  });
  return connectMs;
}

// ---------------------------------------------------------------------------------------------
// Actions

const pick = <T>(list: readonly T[]): T | undefined => list[Math.floor(Math.random() * list.length)];

function act(person: Person, measured: boolean): void {
  const now = performance.now();
  const push = (kind: string, done: (s: AnyState) => boolean, extra: Partial<Pending> = {}) => {
    person.pending.push({ kind, sentAt: performance.now(), measured, done, ...extra });
    sent++;
  };
  if (mode === "echo") {
    const n = ++person.nonce;
    const id = person.sessionId;
    person.room.send("echo", { n });
    push("echo", (s) => s.values.get(id) === n);
    return;
  }
  const state = person.room.state;
  if (!state?.seats) return;
  const me = person.seat;
  for (const m of state.amendments) if (!person.firstSeen.has(m.id)) person.firstSeen.set(m.id, now);
  person.chatTimes = person.chatTimes.filter((t) => now - t < CHAT_WINDOW_MS);
  const r = Math.random();

  // Chat (a quarter of actions, within the chat limit): measured by its echo to the sender.
  if (r < 0.25 && person.chatTimes.length < CHAT_BURST) {
    const text = `load ${me} ${++person.nonce} ${Math.random().toString(36).slice(2, 8)}`;
    person.chatTimes.push(now);
    person.room.send("chat", { channel: "table", text });
    person.pending.push({ kind: "chat", sentAt: performance.now(), measured, done: () => false, text });
    sent++;
    return;
  }
  // Ready on and off (a fifth), for the seats allowed to.
  // (Not while the last one is unanswered: the state would still show the old value.)
  if (r < 0.45 && person.mayReady && !person.pending.some((p) => p.kind === "ready")) {
    const value = !state.seats.get(me)?.ready;
    person.room.send("action", { type: "seat/ready", ready: value });
    push("ready", (s) => s.seats.get(me)?.ready === value);
    return;
  }
  // The pen-holder edits the draft directly.
  if (state.penHolder === me) {
    const issue = pick(
      person.issues.filter((i, k) => setsIssue(k) && !person.pending.some((p) => p.reserves === `set:${i.id}`)),
    );
    if (!issue) return;
    const current = state.draft.get(issue.id) ?? "";
    const option = pick(issue.options.filter((o) => o !== current));
    if (!option) return;
    person.room.send("action", { type: "draft/set", issue: issue.id, option });
    push("draft/set", (s) => s.draft.get(issue.id) === option, { reserves: `set:${issue.id}` });
    return;
  }
  // Support a fresh amendment by another seat (a third), if there is one.
  if (r < 0.75) {
    const candidates = state.amendments.filter(
      (m: AnyState) =>
        m.status === "open" &&
        m.by !== me &&
        !m.supporters.includes(me) &&
        now - (person.firstSeen.get(m.id) ?? now) < SUPPORT_WINDOW_MS &&
        !person.pending.some((p) => p.reserves === `support:${m.id}`),
    );
    const target = pick(candidates as AnyState[]);
    if (target) {
      const id = target.id as number;
      person.room.send("action", { type: "draft/support", amendment: id });
      push(
        "draft/support",
        (s) => {
          for (const m of s.amendments) if (m.id === id) return m.supporters.includes(me) || m.status !== "open";
          return false;
        },
        { reserves: `support:${id}` },
      );
      return;
    }
  }
  // Otherwise amend; keep few open amendments by withdrawing old ones first.
  const mine = state.amendments.filter((m: AnyState) => m.by === me && m.status === "open") as AnyState[];
  const pendingAmends = person.pending.filter((p) => p.kind === "draft/amend").length;
  if (mine.length + pendingAmends >= MAX_OWN_OPEN) {
    const old = mine.find(
      (m) =>
        now - (person.firstSeen.get(m.id) ?? now) > WITHDRAW_AFTER_MS &&
        !person.pending.some((p) => p.reserves === `withdraw:${m.id}`),
    );
    if (!old) return; // nothing old enough: skip this tick rather than race a supporter
    const id = old.id as number;
    person.room.send("action", { type: "draft/withdraw", amendment: id });
    push(
      "draft/withdraw",
      (s) => {
        for (const m of s.amendments) if (m.id === id) return m.status !== "open";
        return false;
      },
      { reserves: `withdraw:${id}` },
    );
    return;
  }
  const reserved = new Set([
    ...mine.map((m) => `${m.issue}=${m.option}`),
    ...person.pending.map((p) => p.reserves ?? ""),
  ]);
  const amendable = person.issues.filter((_, k) => !setsIssue(k));
  for (let attempt = 0; attempt < 5; attempt++) {
    const issue = pick(amendable);
    if (!issue) return;
    const current = state.draft.get(issue.id) ?? "";
    const option = pick(issue.options.filter((o) => o !== current && !reserved.has(`${issue.id}=${o}`)));
    if (!option) continue;
    person.room.send("action", { type: "draft/amend", issue: issue.id, option });
    push(
      "draft/amend",
      (s) => {
        for (const m of s.amendments) if (m.by === me && m.issue === issue.id && m.option === option) return true;
        return false;
      },
      { reserves: `${issue.id}=${option}` },
    );
    return;
  }
}

function sched(): { runMs: number; waitMs: number } {
  try {
    const [run, wait] = fs.readFileSync("/proc/self/schedstat", "utf8").trim().split(" ").map(Number);
    return { runMs: (run ?? 0) / 1e6, waitMs: (wait ?? 0) / 1e6 };
  } catch {
    return { runMs: 0, waitMs: 0 };
  }
}

async function run(startAt: number, seconds: number, rate: number): Promise<void> {
  const interval = 1000 / rate;
  const endAt = startAt + seconds * 1000;
  const cpu0 = process.cpuUsage();
  const wall0 = Date.now();
  const sched0 = sched();
  await new Promise((r) => setTimeout(r, Math.max(0, startAt - Date.now())));
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  measuring = true;
  countingBytes = true;
  const timers: NodeJS.Timeout[] = [];
  for (const person of people) {
    // Spread the people evenly over the interval; each then keeps its own steady beat.
    const offset = Math.random() * interval;
    let next = Date.now() + offset;
    const tick = () => {
      if (Date.now() >= endAt || stopping) return;
      act(person, measuring);
      next += interval;
      timers.push(setTimeout(tick, Math.max(0, next - Date.now())));
    };
    timers.push(setTimeout(tick, offset));
  }
  await new Promise((r) => setTimeout(r, Math.max(0, endAt - Date.now())));
  measuring = false;
  // Let the last answers arrive; whatever is still unanswered after the timeout is an error.
  const drainUntil = Date.now() + TIMEOUT_MS;
  while (Date.now() < drainUntil && people.some((p) => p.pending.some((x) => x.measured))) {
    await new Promise((r) => setTimeout(r, 100));
  }
  countingBytes = false;
  loop.disable();
  for (const person of people) {
    for (const p of person.pending) if (p.measured) countError(`timeout:${p.kind}`);
    person.pending = [];
  }
  for (const t of timers) clearTimeout(t);
  const cpu = process.cpuUsage(cpu0);
  const sched1 = sched();
  send({
    runMs: sched1.runMs - sched0.runMs,
    waitMs: sched1.waitMs - sched0.waitMs,
    type: "done",
    latencyMs,
    sent,
    errors,
    byType,
    cpuMs: (cpu.user + cpu.system) / 1000,
    wallMs: Date.now() - wall0,
    bytesIn,
    loopDelayMs: { p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 },
  });
}

process.on("message", (msg: ToWorker) => {
  if (msg.type === "setup") {
    mode = msg.mode;
    const setup =
      msg.mode === "echo"
        ? setupEcho(msg.url, msg.tables, msg.clientsPerTable)
        : setupIronclad(msg.url, msg.tables, msg.clientsPerTable, msg.seats);
    setup.then(
      (connectMs) => send({ type: "ready", connectMs, errors: { ...errors } }),
      (error) => send({ type: "fatal", message: String(error) }),
    );
  } else if (msg.type === "go") {
    for (const k of Object.keys(errors)) delete errors[k]; // setup errors were reported already
    run(msg.startAt, msg.seconds, msg.rate).catch((error) => send({ type: "fatal", message: String(error) }));
  } else if (msg.type === "stop") {
    stopping = true;
    Promise.allSettled(people.map((p) => p.room.leave())).finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3_000).unref();
  }
});
process.on("disconnect", () => process.exit(0));
