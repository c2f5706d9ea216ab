// @ironclad/client: the browser client. Its entry is index.html → main.tsx; this module exposes testable parts.
export { readServerStatus, type ServerStatus } from "./server-status.ts";
