import fs from "node:fs";
import path from "node:path";
import express from "express";
import { compressedAssets } from "./compressed-assets.ts";
import type { Store } from "./store.ts";

/** Liveness and readiness: /healthz says the process answers, /readyz that the store does too. */
export function mountHealthRoutes(app: express.Application, store: Store): void {
  app.get("/healthz", (_req, res) => {
    res.json({ status: "ok" });
  });
  app.get("/readyz", async (_req, res) => {
    try {
      await store.ping();
      res.json({ status: "ready", store: store.kind });
    } catch (error) {
      res.status(503).json({ status: "unavailable", store: store.kind, message: String(error) });
    }
  });
}

/**
 * Serves the built client. Unknown GET paths that look like pages fall back to index.html
 * so that deep links (/join/ABCD) work; API paths and files with an extension do not.
 */
export function mountClient(
  app: express.Application,
  clientDist: string,
  onCompressionError: (error: unknown) => void = () => {},
): boolean {
  const index = path.join(clientDist, "index.html");
  if (!fs.existsSync(index)) return false;
  const compressed = compressedAssets(clientDist);
  // Until the copies are made (a second or two after start) files go out as they are.
  compressed.ready.catch(onCompressionError);
  app.use(compressed.middleware);
  app.use(
    express.static(clientDist, {
      index: "index.html",
      // Vite puts a content hash in asset names: they never change, so cache them for long.
      setHeaders: (res, file) => {
        if (file.includes(`${path.sep}assets${path.sep}`))
          res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
      },
    }),
  );
  app.get(/^\/(?!api\/|matchmake\/|healthz|readyz)[^.]*$/, (_req, res) => {
    res.sendFile(index);
  });
  return true;
}
