// The map of Ukraine and its neighbours: where a force posture would stand, where stress-test events happen.
// It holds no rules: the host says which posture and which events to show.
import * as Phaser from "phaser";
import { buildBasemapSvg, MAP_COLOURS, UKRAINE_RINGS } from "../../map/basemap.ts";
import type { Point } from "../../map/geometry.ts";
import {
  EVENT_PLACES,
  FORCE_POSTURES,
  type ForceRole,
  type ForceSite,
  findPlace,
  PLACES,
  type Place,
} from "../../map/places.ts";
import { fitProjection, type MapProjection } from "../../map/projection.ts";
import { tone } from "../../theme/palette.ts";
import { REGISTRY } from "../registry.ts";
import { IdleLoop } from "./idle-loop.ts";

/** Text shown with a force posture: usually the option's label and description from the scenario. */
export type PostureCaption = { title: string; text?: string };

/** A stress-test event to mark: where comes from `placeId`, else from the event id's default place. */
export type MapEvent = { id: string; title: string; placeId?: string | null; eyebrow?: string };

/** Where an event ended up: on the map, at the edge pointing off-map, or in the banner (no single place). */
export type EventPlacement = "on-map" | "off-map" | "no-place";

const C = {
  ink: tone.ink,
  inkSoft: tone.inkSoft,
  paper: tone.paper,
  brass: tone.brass,
  brassDeep: tone.brassDeep,
  sky: tone.sky,
  red: tone.redCell,
  white: tone.white,
};
const FONT = '"IBM Plex Sans", system-ui, sans-serif';
/** The legend's width on desktop, in design pixels. */
const LEGEND_WIDTH = 174;

/** Country and sea names, placed by hand in lon/lat. */
const AREA_LABELS: ReadonlyArray<{ text: string; lonLat: Point; kind: "focus" | "country" | "sea"; minor?: boolean }> =
  [
    { text: "UKRAINE", lonLat: [31.3, 48.3], kind: "focus" },
    { text: "POLAND", lonLat: [19.6, 51.3], kind: "country" },
    { text: "BELARUS", lonLat: [27.9, 52.75], kind: "country" },
    { text: "RUSSIA", lonLat: [41.6, 50.5], kind: "country" },
    { text: "ROMANIA", lonLat: [24.2, 46.6], kind: "country" },
    { text: "MOLDOVA", lonLat: [28.2, 47.85], kind: "country", minor: true },
    { text: "HUNGARY", lonLat: [20.2, 46.75], kind: "country" },
    { text: "SLOVAKIA", lonLat: [19.9, 48.95], kind: "country", minor: true },
    { text: "LITHUANIA", lonLat: [23.9, 55.4], kind: "country", minor: true },
    { text: "BULGARIA", lonLat: [25.3, 42.75], kind: "country" },
    { text: "TURKEY", lonLat: [33.5, 40.2], kind: "country" },
    { text: "Black Sea", lonLat: [31.2, 44.5], kind: "sea" },
    { text: "Sea of Azov", lonLat: [36.7, 46.15], kind: "sea", minor: true },
  ];

/** A site's short name for lists: the plant for nuclear sites, else the place. */
function siteName(site: ForceSite): string {
  const place = findPlace(site.place);
  return site.role === "nuclear" || !place ? site.label : place.name;
}

/** The map scene. Key = class name. */
export class MapScene extends Phaser.Scene {
  private projection: MapProjection | null = null;
  private basemap: Phaser.GameObjects.Image | null = null;
  private basemapKey = "";
  private basemapVersion = 0;
  private labels: Phaser.GameObjects.Container | null = null;
  private chrome: Phaser.GameObjects.Container | null = null;
  private postureLayer: Phaser.GameObjects.Container | null = null;
  private eventLayer: Phaser.GameObjects.Container | null = null;
  private posture: { id: string; caption: PostureCaption | null } | null = null;
  private marked: MapEvent[] = [];
  private layoutTimer: ReturnType<typeof setTimeout> | undefined;
  private idle = new IdleLoop(this);
  /** Device pixels per design pixel. */
  private u = 1;
  private compact = false;
  /** A desktop canvas too small for every label (minor cities and the scale bar are left out). */
  private dense = false;
  /** A low canvas, such as a panel beside the table: compact, and lighter still. */
  private small = false;
  /** Where the caption card ends; Europe-wide event banners stack below it. */
  private captionBottom = 0;

  constructor() {
    super({ key: "MapScene" });
  }

  create(): void {
    this.labels = this.add.container(0, 0).setDepth(2);
    this.postureLayer = this.add.container(0, 0).setDepth(3);
    this.eventLayer = this.add.container(0, 0).setDepth(4);
    this.chrome = this.add.container(0, 0).setDepth(5);
    this.layout();
    this.scale.on(Phaser.Scale.Events.RESIZE, this.scheduleLayout, this);
    this.events.once(Phaser.Scenes.Events.SHUTDOWN, () => {
      this.scale.off(Phaser.Scale.Events.RESIZE, this.scheduleLayout, this);
      clearTimeout(this.layoutTimer);
      this.idle.dispose();
    });
  }

