import { defineConfig } from "vite";

// In `npm run dev` the game server runs beside Vite; API and health calls go through this proxy.
const serverUrl = process.env.IRONCLAD_SERVER_URL ?? "http://localhost:2567";

export default defineConfig({
  oxc: {
    jsx: { runtime: "automatic", importSource: "preact" },
  },
  build: {
    target: "es2022",
    sourcemap: true,
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: {
      "/api": serverUrl,
      "/healthz": serverUrl,
      "/readyz": serverUrl,
      "/matchmake": serverUrl,
    },
  },
});
