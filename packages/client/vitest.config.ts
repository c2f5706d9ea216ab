import { defineProject } from "vitest/config";

export default defineProject({
  oxc: {
    jsx: { runtime: "automatic", importSource: "preact" },
  },
  test: {
    name: "client",
    include: ["src/**/*.test.{ts,tsx}", "e2e/**/*.test.ts"],
    setupFiles: ["src/i18n/test-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A browser, a server and bots share two cores: one second (Vitest's default) is too short a wait.
    expect: { poll: { timeout: 15_000 } },
    // The end-to-end files mostly wait on game clocks, not the CPU: run two at once, after the
    // other packages (a group of its own, so the server's database tests never overlap them).
    sequence: { groupOrder: 1 },
    maxWorkers: 2,
  },
});