  /**
   * Shows where the European force would stand for an option of the "force" issue
   * (`none`, `trainers`, `mfu`, `tripwire` in the default scenario); null clears it.
   * Returns false for an option id the map has no sites for.
   */
  showForcePosture(optionId: string | null, caption?: PostureCaption): boolean {
    this.posture = optionId === null ? null : { id: optionId, caption: caption ?? null };
    this.drawLabels();
    this.drawPosture(true);
    this.drawChrome();
    this.drawEvents(null);
    return optionId === null || optionId in FORCE_POSTURES;
  }

  /** The option id currently shown, or null. */
  currentPosture(): string | null {
    return this.posture?.id ?? null;
  }

  /** Marks a stress-test event with a pulse and a short label; says where it was put. */
  markEvent(event: MapEvent): EventPlacement {
    this.marked = [...this.marked.filter((e) => e.id !== event.id), event];
    this.drawEvents(event.id);
    return this.placementOf(event);
  }

  /** Removes every event marker. */
  clearEvents(): void {
    this.marked = [];
    this.drawEvents(null);
  }

  /** Where a lon/lat point falls on the canvas now (device pixels), for hosts that overlay DOM. */
  projectPoint(lonLat: Point): Point | null {
    return this.projection ? this.projection.project(lonLat) : null;
  }

  private get reducedMotion(): boolean {
    return this.registry.get(REGISTRY.reducedMotion) === true;
  }

  private scheduleLayout(): void {
    // A page timer, not the scene's clock: that one stops while the loop sleeps.
    clearTimeout(this.layoutTimer);
    this.layoutTimer = setTimeout(() => {
      if (this.sys.isActive()) this.layout();
    }, 60);
  }

  /** Fits the map to the canvas and redraws everything at the new size. */
  private layout(): void {
    const { width, height } = this.scale;
    const pr = Number(this.registry.get(REGISTRY.pixelRatio) ?? 1);
    const cssWidth = width / pr;
    const cssHeight = height / pr;
    // A panel inside a page (low canvas) gets a one-line caption, no legend, plain event labels.
    this.small = cssHeight < 460;
    this.compact = cssWidth < 700 || this.small;
    // A small desktop window shows less detail, a little smaller.
    this.dense = !this.compact && (cssWidth < 1100 || cssHeight < 560);
    const sizeFactor =
      cssWidth >= 1700 || cssHeight >= 1000 ? 1.3 : this.small ? 0.85 : this.compact || this.dense ? 0.9 : 1;
    this.u = pr * sizeFactor;
    const u = this.u;
    const insets = this.small
      ? { top: 40 * u, right: 12 * u, bottom: 24 * u, left: 12 * u }
      : this.compact
        ? { top: 96 * u, right: 14 * u, bottom: 118 * u, left: 14 * u }
        : { top: 56 * u, right: 60 * u, bottom: 44 * u, left: 60 * u };
    const focus = UKRAINE_RINGS.flat();
    const plain = fitProjection(focus, width, height, insets);
    // Keep Ukraine clear of the legend on the right when that costs little scale.
    const clear = this.compact
      ? plain
      : fitProjection(focus, width, height, { ...insets, right: (LEGEND_WIDTH + 40) * u });
    this.projection = clear.unitsPerKm >= plain.unitsPerKm * 0.9 ? clear : plain;
    this.drawBasemap();
    this.drawLabels();
    this.drawPosture(false);
    this.drawChrome();
    this.drawEvents(null);
  }

  /** The sites of the posture shown now. */
  private get sites(): readonly ForceSite[] {
    return this.posture ? (FORCE_POSTURES[this.posture.id] ?? []) : [];
  }

  private drawBasemap(): void {
    const projection = this.projection;
    if (!projection) return;
    const svg = buildBasemapSvg({ projection, scale: this.u });
    const version = ++this.basemapVersion;
    const image = new Image();
    // A data: URL rather than a blob: URL, so a default Content-Security-Policy (img-src 'self' data:) allows it.
    const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    image.onload = () => {
      if (version !== this.basemapVersion || !this.sys.isActive()) return;
      const key = `basemap-${version}`;
      this.textures.addImage(key, image);
      if (this.basemap) this.basemap.setTexture(key);
      else this.basemap = this.add.image(0, 0, key).setOrigin(0, 0).setDepth(0);
      if (this.basemapKey && this.textures.exists(this.basemapKey)) this.textures.remove(this.basemapKey);
      this.basemapKey = key;
      this.idle.wakeFor(100);
      this.game.events.emit("map-basemap-ready");
    };
    image.onerror = () => this.game.events.emit("map-basemap-error");
    image.src = url;
  }

  private text(
    x: number,
    y: number,
    content: string,
    o: { size: number; weight?: 400 | 600; color?: number; italic?: boolean; halo?: number; spacing?: number },
  ): Phaser.GameObjects.Text {
    const u = this.u;
    const style = `${o.italic ? "italic " : ""}${o.weight ?? 400}`;
    return this.add.text(Math.round(x), Math.round(y), content, {
      fontFamily: FONT,
      fontSize: `${Math.round(o.size * u)}px`,
      fontStyle: style,
      color: `#${(o.color ?? C.ink).toString(16).padStart(6, "0")}`,
      stroke: o.halo === undefined ? undefined : MAP_COLOURS.paper,
      strokeThickness: o.halo === undefined ? 0 : o.halo * u,
      letterSpacing: (o.spacing ?? 0) * u,
    });
  }

