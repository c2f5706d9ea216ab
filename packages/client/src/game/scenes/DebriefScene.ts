// The debrief on the table: the outcome as a headline with its emblem, every seat's score against
// its no-deal value (bars from the no-deal mark, the viewer's own seat emphasised), the deal's three
// criteria, the same deal against no deal across the seeded futures, and the game as a timeline.
// It draws a DebriefSceneModel; it holds no rules.

import type { Outcome } from "@ironclad/engine";
import type * as Phaser from "phaser";
import type { EventBatch } from "../../net/table-connection.ts";
import { type DebriefSceneModel, signedNumber, type TimelineItem } from "../debrief-model.ts";
import { DEBRIEF_PHASES, type DebriefMotion, debriefMotion, FuturesReveal } from "../debrief-motion.ts";
import type { StageHeader } from "../stage-header.ts";
import { BatchCursor, phaseChangeIndex } from "../table-motion.ts";
import { timelineLabels } from "../timeline-layout.ts";
import { type Box, C, StageScene, severityGlyph } from "./stage-kit.ts";

/** Each outcome's colour (always with its emblem and its name). */
const OUTCOME_COLOURS: Record<Outcome, number> = { held: C.ok, eroded: C.brass, failed: C.below, escalated: C.bad };
const OUTCOME_ORDER: Outcome[] = ["held", "eroded", "failed", "escalated"];

/** The debrief scene. Key = class name. */
export class DebriefScene extends StageScene<DebriefSceneModel, DebriefMotion> {
  private anchors = {
    headline: null as Phaser.GameObjects.Container | null,
    bars: [] as Phaser.GameObjects.Container[],
    futures: [] as Phaser.GameObjects.Container[],
  };

  /** Which of the connection's event batches this scene has played. */
  private batches = new BatchCursor();
  /** Whether the futures have come in while the scene was open. */
  private futures = new FuturesReveal();

  constructor() {
    super({ key: "DebriefScene" });
  }

  override create(): void {
    // A (re)started scene has played nothing yet.
    this.batches = new BatchCursor();
    this.futures = new FuturesReveal();
    super.create();
  }

  /**
   * Shows `model` at rest, and as motion the batches of `batches` (the connection's, oldest first)
   * this scene has not played yet, each once: on its first picture none, unless the scene opened
   * because the game just ended (`entering`), when the batch that ended it reveals the outcome and
   * the scores. The futures fill once, when they come in while the scene is open.
   */
  show(model: DebriefSceneModel, batches: readonly EventBatch[], clockOffset = 0, entering = false): void {
    const fresh = this.batches.take(batches, entering ? (list) => phaseChangeIndex(list, DEBRIEF_PHASES) : undefined);
    const motion = debriefMotion(fresh.flatMap((b) => b.events));
    if (this.futures.take(model.futures !== null, entering)) motion.push({ kind: "futures" });
    this.setModel(model, clockOffset, motion);
  }

  protected header(model: DebriefSceneModel): StageHeader {
    return model.header;
  }

  protected flags(model: DebriefSceneModel): string[] {
    return model.scores.map((s) => s.flag);
  }

