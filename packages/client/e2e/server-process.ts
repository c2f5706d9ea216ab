// The real server as a child process: shared with the server's own process-level tests.
export { freePort, type RunningServer, startServer } from "../../server/test/server-process.ts";
