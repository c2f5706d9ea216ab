// The negotiating table seen from above: every seat's place card, the working draft in the middle
// with its nine issue rows and amendment markers, the pen, the clock, the three criteria and the
// tension meter. It draws a TableSceneModel and shows the differences between two models as
// motion; it holds no rules (the host builds the model from the server's snapshot).
import * as Phaser from "phaser";
import { formatClock, remainingMs } from "../../panels/phase-clock.tsx";
import { FLAG_URLS } from "../../ui/flag-urls.ts";
import { REGISTRY } from "../registry.ts";
import {
  type AmendmentModel,
  type RowModel,
  type SceneChange,
  type SeatModel,
  sceneChanges,
  type TableSceneModel,
} from "../table-model.ts";
import { type Box, C, css, FONT, hex, type TextOpts } from "./stage-kit.ts";

/** Where things stand after a layout, kept so motion can start where the previous picture left them. */
type Anchors = {
  seats: Map<string, Box>;
  tabs: Map<number, { x: number; y: number }>;
  pips: Map<string, { x: number; y: number }>;
  rows: Map<string, Box>;
  pen: { x: number; y: number; angle: number };
};

/** The table scene. Key = class name. */
export class TableScene extends Phaser.Scene {
  private model: TableSceneModel | null = null;
  private modelKey = "";
  private clockOffset = 0;
  /** Device pixels per design pixel. */
  private u = 1;
  private compact = false;
  private layers: Record<
    "back" | "table" | "doc" | "seats" | "marks" | "fx" | "hits",
    Phaser.GameObjects.Container
  > | null = null;
  private anchors: Anchors | null = null;
  private baked: Phaser.GameObjects.RenderTexture | null = null;
  /** Tweens on objects of the current picture: removed before it is redrawn. */
  private owned: Phaser.Tweens.Tween[] = [];
  private clock: { text: Phaser.GameObjects.Text; bar: Phaser.GameObjects.Graphics; box: Box } | null = null;
  /** The longest time left seen for the current deadline (an extension can exceed the nominal length). */
  private clockSpan = { deadline: 0, ms: 0 };
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  /** The loop runs only while something moves: until this time (performance.now), or while tweens play. */
  private awakeUntil = 0;
  private sleepTimer: ReturnType<typeof setTimeout> | undefined;
  private clockTimer: ReturnType<typeof setInterval> | undefined;
  private shownClock = "";
  private flagsLoading = new Set<string>();
  private amendmentListener: ((id: number) => void) | null = null;
  private measurer = document.createElement("canvas").getContext("2d");
  /** Changes waiting for the next draw: a burst of patches is drawn once. */
  private pending: SceneChange[] | null = null;
  private drawTimer: ReturnType<typeof setTimeout> | undefined;
  /** Chosen-option marks drawn faded because a token is sliding into them. */
  private arriving = new Map<string, Phaser.GameObjects.GameObject[]>();

  constructor() {
    super({ key: "TableScene" });
  }

