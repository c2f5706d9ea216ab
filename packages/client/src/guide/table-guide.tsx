// The guided first game on the table page (#21, item 6): a callout beside the real control, a ring
// around it, Next/Back/Skip, and the phone tab switched to where the control lives. Offered by
// itself at the first quick game of a browser; replayed from "How to play".
import "./guide.css";
import { useEffect, useLayoutEffect, useRef, useState } from "preact/hooks";
import { t } from "../i18n/index.ts";
import { seatName, useTable } from "../panels/table-context.ts";
import { REPLAY_EVENT, rememberGuide, shouldOfferGuide } from "./guide-memory.ts";
import { bodyKey, findTarget, type GuidePane, type GuideStep, guideSteps, paneFor } from "./guide-steps.ts";

/** The phone layout's breakpoint, as styles.css draws the tabs. */
const PHONE = "(max-width: 820px)";
const FOCUSABLE = 'summary, button:not([disabled]), a[href], input:not([disabled]), select, textarea, [tabindex="0"]';

/** The guide for a seat at this table: offered once, replayable, closed by Skip, Finish or Escape. */
export function TableGuide({ tableId, showPane }: { tableId: string; showPane: (pane: GuidePane) => void }) {
  const { snap, scenario, mySeat } = useTable();
  const brief = snap.mine?.brief;
  const seated = Boolean(mySeat && brief);
  const [open, setOpen] = useState(false);
  const [run, setRun] = useState(0);
  const opener = useRef<HTMLElement | null>(null);
  const start = () => {
    setRun((r) => r + 1);
    setOpen(true);
  };
  useEffect(() => {
    if (!seated || !shouldOfferGuide(tableId)) return;
    rememberGuide("offered");
    start();
  }, [seated]);
  useEffect(() => {
    const replay = () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      start();
    };
    globalThis.addEventListener(REPLAY_EVENT, replay);
    return () => globalThis.removeEventListener(REPLAY_EVENT, replay);
  }, []);
  if (!open || !mySeat || !brief) return null;
  const seat = scenario.seats.find((s) => s.id === mySeat);
  const steps = guideSteps({
    seatName: seatName(scenario, mySeat),
    noDealValue: brief.noDealValue,
    unanimityBonus: scenario.agreement.unanimityBonus,
    capital: snap.seats[mySeat]?.capital ?? seat?.politicalCapital ?? 0,
    brokenPromisePenalty: brief.brokenPromisePenalty,
  });
  const close = (target: HTMLElement | null) => {
    rememberGuide("finished");
    setOpen(false);
    // Focus goes back where it came from: the replay button, or the control the last step showed.
    const back = opener.current?.isConnected && opener.current !== document.body ? opener.current : null;
    opener.current = null;
    const into = target?.matches(FOCUSABLE) ? target : target?.querySelector<HTMLElement>(FOCUSABLE);
    requestAnimationFrame(() => (back ?? into ?? document.getElementById("centre"))?.focus());
  };
  return <GuideCallout key={run} steps={steps} showPane={showPane} onClose={close} />;
}

/** The ring around the control and where the callout stands (null: where the phone styles pin it). */
type Placement = {
  ring: DOMRect | null;
  at: { left: number; top: number } | null;
  side: "right" | "left" | "below" | "above" | "centre" | "pinned";
};

