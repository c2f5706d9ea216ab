import "@fontsource/ibm-plex-sans/400.css";
import "@fontsource/ibm-plex-sans/600.css";
import "virtual:palette.css";
import "./styles.css";
import { render } from "preact";
import { applyDocumentLang } from "./i18n/index.ts";
import { JoinPage, Landing, NotFoundPage } from "./pages/landing.tsx";
import { routeOf } from "./pages/routes.ts";

const root = document.getElementById("app");
applyDocumentLang();
if (root) {
  const route = routeOf(window.location.pathname);
  // /map and /play load lazily (Phaser, the Colyseus SDK), so the landing bundle stays small.
  if (route.page === "map") void import("./game/map-page.tsx").then((page) => page.mountMapPage(root));
  else if (route.page === "play")
    void import("./pages/play-page.tsx").then((page) => page.mountPlayPage(root, route.tableId));
  else if (route.page === "watch")
    void import("./pages/play-page.tsx").then((page) => page.mountWatchPage(root, route.tableId, route.key));
  else if (route.page === "facilitate")
    void import("./facilitator/mount.tsx").then((page) => page.mountFacilitator(root, route.view));
  else if (route.page === "join") render(<JoinPage code={route.code} />, root);
  else if (route.page === "not-found") render(<NotFoundPage />, root);
  else render(<Landing />, root);
}
