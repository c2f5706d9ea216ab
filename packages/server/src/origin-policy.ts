// Which web pages may talk to this server. Colyseus on its own reflects any Origin with
// credentials and checks no Origin on the WebSocket upgrade; this closes both.
import { matchMaker } from "@colyseus/core";
import type { RequestHandler } from "express";

/** Decides whether a request's Origin may use the API and the rooms. */
export class OriginPolicy {
  readonly #allowed: Set<string>;
  constructor(origins: readonly string[]) {
    this.#allowed = new Set(origins.map((o) => new URL(o).origin));
  }

  /** No Origin header (curl, server-to-server, same-origin GET) is allowed; browsers send one cross-site. */
  allows(origin: string | null | undefined): boolean {
    if (!origin) return true;
    try {
      return this.#allowed.has(new URL(origin).origin);
    } catch {
      return false;
    }
  }

  /** The origins allowed, for logs. */
  list(): string[] {
    return [...this.#allowed];
  }

  /** Express middleware: a disallowed Origin gets 403 and touches nothing; allowed ones get CORS headers. */
  middleware(): RequestHandler {
    return (req, res, next) => {
      const origin = req.get("origin");
      if (!this.allows(origin)) {
        res
          .status(403)
          .json({ code: "request/origin_forbidden", message: "This page's origin may not use this server." });
        return;
      }
      if (origin) {
        res.setHeader("Access-Control-Allow-Origin", origin);
        res.setHeader("Vary", "Origin");
        res.setHeader("Access-Control-Allow-Headers", "Content-Type, Authorization");
        res.setHeader("Access-Control-Allow-Methods", "GET, POST, DELETE");
      }
      if (req.method === "OPTIONS") {
        res.status(204).end();
        return;
      }
      next();
    };
  }

  /** Replaces Colyseus's reflective CORS on its matchmaking routes with this allowlist. */
  applyToMatchmaker(): void {
    const controller = matchMaker.controller as {
      DEFAULT_CORS_HEADERS: Record<string, string>;
      getCorsHeaders: (headers: Headers) => Record<string, string>;
    };
    delete controller.DEFAULT_CORS_HEADERS["Access-Control-Allow-Origin"];
    controller.DEFAULT_CORS_HEADERS["Access-Control-Allow-Credentials"] = "false";
    controller.getCorsHeaders = (headers: Headers): Record<string, string> => {
      const origin = headers.get("origin");
      return origin && this.allows(origin) ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" } : {};
    };
  }

  /** For the WebSocket transport: refuse the upgrade from a page of another origin. */
  beforeUpgrade = (request: Request): Response | undefined =>
    this.allows(request.headers.get("origin")) ? undefined : new Response("origin not allowed", { status: 403 });
}
