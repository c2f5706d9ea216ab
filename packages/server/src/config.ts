// The one place that reads the environment. Everything else receives a validated Config.
import path from "node:path";
import { z } from "zod";

const port = z.coerce.number().int().min(0).max(65_535);

const configSchema = z.object({
  PORT: port.default(2567),
  HOST: z.string().min(1).default("0.0.0.0"),
  DATA_DIR: z.string().min(1).default("./data"),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgres:// or postgresql:// URL")
    .optional(),
  CLIENT_DIST: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  PUBLIC_URL: z.url().optional(),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, "REDIS_URL must be a redis:// or rediss:// URL")
    .optional(),
  PUBLIC_ADDRESS: z
    .string()
    .regex(
      /^[\w.-]+(:\d+)?(\/[\w./-]*)?$/,
      "PUBLIC_ADDRESS is host:port (optionally with a path), as clients reach this process",
    )
    .optional(),
  TRUST_PROXY: z.string().default("false"),
  JOINS_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(120),
  BOT_THINK_MS: z
    .string()
    .regex(/^\d+,\d+$/, "BOT_THINK_MS is min,max in milliseconds, e.g. 1500,6000")
    .default("1500,6000"),
  TABLE_GUARD_SECONDS: z.coerce.number().int().min(1).max(600).default(5),
  RECONNECT_SECONDS: z.coerce.number().int().min(5).max(3600).default(120),
  REMATCH_SECONDS: z.coerce.number().int().min(2).max(600).default(60),
  CHAT_BLOCKLIST: z.string().default(""),
  ALLOWED_ORIGINS: z
    .string()
    .default("")
    .refine(
      (v) => list(v).every((o) => URL.canParse(o)),
      "ALLOWED_ORIGINS is a comma-separated list of origins like https://ironclad.example.org",
    ),
});

/** The server's validated configuration. */
export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  clientDist: string;
  logLevel: z.infer<typeof configSchema>["LOG_LEVEL"];
  publicUrl: string | undefined;
  /** Redis for presence and matchmaking across processes; absent = one process on its own. */
  redisUrl: string | undefined;
  /** How clients reach this very process (host:port), needed when several processes share Redis. */
  publicAddress: string | undefined;
  /** Express's `trust proxy`: which proxies' X-Forwarded-For to believe (rate limits count real addresses). */
  trustProxy: boolean | number | string;
  /** Join attempts per minute per address (a class behind one school NAT shares an address). */
  joinsPerMinute: number;
  /** A bot's pause between moves, like a person at a live table (ms). */
  botThinkMs: { min: number; max: number };
  /** How often each process looks for tables that run nowhere (a dead process's) and restores them. */
  tableGuardSeconds: number;
  /** How long a dropped person's seat stays theirs before they count as gone. */
  reconnectSeconds: number;
  /** How long a rematch offer at a debrief waits for its people before it starts with whoever accepted. */
  rematchSeconds: number;
  /** Words masked in chat (comma-separated in CHAT_BLOCKLIST). */
  chatBlocklist: string[];
  /** Web origins whose pages may use the API and the rooms. */
  allowedOrigins: string[];
};

/** A configuration problem, reported as one line per bad variable. */
export class ConfigError extends Error {
  override name = "ConfigError";
}

/** Reads and validates the configuration from an environment (process.env by default). */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = configSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${lines.join("\n  ")}`);
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    dataDir: path.resolve(c.DATA_DIR),
    databaseUrl: c.DATABASE_URL,
    clientDist: path.resolve(c.CLIENT_DIST ?? new URL("../../client/dist", import.meta.url).pathname),
    logLevel: c.LOG_LEVEL,
    publicUrl: c.PUBLIC_URL,
    redisUrl: c.REDIS_URL,
    publicAddress: c.PUBLIC_ADDRESS,
    tableGuardSeconds: c.TABLE_GUARD_SECONDS,
    botThinkMs: thinkRange(c.BOT_THINK_MS),
    trustProxy: trustProxy(c.TRUST_PROXY),
    joinsPerMinute: c.JOINS_PER_MINUTE,
    reconnectSeconds: c.RECONNECT_SECONDS,
    rematchSeconds: c.REMATCH_SECONDS,
    chatBlocklist: list(c.CHAT_BLOCKLIST),
    allowedOrigins: list(c.ALLOWED_ORIGINS).length ? list(c.ALLOWED_ORIGINS) : defaultOrigins(c.PORT, c.PUBLIC_URL),
  };
}

// "false" (default: the socket's address counts), "true", a hop count, or addresses/subnets like "loopback, 10.0.0.0/8".
function trustProxy(value: string): boolean | number | string {
  if (value === "false") return false;
  if (value === "true") return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

function thinkRange(value: string): { min: number; max: number } {
  const [a = 0, b = 0] = value.split(",").map(Number);
  return { min: Math.min(a, b), max: Math.max(a, b) };
}

function list(value: string): string[] {
  return value
    .split(",")
    .map((w) => w.trim())
    .filter(Boolean);
}

// This server's own addresses, and Vite's dev server (npm run dev), unless ALLOWED_ORIGINS says otherwise.
function defaultOrigins(port: number, publicUrl: string | undefined): string[] {
  const origins = [
    `http://localhost:${port}`,
    `http://127.0.0.1:${port}`,
    "http://localhost:5173",
    "http://127.0.0.1:5173",
  ];
  if (publicUrl) origins.push(new URL(publicUrl).origin);
  return origins;
}

// An exported-but-empty variable (`PORT=`) means "use the default", as in most tools.
function withoutEmpty(env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) if (value !== undefined && value !== "") out[key] = value;
  return out;
}
