import { fileURLToPath } from "node:url";
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

/**
 * A build takes Phaser from src/game/phaser-slim.js, which names the parts of Phaser the scenes use,
 * with Phaser's own feature flags as its webpack build sets them, less the canvas renderer and sound
 * (`npm run dev` keeps the whole prebuilt package, whose sources Vite's dev server could not serve).
 */
function slimPhaserPlugin(): Plugin {
  const file = (relative: string) => fileURLToPath(new URL(relative, import.meta.url));
  return {
    name: "ironclad-slim-phaser",
    apply: "build",
    config: () => ({
      resolve: {
        alias: [
          { find: /^phaser$/, replacement: file("./src/game/phaser-slim.js") },
          { find: /^phaser-src\//, replacement: file("../../node_modules/phaser/src/") },
        ],
      },
      define: {
        "typeof CANVAS_RENDERER": JSON.stringify(false),
        "typeof WEBGL_RENDERER": JSON.stringify(true),
        "typeof WEBGL_DEBUG": JSON.stringify(false),
        "typeof EXPERIMENTAL": JSON.stringify(false),
        "typeof FEATURE_SOUND": JSON.stringify(false),
        "typeof PLUGIN_CAMERA3D": JSON.stringify(false),
        "typeof PLUGIN_FBINSTANT": JSON.stringify(false),
      },
    }),
  };
}

/**
 * The page's text font (IBM Plex Sans, Latin, regular and semibold) preloaded from index.html: the
 * stylesheet that names it comes with the script, so without this the first paint used the fallback
 * font and moved when Plex arrived (#19: Lighthouse measured the landing page's layout shift at
 * 0.16–0.24 on a phone, the header wrapping onto a second line in the fallback).
 */
function fontPreloadPlugin(): Plugin {
  const wanted = /(^|\/)ibm-plex-sans-latin-(400|600)-normal-[\w-]+\.woff2$/;
  let base = "/";
  return {
    name: "ironclad-font-preload",
    apply: "build",
    configResolved: (config) => {
      base = config.base;
    },
    transformIndexHtml: {
      order: "post",
      handler: (_html, ctx) =>
        Object.keys(ctx.bundle ?? {})
          .filter((file) => wanted.test(file))
          .sort()
          .map((file) => ({
            tag: "link",
            attrs: { rel: "preload", href: `${base}${file}`, as: "font", type: "font/woff2", crossorigin: "" },
            injectTo: "head" as const,
          })),
    },
  };
}

export default defineConfig({
  plugins: [palettePlugin(), slimPhaserPlugin(), fontPreloadPlugin()],
  oxc: {
    jsx: { runtime: "automatic", importSource: "preact" },
  },
  build: {
    target: "es2022",
    // No source maps in production: they would publish the sources, and nothing here reads them.
    sourcemap: false,
    // The game chunk (Phaser, ~0.8 MB raw, ~210 KB gzip in the slim build) is loaded lazily; the pages stay small.
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
