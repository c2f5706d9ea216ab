// The V8 flags a hosted server process runs with (Dockerfile, `npm run cluster`, the load benchmark).
//
// --max-semi-space-size=4: V8's young generation grows to 16 MB semi-spaces under the allocation rate
// of hundreds of tables, and that slack is most of the process's RSS. At 4 MB the same 40-table load
// held 4.1 MB of RSS a table instead of 7.1 MB, and 250 quiet tables 0.76 MB instead of 1.35 MB, for
// about the same CPU per action (docs/performance.md, "Memory per table").
export const SERVER_NODE_FLAGS = ["--max-semi-space-size=4"] as const;
