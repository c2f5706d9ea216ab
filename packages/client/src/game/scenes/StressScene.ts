// Ratification and the stress test on the table: each signatory's roll landing against its odds and
// the framework standing or collapsing; then, year by year, the track of the years, the event card
// turning over, Moscow's move (its severity as a shape and a label), each guarantor's response on
// the ladder against what its pledge required and what it cost, and the table's three stats moving
// to their adjudicated values. It draws a StressSceneModel; it holds no rules.

import type { Response } from "@ironclad/engine";
import type * as Phaser from "phaser";
import type { EventBatch } from "../../net/table-connection.ts";
import type { StageHeader } from "../stage-header.ts";
import type { Meter, ProtectedMoveRow, ResponseRow, StressSceneModel, YearTile } from "../stress-model.ts";
import { STRESS_PHASES, type StressMotion, stressMotion } from "../stress-motion.ts";
import { BatchCursor, phaseChangeIndex } from "../table-motion.ts";
import { type Box, C, SEVERITY_COLOURS, StageScene, severityGlyph } from "./stage-kit.ts";

const RUNGS: Response[] = ["nothing", "sanctions", "airDefence", "direct"];
const capitalise = (s: string) => (s ? s[0]?.toLocaleUpperCase() + s.slice(1) : s);

/** The stress-test scene. Key = class name. */
export class StressScene extends StageScene<StressSceneModel, StressMotion> {
  /** Where things stand after a layout, for motion. */
  private anchors = {
    rolls: new Map<string, { marker: Phaser.GameObjects.Container; stamp: Phaser.GameObjects.Container }>(),
    verdict: null as Phaser.GameObjects.Container | null,
    event: null as { front: Phaser.GameObjects.Container; back: Phaser.GameObjects.Container } | null,
    moscow: null as Phaser.GameObjects.Container | null,
    given: new Map<string, Phaser.GameObjects.Container>(),
    broken: new Map<string, { stamp: Phaser.GameObjects.Container; row: Box }>(),
    meters: [] as Array<(share: number) => void>,
    protectedMove: null as Phaser.GameObjects.Text | null,
  };
  /** Which of the connection's event batches this scene has played. */
  private batches = new BatchCursor();

  constructor() {
    super({ key: "StressScene" });
  }

  override create(): void {
    // A (re)started scene has played nothing yet.
    this.batches = new BatchCursor();
    super.create();
  }

  /**
   * Shows `model` at rest, and as motion the batches of `batches` (the connection's, oldest first)
   * this scene has not played yet, each once, in order. On its first picture that is none, unless
   * the scene opened because the phase just changed (`entering`): then the batch that brought the
   * table into ratification or the stress test, and any after it, show how the picture came about.
   */
  show(model: StressSceneModel, batches: readonly EventBatch[], clockOffset = 0, entering = false): void {
    const fresh = this.batches.take(batches, entering ? (list) => phaseChangeIndex(list, STRESS_PHASES) : undefined);
    this.setModel(
      model,
      clockOffset,
      stressMotion(
        fresh.flatMap((b) => b.events),
        model,
      ),
    );
  }

  protected header(model: StressSceneModel): StageHeader {
    return model.header;
  }

  protected flags(model: StressSceneModel): string[] {
    return [...model.ratification.seats.map((s) => s.flag), ...(model.year?.responses.map((r) => r.flag) ?? [])];
  }

  protected compose(model: StressSceneModel, top: number): void {
    this.anchors = {
      rolls: new Map(),
      verdict: null,
      event: null,
      moscow: null,
      given: new Map(),
      broken: new Map(),
      meters: [],
      protectedMove: null,
    };
    const u = this.u;
    const { width: W, height: H } = this.scale;
    const m = (this.compact ? 10 : 14) * u;
    const trackH = (this.compact ? 38 : 46) * u;
    this.drawTrack(model.years, { x: m, y: top, w: W - m * 2, h: trackH });
    const zoneTop = top + trackH + (this.compact ? 8 : 10) * u;
    if (model.view === "ratification" || !model.year) {
      const verdictH = (this.compact ? 56 : 62) * u;
      const table = { x: m, y: zoneTop, w: W - m * 2, h: H - m - verdictH - zoneTop - 6 * u };
      this.drawTable(table, (this.compact ? 22 : 48) * u);
      this.drawRatification(model, this.inset(table, (this.compact ? 14 : 26) * u));
      this.drawVerdict(model, { x: m, y: H - m - verdictH, w: W - m * 2, h: verdictH });
      return;
    }
    const footerH = (this.compact ? 62 : 66) * u;
    const table = { x: m, y: zoneTop, w: W - m * 2, h: H - m - footerH - zoneTop - 8 * u };
    this.drawTable(table, (this.compact ? 22 : 48) * u);
    const inner = this.inset(table, (this.compact ? 12 : 22) * u);
    const gap = (this.compact ? 8 : 12) * u;
    if (this.compact) {
      const eventH = 74 * u;
      const moscowH = 38 * u;
      this.drawEvent(model, { x: inner.x, y: inner.y, w: inner.w, h: eventH });
      this.drawMoscow(model, { x: inner.x, y: inner.y + eventH + gap, w: inner.w, h: moscowH });
      const sheetY = inner.y + eventH + moscowH + gap * 2;
      this.drawResponses(model, { x: inner.x, y: sheetY, w: inner.w, h: inner.y + inner.h - sheetY });
    } else {
      const rowH = Math.min(inner.h * 0.34, 140 * u);
      const eventW = inner.w * 0.56;
      this.drawEvent(model, { x: inner.x, y: inner.y, w: eventW, h: rowH });
      this.drawMoscow(model, { x: inner.x + eventW + gap, y: inner.y, w: inner.w - eventW - gap, h: rowH });
      const sheetY = inner.y + rowH + gap;
      this.drawResponses(model, { x: inner.x, y: sheetY, w: inner.w, h: inner.y + inner.h - sheetY });
    }
    this.drawMeters(model, { x: m, y: H - m - footerH, w: W - m * 2, h: footerH });
  }