  private drawLabels(): void {
    const layer = this.labels;
    const projection = this.projection;
    if (!layer || !projection) return;
    layer.removeAll(true);
    const u = this.u;

    for (const area of AREA_LABELS) {
      if (this.compact && area.minor) continue;
      const [x, y] = projection.project(area.lonLat);
      const t =
        area.kind === "focus"
          ? this.text(x, y, area.text, {
              size: this.compact ? 14 : 17,
              weight: 600,
              color: C.brassDeep,
              spacing: this.compact ? 4 : 7,
            })
          : area.kind === "sea"
            ? this.text(x, y, area.text, { size: 14, italic: true, color: C.sky, spacing: 1.5 })
            : this.text(x, y, area.text, { size: 11.5, weight: 600, color: C.inkSoft, spacing: 3.5 });
      t.setOrigin(0.5).setAlpha(area.kind === "focus" ? 0.7 : area.kind === "sea" ? 0.75 : 0.5);
      layer.add(t);
    }

    if (!this.compact) {
      const [fx, fy] = projection.project([38.15, 49.3]);
      const front = this.text(fx, fy, "Line of contact\napproximate, 2025", {
        size: 11,
        italic: true,
        color: C.red,
        halo: 3,
      });
      front.setOrigin(0, 0.5).setLineSpacing(-2 * u);
      layer.add(front);
    }

    // The river's name beside its course between Cherkasy and Kremenchuk.
    const [rx, ry] = projection.project([32.75, 49.3]);
    const river = this.text(rx + 6 * u, ry + 6 * u, "Dnipro", { size: 12, italic: true, color: C.sky, halo: 3 });
    river.setOrigin(0, 0);
    layer.add(river);

    const taken = new Set(this.sites.map((s) => s.place));

    const dots = this.add.graphics();
    layer.add(dots);
    for (const place of PLACES) {
      if (place.kind === "site") continue;
      if ((this.compact || this.dense) && place.tier === 3 && !taken.has(place.id)) continue;
      const [x, y] = projection.project(place.lonLat);
      if (!this.inView(x, y, 0)) continue;
      if (!taken.has(place.id)) this.drawCityDot(dots, place, x, y);
      this.cityLabel(layer, place, x, y, taken.has(place.id));
    }

    const moscow = findPlace("moscow");
    if (moscow) {
      const [x, y] = projection.project(moscow.lonLat);
      if (!this.inView(x, y, 0)) layer.add(this.edgeArrow([x, y], "Moscow", C.inkSoft, null));
    }
  }

  private drawCityDot(g: Phaser.GameObjects.Graphics, place: Place, x: number, y: number): void {
    const u = this.u;
    if (place.kind === "capital") {
      g.fillStyle(C.paper, 1).fillCircle(x, y, 5.5 * u);
      g.lineStyle(1.6 * u, C.ink, 1).strokeCircle(x, y, 4.6 * u);
      g.fillStyle(C.ink, 1).fillCircle(x, y, 2.2 * u);
    } else {
      const r = place.tier === 3 ? 2.4 : 3.2;
      g.fillStyle(C.paper, 1).fillCircle(x, y, (r + 1.4) * u);
      g.fillStyle(place.tier === 3 ? C.inkSoft : C.ink, 1).fillCircle(x, y, r * u);
    }
  }

  private cityLabel(layer: Phaser.GameObjects.Container, place: Place, x: number, y: number, marked: boolean): void {
    const u = this.u;
    const size = place.tier === 1 ? (place.id === "kyiv" ? 14.5 : 13) : place.tier === 2 ? 12 : 11;
    const t = this.text(0, 0, place.name, {
      size,
      weight: place.tier === 1 ? 600 : 400,
      color: place.tier === 3 ? C.inkSoft : C.ink,
      halo: 3.5,
    });
    // A force marker drawn on the city is wider than its dot.
    const gap = (marked ? 16 : 8) * u;
    // A city under a force marker keeps its name above it, clear of the marker's own label.
    const side = marked ? "above" : (place.labelSide ?? "right");
    if (side === "left") t.setOrigin(1, 0.5).setPosition(x - gap, y);
    else if (side === "right") t.setOrigin(0, 0.5).setPosition(x + gap, y);
    else if (side === "above") t.setOrigin(0.5, 1).setPosition(x, y - gap * 0.8);
    else t.setOrigin(0.5, 0).setPosition(x, y + gap * 0.7);
    layer.add(t);
    if (place.note && !marked) {
      const n = this.text(0, 0, place.note, { size: 10.5, italic: true, color: C.brassDeep, halo: 3 });
      n.setOrigin(t.originX, 0).setPosition(t.x, t.y + t.height * (1 - t.originY) - 2 * u);
      layer.add(n);
    }
  }