  create(): void {
    const layer = (depth: number) => this.add.container(0, 0).setDepth(depth);
    this.layers = {
      back: layer(0),
      table: layer(1),
      doc: layer(2),
      seats: layer(3),
      marks: layer(4),
      fx: layer(5),
      hits: layer(6),
    };
    // Page timers, not the scene's clock: they must run while the loop sleeps.
    this.clockTimer = setInterval(() => {
      if (this.tickClock()) this.wakeFor(100);
    }, 250);
    const wake = () => this.wakeFor(600);
    this.game.canvas.addEventListener("pointermove", wake);
    this.game.canvas.addEventListener("pointerdown", wake);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.scheduleLayout, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.scheduleLayout, this);
      this.game.canvas?.removeEventListener("pointermove", wake);
      this.game.canvas?.removeEventListener("pointerdown", wake);
      clearInterval(this.clockTimer);
      clearTimeout(this.sleepTimer);
      clearTimeout(this.layoutTimer);
      clearTimeout(this.drawTimer);
      // Its objects go with the scene: a restart bakes into a new texture.
      this.baked = null;
    });
    this.draw([]);
  }

  /**
   * Keeps the game loop running for at least `ms`, then lets it sleep once no tween plays: a table
   * that only waits costs no frames (on a phone's battery, or six browsers on a classroom laptop).
   */
  private wakeFor(ms: number): void {
    const loop = this.game.loop;
    this.awakeUntil = Math.max(this.awakeUntil, performance.now() + ms);
    if (!loop.running) loop.wake(true);
    clearTimeout(this.sleepTimer);
    this.sleepTimer = setTimeout(() => this.sleepWhenStill(), Math.max(16, this.awakeUntil - performance.now()));
  }

  private sleepWhenStill(): void {
    const wait = this.awakeUntil - performance.now();
    const moving = this.tweens.getTweens().some((tw) => tw.isPlaying());
    if (wait > 0 || moving) {
      this.sleepTimer = setTimeout(() => this.sleepWhenStill(), Math.max(50, wait));
      return;
    }
    this.game.loop.sleep();
  }

  /** Shows a new model; what changed since the last one is shown as motion. */
  setModel(model: TableSceneModel, clockOffset = 0): void {
    this.clockOffset = clockOffset;
    // Most patches change nothing drawn (the server's clock, a sequence number): keep the picture and its motion.
    const key = JSON.stringify(model);
    if (key === this.modelKey) return;
    this.modelKey = key;
    const changes = sceneChanges(this.model, model);
    this.model = model;
    this.loadFlags(model);
    if (!this.layers) return;
    this.pending = [...(this.pending ?? []), ...changes];
    clearTimeout(this.drawTimer);
    this.drawTimer = setTimeout(() => {
      const all = this.pending ?? [];
      this.pending = null;
      if (this.sys.isActive()) this.draw(all);
    }, 40);
  }

  /** Calls `listener` with an amendment's id when its marker is clicked or tapped. */
  onAmendment(listener: ((id: number) => void) | null): void {
    this.amendmentListener = listener;
  }

  /** The model shown now (for hosts and tests). */
  currentModel(): TableSceneModel | null {
    return this.model;
  }

  private get reducedMotion(): boolean {
    return this.registry.get(REGISTRY.reducedMotion) === true;
  }

  private scheduleLayout(): void {
    clearTimeout(this.layoutTimer);
    this.layoutTimer = setTimeout(() => {
      if (this.sys.isActive()) this.draw([]);
    }, 60);
  }

  // ───────── Flags: SVG files drawn into small canvases (a data: or same-origin URL, no blob:) ─────────

  private flagKey(code: string): string {
    return `flag-${code}`;
  }

  private loadFlags(model: TableSceneModel): void {
    for (const code of new Set(model.seats.map((s) => s.flag))) {
      const url = FLAG_URLS[code];
      if (!url || this.flagsLoading.has(code) || this.textures.exists(this.flagKey(code))) continue;
      this.flagsLoading.add(code);
      const image = new Image();
      image.onload = () => {
        if (!this.sys.isActive() && !this.sys.isPaused()) return;
        // Rasterised at a size a little above the largest drawn one, so it is scaled down, never up.
        const canvas = document.createElement("canvas");
        canvas.width = 128;
        canvas.height = 96;
        canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
        if (!this.textures.exists(this.flagKey(code))) this.textures.addCanvas(this.flagKey(code), canvas);
        this.scheduleLayout();
      };
      image.src = url;
    }
  }

  // ───────── Drawing ─────────

  private text(x: number, y: number, content: string, o: TextOpts): Phaser.GameObjects.Text {
    const u = this.u;
    return this.add.text(Math.round(x), Math.round(y), o.caps ? content.toLocaleUpperCase() : content, {
      fontFamily: FONT,
      fontSize: `${Math.round(o.size * u)}px`,
      fontStyle: `${o.italic ? "italic " : ""}${o.weight ?? 400}`,
      color: css(o.color ?? C.ink),
      letterSpacing: (o.spacing ?? 0) * u,
    });
  }

  /** Shortens a text with an ellipsis until it fits `max` device pixels. */
  private fit(t: Phaser.GameObjects.Text, max: number): Phaser.GameObjects.Text {
    if (t.width <= max) return t;
    // Measured on a plain 2D context (each setText would redraw the text's texture): one setText in all.
    const ctx = this.measurer;
    const full = t.text;
    if (!ctx) return t;
    ctx.font = `${t.style.fontStyle} ${t.style.fontSize} ${t.style.fontFamily}`;
    const ratio = t.width / Math.max(1, ctx.measureText(full).width);
    const widthOf = (n: number) => ctx.measureText(`${full.slice(0, n).trimEnd()}…`).width * ratio;
    let lo = 1;
    let hi = full.length - 1;
    while (lo < hi) {
      const mid = Math.ceil((lo + hi) / 2);
      if (widthOf(mid) <= max) lo = mid;
      else hi = mid - 1;
    }
    return t.setText(`${full.slice(0, lo).trimEnd()}…`);
  }

  /** Text width in device pixels at a size and weight, without making a text object. */
  private textWidth(content: string, size: number, weight: 400 | 600): number {
    const ctx = this.measurer;
    if (!ctx) return content.length * size * 0.55 * this.u;
    ctx.font = `${weight} ${Math.round(size * this.u)}px ${FONT}`;
    return ctx.measureText(content).width;
  }

  private tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    if (this.reducedMotion) return;
    this.owned.push(this.tweens.add(config));
  }

  /** Redraws everything at the current size, then plays `changes`. */
  private draw(changes: SceneChange[]): void {
    const layers = this.layers;
    if (!layers) return;
    for (const tw of this.owned) tw.remove();
    this.owned = [];
    this.arriving.clear();
    const previous = this.anchors;
    for (const key of ["back", "table", "doc", "seats", "marks", "hits"] as const) layers[key].removeAll(true);
    this.clock = null;

    const { width, height } = this.scale;
    const pr = Number(this.registry.get(REGISTRY.pixelRatio) ?? 1);
    const cssW = width / pr;
    const cssH = height / pr;
    this.compact = cssW < 600;
    const fitScale = this.compact ? Math.min(cssW / 370, cssH / 480) : Math.min(cssW / 820, cssH / 520);
    this.u = pr * Phaser.Math.Clamp(fitScale, 0.78, this.compact ? 1.25 : 1.6);

    this.drawBackground();
    const model = this.model;
    if (!model) return;
    const anchors = this.compact ? this.layoutCompact(model) : this.layoutWide(model);
    this.anchors = anchors;
    this.bake();
    this.shownClock = "";
    this.tickClock();
    this.play(changes, previous, anchors, model);
    this.wakeFor(250);
  }

  /**
   * Draws every shape that does not move (room, table, sheet, cards, instruments) into one texture
   * and drops those shapes: Graphics are re-tessellated every frame, a texture is one quad. Drawn at
   * twice the size and shown at half, since a texture has no multisampling of its own; text and
   * flags stay live objects, so they keep their own sharpness.
   */
  private bake(): void {
    const layers = this.layers;
    if (!layers) return;
    const { width, height } = this.scale;
    const max = (this.renderer as Phaser.Renderer.WebGL.WebGLRenderer).getMaxTextureSize?.() ?? 4096;
    // A screen of two or more device pixels per CSS pixel hides the steps by itself.
    const pr = Number(this.registry.get(REGISTRY.pixelRatio) ?? 1);
    const ss = pr < 2 && width * 2 <= max && height * 2 <= max ? 2 : 1;
    if (!this.baked)
      this.baked = this.add
        .renderTexture(0, 0, width * ss, height * ss)
        .setOrigin(0, 0)
        .setDepth(0.5);
    // resize, not setSize: the texture itself must grow when the stage does (setSize only relabels it).
    else this.baked.resize(width * ss, height * ss);
    this.baked.setScale(1 / ss);
    this.baked.camera.setOrigin(0, 0).setZoom(ss);
    const still = [layers.back, layers.table, layers.doc, layers.seats];
    const shapes: Phaser.GameObjects.Graphics[] = [];
    const others: Array<{ o: Phaser.GameObjects.GameObject & { visible: boolean }; visible: boolean }> = [];
    const walk = (list: Phaser.GameObjects.GameObject[]) => {
      for (const o of list) {
        if (o instanceof Phaser.GameObjects.Container) walk(o.list);
        else if (o instanceof Phaser.GameObjects.Graphics) shapes.push(o);
        else {
          const v = o as Phaser.GameObjects.GameObject & { visible: boolean };
          others.push({ o: v, visible: v.visible });
        }
      }
    };
    walk(still.flatMap((l) => l.list));
    for (const x of others) x.o.visible = false;
    this.baked.clear();
    this.baked.draw(still);
    this.baked.render();
    for (const x of others) x.o.visible = x.visible;
    for (const g of shapes) g.destroy();
  }

  private drawBackground(): void {
    const layers = this.layers;
    if (!layers) return;
    const { width, height } = this.scale;
    const g = this.add.graphics();
    g.fillStyle(C.ink, 1).fillRect(0, 0, width, height);
    // A pool of light under the table.
    for (let i = 6; i >= 1; i--) {
      g.fillStyle(C.night, 0.22).fillEllipse(
        width / 2,
        height * 0.48,
        width * (0.55 + i * 0.09),
        height * (0.5 + i * 0.08),
      );
    }
    layers.back.add(g);
  }

  // ───────── Wide layout: seats around an oval-ended table, instruments along the bottom ─────────

  private layoutWide(model: TableSceneModel): Anchors {
    const u = this.u;
    const { width: W, height: H } = this.scale;
    const m = 14 * u;
    const headerH = 38 * u;
    const footerH = 78 * u;
    const zoneTop = m + headerH + 4 * u;
    const zoneBottom = H - m - footerH - 8 * u;
    const n = model.seats.length;
    const sides = n >= 5;
    const perRow = Math.ceil((n - (sides ? 2 : 0)) / 2);
    let cardW = 146 * u;
    const cardH = 50 * u;
    const tableLeft = m + (sides ? cardW / 2 : 10 * u);
    const tableRight = W - m - (sides ? cardW / 2 : 10 * u);
    const rowSpan = tableRight - tableLeft - (sides ? cardW + 24 * u : 40 * u);
    cardW = Math.min(cardW, rowSpan / Math.max(1, perRow) - 10 * u);
    const tableTop = zoneTop + cardH / 2;
    const tableBottom = zoneBottom - cardH / 2;

    this.drawTable(tableLeft, tableTop, tableRight - tableLeft, tableBottom - tableTop, 64 * u);

    // Slots clockwise from the bottom middle (me): bottom row right to left, left end, top row left to right, right end.
    const top = sides ? Math.ceil((n - 2) / 2) : Math.ceil(n / 2);
    const bottom = n - top - (sides ? 2 : 0);
    const rowXs = (k: number) => {
      const inner = rowSpan - cardW;
      const mid = (tableLeft + tableRight) / 2;
      if (k <= 1) return [mid];
      const step = Math.min(cardW + 28 * u, inner / (k - 1));
      return Array.from({ length: k }, (_, i) => mid + (i - (k - 1) / 2) * step);
    };
    const slots: Box[] = [];
    for (const x of [...rowXs(bottom)].reverse())
      slots.push({ x: x - cardW / 2, y: tableBottom - cardH / 2, w: cardW, h: cardH });
    if (sides)
      slots.push({ x: tableLeft - cardW / 2, y: (tableTop + tableBottom) / 2 - cardH / 2, w: cardW, h: cardH });
    for (const x of rowXs(top)) slots.push({ x: x - cardW / 2, y: tableTop - cardH / 2, w: cardW, h: cardH });
    if (sides)
      slots.push({ x: tableRight - cardW / 2, y: (tableTop + tableBottom) / 2 - cardH / 2, w: cardW, h: cardH });
    const first = Math.floor((bottom - 1) / 2);
    const seatBoxes = new Map<string, Box>();
    model.seats.forEach((seat, i) => {
      const box = slots[(first + i) % slots.length];
      if (box) seatBoxes.set(seat.id, box);
    });

    // The draft between the rows of seats.
    const docPadX = sides ? cardW / 2 + 16 * u : 30 * u;
    const docW = Math.min(600 * u, tableRight - tableLeft - docPadX * 2);
    const docX = (W - docW) / 2;
    const docY = tableTop + cardH / 2 + 12 * u;
    const docH = tableBottom - cardH / 2 - 12 * u - docY;
    const doc = this.drawDocument(model, { x: docX, y: docY, w: docW, h: docH });

    const centre = { x: W / 2, y: (tableTop + tableBottom) / 2 };
    for (const seat of model.seats) {
      const box = seatBoxes.get(seat.id);
      if (box) this.drawSeat(seat, box, centre);
    }
    const pen = this.penAnchor(model, seatBoxes, centre, { x: docX, y: docY, w: docW, h: docH });
    this.drawPen(pen);
    this.drawHeader(model, { x: m, y: m, w: W - m * 2, h: headerH });
    this.drawFooter(model, { x: m, y: H - m - footerH, w: W - m * 2, h: footerH });
    return { seats: seatBoxes, tabs: doc.tabs, pips: doc.pips, rows: doc.rows, pen };
  }

  // ───────── Compact layout (phones): seats in rows above and below the draft ─────────

  private layoutCompact(model: TableSceneModel): Anchors {
    const u = this.u;
    const { width: W, height: H } = this.scale;
    const m = 10 * u;
    const headerH = 30 * u;
    const footerH = 100 * u;
    const n = model.seats.length;
    const cols = n <= 4 ? 2 : 3;
    const rows = Math.ceil(n / cols);
    const bottomRows = Math.max(1, Math.floor(rows / 2));
    const topRows = rows - bottomRows;
    const chipH = 32 * u;
    const gap = 6 * u;
    const chipW = (W - m * 2 - 8 * u - gap * (cols - 1)) / cols;
    const zoneTop = m + headerH + 4 * u;
    const zoneBottom = H - m - footerH - 6 * u;
    const tableTop = zoneTop + chipH / 2 + Math.max(0, topRows - 1) * (chipH + gap);
    const tableBottom = zoneBottom - chipH / 2 - (bottomRows - 1) * (chipH + gap);
    this.drawTable(m, tableTop, W - m * 2, tableBottom - tableTop, 22 * u);

    // Rows of chips: the row nearest me under the sheet (me in its middle), the rest above it,
    // the fullest row nearest the table.
    const rowY = (k: number) => tableBottom - chipH / 2 + k * (chipH + gap);
    const topRowY = (k: number) => tableTop - chipH / 2 - k * (chipH + gap);
    const xs = (k: number) => {
      const total = k * chipW + (k - 1) * gap;
      const left = (W - total) / 2;
      return Array.from({ length: k }, (_, i) => left + i * (chipW + gap));
    };
    const bottomCount = Math.min(n, bottomRows * cols);
    const slots: Box[] = [];
    for (let r = 0, left = bottomCount; left > 0; r++) {
      const count = Math.min(cols, left);
      for (const x of [...xs(count)].reverse()) slots.push({ x, y: rowY(r), w: chipW, h: chipH });
      left -= count;
    }
    for (let r = 0, left = n - bottomCount; left > 0; r++) {
      const count = Math.min(cols, left);
      for (const x of xs(count)) slots.push({ x, y: topRowY(r), w: chipW, h: chipH });
      left -= count;
    }
    const first = Math.floor((Math.min(cols, bottomCount) - 1) / 2);
    const seatBoxes = new Map<string, Box>();
    model.seats.forEach((seat, i) => {
      const box = slots[(first + i) % slots.length];
      if (box) seatBoxes.set(seat.id, box);
    });

    const docX = m + 8 * u;
    const docW = W - docX * 2;
    const docY = tableTop + chipH / 2 + 8 * u;
    const docH = tableBottom - chipH / 2 - 8 * u - docY;
    const doc = this.drawDocument(model, { x: docX, y: docY, w: docW, h: docH });
    const centre = { x: W / 2, y: (tableTop + tableBottom) / 2 };
    for (const seat of model.seats) {
      const box = seatBoxes.get(seat.id);
      if (box) this.drawSeat(seat, box, centre);
    }
    const pen = this.penAnchor(model, seatBoxes, centre, { x: docX, y: docY, w: docW, h: docH });
    this.drawPen(pen);
    this.drawHeader(model, { x: m, y: m, w: W - m * 2, h: headerH });
    this.drawFooter(model, { x: m, y: H - m - footerH, w: W - m * 2, h: footerH });
    return { seats: seatBoxes, tabs: doc.tabs, pips: doc.pips, rows: doc.rows, pen };
  }

  // ───────── Pieces ─────────

  private drawTable(x: number, y: number, w: number, h: number, radius: number): void {
    const u = this.u;
    const g = this.add.graphics();
    const r = Math.min(radius, h / 2, w / 2);
    g.fillStyle(0x000000, 0.35).fillRoundedRect(x, y + 8 * u, w, h, r);
    g.fillStyle(C.woodEdge, 1).fillRoundedRect(x, y, w, h, r);
    const e = 4 * u;
    g.fillStyle(C.wood, 1).fillRoundedRect(x + e, y + e, w - e * 2, h - e * 2, Math.max(1, r - e));
    const i = 12 * u;
    g.fillStyle(C.woodTop, 1).fillRoundedRect(x + i, y + i, w - i * 2, h - i * 2, Math.max(1, r - i));
    g.lineStyle(1.5 * u, C.brass, 0.55).strokeRoundedRect(x + i, y + i, w - i * 2, h - i * 2, Math.max(1, r - i));
    this.layers?.table.add(g);
  }

  private flagImage(code: string, x: number, y: number, w: number): Phaser.GameObjects.GameObject[] {
    const u = this.u;
    const h = w * 0.75;
    const g = this.add.graphics();
    g.fillStyle(C.ink, 0.25).fillRoundedRect(x - u, y - u, w + 2 * u, h + 2 * u, 2.5 * u);
    if (this.textures.exists(this.flagKey(code))) {
      const img = this.add.image(x, y, this.flagKey(code)).setOrigin(0, 0).setDisplaySize(w, h);
      return [g, img];
    }
    g.fillStyle(C.paperDeep, 1).fillRoundedRect(x, y, w, h, 2 * u);
    const t = this.text(x + w / 2, y + h / 2, code.toUpperCase(), { size: 8, weight: 600, color: C.muted });
    t.setOrigin(0.5);
    return [g, t];
  }

  /** The working draft: a sheet of paper with nine rows; amendments as tabs at their rows. */
  private drawDocument(
    model: TableSceneModel,
    box: Box,
  ): { tabs: Anchors["tabs"]; pips: Anchors["pips"]; rows: Anchors["rows"] } {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const compact = this.compact;
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.3).fillRoundedRect(box.x + 2 * u, box.y + 5 * u, box.w, box.h, 6 * u);
    g.fillStyle(C.paper, 1).fillRoundedRect(box.x, box.y, box.w, box.h, 6 * u);
    layers.doc.add(g);

    const pad = (compact ? 10 : 16) * u;
    const headH = (compact ? 24 : 30) * u;
    const eyebrow = this.text(box.x + pad, box.y + headH / 2, model.words.draft, {
      size: compact ? 9.5 : 10.5,
      weight: 600,
      color: C.brassDeep,
      spacing: 1.4,
      caps: true,
    }).setOrigin(0, 0.5);
    const status =
      model.amendments.length > 0 ? `${model.words.filled} · ${model.words.amendments}` : model.words.filled;
    const count = this.text(box.x + box.w - pad, box.y + headH / 2, status, {
      size: compact ? 9.5 : 11,
      color: C.muted,
    }).setOrigin(1, 0.5);
    this.fit(count, box.w - pad * 3 - eyebrow.width);
    layers.doc.add([eyebrow, count]);
    g.lineStyle(1 * u, C.line, 1).lineBetween(box.x + pad, box.y + headH, box.x + box.w - pad, box.y + headH);

    if (model.vote) {
      // A signing vote: a band across the sheet's head.
      const band = this.add.graphics();
      band.fillStyle(C.bad, 1).fillRect(box.x, box.y + 3 * u, box.w, headH - 6 * u);
      const label = this.text(box.x + box.w / 2, box.y + headH / 2, model.words.vote, {
        size: compact ? 9.5 : 11,
        weight: 600,
        color: C.paper,
        spacing: 0.6,
      }).setOrigin(0.5);
      this.fit(label, box.w - pad * 2);
      const ribbon = this.add.container(0, 0, [band, label]);
      layers.doc.add(ribbon);
      eyebrow.setVisible(false);
      count.setVisible(false);
    }

    const rowsTop = box.y + headH + 3 * u;
    const rowH = (box.y + box.h - pad * 0.5 - rowsTop) / Math.max(1, model.rows.length);
    const nameSize = Math.min(compact ? 11.5 : 13, (rowH / u) * 0.48);
    const labelSize = Math.min(compact ? 11 : 12.5, (rowH / u) * 0.46);
    const numW = (compact ? 16 : 22) * u;
    // The names' column fits the longest name where it can, and leaves the options at least half the sheet.
    const longest = Math.max(...model.rows.map((r) => this.textWidth(r.name, nameSize, 600)));
    const nameW = Math.min(longest + numW + 10 * u, (compact ? 0.36 : 0.34) * box.w);
    const pipGap = (compact ? 13 : 17) * u;
    const pipR = (compact ? 4 : 5) * u;
    const tabs: Anchors["tabs"] = new Map();
    const pips: Anchors["pips"] = new Map();
    const rowBoxes: Anchors["rows"] = new Map();
    const byIssue = new Map<string, AmendmentModel[]>();
    for (const a of model.amendments) byIssue.set(a.issue, [...(byIssue.get(a.issue) ?? []), a]);

    model.rows.forEach((row, i) => {
      const y = rowsTop + i * rowH;
      const cy = y + rowH / 2;
      rowBoxes.set(row.issue, { x: box.x, y, w: box.w, h: rowH });
      if (i % 2 === 1) g.fillStyle(C.paperDeep, 0.55).fillRect(box.x + 4 * u, y, box.w - 8 * u, rowH);
      const num = this.text(box.x + pad + numW / 2 - 4 * u, cy, String(row.number), {
        size: compact ? 9 : 10,
        weight: 600,
        color: C.brassDeep,
      }).setOrigin(0.5);
      const name = this.fit(
        this.text(box.x + pad + numW, cy, row.name, { size: nameSize, weight: 600, color: C.ink }).setOrigin(0, 0.5),
        nameW - numW - 6 * u,
      );
      layers.doc.add([num, name]);
      const pipsX = box.x + pad + nameW + pipR;
      this.drawPips(g, row, pipsX, cy, pipGap, pipR, byIssue.get(row.issue) ?? [], pips);
      const labelX = pipsX + (row.options.length - 1) * pipGap + pipR + 10 * u;
      // Tabs sit at the row's right end; the label takes what is left.
      const marks = byIssue.get(row.issue) ?? [];
      let right = box.x + box.w - pad * 0.6;
      const tabH = Math.min(rowH - 4 * u, 20 * u);
      // More markers than fit: the newest gather in one "+n" chip that leads to the first of them.
      const room = compact ? 2 : 3;
      const shown = marks.length > room ? marks.slice(0, room - 1) : marks;
      const rest = marks.slice(shown.length);
      if (rest.length > 0) {
        const more = this.drawMore(rest, right, cy, tabH);
        for (const a of rest) tabs.set(a.id, { x: more.x + more.w / 2, y: cy });
        right = more.x - 4 * u;
      }
      for (const a of [...shown].reverse()) {
        const tab = this.drawTab(a, right, cy, tabH);
        tabs.set(a.id, { x: tab.x + tab.w / 2, y: cy });
        right = tab.x - 4 * u;
      }
      const label = this.text(labelX, cy, row.chosen ? row.chosenLabel : model.words.blank, {
        size: labelSize,
        weight: row.chosen ? 600 : 400,
        italic: !row.chosen,
        color: row.chosen ? C.ink : C.warn,
      }).setOrigin(0, 0.5);
      this.fit(label, right - labelX - 6 * u);
      (row.chosen ? layers.marks : layers.doc).add(label);
      if (row.chosen) this.arrivingMark(`${row.issue}`, [label]);
    });
    return { tabs, pips, rows: rowBoxes };
  }

  private arrivingMark(issue: string, objects: Phaser.GameObjects.GameObject[]): void {
    this.arriving.set(issue, [...(this.arriving.get(issue) ?? []), ...objects]);
  }

  /** One dot per option: the chosen one filled, proposed ones ringed in the amendment colour. */
  private drawPips(
    g: Phaser.GameObjects.Graphics,
    row: RowModel,
    x0: number,
    cy: number,
    step: number,
    r: number,
    marks: AmendmentModel[],
    out: Anchors["pips"],
  ): void {
    const u = this.u;
    g.lineStyle(1.5 * u, C.line, 1).lineBetween(x0, cy, x0 + (row.options.length - 1) * step, cy);
    row.options.forEach((o, k) => {
      const x = x0 + k * step;
      out.set(`${row.issue}:${o.id}`, { x, y: cy });
      const proposed = marks.some((a) => a.option === o.id);
      if (proposed) this.dashedRing(g, x, cy, r + 3.5 * u, C.sky);
      if (o.id === row.chosen) {
        const dot = this.add.graphics();
        dot.fillStyle(C.brass, 1).fillCircle(x, cy, r + 1.5 * u);
        dot.fillStyle(C.ink, 1).fillCircle(x, cy, r - 0.5 * u);
        this.layers?.marks.add(dot);
        this.arrivingMark(row.issue, [dot]);
      } else {
        g.fillStyle(C.paper, 1).fillCircle(x, cy, r);
        g.lineStyle(1.5 * u, hex("#a89d86"), 1).strokeCircle(x, cy, r - 0.5 * u);
      }
    });
  }

  private dashedRing(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number, colour: number): void {
    const u = this.u;
    g.lineStyle(1.6 * u, colour, 1);
    const dashes = 10;
    for (let i = 0; i < dashes; i++) {
      const a = (i / dashes) * Math.PI * 2;
      g.beginPath();
      g.arc(x, y, r, a, a + (Math.PI * 2) / dashes / 1.8);
      g.strokePath();
    }
  }

  /** An amendment's tab: the proposer's flag and its supporters, right-aligned at `right`. */
  private drawTab(a: AmendmentModel, right: number, cy: number, h: number): Box {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const flagW = h * 0.78;
    const count = a.supporters.length;
    const countText =
      count > 0
        ? this.text(0, 0, `+${count}`, {
            size: this.compact ? 9.5 : 10.5,
            weight: 600,
            color: a.mine ? C.ink : C.white,
          })
        : null;
    const padX = 5 * u;
    const w = padX + flagW + (countText ? 4 * u + countText.width : 0) + padX;
    const x = right - w;
    const box = { x, y: cy - h / 2, w, h };
    const container = this.add.container(x, cy - h / 2);
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.15).fillRoundedRect(0, 1.5 * u, w, h, h / 2);
    g.fillStyle(a.mine ? C.brass : C.sky, 1).fillRoundedRect(0, 0, w, h, h / 2);
    container.add(g);
    const flag = this.flagImage(a.flag, padX, (h - flagW * 0.75) / 2, flagW);
    container.add(flag);
    if (countText) {
      countText.setOrigin(0, 0.5).setPosition(padX + flagW + 4 * u, h / 2);
      container.add(countText);
    }
    container.setData("amendment", a.id);
    layers.marks.add(container);
    this.hitZone(box, a.id);
    return box;
  }

  /** A chip standing for several amendments on one row. */
  private drawMore(rest: AmendmentModel[], right: number, cy: number, h: number): Box {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const label = this.text(0, 0, `+${rest.length}`, { size: this.compact ? 9.5 : 10.5, weight: 600, color: C.sky });
    const w = label.width + 12 * u;
    const x = right - w;
    const g = this.add.graphics();
    g.fillStyle(C.skySoft, 1).fillRoundedRect(x, cy - h / 2, w, h, h / 2);
    g.lineStyle(1.2 * u, C.sky, 1).strokeRoundedRect(x, cy - h / 2, w, h, h / 2);
    label.setOrigin(0.5).setPosition(x + w / 2, cy);
    layers.marks.add([g, label]);
    this.hitZone({ x, y: cy - h / 2, w, h }, rest[0]?.id ?? 0);
    return { x, y: cy - h / 2, w, h };
  }

  /** A generous hit area over a marker (at least 32 CSS pixels tall, for fingers). */
  private hitZone(box: Box, amendment: number): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const pr = Number(this.registry.get(REGISTRY.pixelRatio) ?? 1);
    const hitH = Math.max(box.h, 32 * pr);
    const zone = this.add.zone(box.x - 2 * u, box.y + box.h / 2 - hitH / 2, box.w + 4 * u, hitH).setOrigin(0, 0);
    zone.setInteractive({ useHandCursor: true });
    zone.on("pointerup", () => this.amendmentListener?.(amendment));
    layers.hits.add(zone);
  }

  private drawSeat(seat: SeatModel, box: Box, centre: { x: number; y: number }): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const compact = this.compact;
    const card = this.add.container(box.x, box.y);
    const g = this.add.graphics();
    const r = (compact ? 8 : 10) * u;
    g.fillStyle(0x000000, 0.3).fillRoundedRect(0, 3 * u, box.w, box.h, r);
    g.fillStyle(seat.pen ? hex("#f6ecd2") : C.card, 1).fillRoundedRect(0, 0, box.w, box.h, r);
    if (seat.me) g.lineStyle(2 * u, C.ink, 1).strokeRoundedRect(u, u, box.w - 2 * u, box.h - 2 * u, r - u);
    else g.lineStyle(1 * u, C.line, 1).strokeRoundedRect(0.5 * u, 0.5 * u, box.w - u, box.h - u, r);
    if (seat.presence === "away") g.setAlpha(0.92);
    card.add(g);

    const pad = (compact ? 6 : 9) * u;
    const flagW = (compact ? 20 : 28) * u;
    const flagY = (box.h - flagW * 0.75) / 2;
    card.add(this.flagImage(seat.flag, pad, flagY, flagW));
    const textX = pad + flagW + (compact ? 6 : 9) * u;
    const textMax = box.w - textX - pad;

    // Presence: a filled dot (connected), a hollow ring (away), a small square (bot) — shape, not colour alone.
    const mark = this.add.graphics();
    const drawPresence = (x: number, y: number, s: number) => {
      if (seat.presence === "online") mark.fillStyle(C.ok, 1).fillCircle(x, y, s);
      else if (seat.presence === "away") {
        mark.fillStyle(C.card, 1).fillCircle(x, y, s);
        mark.lineStyle(1.6 * u, C.warn, 1).strokeCircle(x, y, s - 0.5 * u);
      } else mark.fillStyle(C.quiet, 1).fillRect(x - s * 0.85, y - s * 0.85, s * 1.7, s * 1.7);
    };

    if (compact) {
      const name = this.text(textX, box.h / 2, seat.name, { size: 11.5, weight: 600, color: C.ink }).setOrigin(0, 0.5);
      this.fit(name, textMax);
      card.add(name);
      // On a phone the presence mark sits on the flag's corner.
      mark.fillStyle(C.card, 1).fillCircle(pad + flagW, flagY + flagW * 0.75, 4.2 * u);
      drawPresence(pad + flagW, flagY + flagW * 0.75, 3 * u);
      card.add(mark);
    } else {
      const name = this.text(textX, box.h / 2 - 8 * u, seat.name, { size: 13.5, weight: 600, color: C.ink }).setOrigin(
        0,
        0.5,
      );
      let nameMax = textMax;
      if (seat.me) {
        const tag = this.text(0, 0, this.model?.words.you ?? "", {
          size: 8.5,
          weight: 600,
          color: C.ink,
          spacing: 0.8,
          caps: true,
        });
        const tw = tag.width + 8 * u;
        nameMax -= tw + 4 * u;
        this.fit(name, nameMax);
        const tg = this.add.graphics();
        const tx = textX + name.width + 5 * u;
        tg.fillStyle(C.brass, 1).fillRoundedRect(tx, box.h / 2 - 8 * u - 7 * u, tw, 14 * u, 3 * u);
        tag.setOrigin(0.5).setPosition(tx + tw / 2, box.h / 2 - 8 * u);
        card.add([tg, tag]);
      } else this.fit(name, nameMax);
      card.add(name);
      drawPresence(textX + 4 * u, box.h / 2 + 9 * u, 3.6 * u);
      card.add(mark);
      const status = this.text(textX + 12 * u, box.h / 2 + 9 * u, seat.status, {
        size: 11,
        color: seat.presence === "online" ? C.inkSoft : C.muted,
        italic: seat.presence === "away",
      }).setOrigin(0, 0.5);
      this.fit(status, textMax - 12 * u);
      card.add(status);
    }
    layers.seats.add(card);

    // Marks around the card: ready, typing, ballot or seal.
    // Bubbles open away from the table's middle row: above the top seats and the seats at the ends.
    const above = box.y + box.h / 2 < centre.y + box.h;
    if (seat.ready) this.drawReady(seat, box);
    if (seat.typing) this.drawTyping(seat, box, above);
    if (seat.ballot || seat.signed) this.drawSeal(seat, box);
  }

  private drawReady(seat: SeatModel, box: Box): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const s = (this.compact ? 7 : 8) * u;
    const x = box.x + (this.compact ? s * 0.6 : box.w - s * 0.4);
    const y = box.y + (this.compact ? s * 0.2 : 0);
    const c = this.add.container(x, y);
    const g = this.add.graphics();
    g.fillStyle(C.ok, 1).fillCircle(0, 0, s);
    g.lineStyle(2 * u, C.white, 1);
    g.beginPath();
    g.moveTo(-s * 0.45, 0);
    g.lineTo(-s * 0.1, s * 0.38);
    g.lineTo(s * 0.48, -s * 0.35);
    g.strokePath();
    c.add(g);
    c.setName(`ready-${seat.id}`);
    layers.marks.add(c);
  }

  private drawTyping(seat: SeatModel, box: Box, above: boolean): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const words = this.model?.words;
    const priv = seat.typing === "private";
    const label =
      this.compact || !words
        ? null
        : this.text(0, 0, priv ? words.typingPrivate : words.typing, {
            size: 10,
            weight: 600,
            color: priv ? C.white : C.inkSoft,
          });
    const h = (this.compact ? 14 : 18) * u;
    const dotsW = 20 * u;
    const w = dotsW + (label ? label.width + 8 * u : 4 * u);
    // The bubble hangs off the card's corner; at the ends of the table it stays clear of the sheet.
    const mid = box.x + box.w / 2;
    const W = this.scale.width;
    const x = this.compact
      ? Math.min(box.x + box.w - w * 0.6, W - w - 2 * u)
      : mid < W * 0.2
        ? box.x + 4 * u
        : mid > W * 0.8
          ? box.x + box.w - w - 4 * u
          : Math.min(box.x + box.w - w * 0.35, W - w - 4 * u);
    const y = above ? box.y - h * 0.55 : box.y + box.h - h * 0.45;
    const c = this.add.container(x, y);
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.2).fillRoundedRect(0, 1.5 * u, w, h, h / 2);
    g.fillStyle(priv ? C.sky : C.white, 1).fillRoundedRect(0, 0, w, h, h / 2);
    g.lineStyle(1 * u, priv ? C.sky : C.line, 1).strokeRoundedRect(0, 0, w, h, h / 2);
    c.add(g);
    const dots: Phaser.GameObjects.Arc[] = [];
    for (let i = 0; i < 3; i++) {
      const d = this.add.circle(7 * u + i * 5 * u, h / 2, 1.8 * u, priv ? C.white : C.inkSoft, 1);
      dots.push(d);
      c.add(d);
    }
    if (label) {
      label.setOrigin(0, 0.5).setPosition(dotsW + 2 * u, h / 2);
      c.add(label);
    }
    layers.marks.add(c);
    dots.forEach((d, i) => {
      this.tween({
        targets: d,
        alpha: { from: 1, to: 0.25 },
        duration: 420,
        delay: i * 140,
        yoyo: true,
        repeat: -1,
        ease: "Sine.easeInOut",
      });
    });
  }

  /** A wax seal for a signature, a grey stamp for a refusal, a dashed ring while a seat decides. */
  private drawSeal(seat: SeatModel, box: Box): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const r = (this.compact ? 10 : 15) * u;
    const x = box.x + box.w - r * 0.55;
    const y = box.y + box.h / 2 + (this.compact ? 0 : r * 0.15);
    const c = this.add.container(x, y);
    const g = this.add.graphics();
    const kind = seat.ballot === "waiting" ? "waiting" : seat.ballot === "decline" ? "decline" : "sign";
    if (kind === "waiting") {
      g.fillStyle(C.card, 0.9).fillCircle(0, 0, r * 0.8);
      this.dashedRing(g, 0, 0, r * 0.8, C.muted);
      for (let i = -1; i <= 1; i++) g.fillStyle(C.muted, 1).fillCircle(i * r * 0.3, 0, 1.6 * u);
      c.add(g);
      layers.marks.add(c);
      return;
    }
    if (kind === "sign") {
      // Wax: an uneven rim, a raised centre, a check pressed into it.
      g.fillStyle(0x000000, 0.3).fillCircle(0, 2 * u, r);
      for (let i = 0; i < 12; i++) {
        const a = (i / 12) * Math.PI * 2;
        g.fillStyle(C.bad, 1).fillCircle(Math.cos(a) * r * 0.82, Math.sin(a) * r * 0.82, r * 0.26);
      }
      g.fillStyle(C.bad, 1).fillCircle(0, 0, r * 0.9);
      g.lineStyle(1.4 * u, hex("#7d2a23"), 1).strokeCircle(0, 0, r * 0.62);
      g.lineStyle(2.2 * u, C.paper, 1);
      g.beginPath();
      g.moveTo(-r * 0.3, 0);
      g.lineTo(-r * 0.06, r * 0.26);
      g.lineTo(r * 0.34, -r * 0.24);
      g.strokePath();
    } else {
      g.fillStyle(0x000000, 0.25).fillCircle(0, 2 * u, r * 0.85);
      g.fillStyle(hex("#6b7480"), 1).fillCircle(0, 0, r * 0.85);
      g.lineStyle(2.2 * u, C.paper, 1);
      g.lineBetween(-r * 0.28, -r * 0.28, r * 0.28, r * 0.28);
      g.lineBetween(-r * 0.28, r * 0.28, r * 0.28, -r * 0.28);
    }
    c.add(g);
    c.setName(`seal-${seat.id}`);
    layers.marks.add(c);
  }

  /** Where the pen lies: on the table in front of its holder, or on the sheet for the facilitator. */
  private penAnchor(
    model: TableSceneModel,
    seats: Map<string, Box>,
    centre: { x: number; y: number },
    doc: Box,
  ): Anchors["pen"] {
    const u = this.u;
    const box = model.pen ? seats.get(model.pen) : undefined;
    if (!box) return { x: doc.x + doc.w - 30 * u, y: doc.y + 4 * u, angle: -0.5 };
    // On a phone the pen rides on the holder's chip, across its top corner.
    if (this.compact) return { x: box.x + box.w - 12 * u, y: box.y + 1 * u, angle: -0.5 };
    const cx = box.x + box.w / 2;
    const cy = box.y + box.h / 2;
    const dx = centre.x - cx;
    const dy = centre.y - cy;
    // A seat at an end of the table: the pen lies under its card, on the wood, angled as if just put down.
    if (Math.abs(dx) > Math.abs(dy) * 2.2 && !this.compact) {
      const side = Math.sign(dx);
      return { x: cx + side * box.w * 0.22, y: box.y + box.h + 18 * u, angle: side > 0 ? -0.35 : 0.35 };
    }
    const down = Math.sign(dy) || 1;
    return { x: box.x + box.w * 0.82, y: cy + down * (box.h / 2 + 8 * u), angle: -0.35 };
  }

  private drawPen(at: Anchors["pen"]): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const L = (this.compact ? 28 : 46) * u;
    const T = (this.compact ? 5.5 : 7) * u;
    const c = this.add.container(at.x, at.y).setRotation(at.angle);
    const g = this.add.graphics();
    g.fillStyle(0x000000, 0.35).fillRoundedRect(-L / 2 + 2 * u, -T / 2 + 3 * u, L, T, T / 2);
    // Cap and barrel in ink, a brass band and clip, a brass nib.
    g.fillStyle(C.ink, 1).fillRoundedRect(-L / 2, -T / 2, L * 0.8, T, T / 2);
    g.fillStyle(C.brass, 1).fillRect(-L / 2 + L * 0.42, -T / 2, L * 0.05, T);
    g.fillStyle(C.brass, 1).fillRect(-L / 2 + T * 0.6, -T / 2 - 0.8 * u, L * 0.3, 1.6 * u);
    g.fillStyle(C.brass, 1).fillTriangle(L * 0.3, -T / 2 + u, L * 0.3, T / 2 - u, L / 2, 0);
    g.lineStyle(0.8 * u, C.ink, 1).lineBetween(L * 0.34, 0, L * 0.47, 0);
    c.add(g);
    c.setName("pen");
    layers.marks.add(c);
  }

  private drawHeader(model: TableSceneModel, box: Box): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const compact = this.compact;
    const phase = this.text(box.x, box.y + (compact ? box.h / 2 : 2 * u), model.phaseLabel, {
      size: compact ? 10 : 11,
      weight: 600,
      color: C.brass,
      spacing: 1.4,
      caps: true,
    }).setOrigin(0, compact ? 0.5 : 0);
    layers.doc.add(phase);
    if (model.detail) {
      const detail = compact
        ? this.text(phase.x + phase.width + 8 * u, box.y + box.h / 2, model.detail, {
            size: 11,
            color: C.paperDeep,
          }).setOrigin(0, 0.5)
        : this.text(box.x, phase.y + phase.height + 1 * u, model.detail, { size: 13, color: C.paperDeep });
      layers.doc.add(detail);
    }
    // The clock on the right, with a thin bar of the time left.
    const timed = model.clock.deadline > 0 || model.clock.paused;
    const clockText = this.text(box.x + box.w, box.y + (compact ? box.h / 2 : box.h * 0.42), "", {
      size: compact ? 18 : 24,
      weight: 600,
      color: C.paper,
    }).setOrigin(1, 0.5);
    const barW = (compact ? 54 : 92) * u;
    const bar = this.add.graphics();
    const barBox = { x: box.x + box.w - barW, y: box.y + box.h - (compact ? 1 : 3) * u, w: barW, h: 3 * u };
    layers.marks.add([clockText, bar]);
    this.clock = timed ? { text: clockText, bar, box: barBox } : null;
    if (!timed) clockText.setVisible(false);

    if (!compact) {
      const pen = this.text(box.x + box.w / 2, box.y + box.h / 2, model.words.pen, {
        size: 12,
        weight: 600,
        color: C.brass,
      }).setOrigin(0.5);
      this.fit(pen, box.w * 0.4);
      layers.doc.add(pen);
    }
  }

  /** Updates the clock; true when what it shows changed (then a frame must be drawn). */
  private tickClock(): boolean {
    const clock = this.clock;
    const model = this.model;
    if (!clock || !model) return false;
    if (model.clock.paused) {
      if (this.shownClock === "paused") return false;
      this.shownClock = "paused";
      clock.text.setText(model.words.paused).setColor(css(C.brass));
      clock.bar.clear();
      return true;
    }
    const left = remainingMs(model.clock.deadline, this.clockOffset);
    if (this.clockSpan.deadline !== model.clock.deadline) this.clockSpan = { deadline: model.clock.deadline, ms: 0 };
    this.clockSpan.ms = Math.max(this.clockSpan.ms, left, model.clock.nominalMs);
    const shown = formatClock(left);
    if (shown === this.shownClock) return false;
    this.shownClock = shown;
    const urgent = left < 30_000;
    clock.text.setText(shown).setColor(css(urgent ? C.urgent : C.paper));
    const b = clock.box;
    clock.bar.clear();
    clock.bar.fillStyle(C.inkSoft, 1).fillRoundedRect(b.x, b.y, b.w, b.h, b.h / 2);
    const share = this.clockSpan.ms > 0 ? Math.max(0, Math.min(1, left / this.clockSpan.ms)) : 0;
    if (share > 0)
      clock.bar
        .fillStyle(urgent ? C.below : C.brass, 1)
        .fillRoundedRect(b.x + b.w * (1 - share), b.y, Math.max(b.h, b.w * share), b.h, b.h / 2);
    return true;
  }

  /** The three criteria as bars, and the tension meter (escalation risk) as a gauge. */
  private drawFooter(model: TableSceneModel, box: Box): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    const u = this.u;
    const compact = this.compact;
    const g = this.add.graphics();
    layers.doc.add(g);
    const complete = model.escalation !== null;

    // Criteria: on a wide canvas the left 60 %; on a phone the top row.
    const critBox = compact
      ? { x: box.x, y: box.y, w: box.w, h: box.h * 0.5 }
      : { x: box.x, y: box.y, w: box.w * 0.6, h: box.h };
    const title = this.text(critBox.x, critBox.y, model.words.criteria, {
      size: compact ? 9 : 10,
      weight: 600,
      color: C.brass,
      spacing: 1.2,
      caps: true,
    });
    layers.doc.add(title);
    if (!complete) {
      const wait = this.text(title.x + title.width + 10 * u, critBox.y, `· ${model.words.waiting}`, {
        size: compact ? 9.5 : 10.5,
        italic: true,
        color: C.quiet,
      });
      this.fit(wait, critBox.x + critBox.w - wait.x);
      layers.doc.add(wait);
    }
    const colGap = (compact ? 10 : 16) * u;
    const colW = (critBox.w - colGap * 2) / 3;
    const top = title.y + title.height + (compact ? 5 : 8) * u;
    // Labels wrap to two short lines where one long line does not fit; the bars line up below them all.
    const size = compact ? 9.5 : 11;
    const labels = model.criteria.map((c, i) => {
      const x = critBox.x + i * (colW + colGap);
      const label = this.text(x, top, c.label, { size, color: C.paperDeep });
      const max = colW - (compact ? 22 : 30) * u;
      if (label.width > max) label.setWordWrapWidth(max, true).setLineSpacing(-1 * u);
      if (label.height > size * 2.8 * u) label.setWordWrapWidth(null);
      this.fit(label, Math.max(max, label.width > max * 1.05 ? max : label.width));
      return label;
    });
    const barY = top + Math.max(...labels.map((l) => l.height)) + (compact ? 3 : 5) * u;
    model.criteria.forEach((c, i) => {
      const label = labels[i];
      if (!label) return;
      const x = label.x;
      const value = this.text(x + colW, top + size * 0.7 * u, c.value === null ? "—" : String(c.value), {
        size: compact ? 12 : 15,
        weight: 600,
        color: c.value === null ? C.quiet : C.paper,
      }).setOrigin(1, 0.5);
      layers.doc.add([label, value]);
      const bh = (compact ? 5 : 7) * u;
      g.fillStyle(C.inkSoft, 1).fillRoundedRect(x, barY, colW, bh, bh / 2);
      if (c.value !== null)
        g.fillStyle(C.brass, 1).fillRoundedRect(x, barY, Math.max(bh, (colW * c.value) / 100), bh, bh / 2);
    });

    // The tension meter: a half dial from calm (blue) to dangerous (orange), its needle, the number.
    const gaugeBox = compact
      ? { x: box.x, y: box.y + box.h * 0.54, w: box.w, h: box.h * 0.46 }
      : { x: box.x + box.w * 0.64, y: box.y, w: box.w * 0.36, h: box.h };
    const R = compact ? Math.min(22 * u, gaugeBox.h * 0.78) : Math.min(38 * u, gaugeBox.h * 0.72);
    const gx = gaugeBox.x + R + 2 * u;
    const gy = gaugeBox.y + (compact ? gaugeBox.h * 0.5 + R * 0.5 : gaugeBox.h * 0.5 + R * 0.45);
    const zones: Array<[number, number, number]> = [
      [0, 0.34, C.sky],
      [0.34, 0.67, C.brass],
      [0.67, 1, C.below],
    ];
    const thick = (compact ? 5 : 7) * u;
    for (const [a, b, colour] of zones) {
      g.lineStyle(thick, colour, complete ? 1 : 0.3);
      g.beginPath();
      g.arc(gx, gy, R - thick / 2, Math.PI + a * Math.PI + 0.02, Math.PI + b * Math.PI - 0.02);
      g.strokePath();
    }
    if (complete && model.escalation !== null) {
      const angle = Math.PI + (model.escalation / 100) * Math.PI;
      const needle = this.add.container(gx, gy);
      const ng = this.add.graphics();
      ng.lineStyle(2.5 * u, C.paper, 1).lineBetween(0, 0, R - thick - 3 * u, 0);
      ng.fillStyle(C.paper, 1).fillCircle(0, 0, 4 * u);
      ng.fillStyle(C.ink, 1).fillCircle(0, 0, 1.8 * u);
      needle.add(ng);
      needle.setRotation(angle);
      needle.setName("needle");
      layers.doc.add(needle);
    } else {
      g.fillStyle(C.quiet, 1).fillCircle(gx, gy, 3 * u);
    }
    const tx = gx + R + (compact ? 10 : 14) * u;
    const tension = this.text(tx, compact ? gaugeBox.y + 2 * u : gaugeBox.y, model.words.tension, {
      size: compact ? 9 : 10,
      weight: 600,
      color: C.brass,
      spacing: 1.2,
      caps: true,
    });
    const value = this.text(
      tx,
      tension.y + tension.height,
      model.escalation === null ? "—" : String(model.escalation),
      {
        size: compact ? 17 : 24,
        weight: 600,
        color: model.escalation === null ? C.quiet : C.paper,
      },
    );
    layers.doc.add([tension, value]);
    if (model.escalation !== null && model.words.risk) {
      // The chance of a major offensive with this deal, and with none beside it.
      const cx = compact ? value.x + value.width + 10 * u : tx;
      const max = gaugeBox.x + gaugeBox.w - cx;
      const cy = compact ? value.y + value.height / 2 : value.y + value.height + 1 * u;
      const risk = this.text(cx, cy, model.words.risk, { size: compact ? 9.5 : 10.5, color: C.paper });
      const noDeal = this.text(cx, cy, model.words.riskNoDeal, { size: compact ? 9.5 : 10.5, color: C.quiet });
      risk.setOrigin(0, compact ? 1 : 0);
      noDeal.setOrigin(0, 0).setY(compact ? cy : cy + risk.height);
      this.fit(risk, max);
      this.fit(noDeal, max);
      layers.doc.add([risk, noDeal]);
    }
  }

  // ───────── Motion ─────────

  private play(changes: SceneChange[], before: Anchors | null, now: Anchors, model: TableSceneModel): void {
    const layers = this.layers as NonNullable<typeof this.layers>;
    if (!before || changes.length === 0 || this.reducedMotion) return;
    const u = this.u;
    for (const change of changes) {
      switch (change.kind) {
        case "accepted": {
          const from = before.tabs.get(change.amendment);
          const row = model.rows.find((r) => r.issue === change.issue);
          const to = row ? now.pips.get(`${change.issue}:${row.chosen}`) : undefined;
          if (!from || !to) break;
          const arriving = this.arriving.get(change.issue) ?? [];
          for (const o of arriving) (o as unknown as Phaser.GameObjects.Components.Alpha).setAlpha?.(0);
          const token = this.add.container(from.x, from.y);
          const g = this.add.graphics();
          g.fillStyle(C.sky, 1).fillCircle(0, 0, 9 * u);
          g.lineStyle(2 * u, C.white, 1).strokeCircle(0, 0, 9 * u);
          token.add(g);
          layers.fx.add(token);
          this.tweens.add({
            targets: token,
            x: to.x,
            y: to.y,
            scale: { from: 1.3, to: 0.7 },
            duration: 700,
            ease: "Cubic.easeInOut",
            onComplete: () => {
              token.destroy();
              for (const o of arriving)
                if ((o as Phaser.GameObjects.GameObject).active) this.tween({ targets: o, alpha: 1, duration: 220 });
              this.flashRow(change.issue, C.sky);
            },
          });
          break;
        }
        case "written":
          this.flashRow(change.issue, C.brass);
          break;
        case "proposed": {
          const tab = this.findMark(change.amendment);
          if (tab) {
            const x = tab.x;
            tab.setAlpha(0).setX(x + 24 * u);
            this.tween({ targets: tab, x, alpha: 1, duration: 380, ease: "Back.easeOut" });
          }
          break;
        }
        case "supported": {
          const tab = this.findMark(change.amendment);
          const seat = before.seats.get(change.seat);
          const to = now.tabs.get(change.amendment);
          if (tab) this.tween({ targets: tab, scaleY: { from: 1.35, to: 1 }, duration: 420, ease: "Back.easeOut" });
          if (seat && to) this.spark(seat.x + seat.w / 2, seat.y + seat.h / 2, to.x, to.y, C.sky);
          break;
        }
        case "pen": {
          const pen = layers.marks.getByName("pen") as Phaser.GameObjects.Container | null;
          if (!pen) break;
          const to = { x: pen.x, y: pen.y, r: pen.rotation };
          pen.setPosition(before.pen.x, before.pen.y).setRotation(before.pen.angle);
          this.tween({
            targets: pen,
            x: to.x,
            y: to.y,
            rotation: to.r,
            duration: 900,
            ease: "Cubic.easeInOut",
          });
          break;
        }
        case "ballot": {
          const seal = layers.marks.getByName(`seal-${change.seat}`) as Phaser.GameObjects.Container | null;
          if (!seal) break;
          seal.setScale(2.4).setAlpha(0);
          this.tween({ targets: seal, scale: 1, alpha: 1, duration: 360, ease: "Cubic.easeIn" });
          const ring = this.add.circle(seal.x, seal.y, 16 * u);
          ring.setStrokeStyle(2 * u, change.ballot === "sign" ? C.bad : C.muted, 1);
          ring.isFilled = false;
          ring.setAlpha(0);
          layers.fx.add(ring);
          this.tweens.add({
            targets: ring,
            scale: { from: 1, to: 2.4 },
            alpha: { from: 0.9, to: 0 },
            delay: 340,
            duration: 600,
            ease: "Sine.easeOut",
            onComplete: () => ring.destroy(),
          });
          break;
        }
        case "vote": {
          const box = now.rows.values().next().value;
          if (box) {
            const flash = this.add.rectangle(box.x, box.y - 30 * u, box.w, 30 * u, C.bad, 0.5).setOrigin(0, 0);
            layers.fx.add(flash);
            this.tweens.add({ targets: flash, alpha: 0, duration: 900, onComplete: () => flash.destroy() });
          }
          break;
        }
        case "ready": {
          const mark = layers.marks.getByName(`ready-${change.seat}`) as Phaser.GameObjects.Container | null;
          if (mark) this.tween({ targets: mark, scale: { from: 0.2, to: 1 }, duration: 360, ease: "Back.easeOut" });
          break;
        }
      }
    }
  }

  private findMark(amendment: number): Phaser.GameObjects.Container | null {
    const layers = this.layers;
    if (!layers) return null;
    for (const o of layers.marks.list)
      if (o instanceof Phaser.GameObjects.Container && o.getData("amendment") === amendment) return o;
    return null;
  }

  /** A row lights up and fades: something was written into it. */
  private flashRow(issue: string, colour: number): void {
    const layers = this.layers;
    const box = this.anchors?.rows.get(issue);
    if (!layers || !box) return;
    const glow = this.add.rectangle(box.x, box.y, box.w, box.h, colour, 0.35).setOrigin(0, 0);
    layers.fx.add(glow);
    this.tweens.add({
      targets: glow,
      alpha: 0,
      duration: 1100,
      ease: "Sine.easeOut",
      onComplete: () => glow.destroy(),
    });
  }

  /** A small dot travelling from a seat to a marker: that seat just backed it. */
  private spark(x0: number, y0: number, x1: number, y1: number, colour: number): void {
    const layers = this.layers;
    if (!layers) return;
    const dot = this.add.circle(x0, y0, 5 * this.u, colour, 1).setStrokeStyle(1.5 * this.u, C.white, 1);
    layers.fx.add(dot);
    this.tweens.add({
      targets: dot,
      x: x1,
      y: y1,
      duration: 600,
      ease: "Cubic.easeInOut",
      onComplete: () => dot.destroy(),
    });
  }
}