  private inset(b: Box, d: number): Box {
    return { x: b.x + d, y: b.y + d, w: b.w - d * 2, h: b.h - d * 2 };
  }

  // ───────── The year track ─────────

  private drawTrack(years: YearTile[], box: Box): void {
    const u = this.u;
    const n = Math.max(1, years.length);
    const gap = (this.compact ? 6 : 8) * u;
    const w = (box.w - gap * (n - 1)) / n;
    const g = this.add.graphics();
    this.put("still", g);
    years.forEach((y, i) => {
      const x = box.x + i * (w + gap);
      const r = 8 * u;
      const current = y.state === "current";
      if (current) {
        g.fillStyle(C.paper, 1).fillRoundedRect(x, box.y, w, box.h, r);
        g.lineStyle(2 * u, C.brass, 1).strokeRoundedRect(x + u, box.y + u, w - 2 * u, box.h - 2 * u, r);
      } else if (y.state === "done") g.fillStyle(C.inkSoft, 1).fillRoundedRect(x, box.y, w, box.h, r);
      else g.lineStyle(1.2 * u, C.inkSoft, 1).strokeRoundedRect(x, box.y, w, box.h, r);
      const pad = (this.compact ? 7 : 10) * u;
      const head = this.eyebrow(
        x + pad,
        box.y + (this.compact ? 5 : 6) * u,
        y.label,
        9.5,
        current ? C.brassDeep : C.brass,
      );
      this.put("live", head);
      const ink = current ? C.ink : y.state === "done" ? C.paper : C.quiet;
      const lineY = box.y + box.h - (this.compact ? 10 : 13) * u;
      if (y.action) {
        const gr = (this.compact ? 5.5 : 6.5) * u;
        severityGlyph(g, y.severity, x + pad + gr, lineY, gr);
        const label = this.text(x + pad + gr * 2 + 5 * u, lineY, capitalise(y.actionLabel), {
          size: this.compact ? 10 : 11.5,
          weight: 600,
          color: ink,
        }).setOrigin(0, 0.5);
        this.put("live", label);
        // The adjudicated stats on the right, when there is room.
        let right = x + w - pad;
        if (y.result && !this.compact) {
          const stats = this.text(right, lineY, y.result, {
            size: 10.5,
            color: current ? C.muted : C.quiet,
          }).setOrigin(1, 0.5);
          this.put("live", stats);
          right = stats.x - stats.width - 8 * u;
        }
        if (y.broken > 0) {
          const mark = this.add.graphics();
          this.brokenMark(mark, right - 5 * u, lineY, 5 * u);
          this.put("live", mark);
          right -= 14 * u;
        }
        this.fit(label, right - label.x);
      } else {
        const label = this.text(x + pad, lineY, y.eventTitle || this.model?.words.ahead || "", {
          size: this.compact ? 10 : 11.5,
          italic: !y.eventTitle,
          color: ink,
        }).setOrigin(0, 0.5);
        this.fit(label, w - pad * 2);
        this.put("live", label);
      }
      if (!this.compact && y.eventTitle && y.action) {
        const title = this.text(x + w - pad, box.y + 6 * u, y.eventTitle, {
          size: 9.5,
          italic: true,
          color: current ? C.muted : C.quiet,
        }).setOrigin(1, 0);
        this.fit(title, w - pad * 3 - head.width);
        this.put("live", title);
      }
    });
  }

  /** A small red X in a ring: a broken promise (shape as well as colour). */
  private brokenMark(g: Phaser.GameObjects.Graphics, x: number, y: number, r: number): void {
    const u = this.u;
    g.fillStyle(C.bad, 1).fillCircle(x, y, r);
    g.lineStyle(1.6 * u, C.paper, 1);
    g.lineBetween(x - r * 0.45, y - r * 0.45, x + r * 0.45, y + r * 0.45);
    g.lineBetween(x - r * 0.45, y + r * 0.45, x + r * 0.45, y - r * 0.45);
  }

  // ───────── Ratification ─────────