  /** Redraws the force markers; `animate` when the posture itself changed. */
  private drawPosture(animate: boolean): void {
    const layer = this.postureLayer;
    const projection = this.projection;
    if (!layer || !projection) return;
    layer.removeAll(true);
    this.sites.forEach((site, i) => {
      const place = findPlace(site.place);
      if (!place) return;
      const [x, y] = projection.project(place.lonLat);
      const marker = this.forceMarker(site, x, y);
      layer.add(marker);
      if (animate && !this.reducedMotion) {
        marker.setScale(0.4).setAlpha(0);
        this.tweens.add({
          targets: marker,
          scale: 1,
          alpha: 1,
          duration: 320,
          delay: i * 70,
          ease: "Back.easeOut",
        });
      }
    });
  }

  private forceMarker(site: ForceSite, x: number, y: number): Phaser.GameObjects.Container {
    const u = this.u;
    const container = this.add.container(x, y);
    const g = this.add.graphics();
    const w = 22 * u;
    const h = 16 * u;
    g.fillStyle(C.ink, 0.22).fillRoundedRect(-w / 2, -h / 2 + 2 * u, w, h, 3 * u);
    g.fillStyle(C.ink, 1).fillRoundedRect(-w / 2, -h / 2, w, h, 3 * u);
    g.lineStyle(1.6 * u, C.brass, 1).strokeRoundedRect(-w / 2, -h / 2, w, h, 3 * u);
    this.roleGlyph(g, site.role, w, h);
    container.add(g);
    if (this.compact) return container;
    const label = this.text(0, 0, site.label, { size: 11.5, weight: 600, color: C.brassDeep, halo: 3.5 });
    const side = site.labelSide ?? "right";
    if (side === "right") label.setOrigin(0, 0.5).setPosition(w / 2 + 6 * u, 0);
    else if (side === "left") label.setOrigin(1, 0.5).setPosition(-w / 2 - 6 * u, 0);
    else
      label
        .setOrigin(0.5, 0)
        .setAlign("center")
        .setPosition(0, h / 2 + 4 * u);
    container.add(label);
    return container;
  }

  /** A small NATO-map-style glyph inside the marker frame. */
  private roleGlyph(g: Phaser.GameObjects.Graphics, role: ForceRole, w: number, h: number): void {
    const u = this.u;
    const x0 = -w / 2 + 4 * u;
    const x1 = w / 2 - 4 * u;
    const y0 = -h / 2 + 3.5 * u;
    const y1 = h / 2 - 3.5 * u;
    g.lineStyle(1.6 * u, C.paper, 1);
    g.fillStyle(C.brass, 1);
    switch (role) {
      case "battlegroup":
      case "tripwire":
        g.lineBetween(x0, y0, x1, y1).lineBetween(x0, y1, x1, y0);
        if (role === "tripwire") g.lineStyle(1.6 * u, C.brass, 1).lineBetween(x0, 0, x1, 0);
        break;
      case "hub":
        g.lineBetween(x0, y1, x1, y1);
        g.fillRect(-2.5 * u, -3.5 * u, 5 * u, 5 * u);
        break;
      case "training":
        g.fillTriangle(0, y0, x1 - 2 * u, y1, x0 + 2 * u, y1);
        break;
      case "air":
        g.beginPath();
        g.arc(-3 * u, 0, 3 * u, Math.PI * 1.1, Math.PI * 1.9, false);
        g.strokePath();
        g.beginPath();
        g.arc(3 * u, 0, 3 * u, Math.PI * 1.1, Math.PI * 1.9, false);
        g.strokePath();
        g.lineBetween(-6 * u, 1.5 * u, 6 * u, 1.5 * u);
        break;
      case "naval":
        g.lineBetween(0, y0, 0, y1).lineBetween(-4 * u, y0 + 2 * u, 4 * u, y0 + 2 * u);
        g.beginPath();
        g.arc(0, y1 - 3.5 * u, 4 * u, Math.PI * 0.1, Math.PI * 0.9, false);
        g.strokePath();
        break;
      case "nuclear":
        for (let k = 0; k < 3; k++) {
          const a = -Math.PI / 2 + (k * 2 * Math.PI) / 3;
          g.slice(0, 0, 5 * u, a - 0.45, a + 0.45, false).fillPath();
        }
        g.fillStyle(C.ink, 1).fillCircle(0, 0, 1.6 * u);
        g.fillStyle(C.brass, 1).fillCircle(0, 0, 0.9 * u);
        break;
      case "hq":
        g.lineBetween(x0 + 2 * u, y1, x0 + 2 * u, y0);
        g.fillRect(x0 + 2 * u, y0, 9 * u, 5 * u);
        break;
    }
  }

  private placementOf(event: MapEvent): EventPlacement {
    const placeId = event.placeId === undefined ? EVENT_PLACES[event.id] : event.placeId;
    const place = placeId ? findPlace(placeId) : undefined;
    if (!place || !this.projection) return "no-place";
    const [x, y] = this.projection.project(place.lonLat);
    return this.inView(x, y, 12 * this.u) ? "on-map" : "off-map";
  }