  protected compose(model: DebriefSceneModel, top: number): void {
    this.anchors = { headline: null, bars: [], futures: [] };
    const u = this.u;
    const compact = this.compact;
    const { width: W, height: H } = this.scale;
    const m = (compact ? 10 : 14) * u;
    const headH = (compact ? 50 : 56) * u;
    this.drawHeadline(model, { x: m, y: top, w: W - m * 2, h: headH });
    // A long game on a narrow stage staggers the timeline's labels over more rows: the strip grows.
    const rows = this.timelineStrip(model, { x: m, y: 0, w: W - m * 2, h: 0 }).rows;
    const timeH = ((compact ? 50 : 54) + (rows - 1) * this.timelineRowH()) * u;
    const zone = { x: m, y: top + headH + 6 * u, w: W - m * 2, h: H - m - timeH - (top + headH + 6 * u) - 8 * u };
    this.drawTable(zone, (compact ? 22 : 48) * u);
    const inner = { x: zone.x + 12 * u, y: zone.y + 12 * u, w: zone.w - 24 * u, h: zone.h - 24 * u };
    if (!compact) {
      const pad = 10 * u;
      inner.x += pad;
      inner.w -= pad * 2;
      inner.y += 4 * u;
      inner.h -= 8 * u;
    }
    const gap = (compact ? 8 : 12) * u;
    if (compact) {
      const scoresH = Math.min(inner.h * 0.5, (46 + model.scores.length * 22) * u);
      this.drawScores(model, { x: inner.x, y: inner.y, w: inner.w, h: scoresH });
      this.drawDeal(model, { x: inner.x, y: inner.y + scoresH + gap, w: inner.w, h: inner.h - scoresH - gap });
    } else {
      const leftW = inner.w * 0.53;
      this.drawScores(model, { x: inner.x, y: inner.y, w: leftW, h: inner.h });
      this.drawDeal(model, { x: inner.x + leftW + gap, y: inner.y, w: inner.w - leftW - gap, h: inner.h });
    }
    this.drawTimeline(model, { x: m, y: H - m - timeH, w: W - m * 2, h: timeH });
  }

  // ───────── The outcome ─────────

  private drawHeadline(model: DebriefSceneModel, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const r = (compact ? 15 : 20) * u;
    const c = this.add.container(box.x + r + 2 * u, box.y + box.h / 2);
    const g = this.add.graphics();
    this.outcomeEmblem(g, model.outcome, 0, 0, r);
    c.add(g);
    this.put("live", c);
    this.anchors.headline = c;
    const tx = box.x + r * 2 + (compact ? 12 : 16) * u;
    const head = this.text(tx, box.y + box.h / 2 - (compact ? 8 : 9) * u, model.headline, {
      size: compact ? 16 : 22,
      weight: 600,
      color: C.paper,
    }).setOrigin(0, 0.5);
    this.fit(head, box.x + box.w - tx);
    const sub = this.text(tx, box.y + box.h / 2 + (compact ? 11 : 14) * u, model.subline, {
      size: compact ? 10.5 : 12.5,
      color: C.paperDeep,
    }).setOrigin(0, 0.5);
    this.fit(sub, box.x + box.w - tx);
    this.put("live", head, sub);
  }