  private drawRatification(model: StressSceneModel, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const words = model.words;
    const seats = model.ratification.seats;
    const g = this.add.graphics();
    this.put("still", g);
    if (!model.ratification.concluded) {
      // Talks failed: one card says so.
      const h = Math.min(box.h, 90 * u);
      const card = { x: box.x + box.w * 0.1, y: box.y + (box.h - h) / 2, w: box.w * 0.8, h };
      this.paper(g, card);
      const eyebrow = this.eyebrow(card.x + 16 * u, card.y + 14 * u, words.ratifyTitle, 10, C.brassDeep);
      const text = this.text(card.x + 16 * u, eyebrow.y + eyebrow.height + 6 * u, words.noFramework, {
        size: compact ? 12 : 14,
        weight: 600,
      });
      this.wrap(text, card.w - 32 * u, 3);
      this.put("live", eyebrow, text);
      return;
    }
    const rowsN = Math.max(1, seats.length);
    const headH = (compact ? 30 : 36) * u;
    const rowH = Math.min((box.h - headH - 8 * u) / rowsN, (compact ? 38 : 44) * u);
    const sheetH = headH + rowH * rowsN + 8 * u;
    const sheetW = compact ? box.w : Math.min(box.w, 620 * u);
    const sheet = { x: box.x + (box.w - sheetW) / 2, y: box.y + (box.h - sheetH) / 2, w: sheetW, h: sheetH };
    this.paper(g, sheet);
    const pad = (compact ? 10 : 16) * u;
    const title = this.eyebrow(sheet.x + pad, sheet.y + headH / 2, words.ratifyTitle, 10.5, C.brassDeep).setOrigin(
      0,
      0.5,
    );
    const hint = this.text(sheet.x + sheet.w - pad, sheet.y + headH / 2, words.ratifyOdds, {
      size: compact ? 9.5 : 11,
      color: C.muted,
    }).setOrigin(1, 0.5);
    this.fit(hint, sheet.w - pad * 3 - title.width);
    this.put("live", title, hint);
    g.lineStyle(u, C.line, 1).lineBetween(sheet.x + pad, sheet.y + headH, sheet.x + sheet.w - pad, sheet.y + headH);

    const nameW = (compact ? 96 : 150) * u;
    const stampW = (compact ? 86 : 128) * u;
    seats.forEach((seat, i) => {
      const y = sheet.y + headH + 4 * u + i * rowH;
      const cy = y + rowH / 2;
      if (i % 2 === 1) g.fillStyle(C.paperDeep, 0.55).fillRect(sheet.x + 4 * u, y, sheet.w - 8 * u, rowH);
      const flagW = (compact ? 18 : 24) * u;
      this.put("live", ...this.flag(seat.flag, sheet.x + pad, cy - flagW * 0.375, flagW));
      const name = this.text(sheet.x + pad + flagW + 8 * u, cy, seat.name, {
        size: compact ? 11.5 : 13,
        weight: 600,
      }).setOrigin(0, 0.5);
      this.fit(name, nameW - flagW - 12 * u);
      this.put("live", name);
      if (seat.me)
        g.lineStyle(2 * u, C.ink, 1).strokeRoundedRect(sheet.x + 3 * u, y + u, sheet.w - 6 * u, rowH - 2 * u, 4 * u);

      // The odds as a filled share of the bar; the roll lands on it (ratified when inside the fill).
      const barX = sheet.x + pad + nameW;
      const oddsW = (compact ? 30 : 40) * u;
      const barW = sheet.w - pad * 2 - nameW - stampW - oddsW;
      const bh = (compact ? 7 : 9) * u;
      g.fillStyle(C.paperDeep, 1).fillRoundedRect(barX, cy - bh / 2 + 4 * u, barW, bh, bh / 2);
      g.fillStyle(C.sky, 1).fillRoundedRect(
        barX,
        cy - bh / 2 + 4 * u,
        Math.max(bh, barW * seat.probability),
        bh,
        bh / 2,
      );
      const odds = this.text(barX + barW + 8 * u, cy + 4 * u, `${Math.round(seat.probability * 100)}%`, {
        size: compact ? 10 : 11.5,
        weight: 600,
        color: C.sky,
      }).setOrigin(0, 0.5);
      this.put("live", odds);
      const marker = this.add.container(barX + barW * (seat.roll ?? 0), cy + 4 * u);
      const mg = this.add.graphics();
      const mh = bh + 8 * u;
      mg.fillStyle(C.ink, 1).fillRect(-1 * u, -mh / 2, 2 * u, mh);
      mg.fillStyle(C.ink, 1).fillTriangle(-5 * u, -mh / 2 - 6 * u, 5 * u, -mh / 2 - 6 * u, 0, -mh / 2);
      marker.add(mg);
      marker.setVisible(seat.roll !== null);
      this.put("live", marker);

      const stamp = this.add.container(sheet.x + sheet.w - pad - stampW + 12 * u, cy);
      const sg = this.add.graphics();
      const r = (compact ? 7 : 8.5) * u;
      const state = seat.ratified === null ? "pending" : seat.ratified ? "ratified" : "failed";
      if (state === "ratified") this.okBadge(sg, r);
      else if (state === "failed") this.brokenMark(sg, 0, 0, r);
      else sg.lineStyle(1.5 * u, C.muted, 1).strokeCircle(0, 0, r - u);
      const label = this.text(
        r + 6 * u,
        0,
        state === "ratified" ? model.words.ratified : state === "failed" ? model.words.failed : model.words.pending,
        {
          size: compact ? 10.5 : 12,
          weight: 600,
          color: state === "ratified" ? C.ok : state === "failed" ? C.bad : C.muted,
          italic: state === "pending",
        },
      ).setOrigin(0, 0.5);
      this.fit(label, stampW - r * 2 - 8 * u);
      stamp.add([sg, label]);
      this.put("live", stamp);
      this.anchors.rolls.set(seat.id, { marker, stamp });
    });
  }