  /** Redraws the event markers; `fresh` is the id of an event just added (it gets the entrance). */
  private drawEvents(fresh: string | null): void {
    const layer = this.eventLayer;
    const projection = this.projection;
    if (!layer || !projection) return;
    // Every redraw (layout, posture, events) ends here: the loop runs while the new picture settles.
    this.idle.wakeFor(300);
    this.tweens.killTweensOf(layer.list);
    for (const item of layer.list)
      if (item instanceof Phaser.GameObjects.Container) this.tweens.killTweensOf(item.list);
    layer.removeAll(true);
    const u = this.u;
    let bannerY = this.captionBottom + 8 * u;
    for (const event of this.marked) {
      const placeId = event.placeId === undefined ? EVENT_PLACES[event.id] : event.placeId;
      const place = placeId ? findPlace(placeId) : undefined;
      const isFresh = event.id === fresh && !this.reducedMotion;
      const [px, py] = place ? projection.project(place.lonLat) : [Number.NaN, Number.NaN];
      const onMap = place !== undefined && this.inView(px, py, 12 * u);
      const eyebrow = event.eyebrow ?? "Event";
      const label = this.compact ? (this.small ? "text" : "none") : "card";
      if (place && onMap) layer.add(this.eventMarker(event, place, px, py, isFresh, label));
      else if (place && (!this.compact || this.small)) {
        const arrow = this.small
          ? this.edgeArrow([px, py], `${eyebrow} · ${event.title} · ${place.name}`, C.red, null)
          : this.edgeArrow([px, py], place.name, C.red, { eyebrow, title: event.title });
        layer.add(arrow);
        if (isFresh) {
          arrow.setAlpha(0);
          this.tweens.add({ targets: arrow, alpha: 1, duration: 260 });
        }
      }
      // Events with no single place, and on a phone every event, stack as banners below the caption.
      if (!place || (this.compact && !this.small)) {
        const where = place ? (onMap ? place.name : `towards ${place.name}`) : "Europe-wide";
        const { container: banner, height } = this.banner(event, bannerY, where);
        bannerY += height + 6 * u;
        layer.add(banner);
        if (isFresh) {
          banner.setAlpha(0).setY(banner.y - 8 * u);
          this.tweens.add({ targets: banner, alpha: 1, y: banner.y + 8 * u, duration: 260, ease: "Cubic.easeOut" });
        }
      }
    }
  }

  private eventMarker(
    event: MapEvent,
    place: Place,
    x: number,
    y: number,
    fresh: boolean,
    label: "card" | "text" | "none",
  ): Phaser.GameObjects.Container {
    const u = this.u;
    const container = this.add.container(x, y);
    const rings: Phaser.GameObjects.Arc[] = [];
    for (let k = 0; k < 2; k++) {
      const ring = this.add.circle(0, 0, 7 * u).setStrokeStyle(2 * u, C.red, 0.7);
      ring.isFilled = false;
      rings.push(ring);
      container.add(ring);
    }
    const core = this.add.circle(0, 0, 5.5 * u, C.red, 1).setStrokeStyle(2 * u, C.paper, 1);
    container.add(core);
    // The still marker: one ring around the dot.
    const settle = () => {
      rings[0]?.setScale(1.9).setAlpha(0.5);
      rings[1]?.setVisible(false);
    };
    if (this.reducedMotion) settle();
    else {
      // A few pulses draw the eye, then the marker settles (a pulse forever would keep the loop awake).
      rings.forEach((ring, k) => {
        this.tweens.add({
          targets: ring,
          scale: { from: 1, to: 3.4 },
          alpha: { from: 0.9, to: 0 },
          duration: 1800,
          delay: k * 900,
          repeat: 2,
          ease: "Sine.easeOut",
          onComplete: k === rings.length - 1 ? settle : undefined,
        });
      });
    }
    if (label === "none") return container;
    // Labels open away from Ukraine's centre, towards the margins, and stay on the canvas.
    const centre = this.projection?.project([31.2, 48.6])[0] ?? this.scale.width / 2;
    if (label === "text") {
      const t = this.text(0, 0, `${event.eyebrow ?? "Event"} · ${event.title}`, {
        size: 11,
        weight: 600,
        color: C.red,
        halo: 3.5,
      });
      const toRight = x >= centre ? x + 12 * u + t.width < this.scale.width : x - 12 * u - t.width < 0;
      t.setOrigin(toRight ? 0 : 1, 0.5).setPosition(toRight ? 12 * u : -12 * u, 0);
      container.add(t);
      return container;
    }
    // The label sits in a small card so it reads over any ground.
    const card = this.eventCard(event.eyebrow ?? "Event", event.title, place.name);
    const fitsRight = x + 14 * u + card.width < this.scale.width - 8 * u;
    const fitsLeft = x - 14 * u - card.width > 8 * u;
    const right = fitsRight && (x >= centre || !fitsLeft);
    card.container.setPosition(right ? 14 * u : -14 * u - card.width, -card.height / 2);
    container.add(card.container);
    if (fresh && !this.reducedMotion) {
      card.container.setAlpha(0);
      this.tweens.add({ targets: card.container, alpha: 1, duration: 280, delay: 120 });
      core.setScale(0.2);
      this.tweens.add({ targets: core, scale: 1, duration: 300, ease: "Back.easeOut" });
    }
    return container;
  }

