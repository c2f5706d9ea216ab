// `npm run dev`: the server restarting on change, and Vite's dev server with hot reload proxying to it.
import "./require-node.js";
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const port = process.env.PORT ?? "2567";
const vitePort = process.env.VITE_PORT ?? "5173";
const env = {
  ...process.env,
  PORT: port,
  IRONCLAD_SERVER_URL: `http://localhost:${port}`,
  VITE_PORT: vitePort,
  // Pages come from Vite's origin in development; the server must accept it (API and table sockets).
  ALLOWED_ORIGINS:
    process.env.ALLOWED_ORIGINS ?? `http://localhost:${vitePort},http://127.0.0.1:${vitePort},http://localhost:${port}`,
};

const children = [
  spawn(
    process.execPath,
    [
      "--watch-path=packages/server/src",
      "--watch-path=packages/engine/src",
      "--watch-path=packages/bots/src",
      "packages/server/bin/server.js",
    ],
    {
      cwd: root,
      env: { ...env, LOG_LEVEL: process.env.LOG_LEVEL ?? "debug" },
      stdio: "inherit",
    },
  ),
  spawn(process.execPath, [path.join(root, "node_modules/vite/bin/vite.js"), "--port", vitePort, "--strictPort"], {
    cwd: path.join(root, "packages/client"),
    env,
    stdio: "inherit",
  }),
];
console.log(
  `Ironclad dev: open http://localhost:${vitePort} (hot reload; the API proxies to the server on port ${port})`,
);

let stopping = false;
function stop(code) {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill("SIGTERM");
  process.exitCode = code;
}
process.on("SIGINT", () => stop(0));
process.on("SIGTERM", () => stop(0));
for (const child of children) child.on("exit", (code) => stop(code ?? 0));