  /** A shield: whole and checked (held), cracked (eroded), broken open (failed), empty (none); a burst (escalated). */
  private outcomeEmblem(
    g: Phaser.GameObjects.Graphics,
    outcome: Outcome | null,
    x: number,
    y: number,
    r: number,
  ): void {
    const u = this.u;
    const colour = outcome ? OUTCOME_COLOURS[outcome] : C.quiet;
    if (outcome === "escalated") {
      g.fillStyle(colour, 1);
      for (let i = 0; i < 10; i++) {
        const a = (i / 10) * Math.PI * 2;
        const b = a + Math.PI / 10;
        const c2 = a - Math.PI / 10;
        g.fillTriangle(
          x + Math.cos(a) * r,
          y + Math.sin(a) * r,
          x + Math.cos(b) * r * 0.5,
          y + Math.sin(b) * r * 0.5,
          x + Math.cos(c2) * r * 0.5,
          y + Math.sin(c2) * r * 0.5,
        );
      }
      g.fillCircle(x, y, r * 0.55);
      g.fillStyle(C.paper, 1).fillRect(x - r * 0.08, y - r * 0.32, r * 0.16, r * 0.38);
      g.fillCircle(x, y + r * 0.22, r * 0.09);
      return;
    }
    const shield = (fill: boolean) => {
      g.beginPath();
      g.moveTo(x - r * 0.78, y - r * 0.85);
      g.lineTo(x + r * 0.78, y - r * 0.85);
      g.lineTo(x + r * 0.78, y + r * 0.05);
      g.lineTo(x, y + r);
      g.lineTo(x - r * 0.78, y + r * 0.05);
      g.closePath();
      if (fill) g.fillPath();
      else g.strokePath();
    };
    if (outcome === null) {
      // No outcome (a table ended before it started): an empty shield with a dash, never a check.
      g.lineStyle(2.4 * u, colour, 1);
      shield(false);
      g.lineBetween(x - r * 0.3, y - r * 0.1, x + r * 0.3, y - r * 0.1);
      return;
    }
    if (outcome === "failed") {
      g.lineStyle(2.4 * u, colour, 1);
      shield(false);
      g.lineStyle(2.6 * u, colour, 1);
      g.lineBetween(x - r * 0.35, y - r * 0.45, x + r * 0.35, y + r * 0.25);
      g.lineBetween(x - r * 0.35, y + r * 0.25, x + r * 0.35, y - r * 0.45);
      return;
    }
    g.fillStyle(colour, 1);
    shield(true);
    g.lineStyle(2.4 * u, outcome === "eroded" ? C.ink : C.paper, 1);
    g.beginPath();
    if (outcome === "eroded") {
      // A crack down the shield.
      g.moveTo(x + r * 0.1, y - r * 0.85);
      g.lineTo(x - r * 0.15, y - r * 0.35);
      g.lineTo(x + r * 0.15, y);
      g.lineTo(x - r * 0.05, y + r * 0.5);
    } else {
      g.moveTo(x - r * 0.38, y - r * 0.1);
      g.lineTo(x - r * 0.08, y + r * 0.25);
      g.lineTo(x + r * 0.4, y - r * 0.4);
    }
    g.strokePath();
  }

  /**
   * A sheet of paper in `box` headed by `title` in brass: shapes drawn into the returned `g` are
   * baked with it, `pad` is its margin.
   */
  private sheet(
    box: Box,
    title: string,
  ): { g: Phaser.GameObjects.Graphics; pad: number; title: Phaser.GameObjects.Text } {
    const g = this.add.graphics();
    this.paper(g, box);
    this.put("still", g);
    const pad = (this.compact ? 10 : 14) * this.u;
    const head = this.eyebrow(box.x + pad, box.y + (this.compact ? 8 : 11) * this.u, title, 10, C.brassDeep);
    this.fit(head, box.w - pad * 2);
    this.put("live", head);
    return { g, pad, title: head };
  }

  // ───────── The scores ─────────