  private eventCard(eyebrow: string, title: string, where: string) {
    const u = this.u;
    const container = this.add.container(0, 0);
    const pad = 8 * u;
    const head = this.text(pad + 4 * u, pad, `${eyebrow.toUpperCase()} · ${where}`, {
      size: 9.5,
      weight: 600,
      color: C.red,
      spacing: 1,
    });
    const body = this.text(pad + 4 * u, pad + head.height + 1 * u, title, { size: 12.5, weight: 600, color: C.ink });
    const width = Math.max(head.width, body.width) + pad * 2 + 4 * u;
    const height = head.height + body.height + pad * 2;
    const g = this.add.graphics();
    g.fillStyle(C.ink, 0.16).fillRoundedRect(0, 2 * u, width, height, 6 * u);
    g.fillStyle(C.white, 0.97).fillRoundedRect(0, 0, width, height, 6 * u);
    g.fillStyle(C.red, 1).fillRect(0, 6 * u, 3 * u, height - 12 * u);
    container.add([g, head, body]);
    return { container, width, height };
  }

  private banner(
    event: MapEvent,
    y: number,
    where: string,
  ): { container: Phaser.GameObjects.Container; height: number } {
    const card = this.eventCard(event.eyebrow ?? "Event", event.title, where);
    const margin = (this.compact ? 10 : 16) * this.u;
    card.container.setPosition(this.compact ? margin : Math.round(this.scale.width - card.width - margin), y);
    return card;
  }

  /**
   * A tag at the canvas edge pointing towards an off-map point: an arrow, and beside it on the
   * inner side either a plain label or, for events, a card.
   */
  private edgeArrow(
    target: Point,
    label: string,
    colour: number,
    card: { eyebrow: string; title: string } | null,
  ): Phaser.GameObjects.Container {
    const u = this.u;
    const { width, height } = this.scale;
    const m = 16 * u;
    const cx = width / 2;
    const cy = height / 2;
    const dx = target[0] - cx;
    const dy = target[1] - cy;
    const tx = dx === 0 ? Infinity : Math.abs((dx > 0 ? width - m - cx : m - cx) / dx);
    const ty = dy === 0 ? Infinity : Math.abs((dy > 0 ? height - m - cy : m - cy) / dy);
    const t = Math.min(tx, ty);
    const edge = tx < ty ? (dx > 0 ? "right" : "left") : dy > 0 ? "bottom" : "top";
    const x = cx + dx * t;
    const y = cy + dy * t;
    const angle = Math.atan2(dy, dx);
    const container = this.add.container(x, y);
    const g = this.add.graphics();
    const r = 7 * u;
    g.fillStyle(colour, 1);
    g.fillTriangle(
      Math.cos(angle) * r * 1.4,
      Math.sin(angle) * r * 1.4,
      Math.cos(angle + 2.4) * r,
      Math.sin(angle + 2.4) * r,
      Math.cos(angle - 2.4) * r,
      Math.sin(angle - 2.4) * r,
    );
    container.add(g);
    // The tag sits on the inner side of the edge, kept inside the canvas.
    let w: number;
    let h: number;
    let item: Phaser.GameObjects.Container | Phaser.GameObjects.Text;
    if (card) {
      const c = this.eventCard(card.eyebrow, card.title, `towards ${label}`);
      item = c.container;
      w = c.width;
      h = c.height;
    } else {
      item = this.text(0, 0, label, { size: 12, weight: 600, color: colour, halo: 3.5 });
      w = item.width;
      h = item.height;
    }
    const gap = 12 * u;
    let ix = edge === "left" ? gap : edge === "right" ? -gap - w : -w / 2;
    let iy = edge === "top" ? gap : edge === "bottom" ? -gap - h : -h / 2;
    ix = Math.max(m - x, Math.min(width - m - w - x, ix));
    iy = Math.max(m - y, Math.min(height - m - h - y, iy));
    item.setPosition(ix, iy);
    container.add(item);
    return container;
  }

  private inView(x: number, y: number, margin: number): boolean {
    return x >= margin && y >= margin && x <= this.scale.width - margin && y <= this.scale.height - margin;
  }