  /** Under the table: the framework stands (a wax seal) or collapsed (a grey stamp). */
  private drawVerdict(model: StressSceneModel, box: Box): void {
    const u = this.u;
    const verdict = model.ratification.verdict;
    if (!verdict && model.ratification.concluded) return;
    const c = this.add.container(box.x + box.w / 2, box.y + box.h / 2);
    const g = this.add.graphics();
    const r = (this.compact ? 13 : 16) * u;
    const text = this.text(0, 0, model.words.verdict, {
      size: this.compact ? 12.5 : 16,
      weight: 600,
      color: C.paper,
    }).setOrigin(0, 0.5);
    if (this.compact) this.wrap(text, box.w - r * 2 - 24 * u, 2);
    const total = r * 2 + 12 * u + text.width;
    const x0 = -total / 2;
    if (verdict === "stands") {
      for (let i = 0; i < 12; i++) {
        const a = (i / 12) * Math.PI * 2;
        g.fillStyle(C.bad, 1).fillCircle(x0 + r + Math.cos(a) * r * 0.82, Math.sin(a) * r * 0.82, r * 0.26);
      }
      g.fillStyle(C.bad, 1).fillCircle(x0 + r, 0, r * 0.9);
      g.lineStyle(2.2 * u, C.paper, 1);
      g.beginPath();
      g.moveTo(x0 + r - r * 0.3, 0);
      g.lineTo(x0 + r - r * 0.06, r * 0.26);
      g.lineTo(x0 + r + r * 0.34, -r * 0.24);
      g.strokePath();
    } else {
      g.fillStyle(C.muted, 1).fillCircle(x0 + r, 0, r * 0.85);
      g.lineStyle(2.2 * u, C.paper, 1);
      g.lineBetween(x0 + r - r * 0.3, -r * 0.3, x0 + r + r * 0.3, r * 0.3);
      g.lineBetween(x0 + r - r * 0.3, r * 0.3, x0 + r + r * 0.3, -r * 0.3);
    }
    text.setX(x0 + r * 2 + 12 * u);
    c.add([g, text]);
    this.put("live", c);
    this.anchors.verdict = c;
  }

  // ───────── A year ─────────

  /** The year's event card: a playing card on the table, turned face up. */
  private drawEvent(model: StressSceneModel, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const year = model.year;
    const cx = box.x + box.w / 2;
    const front = this.add.container(cx, box.y);
    const g = this.add.graphics();
    const x0 = -box.w / 2;
    g.fillStyle(C.shade, 0.3).fillRoundedRect(x0 + 2 * u, 4 * u, box.w, box.h, 7 * u);
    g.fillStyle(C.card, 1).fillRoundedRect(x0, 0, box.w, box.h, 7 * u);
    g.fillStyle(C.brass, 1).fillRoundedRect(x0, 0, 5 * u, box.h, { tl: 7 * u, bl: 7 * u, tr: 0, br: 0 });
    front.add(g);
    const pad = (compact ? 12 : 16) * u;
    const event = year?.event;
    const eyebrow = this.eyebrow(x0 + pad, (compact ? 8 : 12) * u, model.words.eventOf, 10, C.brassDeep);
    front.add(eyebrow);
    if (event) {
      if (event.injected) {
        const inj = this.text(-x0 - pad, eyebrow.y, "●", { size: 9, color: C.brassDeep }).setOrigin(1, 0);
        front.add(inj);
      }
      const title = this.text(x0 + pad, eyebrow.y + eyebrow.height + 3 * u, event.title, {
        size: compact ? 13 : 16,
        weight: 600,
      });
      this.fit(title, box.w - pad * 2);
      const bodyY = title.y + title.height + (compact ? 2 : 5) * u;
      const size = compact ? 10.5 : 12;
      const lines = Math.max(1, Math.floor((box.h - (bodyY - 0) - pad * 0.6) / (size * 1.3 * u)));
      const body = this.text(x0 + pad, bodyY, event.text, { size, color: C.inkSoft });
      body.setLineSpacing(size * 0.1 * u);
      this.wrap(body, box.w - pad * 2, lines);
      front.add([title, body]);
    } else {
      const wait = this.text(x0 + pad, box.h / 2, model.words.eventWaiting, { size: 12, italic: true, color: C.muted });
      wait.setOrigin(0, 0.5);
      front.add(wait);
    }
    this.put("live", front);
    // The card's back, for the flip: navy with a brass frame and the shield.
    const back = this.add.container(cx, box.y);
    const bg = this.add.graphics();
    bg.fillStyle(C.night, 1).fillRoundedRect(x0, 0, box.w, box.h, 7 * u);
    bg.lineStyle(1.5 * u, C.brass, 1).strokeRoundedRect(x0 + 6 * u, 6 * u, box.w - 12 * u, box.h - 12 * u, 5 * u);
    const s = Math.min(box.h * 0.28, 26 * u);
    bg.lineStyle(2 * u, C.brass, 1);
    bg.beginPath();
    bg.moveTo(-s * 0.8, box.h / 2 - s);
    bg.lineTo(s * 0.8, box.h / 2 - s);
    bg.lineTo(s * 0.8, box.h / 2);
    bg.lineTo(0, box.h / 2 + s);
    bg.lineTo(-s * 0.8, box.h / 2);
    bg.closePath();
    bg.strokePath();
    back.add(bg);
    back.setVisible(false);
    this.put("fx", back);
    this.anchors.event = { front, back };
  }

