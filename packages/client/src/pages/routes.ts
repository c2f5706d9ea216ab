// The client's routes: a tiny path switch, no router library.

/** The page for a path: `/`, `/join/:code`, `/play/:tableId`, `/map`. */
export type Route =
  | { page: "landing" }
  | { page: "join"; code: string }
  | { page: "play"; tableId: string }
  | { page: "map" }
  | { page: "not-found" };

/** Reads the route from a path. */
export function routeOf(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  if (path === "/") return { page: "landing" };
  if (path === "/map") return { page: "map" };
  const join = /^\/join\/([^/]+)$/.exec(path);
  if (join?.[1]) return { page: "join", code: decodeURIComponent(join[1]).toUpperCase() };
  const play = /^\/play\/([^/]+)$/.exec(path);
  if (play?.[1]) return { page: "play", tableId: decodeURIComponent(play[1]) };
  return { page: "not-found" };
}