  /** The caption card (current posture), the legend and the attribution. */
  private drawChrome(): void {
    const layer = this.chrome;
    if (!layer) return;
    layer.removeAll(true);
    const u = this.u;
    const { width } = this.scale;
    const margin = (this.compact ? 10 : 16) * u;

    // Caption: what the markers mean.
    const caption = this.posture?.caption ?? (this.posture ? { title: this.posture.id } : null);
    if (this.small) {
      this.drawChip(layer, margin, caption?.title ?? "No option chosen");
      this.drawAttribution(layer, margin);
      return;
    }
    const maxWidth = this.compact ? width - margin * 2 : Math.min(360 * u, width * 0.4);
    const card = this.add.container(0, 0);
    const pad = 12 * u;
    const eyebrow = this.text(pad, pad, "EUROPEAN FORCE POSTURE", {
      size: 10,
      weight: 600,
      color: C.brassDeep,
      spacing: 1.6,
    });
    const title = this.text(pad, eyebrow.y + eyebrow.height + 2 * u, caption?.title ?? "No option chosen", {
      size: this.compact ? 15 : 17,
      weight: 600,
      color: C.ink,
    });
    title.setWordWrapWidth(maxWidth - pad * 2);
    const items: Phaser.GameObjects.GameObject[] = [eyebrow, title];
    let bottom = title.y + title.height;
    // On a phone the markers carry no labels: the caption lists them instead.
    const text = this.compact ? this.sites.map((s) => siteName(s)).join(" · ") : caption?.text;
    if (text) {
      const body = this.text(pad, bottom + 4 * u, text, { size: 12, color: C.inkSoft });
      body.setWordWrapWidth(maxWidth - pad * 2, true).setLineSpacing(2 * u);
      items.push(body);
      bottom = body.y + body.height;
    }
    const cardHeight = bottom + pad;
    const g = this.add.graphics();
    g.fillStyle(C.ink, 0.14).fillRoundedRect(0, 3 * u, maxWidth, cardHeight, 10 * u);
    g.fillStyle(C.white, 0.96).fillRoundedRect(0, 0, maxWidth, cardHeight, 10 * u);
    g.fillStyle(C.brass, 1).fillRect(pad, 0, 36 * u, 3 * u);
    card.add([g, ...items]);
    card.setPosition(this.compact ? margin : width - maxWidth - margin, margin);
    this.captionBottom = margin + cardHeight;
    layer.add(card);

    layer.add(this.legend(margin));
    const attribution = this.drawAttribution(layer, margin);
    if (!this.compact && !this.dense && this.projection)
      layer.add(this.scaleBar(margin, attribution.y - attribution.height - 8 * u));
  }

  /** The one-line caption of a small canvas. */
  private drawChip(layer: Phaser.GameObjects.Container, margin: number, title: string): void {
    const u = this.u;
    const pad = 8 * u;
    const eyebrow = this.text(pad, pad, "FORCE POSTURE", { size: 9.5, weight: 600, color: C.brassDeep, spacing: 1.4 });
    const name = this.text(eyebrow.x + eyebrow.width + 8 * u, 0, title, { size: 12, weight: 600, color: C.ink });
    name.setY(pad + (eyebrow.height - name.height) / 2);
    const width = Math.min(name.x + name.width + pad, this.scale.width - margin * 2);
    const height = Math.max(eyebrow.height, name.height) + pad * 2;
    const g = this.add.graphics();
    g.fillStyle(C.ink, 0.14).fillRoundedRect(0, 2 * u, width, height, 8 * u);
    g.fillStyle(C.white, 0.96).fillRoundedRect(0, 0, width, height, 8 * u);
    const chip = this.add.container(margin, margin, [g, eyebrow, name]);
    this.captionBottom = margin + height;
    layer.add(chip);
  }

  /** The sources line along the bottom edge. */
  private drawAttribution(layer: Phaser.GameObjects.Container, margin: number): Phaser.GameObjects.Text {
    const { width, height } = this.scale;
    const attribution = this.text(
      0,
      0,
      "Borders: Natural Earth, Crimea as part of Ukraine · Line of contact approximate, 2025",
      {
        size: this.small ? 8.5 : this.compact ? 9 : 10,
        color: C.inkSoft,
        halo: 3,
      },
    );
    attribution
      .setAlpha(0.8)
      .setOrigin(0, 1)
      .setPosition(margin, height - margin * 0.6);
    if (this.compact) attribution.setOrigin(0.5, 1).setPosition(width / 2, height - margin * 0.5);
    layer.add(attribution);
    return attribution;
  }

  /** A scale bar of a round number of kilometres, about 120 design pixels long, bottom-left. */
  private scaleBar(x: number, bottom: number): Phaser.GameObjects.Container {
    const u = this.u;
    const perKm = this.projection?.unitsPerKm ?? 1;
    const km = [50, 100, 200, 250, 300, 500].reduce((best, k) =>
      Math.abs(k * perKm - 120 * u) < Math.abs(best * perKm - 120 * u) ? k : best,
    );
    const length = km * perKm;
    const container = this.add.container(x, bottom);
    const g = this.add.graphics();
    const h = 5 * u;
    g.fillStyle(C.paper, 0.85).fillRect(-3 * u, -h - 3 * u, length + 6 * u, h + 6 * u);
    g.fillStyle(C.ink, 1).fillRect(0, -h, length / 2, h);
    g.fillStyle(C.white, 1).fillRect(length / 2, -h, length / 2, h);
    g.lineStyle(1 * u, C.ink, 1).strokeRect(0, -h, length, h);
    container.add(g);
    const label = this.text(length + 8 * u, -h / 2, `${km} km`, { size: 10.5, weight: 600, color: C.ink, halo: 3 });
    label.setOrigin(0, 0.5);
    container.add(label);
    return container;
  }