  /** Moscow's move: its shape, its name, and where it sits on the ladder of four. */
  private drawMoscow(model: StressSceneModel, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const year = model.year;
    const g = this.add.graphics();
    g.fillStyle(C.shade, 0.3).fillRoundedRect(box.x + 2 * u, box.y + 4 * u, box.w, box.h, 7 * u);
    g.fillStyle(C.ink, 1).fillRoundedRect(box.x, box.y, box.w, box.h, 7 * u);
    g.lineStyle(1 * u, C.inkSoft, 1).strokeRoundedRect(box.x, box.y, box.w, box.h, 7 * u);
    this.put("still", g);
    const pad = (compact ? 10 : 16) * u;
    const action = year?.action ?? null;
    const severity = year?.severity ?? 0;
    if (compact) {
      const r = 11 * u;
      this.moscowGlyph(model, box.x + pad + r, box.y + box.h / 2, r, 1.5 * u);
      const label = this.moscowLabel(model, box.x + pad + r * 2 + 8 * u, box.y + box.h / 2 - (action ? 6 : 0) * u, 12);
      this.fit(label, box.w - pad * 2 - r * 2 - 8 * u);
      this.put("live", label);
      if (action) {
        const sub = [model.words.severity, year?.snapBack ? model.words.snapBack : ""].filter(Boolean).join(" · ");
        const sev = this.text(label.x, box.y + box.h / 2 + 8 * u, sub, { size: 9.5, color: C.quiet }).setOrigin(0, 0.5);
        this.fit(sev, box.w - (label.x - box.x) - pad);
        this.put("live", sev);
      }
      return;
    }
    const eyebrow = this.eyebrow(box.x + pad, box.y + 12 * u, model.words.moscow);
    this.put("live", eyebrow);
    const r = Math.min(26 * u, box.h * 0.2);
    const gx = box.x + pad + r;
    const gy = eyebrow.y + eyebrow.height + 10 * u + r;
    this.moscowGlyph(model, gx, gy, r, 2 * u);
    const tx = gx + r + 12 * u;
    const label = this.moscowLabel(model, tx, gy - (action ? 8 : 0) * u, 15);
    this.wrap(label, box.x + box.w - pad - tx, 2);
    if (label.height > 24 * u) label.setY(gy - 12 * u);
    this.put("live", label);
    if (action) {
      const sev = this.text(tx, label.y + label.height / 2 + 3 * u, model.words.severity, {
        size: 10.5,
        color: C.quiet,
      });
      this.put("live", sev);
    }
    // The ladder of four: every action's shape, this year's lit, the others faint.
    const ladderY = box.y + box.h - (year?.snapBack ? 36 : 18) * u;
    const step = Math.min(40 * u, (box.w - pad * 2) / 4);
    const lg = this.add.graphics();
    lg.lineStyle(1 * u, C.inkSoft, 1).lineBetween(
      box.x + pad + 7 * u,
      ladderY,
      box.x + pad + 7 * u + step * 3,
      ladderY,
    );
    for (let i = 0; i < 4; i++) {
      const x = box.x + pad + 7 * u + i * step;
      lg.fillStyle(C.ink, 1).fillCircle(x, ladderY, 10 * u);
      severityGlyph(lg, i, x, ladderY, 8 * u, action && i === severity ? undefined : C.onInkDim);
    }
    this.put("still", lg);
    if (year?.snapBack) {
      const snap = this.text(box.x + pad, box.y + box.h - 12 * u, `⟲ ${model.words.snapBack}`, {
        size: 10.5,
        weight: 600,
        color: C.skyOnInk,
      }).setOrigin(0, 0.5);
      this.fit(snap, box.w - pad * 2);
      this.put("live", snap);
    }
  }

  /** Moscow's move as its shape in radius `r` at (x, y), or a plain ring (`line` wide) before it moves. */
  private moscowGlyph(model: StressSceneModel, x: number, y: number, r: number, line: number): void {
    const action = model.year?.action ?? null;
    const c = this.add.container(x, y);
    const glyph = this.add.graphics();
    if (action) severityGlyph(glyph, model.year?.severity ?? 0, 0, 0, r);
    else glyph.lineStyle(line, C.quiet, 1).strokeCircle(0, 0, r * 0.7);
    c.add(glyph);
    this.put("live", c);
    this.anchors.moscow = action ? c : null;
  }

  /** Moscow's move in words (or that it is awaited), `size` design pixels, left-aligned on `y`. */
  private moscowLabel(model: StressSceneModel, x: number, y: number, size: number): Phaser.GameObjects.Text {
    const action = model.year?.action ?? null;
    const words = action ? capitalise(this.actionLabel(model)) : model.words.moscowWaiting;
    const label = this.text(x, y, words, { size, weight: action ? 600 : 400, italic: !action, color: C.paper });
    return label.setOrigin(0, 0.5);
  }

  private actionLabel(model: StressSceneModel): string {
    const y = model.year;
    return y ? (model.years.find((t) => t.year === y.year)?.actionLabel ?? "") : "";
  }

