// The facilitator's pages, loaded lazily from main.tsx (the landing bundle stays small).
import { render } from "preact";
import type { FacilitatorView } from "../pages/routes.ts";
import "./facilitator.css";
import { ConsolePage } from "./console-page.tsx";
import { ProjectorPage } from "./projector-page.tsx";
import { ReportPage } from "./report-page.tsx";
import { SetupPage } from "./setup-page.tsx";

/** Renders the facilitator page for a route. */
export function mountFacilitator(root: HTMLElement, view: FacilitatorView): void {
  if (view.kind === "setup") render(<SetupPage />, root);
  else if (view.kind === "console") render(<ConsolePage sessionId={view.sessionId} />, root);
  else if (view.kind === "projector") render(<ProjectorPage sessionId={view.sessionId} />, root);
  else render(<ReportPage sessionId={view.sessionId} tableId={view.tableId} />, root);
}
