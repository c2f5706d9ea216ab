// Which web pages may talk to this server. Colyseus on its own reflects any Origin with
// credentials and checks no Origin on the WebSocket upgrade; this closes both. A page this server
// served under the address the browser typed (a phone on the classroom's Wi-Fi opening the laptop's
// http://192.168.x.y:2567) is the same origin, so it needs no allowlist entry.
import { matchMaker } from "@colyseus/core";
import type { RequestHandler } from "express";

/** Decides whether a request's Origin may use the API and the rooms. */
export class OriginPolicy {
  readonly #allowed: Set<string>;
  constructor(origins: readonly string[]) {
    this.#allowed = new Set(origins.map((o) => new URL(o).origin));
  }

  /**
   * No Origin header (curl, server-to-server, same-origin GET) is allowed; browsers send one cross-site.
   * An Origin whose host and port are the request's Host is this server's own page, when that host
   * cannot be a site's DNS name turned to this machine (rebinding): an IP address, `localhost`, a
   * name without a dot (`teacher-laptop`) or a `.local` name.
   */
  allows(origin: string | null | undefined, host?: string | null): boolean {
    if (!origin) return true;
    try {
      const url = new URL(origin);
      return this.#allowed.has(url.origin) || (!!host && sameHost(url, host));
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
      if (!this.allows(origin, req.get("host"))) {
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
      return origin && this.allows(origin, headers.get("host"))
        ? { "Access-Control-Allow-Origin": origin, Vary: "Origin" }
        : {};
    };
  }

  /** For the WebSocket transport: refuse the upgrade from a page of another origin. */
  beforeUpgrade = (request: Request): Response | undefined =>
    this.allows(request.headers.get("origin"), request.headers.get("host"))
      ? undefined
      : new Response("origin not allowed", { status: 403 });
}

/** Whether `origin` names the host (and port) the request was sent to, on a host name no site can point here. */
function sameHost(origin: URL, host: string): boolean {
  if (origin.protocol !== "http:" && origin.protocol !== "https:") return false;
  if (origin.host !== host.toLowerCase()) return false;
  const name = origin.hostname;
  const ip = /^\d{1,3}(\.\d{1,3}){3}$/.test(name) || name.startsWith("[");
  return ip || !name.includes(".") || name.endsWith(".local");
}