  /** Each guarantor on the ladder of responses: what it pledged (a brass ring), what it gave (filled). */
  private drawResponses(model: StressSceneModel, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const year = model.year;
    const g = this.add.graphics();
    this.paper(g, box);
    this.put("still", g);
    const pad = (compact ? 10 : 16) * u;
    const headH = (compact ? 24 : 28) * u;
    const eyebrow = this.eyebrow(box.x + pad, box.y + headH / 2, model.words.responses, 10.5, C.brassDeep).setOrigin(
      0,
      0.5,
    );
    const pledge = this.text(box.x + box.w - pad, box.y + headH / 2, model.words.pledgeLine, {
      size: compact ? 9.5 : 11,
      weight: 600,
      color: C.brassDeep,
    }).setOrigin(1, 0.5);
    this.fit(pledge, box.w - pad * 3 - eyebrow.width);
    this.put("live", eyebrow, pledge);
    g.lineStyle(u, C.line, 1).lineBetween(box.x + pad, box.y + headH, box.x + box.w - pad, box.y + headH);
    const rows = year?.responses ?? [];
    if (rows.length === 0) {
      const line = year?.action === "comply" ? model.words.noCall : model.words.moscowWaiting;
      const text = this.text(box.x + box.w / 2, box.y + headH + (box.h - headH) / 2, line, {
        size: compact ? 11 : 13,
        italic: true,
        color: C.muted,
      }).setOrigin(0.5);
      this.fit(text, box.w - pad * 2);
      this.put("live", text);
      return;
    }
    // Columns: who, the ladder (one rung per response, with its cost), what it cost.
    const nameW = (compact ? 92 : 150) * u;
    const rightW = (compact ? 78 : 160) * u;
    const ladderX = box.x + pad + nameW;
    const ladderW = box.w - pad * 2 - nameW - rightW;
    const step = ladderW / RUNGS.length;
    const rungX = (r: Response | null) => ladderX + step * (RUNGS.indexOf(r ?? "nothing") + 0.5);
    const legendH = (compact ? 22 : 44) * u;
    model.ladder.forEach((rung, i) => {
      const x = ladderX + step * (i + 0.5);
      const cost = this.text(x, box.y + headH + legendH - 4 * u, rung.cost > 0 ? `−${rung.cost}` : "0", {
        size: compact ? 9 : 10,
        weight: 600,
        color: C.muted,
      }).setOrigin(0.5, 1);
      this.put("live", cost);
      if (!compact) {
        const label = this.text(x, cost.y - cost.height - 1 * u, rung.label, {
          size: 9.5,
          weight: 600,
          color: C.inkSoft,
        });
        label
          .setOrigin(0.5, 1)
          .setAlign("center")
          .setLineSpacing(-1 * u);
        this.wrap(label, step - 6 * u, 2);
        this.put("live", label);
      }
    });
    const capital = this.text(box.x + box.w - pad, box.y + headH + legendH - 4 * u, model.words.capital, {
      size: compact ? 9 : 10,
      color: C.muted,
    }).setOrigin(1, 1);
    this.put("live", capital);
    const top = box.y + headH + legendH + 2 * u;
    const kyiv = year?.protectedMove ?? null;
    const count = rows.length + (kyiv ? 1 : 0);
    const rowH = Math.min((box.y + box.h - pad * 0.4 - top) / count, (compact ? 30 : 34) * u);
    rows.forEach((row, i) => {
      this.drawResponseRow(model, row, { x: box.x, y: top + i * rowH, w: box.w, h: rowH }, i, {
        pad,
        nameW,
        rightW,
        rungX,
        step,
      });
    });
    if (kyiv)
      this.drawProtectedRow(model, kyiv, { x: box.x, y: top + rows.length * rowH, w: box.w, h: rowH }, pad, nameW);
  }

  /** Kyiv's own move under the guarantors' answers: not a rung of their ladder, so a named chip. */
  private drawProtectedRow(model: StressSceneModel, row: ProtectedMoveRow, box: Box, pad: number, nameW: number): void {
    const u = this.u;
    const compact = this.compact;
    const g = this.add.graphics();
    this.put("still", g);
    const cy = box.y + box.h / 2;
    g.lineStyle(u, C.line, 1).lineBetween(box.x + pad, box.y + u, box.x + box.w - pad, box.y + u);
    if (row.me)
      g.lineStyle(2 * u, C.ink, 1).strokeRoundedRect(box.x + 3 * u, box.y + u, box.w - 6 * u, box.h - 2 * u, 4 * u);
    const flagW = (compact ? 18 : 24) * u;
    this.put("live", ...this.flag(row.flag, box.x + pad, cy - flagW * 0.375, flagW));
    const name = this.text(box.x + pad + flagW + 7 * u, cy, row.name, { size: compact ? 11 : 13, weight: 600 });
    name.setOrigin(0, 0.5);
    this.fit(name, nameW - flagW - 12 * u);
    this.put("live", name);
    const x = box.x + pad + nameW;
    if (!row.move) {
      const wait = this.text(x, cy, model.words.waiting, { size: compact ? 10 : 11, italic: true, color: C.muted });
      wait.setOrigin(0, 0.5);
      this.put("live", wait);
      return;
    }
    const note = row.byClock ? model.words.protectedByClock : row.counts ? "" : model.words.protectedNoEffect;
    const label = this.text(x, cy, note ? `${row.label} · ${note}` : row.label, {
      size: compact ? 10 : 12,
      weight: 600,
      color: row.move === "hold" ? C.inkSoft : C.brassDeep,
    }).setOrigin(0, 0.5);
    // On a phone the move and why it counted for nothing do not fit one line: two lines, not an ellipsis.
    if (compact) this.wrap(label.setLineSpacing(-1 * u), box.x + box.w - pad - x, 2);
    else this.fit(label, box.x + box.w - pad - x);
    this.put("live", label);
    this.anchors.protectedMove = label;
  }

