// The facilitator's pages, loaded lazily from main.tsx (the landing bundle stays small).
import { render } from "preact";
import { useLang } from "../i18n/index.ts";
import type { FacilitatorView } from "../pages/routes.ts";
import "./facilitator.css";
import "./plan-and-devices.css";
import "./room-projector.css";
import { ConsolePage } from "./console-page.tsx";
import { adoptKeyFromFragment } from "./my-sessions.ts";
import { ProjectorPage } from "./projector-page.tsx";
import { ReportPage } from "./report-page.tsx";
import { RoleSheetsPage } from "./role-sheets-page.tsx";
import { SetupPage } from "./setup-page.tsx";

/** Re-renders the whole page (keeping its state) when the language changes. */
function Root({ view }: { view: FacilitatorView }) {
  useLang();
  if (view.kind === "setup") return <SetupPage />;
  if (view.kind === "console") return <ConsolePage sessionId={view.sessionId} />;
  if (view.kind === "projector") return <ProjectorPage sessionId={view.sessionId} />;
  if (view.kind === "sheets") return <RoleSheetsPage sessionId={view.sessionId} />;
  return <ReportPage sessionId={view.sessionId} tableId={view.tableId} />;
}

/** Renders the facilitator page for a route. */
export function mountFacilitator(root: HTMLElement, view: FacilitatorView): void {
  // A facilitator link from another device: keep its key here, and take it off the address bar.
  if (view.kind !== "setup") adoptKeyFromFragment(view.sessionId);
  render(<Root view={view} />, root);
}
