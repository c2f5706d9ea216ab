import "../../../scripts/require-node.js";

// The engine benchmark: `npm run bench --workspace packages/engine [-- --json]`.
// Figures and conditions go to stdout; the clock and the machine facts come from here, because
// the engine itself has neither.
const { runBench } = await import("../src/bench.ts");
const os = await import("node:os");
const { performance } = await import("node:perf_hooks");

const result = runBench({
  now: () => performance.now(),
  cpu: () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
  },
});
const cpus = os.cpus();
const conditions = {
  node: process.version,
  cpu: cpus[0]?.model ?? "unknown",
  cores: cpus.length,
  platform: `${os.platform()} ${os.arch()}`,
};
if (process.argv.includes("--json")) {
  console.log(JSON.stringify({ ...result, ...conditions, loadAverage: os.loadavg()[0] }));
} else {
  console.log(
    `Ironclad engine benchmark — ${conditions.node}, ${conditions.cpu} (${conditions.cores} cores), ${conditions.platform}`,
  );
  console.log(
    `sweep: ${result.packages.toLocaleString("en")} packages × ${result.seats} seats — CPU time median ${result.sweepMs.toFixed(1)} ms, best ${result.sweepMinMs.toFixed(1)} ms over ${result.sweepRuns} runs (target ≤ 50 ms, one core); wall clock median ${result.sweepWallMs.toFixed(1)} ms, best ${result.sweepWallMinMs.toFixed(1)} ms`,
  );
  console.log(
    `load average: ${os
      .loadavg()
      .map((x) => x.toFixed(2))
      .join(" ")} (wall-clock figures are inflated when other processes share the CPU)`,
  );
  console.log(
    `apply: ${result.actionsPerSecond.toLocaleString("en")} actions/s over ${result.games} scripted games (${result.actions.toLocaleString("en")} actions)`,
  );
}