function GuideCallout({
  steps,
  showPane,
  onClose,
}: {
  steps: GuideStep[];
  showPane: (pane: GuidePane) => void;
  onClose: (target: HTMLElement | null) => void;
}) {
  const [index, setIndex] = useState(0);
  const [place, setPlace] = useState<Placement | null>(null);
  const box = useRef<HTMLDivElement>(null);
  const step = steps[Math.min(index, steps.length - 1)] as GuideStep;
  const last = index === steps.length - 1;

  const measure = (scroll: boolean) => {
    const target = findTarget(document, step.targets);
    if (target && scroll) {
      // A phone keeps the bottom for the callout, so the control goes to the top of the screen,
      // under whatever bars stick there.
      const phone = window.matchMedia(PHONE).matches;
      const tall = target.getBoundingClientRect().height > window.innerHeight * 0.5;
      target.scrollIntoView({ block: phone || tall ? "start" : "center" });
      if (phone || tall) window.scrollBy(0, -(stuckBarsBottom() + 12));
    }
    setPlace(placeBeside(target?.getBoundingClientRect() ?? null, box.current));
  };

  // A new step: its phone tab, then the control scrolled into view (after the tab has restored
  // its own scroll), then focus to the callout.
  useLayoutEffect(() => {
    const pane = paneFor(step, window.matchMedia(PHONE).matches ? "phone" : "desktop");
    if (pane) showPane(pane);
    const id = setTimeout(() => {
      measure(true);
      box.current?.focus({ preventScroll: true });
    }, 80);
    return () => clearTimeout(id);
  }, [index]);
  // The table moves under the guide (panels open, the phase changes): follow the control.
  useEffect(() => {
    const follow = () => measure(false);
    window.addEventListener("scroll", follow, { passive: true });
    window.addEventListener("resize", follow);
    const timer = setInterval(follow, 500);
    return () => {
      window.removeEventListener("scroll", follow);
      window.removeEventListener("resize", follow);
      clearInterval(timer);
    };
  }, [index]);

  const next = () => (last ? onClose(findTarget(document, step.targets)) : setIndex(index + 1));
  const back = () => index > 0 && setIndex(index - 1);
  const skip = () => onClose(findTarget(document, step.targets));
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === "Escape") {
      e.preventDefault();
      skip();
    } else if (e.key === "ArrowRight" && e.target === box.current) next();
    else if (e.key === "ArrowLeft" && e.target === box.current) back();
  };
  const title = t(`guide.${step.id}.title`);
  const ring = place?.ring;
  return (
    <>
      {ring && (
        <div
          class="guide-ring"
          aria-hidden="true"
          style={{
            top: `${ring.top - 6}px`,
            left: `${ring.left - 6}px`,
            width: `${ring.width + 12}px`,
            height: `${ring.height + 12}px`,
          }}
        />
      )}
      <div
        ref={box}
        class={`guide-callout guide-${place?.side ?? "centre"}`}
        role="dialog"
        aria-modal="false"
        aria-labelledby="guide-title"
        aria-describedby="guide-text"
        tabIndex={-1}
        data-step={step.id}
        style={place?.at ? { left: `${place.at.left}px`, top: `${place.at.top}px` } : undefined}
        onKeyDown={onKeyDown}
      >
        <p class="guide-count">{t("guide.count", { n: index + 1, total: steps.length })}</p>
        <h2 id="guide-title">{title}</h2>
        <p id="guide-text">{t(bodyKey(step), step.params)}</p>
        <div class="guide-buttons">
          {!last && (
            <button type="button" class="button button-small guide-skip" onClick={skip}>
              {index === 0 ? t("guide.notNow") : t("guide.skip")}
            </button>
          )}
          {index > 0 && (
            <button type="button" class="button button-small" onClick={back}>
              {t("guide.back")}
            </button>
          )}
          <button type="button" class="button button-small button-primary" onClick={next}>
            {index === 0 ? t("guide.start") : last ? t("guide.finish") : t("guide.next")}
          </button>
        </div>
      </div>
      <p class="visually-hidden" aria-live="polite" data-testid="guide-live">
        {t("guide.live", { n: index + 1, total: steps.length, title })}
      </p>
    </>
  );
}

/** The lowest edge of the bars that stick to the top of the screen (the play bar, the seats row). */
function stuckBarsBottom(): number {
  let bottom = 0;
  for (const el of document.querySelectorAll<HTMLElement>(".play-bar, .seats-row, .pane-tabs")) {
    const r = el.getBoundingClientRect();
    if (r.top <= 1 && r.bottom > 0 && r.bottom < window.innerHeight / 3) bottom = Math.max(bottom, r.bottom);
  }
  return bottom;
}

/** Where the callout goes: beside the control if there is room, else below or above it, else centred. */
function placeBeside(target: DOMRect | null, callout: HTMLElement | null): Placement | null {
  if (!callout) return null;
  // A phone pins the callout to the bottom, above the tabs (guide.css); only the ring moves.
  if (window.matchMedia(PHONE).matches) return { ring: target, at: null, side: "pinned" };
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  const w = callout.offsetWidth;
  const h = callout.offsetHeight;
  const gap = 16;
  const clamp = (v: number, lo: number, hi: number) => Math.max(lo, Math.min(v, Math.max(lo, hi)));
  if (!target) return { ring: null, at: { left: (vw - w) / 2, top: (vh - h) / 2 }, side: "centre" };
  const top = clamp(target.top, 8, vh - h - 8);
  if (target.right + gap + w <= vw - 8) return { ring: target, at: { left: target.right + gap, top }, side: "right" };
  if (target.left - gap - w >= 8) return { ring: target, at: { left: target.left - gap - w, top }, side: "left" };
  const left = clamp(target.left, 8, vw - w - 8);
  if (target.bottom + gap + h <= vh - 8) return { ring: target, at: { left, top: target.bottom + gap }, side: "below" };
  if (target.top - gap - h >= 8) return { ring: target, at: { left, top: target.top - gap - h }, side: "above" };
  // A control taller than the screen: the callout sits over its lower part.
  return { ring: target, at: { left: vw - w - 8, top: vh - h - 8 }, side: "below" };
}