  private drawScores(model: DebriefSceneModel, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const { g, pad, title } = this.sheet(box, model.words.scores);
    let y = title.y + title.height + 4 * u;
    if (model.words.yourScore) {
      const mine = this.text(box.x + pad, y, model.words.yourScore, {
        size: compact ? 10.5 : 11.5,
        weight: 600,
        color: C.ink,
      });
      this.fit(mine, box.w - pad * 2);
      this.put("live", mine);
      y = mine.y + mine.height + 2 * u;
      if (model.mine && !compact) {
        const parts = model.mine.parts.map((p) => `${p.label} ${signedNumber(p.value)}`).join(" · ");
        const line = this.text(box.x + pad, y, parts, { size: 10, color: C.muted });
        this.fit(line, box.w - pad * 2);
        this.put("live", line);
        y = line.y + line.height + 2 * u;
      }
    }
    const rows = model.scores;
    if (rows.length === 0) return;
    // The no-deal mark's label sits above the axis.
    const nameW = (compact ? 92 : 118) * u;
    const totalW = (compact ? 30 : 40) * u;
    const barX = box.x + pad + nameW;
    const barW = box.w - pad * 2 - nameW - totalW;
    // The no-deal mark sits where the largest shortfall and the largest gain both fit (a side with none keeps a little room).
    const most = Math.max(10, ...rows.map((r) => r.margin));
    const least = Math.max(0, ...rows.map((r) => -r.margin));
    const leftShare = Math.min(0.5, Math.max(0.18, least / (least + most)));
    const axis = barX + barW * leftShare;
    const markLabel = this.text(axis, y + 2 * u, model.words.noDealMark, {
      size: compact ? 8.5 : 9.5,
      weight: 600,
      color: C.brassDeep,
    }).setOrigin(0.5, 0);
    this.put("live", markLabel);
    const top = markLabel.y + markLabel.height + 3 * u;
    const rowH = Math.min((box.y + box.h - pad * 0.6 - top) / rows.length, (compact ? 26 : 38) * u);
    const room = (compact ? 24 : 30) * u;
    const rightLen = barW * (1 - leftShare) - room;
    const leftLen = Math.max(0, barW * leftShare - room);
    rows.forEach((row, i) => {
      const ry = top + i * rowH;
      const cy = ry + rowH / 2;
      if (i % 2 === 1) g.fillStyle(C.paperDeep, 0.55).fillRect(box.x + 4 * u, ry, box.w - 8 * u, rowH);
      if (row.me) {
        g.fillStyle(C.brassTint, 1).fillRect(box.x + 4 * u, ry, box.w - 8 * u, rowH);
        g.lineStyle(2 * u, C.ink, 1).strokeRoundedRect(box.x + 3 * u, ry + u, box.w - 6 * u, rowH - 2 * u, 4 * u);
      }
      const flagW = (compact ? 16 : 22) * u;
      this.put("live", ...this.flag(row.flag, box.x + pad, cy - flagW * 0.375, flagW));
      const name = this.text(box.x + pad + flagW + 7 * u, cy, row.name, {
        size: compact ? 11 : 12.5,
        weight: 600,
      }).setOrigin(0, 0.5);
      let nameMax = nameW - flagW - 12 * u;
      if (row.me && !compact) {
        const tag = this.text(0, 0, model.words.you, { size: 8.5, weight: 600, spacing: 0.8, caps: true });
        const tw = tag.width + 8 * u;
        nameMax -= tw + 4 * u;
        this.fit(name, nameMax);
        const tx = name.x + name.width + 5 * u;
        g.fillStyle(C.brass, 1).fillRoundedRect(tx, cy - 7 * u, tw, 14 * u, 3 * u);
        tag.setOrigin(0.5).setPosition(tx + tw / 2, cy);
        this.put("live", tag);
      } else this.fit(name, nameMax);
      this.put("live", name);
      // The bar runs from the no-deal mark to the margin: right and blue above it, left and orange below.
      const len = row.margin >= 0 ? (row.margin / most) * rightLen : (-row.margin / Math.max(1, least)) * leftLen;
      const bh = (compact ? 8 : 11) * u;
      const bar = this.add.container(axis, cy);
      const bg = this.add.graphics();
      const colour = row.margin >= 0 ? C.sky : C.below;
      if (row.margin >= 0) bg.fillStyle(colour, 1).fillRect(0, -bh / 2, Math.max(2 * u, len), bh);
      else bg.fillStyle(colour, 1).fillRect(-len, -bh / 2, len, bh);
      bar.add(bg);
      this.put("live", bar);
      this.anchors.bars.push(bar);
      const value = this.text(row.margin >= 0 ? axis + len + 5 * u : axis - len - 5 * u, cy, signedNumber(row.margin), {
        size: compact ? 10.5 : 12,
        weight: 600,
        color: row.margin >= 0 ? C.sky : C.below,
      }).setOrigin(row.margin >= 0 ? 0 : 1, 0.5);
      this.put("live", value);
      const total = this.text(box.x + box.w - pad, cy, String(row.total), {
        size: compact ? 10.5 : 12,
        color: C.muted,
      }).setOrigin(1, 0.5);
      this.put("live", total);
    });
    // The no-deal mark: a brass rule across every row.
    const mark = this.add.graphics();
    mark.fillStyle(C.brassDeep, 1).fillRect(axis - u, top - 2 * u, 2 * u, rowH * rows.length + 4 * u);
    this.put("still", mark);
  }

  // ───────── The deal: its criteria and its futures ─────────

