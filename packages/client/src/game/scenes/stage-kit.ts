// What the stage's scenes share, so the table, the stress test and the debrief look like one
// product: the palette and type, the navy room with its walnut table, the header with the phase and
// the clock, text that fits its box, shapes baked into one texture, and a game loop that runs only
// while something moves. The table, the stress test and the debrief all extend StageScene.
import * as Phaser from "phaser";
import { formatClock, remainingMs } from "../../panels/phase-clock.tsx";
import { tone } from "../../theme/palette.ts";
import { FLAG_URLS } from "../../ui/flag-urls.ts";
import { KeptObjects, keptTextKey, textKey } from "../kept-objects.ts";
import { REGISTRY } from "../registry.ts";
import { nextTask, runsByCost, SlicedBuild } from "../sliced-build.ts";
import type { StageHeader } from "../stage-header.ts";
import { type Box as StageBox, type StageMetrics, stageMetrics } from "../stage-metrics.ts";
import { IdleLoop } from "./idle-loop.ts";
import { StageClock } from "./stage-clock.ts";

/** How long a picture waits for its flags' images before it is drawn with code chips. */
const FLAG_WAIT_MS = 300;
/** How long one task of a picture's build runs before the page gets its turn (#19: no long task over 200 ms on a phone). */
const SLICE_MS = 40;
/** In how many parts the still layer's shapes are baked: all at once took up to 230 ms on a phone (#19). */
const BAKE_PARTS = 6;

/** Font metrics by weight, style and size (the family is always FONT). */
const fontMetrics = new Map<string, Phaser.Types.GameObjects.Text.TextMetrics>();

/** A colour number as CSS hex. */
export const css = (n: number) => `#${n.toString(16).padStart(6, "0")}`;

/** The palette's tokens as numbers (src/theme/palette.ts, the same list the CSS reads). */
export const C = tone;
/** The product's typeface (loaded by the game shell before any scene draws). */
export const FONT = '"IBM Plex Sans", system-ui, sans-serif';

/** A rectangle in device pixels. */
export type Box = StageBox;
/** How a text is set: size in design pixels (scaled by the scene's unit). */
export type TextOpts = {
  size: number;
  weight?: 400 | 600;
  color?: number;
  italic?: boolean;
  spacing?: number;
  caps?: boolean;
};

/**
 * A stage scene: draws a model `M` and plays motion `Ch`, what its host hands over with a model
 * (each scene's, from the engine's events). The subclass lays out one picture in `compose`; shapes it draws into `still` are
 * baked into one texture (other objects left there stay drawn over it, in their order), live
 * objects (text, flags, anything that moves) go into `live`, passing effects into `fx`.
 */
export abstract class StageScene<M, Ch> extends Phaser.Scene {
  protected model: M | null = null;
  private modelKey = "";
  protected clockOffset = 0;
  /** Device pixels per design pixel. */
  protected u = 1;
  /** A phone-sized canvas (under 600 CSS pixels wide). */
  protected compact = false;
  /** The stage's size and scale at the last layout (the pure layouts take it). */
  protected metrics: StageMetrics = stageMetrics(1, 1, 1);
  protected layers: Record<"still" | "live" | "fx", Phaser.GameObjects.Container> | null = null;
  /** Where the room's pool of light is centred, as a share of the canvas height. */
  protected readonly lightAt: number = 0.5;
  private baked: Phaser.GameObjects.RenderTexture | null = null;
  /** What the baked texture was drawn from: the same shapes again need no new bake. */
  private bakedFrom = "";
  /** The last picture's texts, taken again by the next picture's texts that look the same. */
  private kept = new KeptObjects<Phaser.GameObjects.Text>();
  /** Tweens on objects of the current picture: removed before it is redrawn. */
  private owned: Phaser.Tweens.Tween[] = [];
  /** The header's countdown, over the canvas; `timed` while the picture's phase has one. */
  private clock: StageClock | null = null;
  private timed = false;
  private clockSpan = { deadline: 0, ms: 0 };
  private shownClock = "";
  private idle = new IdleLoop(this);
  private clockTimer: ReturnType<typeof setInterval> | undefined;
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  private drawTimer: ReturnType<typeof setTimeout> | undefined;
  private pending: Ch[] | null = null;
  private flagsLoading = new Set<string>();
  /** Flag images requested and not yet loaded (or failed). */
  private flagsPending = 0;
  private measurer = document.createElement("canvas").getContext("2d");
  /** The picture under way, built in slices; no frame is drawn until it is whole. */
  private build = new SlicedBuild(SLICE_MS, { now: () => performance.now(), later: nextTask });
  /** Motion asked for while a picture was being built: its picture follows the one under way. */
  private queued: Ch[] | null = null;
  private queueTimer: ReturnType<typeof setTimeout> | undefined;
  /** Where the header's clock goes in the picture under way (null: hidden), set when it is shown. */
  private clockPlace: Parameters<StageClock["setPlace"]>[0] | null = null;

