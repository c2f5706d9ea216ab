import { defineProject } from "vitest/config";

export default defineProject({
  oxc: {
    jsx: { runtime: "automatic", importSource: "preact" },
  },
  test: {
    name: "client",
    include: ["src/**/*.test.{ts,tsx}", "e2e/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A browser, a server and bots share two cores: one second (Vitest's default) is too short a wait.
    expect: { poll: { timeout: 15_000 } },
  },
});