  private drawDeal(model: DebriefSceneModel, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const { g, pad, title } = this.sheet(box, model.words.criteria);
    let y = title.y + title.height + (compact ? 3 : 6) * u;
    if (model.criteria) {
      const colGap = (compact ? 8 : 10) * u;
      const colW = (box.w - pad * 2 - colGap * 2) / 3;
      const size = compact ? 9 : 10.5;
      let barY = y;
      model.criteria.forEach((c, i) => {
        const x = box.x + pad + i * (colW + colGap);
        const value = this.text(x + colW, y, String(c.value ?? "—"), {
          size: compact ? 12 : 15,
          weight: 600,
        }).setOrigin(1, 0);
        const label = this.text(x, y + 2 * u, c.label, { size, color: C.inkSoft });
        this.wrap(label, colW - value.width - 4 * u, 2);
        this.put("live", label, value);
        barY = Math.max(barY, y + Math.max(label.height, value.height) + 3 * u);
      });
      const bh = (compact ? 5 : 7) * u;
      model.criteria.forEach((c, i) => {
        const x = box.x + pad + i * (colW + colGap);
        g.fillStyle(C.paperDeep, 1).fillRoundedRect(x, barY, colW, bh, bh / 2);
        g.fillStyle(C.brass, 1).fillRoundedRect(x, barY, Math.max(bh, (colW * (c.value ?? 0)) / 100), bh, bh / 2);
      });
      y = barY + bh + (compact ? 8 : 14) * u;
    } else {
      const none = this.text(box.x + pad, y, model.words.noCriteria, {
        size: compact ? 10 : 11,
        italic: true,
        color: C.muted,
      });
      this.wrap(none, box.w - pad * 2, 2);
      this.put("live", none);
      y = none.y + none.height + (compact ? 8 : 14) * u;
    }
    g.lineStyle(u, C.line, 1).lineBetween(
      box.x + pad,
      y - (compact ? 4 : 7) * u,
      box.x + box.w - pad,
      y - (compact ? 4 : 7) * u,
    );

    const futures = model.futures;
    if (!futures) return;
    const ft = this.eyebrow(box.x + pad, y, model.words.futures, 10, C.brassDeep);
    this.fit(ft, box.w - pad * 2);
    this.put("live", ft);
    y = ft.y + ft.height + (compact ? 4 : 8) * u;
    // Each case: its name and its chance of a major offensive above a bar split by outcome.
    const legendH = (compact ? 16 : 34) * u;
    const rowsH = box.y + box.h - pad * 0.6 - legendH - y;
    const rowH = Math.min(rowsH / futures.rows.length, (compact ? 36 : 58) * u);
    const bh = Math.min(rowH * 0.45, (compact ? 13 : 22) * u);
    futures.rows.forEach((row, i) => {
      const ry = y + i * rowH;
      const label = this.text(box.x + pad, ry, row.label, { size: compact ? 10.5 : 12, weight: 600 });
      const off = this.text(box.x + box.w - pad, ry, `${model.words.offensive} ${Math.round(row.offensive * 100)}%`, {
        size: compact ? 9.5 : 11,
        weight: 600,
        color: row.offensive >= 0.3 ? C.bad : C.inkSoft,
      }).setOrigin(1, 0);
      this.fit(label, box.w - pad * 3 - off.width);
      this.put("live", label, off);
      const by = ry + label.height + 3 * u;
      const bw = box.w - pad * 2;
      const bar = this.add.container(box.x + pad, by);
      const bg = this.add.graphics();
      let x = 0;
      for (const o of OUTCOME_ORDER) {
        const w = bw * row.shares[o];
        if (w <= 0) continue;
        bg.fillStyle(OUTCOME_COLOURS[o], 1).fillRect(x, 0, w, bh);
        // The two bad outcomes are hatched as well as coloured.
        if (o === "failed" || o === "escalated") {
          bg.lineStyle(1.2 * u, C.white, 0.45);
          for (let hx = x; hx < x + w; hx += 5 * u) {
            const end = Math.min(hx + bh, x + w);
            bg.lineBetween(hx, bh, end, bh - (end - hx));
          }
        }
        if (w >= 30 * u) {
          const pct = this.text(x + w / 2, bh / 2, `${Math.round(row.shares[o] * 100)}%`, {
            size: compact ? 8.5 : 10,
            weight: 600,
            color: o === "eroded" ? C.ink : C.white,
          }).setOrigin(0.5);
          bar.add(pct);
        }
        x += w;
      }
      bar.addAt(bg, 0);
      this.put("live", bar);
      this.anchors.futures.push(bar);
    });
    // Under the bars, where there is room: what the comparison is for.
    const hintY = y + rowH * futures.rows.length + 2 * u;
    const hintRoom = box.y + box.h - pad * 0.6 - legendH - hintY;
    if (hintRoom > 14 * u) {
      const hint = this.text(box.x + pad, hintY, model.words.futuresHint, {
        size: compact ? 9.5 : 11,
        italic: true,
        color: C.muted,
      });
      this.wrap(hint, box.w - pad * 2, Math.max(1, Math.floor(hintRoom / ((compact ? 9.5 : 11) * 1.35 * u))));
      this.put("live", hint);
    }
    // The legend: each outcome's colour and name, in the bars' order.
    // Two per line when the four do not fit on one.
    const s = (compact ? 7 : 9) * u;
    const names = OUTCOME_ORDER.map((o) =>
      this.text(0, 0, model.words.outcomes[o], { size: compact ? 8.5 : 10, color: C.inkSoft }).setOrigin(0, 0.5),
    );
    const gapX = (compact ? 8 : 12) * u;
    const oneLine = names.reduce((w, n) => w + s + 4 * u + n.width + gapX, 0) <= box.w - pad * 2;
    const lineH = (compact ? 12 : 15) * u;
    const ly0 = box.y + box.h - pad * 0.6 - (oneLine ? lineH / 2 : lineH * 1.5);
    let lx = box.x + pad;
    names.forEach((name, i) => {
      const o = OUTCOME_ORDER[i] ?? "held";
      if (!oneLine && i === 2) lx = box.x + pad;
      const ly = ly0 + (!oneLine && i >= 2 ? lineH : 0);
      g.fillStyle(OUTCOME_COLOURS[o], 1).fillRect(lx, ly - s / 2, s, s);
      name.setPosition(lx + s + 4 * u, ly);
      this.fit(name, box.w / 2 - s - pad);
      this.put("live", name);
      lx = oneLine ? name.x + name.width + gapX : lx + (box.w - pad * 2) / 2;
    });
  }