  private drawResponseRow(
    model: StressSceneModel,
    row: ResponseRow,
    box: Box,
    i: number,
    cols: { pad: number; nameW: number; rightW: number; rungX: (r: Response | null) => number; step: number },
  ): void {
    const u = this.u;
    const compact = this.compact;
    const g = this.add.graphics();
    this.put("still", g);
    const cy = box.y + box.h / 2;
    if (i % 2 === 1) g.fillStyle(C.paperDeep, 0.55).fillRect(box.x + 4 * u, box.y, box.w - 8 * u, box.h);
    if (row.broken) g.fillStyle(C.bad, 0.08).fillRect(box.x + 4 * u, box.y, box.w - 8 * u, box.h);
    if (row.me)
      g.lineStyle(2 * u, C.ink, 1).strokeRoundedRect(box.x + 3 * u, box.y + u, box.w - 6 * u, box.h - 2 * u, 4 * u);
    const flagW = (compact ? 18 : 24) * u;
    this.put("live", ...this.flag(row.flag, box.x + cols.pad, cy - flagW * 0.375, flagW));
    const name = this.text(box.x + cols.pad + flagW + 7 * u, cy - (row.bound || compact ? 0 : 6) * u, row.name, {
      size: compact ? 11 : 13,
      weight: 600,
    }).setOrigin(0, 0.5);
    this.fit(name, cols.nameW - flagW - 12 * u);
    this.put("live", name);
    if (!row.bound && !compact) {
      const nb = this.text(name.x, cy + 7 * u, model.words.owesNothing, { size: 9.5, italic: true, color: C.muted });
      nb.setOrigin(0, 0.5);
      this.put("live", nb);
    }
    // The ladder: a thin line, a pip per rung, the pledge as a brass ring, the answer as a filled bar and dot.
    const x0 = cols.rungX("nothing");
    const x3 = cols.rungX("direct");
    const pr = (compact ? 4 : 5) * u;
    g.lineStyle(1.5 * u, C.line, 1).lineBetween(x0, cy, x3, cy);
    for (const r of RUNGS)
      g.fillStyle(C.paper, 1)
        .fillCircle(cols.rungX(r), cy, pr)
        .lineStyle(1.2 * u, C.quiet, 1)
        .strokeCircle(cols.rungX(r), cy, pr - 0.5 * u);
    if (row.pledged) {
      const px = cols.rungX(row.pledged);
      g.lineStyle(2.4 * u, C.brass, 1).strokeCircle(px, cy, pr + 4.5 * u);
    }
    const given = this.add.container(0, 0);
    if (row.given) {
      const gx = cols.rungX(row.given);
      const bar = this.add.graphics();
      const colour = row.broken ? C.bad : C.sky;
      const bh = (compact ? 4 : 5) * u;
      bar.fillStyle(colour, 1).fillRoundedRect(x0, cy - bh / 2, Math.max(bh, gx - x0), bh, bh / 2);
      bar.fillStyle(colour, 1).fillCircle(gx, cy, pr + 1.5 * u);
      bar.fillStyle(C.white, 1).fillCircle(gx, cy, pr * 0.4);
      if (row.broken && row.pledged) {
        // The shortfall: a dashed red line from what was given up to what was pledged.
        const px = cols.rungX(row.pledged);
        bar.lineStyle(1.6 * u, C.bad, 1);
        for (let x = gx + pr + 3 * u; x < px - pr - 4 * u; x += 6 * u)
          bar.lineBetween(x, cy, Math.min(x + 3 * u, px - pr - 4 * u), cy);
      }
      given.add(bar);
    }
    this.put("live", given);
    this.anchors.given.set(row.seat, given);

    // Right: a broken promise stamp, or what the answer cost and the capital left.
    const right = box.x + box.w - cols.pad;
    if (!row.given) {
      const wait = this.text(right, cy, model.words.waiting, { size: compact ? 10 : 11, italic: true, color: C.muted });
      wait.setOrigin(1, 0.5);
      this.put("live", wait);
      return;
    }
    const costText = row.cost > 0 ? `−${row.cost}` : "0";
    const cost = this.text(
      right,
      row.broken && !compact ? cy + 7 * u : cy,
      row.capitalAfter !== null ? `${costText} → ${row.capitalAfter}` : costText,
      {
        size: compact ? 10 : 11,
        weight: 600,
        color: C.inkSoft,
      },
    ).setOrigin(1, 0.5);
    this.put("live", cost);
    if (row.broken) {
      const stamp = this.add.container(
        compact ? cost.x - cost.width - 12 * u : right - cols.rightW + 16 * u,
        compact ? cy : cy - 6 * u,
      );
      const sg = this.add.graphics();
      const r = (compact ? 7 : 6.5) * u;
      this.brokenMark(sg, 0, 0, r);
      stamp.add(sg);
      if (!compact) {
        const label = this.text(r + 5 * u, 0, model.words.broken, {
          size: 10.5,
          weight: 600,
          color: C.bad,
          caps: true,
          spacing: 0.6,
        });
        label.setOrigin(0, 0.5);
        this.fit(label, cols.rightW - r * 2 - 10 * u);
        stamp.add(label);
      }
      this.put("live", stamp);
      this.anchors.broken.set(row.seat, { stamp, row: box });
    }
  }

  // ───────── The table's stats ─────────

  private drawMeters(model: StressSceneModel, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const caption = [model.words.outcome, model.words.damage, model.words.noResponse].filter(Boolean).join(" · ");
    const title = this.eyebrow(box.x, box.y, caption, 10);
    this.fit(title, box.w);
    this.put("live", title);
    const gap = (compact ? 10 : 18) * u;
    const colW = (box.w - gap * 2) / 3;
    const top = title.y + title.height + (compact ? 6 : 8) * u;
    model.meters.forEach((meter, i) => {
      this.drawMeter(meter, { x: box.x + i * (colW + gap), y: top, w: colW, h: box.y + box.h - top });
    });
  }

