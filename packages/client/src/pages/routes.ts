// The client's routes: a tiny path switch, no router library.

/** The page for a path: `/`, `/join/:code`, `/play/:tableId`, `/watch/:tableId/:key`, `/map`. */
export type Route =
  | { page: "landing" }
  | { page: "join"; code: string }
  | { page: "play"; tableId: string }
  | { page: "watch"; tableId: string; key: string }
  | { page: "map" }
  | { page: "facilitate"; view: FacilitatorView }
  | { page: "not-found" };

/** The facilitator's pages: setup, a session's console, its projector dashboard, its role sheets, a table's report. */
export type FacilitatorView =
  | { kind: "setup" }
  | { kind: "console"; sessionId: string }
  | { kind: "projector"; sessionId: string }
  | { kind: "sheets"; sessionId: string }
  | { kind: "report"; sessionId: string; tableId: string };

/** Reads the route from a path; a path that does not decode (a broken link, `/play/%ZZ`) is not found. */
export function routeOf(pathname: string): Route {
  try {
    return readRoute(pathname);
  } catch {
    return { page: "not-found" };
  }
}

function readRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { page: "landing" };
  if (path === "/map") return { page: "map" };
  const join = /^\/join\/([^/]+)$/.exec(path);
  if (join?.[1]) return { page: "join", code: decodeURIComponent(join[1]).toUpperCase() };
  const play = /^\/play\/([^/]+)$/.exec(path);
  if (play?.[1]) return { page: "play", tableId: decodeURIComponent(play[1]) };
  const watch = /^\/watch\/([^/]+)\/([^/]+)$/.exec(path);
  if (watch?.[1] && watch[2])
    return { page: "watch", tableId: decodeURIComponent(watch[1]), key: decodeURIComponent(watch[2]) };
  const fac = facilitatorRoute(path);
  if (fac) return { page: "facilitate", view: fac };
  return { page: "not-found" };
}

function facilitatorRoute(path: string): FacilitatorView | null {
  if (path === "/facilitate") return { kind: "setup" };
  const m = /^\/facilitate\/([^/]+)(?:\/(projector|sheets)|\/report\/([^/]+))?$/.exec(path);
  if (!m?.[1]) return null;
  const sessionId = decodeURIComponent(m[1]);
  if (m[2] === "projector") return { kind: "projector", sessionId };
  if (m[2] === "sheets") return { kind: "sheets", sessionId };
  if (m[3]) return { kind: "report", sessionId, tableId: decodeURIComponent(m[3]) };
  return { kind: "console", sessionId };
}
