import "@fontsource/ibm-plex-sans/400.css";
import "@fontsource/ibm-plex-sans/600.css";
import "virtual:palette.css";
import "./styles.css";
import { render } from "preact";
import { applyDocumentLang, langReady } from "./i18n/index.ts";
import { JoinPage, Landing, NotFoundPage } from "./pages/landing.tsx";
import { routeOf } from "./pages/routes.ts";

const root = document.getElementById("app");
applyDocumentLang();
if (root) {
  const route = routeOf(window.location.pathname);
  // /map and /play load lazily (Phaser, the Colyseus SDK), so the landing bundle stays small. A page
  // draws once its language's catalogue is there (it started loading with the i18n module, beside
  // the page's own chunk), so a saved language other than English is on the first paint.
  const page = <T,>(load: Promise<T>) => Promise.all([load, langReady()]).then(([module]) => module);
  if (route.page === "map") void page(import("./game/map-page.tsx")).then((p) => p.mountMapPage(root));
  else if (route.page === "play")
    void page(import("./pages/play-page.tsx")).then((p) => p.mountPlayPage(root, route.tableId));
  else if (route.page === "watch")
    void page(import("./pages/play-page.tsx")).then((p) => p.mountWatchPage(root, route.tableId, route.key));
  else if (route.page === "facilitate")
    void page(import("./facilitator/mount.tsx")).then((p) => p.mountFacilitator(root, route.view));
  else
    void langReady().then(() => {
      if (route.page === "join") render(<JoinPage code={route.code} />, root);
      else if (route.page === "not-found") render(<NotFoundPage />, root);
      else render(<Landing />, root);
    });
}
