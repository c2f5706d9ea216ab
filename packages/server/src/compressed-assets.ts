// The built client, compressed once: Brotli and gzip copies of every text asset are made in the
// background when the server starts (zlib's thread pool, not the event loop) and kept in memory,
// then served to browsers that accept them. A class of 800 downloading Phaser would otherwise get
// it uncompressed (or have it compressed 800 times).
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import zlib from "node:zlib";
import type express from "express";

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Extensions worth compressing (fonts and images are compressed already). */
const TEXT = new Set([".js", ".mjs", ".css", ".html", ".json", ".svg", ".txt", ".map"]);
/** Below this size compression saves less than its headers cost. */
const MIN_BYTES = 1024;

interface Compressed {
  br: Buffer;
  gzip: Buffer;
}

function textFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...textFiles(full));
    else if (TEXT.has(path.extname(entry.name)) && fs.statSync(full).size >= MIN_BYTES) out.push(full);
  }
  return out;
}

/**
 * A middleware serving the compressed copies of `clientDist`'s text files (by URL path) to
 * browsers that accept them; anything not (yet) compressed falls through to express.static.
 * `ready` settles once every copy is made.
 */
export function compressedAssets(clientDist: string): { middleware: express.RequestHandler; ready: Promise<void> } {
  const copies = new Map<string, Compressed>();
  const ready = (async () => {
    for (const file of textFiles(clientDist)) {
      const raw = await fs.promises.readFile(file);
      const [br, gz] = await Promise.all([
        brotli(raw, {
          params: {
            [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
            [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        }),
        gzip(raw, { level: 9 }),
      ]);
      const urlPath = `/${path.relative(clientDist, file).split(path.sep).join("/")}`;
      copies.set(urlPath, { br, gzip: gz });
    }
  })();
  const middleware: express.RequestHandler = (req, res, next) => {
    if (req.method !== "GET" && req.method !== "HEAD") return next();
    const copy = copies.get(req.path);
    if (!copy) return next();
    const accepts = String(req.headers["accept-encoding"] ?? "");
    const encoding = /\bbr\b/.test(accepts) ? "br" : /\bgzip\b/.test(accepts) ? "gzip" : null;
    res.setHeader("Vary", "Accept-Encoding");
    if (!encoding) return next();
    const body = copy[encoding];
    res.setHeader("Content-Encoding", encoding);
    res.setHeader("Content-Length", String(body.length));
    res.type(path.extname(req.path));
    if (req.path.startsWith("/assets/")) res.setHeader("Cache-Control", "public, max-age=31536000, immutable");
    if (req.method === "HEAD") return res.end();
    res.end(body);
  };
  return { middleware, ready };
}
