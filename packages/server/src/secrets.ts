// Codes, tokens and keys: random from the OS generator, stored only as hashes.
import { createHash, randomBytes, randomInt, timingSafeEqual } from "node:crypto";

/** Join-code letters: no 0/O, 1/I/L, or U/V pairs to misread on a projector or over the phone. */
export const JOIN_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";
/** 29^6 ≈ 595 million codes; with joining rate-limited, guessing a live one is impractical. */
export const JOIN_CODE_LENGTH = 6;

/** A session's code is one letter longer than a table's, so the two can never be confused. */
export const SESSION_CODE_LENGTH = JOIN_CODE_LENGTH + 1;

/** A fresh join code: a table's (`K7QM4X`) or, one letter longer, a session's. */
export function newJoinCode(length = JOIN_CODE_LENGTH): string {
  let code = "";
  for (let i = 0; i < length; i++) code += JOIN_CODE_ALPHABET[randomInt(JOIN_CODE_ALPHABET.length)];
  return code;
}

/** Normalises what a person typed: case, spaces and dashes do not matter. */
export function normaliseJoinCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]/g, "");
}

/** An unguessable bearer secret (seat tokens, facilitator keys): 256 bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** A random identifier for sessions, tables and people (not a secret, but not guessable either). */
export function newId(prefix: string): string {
  return `${prefix}_${randomBytes(9).toString("base64url")}`;
}

/** SHA-256 of a secret, hex; secrets are long and random, so no salt or slow hash is needed. */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** Compares a presented secret with a stored hash in constant time. */
export function secretMatches(secret: string, storedHash: string): boolean {
  const a = Buffer.from(hashSecret(secret), "hex");
  const b = Buffer.from(storedHash, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}