  private drawMeter(meter: Meter, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const label = this.text(box.x, box.y, meter.label, { size: compact ? 9.5 : 11, color: C.paperDeep });
    this.fit(label, box.w * 0.62);
    const value = this.text(box.x + box.w, box.y + label.height / 2, meter.display, {
      size: compact ? (meter.key === "escalation" ? 10.5 : 13) : meter.key === "escalation" ? 13 : 16,
      weight: 600,
      color: C.paper,
    }).setOrigin(1, 0.5);
    this.fit(value, box.w - label.width - 6 * u);
    this.put("live", label, value);
    const bh = (compact ? 6 : 8) * u;
    const by = box.y + label.height + (compact ? 5 : 7) * u;
    const track = this.add.graphics();
    this.put("still", track);
    const fill = this.add.graphics();
    this.put("live", fill);
    const shareOf = (v: number) => Math.max(0, Math.min(1, v / meter.max));
    if (meter.key === "escalation") {
      // Four steps, tension to a direct clash, filled up to the level (none: all empty).
      const steps = meter.max;
      const sg = 3 * u;
      const sw = (box.w - sg * (steps - 1)) / steps;
      for (let k = 0; k < steps; k++)
        track.fillStyle(C.inkSoft, 1).fillRoundedRect(box.x + k * (sw + sg), by, sw, bh, 2 * u);
      const draw = (level: number) => {
        fill.clear();
        for (let k = 0; k < steps; k++) {
          if (k >= level) continue;
          const colour = k >= 3 ? C.bad : k >= 2 ? C.below : k >= 1 ? C.brass : C.sky;
          fill.fillStyle(colour, 1).fillRoundedRect(box.x + k * (sw + sg), by, sw, bh, 2 * u);
        }
      };
      draw(meter.value);
      this.anchors.meters.push((t) => draw(Math.round(meter.before + (meter.value - meter.before) * t)));
    } else {
      track.fillStyle(C.inkSoft, 1).fillRoundedRect(box.x, by, box.w, bh, bh / 2);
      // Where it stood before this year: a small tick.
      const bx = box.x + box.w * shareOf(meter.before);
      track.fillStyle(C.paperDeep, 1).fillRect(bx - u, by - 3 * u, 2 * u, bh + 6 * u);
      const colour = meter.value < meter.before ? C.below : meter.key === "security" ? C.sky : C.brass;
      const draw = (v: number) => {
        fill.clear();
        fill.fillStyle(colour, 1).fillRoundedRect(box.x, by, Math.max(bh, box.w * shareOf(v)), bh, bh / 2);
      };
      draw(meter.value);
      this.anchors.meters.push((t) => {
        const v = meter.before + (meter.value - meter.before) * t;
        draw(v);
        value.setText(String(Math.round(v)));
      });
    }
  }

  // ───────── Motion ─────────

  protected play(changes: StressMotion[], model: StressSceneModel): void {
    const u = this.u;
    let rollIndex = 0;
    const rolledAll = changes.filter((c) => c.kind === "rolled").length;
    for (const change of changes) {
      switch (change.kind) {
        case "rolled": {
          const a = this.anchors.rolls.get(change.seat);
          if (!a) break;
          const delay = 300 + rollIndex * 420;
          rollIndex++;
          const y = a.marker.y;
          a.marker.setY(y - 40 * u).setAlpha(0);
          this.tween({ targets: a.marker, y, alpha: 1, delay, duration: 520, ease: "Bounce.easeOut" });
          a.stamp.setScale(1.8).setAlpha(0);
          this.tween({ targets: a.stamp, scale: 1, alpha: 1, delay: delay + 420, duration: 260, ease: "Cubic.easeIn" });
          break;
        }
        case "verdict": {
          const v = this.anchors.verdict;
          if (!v) break;
          v.setAlpha(0).setScale(0.9);
          this.tween({
            targets: v,
            alpha: 1,
            scale: 1,
            delay: 400 + rolledAll * 420 + 500,
            duration: 420,
            ease: "Back.easeOut",
          });
          break;
        }
        case "event": {
          const e = this.anchors.event;
          if (!e) break;
          // The card turns over: its back narrows to an edge, its face opens from that edge.
          e.back.setVisible(true).setScale(1, 1);
          e.front.setScale(0, 1);
          this.tween({
            targets: e.back,
            scaleX: 0,
            delay: 250,
            duration: 260,
            ease: "Sine.easeIn",
            onComplete: () => e.back.setVisible(false),
          });
          this.tween({ targets: e.front, scaleX: 1, delay: 510, duration: 300, ease: "Sine.easeOut" });
          break;
        }
        case "moscow": {
          const c = this.anchors.moscow;
          if (!c) break;
          c.setScale(2.6).setAlpha(0);
          this.tween({ targets: c, scale: 1, alpha: 1, delay: 200, duration: 380, ease: "Cubic.easeIn" });
          const ring = this.add.circle(c.x, c.y, 16 * u);
          ring.setStrokeStyle(2 * u, SEVERITY_COLOURS[model.year?.severity ?? 0] ?? C.bad, 1);
          ring.isFilled = false;
          ring.setAlpha(0);
          this.put("fx", ring);
          this.tween({
            targets: ring,
            scale: { from: 1, to: 2.6 },
            alpha: { from: 0.9, to: 0 },
            delay: 560,
            duration: 600,
          });
          break;
        }
        case "response": {
          const c = this.anchors.given.get(change.seat);
          if (!c) break;
          c.setAlpha(0);
          this.tween({ targets: c, alpha: 1, duration: 380, ease: "Sine.easeOut" });
          break;
        }
        case "protected": {
          // Kyiv's move slides in beside its name.
          const label = this.anchors.protectedMove;
          if (!label) break;
          const x = label.x;
          label.setAlpha(0).setX(x - 12 * u);
          this.tween({ targets: label, x, alpha: 1, duration: 380, ease: "Sine.easeOut" });
          break;
        }
        case "broken": {
          const b = this.anchors.broken.get(change.seat);
          if (!b) break;
          b.stamp.setScale(2.2).setAlpha(0);
          this.tween({ targets: b.stamp, scale: 1, alpha: 1, delay: 300, duration: 320, ease: "Cubic.easeIn" });
          const flash = this.add.rectangle(b.row.x, b.row.y, b.row.w, b.row.h, C.bad, 0.3).setOrigin(0, 0);
          this.put("fx", flash);
          this.tween({ targets: flash, alpha: 0, delay: 300, duration: 1000 });
          break;
        }
        case "adjudicated": {
          const progress = { t: 0 };
          for (const step of this.anchors.meters) step(0);
          this.tween({
            targets: progress,
            t: 1,
            delay: 300,
            duration: 1100,
            ease: "Cubic.easeInOut",
            onUpdate: () => {
              for (const step of this.anchors.meters) step(progress.t);
            },
          });
          break;
        }
      }
    }
  }
}
