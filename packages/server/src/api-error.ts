// Errors of the HTTP API: a namespaced code and a sentence, with a 4xx status. Nothing else leaks.
import type { ErrorCode } from "@ironclad/engine/protocol";
import type { ErrorRequestHandler } from "express";
import type { z } from "zod";
import type { Logger } from "./logger.ts";

/** An error the API answers with `{ code, message }`. */
export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number;
  readonly code: ErrorCode;
  /** More fields of the answer beside `code` and `message` (a scenario's `problems`). */
  readonly extra: Readonly<Record<string, unknown>>;
  constructor(status: number, code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

/** Turns a zod failure into one `request/invalid` error that names each bad field. */
export function invalidRequest(error: z.ZodError): ApiError {
  const parts = error.issues.map((i) => (i.path.length ? `${i.path.join(".")}: ${i.message}` : i.message));
  return new ApiError(400, "request/invalid", `The request is not valid. ${parts.join("; ")}.`);
}

/** Turns a zod failure in a session's timings into one `session/bad_timings` error that names each bad setting. */
export function invalidTimings(error: z.ZodError): ApiError {
  const parts = error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
  return new ApiError(400, "session/bad_timings", `The timings are not valid. ${parts.join("; ")}.`);
}

/** The last Express handler: typed errors as they are, an unreadable body as a 4xx, anything else as a logged 500. */
export function apiErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, _next) => {
    if (error instanceof ApiError) {
      res.status(error.status).json({ ...error.extra, code: error.code, message: error.message });
      return;
    }
    if (error?.type === "entity.parse.failed") {
      res.status(400).json({ code: "request/bad_json", message: "The request body is not valid JSON." });
      return;
    }
    if (error?.type === "entity.too.large") {
      res.status(413).json({ code: "request/too_large", message: "The request body is too large." });
      return;
    }
    if (error?.type === "charset.unsupported") {
      res.status(415).json({ code: "request/unsupported_charset", message: "The request body must be JSON in UTF-8." });
      return;
    }
    // Any other refusal of the body parser (an unknown content-encoding, a body cut short): the client's
    // fault, said with its own status, never a 500.
    if (typeof error?.type === "string" && error.expose === true && error.status >= 400 && error.status < 500) {
      res
        .status(error.status)
        .json({ code: "request/invalid", message: `The request body cannot be read: ${error.message}` });
      return;
    }
    logger.error({ err: error, path: req.path }, "unhandled error in an HTTP route");
    res.status(500).json({ code: "server/internal", message: "Something went wrong on the server." });
  };
}