  // ───────── The game as a timeline ─────────

  private drawTimeline(model: DebriefSceneModel, box: Box): void {
    const u = this.u;
    const compact = this.compact;
    const items = model.timeline;
    const title = this.eyebrow(box.x, box.y, model.words.timeline, 10);
    this.put("live", title);
    if (items.length === 0) return;
    const g = this.add.graphics();
    this.put("still", g);
    const ly = title.y + title.height + (compact ? 9 : 11) * u;
    const { x0, x1, r, labels } = this.timelineStrip(model, box);
    const step = items.length > 1 ? (x1 - x0) / (items.length - 1) : 0;
    g.lineStyle(2 * u, C.inkSoft, 1).lineBetween(x0, ly, x1, ly);
    items.forEach((item, i) => {
      const x = items.length > 1 ? x0 + i * step : (x0 + x1) / 2;
      this.timelineNode(g, item, x, ly, r);
      const place = labels[i];
      if (!place) return;
      // Each label keeps to its own slot (they ran together: "Round 1Vote fail…", "Year 2Year 3").
      const label = this.text(place.x, ly + r + 4 * u + place.row * this.timelineRowH() * u, this.shortLabel(item), {
        size: compact ? 8.5 : 10.5,
        color: item.kind === "year" || item.kind === "ratification" ? C.paperDeep : C.quiet,
        weight: item.kind === "round" ? 400 : 600,
      }).setOrigin(place.originX, 0);
      this.fit(label, place.width);
      this.put("live", label);
    });
  }

