import { defineConfig, type Plugin } from "vite";
import { colour, paletteCss } from "./src/theme/palette.ts";

// In `npm run dev` the game server runs beside Vite; API and health calls go through this proxy.
const serverUrl = process.env.IRONCLAD_SERVER_URL ?? "http://localhost:2567";

/**
 * The palette as CSS: `import "virtual:palette.css"` gives a stylesheet of custom properties generated
 * from src/theme/palette.ts (so the CSS and the scenes read one list), and the page's theme colour.
 */
function palettePlugin(): Plugin {
  const id = "virtual:palette.css";
  // Resolved to a path-like id (not \0-prefixed) so that Vite's CSS pipeline takes it like a file.
  const resolved = "/__ironclad-palette.css";
  return {
    name: "ironclad-palette",
    resolveId: (source) => (source === id ? resolved : undefined),
    load: (loaded) => (loaded === resolved ? paletteCss() : undefined),
    transformIndexHtml: () => [{ tag: "meta", attrs: { name: "theme-color", content: colour.ink }, injectTo: "head" }],
  };
}

export default defineConfig({
  plugins: [palettePlugin()],
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
