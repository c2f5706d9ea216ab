// The facilitator's pages, loaded lazily from main.tsx (the landing bundle stays small).
import { render } from "preact";
import { useLang } from "../i18n/index.ts";
import type { FacilitatorView } from "../pages/routes.ts";
import "./facilitator.css";
import { ConsolePage } from "./console-page.tsx";
import { ProjectorPage } from "./projector-page.tsx";
import { ReportPage } from "./report-page.tsx";
import { SetupPage } from "./setup-page.tsx";

/** Re-renders the whole page (keeping its state) when the language changes. */
function Root({ view }: { view: FacilitatorView }) {
  useLang();
  if (view.kind === "setup") return <SetupPage />;
  if (view.kind === "console") return <ConsolePage sessionId={view.sessionId} />;
  if (view.kind === "projector") return <ProjectorPage sessionId={view.sessionId} />;
  return <ReportPage sessionId={view.sessionId} tableId={view.tableId} />;
}

/** Renders the facilitator page for a route. */
export function mountFacilitator(root: HTMLElement, view: FacilitatorView): void {
  render(<Root view={view} />, root);
}