  private legend(margin: number): Phaser.GameObjects.Container {
    const u = this.u;
    const { width, height } = this.scale;
    const all: Array<{ label: string; draw: (g: Phaser.GameObjects.Graphics, x: number, y: number) => void }> = [
      {
        label: "Ukraine",
        draw: (g, x, y) => {
          g.fillStyle(tone.paperLight, 1).fillRect(x, y - 6 * u, 22 * u, 12 * u);
          g.lineStyle(1.5 * u, C.brassDeep, 1).strokeRect(x, y - 6 * u, 22 * u, 12 * u);
        },
      },
      {
        label: "NATO member",
        draw: (g, x, y) => {
          g.fillStyle(tone.landNato, 1).fillRect(x, y - 6 * u, 22 * u, 12 * u);
          this.hatch(g, x, y - 6 * u, 22 * u, 12 * u, C.sky, 0.35);
          g.lineStyle(1 * u, tone.border, 1).strokeRect(x, y - 6 * u, 22 * u, 12 * u);
        },
      },
      {
        label: "Occupied (approx.)",
        draw: (g, x, y) => {
          g.fillStyle(tone.badWash, 1).fillRect(x, y - 6 * u, 22 * u, 12 * u);
          this.hatch(g, x, y - 6 * u, 22 * u, 12 * u, C.red, 0.4);
          g.lineStyle(1 * u, C.red, 0.5).strokeRect(x, y - 6 * u, 22 * u, 12 * u);
        },
      },
      {
        label: "Line of contact",
        draw: (g, x, y) => {
          g.lineStyle(2 * u, C.red, 1)
            .lineBetween(x, y, x + 9 * u, y)
            .lineBetween(x + 13 * u, y, x + 22 * u, y);
        },
      },
      {
        label: "Dnipro",
        draw: (g, x, y) => {
          g.lineStyle(2.6 * u, C.sky, 1).lineBetween(x, y, x + 22 * u, y);
        },
      },
      {
        label: "European force",
        draw: (g, x, y) => {
          g.fillStyle(C.ink, 1).fillRoundedRect(x + 3 * u, y - 6 * u, 16 * u, 12 * u, 2 * u);
          g.lineStyle(1.4 * u, C.brass, 1).strokeRoundedRect(x + 3 * u, y - 6 * u, 16 * u, 12 * u, 2 * u);
        },
      },
      {
        label: "Stress-test event",
        draw: (g, x, y) => {
          g.lineStyle(1.6 * u, C.red, 0.5).strokeCircle(x + 11 * u, y, 7 * u);
          g.fillStyle(C.red, 1).fillCircle(x + 11 * u, y, 4 * u);
        },
      },
    ];
    // A phone has no room for the obvious entry.
    const entries = this.compact ? all.slice(1) : all;
    const container = this.add.container(0, 0);
    const g = this.add.graphics();
    container.add(g);
    const pad = 12 * u;
    const rowH = 20 * u;
    const columns = this.compact ? 2 : 1;
    const colW = this.compact ? (width - margin * 2 - pad * 2) / 2 : (LEGEND_WIDTH - 24) * u;
    const rows = Math.ceil(entries.length / columns);
    const titleH = this.compact ? 0 : 20 * u;
    const boxW = colW * columns + pad * 2;
    const boxH = rows * rowH + pad * 2 + titleH - 4 * u;
    g.fillStyle(C.ink, 0.12).fillRoundedRect(0, 3 * u, boxW, boxH, 10 * u);
    g.fillStyle(C.white, 0.94).fillRoundedRect(0, 0, boxW, boxH, 10 * u);
    if (!this.compact) {
      container.add(this.text(pad, pad - 2 * u, "LEGEND", { size: 10, weight: 600, color: C.brassDeep, spacing: 1.6 }));
    }
    entries.forEach((entry, i) => {
      const col = this.compact ? i % 2 : 0;
      const row = this.compact ? Math.floor(i / 2) : i;
      const x = pad + col * colW;
      const y = pad + titleH + row * rowH + rowH / 2 - 4 * u;
      entry.draw(g, x, y);
      container.add(this.text(x + 30 * u, y, entry.label, { size: 11.5, color: C.ink }).setOrigin(0, 0.5));
    });
    const bottomSpace = (this.compact ? 18 : 8) * u;
    container.setPosition(
      this.compact ? margin : width - boxW - margin,
      height - boxH - margin - (this.compact ? bottomSpace : 0),
    );
    return container;
  }

  private hatch(
    g: Phaser.GameObjects.Graphics,
    x: number,
    y: number,
    w: number,
    h: number,
    colour: number,
    alpha: number,
  ): void {
    const u = this.u;
    g.lineStyle(1 * u, colour, alpha);
    const step = 4 * u;
    for (let d = -h; d < w; d += step) {
      const x0 = Math.max(x, x + d);
      const y0 = y + h - Math.max(0, -d);
      const x1 = Math.min(x + w, x + d + h);
      const y1 = y + h - (x1 - (x + d));
      g.lineBetween(x0, y0, x1, y1);
    }
  }
}
