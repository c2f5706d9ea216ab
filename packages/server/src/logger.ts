import pino from "pino";
import type { Config } from "./config.ts";

/** JSON-lines logger. */
export type Logger = pino.Logger;

/** Creates the process logger at the configured level. */
export function createLogger(level: Config["logLevel"]): Logger {
  return pino({ level, base: { service: "ironclad" } });
}