  /** The header of `model`. */
  protected abstract header(model: M): StageHeader;
  /** The flags `model` draws. */
  protected abstract flags(model: M): string[];
  /**
   * Lays out the whole picture of `model` in the canvas, below `top` (the header's bottom edge); as
   * a generator, each `yield` a place where the build may leave the rest to a later task.
   */
  protected abstract compose(model: M, top: number): Iterable<void> | void;
  /** Plays `changes` on the picture just composed. */
  protected abstract play(changes: Ch[], model: M): void;

  create(): void {
    const layer = (depth: number) => this.add.container(0, 0).setDepth(depth);
    this.layers = { still: layer(1), live: layer(2), fx: layer(3) };
    this.baked = null;
    this.bakedFrom = "";
    const parent = this.game.canvas.parentElement;
    this.clock = parent ? new StageClock(parent, this.measurer) : null;
    this.timed = false;
    // A page timer, not the scene's clock: it must run while the loop sleeps.
    this.clockTimer = setInterval(() => this.tickClock(), 250);
    this.scale.on(Phaser.Scale.Events.RESIZE, this.scheduleLayout, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.scheduleLayout, this);
      clearInterval(this.clockTimer);
      this.idle.dispose();
      clearTimeout(this.layoutTimer);
      clearTimeout(this.drawTimer);
      clearTimeout(this.queueTimer);
      this.drawTimer = undefined;
      this.build.cancel();
      this.queued = null;
      this.layers = null;
      this.baked = null;
      this.clock?.destroy();
      this.clock = null;
      this.kept.sweep((t) => t.destroy());
    });
    this.draw(this.pending ?? [], true);
    this.pending = null;
  }

  /** Shows a new model, with `motion` played on it. The same model again without motion draws nothing. */
  protected setModel(model: M, clockOffset = 0, motion: readonly Ch[] = []): void {
    this.clockOffset = clockOffset;
    const key = JSON.stringify(model);
    if (key === this.modelKey && motion.length === 0) return;
    this.modelKey = key;
    const changes = [...motion];
    this.model = model;
    this.loadFlags(this.flags(model));
    this.pending = [...(this.pending ?? []), ...changes];
    if (!this.layers) return;
    clearTimeout(this.drawTimer);
    // A picture waits a moment for flags still loading: each one that comes after it would cost a
    // whole new picture and frame (#19).
    const due = performance.now() + FLAG_WAIT_MS;
    const drawWhenReady = () => {
      if (this.flagsPending > 0 && performance.now() < due) {
        this.drawTimer = setTimeout(drawWhenReady, 30);
        return;
      }
      this.drawTimer = undefined;
      const all = this.pending ?? [];
      this.pending = null;
      if (this.sys.isActive()) this.draw(all);
    };
    this.drawTimer = setTimeout(drawWhenReady, 40);
  }

  /** The model shown now (for hosts and tests). */
  currentModel(): M | null {
    return this.model;
  }

  protected get reducedMotion(): boolean {
    return this.registry.get(REGISTRY.reducedMotion) === true;
  }

  /** Keeps the game loop running for at least `ms`, then lets it sleep once no tween plays. */
  protected wakeFor(ms: number): void {
    this.idle.wakeFor(ms);
  }

  private scheduleLayout(): void {
    clearTimeout(this.layoutTimer);
    this.layoutTimer = setTimeout(() => {
      if (this.sys.isActive()) this.draw([]);
    }, 60);
  }

  // ───────── Flags ─────────

  protected flagKey(code: string): string {
    return `flag-${code}`;
  }

  private loadFlags(codes: string[]): void {
    for (const code of new Set(codes)) {
      const url = FLAG_URLS[code];
      if (!url || this.flagsLoading.has(code) || this.textures.exists(this.flagKey(code))) continue;
      this.flagsLoading.add(code);
      this.flagsPending++;
      const image = new Image();
      image.onerror = () => {
        this.flagsPending--;
      };
      image.onload = () => {
        this.flagsPending--;
        if (!this.sys.isActive() && !this.sys.isPaused()) return;
        const canvas = document.createElement("canvas");
        canvas.width = 128;
        canvas.height = 96;
        canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
        if (!this.textures.exists(this.flagKey(code))) this.textures.addCanvas(this.flagKey(code), canvas);
        // A picture on its way draws the flag; the one on screen needs a new one.
        if (this.drawTimer === undefined) this.scheduleLayout();
      };
      image.src = url;
    }
  }

  /** A flag `w` wide at (x, y), as live objects (a code chip until the image has loaded). */
  protected flag(code: string, x: number, y: number, w: number): Phaser.GameObjects.GameObject[] {
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

  // ───────── Type ─────────

  protected text(x: number, y: number, content: string, o: TextOpts): Phaser.GameObjects.Text {
    const u = this.u;
    const fontSize = `${Math.round(o.size * u)}px`;
    const fontStyle = `${o.italic ? "italic " : ""}${o.weight ?? 400}`;
    // A font's metrics are measured once: Phaser measures them again for every text object, on a
    // canvas of its own, and a picture has a hundred texts in a handful of fonts (#19).
    const font = `${fontStyle} ${fontSize}`;
    const shown = o.caps ? content.toLocaleUpperCase() : content;
    const color = css(o.color ?? C.ink);
    const letterSpacing = (o.spacing ?? 0) * u;
    const kept = this.kept.take(textKey({ font, color, letterSpacing, text: shown }));
    if (kept?.scene) {
      // The last picture's text with the same look: its texture is right as it is.
      this.tweens.killTweensOf(kept);
      kept.addToDisplayList();
      return kept
        .setPosition(Math.round(x), Math.round(y))
        .setOrigin(0, 0)
        .setScale(1)
        .setRotation(0)
        .setAlpha(1)
        .setVisible(true)
        .setActive(true)
        .setDepth(0)
        .setName("");
    }
    const t = this.add.text(Math.round(x), Math.round(y), shown, {
      fontFamily: FONT,
      fontSize,
      fontStyle,
      color,
      letterSpacing,
      metrics: fontMetrics.get(font),
    });
    if (!fontMetrics.has(font)) fontMetrics.set(font, t.style.getTextMetrics());
    return t;
  }

  /**
   * Takes the texts out of `list` (and the containers in it) before the picture is destroyed, and
   * keeps those a new text of the same look would match, for the next picture to take again.
   */
  private keepTexts(list: Phaser.GameObjects.GameObject[]): void {
    for (const o of [...list]) {
      if (o instanceof Phaser.GameObjects.Container) this.keepTexts(o.list);
      if (!(o instanceof Phaser.GameObjects.Text) || !o.parentContainer) continue;
      const key = keptTextKey({
        font: `${o.style.fontStyle} ${o.style.fontSize}`,
        color: String(o.style.color),
        letterSpacing: o.letterSpacing,
        text: o.text,
        wrapWidth: o.style.wordWrapWidth,
        lineSpacing: o.lineSpacing,
        align: o.style.align,
      });
      if (key === null) continue;
      const parent = o.parentContainer;
      // The container listens for its child's end; it is about to go, the text is not.
      o.off(
        Phaser.GameObjects.Events.DESTROY,
        (parent as unknown as { onChildDestroyed: () => void }).onChildDestroyed,
        parent,
      );
      parent.remove(o);
      o.removeFromDisplayList();
      this.kept.keep(key, o);
    }
  }

  /** Shortens a text with an ellipsis until it fits `max` device pixels. */
  protected fit(t: Phaser.GameObjects.Text, max: number): Phaser.GameObjects.Text {
    if (t.width <= max) return t;
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
  protected textWidth(content: string, size: number, weight: 400 | 600): number {
    const ctx = this.measurer;
    if (!ctx) return content.length * size * 0.55 * this.u;
    ctx.font = `${weight} ${Math.round(size * this.u)}px ${FONT}`;
    return ctx.measureText(content).width;
  }

  /** Wraps a text to `width` and at most `lines` lines, the last one ending in an ellipsis if cut. */
  protected wrap(t: Phaser.GameObjects.Text, width: number, lines: number): Phaser.GameObjects.Text {
    // Narrower than a character (a stage laid out while it is still tiny): Phaser's wrap throws.
    if (!(width > (Number.parseFloat(String(t.style.fontSize)) || 12))) return t;
    t.setWordWrapWidth(width, true);
    const wrapped = t.getWrappedText();
    if (wrapped.length <= lines) return t;
    const kept = wrapped.slice(0, lines);
    kept[lines - 1] = `${(kept[lines - 1] ?? "").trimEnd()}…`;
    t.setWordWrapWidth(null);
    return t.setText(kept.join("\n"));
  }

  /** A small caps label in brass: the product's section title. */
  protected eyebrow(x: number, y: number, content: string, size = 10, color = C.brass): Phaser.GameObjects.Text {
    return this.text(x, y, content, {
      size: this.compact ? size - 1 : size,
      weight: 600,
      color,
      spacing: 1.2,
      caps: true,
    });
  }

  protected tween(config: Phaser.Types.Tweens.TweenBuilderConfig): void {
    if (this.reducedMotion) return;
    this.owned.push(this.tweens.add(config));
  }

  /** Adds objects to the still layer (baked) or the live one. */
  protected put(layer: "still" | "live" | "fx", ...objects: Phaser.GameObjects.GameObject[]): void {
    this.layers?.[layer].add(objects);
  }

  // ───────── The picture ─────────

  /**
   * Redraws everything at the current size, then plays `changes`; `starting`: in the scene's first
   * frame. The picture is built over several tasks when it takes long (a first picture makes every
   * text anew), and shown when whole. Asked for while one is being built, it follows that one: a
   * newer picture on each patch would never let one finish.
   */
  private draw(changes: Ch[], starting = false): void {
    if (!this.layers) return;
    if (this.build.running) {
      this.queued = [...(this.queued ?? []), ...changes];
      return;
    }
    const all = [...(this.queued ?? []), ...changes];
    this.queued = null;
    clearTimeout(this.queueTimer);
    // A scene's first frame is drawn right after create(): its picture is made all at once.
    if (!starting) this.idle.hold();
    this.build.start(
      this.picture(all, starting),
      () => {
        if (this.queued === null) return;
        // After the frame that shows this picture (a timer of its own, queued before this one).
        this.queueTimer = setTimeout(() => {
          if (this.sys.isActive()) this.draw([]);
        }, 0);
      },
      starting ? Number.POSITIVE_INFINITY : undefined,
    );
  }

  /** The steps of `draw`: the room and the header, the scene's picture, then the bake and the frame. */
  private *picture(changes: Ch[], starting: boolean): Generator<void> {
    const layers = this.layers;
    if (!layers) return;
    for (const tw of this.owned) tw.remove();
    this.owned = [];
    for (const key of ["still", "live", "fx"] as const) {
      this.keepTexts(layers[key].list);
      layers[key].removeAll(true);
    }
    this.timed = false;
    this.clockPlace = null;

    const { width, height } = this.scale;
    const pr = Number(this.registry.get(REGISTRY.pixelRatio) ?? 1);
    this.metrics = stageMetrics(width, height, pr);
    this.compact = this.metrics.compact;
    this.u = this.metrics.u;

    this.drawRoom();
    const model = this.model;
    if (!model) {
      this.clock?.hide();
      const bake = this.bake();
      while (!bake.next().done);
      this.kept.sweep((t) => t.destroy());
      this.idle.release();
      // At the scene's start the frame this runs in draws the empty room; the model comes soon.
      if (starting) this.idle.rest();
      else this.idle.showPicture();
      return;
    }
    const { margin: m, headerH, zoneTop } = this.metrics;
    yield* this.drawHeader(this.header(model), { x: m, y: m, w: width - m * 2, h: headerH });
    yield;
    const steps = this.compose(model, zoneTop);
    if (steps) yield* steps;
    // The bake in tasks of its own: it draws every shape of the picture.
    yield;
    yield* this.bake();
    this.kept.sweep((t) => t.destroy());
    this.timed = this.clockPlace !== null;
    if (this.clockPlace) this.clock?.setPlace(this.clockPlace);
    else this.clock?.hide();
    this.shownClock = "";
    this.tickClock();
    if (!this.reducedMotion && changes.length > 0) this.play(changes, model);
    this.idle.release();
    this.idle.showPicture();
  }

  /**
   * Draws every shape of the still layer into one texture and drops those shapes: Graphics are
   * re-tessellated every frame, a texture is one quad. Drawn at twice the size and shown at half on
   * screens of one device pixel per CSS pixel, since a texture has no multisampling of its own.
   * Drawn in parts, a step each; nothing shows it before the picture's frame.
   */
  private *bake(): Generator<void> {
    const layers = this.layers;
    if (!layers) return;
    const { width, height } = this.scale;
    const max = (this.renderer as Phaser.Renderer.WebGL.WebGLRenderer).getMaxTextureSize?.() ?? 4096;
    const pr = Number(this.registry.get(REGISTRY.pixelRatio) ?? 1);
    // Not on a phone's screen of 1.5 to 2 device pixels per CSS pixel: its canvas is dense enough,
    // and four times the pixels to fill on each redraw cost it long tasks (#19).
    const ss = pr < 1.5 && width * 2 <= max && height * 2 <= max ? 2 : 1;
    const shapes: Phaser.GameObjects.Graphics[] = [];
    const others: Array<{ o: Phaser.GameObjects.GameObject & { visible: boolean }; visible: boolean }> = [];
    // What the texture shows follows from the shapes' drawing commands and where they stand: the
    // same as last time (a change that touched only text, marks or the clock), and it stays.
    const from: string[] = [`${width}x${height}@${ss}`];
    const walk = (list: Phaser.GameObjects.GameObject[]) => {
      for (const o of list) {
        if (o instanceof Phaser.GameObjects.Container) {
          from.push(`[${placement(o)}`);
          walk(o.list);
          from.push("]");
        } else if (o instanceof Phaser.GameObjects.Graphics) {
          shapes.push(o);
          from.push(`${placement(o)}:${(o as unknown as { commandBuffer: unknown[] }).commandBuffer.join(",")}`);
        } else {
          const v = o as Phaser.GameObjects.GameObject & { visible: boolean };
          others.push({ o: v, visible: v.visible });
        }
      }
    };
    walk(layers.still.list);
    const drawnFrom = from.join(";");
    if (this.baked && drawnFrom === this.bakedFrom) {
      for (const g of shapes) g.destroy();
      return;
    }
    this.bakedFrom = drawnFrom;
    if (!this.baked)
      this.baked = this.add
        .renderTexture(0, 0, width * ss, height * ss)
        .setOrigin(0, 0)
        // Under the still layer: what is left in it (text, images) stays drawn over its shapes.
        .setDepth(0);
    // resize, not setSize: the texture itself must grow when the stage does (setSize only relabels it).
    else this.baked.resize(width * ss, height * ss);
    this.baked.setScale(1 / ss);
    this.baked.camera.setOrigin(0, 0).setZoom(ss);
    for (const x of others) x.o.visible = false;
    this.baked.clear();
    // The layer's parts in order, each drawn where it stands: containers that move nothing are
    // opened; what is hidden is left out, as a container's drawing leaves it out.
    const parts: Phaser.GameObjects.GameObject[] = [];
    const open = (list: Phaser.GameObjects.GameObject[]) => {
      for (const o of list)
        if (o instanceof Phaser.GameObjects.Container && inPlace(o)) open(o.list);
        else if ((o as Phaser.GameObjects.GameObject & { visible: boolean }).visible) parts.push(o);
    };
    open([layers.still]);
    for (const run of runsByCost(parts.map(drawingCost), BAKE_PARTS)) {
      for (const i of run) this.baked.draw(parts[i] as Phaser.GameObjects.GameObject);
      this.baked.render();
      yield;
    }
    for (const x of others) x.o.visible = x.visible;
    for (const g of shapes) g.destroy();
  }

  /** The navy room with a pool of light in the middle (at `lightAt` of the height). */
  private drawRoom(): void {
    const { width, height } = this.scale;
    const g = this.add.graphics();
    g.fillStyle(C.ink, 1).fillRect(0, 0, width, height);
    for (let i = 6; i >= 1; i--)
      g.fillStyle(C.night, 0.22).fillEllipse(
        width / 2,
        height * this.lightAt,
        width * (0.55 + i * 0.09),
        height * (0.5 + i * 0.08),
      );
    this.put("still", g);
  }

  /**
   * The walnut table top with its brass inlay `inlay` device pixels in from the edge (the surface
   * every scene lays its papers on).
   */
  protected drawTable(box: Box, radius: number, inlay = (this.compact ? 8 : 12) * this.u): void {
    const u = this.u;
    const { x, y, w, h } = box;
    const g = this.add.graphics();
    const r = Math.min(radius, h / 2, w / 2);
    g.fillStyle(C.shade, 0.35).fillRoundedRect(x, y + 8 * u, w, h, r);
    g.fillStyle(C.woodEdge, 1).fillRoundedRect(x, y, w, h, r);
    const e = 4 * u;
    g.fillStyle(C.wood, 1).fillRoundedRect(x + e, y + e, w - e * 2, h - e * 2, Math.max(1, r - e));
    const i = inlay;
    g.fillStyle(C.woodTop, 1).fillRoundedRect(x + i, y + i, w - i * 2, h - i * 2, Math.max(1, r - i));
    g.lineStyle(1.5 * u, C.brass, 0.55).strokeRoundedRect(x + i, y + i, w - i * 2, h - i * 2, Math.max(1, r - i));
    this.put("still", g);
  }

  /** A sheet of paper with its shadow `drop` design pixels below it (drawn into `g`). */
  protected paper(g: Phaser.GameObjects.Graphics, box: Box, colour = C.paper, drop = 4): void {
    const u = this.u;
    g.fillStyle(C.shade, 0.3).fillRoundedRect(box.x + 2 * u, box.y + drop * u, box.w, box.h, 6 * u);
    g.fillStyle(colour, 1).fillRoundedRect(box.x, box.y, box.w, box.h, 6 * u);
  }

  /** A green disc with a white check, centred at (0, 0) of `g`: something done (ready, ratified). */
  protected okBadge(g: Phaser.GameObjects.Graphics, r: number): void {
    g.fillStyle(C.ok, 1).fillCircle(0, 0, r);
    g.lineStyle(2 * this.u, C.white, 1);
    g.beginPath();
    g.moveTo(-r * 0.45, 0);
    g.lineTo(-r * 0.1, r * 0.38);
    g.lineTo(r * 0.48, -r * 0.35);
    g.strokePath();
  }

  private *drawHeader(h: StageHeader, box: Box): Generator<void> {
    const u = this.u;
    const compact = this.compact;
    const phase = this.text(box.x, box.y + (compact ? box.h / 2 : 2 * u), h.phaseLabel, {
      size: compact ? 10 : 11,
      weight: 600,
      color: C.brass,
      spacing: 1.4,
      caps: true,
    }).setOrigin(0, compact ? 0.5 : 0);
    this.put("live", phase);
    yield;
    if (h.detail) {
      const detail = compact
        ? this.text(phase.x + phase.width + 8 * u, box.y + box.h / 2, h.detail, {
            size: 11,
            color: C.paperDeep,
          }).setOrigin(0, 0.5)
        : this.text(box.x, phase.y + phase.height + 1 * u, h.detail, { size: 13, color: C.paperDeep });
      this.fit(detail, box.w * (compact ? 0.78 : 0.3) - (compact ? phase.width : 0));
      this.put("live", detail);
    }
    const barW = (compact ? 54 : 92) * u;
    const left = Math.floor(box.x + box.w * 0.3);
    // Placed when the picture is shown, not before: the clock moves with the picture.
    this.clockPlace = !(h.clock.deadline > 0 || h.clock.paused)
      ? null
      : {
          right: Math.round(box.x + box.w),
          middle: Math.round(box.y + (compact ? box.h / 2 : box.h * 0.42)),
          size: Math.round((compact ? 18 : 24) * u),
          family: FONT,
          bar: { x: box.x + box.w - barW, y: box.y + box.h - (compact ? 1 : 3) * u, w: barW, h: 3 * u },
          area: { x: left, y: 0, w: this.scale.width - left, h: Math.ceil(box.y + box.h + 4 * u) },
          pr: Number(this.registry.get(REGISTRY.pixelRatio) ?? 1),
        };
    if (!compact && h.note) {
      const note = this.text(box.x + box.w / 2, box.y + box.h / 2, h.note, { size: 12, weight: 600, color: C.brass });
      note.setOrigin(0.5);
      this.fit(note, box.w * 0.4);
      this.put("live", note);
    }
  }

  /** Updates the clock when what it shows changed (in its overlay: no frame of the stage). */
  private tickClock(): void {
    const clock = this.clock;
    const model = this.model;
    if (!clock || !model || !this.timed) return;
    const h = this.header(model);
    if (h.clock.paused) {
      // Standing still at the time the phase keeps for its resume: nothing counts down.
      const kept = h.clock.keptMs > 0 ? `${h.paused} · ${formatClock(h.clock.keptMs)}` : h.paused;
      if (this.shownClock === `paused:${kept}`) return;
      this.shownClock = `paused:${kept}`;
      clock.draw({ text: kept, colour: css(C.brass), bar: null });
      return;
    }
    const left = remainingMs(h.clock.deadline, this.clockOffset);
    if (this.clockSpan.deadline !== h.clock.deadline) this.clockSpan = { deadline: h.clock.deadline, ms: 0 };
    this.clockSpan.ms = Math.max(this.clockSpan.ms, left, h.clock.nominalMs);
    const shown = formatClock(left);
    if (shown === this.shownClock) return;
    this.shownClock = shown;
    const urgent = left < 30_000;
    const share = this.clockSpan.ms > 0 ? Math.max(0, Math.min(1, left / this.clockSpan.ms)) : 0;
    clock.draw({
      text: shown,
      colour: css(urgent ? C.urgent : C.paper),
      bar: { share, fill: css(urgent ? C.below : C.brass), track: css(C.inkSoft) },
    });
  }
}

/** Where a container or a shape of the still layer stands, as far as the baked texture goes. */
function placement(o: Phaser.GameObjects.Container | Phaser.GameObjects.Graphics): string {
  return `${o.x},${o.y},${o.rotation},${o.scaleX},${o.scaleY},${o.alpha},${o.visible},${o.blendMode}`;
}

/**
 * Whether container `o` draws its children as they are: in place, whole, shown, and leaving the
 * blend to them (-1: Phaser's SKIP_CHECK, a container's own, not in the slim build).
 */
function inPlace(o: Phaser.GameObjects.Container): boolean {
  return (
    o.x === 0 &&
    o.y === 0 &&
    o.rotation === 0 &&
    o.scaleX === 1 &&
    o.scaleY === 1 &&
    o.alpha === 1 &&
    o.visible &&
    Number(o.blendMode) === -1
  );
}

/** How much drawing `o` takes, about: its shapes' drawing commands. */
function drawingCost(o: Phaser.GameObjects.GameObject): number {
  if (o instanceof Phaser.GameObjects.Container) return o.list.reduce((sum, c) => sum + drawingCost(c), 0);
  if (o instanceof Phaser.GameObjects.Graphics)
    return (o as unknown as { commandBuffer: unknown[] }).commandBuffer.length;
  return 0;
}

/** Colours of Moscow's four actions, calm to grave (always drawn with their shape and a label). */
export const SEVERITY_COLOURS = [C.sky, C.brass, C.below, C.bad] as const;

/**
 * Moscow's action as a shape that grows with its severity, so it reads without colour: an open
 * ring (complies), a diamond (hybrid pressure), one arrowhead (a limited incursion), two (a major
 * offensive). Drawn into `g` centred at (x, y) within radius `r`.
 */
export function severityGlyph(
  g: Phaser.GameObjects.Graphics,
  severity: number,
  x: number,
  y: number,
  r: number,
  colour: number = SEVERITY_COLOURS[severity] ?? C.quiet,
): void {
  const line = Math.max(1, r * 0.22);
  if (severity <= 0) {
    g.lineStyle(line, colour, 1).strokeCircle(x, y, r * 0.72);
    return;
  }
  g.fillStyle(colour, 1);
  if (severity === 1) {
    g.fillTriangle(x, y - r * 0.85, x + r * 0.7, y, x - r * 0.7, y);
    g.fillTriangle(x - r * 0.7, y, x + r * 0.7, y, x, y + r * 0.85);
    return;
  }
  // An arrowhead with a notch at its back: two triangles meeting at the notch.
  const arrow = (dx: number, s: number) => {
    const tip = { x: x + dx + r * 0.45 * s, y };
    const notch = { x: x + dx - r * 0.2 * s, y };
    g.fillTriangle(x + dx - r * 0.55 * s, y - r * 0.85 * s, tip.x, tip.y, notch.x, notch.y);
    g.fillTriangle(notch.x, notch.y, tip.x, tip.y, x + dx - r * 0.55 * s, y + r * 0.85 * s);
  };
  if (severity === 2) arrow(0, 1);
  else {
    arrow(-r * 0.42, 0.92);
    arrow(r * 0.38, 0.92);
  }
}
