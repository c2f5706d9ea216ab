import { defineConfig } from "vite";

// In `npm run dev` the game server runs beside Vite; API and health calls go through this proxy.
const serverUrl = process.env.IRONCLAD_SERVER_URL ?? "http://localhost:2567";

export default defineConfig({
  oxc: {
    jsx: { runtime: "automatic", importSource: "preact" },
  },
  build: {
    target: "es2022",
    // No source maps in production: they would publish the sources, and nothing here reads them.
    sourcemap: false,
    // The game chunk (Phaser, ~1.5 MB raw, ~400 KB gzip) is loaded lazily, only for the map; the pages stay small.
    chunkSizeWarningLimit: 1700,
  },
  server: {
    port: Number(process.env.VITE_PORT ?? 5173),
    proxy: {
      "/api": serverUrl,
      "/healthz": serverUrl,
      "/readyz": serverUrl,
      "/matchmake": serverUrl,
      // A table's WebSocket: /<processId>/<tableId> (the SDK builds it from this page's origin).
      // (Not /play/<tableId>: that is a page of this app.)
      "^/(?!play/)[\\w-]+/tbl_[\\w-]+": { target: serverUrl, ws: true },
    },
  },
});
