import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mountClient } from "./http-routes.ts";

/** A raw GET (no automatic decompression), so the test sees what the browser would receive. */
function get(port: number, p: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
    http
      .get({ host: "127.0.0.1", port, path: p, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c) => chunks.push(c));
        res.on("end", () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
      .on("error", reject);
  });
}

describe("the client's assets, compressed", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "ironclad-dist-"));
  const js = `export const text = ${JSON.stringify("Ironclad ".repeat(2000))};\n`;
  let server: http.Server;
  let port = 0;

  beforeAll(async () => {
    fs.mkdirSync(path.join(dir, "assets"));
    fs.writeFileSync(path.join(dir, "index.html"), "<!doctype html><div id=app></div>");
    fs.writeFileSync(path.join(dir, "assets", "app-abc123.js"), js);
    fs.writeFileSync(path.join(dir, "assets", "tiny.js"), "1");
    const app = express();
    expect(mountClient(app, dir)).toBe(true);
    server = app.listen(0, "127.0.0.1");
    await new Promise((r) => server.once("listening", r));
    port = (server.address() as AddressInfo).port;
    // The copies are made in the background: wait until the asset comes back compressed.
    for (let i = 0; i < 100; i++) {
      const r = await get(port, "/assets/app-abc123.js", { "accept-encoding": "br" });
      if (r.headers["content-encoding"] === "br") break;
      await new Promise((res) => setTimeout(res, 50));
    }
  });
  afterAll(() => {
    server?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("serves Brotli to browsers that accept it, gzip to those that accept only gzip, and the same bytes underneath", async () => {
    const br = await get(port, "/assets/app-abc123.js", { "accept-encoding": "gzip, deflate, br" });
    expect(br.headers["content-encoding"]).toBe("br");
    expect(br.headers["content-type"]).toMatch(/javascript/);
    expect(br.headers["cache-control"]).toContain("immutable");
    expect(br.headers.vary).toContain("Accept-Encoding");
    expect(br.body.length).toBeLessThan(js.length / 10);
    expect(zlib.brotliDecompressSync(br.body).toString()).toBe(js);

    const gz = await get(port, "/assets/app-abc123.js", { "accept-encoding": "gzip" });
    expect(gz.headers["content-encoding"]).toBe("gzip");
    expect(zlib.gunzipSync(gz.body).toString()).toBe(js);
  });

  it("serves files as they are to clients that accept no encoding, and small files uncompressed", async () => {
    const plain = await get(port, "/assets/app-abc123.js");
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(js);
    const tiny = await get(port, "/assets/tiny.js", { "accept-encoding": "br" });
    expect(tiny.headers["content-encoding"]).toBeUndefined();
    expect(tiny.body.toString()).toBe("1");
  });
});