  /** The timeline's ends, node radius and label places in a strip `box` wide. */
  private timelineStrip(model: DebriefSceneModel, box: Box) {
    const u = this.u;
    const x0 = box.x + 10 * u;
    const x1 = box.x + box.w - 10 * u;
    const r = (this.compact ? 6.5 : 8) * u;
    const labels = timelineLabels(model.timeline.length, x0, x1, r, 4 * u, (this.compact ? 40 : 48) * u);
    const rows = Math.max(1, ...labels.map((l) => l.row + 1));
    return { x0, x1, r, labels, rows };
  }

  /** The height of one row of timeline labels, in units of `u`. */
  private timelineRowH(): number {
    return this.compact ? 12 : 15;
  }

  /** The label under a node: short enough for a narrow strip. */
  private shortLabel(item: TimelineItem): string {
    if (item.kind === "year" || item.kind === "round") return item.label.split(" · ")[0] ?? item.label;
    return item.label;
  }

  private timelineNode(g: Phaser.GameObjects.Graphics, item: TimelineItem, x: number, y: number, r: number): void {
    const u = this.u;
    g.fillStyle(C.ink, 1).fillCircle(x, y, r + 2 * u);
    switch (item.kind) {
      case "round":
        g.fillStyle(C.inkSoft, 1).fillCircle(x, y, r * 0.6);
        g.lineStyle(1.5 * u, C.quiet, 1).strokeCircle(x, y, r * 0.6);
        break;
      case "vote":
      case "ratification": {
        const ok = item.kind === "vote" ? item.concluded : item.stands;
        // A concluded vote is sealed (brass), a standing framework green; a failed one grey.
        g.fillStyle(ok ? (item.kind === "vote" ? C.brassDeep : C.ok) : C.muted, 1).fillCircle(x, y, r);
        g.lineStyle(1.8 * u, C.paper, 1);
        if (ok) {
          g.beginPath();
          g.moveTo(x - r * 0.42, y);
          g.lineTo(x - r * 0.1, y + r * 0.36);
          g.lineTo(x + r * 0.45, y - r * 0.35);
          g.strokePath();
        } else {
          g.lineBetween(x - r * 0.35, y - r * 0.35, x + r * 0.35, y + r * 0.35);
          g.lineBetween(x - r * 0.35, y + r * 0.35, x + r * 0.35, y - r * 0.35);
        }
        break;
      }
      case "year":
        if (item.action) severityGlyph(g, item.severity, x, y, r);
        else g.lineStyle(1.5 * u, C.quiet, 1).strokeCircle(x, y, r * 0.6);
        if (item.broken > 0) {
          g.fillStyle(C.bad, 1).fillCircle(x + r * 0.9, y - r * 0.9, r * 0.42);
        }
        break;
    }
  }

  // ───────── Motion ─────────

  protected play(changes: DebriefMotion[]): void {
    for (const change of changes) {
      switch (change.kind) {
        case "outcome": {
          const c = this.anchors.headline;
          if (!c) break;
          c.setScale(2.4).setAlpha(0);
          this.tween({ targets: c, scale: 1, alpha: 1, delay: 150, duration: 420, ease: "Cubic.easeIn" });
          break;
        }
        case "scores":
          this.anchors.bars.forEach((bar, i) => {
            bar.setScale(0, 1);
            this.tween({ targets: bar, scaleX: 1, delay: 450 + i * 90, duration: 650, ease: "Cubic.easeOut" });
          });
          break;
        case "futures":
          this.anchors.futures.forEach((bar, i) => {
            bar.setScale(0, 1);
            this.tween({ targets: bar, scaleX: 1, delay: 900 + i * 200, duration: 800, ease: "Cubic.easeInOut" });
          });
          break;
      }
    }
  }
}
