import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "engine",
    include: ["src/**/*.test.ts"],
    // The CLI tests spawn Node processes; on a loaded 2-core machine that can take seconds.
    testTimeout: 20_000,
  },
});
