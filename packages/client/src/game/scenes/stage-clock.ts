// The header's countdown, drawn in a small SVG laid over the stage instead of into its WebGL
// picture. It changes every second; a WebGL frame makes the compositor read the whole stage back
// when there is no GPU (software WebGL), a long task each second on a phone that never let the
// page go quiet (#19). The digits are set as the stage sets its texts (Phaser's text metrics and
// box), so they stand where they stood.
import type { Box } from "../stage-metrics.ts";

/** Where the clock stands, in the stage's device pixels. */
export type ClockPlace = {
  /** The digits' right edge and vertical middle. */
  right: number;
  middle: number;
  /** The digits' size in device pixels (weight 600) and font family. */
  size: number;
  family: string;
  bar: Box;
  /** The part of the stage the overlay covers (the header's right half). */
  area: Box;
  /** Device pixels per CSS pixel. */
  pr: number;
};

/** What the clock shows: its words and colour, and the bar's share left (null: no bar). */
export type ClockFace = { text: string; colour: string; bar: { share: number; fill: string; track: string } | null };

const SVG = "http://www.w3.org/2000/svg";

export class StageClock {
  private readonly svg = document.createElementNS(SVG, "svg");
  private readonly text = document.createElementNS(SVG, "text");
  private readonly track = document.createElementNS(SVG, "rect");
  private readonly fill = document.createElementNS(SVG, "rect");
  private place: ClockPlace | null = null;

  /** Measures as Phaser measures its texts (the stage's own context, off the page). */
  private readonly measurer: CanvasRenderingContext2D | null;

  constructor(parent: HTMLElement, measurer: CanvasRenderingContext2D | null) {
    this.measurer = measurer;
    const s = this.svg.style;
    s.position = "absolute";
    s.pointerEvents = "none";
    s.display = "none";
    this.svg.setAttribute("aria-hidden", "true");
    this.text.setAttribute("font-weight", "600");
    this.svg.append(this.track, this.fill, this.text);
    parent.append(this.svg);
  }

  /** Places the overlay for a new picture, hidden until `draw`. */
  setPlace(place: ClockPlace): void {
    this.place = place;
    const { area, pr } = place;
    const w = Math.max(1, Math.round(area.w));
    const h = Math.max(1, Math.round(area.h));
    // Drawn in the stage's device pixels, shown at its CSS size.
    this.svg.setAttribute("viewBox", `0 0 ${w} ${h}`);
    const s = this.svg.style;
    s.left = `${area.x / pr}px`;
    s.top = `${area.y / pr}px`;
    s.width = `${w / pr}px`;
    s.height = `${h / pr}px`;
    s.display = "none";
    this.text.setAttribute("font-family", place.family);
    this.text.setAttribute("font-size", String(place.size));
    const r = place.bar.h / 2;
    for (const rect of [this.track, this.fill]) {
      rect.setAttribute("y", String(place.bar.y - area.y));
      rect.setAttribute("height", String(place.bar.h));
      rect.setAttribute("rx", String(r));
    }
    this.track.setAttribute("x", String(place.bar.x - area.x));
    this.track.setAttribute("width", String(place.bar.w));
  }

  /** Shows `face` (a change of the page's DOM: no frame of the stage's WebGL picture). */
  draw(face: ClockFace): void {
    const p = this.place;
    const ctx = this.measurer;
    if (!p || !ctx) return;
    ctx.font = `600 ${p.size}px ${p.family}`;
    // As Phaser sets a text: a box as wide as the line (rounded up) and as tall as the font's
    // ascent and descent (of its test string), the line on the ascent; origin (1, 0.5).
    const m = ctx.measureText("|MÉqgy");
    const height = m.actualBoundingBoxAscent + m.actualBoundingBoxDescent;
    const width = Math.ceil(ctx.measureText(face.text).width);
    this.text.setAttribute("x", String(p.right - width - p.area.x));
    this.text.setAttribute("y", String(p.middle - height / 2 + m.actualBoundingBoxAscent - p.area.y));
    this.text.setAttribute("fill", face.colour);
    this.text.textContent = face.text;
    const bar = face.bar;
    this.track.style.display = bar ? "" : "none";
    this.fill.style.display = bar && bar.share > 0 ? "" : "none";
    if (bar) {
      this.track.setAttribute("fill", bar.track);
      const b = p.bar;
      this.fill.setAttribute("x", String(b.x - p.area.x + b.w * (1 - bar.share)));
      this.fill.setAttribute("width", String(Math.max(b.h, b.w * bar.share)));
      this.fill.setAttribute("fill", bar.fill);
    }
    this.svg.style.display = "block";
  }

  /** Hides the clock (an untimed phase). */
  hide(): void {
    this.place = null;
    this.svg.style.display = "none";
  }

  /** Takes the overlay off the page (the scene is shutting down). */
  destroy(): void {
    this.svg.remove();
  }
}
