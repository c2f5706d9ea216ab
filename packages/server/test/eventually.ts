import { vi } from "vitest";

/** vi.waitFor with a timeout fit for a loaded 2-core CI machine (its default is 1 s). */
export function eventually<T>(
  check: () => T | Promise<T>,
  options: { timeout?: number; interval?: number } = {},
): Promise<T> {
  return vi.waitFor(check, { timeout: 10_000, interval: 50, ...options });
}
